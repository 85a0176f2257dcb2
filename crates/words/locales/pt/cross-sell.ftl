cross-sell-title = Ideias de venda cruzada
cross-sell-no-items = O arquivo não cita produtos nem categorias, então não há nada para oferecer em venda cruzada. Associe uma coluna de produto ou categoria para ver o que é comprado junto.
cross-sell-nothing = { $level ->
    [category] Ainda nenhuma categoria é comprada com outra
   *[product] Ainda nenhum produto é comprado com outro
} com mais frequência do que o acaso explicaria nos pedidos deste segmento ({ $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
}).
cross-sell-target = Compraram { $bought } mas nunca { $never }: { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
cross-sell-download = Baixar lista
cross-sell-who = A quem oferecer o quê
cross-sell-together = Comprados juntos em um pedido (de { $count ->
    [one] { $count } pedido
    [many] { $count } de pedidos
   *[other] { $count } pedidos
})
cross-sell-next = Comprados em seguida, no pedido seguinte (de { $count ->
    [one] { $count } novo pedido
    [many] { $count } de novos pedidos
   *[other] { $count } novos pedidos
})
cross-sell-with = { $first } com { $then }
cross-sell-then = { $first } e depois { $then }
cross-sell-items = Itens
cross-sell-times = Vezes
cross-sell-support = Parcela
cross-sell-support-hint = Parcela de todos os pedidos que contêm os dois
cross-sell-confidence = Taxa
cross-sell-confidence-hint = Dos pedidos com o primeiro item, a parcela que também tem o segundo
cross-sell-lift = Afinidade
cross-sell-lift-hint = Quantas vezes mais do que o acaso: acima de 1 significa que combinam
