# Why a file cannot be read at all (the engine's ReadError). $columns is a count; $size and
# $limit are sizes already written ("48 MB").

read-empty = This file is empty. Choose the CSV file your shop exported.
read-header-only = This file has a header row ({ $columns } columns) but no data rows below it. Export again with a date range that includes orders.
read-workbook = This is an Excel workbook (.xlsx) or a zip archive, not a CSV file. Open it in Excel, Numbers or Google Sheets and save or download it as CSV, then choose that file.
read-old-excel = This is an old Excel workbook (.xls), not a CSV file. Open it in Excel and choose File › Save As › CSV, then choose that file.
read-gzip = This file is compressed (.gz). Unpack it first (double-click it), then choose the CSV file inside.
read-pdf = This is a PDF document, not a CSV file. Export your orders or customers from your shop as CSV instead.
read-not-text = This file is not text, so it cannot be a CSV export. Choose the CSV file your shop exported.
# $header is the file's first line as read.
read-single-column = Only one column was found (header: "{ $header }"). A CSV export separates its columns with commas, semicolons, tabs or vertical bars; this file does not seem to. Check that it is the CSV export and not a plain list.
read-file-unavailable = The browser could not read this file. It may have been moved, renamed, changed or opened by another program while it was read; choose it again.
read-too-large = This file is { $size } and this browser tab can work with files up to { $limit }. Export a shorter period (for example the last two years) and try again.

# Why one row was left out (Problem), written after "Line 12:" (row-problem), so it starts
# in lower case. $text is the cell as written.
problem-field-count = has { $found } values but the header has { $expected } columns; a quote or separator may be missing
problem-missing-order-date = has no order date
problem-missing-unit-price = has no unit price
problem-missing-amount = has no amount
problem-missing-customer-id = has no customer ID
problem-missing-email = has no e-mail
problem-not-a-number = "{ $text }" is not a number
problem-not-a-date = "{ $text }" is not a date
problem-duplicate-customer = customer "{ $customer }" appears on an earlier line; the earlier row was used
# The header of the downloadable list of rows left out: the line, the column and why
# (a problem-* message above).
problem-file-line = line
problem-file-column = column
problem-file-reason = reason
# A row left out: its line in the file (the header is line 1), the column, and $problem, one
# of the problem-* messages above.
row-problem = Line { $line }: { $problem }
row-problem-column = Line { $line }, column "{ $column }": { $problem }
