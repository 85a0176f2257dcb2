suggest-audience = { $customers ->
    [one] { $customers } cliente que já gastou { $spent } ({ $share } do faturamento)
   *[other] { $customers } clientes que já gastaram { $spent } ({ $share } do faturamento)
}
suggest-channel-email = E-mail

suggest-first-objective = Conquistar o primeiro pedido
suggest-first-offer = Uma oferta de boas-vindas para o primeiro pedido, como frete grátis
suggest-first-channel = E-mail, se aceitaram receber marketing
suggest-first-timing = Uma série curta de boas-vindas: agora, depois de 3 dias e depois de 10 dias
suggest-first-message = Pelo que a loja é conhecida e por que os clientes voltam
suggest-first-watch = Parcela que faz o primeiro pedido em até 30 dias
suggest-first-why = Estes clientes não têm pedidos neste arquivo, então ainda não há comportamento de compra em que se apoiar.

suggest-capped = { $percent } de desconto no próximo pedido, limitado a { $cap }
suggest-full-price = Eles já compram pelo preço cheio ({ $share } dos pedidos usaram cupom), então um desconto só abriria mão de margem.

suggest-cherish-objective = Manter comprando estes clientes que gastam { $ratio }× mais e fazê-los se sentir valorizados
suggest-cherish-offer = Sem desconto: acesso antecipado a produtos novos, um brinde de agradecimento em pedidos acima de { $threshold } ou pontos de fidelidade em dobro.
suggest-cherish-channel = E-mail, com um toque pessoal, como um bilhete escrito à mão no próximo pacote
suggest-cherish-timing = Por volta do dia { $day } após o último pedido, pouco antes da recompra habitual a cada { $cycle } dias
suggest-cherish-message = Tratamento VIP: eles ficam sabendo primeiro e ganham o que os outros não ganham
suggest-cherish-watch = Taxa de recompra e ticket médio no próximo ciclo

suggest-second-objective = Transformar um primeiro pedido de { $days } dias atrás em um segundo
suggest-second-offer-full-price = Frete grátis no segundo pedido, ou uma recomendação de produto com base no primeiro.
suggest-second-offer = { $discount }, válido por 30 dias
suggest-second-timing = De 7 a 14 dias após o primeiro pedido, com um lembrete no dia 30
suggest-second-timing-now = Agora, { $days } dias após o primeiro pedido, com um lembrete 14 dias depois; para clientes novos, de 7 a 14 dias após o primeiro pedido
suggest-second-message = Agradecer, mostrar o que outros clientes compram em seguida, facilitar o segundo pedido
suggest-second-watch = Parcela do segmento que faz um segundo pedido em até 60 dias

suggest-habit-objective = Criar o hábito: de { $orders } pedidos para mais, a cada { $cycle } dias
suggest-habit-offer = Um kit ou um brinde em pedidos acima de { $threshold }, para aumentar o carrinho em vez de baixar o preço.
suggest-habit-timing = Antes que termine o intervalo habitual de { $cycle } dias: por volta do dia { $day } após o último pedido
suggest-habit-message = Produtos que combinam com o que compraram, novidades da linha favorita
suggest-habit-watch = Pedidos por cliente nos próximos 90 dias

suggest-soon-objective = Reconquistá-los antes que se afastem: { $days } dias desde o último pedido, contra { $cycle } habituais
suggest-soon-objective-shop = Reconquistá-los antes que se afastem: { $days } dias desde o último pedido, contra { $cycle } habituais na loja
suggest-soon-objective-assumed = Reconquistá-los antes que se afastem: { $days } dias desde o último pedido, mais do que os { $cycle } dias considerados entre pedidos
suggest-soon-offer-full-price = Um lembrete com novidades e frete grátis, sem desconto no preço.
suggest-soon-channel = E-mail, depois um público de retargeting para quem não abrir
suggest-soon-timing = Agora: já passaram do intervalo habitual de { $cycle } dias; um acompanhamento depois de 10 dias
suggest-soon-timing-shop = Agora: já passaram do intervalo habitual da loja, de { $cycle } dias; um acompanhamento depois de 10 dias
suggest-soon-timing-assumed = Agora: mais de { $cycle } dias desde o último pedido; um acompanhamento depois de 10 dias
suggest-soon-message = Sentimos sua falta: o que há de novo desde a última visita
suggest-soon-watch = Parcela que faz pedido em até 30 dias

suggest-personal-objective-predicted = Reconquistar { $who ->
    [big] os grandes compradores
   *[regular] os clientes fiéis
} enquanto { $share } dos clientes recorrentes ainda podem comprar: { $days } dias sem comprar
suggest-personal-objective = Reconquista pessoal de { $who ->
    [big] grandes compradores
   *[regular] clientes fiéis
} parados há { $days } dias
suggest-personal-objective-lost = Uma última tentativa pessoal com { $who ->
    [big] grandes compradores
   *[regular] clientes fiéis
} ausentes há { $days } dias
suggest-personal-offer-full-price = Uma mensagem pessoal e um brinde no próximo pedido, em vez de desconto.
suggest-personal-channel = E-mail pessoal do dono; uma ligação para clientes empresariais
suggest-personal-timing = Agora, com um acompanhamento 10 dias depois
suggest-personal-message = Perguntar o que deu errado e mostrar o que melhorou
suggest-personal-watch = Parcela que faz pedido em até 45 dias, e o faturamento que trazem de volta

suggest-let-go-objective-predicted = Deixar ir: só { $share } dos clientes recorrentes devem comprar de novo
suggest-let-go-objective = Reativação de baixo custo depois de { $days } dias, e então deixar ir
suggest-let-go-offer = Um e-mail com seus mais vendidos; sem desconto
suggest-let-go-channel = Só e-mail; fora dos anúncios pagos para economizar verba
suggest-let-go-timing = Um envio agora; quem não reagir passa para uma newsletter duas vezes por ano
suggest-let-go-message = Mais vendidos e novidades, curto e simples
suggest-let-go-watch = Taxa de reativação, comparada ao custo do envio

suggest-favourite-category = { $category } é a categoria favorita de { $share } deles.
suggest-lead-with = Comece por { $category }.
suggest-pair = Mostre { $second } para quem comprou { $first }: os dois que os clientes mais compram juntos.
suggest-send-on-day-time = enviar numa { $day } { $time }, quando a maioria faz pedidos
suggest-send-on-day = enviar numa { $day }, o dia em que a maioria faz pedidos
suggest-monday = segunda-feira
suggest-tuesday = terça-feira
suggest-wednesday = quarta-feira
suggest-thursday = quinta-feira
suggest-friday = sexta-feira
suggest-saturday = sábado
suggest-sunday = domingo
suggest-night = de madrugada (0–6 h)
suggest-morning = de manhã (6–12 h)
suggest-afternoon = à tarde (12–18 h)
suggest-evening = à noite (18–24 h)

suggest-season-why = { $share } dos pedidos deles caem no período “{ $season }” (um cliente médio: { $shop }).
suggest-season-timing = Antes da temporada deles: { $season } vai de { $starts } a { $ends }; enviar por volta de { $send }, duas semanas antes, e mais uma vez no primeiro dia
suggest-season-message = As compras para “{ $season }” facilitadas: ideias, prazos para pedir, o que esgotou no ano passado
suggest-no-dates-timing = Quando for melhor para o seu calendário: este arquivo não tem datas de pedido para definir o momento

suggest-why-recency = Último pedido mediano há { $days } dias, contra os { $cycle } dias habituais entre pedidos;
suggest-why-recency-shop = Último pedido mediano há { $days } dias, contra os { $cycle } dias habituais entre pedidos na loja;
suggest-why-recency-assumed = Último pedido mediano há { $days } dias; ninguém fez dois pedidos ainda, então consideramos { $cycle } dias entre pedidos;
suggest-why-no-dates = O arquivo não tem datas de pedido, então a última compra é desconhecida;
suggest-why-figures = mediana de { $orders } pedidos e { $spent } gastos ({ $ratio }× o cliente mediano da loja); pedido mediano de { $order }.
suggest-why-discount = { $share } dos pedidos deles usaram cupom de desconto.
suggest-why-repeat = { $share } compraram mais de uma vez.
suggest-why-alive = Dos que compraram em dois dias ou mais, em média, { $share } de chance de ainda estarem ativos.
suggest-why-alive-value = Dos que compraram em dois dias ou mais, em média, { $share } de chance de ainda estarem ativos; estão em jogo { $value } previstos do segmento para o próximo ano.

suggest-holdout-too-few = Deixar de fora { $held } de { $segment } clientes é pouco demais para medir qualquer coisa: cada grupo precisa de pelo menos { $min } clientes.
suggest-holdout-detectable = Deixando de fora { $held } de { $segment } clientes, com cerca de { $baseline } deles comprando de qualquer forma, esta campanha pode mostrar um aumento de { $uplift } pontos ou mais (poder de 80%, nível de 5%); um aumento menor provavelmente aparecerá como "impossível de distinguir de zero".
suggest-holdout-undetectable = Deixando de fora { $held } de { $segment } clientes, com cerca de { $baseline } deles comprando de qualquer forma, nenhum aumento, por maior que seja, apareceria de forma confiável.
suggest-holdout-needed = Para mostrar o aumento de { $expected } pontos que você espera, deixe de fora pelo menos { $percent } do segmento ({ $customers } clientes).
suggest-holdout-unreachable = O aumento de { $expected } pontos que você espera não pode ser mostrado com confiança neste segmento, mesmo deixando de fora a metade: meça por um período mais longo ou em um segmento maior.

suggest-uplift-not-in-file = Nenhum cliente desta campanha aparece no arquivo mais recente.
suggest-uplift-no-orders-since = O arquivo mais recente não tem pedidos desde o dia do envio.
suggest-uplift-no-holdout = Nenhum cliente ficou de fora desta campanha, então o efeito dela não pode ser medido.
suggest-uplift-too-few-held-out = Poucos clientes ficaram de fora para dizer se a campanha fez diferença: { $customers }, quando são necessários pelo menos { $min }.
suggest-uplift-too-few-sent = Poucos clientes receberam a campanha para dizer se ela fez diferença: { $customers }, quando são necessários pelo menos { $min }.
suggest-uplift-too-few-buyers = Poucos clientes fizeram pedidos desde o dia do envio para dizer se a campanha fez diferença: { $buyers } nos dois grupos juntos, quando são necessários pelo menos { $min }.
suggest-uplift-made-a-difference = A campanha fez diferença: o aumento na taxa de compra está claramente acima de zero.
suggest-uplift-may-have-hurt = Os clientes que receberam a campanha compraram menos do que os que ficaram de fora: ela pode ter atrapalhado.
suggest-uplift-no-clear-difference = Ainda não dá para distinguir a diferença de zero.
suggest-uplift-caution = Use o intervalo de faturamento só como referência: { $group ->
    [sent] o grupo que recebeu a campanha
   *[held-out] o grupo deixado de fora
} tem { $customers } clientes, poucos para um faturamento tão desigual (alguns pedidos grandes pesam muito); seriam necessários cerca de { $needed }.
suggest-uplift-same-shop = Verifique se ele vem da mesma loja e identifica os clientes da mesma forma.
suggest-uplift-cover-weeks = Envie um arquivo que cubra as semanas depois de { $day }.
suggest-uplift-export-holdout = Exporte a próxima com um grupo de controle.
suggest-uplift-keep-groups = Na próxima vez, mantenha pelo menos { $min } clientes em cada grupo.
suggest-uplift-wait = Espere mais pedidos e meça de novo com um arquivo mais recente.
suggest-uplift-too-small = { $sent-rate } dos { $sent } clientes que receberam a campanha fizeram pedidos, contra { $held-rate } dos { $held } deixados de fora; com grupos tão pequenos, um ou dois clientes a mais ou a menos mudariam o quadro, então nenhuma diferença é afirmada.
suggest-uplift-rates = { $sent-rate } dos clientes que receberam a campanha fizeram pedidos, contra { $held-rate } dos que ficaram de fora: { $difference } pontos (intervalo de 95% de { $low } a { $high }).
suggest-uplift-detectable = Grupos deste tamanho só mostram com confiança um aumento de cerca de { $uplift } pontos ou mais (poder de 80%, nível de 5%): espere mais pedidos ou deixe mais clientes de fora na próxima vez.
suggest-uplift-undetectable = Grupos deste tamanho não conseguem mostrar nenhum aumento com confiança: deixe mais clientes de fora na próxima vez.
suggest-uplift-revenue = Faturamento por cliente: { $sent } com envio, { $held } de fora.
suggest-uplift-revenue-interval = Faturamento por cliente: { $sent } com envio, { $held } de fora ({ $difference } por cliente, intervalo de 95% de { $low } a { $high }).
suggest-uplift-rate-alone = O veredito se baseia só na taxa de compra: contar também uma diferença de faturamento quase dobraria a chance de uma conclusão falsa.
