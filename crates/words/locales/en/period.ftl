# The select of a period of spend shared by spend tiers, the rule builder and Top customers
# (period_select.rs).

# $year is written as it is, without thousands marks: Calendar year 2025.
period-calendar-year = Calendar year { $year }
period-last-12-months = The last 12 months
period-last-24-months = The last 24 months
period-own-dates = Dates I choose…
# Around two date fields: "From [date] to [date]"; the fields are named by the first
# and last day.
period-from = From
period-to = to
period-apply = Apply
period-first-day = First day
period-last-day = Last day
# Under the select, when the results' date (the date they are as of, set above the
# results) cuts the period chosen short, or comes before it. Days in words (1 June 2024).
period-cut-short = The results are as of { $reference }: spend is counted up to and including { $last }.
period-after-reference = The results are as of { $reference }, before this period starts: no order in it counts. Choose an earlier period, or a later date above.
