kmeans-name-typical = Groupe { $number } : clients typiques
kmeans-name = Groupe { $number } : { $traits }
kmeans-one-time = achat unique
kmeans-recent = récents
kmeans-lapsed = inactifs
kmeans-frequent = fréquents
kmeans-few-orders = peu de commandes
kmeans-high-spend = dépenses élevées
kmeans-low-spend = dépenses faibles
kmeans-big-baskets = gros paniers
kmeans-small-baskets = petits paniers
kmeans-long-standing = anciens
kmeans-new = nouveaux
kmeans-slow-rhythm = rythme lent
kmeans-fast-rhythm = rythme rapide
kmeans-high = { $feature } élevé
kmeans-low = { $feature } faible
kmeans-typically = En général : { $parts }.
kmeans-spends = dépense { $amount } ({ $relative })
kmeans-times-median = { $ratio } × la médiane de la boutique
kmeans-share-of-median = { $share } % de la médiane de la boutique
kmeans-about-median = environ la médiane de la boutique
kmeans-once = a commandé une fois
kmeans-orders-every = { $orders } commandes, une tous les { $days }
kmeans-orders = { $orders } commandes
kmeans-last-seen = vu pour la dernière fois il y a { $days }
kmeans-other = { $feature } { $value } (médiane de la boutique { $median })
kmeans-days = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
kmeans-scheme-name = { $count } groupes
kmeans-not-clustered = Hors groupes (un des chiffres choisis est inconnu)
