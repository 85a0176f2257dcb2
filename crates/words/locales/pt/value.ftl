value-period = Gastos contados em
value-period-all = Todos os pedidos do arquivo
value-period-named = De um esquema: { $period }
value-nobody = Nenhum cliente gastou nada neste período.
value-concentration = Os 20% melhores clientes trazem { $top } do faturamento ({ $measure }); 80% do faturamento vem de { $few } dos clientes.
value-chart-title = Parte do faturamento por parte dos clientes, melhores clientes primeiro
value-chart-label = Curva de Pareto do faturamento por clientes
value-chart-axis = { $share }%
value-customers-spent = { $count ->
    [one] { $count } cliente gastou { $revenue } no total.
    [many] { $count } de clientes gastaram { $revenue } no total.
   *[other] { $count } clientes gastaram { $revenue } no total.
}
value-top-title = Os 10 melhores clientes
value-column-rank = Nº
value-column-customer = Cliente
value-column-where = Onde
value-column-buys = Compra mais
value-column-when = Quando
value-column-orders = Pedidos

value-buys = { $category } ({ $share } do gasto)
value-ordered-once = pedido em { $day }
value-ordered-between = de { $first } a { $last }
value-last-order = último pedido em { $day }
value-mostly-in = sobretudo em { $month }
value-mostly-on = dia preferido: { $weekday }
