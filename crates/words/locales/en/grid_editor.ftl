# The grid editor under the grid chart (grid_editor.rs).

grid-editor-title = Edit the grid and the score scale
# The name a scheme gets once the merchant changes a cell of its grid.
grid-editor-edited-name = { $name } (edited)
# $names is a list of segment names such as "Loyal", "At risk" or "Lost".
grid-editor-unreached = No cell leads to { $names }, so no customer can be in it.
# A segment name quoted in a sentence.
grid-editor-quoted = "{ $name }"
# The end of a list of choices: $rest is the names before the last, joined by commas.
grid-editor-list-or = { $rest } or { $last }
# $count cells go to the scheme's last segment, $segment.
grid-editor-uncovered = { $count ->
    [one] { $count } of the grid's cells belongs to no segment; its customers go to "{ $segment }".
   *[other] { $count } of the grid's cells belong to no segment; their customers go to "{ $segment }".
}
# Placeholder and label of the field for a segment name the cells can then be given.
grid-editor-new-name = A new segment name
grid-editor-add-name = Add it to the cell lists
grid-editor-points = Score points
grid-editor-points-5 = 5 (quintiles)
grid-editor-points-3 = 3 (for small shops)
# The thresholds fields: numbers separated by semicolons, from which each score starts.
grid-editor-recency-thresholds = Recency: thresholds in days, ascending (empty = equal groups)
grid-editor-frequency-thresholds = Frequency: thresholds in orders, ascending (empty = equal groups)
# $currency is the shop's currency symbol: $, €, CHF.
grid-editor-monetary-thresholds = Monetary: thresholds in { $currency } spent, ascending (empty = equal groups)
# The same when the file's amounts carry no currency.
grid-editor-monetary-thresholds-plain = Monetary: thresholds in money spent, ascending (empty = equal groups)
grid-editor-equal-groups = equal groups
grid-editor-thresholds-hint = A value up to the first threshold scores 1, up to the second 2, and so on (recency the other way round: the most recent score highest). Give one threshold fewer than the score points.
