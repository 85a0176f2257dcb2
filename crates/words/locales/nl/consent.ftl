consent-region = Verbonden site
consent-not-connected = Niet verbonden.
consent-not-pinned = { $site } is niet een van de sites waarvoor deze Segmenter is ingericht, dus ontvangt niets van deze pagina.
consent-disconnected = Verbinding met { $site } verbroken.
consent-disconnected-detail = De site ontvangt niets van deze pagina totdat de pagina opnieuw wordt geladen.
consent-connected = Verbonden met { $site }.
consent-summaries = De site ontvangt samenvattingen van het bestand dat u hier opent; klantenlijsten (ID's, e-mailadressen, namen) alleen als u dat toestaat.
consent-allowed-on = U hebt op { $date } toegestaan dat de site klantenlijsten (ID's, e-mailadressen, namen) ontvangt.
consent-refused-on = U hebt niet toegestaan dat de site klantenlijsten ontvangt ({ $date }). De site ontvangt alleen samenvattingen.
consent-revoke = Toegang van { $site } tot klantenlijsten intrekken
consent-ask-again = Volgende keer opnieuw vragen
consent-disconnect = { $site } loskoppelen
consent-unkept = Deze browser kon uw antwoord aan { $site } niet bewaren, dus het geldt alleen tot deze pagina wordt gesloten.
consent-title = Klanten delen met { $site }?
consent-asks = { $site } vraagt de klantenlijst van { $segment }: { $fields }, met bestellingen en bestedingen, van { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}.
consent-fields-ids = ID's
consent-fields-emails = ID's en e-mailadressen
consent-fields-names = ID's en namen
consent-fields-all = ID's, e-mailadressen en namen
consent-more = De site vraagt ook nog { $count ->
    [one] { $count } andere lijst
   *[other] { $count } andere lijsten
}.
consent-origin = De pagina rond dit kader komt van { $origin }. Sta dit alleen toe als u die site kent: die ontvangt dan de klantenlijsten waarom ze vraagt, van elk bestand dat u hier opent, totdat u het intrekt in de balk hierboven.
consent-allow = { $site } toestaan
consent-refuse = Niet toestaan
