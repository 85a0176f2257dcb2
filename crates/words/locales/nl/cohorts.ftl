# Cohorten (cohorts.rs).

cohorts-hint = Klanten gegroepeerd naar het moment van hun eerste bestelling, en hoeveel van hen in elke latere periode opnieuw kochten.
cohorts-group-by = Groeperen op
cohorts-by-month = Maand van eerste bestelling
cohorts-by-week = Week van eerste bestelling
cohorts-by-quarter = Kwartaal van eerste bestelling
cohorts-show = Tonen
cohorts-share-who-bought = Aandeel dat kocht
cohorts-revenue-per-customer = Omzet per klant

cohorts-first-order-in = Eerste bestelling in
cohorts-customers = Klanten
cohorts-first = Start
cohorts-week = Week { $n }
cohorts-month = Maand { $n }
cohorts-quarter = Kwartaal { $n }
cohorts-cell = { $cohort }, { $when }: { $bought } van { $size } { $bought ->
    [one] kocht
   *[other] kochten
}
cohorts-cell-first = eerste periode
cohorts-cell-week = week { $n }
cohorts-cell-month = maand { $n }
cohorts-cell-quarter = kwartaal { $n }
cohorts-earlier = { $count ->
    [one] { $count } eerder cohort wordt niet getoond.
   *[other] { $count } eerdere cohorten worden niet getoond.
}
cohorts-partial-week = De laatste week is nog niet voorbij.
cohorts-partial-month = De laatste maand is nog niet voorbij.
cohorts-partial-quarter = Het laatste kwartaal is nog niet voorbij.

cohorts-list-first = { $cohort }: { $count ->
    [one] { $count } klant die toen voor het eerst bestelde
   *[other] { $count } klanten die toen voor het eerst bestelden
}
cohorts-list-weeks = { $cohort }: { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} die { $after } { $after ->
    [one] week
   *[other] weken
} later { $count ->
    [one] kocht
   *[other] kochten
}
cohorts-list-months = { $cohort }: { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} die { $after } { $after ->
    [one] maand
   *[other] maanden
} later { $count ->
    [one] kocht
   *[other] kochten
}
cohorts-list-quarters = { $cohort }: { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} die { $after } { $after ->
    [one] kwartaal
   *[other] kwartalen
} later { $count ->
    [one] kocht
   *[other] kochten
}
cohorts-download = Deze lijst downloaden (CSV)
cohorts-close = Sluiten
