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
period-cut-short = Os resultados são de { $reference }: os gastos são contados até { $last }.
period-after-reference = Os resultados são de { $reference }, antes do início deste período: nenhum pedido dele conta. Escolha um período anterior ou, acima, uma data posterior.
