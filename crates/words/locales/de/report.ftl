report-title = Was mit jeder Zeile geschah
report-summary = { $read ->
    [one] { $read } Zeile gelesen
   *[other] { $read } Zeilen gelesen
} · { $used } verwendet · { $left } ausgelassen
report-read = { $count ->
    [one] { $count } Datenzeile gelesen
   *[other] { $count } Datenzeilen gelesen
}
report-used = { $count ->
    [one] { $count } Zeile verwendet
   *[other] { $count } Zeilen verwendet
}
report-blank = { $count ->
    [one] { $count } leere Zeile übersprungen
   *[other] { $count } leere Zeilen übersprungen
}
report-rejected = { $count ->
    [one] { $count } Zeile konnte nicht verwendet werden (siehe unten)
   *[other] { $count } Zeilen konnten nicht verwendet werden (siehe unten)
}
report-more = …und { $count } weitere in der Liste zum Herunterladen.
report-download = Liste der ausgelassenen Zeilen herunterladen (CSV)
