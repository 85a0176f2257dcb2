# Choix d'une période : paliers de dépenses, éditeur de règles et meilleurs clients (period_select.rs).

period-calendar-year = Année civile { $year }
period-last-12-months = Les 12 derniers mois
period-last-24-months = Les 24 derniers mois
period-own-dates = Dates de mon choix…
period-from = Du
period-to = au
period-apply = Appliquer
period-first-day = Premier jour
period-last-day = Dernier jour
period-cut-short = Les résultats sont arrêtés au { $reference } : les dépenses sont comptées jusqu’au { $last } inclus.
period-after-reference = Les résultats sont arrêtés au { $reference }, avant le début de cette période : aucune de ses commandes n’est comptée. Choisissez une période antérieure, ou une date plus tardive ci-dessus.
