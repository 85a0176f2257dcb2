customers-cell-title = { $segment } × { $column } — { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
customers-segment-title = { $segment } — { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
} ({ $share })
customers-download = Baixar esta lista (CSV)
customers-close = Fechar
customers-id = Cliente
customers-email = E-mail
customers-name = Nome
customers-recency = Dias desde o último pedido
customers-frequency = Pedidos
customers-monetary = Total gasto
customers-score = RFM
customers-alive = Ainda ativo
customers-alive-title = A chance, segundo a previsão, de um cliente que pediu em dois dias ou mais continuar comprando (pedidos de um só dia não bastam para ela saber)
customers-value = Valor previsto
customers-pages = Páginas
customers-previous = Anterior
customers-page = Página { $page } de { $pages }
customers-next = Próxima
