suggest-audience = { $customers ->
    [one] { $customers } client qui a dépensé { $spent } à ce jour ({ $share } du chiffre d’affaires)
   *[other] { $customers } clients qui ont dépensé { $spent } à ce jour ({ $share } du chiffre d’affaires)
}
suggest-channel-email = E-mail

suggest-first-objective = Obtenir une première commande
suggest-first-offer = Une offre de bienvenue pour la première commande, par exemple la livraison offerte
suggest-first-channel = E-mail, s’ils ont accepté de recevoir vos offres
suggest-first-timing = Une courte série de bienvenue : maintenant, après 3 jours et après 10 jours
suggest-first-message = Ce qui fait la réputation de la boutique, et pourquoi les clients reviennent
suggest-first-watch = Part qui passe une première commande sous 30 jours
suggest-first-why = Ces clients n’ont aucune commande dans ce fichier : il n’y a pas encore de comportement d’achat sur lequel s’appuyer.

suggest-capped = { $percent } de remise sur la prochaine commande, plafonnée à { $cap }
suggest-full-price = Ils achètent déjà au prix plein ({ $share } de leurs commandes avec un code), une remise ne ferait donc que sacrifier de la marge.

suggest-cherish-objective = Faire revenir ces clients qui dépensent { $ratio } fois plus, et leur montrer qu’ils comptent
suggest-cherish-offer = Pas de remise : accès en avant-première aux nouveautés, un cadeau de remerciement dès { $threshold } d’achat, ou des points de fidélité doublés.
suggest-cherish-channel = E-mail, avec une attention personnelle comme un mot manuscrit dans le prochain colis
suggest-cherish-timing = Vers le { $day }e jour après leur dernière commande, juste avant leur rachat habituel à { $cycle } jours
suggest-cherish-message = Un traitement d’initié : ils sont informés en premier et reçoivent ce que les autres n’ont pas
suggest-cherish-watch = Taux de réachat et panier moyen sur le prochain cycle

suggest-second-objective = Transformer une première commande d’il y a { $days } jours en une deuxième
suggest-second-offer-full-price = Livraison offerte sur la deuxième commande, ou une recommandation de produit selon la première.
suggest-second-offer = { $discount }, valable 30 jours
suggest-second-timing = 7 à 14 jours après la première commande, avec un rappel au 30e jour
suggest-second-timing-now = Maintenant, { $days } jours après leur première commande, avec un rappel 14 jours plus tard ; pour les nouveaux clients, 7 à 14 jours après la première commande
suggest-second-message = Les remercier, montrer ce que les autres clients achètent ensuite, rendre la deuxième commande facile
suggest-second-watch = Part du segment qui passe une deuxième commande sous 60 jours

suggest-habit-objective = Créer l’habitude : passer de { $orders } commandes à davantage, tous les { $cycle } jours
suggest-habit-offer = Un lot ou un cadeau dès { $threshold } d’achat, pour augmenter le panier plutôt que baisser le prix.
suggest-habit-timing = Avant la fin de leur intervalle habituel de { $cycle } jours : vers le { $day }e jour après la dernière commande
suggest-habit-message = Des produits qui vont avec leurs achats, les nouveautés de leur gamme préférée
suggest-habit-watch = Commandes par client sur les 90 prochains jours

suggest-soon-objective = Les reconquérir avant qu’ils ne s’éloignent : { $days } jours depuis leur dernière commande, contre { $cycle } d’habitude
suggest-soon-objective-shop = Les reconquérir avant qu’ils ne s’éloignent : { $days } jours depuis leur dernière commande, contre { $cycle } d’habitude dans la boutique
suggest-soon-objective-assumed = Les reconquérir avant qu’ils ne s’éloignent : { $days } jours depuis leur dernière commande, au-delà des { $cycle } jours supposés entre deux commandes
suggest-soon-offer-full-price = Un rappel avec les nouveautés et la livraison offerte, sans baisse de prix.
suggest-soon-channel = E-mail, puis une audience de reciblage pour ceux qui ne l’ouvrent pas
suggest-soon-timing = Maintenant : ils ont dépassé leur intervalle habituel de { $cycle } jours ; une relance après 10 jours
suggest-soon-timing-shop = Maintenant : ils ont dépassé l’intervalle habituel de la boutique, { $cycle } jours ; une relance après 10 jours
suggest-soon-timing-assumed = Maintenant : plus de { $cycle } jours depuis leur dernière commande ; une relance après 10 jours
suggest-soon-message = Vous nous manquez : les nouveautés depuis leur dernière visite
suggest-soon-watch = Part qui commande sous 30 jours

suggest-personal-objective-predicted = Reconquérir { $who ->
    [big] les gros acheteurs
   *[regular] les habitués
} tant que { $share } de ceux qui ont racheté peuvent encore acheter : { $days } jours sans nouvelles
suggest-personal-objective = Reconquête personnelle { $who ->
    [big] des gros acheteurs
   *[regular] des habitués
} silencieux depuis { $days } jours
suggest-personal-objective-lost = Une dernière tentative personnelle auprès { $who ->
    [big] des gros acheteurs
   *[regular] des habitués
} partis depuis { $days } jours
suggest-personal-offer-full-price = Un mot personnel et un cadeau avec leur prochaine commande, plutôt qu’une remise.
suggest-personal-channel = E-mail personnel du gérant ; un appel pour les clients professionnels
suggest-personal-timing = Maintenant, avec une relance 10 jours plus tard
suggest-personal-message = Demander ce qui n’a pas été, et montrer ce qui s’est amélioré
suggest-personal-watch = Part qui commande sous 45 jours, et le chiffre d’affaires récupéré

suggest-let-go-objective-predicted = Laisser partir : seuls { $share } de ceux qui ont déjà racheté rachèteront probablement
suggest-let-go-objective = Relance à faible coût après { $days } jours, puis laisser partir
suggest-let-go-offer = Un e-mail avec vos meilleures ventes ; pas de remise
suggest-let-go-channel = E-mail uniquement ; exclus des publicités payantes pour économiser le budget
suggest-let-go-timing = Un envoi maintenant ; ceux qui ne réagissent pas passent à une newsletter deux fois par an
suggest-let-go-message = Meilleures ventes et nouveautés, court et simple
suggest-let-go-watch = Taux de réactivation, rapporté au coût de l’envoi

suggest-favourite-category = { $category } est la catégorie préférée de { $share } d’entre eux.
suggest-lead-with = Mettre { $category } en avant.
suggest-pair = Montrer { $second } à ceux qui ont acheté { $first } : les deux produits que ses clients achètent le plus souvent ensemble.
suggest-send-on-day-time = envoyer un { $day } { $time }, quand la plupart d’entre eux commandent
suggest-send-on-day = envoyer un { $day }, le jour où la plupart d’entre eux commandent
suggest-monday = lundi
suggest-tuesday = mardi
suggest-wednesday = mercredi
suggest-thursday = jeudi
suggest-friday = vendredi
suggest-saturday = samedi
suggest-sunday = dimanche
suggest-night = dans la nuit (0–6 h)
suggest-morning = matin (6–12 h)
suggest-afternoon = après-midi (12–18 h)
suggest-evening = soir (18–24 h)

suggest-season-why = { $share } de leurs commandes tombent pendant la période « { $season } » (un client moyen : { $shop }).
suggest-season-timing = Avant leur saison : { $season } va du { $starts } au { $ends } ; envoyer vers le { $send }, deux semaines avant, puis une fois le premier jour
suggest-season-message = Leurs achats pour l’occasion « { $season } » simplifiés : idées, dates limites de commande, ce qui était en rupture l’an dernier
suggest-no-dates-timing = Quand cela convient à votre calendrier : ce fichier n’a pas de dates de commande pour choisir le moment

suggest-why-recency = Dernière commande médiane il y a { $days } jours, contre { $cycle } jours habituels entre deux commandes ;
suggest-why-recency-shop = Dernière commande médiane il y a { $days } jours, contre { $cycle } jours habituels entre deux commandes dans la boutique ;
suggest-why-recency-assumed = Dernière commande médiane il y a { $days } jours ; personne n’a encore commandé deux fois, on suppose donc { $cycle } jours entre deux commandes ;
suggest-why-no-dates = Le fichier n’a pas de dates de commande, l’ancienneté du dernier achat est donc inconnue ;
suggest-why-figures = en médiane { $orders } commandes et { $spent } dépensés ({ $ratio } fois le client médian de la boutique) ; commande médiane { $order }.
suggest-why-discount = { $share } de leurs commandes ont utilisé un code de réduction.
suggest-why-repeat = { $share } ont commandé plus d’une fois.
suggest-why-alive = Parmi ceux qui ont commandé sur deux jours ou plus, en moyenne { $share } de chances qu’ils soient encore actifs.
suggest-why-alive-value = Parmi ceux qui ont commandé sur deux jours ou plus, en moyenne { $share } de chances qu’ils soient encore actifs ; { $value } attendus du segment sur l’année à venir sont en jeu.

suggest-holdout-too-few = Mettre de côté { $held } clients sur { $segment }, c’est trop peu pour mesurer quoi que ce soit : chaque groupe doit compter au moins { $min } clients.
suggest-holdout-detectable = En mettant de côté { $held } clients sur { $segment }, dont environ { $baseline } achètent de toute façon, cette campagne peut montrer une hausse de { $uplift } points ou plus (puissance de 80 %, seuil de 5 %) ; une hausse plus faible apparaîtra très probablement comme « impossible à distinguer de zéro ».
suggest-holdout-undetectable = En mettant de côté { $held } clients sur { $segment }, dont environ { $baseline } achètent de toute façon, aucune hausse, si grande soit-elle, n’apparaîtrait de façon fiable.
suggest-holdout-needed = Pour montrer la hausse de { $expected } points que vous attendez, mettez de côté au moins { $percent } du segment ({ $customers } clients).
suggest-holdout-unreachable = La hausse de { $expected } points que vous attendez ne peut pas être montrée de façon fiable dans ce segment, même en mettant de côté la moitié : mesurez sur une période plus longue ou sur un segment plus grand.

suggest-uplift-not-in-file = Aucun client de cette campagne n’apparaît dans le fichier plus récent.
suggest-uplift-no-orders-since = Le fichier plus récent n’a aucune commande depuis le jour d’envoi.
suggest-uplift-no-holdout = Aucun client n’a été mis de côté pour cette campagne : son effet ne peut pas être mesuré.
suggest-uplift-too-few-held-out = Trop peu de clients ont été mis de côté pour dire si la campagne a changé quelque chose : { $customers }, alors qu’il en faut au moins { $min }.
suggest-uplift-too-few-sent = Trop peu de clients ont reçu la campagne pour dire si elle a changé quelque chose : { $customers }, alors qu’il en faut au moins { $min }.
suggest-uplift-too-few-buyers = Trop peu de clients ont commandé depuis le jour d’envoi pour dire si la campagne a changé quelque chose : { $buyers } dans les deux groupes réunis, alors qu’il en faut au moins { $min }.
suggest-uplift-made-a-difference = La campagne a changé quelque chose : la hausse du taux d’achat est nettement au-dessus de zéro.
suggest-uplift-may-have-hurt = Les clients qui ont reçu la campagne ont moins commandé que ceux mis de côté : elle a peut-être nui.
suggest-uplift-no-clear-difference = La différence ne se distingue pas encore de zéro.
suggest-uplift-caution = Prenez l’intervalle du chiffre d’affaires comme un ordre de grandeur : { $group ->
    [sent] le groupe qui a reçu la campagne
   *[held-out] le groupe mis de côté
} compte { $customers } clients, trop peu pour un chiffre d’affaires aussi inégal (quelques grosses commandes pèsent lourd) ; il en faudrait environ { $needed }.
suggest-uplift-same-shop = Vérifiez qu’il provient de la même boutique et identifie les clients de la même façon.
suggest-uplift-cover-weeks = Déposez un fichier qui couvre les semaines après le { $day }.
suggest-uplift-export-holdout = Exportez la prochaine avec un groupe témoin.
suggest-uplift-keep-groups = La prochaine fois, gardez au moins { $min } clients dans chaque groupe.
suggest-uplift-wait = Attendez d’autres commandes, puis mesurez à nouveau avec un fichier plus récent.
suggest-uplift-too-small = { $sent-rate } des { $sent } clients qui ont reçu la campagne ont commandé, contre { $held-rate } des { $held } mis de côté ; avec des groupes aussi petits, un ou deux clients de plus ou de moins changeraient le tableau, aucune différence n’est donc affirmée.
suggest-uplift-rates = { $sent-rate } des clients qui ont reçu la campagne ont commandé, contre { $held-rate } de ceux mis de côté : { $difference } points (intervalle à 95 % de { $low } à { $high }).
suggest-uplift-detectable = Des groupes de cette taille ne montrent de façon fiable qu’une hausse d’environ { $uplift } points ou plus (puissance de 80 %, seuil de 5 %) : attendez d’autres commandes, ou mettez davantage de clients de côté la prochaine fois.
suggest-uplift-undetectable = Des groupes de cette taille ne peuvent montrer aucune hausse de façon fiable : mettez davantage de clients de côté la prochaine fois.
suggest-uplift-revenue = Chiffre d’affaires par client : { $sent } pour les destinataires, { $held } pour le groupe mis de côté.
suggest-uplift-revenue-interval = Chiffre d’affaires par client : { $sent } pour les destinataires, { $held } pour le groupe mis de côté ({ $difference } par client, intervalle à 95 % de { $low } à { $high }).
suggest-uplift-rate-alone = Le verdict repose sur le seul taux d’achat : compter aussi une différence de chiffre d’affaires doublerait presque le risque de conclure à tort.
