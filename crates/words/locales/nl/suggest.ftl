suggest-audience = { $customers ->
    [one] { $customers } klant die tot nu toe { $spent } heeft besteed ({ $share } van de omzet)
   *[other] { $customers } klanten die tot nu toe { $spent } hebben besteed ({ $share } van de omzet)
}
suggest-channel-email = E-mail

suggest-first-objective = Een eerste bestelling binnenhalen
suggest-first-offer = Een welkomstaanbod voor de eerste bestelling, zoals gratis verzending
suggest-first-channel = E-mail, als ze toestemming gaven voor marketing
suggest-first-timing = Een korte welkomstreeks: nu, na 3 dagen en na 10 dagen
suggest-first-message = Waar de winkel om bekendstaat en waarom klanten terugkomen
suggest-first-watch = Aandeel dat binnen 30 dagen een eerste bestelling plaatst
suggest-first-why = Deze klanten hebben geen bestelling in dit bestand, dus er is nog geen koopgedrag om op voort te bouwen.

suggest-capped = { $percent } korting op hun volgende bestelling, maximaal { $cap }
suggest-full-price = Ze kopen al tegen de volle prijs ({ $share } van hun bestellingen met een code), dus korting zou alleen marge weggeven.

suggest-cherish-objective = Deze klanten die { $ratio }× zoveel besteden laten blijven kopen en zich gewaardeerd laten voelen
suggest-cherish-offer = Geen korting: vroege toegang tot nieuwe producten, een bedankcadeau bij bestellingen vanaf { $threshold }, of dubbele spaarpunten.
suggest-cherish-channel = E-mail, plus een persoonlijk tintje zoals een handgeschreven kaartje in het volgende pakket
suggest-cherish-timing = Rond dag { $day } na hun laatste bestelling, net voor hun gebruikelijke herbestelling na { $cycle } dagen
suggest-cherish-message = Insiderbehandeling: zij horen het als eerste en krijgen iets wat anderen niet krijgen
suggest-cherish-watch = Herhaalaankopen en gemiddelde orderwaarde in de volgende cyclus

suggest-second-objective = Een eerste bestelling van { $days } dagen geleden omzetten in een tweede
suggest-second-offer-full-price = Gratis verzending bij de tweede bestelling, of een productaanbeveling op basis van de eerste.
suggest-second-offer = { $discount }, 30 dagen geldig
suggest-second-timing = 7 tot 14 dagen na de eerste bestelling, met één herinnering op dag 30
suggest-second-timing-now = Nu, { $days } dagen na hun eerste bestelling, met één herinnering 14 dagen later; voor nieuwe klanten 7 tot 14 dagen na de eerste bestelling
suggest-second-message = Bedank ze, laat zien wat andere klanten daarna kopen, maak de tweede bestelling makkelijk
suggest-second-watch = Aandeel van het segment dat binnen 60 dagen een tweede bestelling plaatst

suggest-habit-objective = Een gewoonte opbouwen: van { $orders } bestellingen naar meer, elke { $cycle } dagen
suggest-habit-offer = Een bundel of een cadeau bij bestellingen vanaf { $threshold }, om de winkelmand te vergroten in plaats van de prijs te verlagen.
suggest-habit-timing = Voordat hun gebruikelijke interval van { $cycle } dagen om is: rond dag { $day } na de laatste bestelling
suggest-habit-message = Producten die passen bij wat ze kochten, nieuwe items uit hun favoriete assortiment
suggest-habit-watch = Bestellingen per klant in de komende 90 dagen

suggest-soon-objective = Terugwinnen voordat ze afhaken: { $days } dagen sinds hun laatste bestelling, tegen gebruikelijk { $cycle }
suggest-soon-objective-shop = Terugwinnen voordat ze afhaken: { $days } dagen sinds hun laatste bestelling, tegenover de gebruikelijke { $cycle } in de winkel
suggest-soon-objective-assumed = Terugwinnen voordat ze afhaken: { $days } dagen sinds hun laatste bestelling, meer dan de aangenomen { $cycle } dagen tussen bestellingen
suggest-soon-offer-full-price = Een herinnering met nieuwe items en gratis verzending, zonder prijsverlaging.
suggest-soon-channel = E-mail, daarna een retargetingdoelgroep voor wie hem niet opent
suggest-soon-timing = Nu: ze zijn over hun gebruikelijke interval van { $cycle } dagen heen; na 10 dagen één keer opvolgen
suggest-soon-timing-shop = Nu: het gebruikelijke interval van { $cycle } dagen in de winkel is voorbij; na 10 dagen één keer opvolgen
suggest-soon-timing-assumed = Nu: meer dan { $cycle } dagen sinds hun laatste bestelling; na 10 dagen één keer opvolgen
suggest-soon-message = We missen u: wat er nieuw is sinds uw laatste bezoek
suggest-soon-watch = Aandeel dat binnen 30 dagen bestelt

suggest-personal-objective-predicted = { $who ->
    [big] Grote kopers
   *[regular] Vaste klanten
} terugwinnen zolang { $share } van de herhaalkopers nog kan kopen: { $days } dagen stil
suggest-personal-objective = Persoonlijke terugwinactie voor { $who ->
    [big] grote kopers
   *[regular] vaste klanten
} die { $days } dagen stil zijn
suggest-personal-objective-lost = Een laatste persoonlijke poging bij { $who ->
    [big] grote kopers
   *[regular] vaste klanten
} die { $days } dagen weg zijn
suggest-personal-offer-full-price = Een persoonlijk bericht en een cadeau bij hun volgende bestelling, in plaats van korting.
suggest-personal-channel = Persoonlijke e-mail van de eigenaar; een telefoontje voor zakelijke klanten
suggest-personal-timing = Nu, met één opvolging 10 dagen later
suggest-personal-message = Vraag wat er misging en laat zien wat er beter is geworden
suggest-personal-watch = Aandeel dat binnen 45 dagen bestelt, en de omzet die ze terugbrengen

suggest-let-go-objective-predicted = Loslaten: slechts { $share } van de herhaalkopers koopt waarschijnlijk nog eens
suggest-let-go-objective = Goedkope reactivatie na { $days } dagen, daarna loslaten
suggest-let-go-offer = Eén e-mail met uw bestsellers; geen korting
suggest-let-go-channel = Alleen e-mail; laat ze buiten betaalde advertenties om budget te sparen
suggest-let-go-timing = Eén verzending nu; wie niet reageert, krijgt nog twee keer per jaar een nieuwsbrief
suggest-let-go-message = Bestsellers en nieuwe items, kort en eenvoudig
suggest-let-go-watch = Reactivatiepercentage, afgezet tegen de kosten van de verzending

suggest-favourite-category = { $category } is de favoriete categorie van { $share } van hen.
suggest-lead-with = Begin met { $category }.
suggest-pair = Toon { $second } aan wie { $first } kocht: de twee die zijn klanten het vaakst samen kopen.
suggest-send-on-day-time = verstuur op een { $day } { $time }, wanneer de meesten bestellen
suggest-send-on-day = verstuur op een { $day }, de dag waarop de meesten bestellen
suggest-monday = maandag
suggest-tuesday = dinsdag
suggest-wednesday = woensdag
suggest-thursday = donderdag
suggest-friday = vrijdag
suggest-saturday = zaterdag
suggest-sunday = zondag
suggest-night = 's nachts (0–6 u)
suggest-morning = 's ochtends (6–12 u)
suggest-afternoon = 's middags (12–18 u)
suggest-evening = 's avonds (18–24 u)

suggest-season-why = { $share } van hun bestellingen valt in de periode ‘{ $season }’ (een gemiddelde klant: { $shop }).
suggest-season-timing = Voor hun seizoen: { $season } loopt van { $starts } tot { $ends }; verstuur rond { $send }, twee weken ervoor, en nog eens op de eerste dag
suggest-season-message = Hun inkopen voor ‘{ $season }’ makkelijk gemaakt: ideeën, uiterste besteldata, wat vorig jaar uitverkocht was
suggest-no-dates-timing = Wanneer het in uw planning past: dit bestand heeft geen besteldata om het op af te stemmen

suggest-why-recency = Mediane laatste bestelling { $days } dagen geleden, tegen gebruikelijk { $cycle } dagen tussen bestellingen;
suggest-why-recency-shop = Mediane laatste bestelling { $days } dagen geleden, tegen gebruikelijk { $cycle } dagen tussen bestellingen in de winkel;
suggest-why-recency-assumed = Mediane laatste bestelling { $days } dagen geleden; nog niemand heeft twee keer besteld, dus wordt uitgegaan van { $cycle } dagen tussen bestellingen;
suggest-why-no-dates = Het bestand heeft geen besteldata, dus hoe recent ze kochten is onbekend;
suggest-why-figures = mediaan { $orders } bestellingen en { $spent } besteed ({ $ratio }× de mediane klant van de winkel); mediane bestelling { $order }.
suggest-why-discount = { $share } van hun bestellingen gebruikte een kortingscode.
suggest-why-repeat = { $share } heeft meer dan eens besteld.
suggest-why-alive = Van wie op twee dagen of meer heeft besteld, gemiddeld { $share } kans dat ze nog actief zijn.
suggest-why-alive-value = Van wie op twee dagen of meer heeft besteld, gemiddeld { $share } kans dat ze nog actief zijn; { $value } die het komende jaar van het segment wordt verwacht, staat op het spel.

suggest-holdout-too-few = { $held } van { $segment } klanten achterhouden is te weinig om iets te meten: elke groep heeft minstens { $min } klanten nodig.
suggest-holdout-detectable = Als u { $held } van { $segment } klanten achterhoudt, van wie ongeveer { $baseline } toch al koopt, kan deze campagne een stijging van { $uplift } procentpunt of meer laten zien (80% power, 5% niveau); een kleinere zal waarschijnlijk lezen als "niet van nul te onderscheiden".
suggest-holdout-undetectable = Als u { $held } van { $segment } klanten achterhoudt, van wie ongeveer { $baseline } toch al koopt, zou geen enkele stijging, hoe groot ook, betrouwbaar zichtbaar worden.
suggest-holdout-needed = Om de stijging van { $expected } procentpunt te laten zien die u verwacht, houdt u minstens { $percent } van het segment achter ({ $customers } klanten).
suggest-holdout-unreachable = De stijging van { $expected } procentpunt die u verwacht, is in dit segment niet betrouwbaar te laten zien, zelfs niet als u de helft achterhoudt: meet over een langere periode of in een groter segment.

suggest-uplift-not-in-file = Geen van de klanten van deze campagne komt voor in het nieuwere bestand.
suggest-uplift-no-orders-since = Het nieuwere bestand heeft geen bestellingen sinds de verzenddag.
suggest-uplift-no-holdout = Bij deze campagne werden geen klanten achtergehouden, dus het effect kan niet worden gemeten.
suggest-uplift-too-few-held-out = Er zijn te weinig klanten achtergehouden om te zeggen of de campagne verschil maakte: { $customers }, terwijl er minstens { $min } nodig zijn.
suggest-uplift-too-few-sent = De campagne ging naar te weinig klanten om te zeggen of ze verschil maakte: { $customers }, terwijl er minstens { $min } nodig zijn.
suggest-uplift-too-few-buyers = Sinds de verzenddag hebben te weinig klanten besteld om te zeggen of de campagne verschil maakte: { $buyers } in beide groepen samen, terwijl er minstens { $min } nodig zijn.
suggest-uplift-made-a-difference = De campagne maakte verschil: de stijging van het aankooppercentage ligt duidelijk boven nul.
suggest-uplift-may-have-hurt = Klanten die de campagne kregen, bestelden minder dan de achtergehouden klanten: ze heeft mogelijk geschaad.
suggest-uplift-no-clear-difference = Het verschil is nog niet van nul te onderscheiden.
suggest-uplift-caution = Zie het omzetinterval als een ruwe indicatie: { $group ->
    [sent] de groep die de campagne kreeg
   *[held-out] de achtergehouden groep
} heeft { $customers } klanten, te weinig voor zo'n ongelijke omzet (een paar grote bestellingen wegen zwaar); er zouden er ongeveer { $needed } nodig zijn.
suggest-uplift-same-shop = Controleer of het van dezelfde winkel komt en klanten op dezelfde manier identificeert.
suggest-uplift-cover-weeks = Laad een bestand dat de weken na { $day } beslaat.
suggest-uplift-export-holdout = Exporteer de volgende met een controlegroep.
suggest-uplift-keep-groups = Houd de volgende keer minstens { $min } klanten in elke groep.
suggest-uplift-wait = Wacht op meer bestellingen en meet dan opnieuw met een nieuwer bestand.
suggest-uplift-too-small = { $sent-rate } van de { $sent } klanten die de campagne kregen, bestelde, tegen { $held-rate } van de { $held } achtergehouden klanten; bij zulke kleine groepen zouden een of twee klanten meer of minder het beeld veranderen, dus wordt geen verschil geclaimd.
suggest-uplift-rates = { $sent-rate } van de klanten die de campagne kregen, bestelde, tegen { $held-rate } van de achtergehouden klanten: { $difference } procentpunt (95%-interval { $low } tot { $high }).
suggest-uplift-detectable = Groepen van deze grootte laten alleen een stijging van ongeveer { $uplift } procentpunt of meer betrouwbaar zien (80% power, 5% niveau): wacht op meer bestellingen, of houd de volgende keer meer klanten achter.
suggest-uplift-undetectable = Groepen van deze grootte kunnen geen enkele stijging betrouwbaar laten zien: houd de volgende keer meer klanten achter.
suggest-uplift-revenue = Omzet per klant: { $sent } verstuurd, { $held } achtergehouden.
suggest-uplift-revenue-interval = Omzet per klant: { $sent } verstuurd, { $held } achtergehouden ({ $difference } per klant, 95%-interval { $low } tot { $high }).
suggest-uplift-rate-alone = Het oordeel rust alleen op het aankooppercentage: ook een omzetverschil meetellen zou de kans op een onterechte conclusie bijna verdubbelen.
