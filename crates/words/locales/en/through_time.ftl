# Segments through time (through_time.rs): the shop compared with itself on an earlier day
# or with another export of it; who moved from which segment to which.

# $scheme: the name of the segmentation on show.
through-time-hint = Who moved between the segments of "{ $scheme }": the shop as it stood on an earlier day, or as an older or newer export of it shows it, segmented the same way.
# Instead of the comparison, while the scheme on show stands in for one on predicted figures (Future value) until they are made.
through-time-waiting = Waiting for the predictions: the comparison is made with the scheme that reads them as soon as they are ready…
# Before a date field.
through-time-from-label = Compare with the shop as it stood on
through-time-compare = Compare
# Between the Compare button and the file button.
through-time-or = or
through-time-compare-file = Compare with another export of this shop…
# $from and $to: the two snapshots in words ("1 January 2025", or a file and its day).
through-time-title = From { $from } to { $to }
through-time-how-to-read = Rows: the segment then. Columns: the segment now. Each cell: customers, then their share of the row; open a cell for its customers, a campaign and a list.
# The table's top-left corner: the rows are the segment then, the columns the segment now.
through-time-corner = Then \ now
through-time-net-change = Net change
through-time-download = Download who moved where (CSV)
# Read aloud by screen readers in a table cell, between the number of customers (shown,
# not part of this message) and their share of the row: "12 customers, 45.0%".
through-time-cell-customers = { $count ->
    [one] customer,
   *[other] customers,
}
# Read aloud after the share: "45.0% of the row: Champions → At Risk".
through-time-cell-row = of the row: { $from } → { $to }
# A band of the flow chart, shown on hover.
through-time-band = { $from } → { $to }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
through-time-flow-caption = Where each segment's customers went (left: then, right: now)
# Read by screen readers for the flow chart.
through-time-flow-label = Flow chart of customers between segments; the table above gives the same figures

# The customers of the cell opened. $label: the movement, "Champions → At Risk".
through-time-cell-title = { $label } — { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
through-time-cell-download = Download this list (CSV)
through-time-close = Close
# $amount: money in the shop's currency; $day: a date written out.
through-time-at-stake = They spent { $amount } in the year before { $day }.
# $objective: the campaign's aim, in words.
through-time-campaign = Campaign: { $objective }
through-time-offer = Offer
through-time-channel = Channel
through-time-timing = Timing
through-time-message = Message
# What to keep an eye on once the campaign runs.
through-time-watch = Watch
# Before the reason for the campaign.
through-time-why = Why:
