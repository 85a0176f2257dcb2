kmeans-name-typical = Grupo { $number }: clientes típicos
kmeans-name = Grupo { $number }: { $traits }
kmeans-one-time = compra única
kmeans-recent = recentes
kmeans-lapsed = inativos
kmeans-frequent = frequentes
kmeans-few-orders = poucos pedidos
kmeans-high-spend = gasto alto
kmeans-low-spend = gasto baixo
kmeans-big-baskets = carrinhos grandes
kmeans-small-baskets = carrinhos pequenos
kmeans-long-standing = antigos
kmeans-new = novos
kmeans-slow-rhythm = ritmo lento
kmeans-fast-rhythm = ritmo rápido
kmeans-high = { $feature } alto
kmeans-low = { $feature } baixo
kmeans-typically = Normalmente { $parts }.
kmeans-spends = gasta { $amount } ({ $relative })
kmeans-times-median = { $ratio } vezes a mediana da loja
kmeans-share-of-median = { $share }% da mediana da loja
kmeans-about-median = perto da mediana da loja
kmeans-once = comprou uma vez
kmeans-orders-every = { $orders } pedidos, um a cada { $days }
kmeans-orders = { $orders } pedidos
kmeans-last-seen = visto pela última vez há { $days }
kmeans-other = { $feature } { $value } (mediana da loja { $median })
kmeans-days = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
kmeans-scheme-name = { $count } grupos
kmeans-not-clustered = Sem grupo (um dos números escolhidos é desconhecido)
