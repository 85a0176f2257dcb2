cross-sell-title = Ideen für Zusatzverkäufe
cross-sell-no-items = Die Datei nennt keine Produkte oder Kategorien, daher gibt es nichts, was sich zusätzlich verkaufen ließe. Ordnen Sie eine Produkt- oder Kategoriespalte zu, um zu sehen, was zusammen gekauft wird.
cross-sell-nothing = { $level ->
    [category] Noch wird keine Kategorie
   *[product] Noch wird kein Produkt
} in { $count ->
    [one] der { $count } Bestellung
   *[other] den { $count } Bestellungen
} dieses Segments häufiger als zufällig mit { $level ->
    [category] einer anderen
   *[product] einem anderen
} zusammen gekauft.
cross-sell-target = { $bought } gekauft, aber nie { $never }: { $count ->
    [one] { $count } Kunde
   *[other] { $count } Kunden
}
cross-sell-download = Liste herunterladen
cross-sell-who = Wem Sie was anbieten
cross-sell-together = In einer Bestellung zusammen gekauft (von { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
})
cross-sell-next = Als Nächstes gekauft, in der folgenden Bestellung (von { $count ->
    [one] { $count } Folgebestellung
   *[other] { $count } Folgebestellungen
})
cross-sell-with = { $first } mit { $then }
cross-sell-then = { $first }, dann { $then }
cross-sell-items = Artikel
cross-sell-times = Anzahl
cross-sell-support = Anteil
cross-sell-support-hint = Anteil aller Bestellungen, die beides enthalten
cross-sell-confidence = Quote
cross-sell-confidence-hint = Von den Bestellungen mit dem ersten Artikel der Anteil, der auch den zweiten enthält
cross-sell-lift = Faktor
cross-sell-lift-hint = Wie viel öfter als zufällig: über 1 heißt, sie werden zusammen gekauft
