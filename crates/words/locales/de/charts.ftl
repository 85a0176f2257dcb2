charts-cell-title = { $rows }{ $row } { $columns }{ $column }: { $segment }, { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
charts-grid-caption = Kunden nach Punktzahl für { $row-name } ({ $rows }) und { $column-name } ({ $columns })
charts-grid-label = Heatmap der Kunden nach Punktzahl für letzten Kauf und Kaufhäufigkeit
charts-grid-note-rf = Oben rechts: kürzlich und häufig. Unten links: lange weg, nur einmal gekauft.
charts-grid-note-fm = Oben rechts: häufig und ausgabefreudig. Unten links: eine kleine Bestellung.
charts-bars-title = Kunden je Segment
charts-bars-label = Balkendiagramm der Kunden je Segment

charts-places-title = Wo Ihre Kunden sind
charts-places-none = Von keinem Kunden ist das Gebiet bekannt.
charts-places-one = Alle Kunden mit bekanntem Gebiet sind im Gebiet { $place }.
charts-places-top = Die { $top } größten von { $count } Gebieten haben { $customers } der Kunden und { $revenue } des Umsatzes.
charts-place-figures = { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
} ({ $share }), { $revenue } Umsatz ({ $revenue-share })
charts-place-outside = { $place }: { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
} ({ $share })
charts-map-label = Weltkarte Ihrer Kunden nach Land, die Farbe kräftiger, wo es mehr sind. Die Liste darunter nennt die Zahlen jedes Landes.
charts-map-key = Je kräftiger die Farbe eines Landes, desto mehr Kunden hat es; zeigen Sie auf ein Land für seine Zahlen.
charts-map-country = { $place }: { $figures }
charts-map-missing = Nicht auf der Karte (kein Land dieses Namens): { $places }.
