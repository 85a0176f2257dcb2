campaigns-audience = { $customers ->
    [one] { $customers } client qui a dépensé { $spent } à ce jour ({ $share } du chiffre d’affaires)
   *[other] { $customers } clients qui ont dépensé { $spent } à ce jour ({ $share } du chiffre d’affaires)
}
campaigns-channel-email = E-mail

campaigns-first-objective = Obtenir une première commande
campaigns-first-offer = Une offre de bienvenue pour la première commande, par exemple la livraison offerte
campaigns-first-channel = E-mail, s’ils ont accepté de recevoir vos offres
campaigns-first-timing = Une courte série de bienvenue : maintenant, après 3 jours et après 10 jours
campaigns-first-message = Ce qui fait la réputation de la boutique, et pourquoi les clients reviennent
campaigns-first-watch = Part qui passe une première commande sous 30 jours
campaigns-first-why = Ces clients n’ont aucune commande dans ce fichier : il n’y a pas encore de comportement d’achat sur lequel s’appuyer.

campaigns-capped = { $percent } de remise sur la prochaine commande, plafonnée à { $cap }
campaigns-full-price = Ils achètent déjà au prix plein ({ $share } de leurs commandes avec un code), une remise ne ferait donc que sacrifier de la marge.

campaigns-cherish-objective = Faire revenir ces clients qui dépensent { $ratio } fois plus, et leur montrer qu’ils comptent
campaigns-cherish-offer = Pas de remise : accès en avant-première aux nouveautés, un cadeau de remerciement dès { $threshold } d’achat, ou des points de fidélité doublés.
campaigns-cherish-channel = E-mail, avec une attention personnelle comme un mot manuscrit dans le prochain colis
campaigns-cherish-timing = Vers le { $day }e jour après leur dernière commande, juste avant leur rachat habituel à { $cycle } jours
campaigns-cherish-message = Un traitement d’initié : ils sont informés en premier et reçoivent ce que les autres n’ont pas
campaigns-cherish-watch = Taux de réachat et panier moyen sur le prochain cycle

campaigns-second-objective = Transformer une première commande d’il y a { $days } jours en une deuxième
campaigns-second-offer-full-price = Livraison offerte sur la deuxième commande, ou une recommandation de produit selon la première.
campaigns-second-offer = { $discount }, valable 30 jours
campaigns-second-timing = 7 à 14 jours après la première commande, avec un rappel au 30e jour
campaigns-second-message = Les remercier, montrer ce que les autres clients achètent ensuite, rendre la deuxième commande facile
campaigns-second-watch = Part du segment qui passe une deuxième commande sous 60 jours

campaigns-habit-objective = Créer l’habitude : passer de { $orders } commandes à davantage, tous les { $cycle } jours
campaigns-habit-offer = Un lot ou un cadeau dès { $threshold } d’achat, pour augmenter le panier plutôt que baisser le prix.
campaigns-habit-timing = Avant la fin de leur intervalle habituel de { $cycle } jours : vers le { $day }e jour après la dernière commande
campaigns-habit-message = Des produits qui vont avec leurs achats, les nouveautés de leur gamme préférée
campaigns-habit-watch = Commandes par client sur les 90 prochains jours

campaigns-soon-objective = Les reconquérir avant qu’ils ne s’éloignent : { $days } jours depuis leur dernière commande, contre { $cycle } d’habitude
campaigns-soon-offer-full-price = Un rappel avec les nouveautés et la livraison offerte, sans baisse de prix.
campaigns-soon-channel = E-mail, puis une audience de reciblage pour ceux qui ne l’ouvrent pas
campaigns-soon-timing = Maintenant : ils ont dépassé leur intervalle habituel de { $cycle } jours ; une relance après 10 jours
campaigns-soon-message = Vous nous manquez : les nouveautés depuis leur dernière visite
campaigns-soon-watch = Part qui commande sous 30 jours

campaigns-personal-objective-predicted = Reconquérir { $who ->
    [big] les gros acheteurs
   *[regular] les habitués
} tant que { $share } peuvent encore acheter : { $days } jours sans nouvelles
campaigns-personal-objective = Reconquête personnelle { $who ->
    [big] des gros acheteurs
   *[regular] des habitués
} silencieux depuis { $days } jours
campaigns-personal-objective-lost = Une dernière tentative personnelle auprès { $who ->
    [big] des gros acheteurs
   *[regular] des habitués
} partis depuis { $days } jours
campaigns-personal-offer-full-price = Un mot personnel et un cadeau avec leur prochaine commande, plutôt qu’une remise.
campaigns-personal-channel = E-mail personnel du gérant ; un appel pour les clients professionnels
campaigns-personal-timing = Maintenant, avec une relance 10 jours plus tard
campaigns-personal-message = Demander ce qui n’a pas été, et montrer ce qui s’est amélioré
campaigns-personal-watch = Part qui commande sous 45 jours, et le chiffre d’affaires récupéré

campaigns-let-go-objective-predicted = Laisser partir : seuls { $share } sont susceptibles de racheter
campaigns-let-go-objective = Relance à faible coût après { $days } jours, puis laisser partir
campaigns-let-go-offer = Un e-mail avec vos meilleures ventes ; pas de remise
campaigns-let-go-channel = E-mail uniquement ; exclus des publicités payantes pour économiser le budget
campaigns-let-go-timing = Un envoi maintenant ; ceux qui ne réagissent pas passent à une newsletter deux fois par an
campaigns-let-go-message = Meilleures ventes et nouveautés, court et simple
campaigns-let-go-watch = Taux de réactivation, rapporté au coût de l’envoi

campaigns-favourite-category = { $category } est la catégorie préférée de { $share } d’entre eux.
campaigns-lead-with = Mettre { $category } en avant.
campaigns-pair = Montrer { $second } à ceux qui ont acheté { $first } : les deux produits que ses clients achètent le plus souvent ensemble.
campaigns-send-on-day-time = envoyer un { $day } { $time }, quand la plupart d’entre eux commandent
campaigns-send-on-day = envoyer un { $day }, le jour où la plupart d’entre eux commandent
campaigns-monday = lundi
campaigns-tuesday = mardi
campaigns-wednesday = mercredi
campaigns-thursday = jeudi
campaigns-friday = vendredi
campaigns-saturday = samedi
campaigns-sunday = dimanche
campaigns-night = dans la nuit (0–6 h)
campaigns-morning = matin (6–12 h)
campaigns-afternoon = après-midi (12–18 h)
campaigns-evening = soir (18–24 h)

campaigns-season-why = { $share } de leurs commandes tombent pendant { $season } (un client moyen : { $shop }).
campaigns-season-timing = Avant leur saison : { $season } va du { $starts } au { $ends } ; envoyer vers le { $send }, deux semaines avant, puis une fois le premier jour
campaigns-season-message = Leurs achats pour { $season } simplifiés : idées, dates limites de commande, ce qui était en rupture l’an dernier
campaigns-no-dates-timing = Quand cela convient à votre calendrier : ce fichier n’a pas de dates de commande pour choisir le moment

campaigns-why-recency = Dernière commande médiane il y a { $days } jours, contre { $cycle } jours habituels entre deux commandes ;
campaigns-why-no-dates = Le fichier n’a pas de dates de commande, l’ancienneté du dernier achat est donc inconnue ;
campaigns-why-figures = en médiane { $orders } commandes et { $spent } dépensés ({ $ratio } fois le client médian de la boutique) ; commande médiane { $order }.
campaigns-why-discount = { $share } de leurs commandes ont utilisé un code de réduction.
campaigns-why-repeat = { $share } ont commandé plus d’une fois.
campaigns-why-alive = En moyenne, { $share } de chances qu’ils soient encore actifs.
campaigns-why-alive-value = En moyenne, { $share } de chances qu’ils soient encore actifs ; { $value } attendus d’eux sur l’année à venir sont en jeu.

campaigns-holdout-too-few = Mettre de côté { $held } clients sur { $segment }, c’est trop peu pour mesurer quoi que ce soit : chaque groupe doit compter au moins { $min } clients.
campaigns-holdout-detectable = En mettant de côté { $held } clients sur { $segment }, dont environ { $baseline } achètent de toute façon, cette campagne peut montrer une hausse de { $uplift } points ou plus (puissance de 80 %, seuil de 5 %) ; une hausse plus faible apparaîtra très probablement comme « impossible à distinguer de zéro ».
campaigns-holdout-undetectable = En mettant de côté { $held } clients sur { $segment }, dont environ { $baseline } achètent de toute façon, aucune hausse, si grande soit-elle, n’apparaîtrait de façon fiable.
campaigns-holdout-needed = Pour montrer la hausse de { $expected } points que vous attendez, mettez de côté au moins { $percent } du segment ({ $customers } clients).
campaigns-holdout-unreachable = La hausse de { $expected } points que vous attendez ne peut pas être montrée de façon fiable dans ce segment, même en mettant de côté la moitié : mesurez sur une période plus longue ou sur un segment plus grand.

campaigns-uplift-not-in-file = Aucun client de cette campagne n’apparaît dans le fichier plus récent.
campaigns-uplift-no-orders-since = Le fichier plus récent n’a aucune commande depuis le jour d’envoi.
campaigns-uplift-no-holdout = Aucun client n’a été mis de côté pour cette campagne : son effet ne peut pas être mesuré.
campaigns-uplift-too-few-held-out = Trop peu de clients ont été mis de côté pour dire si la campagne a changé quelque chose : { $customers }, alors qu’il en faut au moins { $min }.
campaigns-uplift-too-few-sent = Trop peu de clients ont reçu la campagne pour dire si elle a changé quelque chose : { $customers }, alors qu’il en faut au moins { $min }.
campaigns-uplift-too-few-buyers = Trop peu de clients ont commandé depuis le jour d’envoi pour dire si la campagne a changé quelque chose : { $buyers } dans les deux groupes réunis, alors qu’il en faut au moins { $min }.
campaigns-uplift-made-a-difference = La campagne a changé quelque chose : la hausse du taux d’achat est nettement au-dessus de zéro.
campaigns-uplift-may-have-hurt = Les clients qui ont reçu la campagne ont moins commandé que ceux mis de côté : elle a peut-être nui.
campaigns-uplift-no-clear-difference = La différence ne se distingue pas encore de zéro.
campaigns-uplift-caution = Prenez l’intervalle du chiffre d’affaires comme un ordre de grandeur : { $group ->
    [sent] le groupe qui a reçu la campagne
   *[held-out] le groupe mis de côté
} compte { $customers } clients, trop peu pour un chiffre d’affaires aussi inégal (quelques grosses commandes pèsent lourd) ; il en faudrait environ { $needed }.
campaigns-uplift-same-shop = Vérifiez qu’il provient de la même boutique et identifie les clients de la même façon.
campaigns-uplift-cover-weeks = Déposez un fichier qui couvre les semaines après le { $day }.
campaigns-uplift-export-holdout = Exportez la prochaine avec un groupe témoin.
campaigns-uplift-keep-groups = La prochaine fois, gardez au moins { $min } clients dans chaque groupe.
campaigns-uplift-wait = Attendez d’autres commandes, puis mesurez à nouveau avec un fichier plus récent.
campaigns-uplift-too-small = { $sent-rate } des { $sent } clients qui ont reçu la campagne ont commandé, contre { $held-rate } des { $held } mis de côté ; avec des groupes aussi petits, un ou deux clients de plus ou de moins changeraient le tableau, aucune différence n’est donc affirmée.
campaigns-uplift-rates = { $sent-rate } des clients qui ont reçu la campagne ont commandé, contre { $held-rate } de ceux mis de côté : { $difference } points (intervalle à 95 % de { $low } à { $high }).
campaigns-uplift-detectable = Des groupes de cette taille ne montrent de façon fiable qu’une hausse d’environ { $uplift } points ou plus (puissance de 80 %, seuil de 5 %) : attendez d’autres commandes, ou mettez davantage de clients de côté la prochaine fois.
campaigns-uplift-undetectable = Des groupes de cette taille ne peuvent montrer aucune hausse de façon fiable : mettez davantage de clients de côté la prochaine fois.
campaigns-uplift-revenue = Chiffre d’affaires par client : { $sent } pour les destinataires, { $held } pour le groupe mis de côté.
campaigns-uplift-revenue-interval = Chiffre d’affaires par client : { $sent } pour les destinataires, { $held } pour le groupe mis de côté ({ $difference } par client, intervalle à 95 % de { $low } à { $high }).
campaigns-uplift-rate-alone = Le verdict repose sur le seul taux d’achat : compter aussi une différence de chiffre d’affaires doublerait presque le risque de conclure à tort.
