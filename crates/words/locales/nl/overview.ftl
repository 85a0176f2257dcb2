overview-comma = komma
overview-semicolon = puntkomma
overview-tab = tab
overview-vertical-bar = verticale streep
overview-other-separator = ander teken

overview-utf-8 = UTF-8
overview-utf-16-le = UTF-16 (little-endian)
overview-utf-16-be = UTF-16 (big-endian)
overview-windows-1252 = Windows-1252 / ISO-8859-1 (West-Europees)

overview-whole-numbers = gehele getallen
overview-text-all-different = tekst, allemaal verschillend
overview-text-values = { $count ->
    [one] tekst, { $count } waarde
   *[other] tekst, { $count } verschillende waarden
}
overview-identifiers = codes, meestal verschillend
overview-text-mostly-different = tekst, meestal verschillende waarden
overview-decimal-point = decimale punt (1,234.50)
overview-decimal-comma = decimale komma (1.234,50)
overview-date-iso = JJJJ-MM-DD
overview-date-year-first = JJJJ/MM/DD
overview-date-dotted = DD.MM.JJJJ
overview-date-day-first = DD/MM/JJJJ
overview-date-month-first = MM/DD/JJJJ
overview-date-month-names = met maandnamen (5 jan. 2024)
overview-date-with-time = { $date } met tijd
overview-excel-serial = Excel-datumserienummers
overview-excel-1904 = Excel-datumserienummers (1904-datumsysteem)
overview-unix-seconds = Unix-tijd in seconden
overview-unix-millis = Unix-tijd in milliseconden
overview-compact-ymd = JJJJMMDD
overview-not-dates = getallen die geen datums zijn

overview-role-customer-id = Klantnummer
overview-role-email = E-mailadres
overview-role-first-name = Voornaam
overview-role-last-name = Achternaam
overview-role-full-name = Volledige naam
overview-role-company = Bedrijf
overview-role-order-id = Bestelnummer
overview-role-order-date = Besteldatum
overview-role-order-time = Besteltijd
overview-role-amount = Bedrag
overview-role-quantity = Aantal
overview-role-unit-price = Stukprijs
overview-role-refunded-amount = Terugbetaald bedrag
overview-role-product = Product
overview-role-sku = Artikelnummer (SKU)
overview-role-category = Productcategorie
overview-role-country = Land
overview-role-region = Regio / provincie
overview-role-city = Plaats
overview-role-postal-code = Postcode
overview-role-age = Leeftijd
overview-role-birth-date = Geboortedatum
overview-role-gender = Geslacht
overview-role-industry = Branche
overview-role-company-size = Bedrijfsgrootte
overview-role-discount-code = Gebruikte kortingscode
overview-role-order-status = Bestelstatus
overview-role-cancelled-at = Geannuleerd op
overview-role-accepts-marketing = Accepteert marketing
overview-role-total-spent = Totaal besteed
overview-role-orders-count = Aantal bestellingen
overview-role-last-order-date = Datum laatste bestelling
overview-role-first-order-date = Datum eerste bestelling

overview-shape-order-lines = bestelregels (meerdere rijen per bestelling)
overview-shape-orders = bestellingen (één rij per bestelling)
overview-shape-customer-summary = klantoverzicht (één rij per klant met totalen)

overview-status-kept = behouden
overview-status-cancelled = geannuleerd of mislukt
overview-status-refunded = terugbetaald
overview-status-unpaid = niet betaald
overview-status-test = testbestellingen
overview-left-out-status = { $count ->
    [one] { $count } bestelling
   *[other] { $count } bestellingen
} met status '{ $status }' ({ $class })
overview-left-out-cancelled = { $count ->
    [one] { $count } geannuleerde bestelling
   *[other] { $count } geannuleerde bestellingen
} (er is een annuleringsdatum ingevuld)
overview-left-out-refunds = { $count ->
    [one] { $count } rij met een negatief bedrag geteld als terugbetaling: die verlaagt de uitgaven van de klant, maar is geen bestelling
   *[other] { $count } rijen met negatieve bedragen geteld als terugbetalingen: die verlagen de uitgaven van de klanten, maar zijn geen bestellingen
}
overview-left-out-after-reference = { $count ->
    [one] { $count } bestelling
   *[other] { $count } bestellingen
} op of na { $date }, de peildatum: de segmenten tonen de winkel zoals die er aan het begin van die dag voor stond
overview-left-out-after-reference-rows = { $count ->
    [one] { $count } bestelling
   *[other] { $count } bestellingen
} ({ $rows } rijen) op of na { $date }, de peildatum: de segmenten tonen de winkel zoals die er aan het begin van die dag voor stond
overview-left-out-currency = { $count ->
    [one] { $count } rij
   *[other] { $count } rijen
} in { $code }: bedragen in verschillende valuta worden nooit bij elkaar opgeteld, dus elke valuta wordt apart gesegmenteerd
overview-note-unnamed-currency = { $count ->
    [one] { $count } rij noemt geen valuta terwijl andere dat wel doen; deze rij wordt geteld in { $code }, de getoonde valuta.
   *[other] { $count } rijen noemen geen valuta terwijl andere dat wel doen; ze worden geteld in { $code }, de getoonde valuta.
}
overview-note-amounts = Bedragen: { $amounts }.
overview-amount-line-totals = het bedrag van elke rij is een regeltotaal; een bestelling is hun som
overview-amount-order-total-on-first-row = het besteltotaal staat op de eerste rij van elke bestelling; het wordt één keer per bestelling geteld
overview-amount-order-total-repeated = het besteltotaal staat op elke rij van de bestelling; het wordt één keer per bestelling geteld
overview-amount-quantity-times-price = bedrag = aantal × stukprijs, opgeteld per bestelling
