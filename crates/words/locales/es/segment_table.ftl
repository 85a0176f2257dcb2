segment-table-title = { $scheme }: { $count ->
    [one] { $count } segmento
    [many] { $count } de segmentos
   *[other] { $count } segmentos
}
segment-table-segment = Segmento
segment-table-customers = Clientes
segment-table-customer-share = % de clientes
segment-table-revenue = Ingresos
segment-table-revenue-share = % de ingresos
segment-table-recency = Mediana de días desde el último pedido
segment-table-frequency = Mediana de pedidos
segment-table-monetary = Mediana de gasto
segment-table-alive = Aún activos
segment-table-alive-title = Entre los clientes que han pedido en dos días o más, la probabilidad media, según la previsión, de que sigan comprando (los pedidos de un solo día no le bastan para saberlo)
segment-table-value = Valor previsto
segment-table-value-title = Lo que se prevé que gasten los clientes del segmento durante el próximo año, en valor actual
segment-table-actions = Acciones
segment-table-list = Clientes
segment-table-csv = CSV
segment-table-csv-label = CSV: descargar la lista «{ $segment }»
