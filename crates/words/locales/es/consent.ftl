consent-region = Sitio conectado
consent-not-connected = No conectado.
consent-not-pinned = { $site } no es uno de los sitios con los que se configuró este Segmenter, así que no recibe nada de esta página.
consent-disconnected = Desconectado de { $site }.
consent-disconnected-detail = No recibe nada de esta página hasta que la página se vuelva a cargar.
consent-connected = Conectado a { $site }.
consent-summaries = Recibe resúmenes del archivo que abra aquí; listas de clientes (ID, correos electrónicos, nombres) solo si usted lo permite.
consent-allowed-on = Usted le permitió recibir listas de clientes (ID, correos electrónicos, nombres) el { $date }.
consent-refused-on = Usted no le permitió recibir listas de clientes ({ $date }). Solo recibe resúmenes.
consent-revoke = Quitar a { $site } el acceso a las listas de clientes
consent-ask-again = Volver a preguntarme la próxima vez
consent-disconnect = Desconectar { $site }
consent-unkept = Este navegador no pudo guardar su respuesta a { $site }, así que solo vale hasta que se cierre esta página.
consent-title = ¿Compartir clientes con { $site }?
consent-asks = { $site } pide la lista de clientes de { $segment }: { $fields }, con pedidos y gasto, de { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}.
consent-fields-ids = ID
consent-fields-emails = ID y correos electrónicos
consent-fields-names = ID y nombres
consent-fields-all = ID, correos electrónicos y nombres
consent-more = También pide { $count ->
    [one] { $count } lista más
    [many] { $count } de listas más
   *[other] { $count } listas más
}.
consent-origin = La página que rodea este marco viene de { $origin }. Permítalo solo si conoce ese sitio: recibirá las listas de clientes que pida, de cualquier archivo que abra aquí, hasta que lo revoque en la barra de arriba.
consent-allow = Permitir a { $site }
consent-refuse = No permitir
