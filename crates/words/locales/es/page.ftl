app-tagline = Divida a sus clientes en grupos que merecen una campaña. Su archivo se lee en esta pestaña del navegador y nunca sale de ella.
app-privacy = Privacidad: Segmenter funciona por completo en su navegador. Ningún archivo, cliente ni cifra se sube, se guarda en un servidor ni se comparte; una vez cargada, la página no hace ninguna petición de red.
app-stopped = Algo falló en esta página y se detuvo. Sus datos no se enviaron a ninguna parte. Recargue la página para empezar de nuevo.

picker-title = Suelte aquí su exportación de pedidos o clientes
picker-sources = Un archivo CSV de Shopify, WooCommerce, Stripe, Square, Excel o Google Sheets: líneas de pedido, pedidos o una lista de clientes.
picker-choose = Elegir un archivo CSV
picker-sample = Probar la tienda de ejemplo
picker-unreadable = El navegador no pudo leer ese archivo.

progress-reading = Leyendo { $done } de { $total } · { $rows } filas · { $speed } filas por segundo
progress-rereading = Leyendo de nuevo con los formatos de números y fechas de todo el archivo · { $done } de { $total }
progress-segmenting = Segmentando clientes…
