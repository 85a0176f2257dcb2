overview-comma = Komma
overview-semicolon = Semikolon
overview-tab = Tabulator
overview-vertical-bar = senkrechter Strich
overview-other-separator = anderes Zeichen

overview-utf-8 = UTF-8
overview-utf-16-le = UTF-16 (Little Endian)
overview-utf-16-be = UTF-16 (Big Endian)
overview-windows-1252 = Windows-1252 / ISO-8859-1 (westeuropäisch)

overview-whole-numbers = ganze Zahlen
overview-text-all-different = Text, alle Werte verschieden
overview-text-values = { $count ->
    [one] Text, { $count } Wert
   *[other] Text, { $count } verschiedene Werte
}
overview-identifiers = Kennungen, meist verschieden
overview-text-mostly-different = Text, meist verschiedene Werte
overview-decimal-point = Dezimalpunkt (1,234.50)
overview-decimal-comma = Dezimalkomma (1.234,50)
overview-date-iso = JJJJ-MM-TT
overview-date-year-first = JJJJ/MM/TT
overview-date-dotted = TT.MM.JJJJ
overview-date-day-first = TT/MM/JJJJ
overview-date-month-first = MM/TT/JJJJ
overview-date-month-names = mit Monatsnamen (5. Jan. 2024)
overview-date-with-time = { $date } mit Uhrzeit
overview-excel-serial = Excel-Datumsseriennummern
overview-excel-1904 = Excel-Datumsseriennummern (1904-Datumswerte)
overview-unix-seconds = Unix-Zeit in Sekunden
overview-unix-millis = Unix-Zeit in Millisekunden
overview-compact-ymd = JJJJMMTT
overview-not-dates = Zahlen, die keine Datumsangaben sind

overview-role-customer-id = Kundennummer
overview-role-email = E-Mail
overview-role-first-name = Vorname
overview-role-last-name = Nachname
overview-role-full-name = Vollständiger Name
overview-role-company = Firma
overview-role-order-id = Bestellnummer
overview-role-order-date = Bestelldatum
overview-role-order-time = Bestelluhrzeit
overview-role-amount = Betrag
overview-role-quantity = Menge
overview-role-unit-price = Stückpreis
overview-role-refunded-amount = Erstatteter Betrag
overview-role-product = Produkt
overview-role-sku = Artikelnummer (SKU)
overview-role-category = Produktkategorie
overview-role-country = Land
overview-role-region = Region / Bundesland
overview-role-city = Ort
overview-role-postal-code = Postleitzahl
overview-role-age = Alter
overview-role-birth-date = Geburtsdatum
overview-role-gender = Geschlecht
overview-role-industry = Branche
overview-role-company-size = Unternehmensgröße
overview-role-discount-code = Verwendeter Rabattcode
overview-role-order-status = Bestellstatus
overview-role-cancelled-at = Storniert am
overview-role-accepts-marketing = Willigt in Werbung ein
overview-role-total-spent = Gesamtausgaben
overview-role-orders-count = Anzahl Bestellungen
overview-role-last-order-date = Datum der letzten Bestellung
overview-role-first-order-date = Datum der ersten Bestellung

overview-shape-order-lines = Bestellpositionen (mehrere Zeilen pro Bestellung)
overview-shape-orders = Bestellungen (eine Zeile pro Bestellung)
overview-shape-customer-summary = Kundenübersicht (eine Zeile pro Kunde mit Summen)

overview-status-kept = behalten
overview-status-cancelled = storniert oder fehlgeschlagen
overview-status-refunded = erstattet
overview-status-unpaid = nicht bezahlt
overview-status-test = Testbestellungen
overview-left-out-status = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
} mit dem Status „{ $status }“ ({ $class })
overview-left-out-cancelled = { $count ->
    [one] { $count } stornierte Bestellung
   *[other] { $count } stornierte Bestellungen
} (ein Stornodatum ist eingetragen)
overview-left-out-refunds = { $count ->
    [one] { $count } Zeile mit negativem Betrag als Erstattung gezählt: Diese senkt die Ausgaben des Kunden, ist aber keine Bestellung
   *[other] { $count } Zeilen mit negativen Beträgen als Erstattungen gezählt: Diese senken die Ausgaben der Kunden, sind aber keine Bestellungen
}
overview-left-out-after-reference = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
} am oder nach dem Stichtag ({ $date }): Die Segmente zeigen den Shop so, wie er zu Beginn dieses Tages stand
overview-left-out-after-reference-rows = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
} ({ $rows } Zeilen) am oder nach dem Stichtag ({ $date }): Die Segmente zeigen den Shop so, wie er zu Beginn dieses Tages stand
overview-left-out-currency = { $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
} in { $code }: Beträge in verschiedenen Währungen werden nie zusammengezählt, daher wird jede Währung für sich segmentiert
overview-note-unnamed-currency = { $count ->
    [one] { $count } Zeile nennt
   *[other] { $count } Zeilen nennen
} keine Währung, andere schon; sie werden in { $code } gezählt, der angezeigten Währung.
overview-note-amounts = Beträge: { $amounts }.
overview-amount-line-totals = Der Betrag jeder Zeile ist eine Positionssumme; eine Bestellung ist ihre Summe
overview-amount-order-total-on-first-row = Die Bestellsumme steht in der ersten Zeile jeder Bestellung; sie wird einmal pro Bestellung gezählt
overview-amount-order-total-repeated = Die Bestellsumme wiederholt sich in jeder Zeile der Bestellung; sie wird einmal pro Bestellung gezählt
overview-amount-quantity-times-price = Betrag = Menge × Stückpreis, pro Bestellung addiert
