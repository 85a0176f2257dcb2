read-empty = Diese Datei ist leer. Wählen Sie die CSV-Datei, die Ihr Shop exportiert hat.
read-header-only = Diese Datei hat eine Kopfzeile ({ $columns ->
    [one] { $columns } Spalte
   *[other] { $columns } Spalten
}), aber keine Datenzeilen darunter. Exportieren Sie erneut mit einem Zeitraum, der Bestellungen enthält.
read-workbook = Dies ist eine Excel-Arbeitsmappe (.xlsx) oder ein ZIP-Archiv, keine CSV-Datei. Öffnen Sie sie in Excel, Numbers oder Google Tabellen, speichern oder laden Sie sie als CSV herunter und wählen Sie dann diese Datei.
read-old-excel = Dies ist eine alte Excel-Arbeitsmappe (.xls), keine CSV-Datei. Öffnen Sie sie in Excel, wählen Sie Datei › Speichern unter › CSV und dann diese Datei.
read-gzip = Diese Datei ist komprimiert (.gz). Entpacken Sie sie zuerst (per Doppelklick) und wählen Sie dann die CSV-Datei darin.
read-pdf = Dies ist ein PDF-Dokument, keine CSV-Datei. Exportieren Sie Ihre Bestellungen oder Kunden stattdessen als CSV aus Ihrem Shop.
read-not-text = Diese Datei ist kein Text und kann daher kein CSV-Export sein. Wählen Sie die CSV-Datei, die Ihr Shop exportiert hat.
read-single-column = Es wurde nur eine Spalte gefunden (Kopfzeile: „{ $header }“). Ein CSV-Export trennt seine Spalten durch Kommas, Semikolons, Tabulatoren oder senkrechte Striche; diese Datei scheint das nicht zu tun. Prüfen Sie, ob es der CSV-Export ist und keine einfache Liste.
read-file-unavailable = Der Browser konnte diese Datei nicht lesen. Sie wurde beim Lesen vielleicht verschoben, umbenannt, geändert oder von einem anderen Programm geöffnet; wählen Sie sie erneut.
read-too-large = Diese Datei ist { $size } groß, und dieser Browser-Tab kann mit Dateien bis { $limit } arbeiten. Exportieren Sie einen kürzeren Zeitraum (zum Beispiel die letzten zwei Jahre) und versuchen Sie es erneut.

problem-field-count = hat { $found } Werte, die Kopfzeile aber { $expected } Spalten; vielleicht fehlt ein Anführungszeichen oder Trennzeichen
problem-missing-order-date = hat kein Bestelldatum
problem-missing-unit-price = hat keinen Stückpreis
problem-missing-amount = hat keinen Betrag
problem-missing-customer-id = hat keine Kundennummer
problem-missing-email = hat keine E-Mail-Adresse
problem-not-a-number = „{ $text }“ ist keine Zahl
problem-not-a-date = „{ $text }“ ist kein Datum
problem-duplicate-customer = Kunde „{ $customer }“ steht schon in einer früheren Zeile; die frühere Zeile wurde verwendet
problem-file-line = Zeile
problem-file-column = Spalte
problem-file-reason = Grund
row-problem = Zeile { $line }: { $problem }
row-problem-column = Zeile { $line }, Spalte „{ $column }“: { $problem }
