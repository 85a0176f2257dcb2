# How RFM scores were made (segmentation/rfm.rs). $points is 3, 4 or 5; $count the customers scored.
scores-quantiles = Scores 1–{ $points } split the { $count } customers who ordered into { $points } groups of about equal size on each measure; customers with equal values always share a score.
scores-thresholds = Scores 1–{ $points } use the thresholds you set.
scores-no-dates = This file has no order dates, so recency cannot be measured: customers are grouped by how often they ordered and how much they spent.
# $ranges is a list such as "5 = up to 14 days, 4 = 15–45 days".
scores-recency = Recency (days since the last order): { $ranges }.
scores-frequency = Frequency (orders): { $ranges }.
scores-monetary = Monetary (total spent): { $ranges }.
# One range of values; $value, $from and $to are already written.
scores-all = all
scores-up-to = up to { $value }
scores-or-more = { $value } or more
scores-more-than = more than { $value }
scores-between = { $from }–{ $to }
scores-over-up-to = over { $from } up to { $to }
# A range with its unit; $count is the value that decides singular or plural.
scores-days = { $count ->
    [one] { $value } day
   *[other] { $value } days
}
scores-orders = { $count ->
    [one] { $value } order
   *[other] { $value } orders
}
scores-amount = { $value }
