# The results (results.rs): the headline figures, the reference date, the views' tabs.

results-views = Views of the results
results-title = Your customers
# $revenue is an amount already written in the shop's currency.
results-headline = { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
} · { $orders ->
    [one] { $orders } order
   *[other] { $orders } orders
} · { $revenue } spent in all
# A currency of the file and its rows, e.g. USD (4 rows); several are joined with commas.
results-currency-rows = { $code } ({ $count ->
    [one] { $count } row
   *[other] { $count } rows
})
results-currencies = This file mixes currencies: { $list }. Amounts in different currencies are never added together, so each is segmented on its own.
# Before the choice of currency: "Showing [USD]".
results-showing = Showing
results-after-reference = { $count ->
    [one] { $count } order
   *[other] { $count } orders
} on or after { $date } left out: this is the shop as it stood at the start of that day.
# $shape is how the file was understood, e.g. "order lines".
results-read-as = Read as { $shape }.
# Before the reference date: "As of [date]".
results-as-of = As of
results-download-all = Download all customers (CSV)
