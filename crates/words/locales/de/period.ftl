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
period-cut-short = Stand der Ergebnisse: { $reference }. Ausgaben werden bis einschließlich { $last } gezählt.
period-after-reference = Stand der Ergebnisse: { $reference }, vor Beginn dieses Zeitraums. Darin zählt keine Bestellung. Wählen Sie einen früheren Zeitraum oder oben ein späteres Datum.
