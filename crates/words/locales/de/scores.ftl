scores-quantiles = Die Punkte 1–{ $points } teilen die { $count } Kunden mit Bestellungen bei jeder Kennzahl in { $points } etwa gleich große Gruppen; Kunden mit gleichen Werten erhalten immer dieselbe Punktzahl.
scores-thresholds = Die Punkte 1–{ $points } folgen den Schwellen, die Sie festgelegt haben.
scores-no-dates = Diese Datei enthält keine Bestelldaten, daher lässt sich die Aktualität nicht messen: Kunden werden danach gruppiert, wie oft sie bestellt und wie viel sie ausgegeben haben.
scores-recency = Aktualität (Tage seit der letzten Bestellung): { $ranges }.
scores-frequency = Häufigkeit (Bestellungen): { $ranges }.
scores-monetary = Umsatz (insgesamt ausgegeben): { $ranges }.
scores-all = alle
scores-up-to = bis { $value }
scores-or-more = { $value } oder mehr
scores-more-than = mehr als { $value }
scores-between = { $from }–{ $to }
scores-over-up-to = über { $from } bis { $to }
scores-days = { $count ->
    [one] { $value } Tag
   *[other] { $value } Tage
}
scores-orders = { $count ->
    [one] { $value } Bestellung
   *[other] { $value } Bestellungen
}
scores-amount = { $value }
