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
customers-download = Descargar esta lista (CSV)
customers-close = Cerrar
customers-id = Cliente
customers-email = Correo
customers-name = Nombre
customers-recency = Días desde el último pedido
customers-frequency = Pedidos
customers-monetary = Gasto total
customers-score = RFM
customers-alive = Aún activo
customers-alive-title = La probabilidad, según la previsión, de que un cliente que ha pedido en dos días o más siga comprando (los pedidos de un solo día no le bastan para saberlo)
customers-value = Valor previsto
customers-pages = Páginas
customers-previous = Anterior
customers-page = Página { $page } de { $pages }
customers-next = Siguiente
