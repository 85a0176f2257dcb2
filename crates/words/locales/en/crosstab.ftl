# The cross-tab (crosstab.rs): the segmentation on show crossed with another.

# $scheme: the name of the segmentation on show; a list of the others follows.
crosstab-cross-with = Cross "{ $scheme }" with
crosstab-choose = Choose a scheme…
# $rows and $columns: the names of the two segmentations.
crosstab-how-to-read = Rows: { $rows }. Columns: { $columns }. Each cell: customers, then revenue; open a cell to list its customers.
