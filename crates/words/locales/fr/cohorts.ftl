# Les cohortes (cohorts.rs).

cohorts-hint = Les clients regroupés selon la date de leur première commande, et combien d’entre eux ont racheté à chaque période suivante.
cohorts-group-by = Regrouper par
cohorts-by-month = Mois de la première commande
cohorts-by-week = Semaine de la première commande
cohorts-by-quarter = Trimestre de la première commande
cohorts-show = Afficher
cohorts-share-who-bought = Part d’acheteurs
cohorts-revenue-per-customer = Chiffre d’affaires par client

cohorts-first-order-in = Première commande
cohorts-customers = Clients
cohorts-first = Début
cohorts-week = Semaine { $n }
cohorts-month = Mois { $n }
cohorts-quarter = Trimestre { $n }
cohorts-cell = { $cohort }, { $when } : { $bought } sur { $size } { $bought ->
    [one] a acheté
   *[other] ont acheté
}
cohorts-cell-first = première période
cohorts-cell-week = semaine { $n }
cohorts-cell-month = mois { $n }
cohorts-cell-quarter = trimestre { $n }
cohorts-earlier = { $count ->
    [one] { $count } cohorte antérieure n’est pas affichée.
   *[other] { $count } cohortes antérieures ne sont pas affichées.
}
cohorts-partial-week = La dernière semaine n’est pas encore terminée.
cohorts-partial-month = Le dernier mois n’est pas encore terminé.
cohorts-partial-quarter = Le dernier trimestre n’est pas encore terminé.

cohorts-list-first = { $cohort } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ayant commandé pour la première fois sur cette période
cohorts-list-weeks = { $cohort } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ayant acheté { $after } { $after ->
    [one] semaine
   *[other] semaines
} plus tard
cohorts-list-months = { $cohort } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ayant acheté { $after } mois plus tard
cohorts-list-quarters = { $cohort } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ayant acheté { $after } { $after ->
    [one] trimestre
   *[other] trimestres
} plus tard
cohorts-download = Télécharger cette liste (CSV)
cohorts-close = Fermer
