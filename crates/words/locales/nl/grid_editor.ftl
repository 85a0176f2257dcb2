grid-editor-title = Raster en puntenschaal bewerken
grid-editor-edited-name = { $name } (bewerkt)
grid-editor-unreached = Geen enkele cel leidt naar { $names }, dus daar kan geen klant in komen.
grid-editor-quoted = ‘{ $name }’
grid-editor-list-or = { $rest } of { $last }
grid-editor-uncovered = { $count ->
    [one] { $count } cel van het raster hoort bij geen enkel segment; de klanten ervan gaan naar ‘{ $segment }’.
   *[other] { $count } cellen van het raster horen bij geen enkel segment; hun klanten gaan naar ‘{ $segment }’.
}
grid-editor-new-name = Naam van een nieuw segment
grid-editor-add-name = Toevoegen aan de cellijsten
grid-editor-points = Aantal punten
grid-editor-points-5 = 5 (kwintielen)
grid-editor-points-3 = 3 (voor kleine winkels)
grid-editor-recency-thresholds = Recentheid: drempels in dagen, oplopend (leeg = gelijke groepen)
grid-editor-frequency-thresholds = Frequentie: drempels in bestellingen, oplopend (leeg = gelijke groepen)
grid-editor-monetary-thresholds = Bestedingen: drempels in { $currency }, oplopend (leeg = gelijke groepen)
grid-editor-monetary-thresholds-plain = Bestedingen: drempels in bestede bedragen, oplopend (leeg = gelijke groepen)
grid-editor-equal-groups = gelijke groepen
grid-editor-thresholds-hint = Een waarde tot en met de eerste drempel scoort 1, tot en met de tweede 2, enzovoort (bij recentheid andersom: de meest recente aankopen scoren het hoogst). Geef één drempel minder op dan het aantal punten.
