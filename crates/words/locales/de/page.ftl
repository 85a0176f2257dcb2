app-tagline = Teilen Sie Ihre Kunden in Gruppen, die eine Kampagne wert sind. Ihre Datei wird in diesem Browser-Tab gelesen und verlässt ihn nie.
app-privacy = Datenschutz: Segmenter läuft vollständig in Ihrem Browser. Keine Datei, kein Kunde und keine Zahl wird hochgeladen, auf einem Server gespeichert oder geteilt; nach dem Laden stellt die Seite keine Netzwerkanfrage mehr.
app-stopped = In dieser Seite ist ein Fehler aufgetreten und sie wurde angehalten. Ihre Daten wurden nirgendwohin gesendet. Laden Sie die Seite neu, um von vorn zu beginnen.

picker-title = Ziehen Sie Ihren Bestellungs- oder Kundenexport hierher
picker-sources = Eine CSV-Datei aus Shopify, WooCommerce, Stripe, Square, Excel oder Google Sheets: Bestellpositionen, Bestellungen oder eine Kundenliste.
picker-choose = CSV-Datei auswählen
picker-sample = Beispielshop ausprobieren
picker-unreadable = Der Browser konnte diese Datei nicht lesen.

progress-reading = { $done } von { $total } gelesen · { $rows } Zeilen · { $speed } Zeilen pro Sekunde
progress-rereading = Erneutes Lesen mit den Zahlen- und Datumsformaten der ganzen Datei · { $done } von { $total }
progress-segmenting = Kunden werden segmentiert…
