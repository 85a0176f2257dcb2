# The segment table (segment_table.rs). Headings share a narrow table: keep them short.

# $scheme is the scheme's name.
segment-table-title = { $scheme }: { $count ->
    [one] { $count } segment
   *[other] { $count } segments
}
segment-table-segment = Segment
segment-table-customers = Customers
segment-table-customer-share = % of customers
segment-table-revenue = Revenue
segment-table-revenue-share = % of revenue
segment-table-recency = Median days since last order
segment-table-frequency = Median orders
segment-table-monetary = Median spent
segment-table-alive = Still active
segment-table-alive-title = Of customers who ordered on two days or more, the average chance that they will still buy, by the prediction (orders on one day are too little for it to tell)
segment-table-value = Predicted value
segment-table-value-title = What the segment's customers are predicted to spend over the next year, discounted
segment-table-actions = Actions
# A row's buttons: list its customers, download them.
segment-table-list = Customers
segment-table-csv = CSV
segment-table-csv-label = CSV: download the { $segment } list
