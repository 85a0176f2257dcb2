features-recency = Dagen sinds laatste bestelling
features-frequency = Bestellingen
features-monetary = Totaal besteed
features-aov = Gemiddelde bestelwaarde
features-first-order = Eerste bestelling
features-last-order = Laatste bestelling
features-tenure = Dagen sinds eerste bestelling
features-interval = Gemiddeld aantal dagen tussen bestellingen
features-overdue = Dagen sinds laatste bestelling ÷ gebruikelijke dagen tussen bestellingen
features-spend-last-year = Besteed in de laatste 365 dagen
features-spend-in-period = Besteed { $period }
features-spend-between = Besteed van { $from } tot { $to }
features-period-last = in de { $days } dagen vóór { $reference }
features-period-year = in { $year }
features-period-between = van { $from } tot { $to }
features-discount-share = Aandeel bestellingen met korting
features-weekday = Favoriete weekdag
features-month = Favoriete maand
features-time-of-day = Favoriet tijdstip van de dag
features-top-category = Favoriete categorie (naar besteding)
features-top-category-share = Aandeel van de favoriete categorie in de besteding
features-categories-bought = Gekochte categorieën
features-postal-prefix = Postcode, eerste { $count } tekens

features-email = E-mail
features-full-name = Volledige naam
features-first-name = Voornaam
features-last-name = Achternaam
features-company = Bedrijf
features-country = Land
features-region = Regio / provincie
features-city = Stad
features-postal-code = Postcode
features-gender = Geslacht
features-industry = Branche
features-accepts-marketing = Accepteert marketing
features-age = Leeftijd
features-company-size = Bedrijfsgrootte (medewerkers)

features-r-score = Recencyscore
features-f-score = Frequentiescore
features-m-score = Bestedingsscore
features-p-alive = Kans nog actief
features-expected-purchases = Verwachte aankopen in de komende { $days } dagen
features-expected-order-value = Verwachte besteding per aankoop
features-predicted-value = Voorspelde waarde, komende { $days } dagen

# A season-share feature; $season is the season's name.
features-season-share = Aandeel bestellingen tijdens ‘{ $season }’
features-cluster = Groep (k-means)

features-value-yes = ja
features-value-no = nee

features-season-black-friday = Black Friday – Cyber Monday
features-season-december = Decemberfeestdagen
features-season-valentine = Valentijnsdag
features-season-mother = Moederdag
