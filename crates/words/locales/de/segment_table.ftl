segment-table-title = { $scheme }: { $count ->
    [one] { $count } Segment
   *[other] { $count } Segmente
}
segment-table-segment = Segment
segment-table-customers = Kunden
segment-table-customer-share = % der Kunden
segment-table-revenue = Umsatz
segment-table-revenue-share = % des Umsatzes
segment-table-recency = Tage seit letzter Bestellung (Median)
segment-table-frequency = Bestellungen (Median)
segment-table-monetary = Ausgaben (Median)
segment-table-alive = Noch aktiv
segment-table-alive-title = Bei Kunden, die an zwei oder mehr Tagen bestellt haben, die durchschnittliche Wahrscheinlichkeit laut Vorhersage, dass sie noch kaufen (Bestellungen an einem Tag reichen ihr dafür nicht)
segment-table-value = Vorhergesagter Wert
segment-table-value-title = Was die Kunden des Segments laut Vorhersage im nächsten Jahr ausgeben werden, auf heute abgezinst
segment-table-actions = Aktionen
segment-table-list = Kunden
segment-table-csv = CSV
segment-table-csv-label = CSV: Liste „{ $segment }“ herunterladen
