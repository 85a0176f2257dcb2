# The charts (charts.rs): the R×F grid, the segment bars, the places of a geography scheme.

# A grid cell's tooltip, e.g. "R5 F1: New Customers, 12 customers"; $rows and $columns
# are the axes' letters (R, F, M), $row and $column the scores.
charts-cell-title = { $rows }{ $row } { $columns }{ $column }: { $segment }, { $count } customers
# $row-name and $column-name are the scores' names (recency, frequency, monetary).
charts-grid-caption = Customers by { $row-name } ({ $rows }) and { $column-name } ({ $columns }) score
charts-grid-label = Heat map of customers by recency and frequency score
charts-grid-note-rf = Top right: recent and frequent. Bottom left: long gone, bought once.
charts-grid-note-fm = Top right: frequent and big spenders. Bottom left: one small order.
charts-bars-title = Customers per segment
charts-bars-label = Bar chart of customers per segment

charts-places-title = Where your customers are
charts-places-none = No customer's area is known.
charts-places-one = All the customers whose area is known are in { $place }.
# $customers and $revenue are shares already written (45.2%).
charts-places-top = The top { $top } of { $count } areas hold { $customers } of customers and { $revenue } of revenue.
# An area's figures: customers (share), revenue (share); $revenue is an amount already written.
charts-place-figures = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} ({ $share }), { $revenue } of revenue ({ $revenue-share })
# The customers outside the ranked areas, e.g. "Other areas: 12 customers (3.1%)".
charts-place-outside = { $place }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
} ({ $share })
# The world map of a country scheme: what it shows (read by screen readers), its key, a
# country's hover text ($figures as charts-place-figures writes them), and the places no
# country on the map was found for.
charts-map-label = World map of your customers by country, the colour stronger where there are more. The list below gives each country's figures.
charts-map-key = The stronger a country's colour, the more customers it has; point at one for its figures.
charts-map-country = { $place }: { $figures }
charts-map-missing = Not on the map (no country of that name): { $places }.
