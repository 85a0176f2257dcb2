# O valor futuro (future.rs).

future-horizon = Prever para os próximos (dias)
future-discount = Descontar gastos futuros em (% ao mês)
future-pending = Prevendo quem vai comprar de novo…
future-headline = De { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}, { $active } { $active ->
    [one] provavelmente ainda está ativo
   *[other] provavelmente ainda estão ativos
}. Nos próximos { $days } dias, espera-se que comprem em { $purchases } dias.
future-headline-value = De { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}, { $active } { $active ->
    [one] provavelmente ainda está ativo
   *[other] provavelmente ainda estão ativos
}. Nos próximos { $days } dias, espera-se que comprem em { $purchases } dias e gastem { $value } (com desconto de { $discount }% ao mês).
future-once = { $once ->
    [one] { $once } deles comprou só num único dia: o modelo conta esse cliente como ativo até vê-lo parar, por mais distante que seja esse dia, por isso os segmentos por valor futuro o mantêm à parte.
   *[other] { $once } deles compraram só num único dia: o modelo conta esses clientes como ativos até vê-los parar, por mais distante que seja esse dia, por isso os segmentos por valor futuro os mantêm à parte.
}
future-now-columns = A chance de cada cliente ainda estar ativo, as compras esperadas e o valor previsto agora são colunas das listas de clientes e das exportações, critérios do criador de regras e dos clusters, e números da tabela de segmentos.
future-segment = Segmentar por valor futuro
future-unchecked = Não foi possível verificar os modelos nos últimos meses: { $why }
future-models = Os modelos ajustados
future-parameters = Compras repetidas (BG/NBD): r = { $r }, α = { $alpha } dias, a = { $a }, b = { $b }.
future-spend-parameters = Gasto por compra (Gamma-Gamma): p = { $p }, q = { $q }, v = { $v }.
future-method = Ajustados por máxima verossimilhança, como faz a biblioteca lifetimes (Fader, Hardie & Lee 2005; nota de Fader & Hardie sobre o modelo Gamma-Gamma): as compras são contadas por dia, e os números de cada cliente são os do dia anterior à data de referência.

future-calibration-title = Qualidade da previsão nesta loja
future-calibration-caption = Compras por cliente nos dias reservados, previstas (claro) e reais (escuro), por compras repetidas anteriores
future-calibration-label = Gráfico de barras das compras previstas e reais por cliente; a tabela abaixo traz os mesmos números
future-bar-predicted = { $group }: previsto { $value }
future-bar-actual = { $group }: real { $value }
future-repeat-before = Compras repetidas antes
future-customers = Clientes
future-predicted-per-customer = Previsto por cliente
future-actual-per-customer = Real por cliente
