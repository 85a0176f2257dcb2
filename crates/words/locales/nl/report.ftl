report-title = Wat er met elke rij is gebeurd
report-summary = { $read ->
    [one] { $read } rij gelezen
   *[other] { $read } rijen gelezen
} · { $used } gebruikt · { $left } weggelaten
report-read = { $count ->
    [one] { $count } gegevensrij gelezen
   *[other] { $count } gegevensrijen gelezen
}
report-used = { $count ->
    [one] { $count } rij gebruikt
   *[other] { $count } rijen gebruikt
}
report-blank = { $count ->
    [one] { $count } lege rij overgeslagen
   *[other] { $count } lege rijen overgeslagen
}
report-rejected = { $count ->
    [one] { $count } rij kon niet worden gebruikt (zie de lijst hieronder)
   *[other] { $count } rijen konden niet worden gebruikt (zie de lijst hieronder)
}
report-more = …en nog { $count } in de lijst om te downloaden.
report-download = Lijst van weggelaten rijen downloaden (CSV)
