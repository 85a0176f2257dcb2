results-views = Weergaven van de resultaten
results-title = Uw klanten
results-headline = { $customers ->
    [one] { $customers } klant
   *[other] { $customers } klanten
} · { $orders ->
    [one] { $orders } bestelling
   *[other] { $orders } bestellingen
} · { $revenue } in totaal besteed
results-currency-rows = { $code } ({ $count ->
    [one] { $count } rij
   *[other] { $count } rijen
})
results-currencies = Dit bestand bevat meerdere valuta: { $list }. Bedragen in verschillende valuta worden nooit bij elkaar opgeteld, dus elke valuta wordt apart gesegmenteerd.
results-showing = Weergegeven:
results-after-reference = { $count ->
    [one] { $count } bestelling
   *[other] { $count } bestellingen
} op of na { $date } weggelaten: zo stond de winkel ervoor aan het begin van die dag.
results-read-as = Gelezen als { $shape }.
results-as-of = Per
results-download-all = Alle klanten downloaden (CSV)
