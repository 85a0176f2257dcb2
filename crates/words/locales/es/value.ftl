value-period = Gasto contado en
value-period-all = Todos los pedidos del archivo
value-period-named = De un esquema: { $period }
value-nobody = Ningún cliente gastó nada en este periodo.
value-concentration = El 20 % de clientes que más gasta aporta { $top } de los ingresos ({ $measure }); el 80 % de los ingresos viene del { $few } de los clientes.
value-chart-title = Parte de los ingresos según la parte de clientes, mejores clientes primero
value-chart-label = Curva de Pareto de los ingresos por clientes
value-chart-axis = { $share } %
value-customers-spent = { $count ->
    [one] { $count } cliente gastó { $revenue } en total.
    [many] { $count } de clientes gastaron { $revenue } en total.
   *[other] { $count } clientes gastaron { $revenue } en total.
}
value-top-title = Los 10 mejores clientes
value-column-rank = N.º
value-column-customer = Cliente
value-column-where = Dónde
value-column-buys = Compra sobre todo
value-column-when = Cuándo
value-column-orders = Pedidos

value-buys = { $category } ({ $share } del gasto)
value-ordered-once = pedido el { $day }
value-ordered-between = del { $first } al { $last }
value-last-order = último pedido el { $day }
value-mostly-in = sobre todo en { $month }
value-mostly-on = día preferido: { $weekday }
