playbook-title = Plano de campanhas
playbook-segments = Segmentos: { $scheme }
playbook-print = Imprimir o plano
playbook-download-all = Baixar o resultado completo (JSON)
playbook-hint-edit = Cada campanha é sugerida a partir dos números do seu segmento. Edite o que quiser para adaptá-la à sua loja; sua versão fica guardada neste navegador.
playbook-hint-export = Exporte uma lista de envio para sua ferramenta de e-mail: um grupo de controle é separado dela ao acaso (sempre os mesmos clientes para a mesma campanha), para que você possa medir o efeito depois.
playbook-edits-unkept = Este navegador não conseguiu guardar suas alterações, então elas valem só durante esta visita.
playbook-saved = Lista de envio salva: { $sent ->
    [one] { $sent } cliente
    [many] { $sent } de clientes
   *[other] { $sent } clientes
}; { $held ->
    [one] { $held } cliente separado
    [many] { $held } de clientes separados
   *[other] { $held } clientes separados
} como grupo de controle.
playbook-record-unkept = Este navegador não conseguiu guardar o registro da campanha, então ela só pode ser medida durante esta visita.
playbook-objective = Objetivo
playbook-offer = Oferta
playbook-channel = Canal
playbook-timing = Momento
playbook-message = Mensagem
playbook-watch = Fique de olho
playbook-why = Por quê:
playbook-edit = Editar
playbook-save = Salvar
playbook-reset = Voltar à sugestão
playbook-send-list = Lista de envio
playbook-campaign-name = Nome da campanha
playbook-layout = Para
playbook-layout-plain = Qualquer ferramenta (CSV simples)
playbook-holdout = Separar { $gap } %
playbook-sent-on = Enviada em
playbook-expected = Aumento esperado { $gap } pontos
playbook-expected-example = ex.: 3
playbook-export = Exportar lista de envio
playbook-choose-day = Escolha o dia em que a campanha é enviada.
playbook-results-title = Resultados das campanhas
playbook-results-empty = As campanhas que você exportar aparecem aqui, para serem medidas quando os clientes tiverem tido tempo de comprar.
playbook-column-campaign = Campanha
playbook-column-segment = Segmento
playbook-column-sent = Envio
playbook-column-sent-to = Enviada a
playbook-column-held-out = Separados
playbook-column-kept-until = Guardado até
playbook-forget = Esquecer
playbook-removed-next-visit = { $date }: será removido na sua próxima visita
playbook-measure = Medi-las com um arquivo de pedidos mais recente…
playbook-measure-hint = Exporte de novo os pedidos da sua loja algumas semanas depois do envio e solte o arquivo aqui: ele é lido nesta aba como o primeiro.
playbook-keep-for = Guardar cada registro por { $gap } dias após o envio
playbook-download-records = Baixar estes registros
playbook-add-records = Adicionar registros de um arquivo…
playbook-records-hint = Um registro guarda os IDs dos clientes que receberam a campanha e dos separados, apenas neste navegador. Para medir uma campanha em outro navegador, baixe os registros aqui e adicione o arquivo lá.
playbook-added = { $count ->
    [one] { $count } registro de campanha adicionado
    [many] { $count } de registros de campanha adicionados
   *[other] { $count } registros de campanha adicionados
} de { $file }{ $updated }{ $unchanged }{ $past }.
playbook-added-updated = ; { $count ->
    [one] { $count } registro substituiu
    [many] { $count } de registros substituíram
   *[other] { $count } registros substituíram
} um envio anterior da mesma campanha
playbook-added-unchanged = ; { $count ->
    [one] { $count } registro já estava aqui (ou é mais antigo que o envio daqui)
    [many] { $count } de registros já estavam aqui (ou são mais antigos que o envio daqui)
   *[other] { $count } registros já estavam aqui (ou são mais antigos que o envio daqui)
}
playbook-added-past = ; { $count ->
    [one] { $count } registro passou dos { $days } dias em que os registros são guardados e não foi adicionado
    [many] { $count } de registros passaram dos { $days } dias em que os registros são guardados e não foram adicionados
   *[other] { $count } registros passaram dos { $days } dias em que os registros são guardados e não foram adicionados
}
playbook-added-unkept = Este navegador não conseguiu guardá-los, então eles valem só durante esta visita.
playbook-expired = { $count ->
    [one] { $count } registro de campanha foi removido
    [many] { $count } de registros de campanha foram removidos
   *[other] { $count } registros de campanha foram removidos
}: os registros são guardados { $days } dias após o dia de envio ({ $listed }). Eles não estão mais neste navegador; você ainda pode salvá-los enquanto esta página estiver aberta.
playbook-expired-record = { $campaign } para { $segment }, enviada em { $date }
playbook-expired-separator = { "; " }
playbook-download-removed = Baixar os registros removidos
playbook-period = Pedidos a partir de { $from }
playbook-period-to = Pedidos de { $from } a { $to }
playbook-column-customers = Clientes
playbook-column-ordered = Compraram
playbook-column-rate = Taxa de compra
playbook-column-revenue = Receita por cliente
playbook-row-sent = Receberam a campanha
playbook-row-held-out = Separados
playbook-row-uplift = Aumento (intervalo de 95%)
playbook-uplift-points = { $difference } pontos ({ $low } a { $high })
playbook-uplift-money = { $difference } ({ $low } a { $high })
