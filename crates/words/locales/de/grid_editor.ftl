grid-editor-title = Raster und Punkteskala bearbeiten
grid-editor-edited-name = { $name } (bearbeitet)
grid-editor-unreached = Keine Zelle führt zu { $names }, daher kann dort kein Kunde landen.
grid-editor-quoted = „{ $name }“
grid-editor-list-or = { $rest } oder { $last }
grid-editor-uncovered = { $count ->
    [one] { $count } Zelle des Rasters gehört zu keinem Segment; ihre Kunden kommen zu „{ $segment }“.
   *[other] { $count } Zellen des Rasters gehören zu keinem Segment; ihre Kunden kommen zu „{ $segment }“.
}
grid-editor-new-name = Neuer Segmentname
grid-editor-add-name = Zu den Zellenlisten hinzufügen
grid-editor-points = Punktestufen
grid-editor-points-5 = 5 (Quintile)
grid-editor-points-3 = 3 (für kleine Shops)
grid-editor-recency-thresholds = Aktualität: Schwellenwerte in Tagen, aufsteigend (leer = gleich große Gruppen)
grid-editor-frequency-thresholds = Häufigkeit: Schwellenwerte in Bestellungen, aufsteigend (leer = gleich große Gruppen)
grid-editor-monetary-thresholds = Umsatz: Schwellenwerte in { $currency }, aufsteigend (leer = gleich große Gruppen)
grid-editor-monetary-thresholds-plain = Umsatz: Schwellenwerte als ausgegebener Betrag, aufsteigend (leer = gleich große Gruppen)
grid-editor-equal-groups = gleich große Gruppen
grid-editor-thresholds-hint = Ein Wert bis zum ersten Schwellenwert erhält 1 Punkt, bis zum zweiten 2 und so weiter (bei der Aktualität umgekehrt: die jüngsten Käufe erhalten die meisten Punkte). Geben Sie einen Schwellenwert weniger an, als die Skala Punkte hat.
