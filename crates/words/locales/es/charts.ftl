charts-cell-title = { $rows }{ $row } { $columns }{ $column }: { $segment }, { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
charts-grid-caption = Clientes según la puntuación de { $row-name } ({ $rows }) y de { $column-name } ({ $columns })
charts-grid-label = Mapa de calor de clientes según la puntuación de última compra y frecuencia
charts-grid-note-rf = Arriba a la derecha: recientes y frecuentes. Abajo a la izquierda: se fueron hace tiempo, compraron una vez.
charts-grid-note-fm = Arriba a la derecha: frecuentes y de gasto alto. Abajo a la izquierda: un solo pedido pequeño.
charts-bars-title = Clientes por segmento
charts-bars-label = Gráfico de barras de clientes por segmento

charts-places-title = Dónde están sus clientes
charts-places-none = No se conoce la zona de ningún cliente.
charts-places-one = Todos los clientes cuya zona se conoce están en { $place }.
charts-places-top = Las { $top } primeras de { $count } zonas reúnen el { $customers } de los clientes y el { $revenue } de los ingresos.
charts-place-figures = { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
} ({ $share }), { $revenue } de ingresos ({ $revenue-share })
charts-place-outside = { $place }: { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
} ({ $share })
charts-map-label = Mapa del mundo de sus clientes por país, el color más intenso donde hay más. La lista de abajo da las cifras de cada país.
charts-map-key = Cuanto más intenso es el color de un país, más clientes tiene; señale uno para ver sus cifras.
charts-map-country = { $place }: { $figures }
charts-map-missing = Fuera del mapa (ningún país con ese nombre): { $places }.
