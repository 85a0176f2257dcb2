# De keuze van een periode, voor bestedingsniveaus, de regelbouwer en topklanten (period_select.rs).

period-calendar-year = Kalenderjaar { $year }
period-last-12-months = De laatste 12 maanden
period-last-24-months = De laatste 24 maanden
period-own-dates = Zelf gekozen data…
period-from = Van
period-to = tot
period-apply = Toepassen
period-first-day = Eerste dag
period-last-day = Laatste dag
period-cut-short = De resultaten gelden per { $reference }: uitgaven worden geteld tot en met { $last }.
period-after-reference = De resultaten gelden per { $reference }, vóór het begin van deze periode: geen enkele bestelling erin telt mee. Kies een eerdere periode of hierboven een latere datum.
