# Kohorten (cohorts.rs).

cohorts-hint = Kunden nach dem Zeitpunkt ihrer ersten Bestellung gruppiert, und wie viele von ihnen in jedem späteren Zeitraum erneut gekauft haben.
cohorts-group-by = Gruppieren nach
cohorts-by-month = Monat der ersten Bestellung
cohorts-by-week = Woche der ersten Bestellung
cohorts-by-quarter = Quartal der ersten Bestellung
cohorts-show = Anzeigen
cohorts-share-who-bought = Anteil mit Kauf
cohorts-revenue-per-customer = Umsatz pro Kunde

cohorts-first-order-in = Erste Bestellung
cohorts-customers = Kunden
cohorts-first = Start
cohorts-week = Woche { $n }
cohorts-month = Monat { $n }
cohorts-quarter = Quartal { $n }
cohorts-cell = { $cohort }, { $when }: { $bought } von { $size } { $bought ->
    [one] kaufte
   *[other] kauften
}
cohorts-cell-first = erster Zeitraum
cohorts-cell-week = Woche { $n }
cohorts-cell-month = Monat { $n }
cohorts-cell-quarter = Quartal { $n }
cohorts-earlier = { $count ->
    [one] { $count } frühere Kohorte wird nicht angezeigt.
   *[other] { $count } frühere Kohorten werden nicht angezeigt.
}
cohorts-partial-week = Die letzte Woche ist noch nicht vorbei.
cohorts-partial-month = Der letzte Monat ist noch nicht vorbei.
cohorts-partial-quarter = Das letzte Quartal ist noch nicht vorbei.

cohorts-list-first = { $cohort }: { $count ->
    [one] { $count } Kunde, der damals zum ersten Mal bestellt hat
   *[other] { $count } Kunden, die damals zum ersten Mal bestellt haben
}
cohorts-list-weeks = { $cohort }: { $count ->
    [one] { $count } Kunde, der
   *[other] { $count } Kunden, die
} { $after } { $after ->
    [one] Woche
   *[other] Wochen
} später { $count ->
    [one] gekauft hat
   *[other] gekauft haben
}
cohorts-list-months = { $cohort }: { $count ->
    [one] { $count } Kunde, der
   *[other] { $count } Kunden, die
} { $after } { $after ->
    [one] Monat
   *[other] Monate
} später { $count ->
    [one] gekauft hat
   *[other] gekauft haben
}
cohorts-list-quarters = { $cohort }: { $count ->
    [one] { $count } Kunde, der
   *[other] { $count } Kunden, die
} { $after } { $after ->
    [one] Quartal
   *[other] Quartale
} später { $count ->
    [one] gekauft hat
   *[other] gekauft haben
}
cohorts-download = Diese Liste herunterladen (CSV)
cohorts-close = Schließen
