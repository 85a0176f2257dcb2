# Os clusters (clusters.rs).

clusters-hint = O k-means agrupa os clientes que se parecem nos números que você escolher (cada um em escala logarítmica e depois padronizado). O número de clusters é aquele cujos clusters ficam mais bem separados (silhueta mais alta), a menos que você o defina.
clusters-cluster-on = Agrupar por
clusters-number = Número de clusters
clusters-best = Mais bem separados (2–8)
clusters-option = { $count } clusters
clusters-find = Encontrar clusters

clusters-summary = { $count } clusters por { $figures }.
clusters-sampled = Ajustados em uma amostra aleatória de { $count } clientes; depois, cada cliente foi atribuído ao centro mais próximo.
clusters-left-out = { $count ->
    [one] { $count } cliente sem todos os números escolhidos ficou de fora.
    [many] { $count } de clientes sem todos os números escolhidos ficaram de fora.
   *[other] { $count } clientes sem todos os números escolhidos ficaram de fora.
}
clusters-now-segments = Agora eles são os segmentos da aba Segmentos, com campanhas e listas.
clusters-silhouette = Silhueta
clusters-used-best = usado: mais bem separados
clusters-used-chosen = usado: sua escolha
clusters-best-separated = mais bem separados
clusters-scatter-caption = { $y } por { $x } (escalas logarítmicas)
clusters-scatter-label = Gráfico de dispersão dos clientes, coloridos por cluster
