# The select of a period of spend shared by spend tiers and the rule builder (period_select.rs).

period-calendar-year = Kalenderjahr { $year }
period-own-dates = Selbst gewählte Daten…
period-from = Von
period-to = bis
period-apply = Anwenden
period-first-day = Erster Tag
period-last-day = Letzter Tag
