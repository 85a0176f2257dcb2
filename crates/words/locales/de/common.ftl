language-choice = Sprache
count-customers = { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
date-long = { $day }. { $month } { $year }
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
dismiss = Schließen
size-bytes = { $count ->
    [one] { $size } Byte
   *[other] { $size } Byte
}
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
cancel = Abbrechen
