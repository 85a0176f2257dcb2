insight-migration-summary = { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}: { $same } en el mismo segmento, { $moved } cambiaron, { $new } nuevos.
insight-migration-summary-files = { $customers ->
    [one] { $customers } cliente
   *[other] { $customers } clientes
}: { $same } en el mismo segmento, { $moved } cambiaron, { $new } nuevos, { $gone } se fueron.
insight-migration-highlight = { $from } → { $to }: { $customers ->
    [one] { $customers } cliente, que gastó
   *[other] { $customers } clientes, que gastaron
} { $spent } en el año anterior al { $since }.
insight-migration-notes = Desde el { $since }: { $notes }.
insight-migration-came = { $customers ->
    [one] { $customers } cliente vino
   *[other] { $customers } clientes vinieron
} de { $from }
insight-migration-went = { $customers } de sus clientes anteriores pasaron a { $to } (gastaron { $spent } en el año anterior)
insight-migration-still = Ningún cliente entró ni salió desde el { $since }.
insight-migration-not-yet = Aún no es cliente
insight-migration-gone = Se fueron
insight-migration-not-in-older = No está en el archivo anterior
insight-migration-not-in-newer = No está en el archivo más reciente
insight-migration-as-of = { $file } (a { $day })
insight-migration-rows-left-out = { $file }: { $left ->
    [one] { $left } fila de { $rows } no se pudo usar y queda
    [many] { $left } de filas de { $rows } no se pudieron usar y quedan
   *[other] { $left } filas de { $rows } no se pudieron usar y quedan
} fuera de la comparación. La primera: { $first }.
insight-migration-other-currency = { $file }: { $count ->
    [one] { $count } fila en { $code } queda
    [many] { $count } de filas en { $code } quedan
   *[other] { $count } filas en { $code } quedan
} fuera de la comparación, que cuenta en { $counted }: los importes en monedas distintas nunca se suman.

insight-cohort-week = Semana del { $day }
insight-cohort-month = { $month } de { $year }
insight-cohort-quarter = T{ $quarter } { $year }

insight-tiers = Los niveles ordenan a los clientes que compraron según su gasto ({ $spend }): el 1 % superior, el 4 % siguiente, el 15 % siguiente, y así sucesivamente.
