# Les segments dans le temps (through_time.rs).

through-time-hint = Qui est passé d’un segment à l’autre de « { $scheme } » : la boutique telle qu’elle était à une date antérieure, ou telle qu’un export plus ancien ou plus récent la montre, segmentée de la même façon.
through-time-waiting = En attente des prévisions : la comparaison se fait avec le schéma qui les lit dès qu’elles sont prêtes…
through-time-from-label = Comparer avec la boutique telle qu’elle était le
through-time-compare = Comparer
through-time-or = ou
through-time-compare-file = Comparer avec un autre export de cette boutique…
through-time-title = Du { $from } au { $to }
through-time-how-to-read = Lignes : le segment d’avant. Colonnes : le segment actuel. Chaque case : les clients, puis leur part de la ligne ; ouvrez une case pour voir ses clients, une campagne et une liste.
through-time-corner = Avant \ maintenant
through-time-net-change = Variation nette
through-time-download = Télécharger les passages entre segments (CSV)
through-time-cell-customers = { $count ->
    [one] client,
    [many] de clients,
   *[other] clients,
}
through-time-cell-row = de la ligne : { $from } → { $to }
through-time-band = { $from } → { $to } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}
through-time-flow-caption = Où sont allés les clients de chaque segment (à gauche : avant, à droite : maintenant)
through-time-flow-label = Diagramme de flux des clients entre segments ; le tableau ci-dessus donne les mêmes chiffres

through-time-cell-title = { $label } — { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}
through-time-cell-download = Télécharger cette liste (CSV)
through-time-close = Fermer
through-time-at-stake = Ces clients ont dépensé { $amount } dans l’année précédant le { $day }.
through-time-campaign = Campagne : { $objective }
through-time-offer = Offre
through-time-channel = Canal
through-time-timing = Moment
through-time-message = Message
through-time-watch = À surveiller
through-time-why = Pourquoi :
