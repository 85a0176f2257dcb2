# Die Wahl eines Zeitraums für Umsatzstufen und den Regel-Editor (period_select.rs).

period-calendar-year = Kalenderjahr { $year }
period-own-dates = Eigener Zeitraum…
period-from = Von
period-to = bis
period-apply = Anwenden
period-first-day = Erster Tag
period-last-day = Letzter Tag
