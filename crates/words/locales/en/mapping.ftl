# The mapping screen (mapping.rs): how the file was read, what each column means, and the
# choices the merchant can correct before segmenting.

mapping-title = How your file was read
# The summary line. $file is the file's name, $size already written, $separator the
# separator's name as the reader gives it ("comma", "semicolon").
mapping-facts = { $rows ->
    [one] { $file } · { $rows } row · { $size } · { $separator } separated
   *[other] { $file } · { $rows } rows · { $size } · { $separator } separated
}
mapping-hint = Check what each column means. Segmenter guessed from the headers and the values; change anything that is wrong.
# Headings of the column table.
mapping-column = Column
mapping-examples = Examples
mapping-written-as = Written as
mapping-meaning = Meaning
mapping-segment = Segment my customers
mapping-reset = Reset to the suggested meanings

# The file's facts.
mapping-characters = Characters
mapping-encoding-label = Character encoding
mapping-time-zone = Time zone
mapping-time-zone-label = The shop's time zone
# The first choice of time zone: the browser's, with its name (Europe/Paris) and offset (UTC+01:00).
mapping-browser-zone-named = This browser's: { $name } ({ $offset })
mapping-browser-zone = This browser's ({ $offset })
mapping-time-zone-hint = Date-times with an offset (such as 2025-03-01T23:30:00Z) and Unix times fall on this zone's days and hours.
mapping-separator = Separator
# The separator's name and the character itself, e.g. comma (",").
mapping-separator-value = { $separator } ({ $character })
mapping-tab = tab
mapping-quoted = "{ $character }"
mapping-rows = Rows
mapping-rows-value = { $rows ->
    [one] { $rows } data row
   *[other] { $rows } data rows
}; { $blank ->
    [one] { $blank } blank row skipped
   *[other] { $blank } blank rows skipped
}; { $problems ->
    [one] { $problems } row could not be split into the header's columns
   *[other] { $problems } rows could not be split into the header's columns
}
mapping-excel-1904 = Dates are Excel serial numbers from the 1904 date system (Excel for Mac before 2011): they are 4 years and a day later than read
mapping-repaired = { $count } bytes were not valid UTF-8 and were read as Windows-1252 characters.

# A column's row: what it means, and how its numbers and dates are written.
mapping-meaning-of = Meaning of column { $column }
mapping-not-used = — not used —
mapping-decimal-separator = Decimal separator
mapping-date-both = Every date here fits both orders. Which is right?
mapping-date-order = Date order
mapping-day-first = Day first (31/12/2024)
mapping-month-first = Month first (12/31/2024)

# The date recency is measured from: "Measure recency as of [date] (leave empty …)".
mapping-recency-as-of = Measure recency as of
mapping-recency-empty = (leave empty for the day after the latest order)
