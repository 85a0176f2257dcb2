value-period = Dépenses comptées sur
value-period-all = Toutes les commandes du fichier
value-period-named = D’un schéma : { $period }
value-nobody = Aucun client n’a fait d’achat sur cette période.
value-concentration = Les 20 % meilleurs clients rapportent { $top } du chiffre d’affaires ({ $measure }) ; 80 % du chiffre d’affaires vient de { $few } des clients.
value-chart-title = Part du chiffre d’affaires selon la part des clients, meilleurs clients d’abord
value-chart-label = Courbe de Pareto du chiffre d’affaires par client
value-chart-axis = { $share } %
value-customers-spent = { $count ->
    [one] { $count } client a dépensé { $revenue } au total.
    [many] { $count } de clients ont dépensé { $revenue } au total.
   *[other] { $count } clients ont dépensé { $revenue } au total.
}
value-top-title = Les 10 meilleurs clients
value-column-rank = N°
value-column-customer = Client
value-column-where = Où
value-column-buys = Achète surtout
value-column-when = Quand
value-column-orders = Commandes

value-buys = { $category } ({ $share } des dépenses)
value-ordered-once = commande le { $day }
value-ordered-between = du { $first } au { $last }
value-last-order = dernière commande le { $day }
value-mostly-in = surtout en { $month }
value-mostly-on = surtout le { $weekday }
