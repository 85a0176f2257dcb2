features-recency = Días desde el último pedido
features-frequency = Pedidos
features-monetary = Total gastado
features-aov = Valor medio del pedido
features-first-order = Primer pedido
features-last-order = Último pedido
features-tenure = Días desde el primer pedido
features-interval = Días medios entre pedidos
features-overdue = Días desde el último pedido ÷ días habituales entre pedidos
features-spend-last-year = Gastado en los últimos 365 días
features-spend-in-period = Gastado { $period }
features-spend-between = Gastado del { $from } al { $to }
features-period-last = en los { $days } días antes del { $reference }
features-period-year = en { $year }
features-period-between = del { $from } al { $to }
features-discount-share = Proporción de pedidos con descuento
features-weekday = Día favorito
features-month = Mes favorito
features-time-of-day = Momento del día favorito
features-top-category = Categoría favorita (por gasto)
features-top-category-share = Proporción del gasto en la categoría favorita
features-categories-bought = Categorías compradas
features-postal-prefix = Código postal, primeros { $count } caracteres

features-email = Correo electrónico
features-full-name = Nombre completo
features-first-name = Nombre
features-last-name = Apellido
features-company = Empresa
features-country = País
features-region = Región / estado
features-city = Ciudad
features-postal-code = Código postal
features-gender = Género
features-industry = Sector
features-accepts-marketing = Acepta marketing
features-age = Edad
features-company-size = Tamaño de empresa (empleados)

features-r-score = Puntuación de recencia
features-f-score = Puntuación de frecuencia
features-m-score = Puntuación monetaria
features-p-alive = Probabilidad de seguir activo
features-expected-purchases = Compras previstas en los próximos { $days } días
features-expected-order-value = Gasto previsto por compra
features-predicted-value = Valor previsto, próximos { $days } días

# A season-share feature; $season is the season's name.
features-season-share = Parte de los pedidos en el periodo «{ $season }»
features-cluster = Grupo (k-means)

features-value-yes = sí
features-value-no = no

features-season-black-friday = Black Friday – Cyber Monday
features-season-december = Fiestas de diciembre
features-season-valentine = San Valentín
features-season-mother = Día de la Madre
