features-recency = Tage seit der letzten Bestellung
features-frequency = Bestellungen
features-monetary = Gesamtumsatz
features-aov = Durchschnittlicher Bestellwert
features-first-order = Erste Bestellung
features-last-order = Letzte Bestellung
features-tenure = Tage seit der ersten Bestellung
features-interval = Durchschnittliche Tage zwischen Bestellungen
features-overdue = Tage seit der letzten Bestellung ÷ übliche Tage zwischen Bestellungen
features-spend-last-year = Umsatz in den letzten 365 Tagen
features-spend-in-period = Umsatz { $period }
features-spend-between = Umsatz vom { $from } bis zum { $to }
features-period-last = in den { $days } Tagen vor dem { $reference }
features-period-year = im Jahr { $year }
features-period-between = vom { $from } bis zum { $to }
features-discount-share = Anteil der Bestellungen mit Rabatt
features-weekday = Lieblingswochentag
features-month = Lieblingsmonat
features-time-of-day = Bevorzugte Tageszeit
features-top-category = Lieblingskategorie (nach Umsatz)
features-top-category-share = Umsatzanteil der Lieblingskategorie
features-categories-bought = Gekaufte Kategorien
features-postal-prefix = Postleitzahl, erste { $count } Zeichen

features-email = E-Mail
features-full-name = Vollständiger Name
features-first-name = Vorname
features-last-name = Nachname
features-company = Firma
features-country = Land
features-region = Region / Bundesland
features-city = Stadt
features-postal-code = Postleitzahl
features-gender = Geschlecht
features-industry = Branche
features-accepts-marketing = Marketing-Einwilligung
features-age = Alter
features-company-size = Unternehmensgröße (Beschäftigte)

features-r-score = Aktualitäts-Score
features-f-score = Häufigkeits-Score
features-m-score = Umsatz-Score
features-p-alive = Wahrscheinlichkeit, noch aktiv zu sein
features-expected-purchases = Erwartete Käufe in den nächsten { $days } Tagen
features-expected-order-value = Erwarteter Umsatz pro Kauf
features-predicted-value = Prognostizierter Wert, nächste { $days } Tage

# A season-share feature; $season is the season's name.
features-season-share = Anteil der Bestellungen im Zeitraum „{ $season }“
features-cluster = Cluster

features-value-yes = ja
features-value-no = nein

features-season-black-friday = Black Friday bis Cyber Monday
features-season-december = Vorweihnachtszeit
features-season-valentine = Valentinstag
features-season-mother = Muttertag
