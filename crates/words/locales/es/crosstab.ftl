# La tabla cruzada (crosstab.rs).

crosstab-cross-with = Cruzar «{ $scheme }» con
crosstab-choose = Elija una segmentación…
crosstab-how-to-read = Filas: { $rows }. Columnas: { $columns }. Cada celda: clientes y luego ingresos; abra una celda para ver la lista de sus clientes.
