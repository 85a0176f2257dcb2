# What happened to every row (report.rs).

report-title = What happened to each row
report-summary = { $read } rows read · { $used } used · { $left } left out
report-read = { $count } data rows read
report-used = { $count ->
    [one] { $count } row used
   *[other] { $count } rows used
}
report-blank = { $count ->
    [one] { $count } blank row skipped
   *[other] { $count } blank rows skipped
}
report-rejected = { $count ->
    [one] { $count } row could not be used (listed below)
   *[other] { $count } rows could not be used (listed below)
}
report-more = …and { $count } more in the downloadable list.
report-download = Download the list of rows left out (CSV)
