# La elección de un periodo, para los niveles de gasto, el editor de reglas y los mejores clientes
# (period_select.rs).

period-calendar-year = Año natural { $year }
period-last-12-months = Los últimos 12 meses
period-last-24-months = Los últimos 24 meses
period-own-dates = Fechas que yo elija…
period-from = Del
period-to = al
period-apply = Aplicar
period-first-day = Primer día
period-last-day = Último día
period-cut-short = Los resultados están a fecha de { $reference }: el gasto se cuenta hasta el { $last } incluido.
period-after-reference = Los resultados están a fecha de { $reference }, antes de que empiece este periodo: no cuenta ninguno de sus pedidos. Elija un periodo anterior o, arriba, una fecha posterior.
