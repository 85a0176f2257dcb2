# Las cohortes (cohorts.rs).

cohorts-hint = Clientes agrupados según cuándo hicieron su primer pedido, y cuántos de ellos volvieron a comprar en cada periodo posterior.
cohorts-group-by = Agrupar por
cohorts-by-month = Mes del primer pedido
cohorts-by-week = Semana del primer pedido
cohorts-by-quarter = Trimestre del primer pedido
cohorts-show = Mostrar
cohorts-share-who-bought = Porcentaje que compró
cohorts-revenue-per-customer = Ingresos por cliente

cohorts-first-order-in = Primer pedido en
cohorts-customers = Clientes
cohorts-first = Inicio
cohorts-week = Semana { $n }
cohorts-month = Mes { $n }
cohorts-quarter = Trimestre { $n }
cohorts-cell = { $cohort }, { $when }: { $bought } de { $size } { $bought ->
    [one] compró
   *[other] compraron
}
cohorts-cell-first = primer periodo
cohorts-cell-week = semana { $n }
cohorts-cell-month = mes { $n }
cohorts-cell-quarter = trimestre { $n }
cohorts-earlier = { $count ->
    [one] No se muestra { $count } cohorte anterior.
   *[other] No se muestran { $count } cohortes anteriores.
}
cohorts-partial-week = La última semana aún no ha terminado.
cohorts-partial-month = El último mes aún no ha terminado.
cohorts-partial-quarter = El último trimestre aún no ha terminado.

cohorts-list-first = { $cohort }: { $count ->
    [one] { $count } cliente que hizo
    [many] { $count } de clientes que hicieron
   *[other] { $count } clientes que hicieron
} su primer pedido en ese periodo
cohorts-list-weeks = { $cohort }: { $count ->
    [one] { $count } cliente que compró
    [many] { $count } de clientes que compraron
   *[other] { $count } clientes que compraron
} { $after } { $after ->
    [one] semana
   *[other] semanas
} después
cohorts-list-months = { $cohort }: { $count ->
    [one] { $count } cliente que compró
    [many] { $count } de clientes que compraron
   *[other] { $count } clientes que compraron
} { $after } { $after ->
    [one] mes
   *[other] meses
} después
cohorts-list-quarters = { $cohort }: { $count ->
    [one] { $count } cliente que compró
    [many] { $count } de clientes que compraron
   *[other] { $count } clientes que compraron
} { $after } { $after ->
    [one] trimestre
   *[other] trimestres
} después
cohorts-download = Descargar esta lista (CSV)
cohorts-close = Cerrar
