playbook-title = Kampagnenplan
playbook-segments = Segmente: { $scheme }
playbook-print = Plan drucken
playbook-download-all = Gesamtes Ergebnis herunterladen (JSON)
playbook-hint-edit = Jede Kampagne wird aus den Zahlen ihres Segments vorgeschlagen. Passen Sie alles an Ihren Shop an; Ihre Fassung wird in diesem Browser gespeichert.
playbook-hint-export = Exportieren Sie eine Versandliste für Ihr E-Mail-Tool: Eine Kontrollgruppe wird zufällig zurückgehalten (bei derselben Kampagne immer dieselben Kunden), damit Sie die Wirkung später messen können.
playbook-edits-unkept = Dieser Browser konnte Ihre Änderungen nicht speichern; sie bleiben nur während dieses Besuchs erhalten.
playbook-saved = Versandliste gespeichert: { $sent ->
    [one] { $sent } Kunde
   *[other] { $sent } Kunden
}; { $held ->
    [one] { $held } Kunde
   *[other] { $held } Kunden
} als Kontrollgruppe zurückgehalten.
playbook-record-unkept = Dieser Browser konnte den Eintrag der Kampagne nicht speichern; sie lässt sich daher nur während dieses Besuchs messen.
playbook-objective = Ziel
playbook-offer = Angebot
playbook-channel = Kanal
playbook-timing = Zeitpunkt
playbook-message = Botschaft
playbook-watch = Worauf achten
playbook-why = Warum:
playbook-edit = Bearbeiten
playbook-save = Speichern
playbook-reset = Zurück zum Vorschlag
playbook-send-list = Versandliste
playbook-campaign-name = Kampagnenname
playbook-layout = Für
playbook-layout-plain = Jedes Tool (einfache CSV)
playbook-holdout = { $gap } % zurückhalten
playbook-sent-on = Versand am
playbook-expected = Erwartete Steigerung { $gap } Punkte
playbook-expected-example = z. B. 3
playbook-export = Versandliste exportieren
playbook-choose-day = Wählen Sie den Tag, an dem die Kampagne versendet wird.
playbook-results-title = Kampagnenergebnisse
playbook-results-empty = Kampagnen, die Sie exportieren, erscheinen hier und können gemessen werden, sobald ihre Kunden Zeit zum Bestellen hatten.
playbook-column-campaign = Kampagne
playbook-column-segment = Segment
playbook-column-sent = Versendet
playbook-column-sent-to = Empfänger
playbook-column-held-out = Zurückgehalten
playbook-column-kept-until = Aufbewahrt bis
playbook-forget = Vergessen
playbook-removed-next-visit = { $date }: wird beim nächsten Besuch entfernt
playbook-measure = An einer neueren Bestelldatei messen…
playbook-measure-hint = Exportieren Sie die Bestellungen Ihres Shops einige Wochen nach dem Versand erneut und legen Sie die Datei hier ab: Sie wird wie die erste in diesem Tab gelesen.
playbook-keep-for = Jeden Eintrag { $gap } Tage nach dem Versand aufbewahren
playbook-download-records = Diese Einträge herunterladen
playbook-add-records = Einträge aus einer Datei hinzufügen…
playbook-records-hint = Ein Eintrag enthält die IDs der Kunden, die die Kampagne erhalten haben oder zurückgehalten wurden, nur in diesem Browser. Um eine Kampagne in einem anderen Browser zu messen, laden Sie die Einträge hier herunter und fügen Sie die Datei dort hinzu.
playbook-added = { $count ->
    [one] { $count } Kampagneneintrag
   *[other] { $count } Kampagneneinträge
} aus { $file } hinzugefügt{ $updated }{ $unchanged }{ $past }.
playbook-added-updated = ; { $count ->
    [one] { $count } Eintrag hat
   *[other] { $count } Einträge haben
} einen früheren Versand derselben Kampagne ersetzt
playbook-added-unchanged = ; { $count ->
    [one] { $count } Eintrag war
   *[other] { $count } Einträge waren
} schon vorhanden (oder älter als der Versand hier)
playbook-added-past = ; { $count ->
    [one] { $count } Eintrag liegt
   *[other] { $count } Einträge liegen
} außerhalb der { $days } Tage, die Einträge aufbewahrt werden, und { $count ->
    [one] wurde
   *[other] wurden
} nicht hinzugefügt
playbook-added-unkept = Dieser Browser konnte sie nicht speichern; sie bleiben nur während dieses Besuchs erhalten.
playbook-expired = { $count ->
    [one] { $count } Kampagneneintrag wurde
   *[other] { $count } Kampagneneinträge wurden
} entfernt: Einträge werden { $days } Tage nach ihrem Versandtag aufbewahrt ({ $listed }). Sie sind aus diesem Browser gelöscht; solange diese Seite geöffnet ist, können Sie sie noch speichern.
playbook-expired-record = { $campaign } an { $segment }, versendet am { $date }
playbook-expired-separator = { "; " }
playbook-download-removed = Entfernte Einträge herunterladen
playbook-period = Bestellungen ab { $from }
playbook-period-to = Bestellungen von { $from } bis { $to }
playbook-column-customers = Kunden
playbook-column-ordered = Bestellt
playbook-column-rate = Kaufquote
playbook-column-revenue = Umsatz pro Kunde
playbook-row-sent = Kampagne erhalten
playbook-row-held-out = Zurückgehalten
playbook-row-uplift = Steigerung (95-%-Intervall)
playbook-uplift-points = { $difference } Punkte ({ $low } bis { $high })
playbook-uplift-money = { $difference } ({ $low } bis { $high })
