kmeans-name-typical = Groep { $number }: gemiddelde klanten
kmeans-name = Groep { $number }: { $traits }
kmeans-one-time = eenmalig
kmeans-recent = recent
kmeans-lapsed = weggebleven
kmeans-frequent = vaak
kmeans-few-orders = weinig bestellingen
kmeans-high-spend = hoge bestedingen
kmeans-low-spend = lage bestedingen
kmeans-big-baskets = grote mandjes
kmeans-small-baskets = kleine mandjes
kmeans-long-standing = al lang klant
kmeans-new = nieuw
kmeans-slow-rhythm = traag ritme
kmeans-fast-rhythm = snel ritme
kmeans-high = hoge { $feature }
kmeans-low = lage { $feature }
kmeans-typically = Meestal: { $parts }.
kmeans-spends = besteedt { $amount } ({ $relative })
kmeans-times-median = { $ratio }× de mediaan van de winkel
kmeans-share-of-median = { $share }% van de mediaan van de winkel
kmeans-about-median = rond de mediaan van de winkel
kmeans-once = heeft één keer besteld
kmeans-orders-every = { $orders } bestellingen, één per { $days }
kmeans-orders = { $orders } bestellingen
kmeans-last-seen = laatst gezien { $days } geleden
kmeans-other = { $feature } { $value } (mediaan van de winkel { $median })
kmeans-days = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
kmeans-scheme-name = { $count } groepen
kmeans-not-clustered = Niet geclusterd (een gekozen cijfer is onbekend)
