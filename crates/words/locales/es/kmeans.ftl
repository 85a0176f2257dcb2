kmeans-name-typical = Grupo { $number }: clientes típicos
kmeans-name = Grupo { $number }: { $traits }
kmeans-one-time = compra única
kmeans-recent = recientes
kmeans-lapsed = inactivos
kmeans-frequent = frecuentes
kmeans-few-orders = pocos pedidos
kmeans-high-spend = gasto alto
kmeans-low-spend = gasto bajo
kmeans-big-baskets = cestas grandes
kmeans-small-baskets = cestas pequeñas
kmeans-long-standing = veteranos
kmeans-new = nuevos
kmeans-slow-rhythm = ritmo lento
kmeans-fast-rhythm = ritmo rápido
kmeans-high = { $feature } alto
kmeans-low = { $feature } bajo
kmeans-typically = Normalmente { $parts }.
kmeans-spends = gasta { $amount } ({ $relative })
kmeans-times-median = { $ratio } veces la mediana de la tienda
kmeans-share-of-median = el { $share } % de la mediana de la tienda
kmeans-about-median = cerca de la mediana de la tienda
kmeans-once = ha comprado una vez
kmeans-orders-every = { $orders } pedidos, uno cada { $days }
kmeans-orders = { $orders } pedidos
kmeans-last-seen = visto por última vez hace { $days }
kmeans-other = { $feature } { $value } (mediana de la tienda { $median })
kmeans-days = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
kmeans-scheme-name = { $count } grupos
kmeans-not-clustered = Sin grupo (una de las cifras elegidas es desconocida)
