# Les clusters (clusters.rs).

clusters-hint = k-means regroupe les clients qui se ressemblent sur les chiffres que vous choisissez (chacun sur une échelle logarithmique, puis standardisé). Le nombre de clusters retenu est celui dont les clusters sont les mieux séparés (silhouette la plus élevée), sauf si vous le fixez vous-même.
clusters-cluster-on = Regrouper selon
clusters-number = Nombre de clusters
clusters-best = Les mieux séparés (2–8)
clusters-option = { $count } clusters
clusters-find = Trouver les clusters

clusters-summary = { $count } clusters selon { $figures }.
clusters-sampled = Calculés sur un échantillon aléatoire de { $count } clients, puis chaque client a été rattaché au centre le plus proche.
clusters-left-out = { $count ->
    [one] { $count } client sans tous les chiffres choisis est laissé de côté.
    [many] { $count } de clients sans tous les chiffres choisis sont laissés de côté.
   *[other] { $count } clients sans tous les chiffres choisis sont laissés de côté.
}
clusters-now-segments = Ils sont désormais les segments de l’onglet Segments, avec des campagnes et des listes.
clusters-silhouette = Silhouette
clusters-used-best = retenu : les mieux séparés
clusters-used-chosen = retenu : votre choix
clusters-best-separated = les mieux séparés
clusters-scatter-caption = { $y } selon { $x } (échelles logarithmiques)
clusters-scatter-label = Nuage de points des clients, colorés par cluster
