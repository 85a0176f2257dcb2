# Future value (future.rs): who will buy again and what they are worth, predicted by
# statistical models fitted to this shop's orders.

future-horizon = Predict for the next (days)
future-discount = Discount future spend by (% a month)
future-pending = Predicting who will buy again…
# $count: all customers; $active: how many are more likely still active than not;
# $days: the days predicted for; $purchases: the purchases expected in them.
future-headline = Of { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}, { $active } are more likely still active than not. Over the next { $days } days they are expected to buy on { $purchases } days.
# The same with what they will spend: $value, money in the shop's currency, discounted
# by $discount percent a month.
future-headline-value = Of { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}, { $active } are more likely still active than not. Over the next { $days } days they are expected to buy on { $purchases } days and spend { $value } (discounted at { $discount }% a month).
# $once: the customers who bought on one day only (one order, or several that day), among $count.
future-once = { $once ->
    [one] { $once } of them has bought on one day only: the model counts such a customer as active until it sees them stop, however long ago that day was, so the Future value segments keep them apart.
   *[other] { $once } of them have bought on one day only: the model counts such customers as active until it sees them stop, however long ago that day was, so the Future value segments keep them apart.
}
future-now-columns = Each customer's chance of still being active, purchases expected and predicted value are now columns of the customer lists and exports, features of the rule builder and clusters, and figures of the segment table.
future-segment = Segment by future value
# $why: the reason, a sentence.
future-unchecked = The models could not be checked on the last months: { $why }
future-models = The fitted models
# The models' fitted figures; keep the model names (BG/NBD, Gamma-Gamma) and the letters.
future-parameters = Repeat purchases (BG/NBD): r = { $r }, α = { $alpha } days, a = { $a }, b = { $b }.
future-spend-parameters = Spend per purchase (Gamma-Gamma): p = { $p }, q = { $q }, v = { $v }.
# "lifetimes" is the name of a software library; the names are authors of scientific papers.
future-method = Fitted by maximum likelihood as the lifetimes library does (Fader, Hardie & Lee 2005; Fader & Hardie's Gamma-Gamma note): purchases are counted by day, and a customer's figures are as of the day before the reference date.

# How well the models predicted the last months of this shop, held out while fitting.
future-calibration-title = How well it predicts this shop
future-calibration-caption = Purchases per customer in the held-out days, predicted (light) and actual (dark), by repeat purchases before them
# Read by screen readers for the chart.
future-calibration-label = Bar chart of predicted and actual purchases per customer; the table below gives the same figures
# A bar, shown on hover. $group: the number of repeat purchases before ("2", "7+").
future-bar-predicted = { $group }: predicted { $value }
future-bar-actual = { $group }: actual { $value }
future-repeat-before = Repeat purchases before
future-customers = Customers
future-predicted-per-customer = Predicted per customer
future-actual-per-customer = Actual per customer
