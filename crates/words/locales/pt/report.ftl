report-title = O que aconteceu com cada linha
report-summary = { $read ->
    [one] { $read } linha lida
    [many] { $read } de linhas lidas
   *[other] { $read } linhas lidas
} · { $used ->
    [one] { $used } usada
   *[other] { $used } usadas
} · { $left ->
    [one] { $left } deixada de fora
   *[other] { $left } deixadas de fora
}
report-read = { $count ->
    [one] { $count } linha de dados lida
    [many] { $count } de linhas de dados lidas
   *[other] { $count } linhas de dados lidas
}
report-used = { $count ->
    [one] { $count } linha usada
    [many] { $count } de linhas usadas
   *[other] { $count } linhas usadas
}
report-blank = { $count ->
    [one] { $count } linha em branco ignorada
    [many] { $count } de linhas em branco ignoradas
   *[other] { $count } linhas em branco ignoradas
}
report-rejected = { $count ->
    [one] { $count } linha não pôde ser usada (lista abaixo)
    [many] { $count } de linhas não puderam ser usadas (lista abaixo)
   *[other] { $count } linhas não puderam ser usadas (lista abaixo)
}
report-more = …e mais { $count } na lista para baixar.
report-download = Baixar a lista de linhas deixadas de fora (CSV)
