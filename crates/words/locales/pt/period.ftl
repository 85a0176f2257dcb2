# A escolha de um período, para os níveis de gasto e o editor de regras (period_select.rs).

period-calendar-year = Ano de { $year }
period-own-dates = Datas que eu escolher…
period-from = De
period-to = até
period-apply = Aplicar
period-first-day = Primeiro dia
period-last-day = Último dia
