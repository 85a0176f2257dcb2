consent-region = Site conectado
consent-not-connected = Não conectado.
consent-not-pinned = { $site } não é um dos sites com os quais este Segmenter foi configurado para trabalhar, então não recebe nada desta página.
consent-disconnected = Desconectado de { $site }.
consent-disconnected-detail = Ele não recebe nada desta página até que a página seja carregada novamente.
consent-connected = Conectado a { $site }.
consent-summaries = Ele recebe resumos do arquivo que você abrir aqui; listas de clientes (IDs, e-mails, nomes) só se você permitir.
consent-allowed-on = Você permitiu em { $date } que ele receba listas de clientes (IDs, e-mails, nomes).
consent-refused-on = Você não permitiu que ele receba listas de clientes ({ $date }). Ele recebe apenas resumos.
consent-revoke = Revogar o acesso de { $site } às listas de clientes
consent-ask-again = Perguntar de novo da próxima vez
consent-disconnect = Desconectar { $site }
consent-unkept = Este navegador não conseguiu guardar sua resposta a { $site }, então ela vale só até esta página ser fechada.
consent-title = Compartilhar clientes com { $site }?
consent-asks = { $site } pede a lista de clientes de { $segment }: { $fields }, com pedidos e gastos, de { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}.
consent-fields-ids = IDs
consent-fields-emails = IDs e e-mails
consent-fields-names = IDs e nomes
consent-fields-all = IDs, e-mails e nomes
consent-more = Ele também pede mais { $count ->
    [one] { $count } lista
    [many] { $count } de listas
   *[other] { $count } listas
}.
consent-origin = A página em volta deste quadro vem de { $origin }. Permita só se você conhece esse site: ele vai receber as listas de clientes que pedir, de qualquer arquivo que você abrir aqui, até você revogar isso na barra acima.
consent-allow = Permitir { $site }
consent-refuse = Não permitir
