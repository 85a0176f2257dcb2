read-empty = Este archivo está vacío. Elija el archivo CSV que exportó su tienda.
read-header-only = Este archivo tiene una fila de encabezado ({ $columns ->
    [one] { $columns } columna
   *[other] { $columns } columnas
}) pero ninguna fila de datos debajo. Vuelva a exportar con un periodo que incluya pedidos.
read-workbook = Esto es un libro de Excel (.xlsx) o un archivo zip, no un archivo CSV. Ábralo en Excel, Numbers o Hojas de cálculo de Google y guárdelo o descárguelo como CSV; luego elija ese archivo.
read-old-excel = Esto es un libro de Excel antiguo (.xls), no un archivo CSV. Ábralo en Excel, elija Archivo › Guardar como › CSV y luego elija ese archivo.
read-gzip = Este archivo está comprimido (.gz). Descomprímalo primero (con doble clic) y luego elija el archivo CSV que contiene.
read-pdf = Esto es un documento PDF, no un archivo CSV. Exporte sus pedidos o clientes de su tienda como CSV.
read-not-text = Este archivo no es texto, así que no puede ser una exportación CSV. Elija el archivo CSV que exportó su tienda.
read-single-column = Solo se encontró una columna (encabezado: «{ $header }»). Una exportación CSV separa sus columnas con comas, puntos y coma, tabulaciones o barras verticales; este archivo no parece hacerlo. Compruebe que es la exportación CSV y no una simple lista.
read-file-unavailable = El navegador no pudo leer este archivo. Puede que se haya movido, renombrado, modificado o abierto con otro programa mientras se leía; elíjalo de nuevo.
read-too-large = Este archivo ocupa { $size } y esta pestaña del navegador puede trabajar con archivos de hasta { $limit }. Exporte un periodo más corto (por ejemplo, los dos últimos años) y vuelva a intentarlo.

problem-field-count = tiene { $found } valores, pero el encabezado tiene { $expected } columnas; puede que falte una comilla o un separador
problem-missing-order-date = no tiene fecha de pedido
problem-missing-unit-price = no tiene precio unitario
problem-missing-amount = no tiene importe
problem-missing-customer-id = no tiene ID de cliente
problem-missing-email = no tiene correo electrónico
problem-not-a-number = «{ $text }» no es un número
problem-not-a-date = «{ $text }» no es una fecha
problem-duplicate-customer = el cliente «{ $customer }» aparece en una línea anterior; se usó la fila anterior
problem-file-line = línea
problem-file-column = columna
problem-file-reason = motivo
row-problem = Línea { $line }: { $problem }
row-problem-column = Línea { $line }, columna «{ $column }»: { $problem }
