grid-editor-title = Editar la cuadrícula y la escala de puntuación
grid-editor-edited-name = { $name } (editado)
grid-editor-unreached = Ninguna celda lleva a { $names }, así que ningún cliente puede estar ahí.
grid-editor-quoted = «{ $name }»
grid-editor-list-or = { $rest } o { $last }
grid-editor-uncovered = { $count ->
    [one] { $count } celda de la cuadrícula no pertenece a ningún segmento; sus clientes van a «{ $segment }».
   *[other] { $count } celdas de la cuadrícula no pertenecen a ningún segmento; sus clientes van a «{ $segment }».
}
grid-editor-new-name = Nombre de un segmento nuevo
grid-editor-add-name = Añadirlo a las listas de celdas
grid-editor-points = Puntos de la escala
grid-editor-points-5 = 5 (quintiles)
grid-editor-points-3 = 3 (tiendas pequeñas)
grid-editor-recency-thresholds = Recencia: umbrales en días, de menor a mayor (vacío = grupos iguales)
grid-editor-frequency-thresholds = Frecuencia: umbrales en pedidos, de menor a mayor (vacío = grupos iguales)
grid-editor-monetary-thresholds = Importe: umbrales en { $currency } gastados, de menor a mayor (vacío = grupos iguales)
grid-editor-monetary-thresholds-plain = Importe: umbrales en dinero gastado, de menor a mayor (vacío = grupos iguales)
grid-editor-equal-groups = grupos iguales
grid-editor-thresholds-hint = Un valor hasta el primer umbral puntúa 1, hasta el segundo 2, y así sucesivamente (la recencia, al revés: las compras más recientes puntúan más alto). Indique un umbral menos que los puntos de la escala.
