# Os segmentos ao longo do tempo (through_time.rs).

through-time-hint = Quem mudou entre os segmentos de “{ $scheme }”: a loja como estava em um dia anterior, ou como uma exportação mais antiga ou mais recente a mostra, segmentada da mesma forma.
through-time-waiting = Aguardando as previsões: a comparação é feita com o esquema que as usa assim que estiverem prontas…
through-time-from-label = Comparar com a loja como estava em
through-time-compare = Comparar
through-time-or = ou
through-time-compare-file = Comparar com outra exportação desta loja…
through-time-title = De { $from } a { $to }
through-time-how-to-read = Linhas: o segmento antes. Colunas: o segmento agora. Cada célula: clientes e depois a parcela deles na linha; abra uma célula para ver os clientes, uma campanha e uma lista.
through-time-corner = Antes \ agora
through-time-net-change = Variação líquida
through-time-download = Baixar as mudanças de segmento (CSV)
through-time-cell-customers = { $count ->
    [one] cliente,
    [many] de clientes,
   *[other] clientes,
}
through-time-cell-row = da linha: { $from } → { $to }
through-time-band = { $from } → { $to }: { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
through-time-flow-caption = Para onde foram os clientes de cada segmento (esquerda: antes, direita: agora)
through-time-flow-label = Diagrama de fluxo de clientes entre segmentos; a tabela acima traz os mesmos números

through-time-cell-title = { $label } — { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
through-time-cell-download = Baixar esta lista (CSV)
through-time-close = Fechar
through-time-at-stake = Esses clientes gastaram { $amount } no ano anterior a { $day }.
through-time-campaign = Campanha: { $objective }
through-time-offer = Oferta
through-time-channel = Canal
through-time-timing = Momento
through-time-message = Mensagem
through-time-watch = O que acompanhar
through-time-why = Por quê:
