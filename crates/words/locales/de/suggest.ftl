suggest-audience = { $customers ->
    [one] { $customers } Kunde, der bisher { $spent } ausgegeben hat ({ $share } des Umsatzes)
   *[other] { $customers } Kunden, die bisher { $spent } ausgegeben haben ({ $share } des Umsatzes)
}
suggest-channel-email = E-Mail

suggest-first-objective = Eine erste Bestellung gewinnen
suggest-first-offer = Ein Willkommensangebot für die erste Bestellung, etwa kostenloser Versand
suggest-first-channel = E-Mail, sofern sie Werbung zugestimmt haben
suggest-first-timing = Eine kurze Willkommensserie: jetzt, nach 3 Tagen und nach 10 Tagen
suggest-first-message = Wofür der Shop bekannt ist und warum Kunden wiederkommen
suggest-first-watch = Anteil, der innerhalb von 30 Tagen zum ersten Mal bestellt
suggest-first-why = Diese Kunden haben in dieser Datei keine Bestellung, es gibt also noch kein Kaufverhalten, auf dem man aufbauen kann.

suggest-capped = { $percent } Rabatt auf die nächste Bestellung, höchstens { $cap }
suggest-full-price = Sie kaufen bereits zum vollen Preis ({ $share } ihrer Bestellungen mit Rabattcode), ein Rabatt würde also nur Marge verschenken.

suggest-cherish-objective = Diese Kunden mit { $ratio }-fachem Umsatz halten und ihnen Wertschätzung zeigen
suggest-cherish-offer = Kein Rabatt: früher Zugang zu neuen Produkten, ein Dankeschön-Geschenk ab { $threshold } Bestellwert oder doppelte Treuepunkte.
suggest-cherish-channel = E-Mail, dazu eine persönliche Note wie eine handgeschriebene Karte im nächsten Paket
suggest-cherish-timing = Etwa am { $day }. Tag nach der letzten Bestellung, kurz bevor sie nach den üblichen { $cycle } Tagen wieder bestellen
suggest-cherish-message = Insider-Behandlung: Sie erfahren alles zuerst und bekommen, was andere nicht bekommen
suggest-cherish-watch = Wiederkaufrate und durchschnittlicher Bestellwert im nächsten Zyklus

suggest-second-objective = Aus einer ersten Bestellung vor { $days } Tagen eine zweite machen
suggest-second-offer-full-price = Kostenloser Versand für die zweite Bestellung oder eine Produktempfehlung passend zur ersten.
suggest-second-offer = { $discount }, 30 Tage gültig
suggest-second-timing = 7 bis 14 Tage nach der ersten Bestellung, mit einer Erinnerung am 30. Tag
suggest-second-timing-now = Jetzt, { $days } Tage nach der ersten Bestellung, mit einer Erinnerung 14 Tage später; bei neuen Kunden 7 bis 14 Tage nach der ersten Bestellung
suggest-second-message = Bedanken, zeigen, was andere Kunden als Nächstes kaufen, die zweite Bestellung leicht machen
suggest-second-watch = Anteil des Segments, der innerhalb von 60 Tagen ein zweites Mal bestellt

suggest-habit-objective = Gewohnheit aufbauen: von { $orders } Bestellungen zu mehr, alle { $cycle } Tage
suggest-habit-offer = Ein Bundle oder ein Geschenk ab { $threshold } Bestellwert, um den Warenkorb zu vergrößern statt den Preis zu senken.
suggest-habit-timing = Bevor ihr übliches Intervall von { $cycle } Tagen abläuft: etwa am { $day }. Tag nach der letzten Bestellung
suggest-habit-message = Produkte, die zu ihren Käufen passen, Neuheiten aus ihrem Lieblingssortiment
suggest-habit-watch = Bestellungen pro Kunde in den nächsten 90 Tagen

suggest-soon-objective = Zurückgewinnen, bevor sie abwandern: { $days } Tage seit der letzten Bestellung, sonst üblich { $cycle }
suggest-soon-objective-shop = Zurückgewinnen, bevor sie abwandern: { $days } Tage seit der letzten Bestellung, im Shop sonst üblich { $cycle }
suggest-soon-objective-assumed = Zurückgewinnen, bevor sie abwandern: { $days } Tage seit der letzten Bestellung, mehr als die angenommenen { $cycle } Tage zwischen Bestellungen
suggest-soon-offer-full-price = Eine Erinnerung mit Neuheiten und kostenlosem Versand, ohne Preisnachlass.
suggest-soon-channel = E-Mail, danach eine Retargeting-Zielgruppe für alle, die sie nicht öffnen
suggest-soon-timing = Jetzt: Das übliche Intervall von { $cycle } Tagen ist überschritten; einmal nach 10 Tagen nachfassen
suggest-soon-timing-shop = Jetzt: Das im Shop übliche Intervall von { $cycle } Tagen ist überschritten; einmal nach 10 Tagen nachfassen
suggest-soon-timing-assumed = Jetzt: mehr als { $cycle } Tage seit der letzten Bestellung; einmal nach 10 Tagen nachfassen
suggest-soon-message = Wir vermissen Sie: Was es seit dem letzten Besuch Neues gibt
suggest-soon-watch = Anteil, der innerhalb von 30 Tagen bestellt

suggest-personal-objective-predicted = { $who ->
    [big] Top-Kunden
   *[regular] Stammkunden
} zurückgewinnen, solange { $share } der Wiederkäufer noch kaufen könnten: seit { $days } Tagen still
suggest-personal-objective = Persönliche Rückgewinnung für { $who ->
    [big] Top-Kunden
   *[regular] Stammkunden
}, seit { $days } Tagen still
suggest-personal-objective-lost = Ein letzter persönlicher Versuch bei { $who ->
    [big] Top-Kunden
   *[regular] Stammkunden
}, seit { $days } Tagen weg
suggest-personal-offer-full-price = Eine persönliche Nachricht und ein Geschenk zur nächsten Bestellung statt eines Rabatts.
suggest-personal-channel = Persönliche E-Mail vom Inhaber; bei Geschäftskunden ein Anruf
suggest-personal-timing = Jetzt, mit einer Nachfrage 10 Tage später
suggest-personal-message = Fragen, was schiefgelaufen ist, und zeigen, was sich verbessert hat
suggest-personal-watch = Anteil, der innerhalb von 45 Tagen bestellt, und der zurückgewonnene Umsatz

suggest-let-go-objective-predicted = Loslassen: nur { $share } der Wiederkäufer kaufen wahrscheinlich wieder
suggest-let-go-objective = Günstige Reaktivierung nach { $days } Tagen, dann loslassen
suggest-let-go-offer = Eine E-Mail mit Ihren Bestsellern; kein Rabatt
suggest-let-go-channel = Nur E-Mail; aus bezahlter Werbung herausnehmen, um Budget zu sparen
suggest-let-go-timing = Ein Versand jetzt; wer nicht reagiert, bekommt nur noch einen Newsletter zweimal im Jahr
suggest-let-go-message = Bestseller und Neuheiten, kurz und einfach
suggest-let-go-watch = Reaktivierungsrate im Verhältnis zu den Versandkosten

suggest-favourite-category = { $category } ist die Lieblingskategorie von { $share } von ihnen.
suggest-lead-with = Mit { $category } einsteigen.
suggest-pair = Wer { $first } gekauft hat, bekommt { $second } gezeigt: die beiden Produkte, die seine Kunden am häufigsten zusammen kaufen.
suggest-send-on-day-time = am besten an einem { $day } { $time } senden, wenn die meisten bestellen
suggest-send-on-day = am besten an einem { $day } senden, dem Tag, an dem die meisten bestellen
suggest-monday = Montag
suggest-tuesday = Dienstag
suggest-wednesday = Mittwoch
suggest-thursday = Donnerstag
suggest-friday = Freitag
suggest-saturday = Samstag
suggest-sunday = Sonntag
suggest-night = nachts (0–6 Uhr)
suggest-morning = vormittags (6–12 Uhr)
suggest-afternoon = nachmittags (12–18 Uhr)
suggest-evening = abends (18–24 Uhr)

suggest-season-why = { $share } ihrer Bestellungen fallen in den Zeitraum „{ $season }“ (ein durchschnittlicher Kunde: { $shop }).
suggest-season-timing = Vor ihrer Saison: { $season } läuft vom { $starts } bis { $ends }; um den { $send } senden, zwei Wochen vorher, und noch einmal am ersten Tag
suggest-season-message = Ihre Einkäufe zum Anlass „{ $season }“ leicht gemacht: Ideen, Bestellfristen, was letztes Jahr ausverkauft war
suggest-no-dates-timing = Wann es in Ihren Kalender passt: Diese Datei hat keine Bestelldaten für die Planung

suggest-why-recency = Letzte Bestellung im Median vor { $days } Tagen, bei üblich { $cycle } Tagen zwischen Bestellungen;
suggest-why-recency-shop = Letzte Bestellung im Median vor { $days } Tagen, bei den im Shop üblichen { $cycle } Tagen zwischen Bestellungen;
suggest-why-recency-assumed = Letzte Bestellung im Median vor { $days } Tagen; noch hat niemand zweimal bestellt, daher werden { $cycle } Tage zwischen Bestellungen angenommen;
suggest-why-no-dates = Die Datei hat keine Bestelldaten, die Zeit seit dem letzten Kauf ist also unbekannt;
suggest-why-figures = im Median { $orders } Bestellungen und { $spent } ausgegeben ({ $ratio }-mal so viel wie der mittlere Kunde des Shops); mittlere Bestellung { $order }.
suggest-why-discount = { $share } ihrer Bestellungen nutzten einen Rabattcode.
suggest-why-repeat = { $share } haben mehr als einmal bestellt.
suggest-why-alive = Von denen, die an zwei Tagen oder mehr bestellt haben, im Schnitt eine Wahrscheinlichkeit von { $share }, dass sie noch aktiv sind.
suggest-why-alive-value = Von denen, die an zwei Tagen oder mehr bestellt haben, im Schnitt eine Wahrscheinlichkeit von { $share }, dass sie noch aktiv sind; es stehen { $value } auf dem Spiel, die für das nächste Jahr vom Segment erwartet werden.

suggest-holdout-too-few = { $held } von { $segment } Kunden zurückzuhalten ist zu wenig, um etwas zu messen: Jede Gruppe braucht mindestens { $min } Kunden.
suggest-holdout-detectable = Wenn Sie { $held } von { $segment } Kunden zurückhalten und etwa { $baseline } von ihnen ohnehin kaufen, kann diese Kampagne einen Zuwachs von { $uplift } Prozentpunkten oder mehr zeigen (80 % Teststärke, 5 % Niveau); ein kleinerer wird sehr wahrscheinlich als „nicht von null zu unterscheiden“ erscheinen.
suggest-holdout-undetectable = Wenn Sie { $held } von { $segment } Kunden zurückhalten und etwa { $baseline } von ihnen ohnehin kaufen, würde sich kein Zuwachs zuverlässig zeigen, wie groß er auch wäre.
suggest-holdout-needed = Um den erwarteten Zuwachs von { $expected } Prozentpunkten zu zeigen, halten Sie mindestens { $percent } des Segments zurück ({ $customers } Kunden).
suggest-holdout-unreachable = Der erwartete Zuwachs von { $expected } Prozentpunkten lässt sich in diesem Segment nicht zuverlässig zeigen, selbst wenn Sie die Hälfte zurückhalten: Messen Sie über einen längeren Zeitraum oder in einem größeren Segment.

suggest-uplift-not-in-file = Keiner der Kunden dieser Kampagne kommt in der neueren Datei vor.
suggest-uplift-no-orders-since = Die neuere Datei hat keine Bestellungen seit dem Versandtag.
suggest-uplift-no-holdout = Bei dieser Kampagne wurden keine Kunden zurückgehalten, ihre Wirkung lässt sich also nicht messen.
suggest-uplift-too-few-held-out = Es wurden zu wenige Kunden zurückgehalten, um zu sagen, ob die Kampagne etwas bewirkt hat: { $customers }, nötig sind mindestens { $min }.
suggest-uplift-too-few-sent = Die Kampagne ging an zu wenige Kunden, um zu sagen, ob sie etwas bewirkt hat: { $customers }, nötig sind mindestens { $min }.
suggest-uplift-too-few-buyers = Seit dem Versandtag haben zu wenige Kunden bestellt, um zu sagen, ob die Kampagne etwas bewirkt hat: { $buyers } in beiden Gruppen zusammen, nötig sind mindestens { $min }.
suggest-uplift-made-a-difference = Die Kampagne hat etwas bewirkt: Der Zuwachs der Kaufrate liegt klar über null.
suggest-uplift-may-have-hurt = Die angeschriebenen Kunden haben weniger bestellt als die zurückgehaltenen: Die Kampagne hat womöglich geschadet.
suggest-uplift-no-clear-difference = Der Unterschied lässt sich noch nicht von null unterscheiden.
suggest-uplift-caution = Nehmen Sie das Umsatzintervall nur als grobe Orientierung: { $group ->
    [sent] Die angeschriebene Gruppe
   *[held-out] Die zurückgehaltene Gruppe
} hat { $customers } Kunden, zu wenige für so ungleich verteilten Umsatz (einige große Bestellungen fallen stark ins Gewicht); nötig wären etwa { $needed }.
suggest-uplift-same-shop = Prüfen Sie, ob sie aus demselben Shop stammt und Kunden auf dieselbe Weise kennzeichnet.
suggest-uplift-cover-weeks = Laden Sie eine Datei, die die Wochen nach dem { $day } abdeckt.
suggest-uplift-export-holdout = Exportieren Sie die nächste Kampagne mit einer Kontrollgruppe.
suggest-uplift-keep-groups = Behalten Sie beim nächsten Mal mindestens { $min } Kunden in jeder Gruppe.
suggest-uplift-wait = Warten Sie auf weitere Bestellungen und messen Sie dann mit einer neueren Datei erneut.
suggest-uplift-too-small = { $sent-rate } der { $sent } angeschriebenen Kunden haben bestellt, gegenüber { $held-rate } der { $held } zurückgehaltenen; bei so kleinen Gruppen würden ein oder zwei Kunden mehr oder weniger das Bild ändern, daher wird kein Unterschied behauptet.
suggest-uplift-rates = { $sent-rate } der angeschriebenen Kunden haben bestellt, gegenüber { $held-rate } der zurückgehaltenen: { $difference } Prozentpunkte (95-%-Intervall { $low } bis { $high }).
suggest-uplift-detectable = Gruppen dieser Größe zeigen zuverlässig nur einen Zuwachs von etwa { $uplift } Prozentpunkten oder mehr (80 % Teststärke, 5 % Niveau): Warten Sie auf weitere Bestellungen oder halten Sie beim nächsten Mal mehr Kunden zurück.
suggest-uplift-undetectable = Gruppen dieser Größe können keinen Zuwachs zuverlässig zeigen: Halten Sie beim nächsten Mal mehr Kunden zurück.
suggest-uplift-revenue = Umsatz pro Kunde: { $sent } angeschrieben, { $held } zurückgehalten.
suggest-uplift-revenue-interval = Umsatz pro Kunde: { $sent } angeschrieben, { $held } zurückgehalten ({ $difference } pro Kunde, 95-%-Intervall { $low } bis { $high }).
suggest-uplift-rate-alone = Das Urteil beruht allein auf der Kaufrate: Würde man einen Umsatzunterschied mitzählen, verdoppelte sich fast die Gefahr eines Fehlschlusses.
