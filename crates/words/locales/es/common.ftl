language-choice = Idioma
count-customers = { $count ->
    [one] { $count } cliente
    [many] { $count } de clientes
   *[other] { $count } clientes
}
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
dismiss = Cerrar
size-bytes = { $count ->
    [one] { $size } byte
   *[other] { $size } bytes
}
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
cancel = Cancelar
