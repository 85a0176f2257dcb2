scores-quantiles = Las puntuaciones 1–{ $points } reparten a los { $count } clientes que compraron en { $points } grupos de tamaño parecido en cada medida; los clientes con valores iguales siempre comparten puntuación.
scores-thresholds = Las puntuaciones 1–{ $points } usan los umbrales que usted fijó.
scores-no-dates = Este archivo no tiene fechas de pedido, así que no se puede medir la recencia: los clientes se agrupan por la frecuencia con la que compraron y cuánto gastaron.
scores-recency = Recencia (días desde el último pedido): { $ranges }.
scores-frequency = Frecuencia (pedidos): { $ranges }.
scores-monetary = Importe (gasto total): { $ranges }.
scores-all = todos
scores-up-to = hasta { $value }
scores-or-more = { $value } o más
scores-more-than = más de { $value }
scores-between = { $from }–{ $to }
scores-over-up-to = más de { $from } hasta { $to }
scores-days = { $count ->
    [one] { $value } día
   *[other] { $value } días
}
scores-orders = { $count ->
    [one] { $value } pedido
   *[other] { $value } pedidos
}
scores-amount = { $value }
