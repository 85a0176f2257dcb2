scheme-bar-family-rfm = RFM
scheme-bar-family-value = Valor
scheme-bar-family-places = Lugares
scheme-bar-family-who = Quem são
scheme-bar-family-how = Como compram
scheme-bar-my-schemes = Minhas segmentações
scheme-bar-unavailable = { $scheme } ({ $why })
scheme-bar-segment-by = Segmentar por
scheme-bar-split-by = Dividir cada segmento por
scheme-bar-split-by-nothing = Nada
scheme-bar-run-time = { $count ->
    [one] { $count } cliente segmentado em { $ms } ms.
    [many] { $count } de clientes segmentados em { $ms } ms.
   *[other] { $count } clientes segmentados em { $ms } ms.
}
scheme-bar-edit-rules = Editar como regras
scheme-bar-save = Salvar em minhas segmentações
scheme-bar-download = Baixar segmentação (JSON)
scheme-bar-import = Importar uma segmentação…
scheme-bar-download-summary = Baixar resumo dos segmentos (CSV)
scheme-bar-warehouse = Execute no seu data warehouse:
scheme-bar-download-sql = Baixar SQL

scheme-bar-areas = Regiões com segmento próprio
scheme-bar-postal-prefix = Região do CEP: primeiros caracteres (0 = CEP inteiro)
scheme-bar-age-bands = As faixas etárias começam em (anos)
scheme-bar-size-bands = As faixas de porte começam em (funcionários)
scheme-bar-period = Gastos contados em

scheme-bar-edit-seasons = Editar o calendário de temporadas
scheme-bar-season = Temporada
scheme-bar-occasion = Data comemorativa
scheme-bar-days-counted = Dias contados até a data
scheme-bar-days-counted-label = Dias contados
scheme-bar-season-name = Nome da temporada
scheme-bar-black-friday = Da Black Friday à Cyber Monday
scheme-bar-day = Dia
scheme-bar-month = Mês
scheme-bar-which = Qual
scheme-bar-first = primeira
scheme-bar-second = segunda
scheme-bar-third = terceira
scheme-bar-fourth = quarta
scheme-bar-weekday = Dia da semana
scheme-bar-monday = segunda-feira
scheme-bar-tuesday = terça-feira
scheme-bar-wednesday = quarta-feira
scheme-bar-thursday = quinta-feira
scheme-bar-friday = sexta-feira
scheme-bar-saturday = sábado
scheme-bar-sunday = domingo
scheme-bar-of = de
scheme-bar-remove = Remover
scheme-bar-new-season = Liquidação de verão
scheme-bar-add-season = Adicionar uma temporada
scheme-bar-measure-seasons = Medir estas temporadas
