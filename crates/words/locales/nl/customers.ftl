customers-cell-title = { $segment } × { $column } — { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}
customers-segment-title = { $segment } — { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} ({ $share })
customers-download = Deze lijst downloaden (CSV)
customers-close = Sluiten
customers-id = Klant
customers-email = E-mail
customers-name = Naam
customers-recency = Dagen sinds laatste bestelling
customers-frequency = Bestellingen
customers-monetary = Totaal besteed
customers-score = RFM
customers-alive = Nog actief
customers-alive-title = De kans volgens de voorspelling dat een klant die op twee of meer dagen bestelde nog koopt (bestellingen op één dag zijn te weinig om het te zeggen)
customers-value = Voorspelde waarde
customers-pages = Pagina’s
customers-previous = Vorige
customers-page = Pagina { $page } van { $pages }
customers-next = Volgende
