# Choix d'une période : paliers de dépenses et éditeur de règles (period_select.rs).

period-calendar-year = Année civile { $year }
period-own-dates = Dates de mon choix…
period-from = Du
period-to = au
period-apply = Appliquer
period-first-day = Premier jour
period-last-day = Dernier jour
