# Toekomstige waarde (future.rs).

future-horizon = Voorspellen voor de komende (dagen)
future-discount = Toekomstige uitgaven verdisconteren met (% per maand)
future-pending = Voorspellen wie opnieuw koopt…
future-headline = Van { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} { $active ->
    [one] is
   *[other] zijn
} er { $active } waarschijnlijk nog actief. In de komende { $days } dagen kopen ze naar verwachting op { $purchases } dagen.
future-headline-value = Van { $count ->
    [one] { $count } klant
   *[other] { $count } klanten
} { $active ->
    [one] is
   *[other] zijn
} er { $active } waarschijnlijk nog actief. In de komende { $days } dagen kopen ze naar verwachting op { $purchases } dagen en besteden ze { $value } (verdisconteerd met { $discount }% per maand).
future-once = { $once ->
    [one] { $once } daarvan heeft alleen op één dag gekocht: het model telt zo’n klant als actief tot het ziet dat die stopt, hoe lang geleden die dag ook was; de segmenten naar toekomstige waarde houden hen daarom apart.
   *[other] { $once } daarvan hebben alleen op één dag gekocht: het model telt zulke klanten als actief tot het ziet dat ze stoppen, hoe lang geleden die dag ook was; de segmenten naar toekomstige waarde houden hen daarom apart.
}
future-now-columns = De kans dat elke klant nog actief is, de verwachte aankopen en de voorspelde waarde zijn nu kolommen van de klantenlijsten en exports, kenmerken in de regelbouwer en bij de clusters, en cijfers in de segmenttabel.
future-segment = Segmenteren op toekomstige waarde
future-unchecked = De modellen konden niet op de laatste maanden worden getoetst: { $why }
future-models = De geschatte modellen
future-parameters = Herhaalaankopen (BG/NBD): r = { $r }, α = { $alpha } dagen, a = { $a }, b = { $b }.
future-spend-parameters = Besteding per aankoop (Gamma-Gamma): p = { $p }, q = { $q }, v = { $v }.
future-method = Geschat met maximum likelihood, zoals de bibliotheek lifetimes dat doet (Fader, Hardie & Lee 2005; notitie van Fader & Hardie over het Gamma-Gamma-model): aankopen worden per dag geteld, en de cijfers van een klant gelden op de dag vóór de peildatum.

future-calibration-title = Hoe goed het voorspelt voor deze winkel
future-calibration-caption = Aankopen per klant in de achtergehouden dagen, voorspeld (licht) en werkelijk (donker), naar herhaalaankopen daarvoor
future-calibration-label = Staafdiagram van voorspelde en werkelijke aankopen per klant; de tabel hieronder geeft dezelfde cijfers
future-bar-predicted = { $group }: voorspeld { $value }
future-bar-actual = { $group }: werkelijk { $value }
future-repeat-before = Herhaalaankopen daarvoor
future-customers = Klanten
future-predicted-per-customer = Voorspeld per klant
future-actual-per-customer = Werkelijk per klant
