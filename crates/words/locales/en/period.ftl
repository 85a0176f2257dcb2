# The select of a period of spend shared by spend tiers and the rule builder (period_select.rs).

# $year is written as it is, without thousands marks: Calendar year 2025.
period-calendar-year = Calendar year { $year }
period-own-dates = Dates I choose…
# Around two date fields: "From [date] to [date]"; the fields are named by the first
# and last day.
period-from = From
period-to = to
period-apply = Apply
period-first-day = First day
period-last-day = Last day
