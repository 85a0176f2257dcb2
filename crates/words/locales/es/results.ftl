results-views = Vistas de los resultados
results-title = Sus clientes
results-headline = { $customers ->
    [one] { $customers } cliente
    [many] { $customers } de clientes
   *[other] { $customers } clientes
} · { $orders ->
    [one] { $orders } pedido
    [many] { $orders } de pedidos
   *[other] { $orders } pedidos
} · { $revenue } gastados en total
results-currency-rows = { $code } ({ $count ->
    [one] { $count } fila
    [many] { $count } de filas
   *[other] { $count } filas
})
results-currencies = Este archivo mezcla monedas: { $list }. Los importes en monedas distintas nunca se suman, así que cada una se segmenta por separado.
results-showing = Mostrando
results-after-reference = { $count ->
    [one] Se dejó fuera { $count } pedido
    [many] Se dejaron fuera { $count } de pedidos
   *[other] Se dejaron fuera { $count } pedidos
} del { $date } en adelante: así estaba la tienda al comienzo de ese día.
results-read-as = Leído como { $shape }.
results-as-of = A fecha de
results-download-all = Descargar todos los clientes (CSV)
