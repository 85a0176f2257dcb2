value-period = Bestedingen geteld over
value-period-all = Alle bestellingen in het bestand
value-period-named = Uit een schema: { $period }
value-nobody = Geen enkele klant heeft in deze periode iets besteed.
value-concentration = De beste 20% van de klanten brengt { $top } van de omzet op ({ $measure }); 80% van de omzet komt van { $few } van de klanten.
value-chart-title = Aandeel in de omzet per aandeel klanten, beste klanten eerst
value-chart-label = Paretocurve van de omzet per klant
value-chart-axis = { $share }%
value-customers-spent = { $count ->
    [one] { $count } klant besteedde in totaal { $revenue }.
   *[other] { $count } klanten besteedden in totaal { $revenue }.
}
value-top-title = Top 10 klanten
value-column-rank = Nr.
value-column-customer = Klant
value-column-where = Waar
value-column-buys = Koopt vooral
value-column-when = Wanneer
value-column-orders = Bestellingen

value-buys = { $category } ({ $share } van de besteding)
value-ordered-once = besteld op { $day }
value-ordered-between = { $first } tot { $last }
value-last-order = laatste bestelling op { $day }
value-mostly-in = vooral in { $month }
value-mostly-on = vooral op { $weekday }
