# Clusters found by k-means, named and described (segmentation/clustering.rs).
# $traits is up to three of the kmeans-* traits below, joined by commas.
kmeans-name-typical = Cluster { $number }: typical customers
kmeans-name = Cluster { $number }: { $traits }
kmeans-one-time = one-time
kmeans-recent = recent
kmeans-lapsed = lapsed
kmeans-frequent = frequent
kmeans-few-orders = few orders
kmeans-high-spend = high spend
kmeans-low-spend = low spend
kmeans-big-baskets = big baskets
kmeans-small-baskets = small baskets
kmeans-long-standing = long-standing
kmeans-new = new
kmeans-slow-rhythm = slow rhythm
kmeans-fast-rhythm = fast rhythm
# $feature is a measure's name, e.g. "age".
kmeans-high = high { $feature }
kmeans-low = low { $feature }
# A cluster's typical customer; $parts joins the kmeans-* parts below with commas.
kmeans-typically = Typically { $parts }.
kmeans-spends = spends { $amount } ({ $relative })
kmeans-times-median = { $ratio }× the shop's median
kmeans-share-of-median = { $share }% of the shop's median
kmeans-about-median = about the shop's median
kmeans-once = has ordered once
kmeans-orders-every = { $orders } orders, one every { $days }
kmeans-orders = { $orders } orders
kmeans-last-seen = last seen { $days } ago
kmeans-other = { $feature } { $value } (shop median { $median })
kmeans-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# The clusters as a scheme: its name (k is 2 to 8), and the segment of customers missing a
# chosen figure.
kmeans-scheme-name = { $count } clusters
kmeans-not-clustered = Not clustered (a chosen figure is unknown)
