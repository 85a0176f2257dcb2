insight-migration-summary = { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}: { $same } no mesmo segmento, { $moved } mudaram, { $new } novos.
insight-migration-summary-files = { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}: { $same } no mesmo segmento, { $moved } mudaram, { $new } novos, { $gone } saíram.
insight-migration-highlight = { $from } → { $to }: { $customers ->
    [one] { $customers } cliente, que gastou
   *[other] { $customers } clientes, que gastaram
} { $spent } no ano anterior a { $since }.
insight-migration-notes = Desde { $since }: { $notes }.
insight-migration-came = { $customers ->
    [one] { $customers } cliente veio
   *[other] { $customers } clientes vieram
} de { $from }
insight-migration-went = { $customers } dos clientes anteriores foram para { $to } (gastaram { $spent } no ano anterior)
insight-migration-still = Nenhum cliente entrou ou saiu desde { $since }.
insight-migration-not-yet = Ainda não é cliente
insight-migration-gone = Saíram
insight-migration-not-in-older = Fora do arquivo mais antigo
insight-migration-not-in-newer = Fora do arquivo mais recente
insight-migration-as-of = { $file } (em { $day })
insight-migration-rows-left-out = { $file }: { $left ->
    [one] { $left } linha de { $rows } não pôde ser usada e fica
    [many] { $left } de linhas de { $rows } não puderam ser usadas e ficam
   *[other] { $left } linhas de { $rows } não puderam ser usadas e ficam
} fora da comparação. A primeira: { $first }.
insight-migration-other-currency = { $file }: { $count ->
    [one] { $count } linha em { $code } fica
    [many] { $count } de linhas em { $code } ficam
   *[other] { $count } linhas em { $code } ficam
} fora da comparação, que conta em { $counted }: valores em moedas diferentes nunca são somados.

insight-cohort-week = Semana de { $day }
insight-cohort-month = { $month } de { $year }
insight-cohort-quarter = T{ $quarter } { $year }

insight-tiers = As faixas ordenam os clientes que compraram pelo gasto ({ $spend }): o 1% do topo, os 4% seguintes, os 15% seguintes, e assim por diante.
