# The tabs of the results' views (tabs.rs). Keep them short: they share one line.

tabs-segments = Segments
tabs-builder = Build your own
tabs-clusters = Clusters
tabs-crosstab = Cross-tab
tabs-value = Top customers
tabs-future = Future value
tabs-migration = Through time
tabs-cohorts = Cohorts
tabs-plan = Campaign plan
