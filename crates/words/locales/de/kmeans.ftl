kmeans-name-typical = Cluster { $number }: typische Kunden
kmeans-name = Cluster { $number }: { $traits }
kmeans-one-time = Einmalkäufer
kmeans-recent = kürzlich aktiv
kmeans-lapsed = lange inaktiv
kmeans-frequent = häufig
kmeans-few-orders = wenige Bestellungen
kmeans-high-spend = hohe Ausgaben
kmeans-low-spend = geringe Ausgaben
kmeans-big-baskets = große Warenkörbe
kmeans-small-baskets = kleine Warenkörbe
kmeans-long-standing = langjährig
kmeans-new = neu
kmeans-slow-rhythm = langsamer Rhythmus
kmeans-fast-rhythm = schneller Rhythmus
kmeans-high = hoch: { $feature }
kmeans-low = niedrig: { $feature }
kmeans-typically = Typisch: { $parts }.
kmeans-spends = gibt { $amount } aus ({ $relative })
kmeans-times-median = das { $ratio }-Fache des Shop-Medians
kmeans-share-of-median = { $share } % des Shop-Medians
kmeans-about-median = etwa der Shop-Median
kmeans-once = hat einmal bestellt
kmeans-orders-every = { $orders } Bestellungen, alle { $days }
kmeans-orders = { $orders } Bestellungen
kmeans-last-seen = letzte Bestellung { $days } her
kmeans-other = { $feature } { $value } (Shop-Median { $median })
kmeans-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
kmeans-scheme-name = { $count } Cluster
kmeans-not-clustered = Nicht geclustert (eine gewählte Kennzahl ist unbekannt)
