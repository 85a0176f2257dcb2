playbook-title = Plan de campañas
playbook-segments = Segmentos: { $scheme }
playbook-print = Imprimir el plan
playbook-download-all = Descargar todo el resultado (JSON)
playbook-hint-edit = Cada campaña se sugiere a partir de las cifras de su segmento. Edite lo que quiera para adaptarla a su tienda; su versión se guarda en este navegador.
playbook-hint-export = Exporte una lista de envío para su herramienta de e-mail: se aparta al azar un grupo de control (siempre los mismos clientes para la misma campaña), para que pueda medir el efecto más adelante.
playbook-edits-unkept = Este navegador no pudo guardar sus cambios, así que solo se conservan durante esta visita.
playbook-saved = Lista de envío guardada: { $sent ->
    [one] { $sent } cliente
    [many] { $sent } de clientes
   *[other] { $sent } clientes
}; { $held ->
    [one] { $held } cliente apartado
    [many] { $held } de clientes apartados
   *[other] { $held } clientes apartados
} como grupo de control.
playbook-record-unkept = Este navegador no pudo guardar el registro de la campaña, así que solo puede medirse durante esta visita.
playbook-objective = Objetivo
playbook-offer = Oferta
playbook-channel = Canal
playbook-timing = Momento
playbook-message = Mensaje
playbook-watch = A vigilar
playbook-why = Por qué:
playbook-edit = Editar
playbook-save = Guardar
playbook-reset = Volver a la sugerencia
playbook-send-list = Lista de envío
playbook-campaign-name = Nombre de la campaña
playbook-layout = Para
playbook-layout-plain = Cualquier herramienta (CSV simple)
playbook-holdout = Apartar { $gap } %
playbook-sent-on = Enviada el
playbook-expected = Aumento que espera { $gap } puntos
playbook-expected-example = p. ej. 3
playbook-export = Exportar lista de envío
playbook-choose-day = Elija el día en que se envía la campaña.
playbook-results-title = Resultados de las campañas
playbook-results-empty = Las campañas que exporte aparecen aquí, para medirlas cuando sus clientes hayan tenido tiempo de comprar.
playbook-column-campaign = Campaña
playbook-column-segment = Segmento
playbook-column-sent = Enviada
playbook-column-sent-to = Enviada a
playbook-column-held-out = Apartados
playbook-column-kept-until = Se guarda hasta
playbook-forget = Olvidar
playbook-removed-next-visit = { $date }: se eliminará en su próxima visita
playbook-measure = Medirlas con un archivo de pedidos más reciente…
playbook-measure-hint = Exporte de nuevo los pedidos de su tienda unas semanas después del envío y suelte el archivo aquí: se lee en esta pestaña como el primero.
playbook-keep-for = Guardar cada registro { $gap } días después de su envío
playbook-download-records = Descargar estos registros
playbook-add-records = Añadir registros desde un archivo…
playbook-records-hint = Un registro contiene los ID de los clientes a los que se envió la campaña y de los apartados, solo en este navegador. Para medir una campaña en otro navegador, descargue aquí los registros y añada el archivo allí.
playbook-added = { $count ->
    [one] Se añadió { $count } registro de campaña
    [many] Se añadieron { $count } de registros de campaña
   *[other] Se añadieron { $count } registros de campaña
} desde { $file }{ $updated }{ $unchanged }{ $past }.
playbook-added-updated = ; { $count ->
    [one] { $count } registro sustituyó
    [many] { $count } de registros sustituyeron
   *[other] { $count } registros sustituyeron
} un envío anterior de la misma campaña
playbook-added-unchanged = ; { $count ->
    [one] { $count } registro ya estaba aquí (o es más antiguo que el envío de aquí)
    [many] { $count } de registros ya estaban aquí (o son más antiguos que el envío de aquí)
   *[other] { $count } registros ya estaban aquí (o son más antiguos que el envío de aquí)
}
playbook-added-past = ; { $count ->
    [one] { $count } registro supera los { $days } días que se guardan los registros y no se añadió
    [many] { $count } de registros superan los { $days } días que se guardan los registros y no se añadieron
   *[other] { $count } registros superan los { $days } días que se guardan los registros y no se añadieron
}
playbook-added-unkept = Este navegador no pudo guardarlos, así que solo se conservan durante esta visita.
playbook-expired = { $count ->
    [one] Se eliminó { $count } registro de campaña
    [many] Se eliminaron { $count } de registros de campaña
   *[other] Se eliminaron { $count } registros de campaña
}: los registros se guardan { $days } días después de su día de envío ({ $listed }). Ya no están en este navegador; aún puede guardarlos mientras esta página siga abierta.
playbook-expired-record = { $campaign } para { $segment }, enviada el { $date }
playbook-expired-separator = { "; " }
playbook-download-removed = Descargar los registros eliminados
playbook-period = Pedidos desde el { $from }
playbook-period-to = Pedidos del { $from } al { $to }
playbook-column-customers = Clientes
playbook-column-ordered = Compraron
playbook-column-rate = Tasa de compra
playbook-column-revenue = Ingresos por cliente
playbook-row-sent = Recibieron la campaña
playbook-row-held-out = Apartados
playbook-row-uplift = Aumento (intervalo del 95 %)
playbook-uplift-points = { $difference } puntos ({ $low } a { $high })
playbook-uplift-money = { $difference } ({ $low } a { $high })
