features-recency = Dias desde o último pedido
features-frequency = Pedidos
features-monetary = Total gasto
features-aov = Ticket médio
features-first-order = Primeiro pedido
features-last-order = Último pedido
features-tenure = Dias desde o primeiro pedido
features-interval = Média de dias entre pedidos
features-overdue = Dias desde o último pedido ÷ intervalo habitual entre pedidos
features-spend-last-year = Gasto nos últimos 365 dias
features-spend-in-period = Gasto { $period }
features-spend-between = Gasto de { $from } a { $to }
features-period-last = nos { $days } dias antes de { $reference }
features-period-year = em { $year }
features-period-between = de { $from } a { $to }
features-discount-share = Parcela dos pedidos com desconto
features-weekday = Dia da semana favorito
features-month = Mês favorito
features-time-of-day = Período do dia favorito
features-top-category = Categoria favorita (por gasto)
features-top-category-share = Parcela do gasto na categoria favorita
features-categories-bought = Categorias compradas
features-postal-prefix = CEP, primeiros { $count } caracteres

features-email = E-mail
features-full-name = Nome completo
features-first-name = Nome
features-last-name = Sobrenome
features-company = Empresa
features-country = País
features-region = Região / estado
features-city = Cidade
features-postal-code = CEP
features-gender = Gênero
features-industry = Setor
features-accepts-marketing = Aceita marketing
features-age = Idade
features-company-size = Porte da empresa (funcionários)

features-r-score = Pontuação de recência
features-f-score = Pontuação de frequência
features-m-score = Pontuação monetária
features-p-alive = Chance de ainda estar ativo
features-expected-purchases = Compras esperadas nos próximos { $days } dias
features-expected-order-value = Gasto esperado por compra
features-predicted-value = Valor previsto, próximos { $days } dias

# A season-share feature; $season is the season's name.
features-season-share = Parte dos pedidos no período “{ $season }”
features-cluster = Grupo (k-means)

features-value-yes = sim
features-value-no = não

features-season-black-friday = Black Friday – Cyber Monday
features-season-december = Festas de dezembro
features-season-valentine = Dia de São Valentim
features-season-mother = Dia das Mães
