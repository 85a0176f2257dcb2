scheme-bar-family-rfm = RFM
scheme-bar-family-value = Valeur
scheme-bar-family-places = Lieux
scheme-bar-family-who = Qui ils sont
scheme-bar-family-how = Comment ils achètent
scheme-bar-my-schemes = Mes segmentations
scheme-bar-unavailable = { $scheme } ({ $why })
scheme-bar-segment-by = Segmenter par
scheme-bar-split-by = Subdiviser chaque segment par
scheme-bar-split-by-nothing = Rien
scheme-bar-run-time = { $count ->
    [one] { $count } client segmenté en { $ms } ms.
    [many] { $count } de clients segmentés en { $ms } ms.
   *[other] { $count } clients segmentés en { $ms } ms.
}
scheme-bar-edit-rules = Modifier en règles
scheme-bar-save = Enregistrer dans mes segmentations
scheme-bar-download = Télécharger la segmentation (JSON)
scheme-bar-import = Importer une segmentation…
scheme-bar-download-summary = Télécharger le résumé des segments (CSV)
scheme-bar-warehouse = L’exécuter dans votre entrepôt de données :
scheme-bar-download-sql = Télécharger le SQL

scheme-bar-areas = Zones ayant leur propre segment
scheme-bar-postal-prefix = Zone postale : premiers caractères (0 = code entier)
scheme-bar-age-bands = Tranches d’âge à partir de (ans)
scheme-bar-size-bands = Tranches de taille à partir de (salariés)
scheme-bar-period = Dépenses comptées sur

scheme-bar-edit-seasons = Modifier le calendrier des saisons
scheme-bar-season = Saison
scheme-bar-occasion = Événement
scheme-bar-days-counted = Jours comptés jusqu’à l’événement
scheme-bar-days-counted-label = Jours comptés
scheme-bar-season-name = Nom de la saison
scheme-bar-black-friday = Du Black Friday au Cyber Monday
scheme-bar-day = Jour
scheme-bar-month = Mois
scheme-bar-which = Lequel
scheme-bar-first = premier
scheme-bar-second = deuxième
scheme-bar-third = troisième
scheme-bar-fourth = quatrième
scheme-bar-weekday = Jour de la semaine
scheme-bar-monday = lundi
scheme-bar-tuesday = mardi
scheme-bar-wednesday = mercredi
scheme-bar-thursday = jeudi
scheme-bar-friday = vendredi
scheme-bar-saturday = samedi
scheme-bar-sunday = dimanche
scheme-bar-of = du mois de
scheme-bar-remove = Supprimer
scheme-bar-new-season = Soldes d’été
scheme-bar-add-season = Ajouter une saison
scheme-bar-measure-seasons = Mesurer ces saisons
