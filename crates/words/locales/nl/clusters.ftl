# Clusters (clusters.rs).

clusters-hint = k-means groepeert klanten die op elkaar lijken in de cijfers die u kiest (elk op een logaritmische schaal, daarna gestandaardiseerd). Het aantal clusters is het aantal waarbij de clusters het best gescheiden zijn (hoogste silhouet), tenzij u het zelf instelt.
clusters-cluster-on = Clusteren op
clusters-number = Aantal clusters
clusters-best = Best gescheiden (2–8)
clusters-option = { $count } clusters
clusters-find = Clusters zoeken

clusters-summary = { $count } clusters op { $figures }.
clusters-sampled = Berekend op een willekeurige steekproef van { $count } klanten; daarna is elke klant toegewezen aan het dichtstbijzijnde centrum.
clusters-left-out = { $count ->
    [one] { $count } klant zonder alle gekozen cijfers blijft buiten beschouwing.
   *[other] { $count } klanten zonder alle gekozen cijfers blijven buiten beschouwing.
}
clusters-now-segments = Ze zijn nu de segmenten op het tabblad Segmenten, met campagnes en lijsten.
clusters-silhouette = Silhouet
clusters-used-best = gebruikt: best gescheiden
clusters-used-chosen = gebruikt: uw keuze
clusters-best-separated = best gescheiden
clusters-scatter-caption = { $y } naar { $x } (logaritmische schalen)
clusters-scatter-label = Spreidingsdiagram van klanten, gekleurd per cluster
