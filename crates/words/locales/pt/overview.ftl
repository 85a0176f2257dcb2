overview-comma = vírgula
overview-semicolon = ponto e vírgula
overview-tab = tabulação
overview-vertical-bar = barra vertical
overview-other-separator = outro

overview-utf-8 = UTF-8
overview-utf-16-le = UTF-16 (little-endian)
overview-utf-16-be = UTF-16 (big-endian)
overview-windows-1252 = Windows-1252 / ISO-8859-1 (Europa Ocidental)

overview-whole-numbers = números inteiros
overview-text-all-different = texto, todos diferentes
overview-text-values = { $count ->
    [one] texto, { $count } valor
    [many] texto, { $count } de valores diferentes
   *[other] texto, { $count } valores diferentes
}
overview-identifiers = identificadores, quase todos diferentes
overview-text-mostly-different = texto, valores quase todos diferentes
overview-decimal-point = ponto decimal (1,234.50)
overview-decimal-comma = vírgula decimal (1.234,50)
overview-date-iso = AAAA-MM-DD
overview-date-year-first = AAAA/MM/DD
overview-date-dotted = DD.MM.AAAA
overview-date-day-first = DD/MM/AAAA
overview-date-month-first = MM/DD/AAAA
overview-date-month-names = com nomes de meses (5 jan. 2024)
overview-date-with-time = { $date } com horário
overview-excel-serial = números de série de data do Excel
overview-excel-1904 = números de série de data do Excel (sistema de data 1904)
overview-unix-seconds = tempo Unix em segundos
overview-unix-millis = tempo Unix em milissegundos
overview-compact-ymd = AAAAMMDD
overview-not-dates = números que não são datas

overview-role-customer-id = ID do cliente
overview-role-email = E-mail
overview-role-first-name = Nome
overview-role-last-name = Sobrenome
overview-role-full-name = Nome completo
overview-role-company = Empresa
overview-role-order-id = Número do pedido
overview-role-order-date = Data do pedido
overview-role-order-time = Hora do pedido
overview-role-amount = Valor
overview-role-quantity = Quantidade
overview-role-unit-price = Preço unitário
overview-role-refunded-amount = Valor reembolsado
overview-role-product = Produto
overview-role-sku = Código do produto (SKU)
overview-role-category = Categoria do produto
overview-role-country = País
overview-role-region = Região / estado
overview-role-city = Cidade
overview-role-postal-code = CEP
overview-role-age = Idade
overview-role-birth-date = Data de nascimento
overview-role-gender = Gênero
overview-role-industry = Setor
overview-role-company-size = Porte da empresa
overview-role-discount-code = Cupom de desconto usado
overview-role-order-status = Status do pedido
overview-role-cancelled-at = Cancelado em
overview-role-accepts-marketing = Aceita marketing
overview-role-total-spent = Total gasto
overview-role-orders-count = Número de pedidos
overview-role-last-order-date = Data do último pedido
overview-role-first-order-date = Data do primeiro pedido

overview-shape-order-lines = itens de pedido (várias linhas por pedido)
overview-shape-orders = pedidos (uma linha por pedido)
overview-shape-customer-summary = resumo de clientes (uma linha por cliente com totais)

overview-status-kept = mantidos
overview-status-cancelled = cancelados ou com falha
overview-status-refunded = reembolsados
overview-status-unpaid = não pagos
overview-status-test = pedidos de teste
overview-left-out-status = { $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
} com status "{ $status }" ({ $class })
overview-left-out-cancelled = { $count ->
    [one] { $count } pedido cancelado
    [many] { $count } de pedidos cancelados
   *[other] { $count } pedidos cancelados
} (há uma data de cancelamento)
overview-left-out-refunds = { $count ->
    [one] { $count } linha com valor negativo contada como reembolso: reduz o gasto do cliente, mas não é um pedido
    [many] { $count } de linhas com valores negativos contadas como reembolsos: reduzem o gasto dos clientes, mas não são pedidos
   *[other] { $count } linhas com valores negativos contadas como reembolsos: reduzem o gasto dos clientes, mas não são pedidos
}
overview-left-out-after-reference = { $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
} de { $date } em diante, a data de referência: os segmentos mostram a loja como estava no início desse dia
overview-left-out-after-reference-rows = { $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
} ({ $rows } linhas) de { $date } em diante, a data de referência: os segmentos mostram a loja como estava no início desse dia
overview-left-out-currency = { $count ->
    [one] { $count } linha
    [many] { $count } de linhas
   *[other] { $count } linhas
} em { $code }: valores em moedas diferentes nunca são somados, então cada moeda é segmentada separadamente
overview-note-unnamed-currency = { $count ->
    [one] { $count } linha não indica moeda, embora outras indiquem; ela é contada em { $code }, a moeda exibida.
    [many] { $count } de linhas não indicam moeda, embora outras indiquem; elas são contadas em { $code }, a moeda exibida.
   *[other] { $count } linhas não indicam moeda, embora outras indiquem; elas são contadas em { $code }, a moeda exibida.
}
overview-note-amounts = Valores: { $amounts }.
overview-amount-line-totals = o valor de cada linha é o total de um item; um pedido é a soma deles
overview-amount-order-total-on-first-row = o total do pedido está na primeira linha de cada pedido; é contado uma vez por pedido
overview-amount-order-total-repeated = o total do pedido se repete em cada linha do pedido; é contado uma vez por pedido
overview-amount-quantity-times-price = valor = quantidade × preço unitário, somado por pedido
