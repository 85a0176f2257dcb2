cross-sell-title = Ideeën voor kruisverkoop
cross-sell-no-items = Het bestand noemt geen producten of categorieën, dus er valt niets bij te verkopen. Koppel een product- of categoriekolom om te zien wat samen gekocht wordt.
cross-sell-nothing = { $level ->
    [category] Nog geen enkele categorie wordt
   *[product] Nog geen enkel product wordt
} in { $count ->
    [one] de { $count } bestelling
   *[other] de { $count } bestellingen
} van dit segment vaker dan toevallig samen met { $level ->
    [category] een andere
   *[product] een ander
} gekocht.
cross-sell-target = Kochten { $bought } maar nooit { $never }: { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
}
cross-sell-download = Lijst downloaden
cross-sell-who = Wie wat aanbieden
cross-sell-together = Samen gekocht in één bestelling (van { $count ->
    [one] { $count } bestelling
   *[other] { $count } bestellingen
})
cross-sell-next = Daarna gekocht, in de volgende bestelling (van { $count ->
    [one] { $count } herhaalbestelling
   *[other] { $count } herhaalbestellingen
})
cross-sell-with = { $first } met { $then }
cross-sell-then = { $first }, daarna { $then }
cross-sell-items = Artikelen
cross-sell-times = Aantal
cross-sell-support = Aandeel
cross-sell-support-hint = Aandeel van alle bestellingen met beide
cross-sell-confidence = Kans
cross-sell-confidence-hint = Van de bestellingen met het eerste artikel, het aandeel met ook het tweede
cross-sell-lift = Factor
cross-sell-lift-hint = Hoeveel vaker dan toeval: boven 1 betekent dat ze samengaan
