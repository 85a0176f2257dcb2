scores-quantiles = Scores 1–{ $points } verdelen de { $count } klanten die bestelden per maatstaf in { $points } ongeveer even grote groepen; klanten met gelijke waarden krijgen altijd dezelfde score.
scores-thresholds = Scores 1–{ $points } volgen de grenzen die u hebt ingesteld.
scores-no-dates = Dit bestand heeft geen besteldatums, dus recentheid is niet te meten: klanten worden gegroepeerd op hoe vaak ze bestelden en hoeveel ze uitgaven.
scores-recency = Recentheid (dagen sinds de laatste bestelling): { $ranges }.
scores-frequency = Frequentie (bestellingen): { $ranges }.
scores-monetary = Bestedingen (totaal uitgegeven): { $ranges }.
scores-all = alle
scores-up-to = tot en met { $value }
scores-or-more = { $value } of meer
scores-more-than = meer dan { $value }
scores-between = { $from }–{ $to }
scores-over-up-to = meer dan { $from } tot en met { $to }
scores-days = { $count ->
    [one] { $value } dag
   *[other] { $value } dagen
}
scores-orders = { $count ->
    [one] { $value } bestelling
   *[other] { $value } bestellingen
}
scores-amount = { $value }
