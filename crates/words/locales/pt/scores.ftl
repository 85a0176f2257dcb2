scores-quantiles = As pontuações 1–{ $points } dividem os { $count } clientes que compraram em { $points } grupos de tamanho parecido em cada medida; clientes com valores iguais sempre têm a mesma pontuação.
scores-thresholds = As pontuações 1–{ $points } usam os limites que você definiu.
scores-no-dates = Este arquivo não tem datas de pedido, então a recência não pode ser medida: os clientes são agrupados pela frequência com que compraram e por quanto gastaram.
scores-recency = Recência (dias desde o último pedido): { $ranges }.
scores-frequency = Frequência (pedidos): { $ranges }.
scores-monetary = Valor (total gasto): { $ranges }.
scores-all = todos
scores-up-to = até { $value }
scores-or-more = { $value } ou mais
scores-more-than = mais de { $value }
scores-between = { $from }–{ $to }
scores-over-up-to = acima de { $from } até { $to }
scores-days = { $count ->
    [one] { $value } dia
   *[other] { $value } dias
}
scores-orders = { $count ->
    [one] { $value } pedido
   *[other] { $value } pedidos
}
scores-amount = { $value }
