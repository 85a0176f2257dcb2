# As coortes (cohorts.rs).

cohorts-hint = Clientes agrupados pela data do primeiro pedido, e quantos deles compraram de novo em cada período seguinte.
cohorts-group-by = Agrupar por
cohorts-by-month = Mês do primeiro pedido
cohorts-by-week = Semana do primeiro pedido
cohorts-by-quarter = Trimestre do primeiro pedido
cohorts-show = Mostrar
cohorts-share-who-bought = Parcela que comprou
cohorts-revenue-per-customer = Receita por cliente

cohorts-first-order-in = Primeiro pedido em
cohorts-customers = Clientes
cohorts-first = Início
cohorts-week = Semana { $n }
cohorts-month = Mês { $n }
cohorts-quarter = Trimestre { $n }
cohorts-cell = { $cohort }, { $when }: { $bought } de { $size } { $bought ->
    [one] comprou
   *[other] compraram
}
cohorts-cell-first = primeiro período
cohorts-cell-week = semana { $n }
cohorts-cell-month = mês { $n }
cohorts-cell-quarter = trimestre { $n }
cohorts-earlier = { $count ->
    [one] { $count } coorte anterior não é mostrada.
   *[other] { $count } coortes anteriores não são mostradas.
}
cohorts-partial-week = A última semana ainda não terminou.
cohorts-partial-month = O último mês ainda não terminou.
cohorts-partial-quarter = O último trimestre ainda não terminou.

cohorts-list-first = { $cohort }: { $count ->
    [one] { $count } cliente que fez
    [many] { $count } de clientes que fizeram
   *[other] { $count } clientes que fizeram
} o primeiro pedido nesse período
cohorts-list-weeks = { $cohort }: { $count ->
    [one] { $count } cliente que comprou
    [many] { $count } de clientes que compraram
   *[other] { $count } clientes que compraram
} { $after } { $after ->
    [one] semana
   *[other] semanas
} depois
cohorts-list-months = { $cohort }: { $count ->
    [one] { $count } cliente que comprou
    [many] { $count } de clientes que compraram
   *[other] { $count } clientes que compraram
} { $after } { $after ->
    [one] mês
   *[other] meses
} depois
cohorts-list-quarters = { $cohort }: { $count ->
    [one] { $count } cliente que comprou
    [many] { $count } de clientes que compraram
   *[other] { $count } clientes que compraram
} { $after } { $after ->
    [one] trimestre
   *[other] trimestres
} depois
cohorts-download = Baixar esta lista (CSV)
cohorts-close = Fechar
