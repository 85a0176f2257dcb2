scheme-bar-family-rfm = RFM
scheme-bar-family-value = Wert
scheme-bar-family-places = Orte
scheme-bar-family-who = Wer sie sind
scheme-bar-family-how = Wie sie kaufen
scheme-bar-my-schemes = Meine Segmentierungen
scheme-bar-unavailable = { $scheme } ({ $why })
scheme-bar-segment-by = Segmentieren nach
scheme-bar-split-by = Jedes Segment aufteilen nach
scheme-bar-split-by-nothing = Nichts
scheme-bar-run-time = { $count ->
    [one] { $count } Kunde in { $ms } ms segmentiert.
   *[other] { $count } Kunden in { $ms } ms segmentiert.
}
scheme-bar-edit-rules = Als Regeln bearbeiten
scheme-bar-save = In meinen Segmentierungen speichern
scheme-bar-download = Segmentierung herunterladen (JSON)
scheme-bar-import = Segmentierung importieren…
scheme-bar-download-summary = Segmentübersicht herunterladen (CSV)
scheme-bar-warehouse = In Ihrem Data Warehouse ausführen:
scheme-bar-download-sql = SQL herunterladen

scheme-bar-areas = Gebiete mit eigenem Segment
scheme-bar-postal-prefix = Postleitzahlgebiet: erste Zeichen (0 = ganze Postleitzahl)
scheme-bar-age-bands = Altersgruppen beginnen bei (Jahren)
scheme-bar-size-bands = Größenklassen beginnen bei (Beschäftigten)
scheme-bar-period = Zeitraum der Ausgaben

scheme-bar-edit-seasons = Saisonkalender bearbeiten
scheme-bar-season = Saison
scheme-bar-occasion = Anlass
scheme-bar-days-counted = Gezählte Tage bis zum Anlass
scheme-bar-days-counted-label = Gezählte Tage
scheme-bar-season-name = Name der Saison
scheme-bar-black-friday = Black Friday bis Cyber Monday
scheme-bar-day = Tag
scheme-bar-month = Monat
scheme-bar-which = Welcher
scheme-bar-first = erster
scheme-bar-second = zweiter
scheme-bar-third = dritter
scheme-bar-fourth = vierter
scheme-bar-weekday = Wochentag
scheme-bar-monday = Montag
scheme-bar-tuesday = Dienstag
scheme-bar-wednesday = Mittwoch
scheme-bar-thursday = Donnerstag
scheme-bar-friday = Freitag
scheme-bar-saturday = Samstag
scheme-bar-sunday = Sonntag
scheme-bar-of = im
scheme-bar-remove = Entfernen
scheme-bar-new-season = Sommerschlussverkauf
scheme-bar-add-season = Saison hinzufügen
scheme-bar-measure-seasons = Diese Saisons auswerten
