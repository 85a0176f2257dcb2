# Segmenten door de tijd (through_time.rs).

through-time-hint = Wie er wisselde tussen de segmenten van ‘{ $scheme }’: de winkel zoals die er op een eerdere dag voor stond, of zoals een oudere of nieuwere export ervan die toont, op dezelfde manier gesegmenteerd.
through-time-waiting = Wachten op de voorspellingen: de vergelijking volgt met het schema dat ze leest zodra ze klaar zijn…
through-time-from-label = Vergelijken met de winkel zoals die was op
through-time-compare = Vergelijken
through-time-or = of
through-time-compare-file = Vergelijken met een andere export van deze winkel…
through-time-title = Van { $from } tot { $to }
through-time-how-to-read = Rijen: het segment toen. Kolommen: het segment nu. Elke cel: klanten, dan hun aandeel in de rij; open een cel voor de klanten, een campagne en een lijst.
through-time-corner = Toen \ nu
through-time-net-change = Netto verschil
through-time-download = Verschuivingen downloaden (CSV)
through-time-cell-customers = { $count ->
    [one] klant,
   *[other] klanten,
}
through-time-cell-row = van de rij: { $from } → { $to }
through-time-band = { $from } → { $to }: { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}
through-time-flow-caption = Waar de klanten van elk segment heen gingen (links: toen, rechts: nu)
through-time-flow-label = Stroomdiagram van klanten tussen segmenten; de tabel hierboven geeft dezelfde cijfers

through-time-cell-title = { $label } — { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}
through-time-cell-download = Deze lijst downloaden (CSV)
through-time-close = Sluiten
through-time-at-stake = Deze klanten besteedden { $amount } in het jaar vóór { $day }.
through-time-campaign = Campagne: { $objective }
through-time-offer = Aanbod
through-time-channel = Kanaal
through-time-timing = Timing
through-time-message = Boodschap
through-time-watch = Let op
through-time-why = Waarom:
