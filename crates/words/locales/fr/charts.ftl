charts-cell-title = { $rows }{ $row } { $columns }{ $column } : { $segment }, { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}
charts-grid-caption = Clients selon le score de { $row-name } ({ $rows }) et de { $column-name } ({ $columns })
charts-grid-label = Carte de chaleur des clients selon les scores de dernier achat et de fréquence
charts-grid-note-rf = En haut à droite : récents et fréquents. En bas à gauche : partis depuis longtemps, un seul achat.
charts-grid-note-fm = En haut à droite : fréquents et gros acheteurs. En bas à gauche : une seule petite commande.
charts-bars-title = Clients par segment
charts-bars-label = Diagramme en barres des clients par segment

charts-places-title = Où se trouvent vos clients
charts-places-none = La zone d’aucun client n’est connue.
charts-places-one = Tous les clients dont la zone est connue sont dans la zone { $place }.
charts-places-top = Les { $top } premières zones sur { $count } réunissent { $customers } des clients et { $revenue } du chiffre d’affaires.
charts-place-figures = { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ({ $share }), { $revenue } de chiffre d’affaires ({ $revenue-share })
charts-place-outside = { $place } : { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
} ({ $share })
charts-map-label = Carte du monde de vos clients par pays, la couleur plus intense là où ils sont plus nombreux. La liste ci-dessous donne les chiffres de chaque pays.
charts-map-key = Plus la couleur d’un pays est intense, plus il compte de clients ; pointez-en un pour voir ses chiffres.
charts-map-country = { $place } : { $figures }
charts-map-missing = Absents de la carte (aucun pays de ce nom) : { $places }.
