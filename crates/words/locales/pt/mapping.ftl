mapping-title = Como seu arquivo foi lido
mapping-facts = { $file } · { $rows ->
    [one] { $rows } linha
    [many] { $rows } de linhas
   *[other] { $rows } linhas
} · { $size } · separador: { $separator }
mapping-hint = Confira o que cada coluna significa. O Segmenter deduziu pelos cabeçalhos e pelos valores; corrija o que estiver errado.
mapping-column = Coluna
mapping-examples = Exemplos
mapping-written-as = Formato
mapping-meaning = Significado
mapping-segment = Segmentar meus clientes
mapping-reset = Voltar aos significados sugeridos

mapping-characters = Caracteres
mapping-encoding-label = Codificação de caracteres
mapping-time-zone = Fuso horário
mapping-time-zone-label = O fuso horário da loja
mapping-browser-zone-named = O deste navegador: { $name } ({ $offset })
mapping-browser-zone = O deste navegador ({ $offset })
mapping-time-zone-hint = Datas e horas com deslocamento (como 2025-03-01T23:30:00Z) e horários Unix caem nos dias e horas deste fuso.
mapping-separator = Separador
mapping-separator-value = { $separator } ({ $character })
mapping-tab = tabulação
mapping-quoted = “{ $character }”
mapping-rows = Linhas
mapping-rows-value = { $rows ->
    [one] { $rows } linha de dados
    [many] { $rows } de linhas de dados
   *[other] { $rows } linhas de dados
}; { $blank ->
    [one] { $blank } linha em branco ignorada
    [many] { $blank } de linhas em branco ignoradas
   *[other] { $blank } linhas em branco ignoradas
}; { $problems ->
    [one] { $problems } linha não pôde ser dividida nas colunas do cabeçalho
    [many] { $problems } de linhas não puderam ser divididas nas colunas do cabeçalho
   *[other] { $problems } linhas não puderam ser divididas nas colunas do cabeçalho
}
mapping-excel-1904 = As datas são números de série do Excel no sistema de data 1904 (Excel para Mac anterior a 2011): elas ficam 4 anos e um dia depois do que foi lido
mapping-repaired = { $count ->
    [one] { $count } byte não era UTF-8 válido e foi lido como caractere Windows-1252.
    [many] { $count } de bytes não eram UTF-8 válido e foram lidos como caracteres Windows-1252.
   *[other] { $count } bytes não eram UTF-8 válido e foram lidos como caracteres Windows-1252.
}

mapping-meaning-of = Significado da coluna { $column }
mapping-not-used = — não usada —
mapping-decimal-separator = Separador decimal
mapping-date-both = Todas as datas aqui servem nas duas ordens. Qual é a certa?
mapping-date-order = Ordem da data
mapping-day-first = Dia primeiro (31/12/2024)
mapping-month-first = Mês primeiro (12/31/2024)

mapping-recency-as-of = Contar os dias desde o último pedido até
mapping-recency-empty = (deixe vazio para usar o dia seguinte ao último pedido)
