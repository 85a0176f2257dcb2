report-title = Qué pasó con cada fila
report-summary = { $read ->
    [one] { $read } fila leída
    [many] { $read } de filas leídas
   *[other] { $read } filas leídas
} · { $used ->
    [one] { $used } usada
   *[other] { $used } usadas
} · { $left ->
    [one] { $left } descartada
   *[other] { $left } descartadas
}
report-read = { $count ->
    [one] { $count } fila de datos leída
    [many] { $count } de filas de datos leídas
   *[other] { $count } filas de datos leídas
}
report-used = { $count ->
    [one] { $count } fila usada
    [many] { $count } de filas usadas
   *[other] { $count } filas usadas
}
report-blank = { $count ->
    [one] { $count } fila vacía omitida
    [many] { $count } de filas vacías omitidas
   *[other] { $count } filas vacías omitidas
}
report-rejected = { $count ->
    [one] { $count } fila no se pudo usar (lista abajo)
    [many] { $count } de filas no se pudieron usar (lista abajo)
   *[other] { $count } filas no se pudieron usar (lista abajo)
}
report-more = …y { $count } más en la lista descargable.
report-download = Descargar la lista de filas descartadas (CSV)
