cross-sell-title = Idées de ventes croisées
cross-sell-no-items = Le fichier ne nomme ni produits ni catégories : il n’y a donc rien à proposer en vente croisée. Associez une colonne de produit ou de catégorie pour voir ce qui s’achète ensemble.
cross-sell-nothing = { $level ->
    [category] Aucune catégorie n’est encore achetée avec une autre
   *[product] Aucun produit n’est encore acheté avec un autre
} plus souvent que par hasard dans les commandes de ce segment ({ $count ->
    [one] { $count } commande
    [many] { $count } de commandes
   *[other] { $count } commandes
}).
cross-sell-target = Ont acheté { $bought } mais jamais { $never } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}
cross-sell-download = Télécharger la liste
cross-sell-who = À qui proposer quoi
cross-sell-together = Achetés ensemble dans une commande (sur { $count ->
    [one] { $count } commande
    [many] { $count } de commandes
   *[other] { $count } commandes
})
cross-sell-next = Achetés ensuite, dans la commande suivante (sur { $count ->
    [one] { $count } nouvelle commande
    [many] { $count } de nouvelles commandes
   *[other] { $count } nouvelles commandes
})
cross-sell-with = { $first } avec { $then }
cross-sell-then = { $first } puis { $then }
cross-sell-items = Articles
cross-sell-times = Fois
cross-sell-support = Part
cross-sell-support-hint = Part de toutes les commandes contenant les deux
cross-sell-confidence = Taux
cross-sell-confidence-hint = Parmi les commandes avec le premier article, la part qui contient aussi le second
cross-sell-lift = Affinité
cross-sell-lift-hint = Combien de fois plus souvent que par hasard : au-dessus de 1, ils vont ensemble
