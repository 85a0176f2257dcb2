# Los segmentos a lo largo del tiempo (through_time.rs).

through-time-hint = Quién pasó de un segmento a otro de «{ $scheme }»: la tienda tal como estaba en un día anterior, o como la muestra una exportación más antigua o más reciente, segmentada de la misma manera.
through-time-waiting = Esperando las predicciones: la comparación se hace con el esquema que las usa en cuanto estén listas…
through-time-from-label = Comparar con la tienda tal como estaba el
through-time-compare = Comparar
through-time-or = o
through-time-compare-file = Comparar con otra exportación de esta tienda…
through-time-title = Del { $from } al { $to }
through-time-how-to-read = Filas: el segmento de antes. Columnas: el segmento de ahora. Cada celda: clientes y luego su parte de la fila; abra una celda para ver sus clientes, una campaña y una lista.
through-time-corner = Antes \ ahora
through-time-net-change = Cambio neto
through-time-download = Descargar los cambios de segmento (CSV)
through-time-cell-customers = { $count ->
    [one] cliente,
    [many] de clientes,
   *[other] clientes,
}
through-time-cell-row = de la fila: { $from } → { $to }
through-time-band = { $from } → { $to }: { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
through-time-flow-caption = Adónde fueron los clientes de cada segmento (izquierda: antes, derecha: ahora)
through-time-flow-label = Diagrama de flujo de clientes entre segmentos; la tabla de arriba muestra las mismas cifras

through-time-cell-title = { $label } — { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
through-time-cell-download = Descargar esta lista (CSV)
through-time-close = Cerrar
through-time-at-stake = Estos clientes gastaron { $amount } en el año anterior al { $day }.
through-time-campaign = Campaña: { $objective }
through-time-offer = Oferta
through-time-channel = Canal
through-time-timing = Momento
through-time-message = Mensaje
through-time-watch = Qué vigilar
through-time-why = Por qué:
