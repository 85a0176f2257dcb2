charts-cell-title = { $rows }{ $row } { $columns }{ $column }: { $segment }, { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
charts-grid-caption = Clientes pela pontuação de { $row-name } ({ $rows }) e de { $column-name } ({ $columns })
charts-grid-label = Mapa de calor dos clientes pela pontuação de última compra e frequência
charts-grid-note-rf = No alto à direita: recentes e frequentes. Embaixo à esquerda: sumidos há tempo, compraram uma vez.
charts-grid-note-fm = No alto à direita: frequentes e que gastam muito. Embaixo à esquerda: um único pedido pequeno.
charts-bars-title = Clientes por segmento
charts-bars-label = Gráfico de barras dos clientes por segmento

charts-places-title = Onde estão seus clientes
charts-places-none = Não se sabe a região de nenhum cliente.
charts-places-one = Todos os clientes com região conhecida estão na região { $place }.
charts-places-top = As { $top } maiores de { $count } regiões concentram { $customers } dos clientes e { $revenue } do faturamento.
charts-place-figures = { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
} ({ $share }), { $revenue } de faturamento ({ $revenue-share })
charts-place-outside = { $place }: { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
} ({ $share })
charts-map-label = Mapa-múndi dos seus clientes por país, a cor mais forte onde há mais. A lista abaixo dá os números de cada país.
charts-map-key = Quanto mais forte a cor de um país, mais clientes ele tem; aponte para um para ver seus números.
charts-map-country = { $place }: { $figures }
charts-map-missing = Fora do mapa (nenhum país com esse nome): { $places }.
