# Why the engine could not answer (EngineError and the errors inside it). Dates arrive
# written out ("3 March 2026"); names of files, schemes and segments as the merchant wrote
# them. Quoted menu names ("Download scheme") are the page's English labels for now.

error-no-customers-yet = There was no customer yet at the start of { $day }: every order is dated on or after it. Choose a later date.
# $count is the number of rows dated before $day, none of which made a customer.
error-no-usable-order-yet = There was no customer yet at the start of { $day }: { $count ->
    [1] the one row dated before it could not be used
   *[other] none of the { $count } rows dated before it could be used
}. Choose a later date.
error-migration-dates = The first date ({ $from }) must come before the second ({ $to }).
# $missing is one or more of the missing-* sentences.
error-other-file-mapping = { $file } does not have the same columns as the file on show, and its own could not all be recognised. { $missing }
# Two files to compare: $ids identifies customers only by customer ID, $emails only by e-mail
# address (had both an e-mail column, both would be matched by it).
error-keyed-differently = { $ids } identifies customers only by customer ID and { $emails } only by e-mail address, so no customer could be found in both files. Compare two exports that identify customers the same way.
error-summary-before-last-order = This file lists each customer's totals, not their orders, so it cannot show the shop as it stood on { $reference }. Choose { $earliest } or later, or use an export of orders.
# The other file of a comparison, and why it could not be read or analysed: $error is one
# of the read-* sentences, or another error-* sentence.
error-read-other = { $file }: { $error }
error-no-file = Choose a file first.
error-no-file-sent = No file came with the request.
# $problem is the first row left out (row-problem), or nothing.
error-nothing-usable = None of the { $rows } rows could be used. { $problem }
# $currency is the one counted in a file of several; $problem as above.
error-nothing-usable-in = { $rows ->
    [1] The one row in { $currency } could not be used.
   *[other] None of the { $rows } rows in { $currency } could be used.
} { $problem }
# $asked is the code a host or --currency asked for; $list the currencies the file names,
# each with its rows (results-currency-rows), joined with commas.
error-currency-not-in-file = This file has no rows in { $asked }. Its currencies: { $list }.
error-conventions-unsettled = The file's number and date conventions could not be settled.
error-no-analysis = Segment the customers first.
error-no-crosstab = Make a cross-tab first.
error-no-migration = Compare two dates or two files first.
error-no-such-segment = Choose a segment first.
error-nothing-to-export = There is nothing to export yet.
# $reason is in English for now.
error-not-records = This file does not hold campaign records ({ $reason }). Choose a file saved with "Download these records".
# $reason is the JSON reader's, in English.
error-not-a-scheme = This file is not a Segmenter scheme (line { $line }, column { $column }: { $reason }). Choose a file saved with "Download scheme".
# $known lists the scheme keys, separated by commas.
error-unknown-scheme = There is no scheme "{ $key }". Known schemes: { $known }.
# $why is a sentence in English for now.
error-scheme-unavailable = The scheme "{ $name }" cannot be used with this file: { $why }
error-unknown-segment = There is no segment "{ $name }". Segments: { $known }.
error-empty-segment = { $segment } has no customers to send a campaign to.
# $left is one of the left-out-* sentences.
error-nobody-reachable = Nobody in { $segment } can be sent this list. { $left }
error-nobody-reachable-without-email = Nobody in { $segment } can be sent this list. { $left } Choose "Any tool (plain CSV)" to list them by customer ID instead.
# Who of a segment is not on a campaign list: $customers in the segment, $declined who
# declined marketing, $without who have no e-mail address.
left-out-declined = Of the segment's { $customers } customers, { $declined } declined marketing: they are not on the list.
left-out-without-email = Of the segment's { $customers } customers, { $without } have no e-mail address: they are not on the list.
left-out-declined-and-without-email = Of the segment's { $customers } customers, { $declined } declined marketing and { $without } have no e-mail address: they are not on the list.
error-cannot-measure-columns = { $file } cannot be used to measure campaigns: { $missing }
error-cannot-measure-undated = { $file } has no dated orders, so it cannot show what customers bought after a campaign: drop an orders export.
error-bad-message = The page sent a message the engine does not understand.
error-unexpected-answer = The engine answered with something the page did not ask for. Try again.
error-stopped = The work was stopped.

# A role the column choices lack (Missing); several are written one after the other.
missing-customer = Choose the column that identifies the customer (a customer ID, or the e-mail address).
missing-order-date = Choose the column with the order date.
missing-amount = Choose the column with the order amount (or the unit price).

# A rule that cannot be evaluated on this file (SchemeError).
error-rule-unknown-feature = The rule for "{ $segment }" uses "{ $feature }", which this file does not have. Map the column it needs, or change the rule.
error-rule-not-a-number = The rule for "{ $segment }" compares "{ $feature }" as a number, but it is not one.
error-rule-not-a-date = The rule for "{ $segment }" compares "{ $feature }" as a date, but it is not one.
error-rule-not-a-category = The rule for "{ $segment }" compares "{ $feature }" as a category, but it is not one.
error-rule-not-text = The rule for "{ $segment }" compares "{ $feature }" as text, but it is not one.

# Why customers cannot be clustered (ClusterError). $feature is a figure's name.
error-cluster-no-features = Choose at least one figure to cluster on.
error-cluster-unknown-feature = This file has no "{ $feature }" to cluster on.
error-cluster-not-numeric = "{ $feature }" is not a number, so it cannot be used for clustering.
error-cluster-too-few = Only { $count } customers have every chosen figure; clustering needs at least 10.

# Why nothing can be predicted (InvalidOptions, PredictionError).
error-horizon-zero = Predictions need a horizon of at least one day.
error-discount-rate = The monthly discount rate must be a number of 0 or more, not { $rate }.
error-impossible-history = Customer { $customer } has an impossible purchase history, so nothing can be predicted.
error-history-too-short = Predictions need at least 3 months of orders before the reference date; these orders cover { $days } days.
error-too-few-repeat-customers = Predictions need at least { $needed } customers who ordered on two different days; this shop has { $count }.
error-purchases-not-fitted = The repeat-purchase model could not be fitted to these orders: it did not settle on an answer.
error-order-values-not-fitted = The order-value model could not be fitted to these orders: it did not settle on an answer.
error-purchases-not-finite = The repeat-purchase model gave figures too large to use for these orders.
error-order-values-not-finite = The order-value model gave figures too large to use for these orders.
error-no-repeat-spend = Order values cannot be predicted: no customer spent anything on a repeat order.
error-order-values-unbounded = Order values cannot be predicted: repeat customers' spending varies too widely for the order-value model to give a sensible average.

# Why a scheme cannot be written as SQL (SqlError). $role is the column's role, in English
# for now; $key is the command line's name for it, not translated.
error-sql-unsupported-feature = The scheme uses "{ $feature }", which the SQL version does not compute yet; segment with the page or the command line instead.
error-no-spend-period = The scheme uses the spend in a period without saying which period. Name it in the scheme file with "period" (a scheme downloaded from the page does), or choose the period on the "Top customers" tab, then the scheme again.
error-sql-unsupported-preset = "{ $name }" cannot be written as SQL yet; segment with the page or the command line instead.
error-sql-missing-column = { $scheme } needs the column with the { $role } (add --map { $key }=COLUMN).
error-sql-missing-column-every-scheme = Every scheme needs the column with the { $role } (add --map { $key }=COLUMN).
error-sql-needs-prediction = { $scheme } reads predicted figures, which need the models fitted to your orders: predict first (in the page, Future value), or on the command line give the orders file (segmenter sql FILE …), and the query carries the models' parameters.
error-sql-not-a-number = A rule compares "{ $feature }" as a number, which it is not.
error-sql-not-a-date = A rule compares "{ $feature }" as a date, which it is not.
error-sql-not-a-category = A rule compares "{ $feature }" as a category, which it is not.

# A record kept in the browser that could not be read (StoreError). $reason is in English
# for now.
error-stored-mapping = Your column choices for this file kept in this browser could not be read ({ $reason }), so they are not shown. Nothing was deleted: the stored copy is kept as it was.
error-stored-schemes = Your saved schemes kept in this browser could not be read ({ $reason }), so they are not shown. Nothing was deleted: the stored copy is kept as it was.
error-stored-campaign-edits = Your edited campaigns kept in this browser could not be read ({ $reason }), so they are not shown. Nothing was deleted: the stored copy is kept as it was.
error-stored-campaign-records = Your records of exported campaigns kept in this browser could not be read ({ $reason }), so they are not shown. Nothing was deleted: the stored copy is kept as it was.
error-stored-host-consents = Your answers to the sites that embed Segmenter kept in this browser could not be read ({ $reason }), so they are not shown. Nothing was deleted: the stored copy is kept as it was.
error-stored-preferences = Your preferences kept in this browser could not be read ({ $reason }), so they are not shown. Nothing was deleted: the stored copy is kept as it was.
error-snapshot-not-predicted = As of { $day }, the predictions this scheme reads cannot be made: { $error } A scheme on the orders alone, such as RFM, can be compared from that day.
