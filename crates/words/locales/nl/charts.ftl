charts-cell-title = { $rows }{ $row } { $columns }{ $column }: { $segment }, { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}
charts-grid-caption = Klanten naar score voor { $row-name } ({ $rows }) en { $column-name } ({ $columns })
charts-grid-label = Heatmap van klanten naar score voor laatste aankoop en frequentie
charts-grid-note-rf = Rechtsboven: recent en vaak. Linksonder: lang weg, één keer gekocht.
charts-grid-note-fm = Rechtsboven: vaak en veel besteed. Linksonder: één kleine bestelling.
charts-bars-title = Klanten per segment
charts-bars-label = Staafdiagram van klanten per segment

charts-places-title = Waar uw klanten zitten
charts-places-none = Van geen enkele klant is het gebied bekend.
charts-places-one = Alle klanten van wie het gebied bekend is, zitten in { $place }.
charts-places-top = De grootste { $top } van { $count } gebieden hebben { $customers } van de klanten en { $revenue } van de omzet.
charts-place-figures = { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} ({ $share }), { $revenue } omzet ({ $revenue-share })
charts-place-outside = { $place }: { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} ({ $share })
charts-map-label = Wereldkaart van uw klanten per land, de kleur sterker waar het er meer zijn. De lijst hieronder geeft de cijfers van elk land.
charts-map-key = Hoe sterker de kleur van een land, hoe meer klanten het heeft; wijs een land aan voor zijn cijfers.
charts-map-country = { $place }: { $figures }
charts-map-missing = Niet op de kaart (geen land met die naam): { $places }.
