insight-migration-summary = { $customers ->
    [one] { $customers } klant
   *[other] { $customers } klanten
}: { $same } in hetzelfde segment, { $moved } verschoven, { $new } nieuw.
insight-migration-summary-files = { $customers ->
    [one] { $customers } klant
   *[other] { $customers } klanten
}: { $same } in hetzelfde segment, { $moved } verschoven, { $new } nieuw, { $gone } weg.
insight-migration-highlight = { $from } → { $to }: { $customers ->
    [one] { $customers } klant, die
   *[other] { $customers } klanten, die
} in het jaar voor { $since } { $spent } { $customers ->
    [one] besteedde
   *[other] besteedden
}.
insight-migration-notes = Sinds { $since }: { $notes }.
insight-migration-came = { $customers ->
    [one] { $customers } klant kwam
   *[other] { $customers } klanten kwamen
} uit { $from }
insight-migration-went = { $customers } van de eerdere klanten gingen naar { $to } (ze besteedden { $spent } in het jaar ervoor)
insight-migration-still = Sinds { $since } is er geen klant bij gekomen of weggegaan.
insight-migration-not-yet = Nog geen klant
insight-migration-gone = Weg
insight-migration-not-in-older = Niet in het oudere bestand
insight-migration-not-in-newer = Niet in het nieuwere bestand
insight-migration-as-of = { $file } (per { $day })
insight-migration-rows-left-out = { $file }: { $left ->
    [one] { $left } van de { $rows } rijen kon niet worden gebruikt en valt
   *[other] { $left } van de { $rows } rijen konden niet worden gebruikt en vallen
} buiten de vergelijking. De eerste: { $first }.
insight-migration-other-currency = { $file }: { $count ->
    [one] { $count } rij in { $code } valt
   *[other] { $count } rijen in { $code } vallen
} buiten de vergelijking, die { $counted } telt: bedragen in verschillende valuta worden nooit bij elkaar opgeteld.

insight-cohort-week = Week van { $day }
insight-cohort-month = { $month } { $year }
insight-cohort-quarter = K{ $quarter } { $year }

insight-tiers = De niveaus rangschikken de klanten die kochten naar hun besteding ({ $spend }): de bovenste 1%, de volgende 4%, de volgende 15%, enzovoort.
