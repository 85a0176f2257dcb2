grid-editor-title = Editar a grade e a escala de pontuação
grid-editor-edited-name = { $name } (editado)
grid-editor-unreached = Nenhuma célula leva a { $names }, então nenhum cliente pode cair aí.
grid-editor-quoted = “{ $name }”
grid-editor-list-or = { $rest } ou { $last }
grid-editor-uncovered = { $count ->
    [one] { $count } célula da grade não pertence a nenhum segmento; os clientes dela vão para “{ $segment }”.
   *[other] { $count } células da grade não pertencem a nenhum segmento; os clientes delas vão para “{ $segment }”.
}
grid-editor-new-name = Nome de um novo segmento
grid-editor-add-name = Adicionar às listas das células
grid-editor-points = Pontos da escala
grid-editor-points-5 = 5 (quintis)
grid-editor-points-3 = 3 (lojas pequenas)
grid-editor-recency-thresholds = Recência: limites em dias, em ordem crescente (vazio = grupos iguais)
grid-editor-frequency-thresholds = Frequência: limites em pedidos, em ordem crescente (vazio = grupos iguais)
grid-editor-monetary-thresholds = Valor: limites em { $currency } gastos, em ordem crescente (vazio = grupos iguais)
grid-editor-monetary-thresholds-plain = Valor: limites em valor gasto, em ordem crescente (vazio = grupos iguais)
grid-editor-equal-groups = grupos iguais
grid-editor-thresholds-hint = Um valor até o primeiro limite recebe 1 ponto, até o segundo 2, e assim por diante (na recência é o contrário: as compras mais recentes recebem a maior pontuação). Informe um limite a menos que o número de pontos.
