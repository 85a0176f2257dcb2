consent-region = Verbundene Website
consent-not-connected = Nicht verbunden.
consent-not-pinned = { $site } gehört nicht zu den Websites, für die dieser Segmenter eingerichtet wurde, und erhält daher nichts von dieser Seite.
consent-disconnected = Verbindung zu { $site } getrennt.
consent-disconnected-detail = Die Website erhält nichts von dieser Seite, bis die Seite neu geladen wird.
consent-connected = Verbunden mit { $site }.
consent-summaries = Die Website erhält Zusammenfassungen der Datei, die Sie hier öffnen; Kundenlisten (IDs, E-Mail-Adressen, Namen) nur, wenn Sie es erlauben.
consent-allowed-on = Sie haben am { $date } erlaubt, dass die Website Kundenlisten (IDs, E-Mail-Adressen, Namen) erhält.
consent-refused-on = Sie haben nicht erlaubt, dass die Website Kundenlisten erhält ({ $date }). Die Website erhält nur Zusammenfassungen.
consent-revoke = { $site } den Zugriff auf Kundenlisten entziehen
consent-ask-again = Beim nächsten Mal erneut fragen
consent-disconnect = { $site } trennen
consent-unkept = Dieser Browser konnte Ihre Antwort an { $site } nicht speichern; sie gilt daher nur, bis diese Seite geschlossen wird.
consent-title = Kunden mit { $site } teilen?
consent-asks = { $site } fragt die Kundenliste von { $segment } an: { $fields } mit Bestellungen und Ausgaben, für { $count } Kunden.
consent-fields-ids = IDs
consent-fields-emails = IDs und E-Mail-Adressen
consent-fields-names = IDs und Namen
consent-fields-all = IDs, E-Mail-Adressen und Namen
consent-more = Die Website fragt außerdem { $count ->
    [one] { $count } weitere Liste
   *[other] { $count } weitere Listen
} an.
consent-origin = Die Seite um diesen Rahmen herum stammt von { $origin }. Erlauben Sie es nur, wenn Sie diese Website kennen: Sie erhält dann die Kundenlisten, die sie anfragt, zu jeder Datei, die Sie hier öffnen, bis Sie es in der Leiste oben widerrufen.
consent-allow = { $site } erlauben
consent-refuse = Nicht erlauben
