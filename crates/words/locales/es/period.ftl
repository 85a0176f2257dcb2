# La elección de un periodo, para los niveles de gasto y el editor de reglas (period_select.rs).

period-calendar-year = Año natural { $year }
period-own-dates = Fechas que yo elija…
period-from = Del
period-to = al
period-apply = Aplicar
period-first-day = Primer día
period-last-day = Último día
