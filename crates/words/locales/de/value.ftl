value-period = Zeitraum der Ausgaben
value-period-all = Alle Bestellungen der Datei
value-period-named = Aus einem Schema: { $period }
value-nobody = In diesem Zeitraum hat kein Kunde etwas ausgegeben.
value-concentration = Die besten 20 % der Kunden bringen { $top } des Umsatzes ({ $measure }); 80 % des Umsatzes kommen von { $few } der Kunden.
value-chart-title = Umsatzanteil nach Kundenanteil, beste Kunden zuerst
value-chart-label = Pareto-Kurve des Umsatzes nach Kunden
value-chart-axis = { $share } %
value-customers-spent = { $count ->
    [one] { $count } Kunde hat insgesamt { $revenue } ausgegeben.
   *[other] { $count } Kunden haben insgesamt { $revenue } ausgegeben.
}
value-top-title = Die 10 besten Kunden
value-column-rank = Nr.
value-column-customer = Kunde
value-column-where = Wo
value-column-buys = Kauft am meisten
value-column-when = Wann
value-column-orders = Bestellungen

value-buys = { $category } ({ $share } der Ausgaben)
value-ordered-once = bestellt am { $day }
value-ordered-between = { $first } bis { $last }
value-last-order = letzte Bestellung am { $day }
value-mostly-in = meist im { $month }
value-mostly-on = meist an einem { $weekday }
