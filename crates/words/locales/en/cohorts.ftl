# Retention by cohort (cohorts.rs): customers grouped by the week, month or quarter of
# their first order, and who of them bought again in each later period.

cohorts-hint = Customers grouped by when they first ordered, and how many of them bought again in each later period.
cohorts-group-by = Group by
cohorts-by-month = Month of first order
cohorts-by-week = Week of first order
cohorts-by-quarter = Quarter of first order
# What the table's cells show.
cohorts-show = Show
cohorts-share-who-bought = Share who bought
cohorts-revenue-per-customer = Revenue per customer

# The table's headings: the cohort, its size, then the periods after the first order.
cohorts-first-order-in = First order in
cohorts-customers = Customers
cohorts-first = First
cohorts-week = Week { $n }
cohorts-month = Month { $n }
cohorts-quarter = Quarter { $n }
# Read aloud by screen readers after a cell's figure: "March 2025, month 2: 40 of 310 bought".
# $when is one of the four messages below.
cohorts-cell = { $cohort }, { $when }: { $bought } of { $size } bought
cohorts-cell-first = first period
cohorts-cell-week = week { $n }
cohorts-cell-month = month { $n }
cohorts-cell-quarter = quarter { $n }
# Notes above the table.
cohorts-earlier = { $count ->
    [one] { $count } earlier cohort is not shown.
   *[other] { $count } earlier cohorts are not shown.
}
cohorts-partial-week = The last week is not over yet.
cohorts-partial-month = The last month is not over yet.
cohorts-partial-quarter = The last quarter is not over yet.

# The customers of the cell opened: "March 2025: 40 customers who bought 2 months later".
cohorts-list-first = { $cohort }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} who first ordered then
cohorts-list-weeks = { $cohort }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} who bought { $after } { $after ->
    [one] week
   *[other] weeks
} later
cohorts-list-months = { $cohort }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} who bought { $after } { $after ->
    [one] month
   *[other] months
} later
cohorts-list-quarters = { $cohort }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} who bought { $after } { $after ->
    [one] quarter
   *[other] quarters
} later
cohorts-download = Download this list (CSV)
cohorts-close = Close
