results-views = Ansichten der Ergebnisse
results-title = Ihre Kunden
results-headline = { $customers ->
    [one] { $customers } Kunde
   *[other] { $customers } Kunden
} · { $orders ->
    [one] { $orders } Bestellung
   *[other] { $orders } Bestellungen
} · { $revenue } insgesamt ausgegeben
results-currency-rows = { $code } ({ $count ->
    [one] { $count } Zeile
   *[other] { $count } Zeilen
})
results-currencies = Diese Datei enthält mehrere Währungen: { $list }. Beträge in verschiedenen Währungen werden nie zusammengezählt, daher wird jede für sich segmentiert.
results-showing = Angezeigt:
results-after-reference = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
} am oder nach dem { $date } ausgelassen: So stand der Shop zu Beginn dieses Tages.
results-read-as = Gelesen als { $shape }.
results-as-of = Stand:
results-download-all = Alle Kunden herunterladen (CSV)
