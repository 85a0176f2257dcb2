# The scheme bar above the results: which segmentation is on show, its options, saving,
# sharing and importing schemes (scheme_bar.rs).

# The families the schemes are grouped in.
scheme-bar-family-rfm = RFM
scheme-bar-family-value = Value
scheme-bar-family-places = Places
scheme-bar-family-who = Who they are
scheme-bar-family-how = How they buy
scheme-bar-my-schemes = My schemes
# A scheme the file cannot give: $scheme is its name, $why the reason, both from the engine.
scheme-bar-unavailable = { $scheme } ({ $why })
scheme-bar-segment-by = Segment by
scheme-bar-split-by = Split each segment by
# The choice of no second scheme.
scheme-bar-split-by-nothing = Nothing
# $count customers; $ms a whole number of milliseconds.
scheme-bar-run-time = { $count ->
    [one] { $count } customer segmented in { $ms } ms.
   *[other] { $count } customers segmented in { $ms } ms.
}
scheme-bar-edit-rules = Edit as rules
scheme-bar-save = Save to my schemes
scheme-bar-download = Download scheme (JSON)
scheme-bar-import = Import a scheme…
scheme-bar-download-summary = Download segment summary (CSV)
# Followed by a list of database engines (DuckDB, BigQuery, …).
scheme-bar-warehouse = Run this in your warehouse:
scheme-bar-download-sql = Download SQL

# The options of a built-in scheme.
scheme-bar-areas = Areas with their own segment
scheme-bar-postal-prefix = Postal area: first characters (0 = whole code)
scheme-bar-age-bands = Age bands start at (years)
scheme-bar-size-bands = Size bands start at (employees)
scheme-bar-period = Spend counted over

# The season calendar: each season's name, the occasion it leads up to, and how many days
# before the occasion count.
scheme-bar-edit-seasons = Edit the season calendar
scheme-bar-season = Season
scheme-bar-occasion = Occasion
scheme-bar-days-counted = Days counted, up to the occasion
scheme-bar-days-counted-label = Days counted
scheme-bar-season-name = Season name
scheme-bar-black-friday = Black Friday to Cyber Monday
scheme-bar-day = Day
scheme-bar-month = Month
# An occasion such as "second Sunday of May": which one, the weekday, "of", the month.
scheme-bar-which = Which
scheme-bar-first = first
scheme-bar-second = second
scheme-bar-third = third
scheme-bar-fourth = fourth
scheme-bar-weekday = Weekday
scheme-bar-monday = Monday
scheme-bar-tuesday = Tuesday
scheme-bar-wednesday = Wednesday
scheme-bar-thursday = Thursday
scheme-bar-friday = Friday
scheme-bar-saturday = Saturday
scheme-bar-sunday = Sunday
scheme-bar-of = of
scheme-bar-remove = Remove
# The name a season added by the merchant starts with (15 July, 14 days before).
scheme-bar-new-season = Summer sale
scheme-bar-add-season = Add a season
scheme-bar-measure-seasons = Measure these seasons
