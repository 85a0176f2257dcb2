mapping-title = Cómo se leyó su archivo
mapping-facts = { $file } · { $rows ->
    [one] { $rows } fila
    [many] { $rows } de filas
   *[other] { $rows } filas
} · { $size } · separador: { $separator }
mapping-hint = Compruebe qué significa cada columna. Segmenter lo dedujo de los encabezados y los valores; cambie lo que no sea correcto.
mapping-column = Columna
mapping-examples = Ejemplos
mapping-written-as = Formato
mapping-meaning = Significado
mapping-segment = Segmentar mis clientes
mapping-reset = Volver a los significados sugeridos

mapping-characters = Caracteres
mapping-encoding-label = Codificación de caracteres
mapping-time-zone = Zona horaria
mapping-time-zone-label = La zona horaria de la tienda
mapping-browser-zone-named = La de este navegador: { $name } ({ $offset })
mapping-browser-zone = La de este navegador ({ $offset })
mapping-time-zone-hint = Las fechas y horas con desfase (como 2025-03-01T23:30:00Z) y las horas Unix caen en los días y horas de esta zona.
mapping-separator = Separador
mapping-separator-value = { $separator } ({ $character })
mapping-tab = tabulador
mapping-quoted = «{ $character }»
mapping-rows = Filas
mapping-rows-value = { $rows ->
    [one] { $rows } fila de datos
    [many] { $rows } de filas de datos
   *[other] { $rows } filas de datos
}; { $blank ->
    [one] { $blank } fila vacía omitida
    [many] { $blank } de filas vacías omitidas
   *[other] { $blank } filas vacías omitidas
}; { $problems ->
    [one] { $problems } fila no se pudo dividir en las columnas del encabezado
    [many] { $problems } de filas no se pudieron dividir en las columnas del encabezado
   *[other] { $problems } filas no se pudieron dividir en las columnas del encabezado
}
mapping-excel-1904 = Las fechas son números de serie de Excel del sistema de fechas 1904 (Excel para Mac anterior a 2011): son 4 años y un día posteriores a lo leído
mapping-repaired = { $count ->
    [one] { $count } byte no era UTF-8 válido y se leyó como carácter Windows-1252.
    [many] { $count } de bytes no eran UTF-8 válido y se leyeron como caracteres Windows-1252.
   *[other] { $count } bytes no eran UTF-8 válido y se leyeron como caracteres Windows-1252.
}

mapping-meaning-of = Significado de la columna { $column }
mapping-not-used = — sin usar —
mapping-decimal-separator = Separador decimal
mapping-date-both = Todas las fechas de aquí encajan en ambos órdenes. ¿Cuál es el correcto?
mapping-date-order = Orden de la fecha
mapping-day-first = Día primero (31/12/2024)
mapping-month-first = Mes primero (12/31/2024)

mapping-recency-as-of = Contar los días desde el último pedido hasta el
mapping-recency-empty = (déjelo vacío para usar el día siguiente al último pedido)
