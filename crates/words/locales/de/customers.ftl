customers-cell-title = { $segment } × { $column } — { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
customers-segment-title = { $segment } — { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
} ({ $share })
customers-download = Diese Liste herunterladen (CSV)
customers-close = Schließen
customers-id = Kunde
customers-email = E-Mail
customers-name = Name
customers-recency = Tage seit letzter Bestellung
customers-frequency = Bestellungen
customers-monetary = Ausgaben gesamt
customers-score = RFM
customers-alive = Noch aktiv
customers-alive-title = Die Wahrscheinlichkeit laut Vorhersage, dass ein Kunde, der an zwei oder mehr Tagen bestellt hat, noch kauft (Bestellungen an einem Tag reichen ihr dafür nicht)
customers-value = Vorhergesagter Wert
customers-pages = Seiten
customers-previous = Zurück
customers-page = Seite { $page } von { $pages }
customers-next = Weiter
