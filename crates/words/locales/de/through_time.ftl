# Segmente im Zeitverlauf (through_time.rs).

through-time-hint = Wer zwischen den Segmenten von „{ $scheme }“ gewechselt hat: der Shop, wie er an einem früheren Tag dastand oder wie ein älterer oder neuerer Export ihn zeigt, gleich segmentiert.
through-time-waiting = Warten auf die Vorhersagen: Der Vergleich folgt mit dem Schema, das sie liest, sobald sie fertig sind…
through-time-from-label = Vergleichen mit dem Stand des Shops vom
through-time-compare = Vergleichen
through-time-or = oder
through-time-compare-file = Mit einem anderen Export dieses Shops vergleichen…
through-time-title = Von { $from } bis { $to }
through-time-how-to-read = Zeilen: das Segment damals. Spalten: das Segment heute. Jede Zelle: Kunden, dann ihr Anteil an der Zeile; öffnen Sie eine Zelle für ihre Kunden, eine Kampagne und eine Liste.
through-time-corner = Damals \ heute
through-time-net-change = Saldo
through-time-download = Wechsel zwischen Segmenten herunterladen (CSV)
through-time-cell-customers = { $count ->
    [one] Kunde,
   *[other] Kunden,
}
through-time-cell-row = der Zeile: { $from } → { $to }
through-time-band = { $from } → { $to }: { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
through-time-flow-caption = Wohin die Kunden jedes Segments gingen (links: damals, rechts: heute)
through-time-flow-label = Flussdiagramm der Kunden zwischen den Segmenten; die Tabelle darüber enthält dieselben Zahlen

through-time-cell-title = { $label } — { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
through-time-cell-download = Diese Liste herunterladen (CSV)
through-time-close = Schließen
through-time-at-stake = Diese Kunden haben im Jahr vor dem { $day } { $amount } ausgegeben.
through-time-campaign = Kampagne: { $objective }
through-time-offer = Angebot
through-time-channel = Kanal
through-time-timing = Zeitpunkt
through-time-message = Botschaft
through-time-watch = Im Blick
through-time-why = Warum:
