# La valeur future (future.rs).

future-horizon = Prévoir pour les prochains (jours)
future-discount = Actualiser les dépenses futures de (% par mois)
future-pending = Prévision des clients qui rachèteront…
future-headline = Sur { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}, { $active } { $active ->
    [one] est probablement encore actif
   *[other] sont probablement encore actifs
}. Sur les { $days } prochains jours, ils devraient acheter sur { $purchases } jours.
future-headline-value = Sur { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}, { $active } { $active ->
    [one] est probablement encore actif
   *[other] sont probablement encore actifs
}. Sur les { $days } prochains jours, ils devraient acheter sur { $purchases } jours et dépenser { $value } (actualisé à { $discount } % par mois).
future-once = { $once ->
    [one] { $once } d’entre eux n’a acheté qu’un seul jour : le modèle compte un tel client comme actif tant qu’il ne l’a pas vu s’arrêter, si ancien que soit ce jour ; les segments par valeur future le mettent donc à part.
   *[other] { $once } d’entre eux n’ont acheté qu’un seul jour : le modèle compte ces clients comme actifs tant qu’il ne les a pas vus s’arrêter, si ancien que soit ce jour ; les segments par valeur future les mettent donc à part.
}
future-now-columns = La probabilité que chaque client soit encore actif, ses achats attendus et sa valeur prévue sont désormais des colonnes des listes de clients et des exports, des critères du générateur de règles et des clusters, et des chiffres du tableau des segments.
future-segment = Segmenter par valeur future
future-unchecked = Les modèles n’ont pas pu être vérifiés sur les derniers mois : { $why }
future-models = Les modèles ajustés
future-parameters = Achats répétés (BG/NBD) : r = { $r }, α = { $alpha } jours, a = { $a }, b = { $b }.
future-spend-parameters = Dépense par achat (Gamma-Gamma) : p = { $p }, q = { $q }, v = { $v }.
future-method = Ajustés par maximum de vraisemblance, comme le fait la bibliothèque lifetimes (Fader, Hardie & Lee 2005 ; note de Fader & Hardie sur le modèle Gamma-Gamma) : les achats sont comptés par jour, et les chiffres d’un client sont ceux de la veille de la date de référence.

future-calibration-title = Fiabilité des prévisions pour cette boutique
future-calibration-caption = Achats par client sur les jours mis de côté, prévus (clair) et réels (foncé), selon le nombre d’achats répétés antérieurs
future-calibration-label = Graphique en barres des achats prévus et réels par client ; le tableau ci-dessous donne les mêmes chiffres
future-bar-predicted = { $group } : prévu { $value }
future-bar-actual = { $group } : réel { $value }
future-repeat-before = Achats répétés antérieurs
future-customers = Clients
future-predicted-per-customer = Prévu par client
future-actual-per-customer = Réel par client
