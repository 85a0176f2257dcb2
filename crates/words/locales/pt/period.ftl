# A escolha de um período, para os níveis de gasto, o editor de regras e os melhores clientes
# (period_select.rs).

period-calendar-year = Ano de { $year }
period-last-12-months = Os últimos 12 meses
period-last-24-months = Os últimos 24 meses
period-own-dates = Datas que eu escolher…
period-from = De
period-to = até
period-apply = Aplicar
period-first-day = Primeiro dia
period-last-day = Último dia
period-cut-short = Os resultados refletem a situação em { $reference }: os gastos são contados até { $last }, inclusive.
period-after-reference = Os resultados refletem a situação em { $reference }, antes do início deste período: nenhum pedido desse período conta. Escolha um período anterior ou, acima, uma data posterior.
