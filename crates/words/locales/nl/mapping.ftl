mapping-title = Zo is uw bestand gelezen
mapping-facts = { $file } · { $rows ->
    [one] { $rows } rij
   *[other] { $rows } rijen
} · { $size } · scheidingsteken: { $separator }
mapping-hint = Controleer wat elke kolom betekent. Segmenter heeft het afgeleid uit de kolomkoppen en de waarden; pas aan wat niet klopt.
mapping-column = Kolom
mapping-examples = Voorbeelden
mapping-written-as = Notatie
mapping-meaning = Betekenis
mapping-segment = Mijn klanten segmenteren
mapping-reset = Terug naar de voorgestelde betekenissen

mapping-characters = Tekens
mapping-encoding-label = Tekencodering
mapping-time-zone = Tijdzone
mapping-time-zone-label = De tijdzone van de winkel
mapping-browser-zone-named = Die van deze browser: { $name } ({ $offset })
mapping-browser-zone = Die van deze browser ({ $offset })
mapping-time-zone-hint = Datums met tijd en verschuiving (zoals 2025-03-01T23:30:00Z) en Unix-tijden vallen op de dagen en uren van deze tijdzone.
mapping-separator = Scheidingsteken
mapping-separator-value = { $separator } ({ $character })
mapping-tab = tab
mapping-quoted = ‘{ $character }’
mapping-rows = Rijen
mapping-rows-value = { $rows ->
    [one] { $rows } gegevensrij
   *[other] { $rows } gegevensrijen
}; { $blank ->
    [one] { $blank } lege rij overgeslagen
   *[other] { $blank } lege rijen overgeslagen
}; { $problems ->
    [one] { $problems } rij kon niet worden verdeeld over de kolommen van de kopregel
   *[other] { $problems } rijen konden niet worden verdeeld over de kolommen van de kopregel
}
mapping-excel-1904 = De datums zijn Excel-serienummers uit het 1904-datumsysteem (Excel voor Mac vóór 2011): ze vallen 4 jaar en een dag later dan gelezen
mapping-repaired = { $count ->
    [one] { $count } byte was geen geldige UTF-8 en is gelezen als Windows-1252-teken.
   *[other] { $count } bytes waren geen geldige UTF-8 en zijn gelezen als Windows-1252-tekens.
}

mapping-meaning-of = Betekenis van kolom { $column }
mapping-not-used = — niet gebruikt —
mapping-decimal-separator = Decimaalteken
mapping-date-both = Elke datum hier past bij beide volgordes. Welke is juist?
mapping-date-order = Datumvolgorde
mapping-day-first = Dag eerst (31/12/2024)
mapping-month-first = Maand eerst (12/31/2024)

mapping-recency-as-of = Dagen sinds de laatste bestelling tellen tot
mapping-recency-empty = (leeg laten voor de dag na de laatste bestelling)
