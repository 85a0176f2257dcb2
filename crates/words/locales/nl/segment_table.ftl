segment-table-title = { $scheme }: { $count ->
    [one] { $count } segment
   *[other] { $count } segmenten
}
segment-table-segment = Segment
segment-table-customers = Klanten
segment-table-customer-share = % van klanten
segment-table-revenue = Omzet
segment-table-revenue-share = % van omzet
segment-table-recency = Dagen sinds laatste bestelling (mediaan)
segment-table-frequency = Bestellingen (mediaan)
segment-table-monetary = Besteed (mediaan)
segment-table-alive = Nog actief
segment-table-alive-title = Van klanten die op twee of meer dagen bestelden de gemiddelde kans volgens de voorspelling dat ze nog kopen (bestellingen op één dag zijn te weinig om het te zeggen)
segment-table-value = Voorspelde waarde
segment-table-value-title = Wat de klanten van het segment volgens de voorspelling het komende jaar zullen besteden, omgerekend naar de waarde van nu
segment-table-actions = Acties
segment-table-list = Klanten
segment-table-csv = CSV
segment-table-csv-label = CSV: de lijst ‘{ $segment }’ downloaden
