# El valor futuro (future.rs).

future-horizon = Predecir para los próximos (días)
future-discount = Descontar el gasto futuro un (% al mes)
future-pending = Prediciendo quién volverá a comprar…
future-headline = De { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}, { $active } { $active ->
    [one] probablemente sigue activo
   *[other] probablemente siguen activos
}. En los próximos { $days } días se espera que compren en { $purchases } días.
future-headline-value = De { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}, { $active } { $active ->
    [one] probablemente sigue activo
   *[other] probablemente siguen activos
}. En los próximos { $days } días se espera que compren en { $purchases } días y gasten { $value } (con un descuento del { $discount } % al mes).
future-once = { $once ->
    [one] { $once } de ellos solo ha comprado en un único día: el modelo cuenta a ese cliente como activo hasta que lo ve dejar de comprar, por lejano que sea ese día, así que los segmentos por valor futuro lo separan.
   *[other] { $once } de ellos solo han comprado en un único día: el modelo cuenta a esos clientes como activos hasta que los ve dejar de comprar, por lejano que sea ese día, así que los segmentos por valor futuro los separan.
}
future-now-columns = La probabilidad de que cada cliente siga activo, las compras esperadas y el valor previsto son ahora columnas de las listas de clientes y de las exportaciones, criterios del generador de reglas y de los clústeres, y cifras de la tabla de segmentos.
future-segment = Segmentar por valor futuro
future-unchecked = No se pudieron comprobar los modelos con los últimos meses: { $why }
future-models = Los modelos ajustados
future-parameters = Compras repetidas (BG/NBD): r = { $r }, α = { $alpha } días, a = { $a }, b = { $b }.
future-spend-parameters = Gasto por compra (Gamma-Gamma): p = { $p }, q = { $q }, v = { $v }.
future-method = Ajustados por máxima verosimilitud, como lo hace la biblioteca lifetimes (Fader, Hardie y Lee 2005; nota de Fader y Hardie sobre el modelo Gamma-Gamma): las compras se cuentan por día, y las cifras de cada cliente son las del día anterior a la fecha de referencia.

future-calibration-title = Fiabilidad de la predicción en esta tienda
future-calibration-caption = Compras por cliente en los días reservados, previstas (claro) y reales (oscuro), según las compras repetidas anteriores
future-calibration-label = Gráfico de barras de las compras previstas y reales por cliente; la tabla de abajo muestra las mismas cifras
future-bar-predicted = { $group }: previsto { $value }
future-bar-actual = { $group }: real { $value }
future-repeat-before = Compras repetidas antes
future-customers = Clientes
future-predicted-per-customer = Previsto por cliente
future-actual-per-customer = Real por cliente
