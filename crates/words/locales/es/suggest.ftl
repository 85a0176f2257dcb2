suggest-audience = { $customers ->
    [one] { $customers } cliente que ha gastado { $spent } hasta ahora ({ $share } de la facturación)
   *[other] { $customers } clientes que han gastado { $spent } hasta ahora ({ $share } de la facturación)
}
suggest-channel-email = Correo electrónico

suggest-first-objective = Conseguir un primer pedido
suggest-first-offer = Una oferta de bienvenida para el primer pedido, como el envío gratis
suggest-first-channel = Correo electrónico, si aceptaron recibir publicidad
suggest-first-timing = Una breve serie de bienvenida: ahora, a los 3 días y a los 10 días
suggest-first-message = Por qué se conoce la tienda y por qué vuelven los clientes
suggest-first-watch = Proporción que hace un primer pedido en 30 días
suggest-first-why = Estos clientes no tienen ningún pedido en este archivo, así que aún no hay un comportamiento de compra en el que apoyarse.

suggest-capped = { $percent } de descuento en su próximo pedido, con un máximo de { $cap }
suggest-full-price = Ya compran a precio completo ({ $share } de sus pedidos usaron un código), así que un descuento solo regalaría margen.

suggest-cherish-objective = Que estos clientes que gastan { $ratio } veces más sigan comprando y se sientan valorados
suggest-cherish-offer = Sin descuento: acceso anticipado a productos nuevos, un regalo de agradecimiento en pedidos de más de { $threshold } o puntos de fidelidad dobles.
suggest-cherish-channel = Correo electrónico, con un detalle personal como una nota escrita a mano en el próximo paquete
suggest-cherish-timing = Hacia el día { $day } tras su último pedido, justo antes de su recompra habitual a los { $cycle } días
suggest-cherish-message = Trato exclusivo: se enteran primero y reciben algo que otros no tienen
suggest-cherish-watch = Tasa de recompra y pedido medio en el próximo ciclo

suggest-second-objective = Convertir un primer pedido de hace { $days } días en un segundo
suggest-second-offer-full-price = Envío gratis en el segundo pedido, o una recomendación de producto basada en el primero.
suggest-second-offer = { $discount }, válido 30 días
suggest-second-timing = De 7 a 14 días después del primer pedido, con un recordatorio el día 30
suggest-second-timing-now = Ahora, { $days } días después de su primer pedido, con un recordatorio 14 días más tarde; para los clientes nuevos, de 7 a 14 días después del primer pedido
suggest-second-message = Darles las gracias, mostrar lo que otros clientes compran después y facilitar el segundo pedido
suggest-second-watch = Proporción del segmento que hace un segundo pedido en 60 días

suggest-habit-objective = Crear el hábito: de { $orders } pedidos a más, cada { $cycle } días
suggest-habit-offer = Un pack o un regalo en pedidos de más de { $threshold }, para aumentar la cesta en lugar de bajar el precio.
suggest-habit-timing = Antes de que se cumpla su intervalo habitual de { $cycle } días: hacia el día { $day } tras el último pedido
suggest-habit-message = Productos que combinan con lo que compraron, novedades de su gama favorita
suggest-habit-watch = Pedidos por cliente en los próximos 90 días

suggest-soon-objective = Recuperarlos antes de que se alejen: { $days } días desde su último pedido, frente a los { $cycle } habituales
suggest-soon-objective-shop = Recuperarlos antes de que se alejen: { $days } días desde su último pedido, frente a los { $cycle } habituales en la tienda
suggest-soon-objective-assumed = Recuperarlos antes de que se alejen: { $days } días desde su último pedido, más de los { $cycle } días supuestos entre pedidos
suggest-soon-offer-full-price = Un recordatorio con novedades y envío gratis, sin rebajar el precio.
suggest-soon-channel = Correo electrónico y después una audiencia de retargeting para quienes no lo abran
suggest-soon-timing = Ahora: han superado su intervalo habitual de { $cycle } días; un seguimiento a los 10 días
suggest-soon-timing-shop = Ahora: han superado el intervalo habitual de la tienda, { $cycle } días; un seguimiento a los 10 días
suggest-soon-timing-assumed = Ahora: más de { $cycle } días desde su último pedido; un seguimiento a los 10 días
suggest-soon-message = Le echamos de menos: lo nuevo desde su última visita
suggest-soon-watch = Proporción que hace un pedido en 30 días

suggest-personal-objective-predicted = Recuperar a { $who ->
    [big] los grandes compradores
   *[regular] los habituales
} mientras { $share } de los que repiten aún pueden comprar: { $days } días sin actividad
suggest-personal-objective = Recuperación personal de { $who ->
    [big] grandes compradores
   *[regular] clientes habituales
} sin actividad desde hace { $days } días
suggest-personal-objective-lost = Un último intento personal con { $who ->
    [big] grandes compradores
   *[regular] clientes habituales
} que se fueron hace { $days } días
suggest-personal-offer-full-price = Una nota personal y un regalo con su próximo pedido, en lugar de un descuento.
suggest-personal-channel = Correo personal del propietario; una llamada para clientes de empresa
suggest-personal-timing = Ahora, con un seguimiento 10 días después
suggest-personal-message = Preguntar qué salió mal y mostrar lo que ha mejorado
suggest-personal-watch = Proporción que hace un pedido en 45 días y la facturación que recuperan

suggest-let-go-objective-predicted = Dejarlos ir: solo es probable que { $share } de los que repiten vuelvan a comprar
suggest-let-go-objective = Reactivación de bajo coste tras { $days } días, y después dejarlos ir
suggest-let-go-offer = Un correo con sus productos más vendidos; sin descuento
suggest-let-go-channel = Solo correo electrónico; fuera de los anuncios de pago para ahorrar presupuesto
suggest-let-go-timing = Un envío ahora; quienes no reaccionen pasan a un boletín dos veces al año
suggest-let-go-message = Los más vendidos y las novedades, breve y sencillo
suggest-let-go-watch = Tasa de reactivación, frente al coste del envío

suggest-favourite-category = { $category } es la categoría favorita de { $share } de ellos.
suggest-lead-with = Empezar por { $category }.
suggest-pair = Mostrar { $second } a quienes compraron { $first }: los dos productos que sus clientes compran juntos con más frecuencia.
suggest-send-on-day-time = enviar un { $day } { $time }, cuando la mayoría hace sus pedidos
suggest-send-on-day = enviar un { $day }, el día en que la mayoría hace sus pedidos
suggest-monday = lunes
suggest-tuesday = martes
suggest-wednesday = miércoles
suggest-thursday = jueves
suggest-friday = viernes
suggest-saturday = sábado
suggest-sunday = domingo
suggest-night = de madrugada (0–6 h)
suggest-morning = por la mañana (6–12 h)
suggest-afternoon = por la tarde (12–18 h)
suggest-evening = por la noche (18–24 h)

suggest-season-why = { $share } de sus pedidos caen en el periodo «{ $season }» (un cliente medio: { $shop }).
suggest-season-timing = Antes de su temporada: { $season } va del { $starts } al { $ends }; enviar hacia el { $send }, dos semanas antes, y otra vez el primer día
suggest-season-message = Sus compras para «{ $season }», más fáciles: ideas, fechas límite de pedido, lo que se agotó el año pasado
suggest-no-dates-timing = Cuando le venga bien en su calendario: este archivo no tiene fechas de pedido para elegir el momento

suggest-why-recency = Último pedido mediano hace { $days } días, frente a los { $cycle } días habituales entre pedidos;
suggest-why-recency-shop = Último pedido mediano hace { $days } días, frente a los { $cycle } días habituales entre pedidos en la tienda;
suggest-why-recency-assumed = Último pedido mediano hace { $days } días; nadie ha pedido dos veces todavía, así que se suponen { $cycle } días entre pedidos;
suggest-why-no-dates = El archivo no tiene fechas de pedido, así que no se sabe cuándo compraron por última vez;
suggest-why-figures = mediana de { $orders } pedidos y { $spent } gastados ({ $ratio } veces el cliente mediano de la tienda); pedido mediano { $order }.
suggest-why-discount = { $share } de sus pedidos usaron un código de descuento.
suggest-why-repeat = { $share } han pedido más de una vez.
suggest-why-alive = De los que han pedido en dos días o más, de media, una probabilidad de { $share } de que sigan activos.
suggest-why-alive-value = De los que han pedido en dos días o más, de media, una probabilidad de { $share } de que sigan activos; están en juego { $value } previstos del segmento para el próximo año.

suggest-holdout-too-few = Reservar { $held } de { $segment } clientes es demasiado poco para medir nada: cada grupo necesita al menos { $min } clientes.
suggest-holdout-detectable = Reservando { $held } de { $segment } clientes, con aproximadamente { $baseline } de ellos comprando de todos modos, esta campaña puede mostrar un aumento de { $uplift } puntos o más (potencia del 80 %, nivel del 5 %); uno menor probablemente aparecerá como «indistinguible de cero».
suggest-holdout-undetectable = Reservando { $held } de { $segment } clientes, con aproximadamente { $baseline } de ellos comprando de todos modos, ningún aumento, por grande que sea, se mostraría de forma fiable.
suggest-holdout-needed = Para mostrar el aumento de { $expected } puntos que espera, reserve al menos { $percent } del segmento ({ $customers } clientes).
suggest-holdout-unreachable = El aumento de { $expected } puntos que espera no se puede mostrar de forma fiable en este segmento, ni reservando la mitad: mídalo durante un periodo más largo o en un segmento más grande.

suggest-uplift-not-in-file = Ninguno de los clientes de esta campaña aparece en el archivo más reciente.
suggest-uplift-no-orders-since = El archivo más reciente no tiene pedidos desde el día del envío.
suggest-uplift-no-holdout = No se reservó ningún cliente en esta campaña, así que su efecto no se puede medir.
suggest-uplift-too-few-held-out = Se reservaron demasiado pocos clientes para saber si la campaña tuvo efecto: { $customers }, y se necesitan al menos { $min }.
suggest-uplift-too-few-sent = La campaña llegó a demasiado pocos clientes para saber si tuvo efecto: { $customers }, y se necesitan al menos { $min }.
suggest-uplift-too-few-buyers = Demasiado pocos clientes han pedido desde el día del envío para saber si la campaña tuvo efecto: { $buyers } entre los dos grupos, y se necesitan al menos { $min }.
suggest-uplift-made-a-difference = La campaña tuvo efecto: el aumento de la tasa de compra está claramente por encima de cero.
suggest-uplift-may-have-hurt = Los clientes que recibieron la campaña pidieron menos que los reservados: puede que haya perjudicado.
suggest-uplift-no-clear-difference = La diferencia aún no se distingue de cero.
suggest-uplift-caution = Tome el intervalo de facturación solo como orientación: { $group ->
    [sent] el grupo que recibió la campaña
   *[held-out] el grupo reservado
} tiene { $customers } clientes, demasiado pocos para una facturación tan desigual (unos pocos pedidos grandes pesan mucho); harían falta unos { $needed }.
suggest-uplift-same-shop = Compruebe que procede de la misma tienda e identifica a los clientes de la misma manera.
suggest-uplift-cover-weeks = Cargue un archivo que cubra las semanas posteriores al { $day }.
suggest-uplift-export-holdout = Exporte la próxima con un grupo de control.
suggest-uplift-keep-groups = La próxima vez, mantenga al menos { $min } clientes en cada grupo.
suggest-uplift-wait = Espere a que haya más pedidos y vuelva a medir con un archivo más reciente.
suggest-uplift-too-small = { $sent-rate } de los { $sent } clientes que recibieron la campaña hicieron un pedido, frente a { $held-rate } de los { $held } reservados; con grupos tan pequeños, uno o dos clientes más o menos cambiarían el resultado, así que no se afirma ninguna diferencia.
suggest-uplift-rates = { $sent-rate } de los clientes que recibieron la campaña hicieron un pedido, frente a { $held-rate } de los reservados: { $difference } puntos (intervalo del 95 % de { $low } a { $high }).
suggest-uplift-detectable = Grupos de este tamaño solo muestran de forma fiable un aumento de unos { $uplift } puntos o más (potencia del 80 %, nivel del 5 %): espere más pedidos o reserve más clientes la próxima vez.
suggest-uplift-undetectable = Grupos de este tamaño no pueden mostrar ningún aumento de forma fiable: reserve más clientes la próxima vez.
suggest-uplift-revenue = Facturación por cliente: { $sent } con envío, { $held } reservados.
suggest-uplift-revenue-interval = Facturación por cliente: { $sent } con envío, { $held } reservados ({ $difference } por cliente, intervalo del 95 % de { $low } a { $high }).
suggest-uplift-rate-alone = El veredicto se basa solo en la tasa de compra: contar también una diferencia de facturación casi duplicaría el riesgo de una conclusión falsa.
