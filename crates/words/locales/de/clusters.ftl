# Cluster (clusters.rs).

clusters-hint = k-means gruppiert Kunden, die sich bei den gewählten Kennzahlen ähneln (jede auf logarithmischer Skala, dann standardisiert). Die Anzahl der Cluster ist die, bei der die Cluster am besten getrennt sind (höchste Silhouette), sofern Sie sie nicht selbst festlegen.
clusters-cluster-on = Clustern nach
clusters-number = Anzahl der Cluster
clusters-best = Am besten getrennt (2–8)
clusters-option = { $count } Cluster
clusters-find = Cluster finden

clusters-summary = { $count } Cluster nach { $figures }.
clusters-sampled = Berechnet an einer Zufallsstichprobe von { $count } Kunden; danach wurde jeder Kunde dem nächstgelegenen Zentrum zugeordnet.
clusters-left-out = { $count ->
    [one] { $count } Kunde ohne alle gewählten Kennzahlen bleibt außen vor.
   *[other] { $count } Kunden ohne alle gewählten Kennzahlen bleiben außen vor.
}
clusters-now-segments = Diese Cluster sind jetzt die Segmente im Tab „Segmente“, mit Kampagnen und Listen.
clusters-silhouette = Silhouette
clusters-used-best = verwendet: am besten getrennt
clusters-used-chosen = verwendet: Ihre Wahl
clusters-best-separated = am besten getrennt
clusters-scatter-caption = { $y } nach { $x } (logarithmische Skalen)
clusters-scatter-label = Streudiagramm der Kunden, nach Cluster eingefärbt
