# The customers of the selected segment or cross-tab cell (customers.rs).

# A cross-tab cell: the row's segment × the column's segment.
customers-cell-title = { $segment } × { $column } — { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
customers-segment-title = { $segment } — { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} ({ $share })
customers-download = Download this list (CSV)
customers-close = Close
# Headings of the table; keep them short.
customers-id = Customer
customers-email = E-mail
customers-name = Name
customers-recency = Days since last order
customers-frequency = Orders
customers-monetary = Total spent
customers-score = RFM
customers-alive = Still active
customers-alive-title = The chance that a customer who ordered on two days or more will still buy, by the prediction (orders on one day are too little for it to tell)
customers-value = Predicted value
# The pager.
customers-pages = Pages
customers-previous = Previous
customers-page = Page { $page } of { $pages }
customers-next = Next
