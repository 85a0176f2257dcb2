# The top customers tab (value.rs).

value-period = Spend counted over
value-period-all = All the file's orders
value-period-named = Named by a scheme: { $period }
value-nobody = No customer spent anything in this period.
# $top and $few are shares already written (12.5%); $measure is what the spend is, as the
# engine names it, written inside the sentence: "total spent".
value-concentration = The top 20% of customers bring { $top } of revenue ({ $measure }); 80% of revenue comes from { $few } of customers.
value-chart-title = Share of revenue by share of customers, best customers first
value-chart-label = Pareto curve of revenue by customers
# The chart's axes: $share is a whole number from 0 to 100.
value-chart-axis = { $share }%
# $revenue is an amount already written in the shop's currency.
value-customers-spent = { $count ->
    [one] { $count } customer spent { $revenue } in all.
   *[other] { $count } customers spent { $revenue } in all.
}
value-top-title = Top 10 customers
# The top customers table's headings; the last column is named by the spend measured.
value-column-rank = #
value-column-customer = Customer
value-column-where = Where
value-column-buys = Buys most
value-column-when = When
value-column-orders = Orders

# What a top customer buys most: $category as the file names it, $share of their spend (67%).
value-buys = { $category } ({ $share } of spend)
# When a top customer buys, parts joined by commas: their orders' days ($day, $first and
# $last are dates as the language writes them), their favourite month and weekday (as a
# sentence writes them: "March", "mars"; "Monday", "lundi").
value-ordered-once = ordered { $day }
value-ordered-between = { $first } to { $last }
value-last-order = last order { $day }
value-mostly-in = mostly in { $month }
value-mostly-on = on { $weekday }s
