# How customers moved between segments, cohorts' names, and how a scheme's segments were
# made. Counts are written for the language; amounts in the shop's currency; $since and
# $day are days written out (3 March 2026).

# One sentence over the whole table: $customers of either snapshot.
insight-migration-summary = { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}: { $same } in the same segment, { $moved } moved, { $new } new.
# The same between two files, where customers can also be missing from the newer one.
insight-migration-summary-files = { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}: { $same } in the same segment, { $moved } moved, { $new } new, { $gone } gone.
# A movement with much revenue at stake: $from and $to are segments (or the labels below).
insight-migration-highlight = { $from } → { $to }: { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
}, who spent { $spent } in the year before { $since }.
# Per segment, for its campaign: $notes is one or both of the two parts below, joined by "; ".
insight-migration-notes = Since { $since }: { $notes }.
insight-migration-came = { $customers ->
    [one] { $customers } customer
   *[other] { $customers } customers
} came from { $from }
insight-migration-went = { $customers } of its earlier customers moved to { $to } (they spent { $spent } in the year before)
insight-migration-still = No customer moved in or out since { $since }.
# The table's outside row and column.
insight-migration-not-yet = Not yet a customer
insight-migration-gone = Gone
insight-migration-not-in-older = Not in the older file
insight-migration-not-in-newer = Not in the newer file
# A snapshot: the file's name and its reference day.
insight-migration-as-of = { $file } (as of { $day })
# Rows of a compared file that could not be used: $left of the $rows read, and the first
# of them with its line ("Line 17, column "amount": has no amount").
insight-migration-rows-left-out = { $file }: { $left ->
    [one] { $left } row of { $rows } could not be used and is
   *[other] { $left } rows of { $rows } could not be used and are
} left out of the comparison. The first: { $first }.
# Rows of the other export in another currency than the one the comparison counts ($counted).
insight-migration-other-currency = { $file }: { $count ->
    [one] { $count } row in { $code } is
   *[other] { $count } rows in { $code } are
} left out of the comparison, which counts { $counted }: amounts in different currencies are never added together.

# Cohorts by their first order's week, month or quarter.
insight-cohort-week = Week of { $day }
insight-cohort-month = { $month } { $year }
insight-cohort-quarter = Q{ $quarter } { $year }

# How spend tiers were made; $spend is what is ranked (spent in 2024).
insight-tiers = Tiers rank the customers who bought by their spend ({ $spend }): the top 1%, the next 4%, the next 15%, and so on.
