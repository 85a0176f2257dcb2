error-no-customers-yet = Aan het begin van { $day } was er nog geen klant: elke bestelling is op of na die dag gedateerd. Kies een latere datum.
error-no-usable-order-yet = Aan het begin van { $day } was er nog geen klant: { $count ->
    [1] de enige regel van daarvoor kon niet worden gebruikt
   *[other] geen van de { $count } regels van daarvoor kon worden gebruikt
}. Kies een latere datum.
error-migration-dates = De eerste datum ({ $from }) moet vóór de tweede ({ $to }) liggen.
error-other-file-mapping = { $file } heeft niet dezelfde kolommen als het getoonde bestand, en de eigen kolommen konden niet allemaal worden herkend. { $missing }
error-keyed-differently = { $ids } duidt klanten alleen aan met een klantnummer en { $emails } alleen met een e-mailadres, dus geen enkele klant kan in beide bestanden worden gevonden. Vergelijk twee exports die klanten op dezelfde manier aanduiden.
error-summary-before-last-order = Dit bestand geeft de totalen per klant, niet hun bestellingen, en kan de winkel dus niet tonen zoals die er op { $reference } voor stond. Kies { $earliest } of later, of gebruik een export van bestellingen.
error-read-other = { $file }: { $error }
error-no-file = Kies eerst een bestand.
error-no-file-sent = Er kwam geen bestand mee met het verzoek.
error-nothing-usable = Geen van de { $rows } regels kon worden gebruikt. { $problem }
error-nothing-usable-in = { $rows ->
    [1] De enige regel in { $currency } kon niet worden gebruikt.
   *[other] Geen van de { $rows } regels in { $currency } kon worden gebruikt.
} { $problem }
error-currency-not-in-file = Dit bestand heeft geen rijen in { $asked }. De valuta erin: { $list }.
error-conventions-unsettled = Hoe het bestand getallen en datums schrijft, kon niet worden vastgesteld.
error-no-analysis = Segmenteer eerst de klanten.
error-no-crosstab = Maak eerst een kruistabel.
error-no-migration = Vergelijk eerst twee datums of twee bestanden.
error-no-such-segment = Kies eerst een segment.
error-nothing-to-export = Er is nog niets om te exporteren.
error-not-records = Dit bestand bevat geen campagnegegevens ({ $reason }). Kies een bestand dat is opgeslagen met 'Download these records'.
error-not-a-scheme = Dit bestand is geen Segmenter-schema (regel { $line }, kolom { $column }: { $reason }). Kies een bestand dat is opgeslagen met 'Download scheme'.
error-unknown-scheme = Er is geen schema '{ $key }'. Bekende schema's: { $known }.
error-scheme-unavailable = Het schema '{ $name }' kan niet met dit bestand worden gebruikt: { $why }
error-unknown-segment = Er is geen segment '{ $name }'. Segmenten: { $known }.
error-empty-segment = { $segment } heeft geen klanten om een campagne naar te sturen.
error-nobody-reachable = Niemand in { $segment } kan deze lijst krijgen. { $left }
error-nobody-reachable-without-email = Niemand in { $segment } kan deze lijst krijgen. { $left } Kies 'Any tool (plain CSV)' om ze in plaats daarvan op klantnummer te tonen.
left-out-declined = Van de { $customers } klanten van het segment hebben er { $declined } marketing geweigerd: zij staan niet op de lijst.
left-out-without-email = Van de { $customers } klanten van het segment hebben er { $without } geen e-mailadres: zij staan niet op de lijst.
left-out-declined-and-without-email = Van de { $customers } klanten van het segment hebben er { $declined } marketing geweigerd en { $without } geen e-mailadres: zij staan niet op de lijst.
error-cannot-measure-columns = { $file } kan niet worden gebruikt om campagnes te meten: { $missing }
error-cannot-measure-undated = { $file } heeft geen gedateerde bestellingen en kan dus niet tonen wat klanten na een campagne kochten: zet een export van bestellingen neer.
error-bad-message = De pagina stuurde een bericht dat de engine niet begrijpt.
error-unexpected-answer = De engine antwoordde met iets waar de pagina niet om vroeg. Probeer het opnieuw.
error-stopped = Het werk is gestopt.

missing-customer = Kies de kolom die de klant aanduidt (een klantnummer of het e-mailadres).
missing-order-date = Kies de kolom met de besteldatum.
missing-amount = Kies de kolom met het bestelbedrag (of de stukprijs).

error-rule-unknown-feature = De regel voor '{ $segment }' gebruikt '{ $feature }', dat dit bestand niet heeft. Koppel de kolom die nodig is, of pas de regel aan.
error-rule-not-a-number = De regel voor '{ $segment }' vergelijkt '{ $feature }' als getal, maar dat is het niet.
error-rule-not-a-date = De regel voor '{ $segment }' vergelijkt '{ $feature }' als datum, maar dat is het niet.
error-rule-not-a-category = De regel voor '{ $segment }' vergelijkt '{ $feature }' als categorie, maar dat is het niet.
error-rule-not-text = De regel voor '{ $segment }' vergelijkt '{ $feature }' als tekst, maar dat is het niet.

error-cluster-no-features = Kies minstens één kengetal om op te clusteren.
error-cluster-unknown-feature = Dit bestand heeft geen '{ $feature }' om op te clusteren.
error-cluster-not-numeric = '{ $feature }' is geen getal en kan dus niet worden gebruikt om te clusteren.
error-cluster-too-few = { $count ->
    [one] Maar { $count } klant heeft
   *[other] Maar { $count } klanten hebben
} elk gekozen kengetal; clusteren vraagt er minstens 10.

error-horizon-zero = Voorspellingen hebben een horizon van minstens één dag nodig.
error-discount-rate = De maandelijkse disconteringsvoet moet een getal van 0 of meer zijn, niet { $rate }.
error-impossible-history = Klant { $customer } heeft een onmogelijke aankoopgeschiedenis, dus er valt niets te voorspellen.
error-history-too-short = Voorspellingen hebben minstens 3 maanden aan bestellingen vóór de peildatum nodig; deze bestellingen beslaan { $days ->
    [one] { $days } dag
   *[other] { $days } dagen
}.
error-too-few-repeat-customers = Voorspellingen hebben minstens { $needed } klanten nodig die op twee verschillende dagen bestelden; deze winkel heeft er { $count }.
error-purchases-not-fitted = Het herhaalaankoopmodel kon niet op deze bestellingen worden afgestemd: het kwam niet tot een vast antwoord.
error-order-values-not-fitted = Het bestelwaardemodel kon niet op deze bestellingen worden afgestemd: het kwam niet tot een vast antwoord.
error-purchases-not-finite = Het herhaalaankoopmodel gaf voor deze bestellingen te grote cijfers om te gebruiken.
error-order-values-not-finite = Het bestelwaardemodel gaf voor deze bestellingen te grote cijfers om te gebruiken.
error-no-repeat-spend = Bestelwaarden kunnen niet worden voorspeld: geen enkele klant gaf iets uit bij een herhaalbestelling.
error-order-values-unbounded = Bestelwaarden kunnen niet worden voorspeld: de uitgaven van terugkerende klanten lopen te sterk uiteen om het bestelwaardemodel een zinnig gemiddelde te laten geven.

error-sql-unsupported-feature = Het schema gebruikt '{ $feature }', dat de SQL-versie nog niet berekent; segmenteer in plaats daarvan met de pagina of de opdrachtregel.
error-no-spend-period = Het schema gebruikt de besteding in een periode zonder te zeggen welke periode. Noem die in het schemabestand met 'period' (een van de pagina gedownload schema doet dat), of kies de periode op het tabblad 'Topklanten' en daarna opnieuw het schema.
error-sql-unsupported-preset = '{ $name }' kan nog niet als SQL worden geschreven; segmenteer in plaats daarvan met de pagina of de opdrachtregel.
error-sql-missing-column = { $scheme } heeft de kolom nodig met: { $role } (voeg --map { $key }=COLUMN toe).
error-sql-missing-column-every-scheme = Elk schema heeft de kolom nodig met: { $role } (voeg --map { $key }=COLUMN toe).
error-sql-needs-prediction = { $scheme } leest voorspelde cijfers, en daarvoor zijn de modellen nodig die op uw bestellingen zijn afgestemd: voorspel eerst (op de pagina, Future value), of geef op de opdrachtregel het bestellingenbestand op (segmenter sql FILE …); de query bevat dan de parameters van de modellen.
error-sql-not-a-number = Een regel vergelijkt '{ $feature }' als getal, maar dat is het niet.
error-sql-not-a-date = Een regel vergelijkt '{ $feature }' als datum, maar dat is het niet.
error-sql-not-a-category = Een regel vergelijkt '{ $feature }' als categorie, maar dat is het niet.

error-stored-mapping = Uw kolomkeuzes voor dit bestand, bewaard in deze browser, konden niet worden gelezen ({ $reason }) en worden dus niet getoond. Er is niets verwijderd: de bewaarde kopie blijft zoals die was.
error-stored-schemes = Uw opgeslagen schema's, bewaard in deze browser, konden niet worden gelezen ({ $reason }) en worden dus niet getoond. Er is niets verwijderd: de bewaarde kopie blijft zoals die was.
error-stored-campaign-edits = Uw bewerkte campagnes, bewaard in deze browser, konden niet worden gelezen ({ $reason }) en worden dus niet getoond. Er is niets verwijderd: de bewaarde kopie blijft zoals die was.
error-stored-campaign-records = Uw gegevens over geëxporteerde campagnes, bewaard in deze browser, konden niet worden gelezen ({ $reason }) en worden dus niet getoond. Er is niets verwijderd: de bewaarde kopie blijft zoals die was.
error-stored-host-consents = Uw antwoorden aan de sites die Segmenter insluiten, bewaard in deze browser, konden niet worden gelezen ({ $reason }) en worden dus niet getoond. Er is niets verwijderd: de bewaarde kopie blijft zoals die was.
error-stored-preferences = Uw voorkeuren, bewaard in deze browser, konden niet worden gelezen ({ $reason }) en worden dus niet getoond. Er is niets verwijderd: de bewaarde kopie blijft zoals die was.
error-snapshot-not-predicted = Op { $day } kunnen de voorspellingen die dit schema leest niet worden gemaakt: { $error } Een schema op alleen de bestellingen, zoals RFM, kan vanaf die dag worden vergeleken.
