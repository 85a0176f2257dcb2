scheme-bar-family-rfm = RFM
scheme-bar-family-value = Waarde
scheme-bar-family-places = Plaatsen
scheme-bar-family-who = Wie ze zijn
scheme-bar-family-how = Hoe ze kopen
scheme-bar-my-schemes = Mijn indelingen
scheme-bar-unavailable = { $scheme } ({ $why })
scheme-bar-segment-by = Segmenteren op
scheme-bar-split-by = Elk segment opsplitsen op
scheme-bar-split-by-nothing = Niets
scheme-bar-run-time = { $count ->
    [one] { $count } klant gesegmenteerd in { $ms } ms.
   *[other] { $count } klanten gesegmenteerd in { $ms } ms.
}
scheme-bar-edit-rules = Als regels bewerken
scheme-bar-save = Opslaan in mijn indelingen
scheme-bar-download = Indeling downloaden (JSON)
scheme-bar-import = Een indeling importeren…
scheme-bar-download-summary = Segmentoverzicht downloaden (CSV)
scheme-bar-warehouse = Voer dit uit in uw datawarehouse:
scheme-bar-download-sql = SQL downloaden

scheme-bar-areas = Gebieden met een eigen segment
scheme-bar-postal-prefix = Postcodegebied: eerste tekens (0 = hele postcode)
scheme-bar-age-bands = Leeftijdsgroepen beginnen bij (jaar)
scheme-bar-size-bands = Grootteklassen beginnen bij (medewerkers)
scheme-bar-period = Bestedingen geteld over

scheme-bar-edit-seasons = Seizoenskalender bewerken
scheme-bar-season = Seizoen
scheme-bar-occasion = Gelegenheid
scheme-bar-days-counted = Getelde dagen tot de gelegenheid
scheme-bar-days-counted-label = Getelde dagen
scheme-bar-season-name = Naam van het seizoen
scheme-bar-black-friday = Black Friday tot Cyber Monday
scheme-bar-day = Dag
scheme-bar-month = Maand
scheme-bar-which = Welke
scheme-bar-first = eerste
scheme-bar-second = tweede
scheme-bar-third = derde
scheme-bar-fourth = vierde
scheme-bar-weekday = Weekdag
scheme-bar-monday = maandag
scheme-bar-tuesday = dinsdag
scheme-bar-wednesday = woensdag
scheme-bar-thursday = donderdag
scheme-bar-friday = vrijdag
scheme-bar-saturday = zaterdag
scheme-bar-sunday = zondag
scheme-bar-of = van
scheme-bar-remove = Verwijderen
scheme-bar-new-season = Zomeruitverkoop
scheme-bar-add-season = Seizoen toevoegen
scheme-bar-measure-seasons = Deze seizoenen meten
