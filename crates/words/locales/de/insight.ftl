insight-migration-summary = { $customers ->
    [one] { $customers } Kunde
   *[other] { $customers } Kunden
}: { $same } im selben Segment, { $moved } gewechselt, { $new } neu.
insight-migration-summary-files = { $customers ->
    [one] { $customers } Kunde
   *[other] { $customers } Kunden
}: { $same } im selben Segment, { $moved } gewechselt, { $new } neu, { $gone } weg.
insight-migration-highlight = { $from } → { $to }: { $customers ->
    [one] { $customers } Kunde, der
   *[other] { $customers } Kunden, die
} im Jahr vor dem { $since } { $spent } ausgegeben { $customers ->
    [one] hat
   *[other] haben
}.
insight-migration-notes = Seit dem { $since }: { $notes }.
insight-migration-came = { $customers ->
    [one] { $customers } Kunde kam
   *[other] { $customers } Kunden kamen
} aus { $from }
insight-migration-went = { $customers } seiner früheren Kunden wechselten zu { $to } (sie gaben im Jahr davor { $spent } aus)
insight-migration-still = Seit dem { $since } ist kein Kunde hinzugekommen oder abgewandert.
insight-migration-not-yet = Noch kein Kunde
insight-migration-gone = Weg
insight-migration-not-in-older = Nicht in der älteren Datei
insight-migration-not-in-newer = Nicht in der neueren Datei
insight-migration-as-of = { $file } (Stand { $day })
insight-migration-rows-left-out = { $file }: { $left ->
    [one] { $left } von { $rows } Zeilen konnte nicht verwendet werden und fehlt
   *[other] { $left } von { $rows } Zeilen konnten nicht verwendet werden und fehlen
} im Vergleich. Die erste: { $first }.
insight-migration-other-currency = { $file }: { $count ->
    [one] { $count } Zeile in { $code } fehlt
   *[other] { $count } Zeilen in { $code } fehlen
} im Vergleich, der { $counted } zählt: Beträge in verschiedenen Währungen werden nie zusammengezählt.

insight-cohort-week = Woche vom { $day }
insight-cohort-month = { $month } { $year }
insight-cohort-quarter = Q{ $quarter } { $year }

insight-tiers = Die Stufen ordnen die Kunden mit Käufen nach ihren Ausgaben ({ $spend }): die obersten 1 %, die nächsten 4 %, die nächsten 15 % und so weiter.
