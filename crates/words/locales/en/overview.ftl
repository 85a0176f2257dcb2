# What the page says about a file as it was read: the mapping screen's facts and columns
# (mapping.rs), how the file was understood (results.rs) and the row report (report.rs).
# The engine keeps these as facts; the page writes them in its language.

# The separator's name, after "Separator:" and in the summary line ("comma separated").
overview-comma = comma
overview-semicolon = semicolon
overview-tab = tab
overview-vertical-bar = vertical bar
overview-other-separator = other

# The character encodings the merchant can choose.
overview-utf-8 = UTF-8
overview-utf-16-le = UTF-16 (little-endian)
overview-utf-16-be = UTF-16 (big-endian)
overview-windows-1252 = Windows-1252 / ISO-8859-1 (Western European)

# How a column's values are written ("Written as" in the column table).
overview-whole-numbers = whole numbers
overview-text-all-different = text, all different
overview-text-values = { $count ->
    [one] text, { $count } value
   *[other] text, { $count } different values
}
overview-identifiers = identifiers, mostly different
overview-text-mostly-different = text, mostly different values
overview-decimal-point = decimal point (1,234.50)
overview-decimal-comma = decimal comma (1.234,50)
# Date patterns, in the letters the language's spreadsheets use for year, month and day.
overview-date-iso = YYYY-MM-DD
overview-date-year-first = YYYY/MM/DD
overview-date-dotted = DD.MM.YYYY
overview-date-day-first = DD/MM/YYYY
overview-date-month-first = MM/DD/YYYY
overview-date-month-names = with month names (Jan 5, 2024)
# $date is one of the patterns above.
overview-date-with-time = { $date } with time
# Numbers that stand for dates.
overview-excel-serial = Excel date serial numbers
overview-excel-1904 = Excel date serial numbers (1904 date system)
overview-unix-seconds = Unix time in seconds
overview-unix-millis = Unix time in milliseconds
overview-compact-ymd = YYYYMMDD
overview-not-dates = numbers that are not dates

# What a column means (the "Meaning" choices of the column table).
overview-role-customer-id = Customer ID
overview-role-email = E-mail
overview-role-first-name = First name
overview-role-last-name = Last name
overview-role-full-name = Full name
overview-role-company = Company
overview-role-order-id = Order ID
overview-role-order-date = Order date
overview-role-order-time = Order time
overview-role-amount = Amount
overview-role-quantity = Quantity
overview-role-unit-price = Unit price
overview-role-refunded-amount = Refunded amount
overview-role-product = Product
overview-role-sku = SKU
overview-role-category = Product category
overview-role-country = Country
overview-role-region = Region / state
overview-role-city = City
overview-role-postal-code = Postal code
overview-role-age = Age
overview-role-birth-date = Birth date
overview-role-gender = Gender
overview-role-industry = Industry
overview-role-company-size = Company size
overview-role-discount-code = Discount used
overview-role-order-status = Order status
overview-role-cancelled-at = Cancelled at
overview-role-accepts-marketing = Accepts marketing
overview-role-total-spent = Total spent
overview-role-orders-count = Number of orders
overview-role-last-order-date = Last order date
overview-role-first-order-date = First order date

# What a row of the file stands for, after "Read as" (results-read-as).
overview-shape-order-lines = order lines (several rows per order)
overview-shape-orders = orders (one row per order)
overview-shape-customer-summary = customer summary (one row per customer with totals)

# The row report. Counts in English arrive as plain digits (12345), so English chooses the
# singular with [1]; the other languages choose by plural category.
# What an order status means, in brackets after the status ($class below).
overview-status-kept = kept
overview-status-cancelled = cancelled or failed
overview-status-refunded = refunded
overview-status-unpaid = not paid
overview-status-test = test orders
# Orders left out on purpose. $status is the status as the file writes it.
overview-left-out-status = { $count ->
    [1] { $count } order
   *[other] { $count } orders
} with status "{ $status }" ({ $class })
overview-left-out-cancelled = { $count ->
    [1] { $count } cancelled order
   *[other] { $count } cancelled orders
} (a cancellation date is set)
overview-left-out-refunds = { $count ->
    [1] { $count } row with a negative amount counted as a refund: it lowers the customer's spend but is not an order
   *[other] { $count } rows with negative amounts counted as refunds: they lower the customer's spend but are not orders
}
# $date is the reference date, written out ("1 June 2025").
overview-left-out-after-reference = { $count ->
    [1] { $count } order
   *[other] { $count } orders
} dated on or after { $date }, the reference date: the segments show the shop as it stood at the start of that day
# The same, when the orders have more rows than one each.
overview-left-out-after-reference-rows = { $count ->
    [1] { $count } order
   *[other] { $count } orders
} ({ $rows } rows) dated on or after { $date }, the reference date: the segments show the shop as it stood at the start of that day
# $code is a currency's code (USD).
overview-left-out-currency = { $count ->
    [1] { $count } row
   *[other] { $count } rows
} in { $code }: amounts in different currencies are never added together, so each currency is segmented on its own
# Notes on how the file was counted.
overview-note-unnamed-currency = { $count ->
    [1] { $count } row names
   *[other] { $count } rows name
} no currency while others do; they are counted in { $code }, the currency on show.
# $amounts is one of the explanations below.
overview-note-amounts = Amounts: { $amounts }.
overview-amount-line-totals = each row's amount is a line total; an order is their sum
overview-amount-order-total-on-first-row = the order total is on each order's first row; it is counted once per order
overview-amount-order-total-repeated = the order total is repeated on each of the order's rows; it is counted once per order
overview-amount-quantity-times-price = amount = quantity × unit price, added up per order
