overview-comma = coma
overview-semicolon = punto y coma
overview-tab = tabulador
overview-vertical-bar = barra vertical
overview-other-separator = otro

overview-utf-8 = UTF-8
overview-utf-16-le = UTF-16 (little-endian)
overview-utf-16-be = UTF-16 (big-endian)
overview-windows-1252 = Windows-1252 / ISO-8859-1 (Europa occidental)

overview-whole-numbers = números enteros
overview-text-all-different = texto, todos distintos
overview-text-values = { $count ->
    [one] texto, { $count } valor
    [many] texto, { $count } de valores distintos
   *[other] texto, { $count } valores distintos
}
overview-identifiers = identificadores, casi todos distintos
overview-text-mostly-different = texto, valores casi todos distintos
overview-decimal-point = punto decimal (1,234.50)
overview-decimal-comma = coma decimal (1.234,50)
overview-date-iso = AAAA-MM-DD
overview-date-year-first = AAAA/MM/DD
overview-date-dotted = DD.MM.AAAA
overview-date-day-first = DD/MM/AAAA
overview-date-month-first = MM/DD/AAAA
overview-date-month-names = con nombres de mes (5 ene 2024)
overview-date-with-time = { $date } con hora
overview-excel-serial = números de serie de fecha de Excel
overview-excel-1904 = números de serie de fecha de Excel (sistema de fechas 1904)
overview-unix-seconds = tiempo Unix en segundos
overview-unix-millis = tiempo Unix en milisegundos
overview-compact-ymd = AAAAMMDD
overview-not-dates = números que no son fechas

overview-role-customer-id = ID de cliente
overview-role-email = Correo electrónico
overview-role-first-name = Nombre
overview-role-last-name = Apellidos
overview-role-full-name = Nombre completo
overview-role-company = Empresa
overview-role-order-id = Número de pedido
overview-role-order-date = Fecha del pedido
overview-role-order-time = Hora del pedido
overview-role-amount = Importe
overview-role-quantity = Cantidad
overview-role-unit-price = Precio unitario
overview-role-refunded-amount = Importe reembolsado
overview-role-product = Producto
overview-role-sku = Referencia (SKU)
overview-role-category = Categoría de producto
overview-role-country = País
overview-role-region = Región / provincia
overview-role-city = Ciudad
overview-role-postal-code = Código postal
overview-role-age = Edad
overview-role-birth-date = Fecha de nacimiento
overview-role-gender = Sexo
overview-role-industry = Sector
overview-role-company-size = Tamaño de la empresa
overview-role-discount-code = Código de descuento usado
overview-role-order-status = Estado del pedido
overview-role-cancelled-at = Cancelado el
overview-role-accepts-marketing = Acepta marketing
overview-role-total-spent = Gasto total
overview-role-orders-count = Número de pedidos
overview-role-last-order-date = Fecha del último pedido
overview-role-first-order-date = Fecha del primer pedido

overview-shape-order-lines = líneas de pedido (varias filas por pedido)
overview-shape-orders = pedidos (una fila por pedido)
overview-shape-customer-summary = resumen de clientes (una fila por cliente con sus totales)

overview-status-kept = conservados
overview-status-cancelled = cancelados o fallidos
overview-status-refunded = reembolsados
overview-status-unpaid = no pagados
overview-status-test = pedidos de prueba
overview-left-out-status = { $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
} con el estado «{ $status }» ({ $class })
overview-left-out-cancelled = { $count ->
    [one] { $count } pedido cancelado
    [many] { $count } de pedidos cancelados
   *[other] { $count } pedidos cancelados
} (tiene una fecha de cancelación)
overview-left-out-refunds = { $count ->
    [one] { $count } fila con importe negativo contada como reembolso: reduce el gasto del cliente, pero no es un pedido
    [many] { $count } de filas con importes negativos contadas como reembolsos: reducen el gasto de los clientes, pero no son pedidos
   *[other] { $count } filas con importes negativos contadas como reembolsos: reducen el gasto de los clientes, pero no son pedidos
}
overview-left-out-after-reference = { $count ->
    [one] { $count } pedido con fecha
    [many] { $count } de pedidos con fecha
   *[other] { $count } pedidos con fecha
} del { $date } o posterior, la fecha de referencia: los segmentos muestran la tienda tal como estaba al comienzo de ese día
overview-left-out-after-reference-rows = { $count ->
    [one] { $count } pedido con fecha
    [many] { $count } de pedidos con fecha
   *[other] { $count } pedidos con fecha
} ({ $rows } filas) del { $date } o posterior, la fecha de referencia: los segmentos muestran la tienda tal como estaba al comienzo de ese día
overview-left-out-currency = { $count ->
    [one] { $count } fila
    [many] { $count } de filas
   *[other] { $count } filas
} en { $code }: los importes en monedas distintas nunca se suman, así que cada moneda se segmenta por separado
overview-note-unnamed-currency = { $count ->
    [one] { $count } fila no indica ninguna moneda, aunque otras sí; se cuenta en { $code }, la moneda que se muestra.
    [many] { $count } de filas no indican ninguna moneda, aunque otras sí; se cuentan en { $code }, la moneda que se muestra.
   *[other] { $count } filas no indican ninguna moneda, aunque otras sí; se cuentan en { $code }, la moneda que se muestra.
}
overview-note-amounts = Importes: { $amounts }.
overview-amount-line-totals = el importe de cada fila es el total de una línea; un pedido es su suma
overview-amount-order-total-on-first-row = el total del pedido está en su primera fila; se cuenta una vez por pedido
overview-amount-order-total-repeated = el total del pedido se repite en cada una de sus filas; se cuenta una vez por pedido
overview-amount-quantity-times-price = importe = cantidad × precio unitario, sumado por pedido
