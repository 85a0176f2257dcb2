grid-editor-title = Modifier la grille et l’échelle des scores
grid-editor-edited-name = { $name } (modifié)
grid-editor-unreached = Aucune case ne mène à { $names }, aucun client ne peut donc s’y trouver.
grid-editor-quoted = « { $name } »
grid-editor-list-or = { $rest } ou { $last }
grid-editor-uncovered = { $count ->
    [one] { $count } case de la grille n’appartient à aucun segment ; ses clients vont dans « { $segment } ».
   *[other] { $count } cases de la grille n’appartiennent à aucun segment ; leurs clients vont dans « { $segment } ».
}
grid-editor-new-name = Nom d’un nouveau segment
grid-editor-add-name = L’ajouter aux listes des cases
grid-editor-points = Nombre de points
grid-editor-points-5 = 5 (quintiles)
grid-editor-points-3 = 3 (petites boutiques)
grid-editor-recency-thresholds = Récence : seuils en jours, croissants (vide = groupes égaux)
grid-editor-frequency-thresholds = Fréquence : seuils en commandes, croissants (vide = groupes égaux)
grid-editor-monetary-thresholds = Montant : seuils en { $currency } dépensés, croissants (vide = groupes égaux)
grid-editor-monetary-thresholds-plain = Montant : seuils en montant dépensé, croissants (vide = groupes égaux)
grid-editor-equal-groups = groupes égaux
grid-editor-thresholds-hint = Une valeur jusqu’au premier seuil obtient 1, jusqu’au deuxième 2, et ainsi de suite (à l’inverse pour la récence : les achats les plus récents obtiennent le score le plus élevé). Indiquez un seuil de moins que le nombre de points.
