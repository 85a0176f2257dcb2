insight-migration-summary = { $customers ->
    [one] { $customers } client
   *[other] { $customers } clients
} : { $same } dans le même segment, { $moved } ont changé, { $new } nouveaux.
insight-migration-summary-files = { $customers ->
    [one] { $customers } client
   *[other] { $customers } clients
} : { $same } dans le même segment, { $moved } ont changé, { $new } nouveaux, { $gone } partis.
insight-migration-highlight = { $from } → { $to } : { $customers ->
    [one] { $customers } client, qui a dépensé
   *[other] { $customers } clients, qui ont dépensé
} { $spent } dans l’année précédant le { $since }.
insight-migration-notes = Depuis le { $since } : { $notes }.
insight-migration-came = { $customers ->
    [one] { $customers } client est venu
   *[other] { $customers } clients sont venus
} de { $from }
insight-migration-went = { $customers } de ses anciens clients sont passés à { $to } (ils avaient dépensé { $spent } dans l’année précédente)
insight-migration-still = Aucun client n’est entré ni sorti depuis le { $since }.
insight-migration-not-yet = Pas encore client
insight-migration-gone = Partis
insight-migration-not-in-older = Absent du fichier plus ancien
insight-migration-not-in-newer = Absent du fichier plus récent
insight-migration-as-of = { $file } (au { $day })
insight-migration-rows-left-out = { $file } : { $left ->
    [one] { $left } ligne sur { $rows } n’a pas pu être utilisée et reste
    [many] { $left } de lignes sur { $rows } n’ont pas pu être utilisées et restent
   *[other] { $left } lignes sur { $rows } n’ont pas pu être utilisées et restent
} hors de la comparaison. La première : { $first }.
insight-migration-other-currency = { $file } : { $count ->
    [one] { $count } ligne en { $code } reste
    [many] { $count } de lignes en { $code } restent
   *[other] { $count } lignes en { $code } restent
} hors de la comparaison, qui compte en { $counted } : les montants en devises différentes ne sont jamais additionnés.

insight-cohort-week = Semaine du { $day }
insight-cohort-month = { $month } { $year }
insight-cohort-quarter = T{ $quarter } { $year }

insight-tiers = Les paliers classent les clients qui ont acheté selon leurs dépenses ({ $spend }) : les 1 % du haut, les 4 % suivants, les 15 % suivants, et ainsi de suite.
