results-views = Visões dos resultados
results-title = Seus clientes
results-headline = { $customers ->
    [one] { $customers } cliente
    [many] { $customers } de clientes
   *[other] { $customers } clientes
} · { $orders ->
    [one] { $orders } pedido
    [many] { $orders } de pedidos
   *[other] { $orders } pedidos
} · { $revenue } gastos no total
results-currency-rows = { $code } ({ $count ->
    [one] { $count } linha
    [many] { $count } de linhas
   *[other] { $count } linhas
})
results-currencies = Este arquivo mistura moedas: { $list }. Valores em moedas diferentes nunca são somados, então cada uma é segmentada separadamente.
results-showing = Mostrando
results-after-reference = { $count ->
    [one] { $count } pedido de { $date } em diante ficou de fora
    [many] { $count } de pedidos de { $date } em diante ficaram de fora
   *[other] { $count } pedidos de { $date } em diante ficaram de fora
}: esta é a loja como estava no início desse dia.
results-read-as = Lido como { $shape }.
results-as-of = Situação em
results-download-all = Baixar todos os clientes (CSV)
