scheme-bar-family-rfm = RFM
scheme-bar-family-value = Valor
scheme-bar-family-places = Lugares
scheme-bar-family-who = Quiénes son
scheme-bar-family-how = Cómo compran
scheme-bar-my-schemes = Mis segmentaciones
scheme-bar-unavailable = { $scheme } ({ $why })
scheme-bar-segment-by = Segmentar por
scheme-bar-split-by = Dividir cada segmento por
scheme-bar-split-by-nothing = Nada
scheme-bar-run-time = { $count ->
    [one] { $count } cliente segmentado en { $ms } ms.
    [many] { $count } de clientes segmentados en { $ms } ms.
   *[other] { $count } clientes segmentados en { $ms } ms.
}
scheme-bar-edit-rules = Editar como reglas
scheme-bar-save = Guardar en mis segmentaciones
scheme-bar-download = Descargar segmentación (JSON)
scheme-bar-import = Importar una segmentación…
scheme-bar-download-summary = Descargar resumen de segmentos (CSV)
scheme-bar-warehouse = Ejecútelo en su almacén de datos:
scheme-bar-download-sql = Descargar SQL

scheme-bar-areas = Zonas con segmento propio
scheme-bar-postal-prefix = Zona postal: primeros caracteres (0 = código completo)
scheme-bar-age-bands = Las franjas de edad empiezan en (años)
scheme-bar-size-bands = Los tamaños empiezan en (empleados)
scheme-bar-period = Gasto contado en

scheme-bar-edit-seasons = Editar el calendario de temporadas
scheme-bar-season = Temporada
scheme-bar-occasion = Fecha clave
scheme-bar-days-counted = Días contados hasta la fecha clave
scheme-bar-days-counted-label = Días contados
scheme-bar-season-name = Nombre de la temporada
scheme-bar-black-friday = Del Black Friday al Cyber Monday
scheme-bar-day = Día
scheme-bar-month = Mes
scheme-bar-which = Cuál
scheme-bar-first = primer
scheme-bar-second = segundo
scheme-bar-third = tercer
scheme-bar-fourth = cuarto
scheme-bar-weekday = Día de la semana
scheme-bar-monday = lunes
scheme-bar-tuesday = martes
scheme-bar-wednesday = miércoles
scheme-bar-thursday = jueves
scheme-bar-friday = viernes
scheme-bar-saturday = sábado
scheme-bar-sunday = domingo
scheme-bar-of = de
scheme-bar-remove = Quitar
scheme-bar-new-season = Rebajas de verano
scheme-bar-add-season = Añadir una temporada
scheme-bar-measure-seasons = Medir estas temporadas
