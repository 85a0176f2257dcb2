language-choice = Langue
count-customers = { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}
date-long = { $day ->
    [1] 1er
   *[other] { $day }
} { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
dismiss = Fermer
size-bytes = { $count ->
    [one] { $size } octet
   *[other] { $size } octets
}
size-kb = { $size } Ko
size-mb = { $size } Mo
size-gb = { $size } Go
cancel = Annuler
