scores-quantiles = Les scores de 1 à { $points } répartissent les { $count } clients ayant commandé en { $points } groupes de taille à peu près égale pour chaque mesure ; des clients aux valeurs égales ont toujours le même score.
scores-thresholds = Les scores de 1 à { $points } suivent les seuils que vous avez fixés.
scores-no-dates = Ce fichier n’a pas de dates de commande, la récence ne peut donc pas être mesurée : les clients sont regroupés selon la fréquence de leurs commandes et leurs dépenses.
scores-recency = Récence (jours depuis la dernière commande) : { $ranges }.
scores-frequency = Fréquence (commandes) : { $ranges }.
scores-monetary = Montant (total dépensé) : { $ranges }.
scores-all = tous
scores-up-to = jusqu’à { $value }
scores-or-more = { $value } ou plus
scores-more-than = plus de { $value }
scores-between = { $from }–{ $to }
scores-over-up-to = plus de { $from } jusqu’à { $to }
scores-days = { $count ->
    [one] { $value } jour
   *[other] { $value } jours
}
scores-orders = { $count ->
    [one] { $value } commande
   *[other] { $value } commandes
}
scores-amount = { $value }
