error-no-customers-yet = Zu Beginn des { $day } gab es noch keinen Kunden: Jede Bestellung ist auf diesen Tag oder später datiert. Wählen Sie ein späteres Datum.
error-no-usable-order-yet = Zu Beginn des { $day } gab es noch keinen Kunden: { $count ->
    [1] Die eine Zeile, die davor datiert ist, konnte nicht verwendet werden
   *[other] Keine der { $count } Zeilen, die davor datiert sind, konnte verwendet werden
}. Wählen Sie ein späteres Datum.
error-migration-dates = Das erste Datum ({ $from }) muss vor dem zweiten ({ $to }) liegen.
error-other-file-mapping = { $file } hat nicht dieselben Spalten wie die angezeigte Datei, und ihre eigenen konnten nicht alle erkannt werden. { $missing }
error-keyed-differently = { $ids } bezeichnet die Kunden nur mit der Kundennummer, { $emails } nur mit der E-Mail-Adresse, daher könnte kein Kunde in beiden Dateien gefunden werden. Vergleichen Sie zwei Exporte, die Kunden auf dieselbe Weise bezeichnen.
error-summary-before-last-order = Diese Datei listet die Summen jedes Kunden auf, nicht seine Bestellungen, und kann den Shop daher nicht so zeigen, wie er am { $reference } stand. Wählen Sie den { $earliest } oder später, oder verwenden Sie einen Export der Bestellungen.
error-read-other = { $file }: { $error }
error-no-file = Wählen Sie zuerst eine Datei.
error-no-file-sent = Mit der Anfrage kam keine Datei.
error-nothing-usable = Keine der { $rows } Zeilen konnte verwendet werden. { $problem }
error-nothing-usable-in = { $rows ->
    [1] Die eine Zeile in { $currency } konnte nicht verwendet werden.
   *[other] Keine der { $rows } Zeilen in { $currency } konnte verwendet werden.
} { $problem }
error-currency-not-in-file = Diese Datei hat keine Zeilen in { $asked }. Ihre Währungen: { $list }.
error-conventions-unsettled = Die Zahlen- und Datumsschreibweise der Datei ließ sich nicht festlegen.
error-no-analysis = Segmentieren Sie zuerst die Kunden.
error-no-crosstab = Erstellen Sie zuerst eine Kreuztabelle.
error-no-migration = Vergleichen Sie zuerst zwei Daten oder zwei Dateien.
error-no-such-segment = Wählen Sie zuerst ein Segment.
error-nothing-to-export = Es gibt noch nichts zu exportieren.
error-not-records = Diese Datei enthält keine Kampagnenprotokolle ({ $reason }). Wählen Sie eine Datei, die mit „Download these records“ gespeichert wurde.
error-not-a-scheme = Diese Datei ist kein Segmenter-Schema (Zeile { $line }, Spalte { $column }: { $reason }). Wählen Sie eine Datei, die mit „Download scheme“ gespeichert wurde.
error-unknown-scheme = Es gibt kein Schema „{ $key }“. Bekannte Schemata: { $known }.
error-scheme-unavailable = Das Schema „{ $name }“ kann mit dieser Datei nicht verwendet werden: { $why }
error-unknown-segment = Es gibt kein Segment „{ $name }“. Segmente: { $known }.
error-empty-segment = { $segment } hat keine Kunden, an die eine Kampagne gehen kann.
error-nobody-reachable = Niemand in { $segment } kann diese Liste erhalten. { $left }
error-nobody-reachable-without-email = Niemand in { $segment } kann diese Liste erhalten. { $left } Wählen Sie „Any tool (plain CSV)“, um sie stattdessen nach Kundennummer aufzulisten.
left-out-declined = Von den { $customers } Kunden des Segments haben { $declined } Werbung abgelehnt. Diese Kunden stehen nicht auf der Liste.
left-out-without-email = Von den { $customers } Kunden des Segments haben { $without } keine E-Mail-Adresse. Diese Kunden stehen nicht auf der Liste.
left-out-declined-and-without-email = Von den { $customers } Kunden des Segments haben { $declined } Werbung abgelehnt und { $without } keine E-Mail-Adresse. Diese Kunden stehen nicht auf der Liste.
error-cannot-measure-columns = { $file } kann nicht zum Messen von Kampagnen verwendet werden: { $missing }
error-cannot-measure-undated = { $file } hat keine datierten Bestellungen und kann daher nicht zeigen, was Kunden nach einer Kampagne gekauft haben: Legen Sie einen Bestellexport ab.
error-bad-message = Die Seite hat eine Nachricht gesendet, die die Engine nicht versteht.
error-unexpected-answer = Die Engine hat etwas geantwortet, wonach die Seite nicht gefragt hat. Versuchen Sie es erneut.
error-stopped = Die Arbeit wurde angehalten.

missing-customer = Wählen Sie die Spalte, die den Kunden bezeichnet (eine Kundennummer oder die E-Mail-Adresse).
missing-order-date = Wählen Sie die Spalte mit dem Bestelldatum.
missing-amount = Wählen Sie die Spalte mit dem Bestellbetrag (oder dem Stückpreis).

error-rule-unknown-feature = Die Regel für „{ $segment }“ verwendet „{ $feature }“, das diese Datei nicht hat. Ordnen Sie die benötigte Spalte zu oder ändern Sie die Regel.
error-rule-not-a-number = Die Regel für „{ $segment }“ vergleicht „{ $feature }“ als Zahl, aber es ist keine.
error-rule-not-a-date = Die Regel für „{ $segment }“ vergleicht „{ $feature }“ als Datum, aber es ist keines.
error-rule-not-a-category = Die Regel für „{ $segment }“ vergleicht „{ $feature }“ als Kategorie, aber es ist keine.
error-rule-not-text = Die Regel für „{ $segment }“ vergleicht „{ $feature }“ als Text, aber es ist keiner.

error-cluster-no-features = Wählen Sie mindestens eine Kennzahl zum Clustern.
error-cluster-unknown-feature = Diese Datei hat kein „{ $feature }“ zum Clustern.
error-cluster-not-numeric = „{ $feature }“ ist keine Zahl und kann daher nicht zum Clustern verwendet werden.
error-cluster-too-few = Nur { $count ->
    [one] { $count } Kunde hat
   *[other] { $count } Kunden haben
} jede gewählte Kennzahl; das Clustern braucht mindestens 10.

error-horizon-zero = Vorhersagen brauchen einen Zeitraum von mindestens einem Tag.
error-discount-rate = Der monatliche Abzinsungssatz muss eine Zahl von 0 oder mehr sein, nicht { $rate }.
error-impossible-history = Kunde { $customer } hat eine unmögliche Kaufhistorie, daher lässt sich nichts vorhersagen.
error-history-too-short = Vorhersagen brauchen mindestens 3 Monate an Bestellungen vor dem Stichtag; diese Bestellungen umfassen { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
}.
error-too-few-repeat-customers = Vorhersagen brauchen mindestens { $needed } Kunden, die an zwei verschiedenen Tagen bestellt haben; dieser Shop hat { $count }.
error-purchases-not-fitted = Das Wiederkaufmodell ließ sich nicht an diese Bestellungen anpassen: Es hat sich auf kein Ergebnis eingependelt.
error-order-values-not-fitted = Das Bestellwertmodell ließ sich nicht an diese Bestellungen anpassen: Es hat sich auf kein Ergebnis eingependelt.
error-purchases-not-finite = Das Wiederkaufmodell lieferte für diese Bestellungen zu große Zahlen.
error-order-values-not-finite = Das Bestellwertmodell lieferte für diese Bestellungen zu große Zahlen.
error-no-repeat-spend = Bestellwerte lassen sich nicht vorhersagen: Kein Kunde hat bei einer Folgebestellung etwas ausgegeben.
error-order-values-unbounded = Bestellwerte lassen sich nicht vorhersagen: Die Ausgaben der Stammkunden schwanken zu stark, als dass das Bestellwertmodell einen sinnvollen Durchschnitt liefern könnte.

error-sql-unsupported-feature = Das Schema verwendet „{ $feature }“, das die SQL-Version noch nicht berechnet; segmentieren Sie stattdessen mit der Seite oder der Kommandozeile.
error-no-spend-period = Das Schema verwendet den Umsatz in einem Zeitraum, ohne zu sagen, in welchem. Nennen Sie ihn in der Schemadatei mit „period“ (ein von der Seite heruntergeladenes Schema tut das), oder wählen Sie den Zeitraum im Tab „Top-Kunden“ und dann erneut das Schema.
error-sql-unsupported-preset = „{ $name }“ lässt sich noch nicht als SQL schreiben; segmentieren Sie stattdessen mit der Seite oder der Kommandozeile.
error-sql-missing-column = { $scheme } braucht die Spalte mit: { $role } (fügen Sie --map { $key }=COLUMN hinzu).
error-sql-missing-column-every-scheme = Jedes Schema braucht die Spalte mit: { $role } (fügen Sie --map { $key }=COLUMN hinzu).
error-sql-needs-prediction = { $scheme } liest vorhergesagte Zahlen, die die an Ihre Bestellungen angepassten Modelle brauchen: Erstellen Sie zuerst eine Vorhersage (auf der Seite unter Future value) oder geben Sie auf der Kommandozeile die Bestelldatei an (segmenter sql FILE …); die Abfrage enthält dann die Parameter der Modelle.
error-sql-not-a-number = Eine Regel vergleicht „{ $feature }“ als Zahl, aber es ist keine.
error-sql-not-a-date = Eine Regel vergleicht „{ $feature }“ als Datum, aber es ist keines.
error-sql-not-a-category = Eine Regel vergleicht „{ $feature }“ als Kategorie, aber es ist keine.

error-stored-mapping = Ihre in diesem Browser gespeicherte Spaltenzuordnung für diese Datei konnte nicht gelesen werden ({ $reason }) und wird daher nicht angezeigt. Nichts wurde gelöscht: Die gespeicherte Kopie bleibt, wie sie war.
error-stored-schemes = Ihre in diesem Browser gespeicherten Schemata konnten nicht gelesen werden ({ $reason }) und werden daher nicht angezeigt. Nichts wurde gelöscht: Die gespeicherte Kopie bleibt, wie sie war.
error-stored-campaign-edits = Ihre in diesem Browser gespeicherten bearbeiteten Kampagnen konnten nicht gelesen werden ({ $reason }) und werden daher nicht angezeigt. Nichts wurde gelöscht: Die gespeicherte Kopie bleibt, wie sie war.
error-stored-campaign-records = Ihre in diesem Browser gespeicherten Protokolle exportierter Kampagnen konnten nicht gelesen werden ({ $reason }) und werden daher nicht angezeigt. Nichts wurde gelöscht: Die gespeicherte Kopie bleibt, wie sie war.
error-stored-host-consents = Ihre in diesem Browser gespeicherten Antworten an die Websites, die Segmenter einbetten, konnten nicht gelesen werden ({ $reason }) und werden daher nicht angezeigt. Nichts wurde gelöscht: Die gespeicherte Kopie bleibt, wie sie war.
error-stored-preferences = Ihre in diesem Browser gespeicherten Einstellungen konnten nicht gelesen werden ({ $reason }) und werden daher nicht angezeigt. Nichts wurde gelöscht: Die gespeicherte Kopie bleibt, wie sie war.
error-snapshot-not-predicted = Zum { $day } lassen sich die Vorhersagen, die dieses Schema liest, nicht berechnen: { $error } Ein Schema allein auf den Bestellungen, etwa RFM, lässt sich ab diesem Tag vergleichen.
