features-recency = Jours depuis la dernière commande
features-frequency = Commandes
features-monetary = Total dépensé
features-aov = Panier moyen
features-first-order = Première commande
features-last-order = Dernière commande
features-tenure = Jours depuis la première commande
features-interval = Jours moyens entre deux commandes
features-overdue = Jours depuis la dernière commande ÷ intervalle habituel
features-spend-last-year = Dépensé sur les 365 derniers jours
features-spend-in-period = Dépensé { $period }
features-spend-between = Dépensé du { $from } au { $to }
features-period-last = sur les { $days } jours avant le { $reference }
features-period-year = en { $year }
features-period-between = du { $from } au { $to }
features-discount-share = Part des commandes avec remise
features-weekday = Jour préféré
features-month = Mois préféré
features-time-of-day = Moment préféré de la journée
features-top-category = Catégorie préférée (par dépenses)
features-top-category-share = Part des dépenses dans la catégorie préférée
features-categories-bought = Catégories achetées
features-postal-prefix = Code postal, { $count } premiers caractères

features-email = E-mail
features-full-name = Nom complet
features-first-name = Prénom
features-last-name = Nom
features-company = Entreprise
features-country = Pays
features-region = Région / État
features-city = Ville
features-postal-code = Code postal
features-gender = Genre
features-industry = Secteur d’activité
features-accepts-marketing = Accepte le marketing
features-age = Âge
features-company-size = Taille d’entreprise (salariés)

features-r-score = Score de récence
features-f-score = Score de fréquence
features-m-score = Score de montant
features-p-alive = Probabilité d’être encore actif
features-expected-purchases = Achats attendus sur les { $days } prochains jours
features-expected-order-value = Dépense attendue par achat
features-predicted-value = Valeur prévue, { $days } prochains jours

# A season-share feature; $season is the season's name.
features-season-share = Part des commandes pendant la période « { $season } »
features-cluster = Groupe (k-means)

features-value-yes = oui
features-value-no = non

features-season-black-friday = Black Friday – Cyber Monday
features-season-december = Fêtes de fin d’année
features-season-valentine = Saint-Valentin
features-season-mother = Fête des mères
