# Clusters (clusters.rs): customers grouped by k-means on the figures the merchant picks.

clusters-hint = k-means groups customers who look alike on the figures you pick (each on a log scale, then standardized). The number of clusters is the one whose clusters are best separated (highest silhouette), unless you set it.
# Above the figures (number of orders, revenue, …) to cluster on.
clusters-cluster-on = Cluster on
clusters-number = Number of clusters
# The choice of letting the numbers decide how many clusters.
clusters-best = Best separated (2–8)
clusters-option = { $count } clusters
clusters-find = Find clusters

# $figures: the figures' names, in lower case in a sentence, with commas.
clusters-summary = { $count } clusters on { $figures }.
clusters-sampled = Fitted on a random sample of { $count } customers, then every customer was assigned to the nearest centre.
clusters-left-out = { $count ->
    [one] { $count } customer without every chosen figure is left out.
   *[other] { $count } customers without every chosen figure are left out.
}
# "Segments" is the name of the page's first tab.
clusters-now-segments = They are now the segments on the Segments tab, with campaigns and lists.
# The table of every number of clusters tried: how well separated they are.
clusters-silhouette = Silhouette
clusters-used-best = used: best separated
clusters-used-chosen = used: your choice
clusters-best-separated = best separated
# $y and $x: the names of the two figures plotted.
clusters-scatter-caption = { $y } by { $x } (log scales)
# Read by screen readers for the chart.
clusters-scatter-label = Scatter plot of customers coloured by cluster
