mapping-title = So wurde Ihre Datei gelesen
mapping-facts = { $file } · { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
} · { $size } · Trennzeichen: { $separator }
mapping-hint = Prüfen Sie, was jede Spalte bedeutet. Segmenter hat es aus den Überschriften und Werten abgeleitet; ändern Sie, was nicht stimmt.
mapping-column = Spalte
mapping-examples = Beispiele
mapping-written-as = Schreibweise
mapping-meaning = Bedeutung
mapping-segment = Meine Kunden segmentieren
mapping-reset = Vorgeschlagene Bedeutungen wiederherstellen

mapping-characters = Zeichen
mapping-encoding-label = Zeichenkodierung
mapping-time-zone = Zeitzone
mapping-time-zone-label = Die Zeitzone des Shops
mapping-browser-zone-named = Die dieses Browsers: { $name } ({ $offset })
mapping-browser-zone = Die dieses Browsers ({ $offset })
mapping-time-zone-hint = Zeitangaben mit Zeitversatz (etwa 2025-03-01T23:30:00Z) und Unix-Zeiten fallen auf die Tage und Stunden dieser Zeitzone.
mapping-separator = Trennzeichen
mapping-separator-value = { $separator } ({ $character })
mapping-tab = Tabulator
mapping-quoted = „{ $character }“
mapping-rows = Zeilen
mapping-rows-value = { $rows ->
    [one] { $rows } Datenzeile
   *[other] { $rows } Datenzeilen
}; { $blank ->
    [one] { $blank } leere Zeile übersprungen
   *[other] { $blank } leere Zeilen übersprungen
}; { $problems ->
    [one] { $problems } Zeile ließ sich nicht in die Spalten der Kopfzeile aufteilen
   *[other] { $problems } Zeilen ließen sich nicht in die Spalten der Kopfzeile aufteilen
}
mapping-excel-1904 = Die Datumsangaben sind Excel-Seriennummern aus dem 1904-Datumssystem (Excel für Mac vor 2011): sie liegen 4 Jahre und einen Tag später als gelesen
mapping-repaired = { $count ->
    [one] { $count } Byte war kein gültiges UTF-8 und wurde als Windows-1252-Zeichen gelesen.
   *[other] { $count } Bytes waren kein gültiges UTF-8 und wurden als Windows-1252-Zeichen gelesen.
}

mapping-meaning-of = Bedeutung der Spalte { $column }
mapping-not-used = — nicht verwendet —
mapping-decimal-separator = Dezimaltrennzeichen
mapping-date-both = Jedes Datum hier passt zu beiden Reihenfolgen. Welche ist richtig?
mapping-date-order = Reihenfolge im Datum
mapping-day-first = Tag zuerst (31/12/2024)
mapping-month-first = Monat zuerst (12/31/2024)

mapping-recency-as-of = Tage seit der letzten Bestellung zählen bis
mapping-recency-empty = (leer lassen für den Tag nach der letzten Bestellung)
