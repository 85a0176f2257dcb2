segment-table-title = { $scheme } : { $count ->
    [one] { $count } segment
    [many] { $count } de segments
   *[other] { $count } segments
}
segment-table-segment = Segment
segment-table-customers = Clients
segment-table-customer-share = % des clients
segment-table-revenue = Chiffre d’affaires
segment-table-revenue-share = % du CA
segment-table-recency = Jours depuis la dernière commande (médiane)
segment-table-frequency = Commandes (médiane)
segment-table-monetary = Dépense (médiane)
segment-table-alive = Encore actifs
segment-table-alive-title = Parmi les clients ayant commandé sur deux jours ou plus, la probabilité moyenne, selon la prévision, qu’ils achètent encore (les commandes d’un seul jour ne lui suffisent pas pour le dire)
segment-table-value = Valeur prévue
segment-table-value-title = Ce que les clients du segment devraient dépenser dans l’année à venir selon la prévision, ramené à sa valeur d’aujourd’hui
segment-table-actions = Actions
segment-table-list = Clients
segment-table-csv = CSV
segment-table-csv-label = CSV : télécharger la liste « { $segment } »
