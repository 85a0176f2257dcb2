read-empty = Dit bestand is leeg. Kies het CSV-bestand dat uw winkel heeft geëxporteerd.
read-header-only = Dit bestand heeft een kopregel ({ $columns ->
    [one] { $columns } kolom
   *[other] { $columns } kolommen
}) maar geen gegevensregels eronder. Exporteer opnieuw met een periode waarin bestellingen vallen.
read-workbook = Dit is een Excel-werkmap (.xlsx) of een zip-archief, geen CSV-bestand. Open het in Excel, Numbers of Google Spreadsheets, sla het op of download het als CSV en kies dan dat bestand.
read-old-excel = Dit is een oude Excel-werkmap (.xls), geen CSV-bestand. Open het in Excel, kies Bestand › Opslaan als › CSV en kies dan dat bestand.
read-gzip = Dit bestand is gecomprimeerd (.gz). Pak het eerst uit (dubbelklik erop) en kies dan het CSV-bestand dat erin zit.
read-pdf = Dit is een pdf-document, geen CSV-bestand. Exporteer uw bestellingen of klanten in plaats daarvan als CSV uit uw winkel.
read-not-text = Dit bestand is geen tekst en kan dus geen CSV-export zijn. Kies het CSV-bestand dat uw winkel heeft geëxporteerd.
read-single-column = Er is maar één kolom gevonden (kopregel: '{ $header }'). Een CSV-export scheidt zijn kolommen met komma's, puntkomma's, tabs of verticale strepen; dit bestand lijkt dat niet te doen. Controleer of het de CSV-export is en geen gewone lijst.
read-file-unavailable = De browser kon dit bestand niet lezen. Het is tijdens het lezen misschien verplaatst, hernoemd, gewijzigd of door een ander programma geopend; kies het opnieuw.
read-too-large = Dit bestand is { $size } en dit browsertabblad kan werken met bestanden tot { $limit }. Exporteer een kortere periode (bijvoorbeeld de laatste twee jaar) en probeer het opnieuw.

problem-field-count = heeft { $found } waarden, maar de kopregel heeft { $expected } kolommen; er ontbreekt misschien een aanhalingsteken of scheidingsteken
problem-missing-order-date = heeft geen besteldatum
problem-missing-unit-price = heeft geen stukprijs
problem-missing-amount = heeft geen bedrag
problem-missing-customer-id = heeft geen klantnummer
problem-missing-email = heeft geen e-mailadres
problem-not-a-number = '{ $text }' is geen getal
problem-not-a-date = '{ $text }' is geen datum
problem-duplicate-customer = klant '{ $customer }' staat al op een eerdere regel; de eerdere regel is gebruikt
problem-file-line = regel
problem-file-column = kolom
problem-file-reason = reden
row-problem = Regel { $line }: { $problem }
row-problem-column = Regel { $line }, kolom '{ $column }': { $problem }
