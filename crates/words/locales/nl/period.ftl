# De keuze van een periode, voor bestedingsniveaus en de regelbouwer (period_select.rs).

period-calendar-year = Kalenderjaar { $year }
period-own-dates = Zelf gekozen data…
period-from = Van
period-to = tot
period-apply = Toepassen
period-first-day = Eerste dag
period-last-day = Laatste dag
