error-no-customers-yet = Ainda não havia nenhum cliente no início de { $day }: todos os pedidos são dessa data ou posteriores. Escolha uma data mais tardia.
error-no-usable-order-yet = Ainda não havia nenhum cliente no início de { $day }: { $count ->
    [1] a única linha com data anterior não pôde ser usada
   *[other] nenhuma das { $count } linhas com data anterior pôde ser usada
}. Escolha uma data mais tardia.
error-migration-dates = A primeira data ({ $from }) deve vir antes da segunda ({ $to }).
error-other-file-mapping = { $file } não tem as mesmas colunas que o arquivo exibido, e nem todas as suas puderam ser reconhecidas. { $missing }
error-keyed-differently = { $ids } identifica os clientes apenas pelo ID do cliente e { $emails } apenas pelo e-mail, então nenhum cliente poderia ser encontrado nos dois arquivos. Compare duas exportações que identifiquem os clientes da mesma forma.
error-summary-before-last-order = Este arquivo traz os totais de cada cliente, não os pedidos, então não pode mostrar a loja como estava em { $reference }. Escolha { $earliest } ou depois, ou use uma exportação de pedidos.
error-read-other = { $file }: { $error }
error-no-file = Escolha um arquivo primeiro.
error-no-file-sent = Nenhum arquivo veio com a solicitação.
error-nothing-usable = Nenhuma das { $rows } linhas pôde ser usada. { $problem }
error-nothing-usable-in = { $rows ->
    [1] A única linha em { $currency } não pôde ser usada.
   *[other] Nenhuma das { $rows } linhas em { $currency } pôde ser usada.
} { $problem }
error-currency-not-in-file = Este arquivo não tem linhas em { $asked }. As moedas dele: { $list }.
error-conventions-unsettled = Não foi possível determinar como o arquivo escreve números e datas.
error-no-analysis = Segmente os clientes primeiro.
error-no-crosstab = Faça uma tabela cruzada primeiro.
error-no-migration = Compare duas datas ou dois arquivos primeiro.
error-no-such-segment = Escolha um segmento primeiro.
error-nothing-to-export = Ainda não há nada para exportar.
error-not-records = Este arquivo não contém registros de campanhas ({ $reason }). Escolha um arquivo salvo com "Download these records".
error-not-a-scheme = Este arquivo não é um esquema do Segmenter (linha { $line }, coluna { $column }: { $reason }). Escolha um arquivo salvo com "Download scheme".
error-unknown-scheme = Não existe o esquema "{ $key }". Esquemas conhecidos: { $known }.
error-scheme-unavailable = O esquema "{ $name }" não pode ser usado com este arquivo: { $why }
error-unknown-segment = Não existe o segmento "{ $name }". Segmentos: { $known }.
error-empty-segment = { $segment } não tem clientes para receber uma campanha.
error-nobody-reachable = Ninguém em { $segment } pode receber esta lista. { $left }
error-nobody-reachable-without-email = Ninguém em { $segment } pode receber esta lista. { $left } Escolha "Any tool (plain CSV)" para listá-los pelo ID do cliente.
left-out-declined = Dos { $customers } clientes do segmento, { $declined } recusaram marketing: eles não estão na lista.
left-out-without-email = Dos { $customers } clientes do segmento, { $without } não têm e-mail: eles não estão na lista.
left-out-declined-and-without-email = Dos { $customers } clientes do segmento, { $declined } recusaram marketing e { $without } não têm e-mail: eles não estão na lista.
error-cannot-measure-columns = { $file } não pode ser usado para medir campanhas: { $missing }
error-cannot-measure-undated = { $file } não tem pedidos com data, então não pode mostrar o que os clientes compraram depois de uma campanha: solte uma exportação de pedidos.
error-bad-message = A página enviou uma mensagem que o mecanismo não entende.
error-unexpected-answer = O mecanismo respondeu com algo que a página não pediu. Tente de novo.
error-stopped = O trabalho foi interrompido.

missing-customer = Escolha a coluna que identifica o cliente (um ID do cliente ou o e-mail).
missing-order-date = Escolha a coluna com a data do pedido.
missing-amount = Escolha a coluna com o valor do pedido (ou o preço unitário).

error-rule-unknown-feature = A regra de "{ $segment }" usa "{ $feature }", que este arquivo não tem. Associe a coluna necessária ou altere a regra.
error-rule-not-a-number = A regra de "{ $segment }" compara "{ $feature }" como um número, mas não é.
error-rule-not-a-date = A regra de "{ $segment }" compara "{ $feature }" como uma data, mas não é.
error-rule-not-a-category = A regra de "{ $segment }" compara "{ $feature }" como uma categoria, mas não é.
error-rule-not-text = A regra de "{ $segment }" compara "{ $feature }" como um texto, mas não é.

error-cluster-no-features = Escolha pelo menos um indicador para agrupar.
error-cluster-unknown-feature = Este arquivo não tem "{ $feature }" para agrupar.
error-cluster-not-numeric = "{ $feature }" não é um número, então não pode ser usado para agrupar.
error-cluster-too-few = { $count ->
    [one] Só { $count } cliente tem
   *[other] Só { $count } clientes têm
} todos os indicadores escolhidos; o agrupamento precisa de pelo menos 10.

error-horizon-zero = As previsões precisam de um horizonte de pelo menos um dia.
error-discount-rate = A taxa de desconto mensal deve ser um número igual ou maior que 0, não { $rate }.
error-impossible-history = O cliente { $customer } tem um histórico de compras impossível, então nada pode ser previsto.
error-history-too-short = As previsões precisam de pelo menos 3 meses de pedidos antes da data de referência; estes pedidos cobrem { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}.
error-too-few-repeat-customers = As previsões precisam de pelo menos { $needed } clientes que compraram em dois dias diferentes; esta loja tem { $count }.
error-purchases-not-fitted = O modelo de recompra não pôde ser ajustado a estes pedidos: ele não chegou a uma resposta estável.
error-order-values-not-fitted = O modelo de valor do pedido não pôde ser ajustado a estes pedidos: ele não chegou a uma resposta estável.
error-purchases-not-finite = O modelo de recompra deu números grandes demais para usar com estes pedidos.
error-order-values-not-finite = O modelo de valor do pedido deu números grandes demais para usar com estes pedidos.
error-no-repeat-spend = Não é possível prever o valor dos pedidos: nenhum cliente gastou nada numa compra repetida.
error-order-values-unbounded = Não é possível prever o valor dos pedidos: os gastos dos clientes recorrentes variam demais para o modelo de valor do pedido dar uma média razoável.

error-sql-unsupported-feature = O esquema usa "{ $feature }", que a versão SQL ainda não calcula; segmente com a página ou com a linha de comando.
error-no-spend-period = O esquema usa o gasto em um período sem dizer qual período. Indique-o no arquivo do esquema com "period" (um esquema baixado da página faz isso) ou escolha o período na aba "Melhores clientes" e escolha o esquema de novo.
error-sql-unsupported-preset = "{ $name }" ainda não pode ser escrito em SQL; segmente com a página ou com a linha de comando.
error-sql-missing-column = { $scheme } precisa da coluna de: { $role } (adicione --map { $key }=COLUMN).
error-sql-missing-column-every-scheme = Todo esquema precisa da coluna de: { $role } (adicione --map { $key }=COLUMN).
error-sql-needs-prediction = { $scheme } lê números previstos, que precisam dos modelos ajustados aos seus pedidos: faça a previsão primeiro (na página, Future value) ou, na linha de comando, informe o arquivo de pedidos (segmenter sql FILE …); a consulta leva então os parâmetros dos modelos.
error-sql-not-a-number = Uma regra compara "{ $feature }" como um número, e não é.
error-sql-not-a-date = Uma regra compara "{ $feature }" como uma data, e não é.
error-sql-not-a-category = Uma regra compara "{ $feature }" como uma categoria, e não é.

error-stored-mapping = Suas escolhas de colunas para este arquivo guardadas neste navegador não puderam ser lidas ({ $reason }), então não são exibidas. Nada foi apagado: a cópia guardada continua como estava.
error-stored-schemes = Seus esquemas salvos guardados neste navegador não puderam ser lidos ({ $reason }), então não são exibidos. Nada foi apagado: a cópia guardada continua como estava.
error-stored-campaign-edits = Suas campanhas editadas guardadas neste navegador não puderam ser lidas ({ $reason }), então não são exibidas. Nada foi apagado: a cópia guardada continua como estava.
error-stored-campaign-records = Seus registros de campanhas exportadas guardados neste navegador não puderam ser lidos ({ $reason }), então não são exibidos. Nada foi apagado: a cópia guardada continua como estava.
error-stored-host-consents = Suas respostas aos sites que incorporam o Segmenter guardadas neste navegador não puderam ser lidas ({ $reason }), então não são exibidas. Nada foi apagado: a cópia guardada continua como estava.
error-stored-preferences = Suas preferências guardadas neste navegador não puderam ser lidas ({ $reason }), então não são exibidas. Nada foi apagado: a cópia guardada continua como estava.
error-snapshot-not-predicted = Em { $day }, as previsões que este esquema lê não podem ser calculadas: { $error } Um esquema baseado só nos pedidos, como o RFM, pode ser comparado a partir desse dia.
