campaigns-audience = { $customers ->
    [one] { $customers } Kunde, der bisher { $spent } ausgegeben hat ({ $share } des Umsatzes)
   *[other] { $customers } Kunden, die bisher { $spent } ausgegeben haben ({ $share } des Umsatzes)
}
campaigns-channel-email = E-Mail

campaigns-first-objective = Eine erste Bestellung gewinnen
campaigns-first-offer = Ein Willkommensangebot für die erste Bestellung, etwa kostenloser Versand
campaigns-first-channel = E-Mail, sofern sie Werbung zugestimmt haben
campaigns-first-timing = Eine kurze Willkommensserie: jetzt, nach 3 Tagen und nach 10 Tagen
campaigns-first-message = Wofür der Shop bekannt ist und warum Kunden wiederkommen
campaigns-first-watch = Anteil, der innerhalb von 30 Tagen zum ersten Mal bestellt
campaigns-first-why = Diese Kunden haben in dieser Datei keine Bestellung, es gibt also noch kein Kaufverhalten, auf dem man aufbauen kann.

campaigns-capped = { $percent } Rabatt auf die nächste Bestellung, höchstens { $cap }
campaigns-full-price = Sie kaufen bereits zum vollen Preis ({ $share } ihrer Bestellungen mit Rabattcode), ein Rabatt würde also nur Marge verschenken.

campaigns-cherish-objective = Diese Kunden mit { $ratio }-fachem Umsatz halten und ihnen Wertschätzung zeigen
campaigns-cherish-offer = Kein Rabatt: früher Zugang zu neuen Produkten, ein Dankeschön-Geschenk ab { $threshold } Bestellwert oder doppelte Treuepunkte.
campaigns-cherish-channel = E-Mail, dazu eine persönliche Note wie eine handgeschriebene Karte im nächsten Paket
campaigns-cherish-timing = Etwa am { $day }. Tag nach der letzten Bestellung, kurz bevor sie nach den üblichen { $cycle } Tagen wieder bestellen
campaigns-cherish-message = Insider-Behandlung: Sie erfahren alles zuerst und bekommen, was andere nicht bekommen
campaigns-cherish-watch = Wiederkaufrate und durchschnittlicher Bestellwert im nächsten Zyklus

campaigns-second-objective = Aus einer ersten Bestellung vor { $days } Tagen eine zweite machen
campaigns-second-offer-full-price = Kostenloser Versand für die zweite Bestellung oder eine Produktempfehlung passend zur ersten.
campaigns-second-offer = { $discount }, 30 Tage gültig
campaigns-second-timing = 7 bis 14 Tage nach der ersten Bestellung, mit einer Erinnerung am 30. Tag
campaigns-second-message = Bedanken, zeigen, was andere Kunden als Nächstes kaufen, die zweite Bestellung leicht machen
campaigns-second-watch = Anteil des Segments, der innerhalb von 60 Tagen ein zweites Mal bestellt

campaigns-habit-objective = Gewohnheit aufbauen: von { $orders } Bestellungen zu mehr, alle { $cycle } Tage
campaigns-habit-offer = Ein Bundle oder ein Geschenk ab { $threshold } Bestellwert, um den Warenkorb zu vergrößern statt den Preis zu senken.
campaigns-habit-timing = Bevor ihr übliches Intervall von { $cycle } Tagen abläuft: etwa am { $day }. Tag nach der letzten Bestellung
campaigns-habit-message = Produkte, die zu ihren Käufen passen, Neuheiten aus ihrem Lieblingssortiment
campaigns-habit-watch = Bestellungen pro Kunde in den nächsten 90 Tagen

campaigns-soon-objective = Zurückgewinnen, bevor sie abwandern: { $days } Tage seit der letzten Bestellung, sonst üblich { $cycle }
campaigns-soon-offer-full-price = Eine Erinnerung mit Neuheiten und kostenlosem Versand, ohne Preisnachlass.
campaigns-soon-channel = E-Mail, danach eine Retargeting-Zielgruppe für alle, die sie nicht öffnen
campaigns-soon-timing = Jetzt: Das übliche Intervall von { $cycle } Tagen ist überschritten; einmal nach 10 Tagen nachfassen
campaigns-soon-message = Wir vermissen Sie: Was es seit dem letzten Besuch Neues gibt
campaigns-soon-watch = Anteil, der innerhalb von 30 Tagen bestellt

campaigns-personal-objective-predicted = { $who ->
    [big] Top-Kunden
   *[regular] Stammkunden
} zurückgewinnen, solange { $share } noch kaufen könnten: seit { $days } Tagen still
campaigns-personal-objective = Persönliche Rückgewinnung für { $who ->
    [big] Top-Kunden
   *[regular] Stammkunden
}, seit { $days } Tagen still
campaigns-personal-objective-lost = Ein letzter persönlicher Versuch bei { $who ->
    [big] Top-Kunden
   *[regular] Stammkunden
}, seit { $days } Tagen weg
campaigns-personal-offer-full-price = Eine persönliche Nachricht und ein Geschenk zur nächsten Bestellung statt eines Rabatts.
campaigns-personal-channel = Persönliche E-Mail vom Inhaber; bei Geschäftskunden ein Anruf
campaigns-personal-timing = Jetzt, mit einer Nachfrage 10 Tage später
campaigns-personal-message = Fragen, was schiefgelaufen ist, und zeigen, was sich verbessert hat
campaigns-personal-watch = Anteil, der innerhalb von 45 Tagen bestellt, und der zurückgewonnene Umsatz

campaigns-let-go-objective-predicted = Loslassen: nur { $share } kaufen wahrscheinlich wieder
campaigns-let-go-objective = Günstige Reaktivierung nach { $days } Tagen, dann loslassen
campaigns-let-go-offer = Eine E-Mail mit Ihren Bestsellern; kein Rabatt
campaigns-let-go-channel = Nur E-Mail; aus bezahlter Werbung herausnehmen, um Budget zu sparen
campaigns-let-go-timing = Ein Versand jetzt; wer nicht reagiert, bekommt nur noch einen Newsletter zweimal im Jahr
campaigns-let-go-message = Bestseller und Neuheiten, kurz und einfach
campaigns-let-go-watch = Reaktivierungsrate im Verhältnis zu den Versandkosten

campaigns-favourite-category = { $category } ist die Lieblingskategorie von { $share } von ihnen.
campaigns-lead-with = Mit { $category } einsteigen.
campaigns-pair = Wer { $first } gekauft hat, bekommt { $second } gezeigt: die beiden Produkte, die seine Kunden am häufigsten zusammen kaufen.
campaigns-send-on-day-time = am besten an einem { $day } { $time } senden, wenn die meisten bestellen
campaigns-send-on-day = am besten an einem { $day } senden, dem Tag, an dem die meisten bestellen
campaigns-monday = Montag
campaigns-tuesday = Dienstag
campaigns-wednesday = Mittwoch
campaigns-thursday = Donnerstag
campaigns-friday = Freitag
campaigns-saturday = Samstag
campaigns-sunday = Sonntag
campaigns-night = nachts (0–6 Uhr)
campaigns-morning = vormittags (6–12 Uhr)
campaigns-afternoon = nachmittags (12–18 Uhr)
campaigns-evening = abends (18–24 Uhr)

campaigns-season-why = { $share } ihrer Bestellungen fallen in { $season } (ein durchschnittlicher Kunde: { $shop }).
campaigns-season-timing = Vor ihrer Saison: { $season } läuft vom { $starts } bis { $ends }; um den { $send } senden, zwei Wochen vorher, und noch einmal am ersten Tag
campaigns-season-message = Ihr Einkauf für { $season } leicht gemacht: Ideen, Bestellfristen, was letztes Jahr ausverkauft war
campaigns-no-dates-timing = Wann es in Ihren Kalender passt: Diese Datei hat keine Bestelldaten für die Planung

campaigns-why-recency = Letzte Bestellung im Median vor { $days } Tagen, bei üblich { $cycle } Tagen zwischen Bestellungen;
campaigns-why-no-dates = Die Datei hat keine Bestelldaten, die Zeit seit dem letzten Kauf ist also unbekannt;
campaigns-why-figures = im Median { $orders } Bestellungen und { $spent } ausgegeben ({ $ratio }-mal so viel wie der mittlere Kunde des Shops); mittlere Bestellung { $order }.
campaigns-why-discount = { $share } ihrer Bestellungen nutzten einen Rabattcode.
campaigns-why-repeat = { $share } haben mehr als einmal bestellt.
campaigns-why-alive = Im Schnitt eine Wahrscheinlichkeit von { $share }, dass sie noch aktiv sind.
campaigns-why-alive-value = Im Schnitt eine Wahrscheinlichkeit von { $share }, dass sie noch aktiv sind; es stehen { $value } auf dem Spiel, die für das nächste Jahr von ihnen erwartet werden.

campaigns-holdout-too-few = { $held } von { $segment } Kunden zurückzuhalten ist zu wenig, um etwas zu messen: Jede Gruppe braucht mindestens { $min } Kunden.
campaigns-holdout-detectable = Wenn Sie { $held } von { $segment } Kunden zurückhalten und etwa { $baseline } von ihnen ohnehin kaufen, kann diese Kampagne einen Zuwachs von { $uplift } Prozentpunkten oder mehr zeigen (80 % Teststärke, 5 % Niveau); ein kleinerer wird sehr wahrscheinlich als „nicht von null zu unterscheiden“ erscheinen.
campaigns-holdout-undetectable = Wenn Sie { $held } von { $segment } Kunden zurückhalten und etwa { $baseline } von ihnen ohnehin kaufen, würde sich kein Zuwachs zuverlässig zeigen, wie groß er auch wäre.
campaigns-holdout-needed = Um den erwarteten Zuwachs von { $expected } Prozentpunkten zu zeigen, halten Sie mindestens { $percent } des Segments zurück ({ $customers } Kunden).
campaigns-holdout-unreachable = Der erwartete Zuwachs von { $expected } Prozentpunkten lässt sich in diesem Segment nicht zuverlässig zeigen, selbst wenn Sie die Hälfte zurückhalten: Messen Sie über einen längeren Zeitraum oder in einem größeren Segment.

campaigns-uplift-not-in-file = Keiner der Kunden dieser Kampagne kommt in der neueren Datei vor.
campaigns-uplift-no-orders-since = Die neuere Datei hat keine Bestellungen seit dem Versandtag.
campaigns-uplift-no-holdout = Bei dieser Kampagne wurden keine Kunden zurückgehalten, ihre Wirkung lässt sich also nicht messen.
campaigns-uplift-too-few-held-out = Es wurden zu wenige Kunden zurückgehalten, um zu sagen, ob die Kampagne etwas bewirkt hat: { $customers }, nötig sind mindestens { $min }.
campaigns-uplift-too-few-sent = Die Kampagne ging an zu wenige Kunden, um zu sagen, ob sie etwas bewirkt hat: { $customers }, nötig sind mindestens { $min }.
campaigns-uplift-too-few-buyers = Seit dem Versandtag haben zu wenige Kunden bestellt, um zu sagen, ob die Kampagne etwas bewirkt hat: { $buyers } in beiden Gruppen zusammen, nötig sind mindestens { $min }.
campaigns-uplift-made-a-difference = Die Kampagne hat etwas bewirkt: Der Zuwachs der Kaufrate liegt klar über null.
campaigns-uplift-may-have-hurt = Die angeschriebenen Kunden haben weniger bestellt als die zurückgehaltenen: Die Kampagne hat womöglich geschadet.
campaigns-uplift-no-clear-difference = Der Unterschied lässt sich noch nicht von null unterscheiden.
campaigns-uplift-caution = Nehmen Sie das Umsatzintervall nur als grobe Orientierung: { $group ->
    [sent] Die angeschriebene Gruppe
   *[held-out] Die zurückgehaltene Gruppe
} hat { $customers } Kunden, zu wenige für so ungleich verteilten Umsatz (einige große Bestellungen fallen stark ins Gewicht); nötig wären etwa { $needed }.
campaigns-uplift-same-shop = Prüfen Sie, ob sie aus demselben Shop stammt und Kunden auf dieselbe Weise kennzeichnet.
campaigns-uplift-cover-weeks = Laden Sie eine Datei, die die Wochen nach dem { $day } abdeckt.
campaigns-uplift-export-holdout = Exportieren Sie die nächste Kampagne mit einer Kontrollgruppe.
campaigns-uplift-keep-groups = Behalten Sie beim nächsten Mal mindestens { $min } Kunden in jeder Gruppe.
campaigns-uplift-wait = Warten Sie auf weitere Bestellungen und messen Sie dann mit einer neueren Datei erneut.
campaigns-uplift-too-small = { $sent-rate } der { $sent } angeschriebenen Kunden haben bestellt, gegenüber { $held-rate } der { $held } zurückgehaltenen; bei so kleinen Gruppen würden ein oder zwei Kunden mehr oder weniger das Bild ändern, daher wird kein Unterschied behauptet.
campaigns-uplift-rates = { $sent-rate } der angeschriebenen Kunden haben bestellt, gegenüber { $held-rate } der zurückgehaltenen: { $difference } Prozentpunkte (95-%-Intervall { $low } bis { $high }).
campaigns-uplift-detectable = Gruppen dieser Größe zeigen zuverlässig nur einen Zuwachs von etwa { $uplift } Prozentpunkten oder mehr (80 % Teststärke, 5 % Niveau): Warten Sie auf weitere Bestellungen oder halten Sie beim nächsten Mal mehr Kunden zurück.
campaigns-uplift-undetectable = Gruppen dieser Größe können keinen Zuwachs zuverlässig zeigen: Halten Sie beim nächsten Mal mehr Kunden zurück.
campaigns-uplift-revenue = Umsatz pro Kunde: { $sent } angeschrieben, { $held } zurückgehalten.
campaigns-uplift-revenue-interval = Umsatz pro Kunde: { $sent } angeschrieben, { $held } zurückgehalten ({ $difference } pro Kunde, 95-%-Intervall { $low } bis { $high }).
campaigns-uplift-rate-alone = Das Urteil beruht allein auf der Kaufrate: Würde man einen Umsatzunterschied mitzählen, verdoppelte sich fast die Gefahr eines Fehlschlusses.
