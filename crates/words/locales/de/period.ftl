# Die Wahl eines Zeitraums für Umsatzstufen, den Regel-Editor und Top-Kunden (period_select.rs).

period-calendar-year = Kalenderjahr { $year }
period-last-12-months = Die letzten 12 Monate
period-last-24-months = Die letzten 24 Monate
period-own-dates = Eigener Zeitraum…
period-from = Von
period-to = bis
period-apply = Anwenden
period-first-day = Erster Tag
period-last-day = Letzter Tag
period-cut-short = Die Ergebnisse gelten zum { $reference }: Ausgaben werden bis zum { $last } gezählt.
period-after-reference = Die Ergebnisse gelten zum { $reference }, vor Beginn dieses Zeitraums: Keine Bestellung darin zählt. Wählen Sie einen früheren Zeitraum oder oben ein späteres Datum.
