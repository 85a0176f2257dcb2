segment-table-title = { $scheme }: { $count ->
    [one] { $count } segmento
    [many] { $count } de segmentos
   *[other] { $count } segmentos
}
segment-table-segment = Segmento
segment-table-customers = Clientes
segment-table-customer-share = % dos clientes
segment-table-revenue = Faturamento
segment-table-revenue-share = % do faturamento
segment-table-recency = Mediana de dias desde o último pedido
segment-table-frequency = Mediana de pedidos
segment-table-monetary = Mediana de gasto
segment-table-alive = Ainda ativos
segment-table-alive-title = Entre os clientes que pediram em dois dias ou mais, a chance média, segundo a previsão, de continuarem comprando (pedidos de um só dia não bastam para ela saber)
segment-table-value = Valor previsto
segment-table-value-title = Quanto os clientes do segmento devem gastar no próximo ano, segundo a previsão, trazido a valor presente
segment-table-actions = Ações
segment-table-list = Clientes
segment-table-csv = CSV
segment-table-csv-label = CSV: baixar a lista “{ $segment }”
