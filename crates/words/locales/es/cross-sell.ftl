cross-sell-title = Ideas de venta cruzada
cross-sell-no-items = El archivo no nombra productos ni categorías, así que no hay nada que ofrecer en venta cruzada. Asigne una columna de producto o categoría para ver qué se compra junto.
cross-sell-nothing = { $level ->
    [category] Todavía ninguna categoría se compra con otra
   *[product] Todavía ningún producto se compra con otro
} más a menudo que por azar en los pedidos de este segmento ({ $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
}).
cross-sell-target = Compraron { $bought } pero nunca { $never }: { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
cross-sell-download = Descargar lista
cross-sell-who = A quién ofrecer qué
cross-sell-together = Comprados juntos en un pedido (de { $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
})
cross-sell-next = Comprados después, en el pedido siguiente (de { $count ->
    [one] { $count } pedido repetido
    [many] { $count } de pedidos repetidos
   *[other] { $count } pedidos repetidos
})
cross-sell-with = { $first } con { $then }
cross-sell-then = { $first } y luego { $then }
cross-sell-items = Artículos
cross-sell-times = Veces
cross-sell-support = Cuota
cross-sell-support-hint = Proporción de todos los pedidos que contienen ambos
cross-sell-confidence = Tasa
cross-sell-confidence-hint = De los pedidos con el primer artículo, la proporción que también tiene el segundo
cross-sell-lift = Afinidad
cross-sell-lift-hint = Cuántas veces más a menudo que por azar: por encima de 1 significa que van juntos
