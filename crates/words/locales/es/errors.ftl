error-no-customers-yet = Aún no había ningún cliente al comienzo del { $day }: todos los pedidos tienen esa fecha o una posterior. Elija una fecha posterior.
error-no-usable-order-yet = Aún no había ningún cliente al comienzo del { $day }: { $count ->
    [1] la única fila con una fecha anterior no se pudo usar
   *[other] no se pudo usar ninguna de las { $count } filas con una fecha anterior
}. Elija una fecha posterior.
error-migration-dates = La primera fecha ({ $from }) debe ser anterior a la segunda ({ $to }).
error-other-file-mapping = { $file } no tiene las mismas columnas que el archivo que se muestra, y no se pudieron reconocer todas las suyas. { $missing }
error-keyed-differently = { $ids } identifica a los clientes solo por su ID de cliente y { $emails } solo por su correo electrónico, así que ningún cliente podría encontrarse en ambos archivos. Compare dos exportaciones que identifiquen a los clientes de la misma manera.
error-summary-before-last-order = Este archivo indica los totales de cada cliente, no sus pedidos, así que no puede mostrar la tienda tal como estaba el { $reference }. Elija el { $earliest } o una fecha posterior, o use una exportación de pedidos.
error-read-other = { $file }: { $error }
error-no-file = Elija primero un archivo.
error-no-file-sent = La solicitud no traía ningún archivo.
error-nothing-usable = No se pudo usar ninguna de las { $rows } filas. { $problem }
error-nothing-usable-in = { $rows ->
    [1] No se pudo usar la única fila en { $currency }.
   *[other] No se pudo usar ninguna de las { $rows } filas en { $currency }.
} { $problem }
error-currency-not-in-file = Este archivo no tiene filas en { $asked }. Sus monedas: { $list }.
error-conventions-unsettled = No se pudo determinar cómo escribe el archivo los números y las fechas.
error-no-analysis = Segmente primero a los clientes.
error-no-crosstab = Haga primero una tabla cruzada.
error-no-migration = Compare primero dos fechas o dos archivos.
error-no-such-segment = Elija primero un segmento.
error-nothing-to-export = Todavía no hay nada que exportar.
error-not-records = Este archivo no contiene registros de campañas ({ $reason }). Elija un archivo guardado con «Download these records».
error-not-a-scheme = Este archivo no es un esquema de Segmenter (línea { $line }, columna { $column }: { $reason }). Elija un archivo guardado con «Download scheme».
error-unknown-scheme = No existe el esquema «{ $key }». Esquemas conocidos: { $known }.
error-scheme-unavailable = El esquema «{ $name }» no se puede usar con este archivo: { $why }
error-unknown-segment = No existe el segmento «{ $name }». Segmentos: { $known }.
error-empty-segment = { $segment } no tiene clientes a los que enviar una campaña.
error-nobody-reachable = No se puede enviar esta lista a nadie de { $segment }. { $left }
error-nobody-reachable-without-email = No se puede enviar esta lista a nadie de { $segment }. { $left } Elija «Any tool (plain CSV)» para listarlos por ID de cliente.
left-out-declined = De los { $customers } clientes del segmento, { $declined } rechazaron el marketing: no están en la lista.
left-out-without-email = De los { $customers } clientes del segmento, { $without } no tienen correo electrónico: no están en la lista.
left-out-declined-and-without-email = De los { $customers } clientes del segmento, { $declined } rechazaron el marketing y { $without } no tienen correo electrónico: no están en la lista.
error-cannot-measure-columns = { $file } no se puede usar para medir campañas: { $missing }
error-cannot-measure-undated = { $file } no tiene pedidos con fecha, así que no puede mostrar lo que compraron los clientes después de una campaña: suelte una exportación de pedidos.
error-bad-message = La página envió un mensaje que el motor no entiende.
error-unexpected-answer = El motor respondió con algo que la página no había pedido. Vuelva a intentarlo.
error-stopped = El trabajo se detuvo.

missing-customer = Elija la columna que identifica al cliente (un ID de cliente o el correo electrónico).
missing-order-date = Elija la columna con la fecha del pedido.
missing-amount = Elija la columna con el importe del pedido (o el precio unitario).

error-rule-unknown-feature = La regla de «{ $segment }» usa «{ $feature }», que este archivo no tiene. Asigne la columna que necesita o cambie la regla.
error-rule-not-a-number = La regla de «{ $segment }» compara «{ $feature }» como un número, pero no lo es.
error-rule-not-a-date = La regla de «{ $segment }» compara «{ $feature }» como una fecha, pero no lo es.
error-rule-not-a-category = La regla de «{ $segment }» compara «{ $feature }» como una categoría, pero no lo es.
error-rule-not-text = La regla de «{ $segment }» compara «{ $feature }» como un texto, pero no lo es.

error-cluster-no-features = Elija al menos una cifra para agrupar.
error-cluster-unknown-feature = Este archivo no tiene «{ $feature }» para agrupar.
error-cluster-not-numeric = «{ $feature }» no es un número, así que no se puede usar para agrupar.
error-cluster-too-few = { $count ->
    [one] Solo { $count } cliente tiene
   *[other] Solo { $count } clientes tienen
} todas las cifras elegidas; agrupar requiere al menos 10.

error-horizon-zero = Las predicciones necesitan un horizonte de al menos un día.
error-discount-rate = La tasa de descuento mensual debe ser un número igual o mayor que 0, no { $rate }.
error-impossible-history = El cliente { $customer } tiene un historial de compras imposible, así que no se puede predecir nada.
error-history-too-short = Las predicciones necesitan al menos 3 meses de pedidos antes de la fecha de referencia; estos pedidos abarcan { $days ->
    [one] { $days } día
   *[other] { $days } días
}.
error-too-few-repeat-customers = Las predicciones necesitan al menos { $needed } clientes que hayan pedido en dos días distintos; esta tienda tiene { $count }.
error-purchases-not-fitted = El modelo de recompra no se pudo ajustar a estos pedidos: no llegó a una respuesta estable.
error-order-values-not-fitted = El modelo de valor de pedido no se pudo ajustar a estos pedidos: no llegó a una respuesta estable.
error-purchases-not-finite = El modelo de recompra dio cifras demasiado grandes para usarlas con estos pedidos.
error-order-values-not-finite = El modelo de valor de pedido dio cifras demasiado grandes para usarlas con estos pedidos.
error-no-repeat-spend = No se puede predecir el valor de los pedidos: ningún cliente gastó nada en un pedido repetido.
error-order-values-unbounded = No se puede predecir el valor de los pedidos: el gasto de los clientes recurrentes varía demasiado para que el modelo de valor de pedido dé un promedio sensato.

error-sql-unsupported-feature = El esquema usa «{ $feature }», que la versión SQL aún no calcula; segmente con la página o con la línea de comandos.
error-no-spend-period = El esquema usa el gasto en un periodo sin decir qué periodo. Indíquelo en el archivo del esquema con «period» (un esquema descargado de la página lo hace) o elija el periodo en la pestaña «Mejores clientes» y vuelva a elegir el esquema.
error-sql-unsupported-preset = «{ $name }» aún no se puede escribir como SQL; segmente con la página o con la línea de comandos.
error-sql-missing-column = { $scheme } necesita la columna de: { $role } (añada --map { $key }=COLUMN).
error-sql-missing-column-every-scheme = Todos los esquemas necesitan la columna de: { $role } (añada --map { $key }=COLUMN).
error-sql-needs-prediction = { $scheme } lee cifras previstas, que necesitan los modelos ajustados a sus pedidos: haga primero la predicción (en la página, Future value) o, en la línea de comandos, indique el archivo de pedidos (segmenter sql FILE …); la consulta lleva entonces los parámetros de los modelos.
error-sql-not-a-number = Una regla compara «{ $feature }» como un número, y no lo es.
error-sql-not-a-date = Una regla compara «{ $feature }» como una fecha, y no lo es.
error-sql-not-a-category = Una regla compara «{ $feature }» como una categoría, y no lo es.

error-stored-mapping = Sus elecciones de columnas para este archivo guardadas en este navegador no se pudieron leer ({ $reason }), así que no se muestran. No se borró nada: la copia guardada se conserva tal como estaba.
error-stored-schemes = Sus esquemas guardados en este navegador no se pudieron leer ({ $reason }), así que no se muestran. No se borró nada: la copia guardada se conserva tal como estaba.
error-stored-campaign-edits = Sus campañas editadas guardadas en este navegador no se pudieron leer ({ $reason }), así que no se muestran. No se borró nada: la copia guardada se conserva tal como estaba.
error-stored-campaign-records = Sus registros de campañas exportadas guardados en este navegador no se pudieron leer ({ $reason }), así que no se muestran. No se borró nada: la copia guardada se conserva tal como estaba.
error-stored-host-consents = Sus respuestas a los sitios que integran Segmenter guardadas en este navegador no se pudieron leer ({ $reason }), así que no se muestran. No se borró nada: la copia guardada se conserva tal como estaba.
error-stored-preferences = Sus preferencias guardadas en este navegador no se pudieron leer ({ $reason }), así que no se muestran. No se borró nada: la copia guardada se conserva tal como estaba.
error-snapshot-not-predicted = Al { $day }, no se pueden calcular las predicciones que usa este esquema: { $error } Un esquema basado solo en los pedidos, como RFM, sí se puede comparar desde ese día.
