# Künftiger Wert (future.rs).

future-horizon = Vorhersage für die nächsten (Tage)
future-discount = Künftige Ausgaben abzinsen um (% pro Monat)
future-pending = Vorhersage, wer erneut kauft…
future-headline = Von { $count } Kunden { $active ->
    [one] ist
   *[other] sind
} { $active } wahrscheinlich noch aktiv. In den nächsten { $days } Tagen kaufen sie voraussichtlich an { $purchases } Tagen ein.
future-headline-value = Von { $count } Kunden { $active ->
    [one] ist
   *[other] sind
} { $active } wahrscheinlich noch aktiv. In den nächsten { $days } Tagen kaufen sie voraussichtlich an { $purchases } Tagen ein und geben { $value } aus (abgezinst mit { $discount } % pro Monat).
future-once = { $once ->
    [one] { $once } davon hat nur an einem Tag gekauft: Das Modell zählt solche Kunden als aktiv, bis es sie aufhören sieht, egal wie lange dieser Tag zurückliegt; die Segmente nach künftigem Wert führen sie deshalb getrennt.
   *[other] { $once } davon haben nur an einem Tag gekauft: Das Modell zählt solche Kunden als aktiv, bis es sie aufhören sieht, egal wie lange dieser Tag zurückliegt; die Segmente nach künftigem Wert führen sie deshalb getrennt.
}
future-now-columns = Die Wahrscheinlichkeit jedes Kunden, noch aktiv zu sein, die erwarteten Käufe und der vorhergesagte Wert sind jetzt Spalten der Kundenlisten und Exporte, Kennzahlen im Regel-Editor und bei den Clustern sowie Zahlen der Segmenttabelle.
future-segment = Nach künftigem Wert segmentieren
future-unchecked = Die Modelle konnten nicht an den letzten Monaten geprüft werden: { $why }
future-models = Die geschätzten Modelle
future-parameters = Wiederholungskäufe (BG/NBD): r = { $r }, α = { $alpha } Tage, a = { $a }, b = { $b }.
future-spend-parameters = Ausgaben pro Kauf (Gamma-Gamma): p = { $p }, q = { $q }, v = { $v }.
future-method = Per Maximum-Likelihood geschätzt wie in der Bibliothek lifetimes (Fader, Hardie & Lee 2005; Notiz von Fader & Hardie zum Gamma-Gamma-Modell): Käufe werden pro Tag gezählt, und die Zahlen eines Kunden gelten für den Tag vor dem Stichtag.

future-calibration-title = Wie gut die Vorhersage für diesen Shop passt
future-calibration-caption = Käufe pro Kunde in den zurückgehaltenen Tagen, vorhergesagt (hell) und tatsächlich (dunkel), nach Wiederholungskäufen davor
future-calibration-label = Balkendiagramm der vorhergesagten und tatsächlichen Käufe pro Kunde; die Tabelle darunter enthält dieselben Zahlen
future-bar-predicted = { $group }: vorhergesagt { $value }
future-bar-actual = { $group }: tatsächlich { $value }
future-repeat-before = Wiederholungskäufe davor
future-customers = Kunden
future-predicted-per-customer = Vorhergesagt pro Kunde
future-actual-per-customer = Tatsächlich pro Kunde
