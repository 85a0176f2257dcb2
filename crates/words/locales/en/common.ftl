# Words the whole interface shares: the language picker, counts and dates.

language-choice = Language
count-customers = { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
# A day written out, e.g. 3 March 2026.
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
dismiss = Dismiss
# A file's size: $size is the number already written, $count chooses the plural of bytes.
size-bytes = { $count ->
    [one] { $size } byte
   *[other] { $size } bytes
}
size-kb = { $size } KB
size-mb = { $size } MB
size-gb = { $size } GB
cancel = Cancel
