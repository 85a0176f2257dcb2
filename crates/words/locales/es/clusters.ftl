# Los clústeres (clusters.rs).

clusters-hint = k-means agrupa a los clientes que se parecen en las cifras que usted elija (cada una en escala logarítmica y luego estandarizada). El número de clústeres es aquel cuyos clústeres quedan mejor separados (silueta más alta), salvo que usted lo fije.
clusters-cluster-on = Agrupar según
clusters-number = Número de clústeres
clusters-best = Mejor separados (2–8)
clusters-option = { $count } clústeres
clusters-find = Buscar clústeres

clusters-summary = { $count } clústeres según { $figures }.
clusters-sampled = Ajustados con una muestra aleatoria de { $count } clientes; después, cada cliente se asignó al centro más cercano.
clusters-left-out = { $count ->
    [one] Se deja fuera { $count } cliente sin todas las cifras elegidas.
    [many] Se dejan fuera { $count } de clientes sin todas las cifras elegidas.
   *[other] Se dejan fuera { $count } clientes sin todas las cifras elegidas.
}
clusters-now-segments = Ahora son los segmentos de la pestaña Segmentos, con campañas y listas.
clusters-silhouette = Silueta
clusters-used-best = usado: mejor separados
clusters-used-chosen = usado: su elección
clusters-best-separated = mejor separados
clusters-scatter-caption = { $y } según { $x } (escalas logarítmicas)
clusters-scatter-label = Diagrama de dispersión de clientes coloreados por clúster
