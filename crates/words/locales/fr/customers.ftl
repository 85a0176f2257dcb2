customers-cell-title = { $segment } × { $column } — { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}
customers-segment-title = { $segment } — { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ({ $share })
customers-download = Télécharger cette liste (CSV)
customers-close = Fermer
customers-id = Client
customers-email = E-mail
customers-name = Nom
customers-recency = Jours depuis la dernière commande
customers-frequency = Commandes
customers-monetary = Total dépensé
customers-score = RFM
customers-alive = Encore actif
customers-alive-title = La probabilité, selon la prévision, qu’un client ayant commandé sur deux jours ou plus achète encore (les commandes d’un seul jour ne lui suffisent pas pour le dire)
customers-value = Valeur prévue
customers-pages = Pages
customers-previous = Précédente
customers-page = Page { $page } sur { $pages }
customers-next = Suivante
