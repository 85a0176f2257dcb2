report-title = Ce qu’est devenue chaque ligne
report-summary = { $read ->
    [one] { $read } ligne lue
    [many] { $read } de lignes lues
   *[other] { $read } lignes lues
} · { $used ->
    [one] { $used } utilisée
   *[other] { $used } utilisées
} · { $left ->
    [one] { $left } écartée
   *[other] { $left } écartées
}
report-read = { $count ->
    [one] { $count } ligne de données lue
    [many] { $count } de lignes de données lues
   *[other] { $count } lignes de données lues
}
report-used = { $count ->
    [one] { $count } ligne utilisée
    [many] { $count } de lignes utilisées
   *[other] { $count } lignes utilisées
}
report-blank = { $count ->
    [one] { $count } ligne vide ignorée
    [many] { $count } de lignes vides ignorées
   *[other] { $count } lignes vides ignorées
}
report-rejected = { $count ->
    [one] { $count } ligne n’a pas pu être utilisée (liste ci-dessous)
    [many] { $count } de lignes n’ont pas pu être utilisées (liste ci-dessous)
   *[other] { $count } lignes n’ont pas pu être utilisées (liste ci-dessous)
}
report-more = … et { $count } autres dans la liste à télécharger.
report-download = Télécharger la liste des lignes écartées (CSV)
