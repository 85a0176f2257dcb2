language-choice = Idioma
count-customers = { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
date-long = { $day ->
    [1] 1º
   *[other] { $day }
} de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
dismiss = Fechar
size-bytes = { $count ->
    [one] { $size } byte
   *[other] { $size } bytes
}
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
cancel = Cancelar
