results-views = Vues des résultats
results-title = Vos clients
results-headline = { $customers ->
    [one] { $customers } client
    [many] { $customers } de clients
   *[other] { $customers } clients
} · { $orders ->
    [one] { $orders } commande
    [many] { $orders } de commandes
   *[other] { $orders } commandes
} · { $revenue } dépensés au total
results-currency-rows = { $code } ({ $count ->
    [one] { $count } ligne
    [many] { $count } de lignes
   *[other] { $count } lignes
})
results-currencies = Ce fichier mélange plusieurs devises : { $list }. Les montants en devises différentes ne sont jamais additionnés : chacune est donc segmentée séparément.
results-showing = Affichage :
results-after-reference = { $count ->
    [one] { $count } commande passée le { $date } ou après a été écartée
    [many] { $count } de commandes passées le { $date } ou après ont été écartées
   *[other] { $count } commandes passées le { $date } ou après ont été écartées
} : voici la boutique telle qu’elle était au début de ce jour-là.
results-read-as = Lu comme { $shape }.
results-as-of = Situation au
results-download-all = Télécharger tous les clients (CSV)
