overview-comma = virgule
overview-semicolon = point-virgule
overview-tab = tabulation
overview-vertical-bar = barre verticale
overview-other-separator = autre

overview-utf-8 = UTF-8
overview-utf-16-le = UTF-16 (petit-boutiste)
overview-utf-16-be = UTF-16 (gros-boutiste)
overview-windows-1252 = Windows-1252 / ISO-8859-1 (Europe occidentale)

overview-whole-numbers = nombres entiers
overview-text-all-different = texte, toutes valeurs différentes
overview-text-values = { $count ->
    [one] texte, { $count } valeur
    [many] texte, { $count } de valeurs différentes
   *[other] texte, { $count } valeurs différentes
}
overview-identifiers = identifiants, presque tous différents
overview-text-mostly-different = texte, valeurs presque toutes différentes
overview-decimal-point = point décimal (1,234.50)
overview-decimal-comma = virgule décimale (1.234,50)
overview-date-iso = AAAA-MM-JJ
overview-date-year-first = AAAA/MM/JJ
overview-date-dotted = JJ.MM.AAAA
overview-date-day-first = JJ/MM/AAAA
overview-date-month-first = MM/JJ/AAAA
overview-date-month-names = avec noms de mois (5 janv. 2024)
overview-date-with-time = { $date } avec heure
overview-excel-serial = numéros de série de date Excel
overview-excel-1904 = numéros de série de date Excel (calendrier depuis 1904)
overview-unix-seconds = temps Unix en secondes
overview-unix-millis = temps Unix en millisecondes
overview-compact-ymd = AAAAMMJJ
overview-not-dates = nombres qui ne sont pas des dates

overview-role-customer-id = Identifiant client
overview-role-email = E-mail
overview-role-first-name = Prénom
overview-role-last-name = Nom
overview-role-full-name = Nom complet
overview-role-company = Entreprise
overview-role-order-id = Numéro de commande
overview-role-order-date = Date de commande
overview-role-order-time = Heure de commande
overview-role-amount = Montant
overview-role-quantity = Quantité
overview-role-unit-price = Prix unitaire
overview-role-refunded-amount = Montant remboursé
overview-role-product = Produit
overview-role-sku = Référence (SKU)
overview-role-category = Catégorie de produit
overview-role-country = Pays
overview-role-region = Région / département
overview-role-city = Ville
overview-role-postal-code = Code postal
overview-role-age = Âge
overview-role-birth-date = Date de naissance
overview-role-gender = Sexe
overview-role-industry = Secteur d’activité
overview-role-company-size = Taille de l’entreprise
overview-role-discount-code = Code promo utilisé
overview-role-order-status = Statut de la commande
overview-role-cancelled-at = Annulée le
overview-role-accepts-marketing = Accepte le marketing
overview-role-total-spent = Total dépensé
overview-role-orders-count = Nombre de commandes
overview-role-last-order-date = Date de la dernière commande
overview-role-first-order-date = Date de la première commande

overview-shape-order-lines = lignes de commande (plusieurs lignes par commande)
overview-shape-orders = commandes (une ligne par commande)
overview-shape-customer-summary = récapitulatif clients (une ligne par client avec ses totaux)

overview-status-kept = conservées
overview-status-cancelled = annulées ou échouées
overview-status-refunded = remboursées
overview-status-unpaid = non payées
overview-status-test = commandes de test
overview-left-out-status = { $count ->
    [one] { $count } commande
    [many] { $count } de commandes
   *[other] { $count } commandes
} au statut « { $status } » ({ $class })
overview-left-out-cancelled = { $count ->
    [one] { $count } commande annulée
    [many] { $count } de commandes annulées
   *[other] { $count } commandes annulées
} (une date d’annulation est renseignée)
overview-left-out-refunds = { $count ->
    [one] { $count } ligne au montant négatif comptée comme remboursement : elle réduit les dépenses du client mais n’est pas une commande
    [many] { $count } de lignes aux montants négatifs comptées comme remboursements : elles réduisent les dépenses des clients mais ne sont pas des commandes
   *[other] { $count } lignes aux montants négatifs comptées comme remboursements : elles réduisent les dépenses des clients mais ne sont pas des commandes
}
overview-left-out-after-reference = { $count ->
    [one] { $count } commande datée
    [many] { $count } de commandes datées
   *[other] { $count } commandes datées
} du { $date } ou après, la date de référence : les segments montrent la boutique telle qu’elle était au début de ce jour
overview-left-out-after-reference-rows = { $count ->
    [one] { $count } commande datée
    [many] { $count } de commandes datées
   *[other] { $count } commandes datées
} ({ $rows } lignes) du { $date } ou après, la date de référence : les segments montrent la boutique telle qu’elle était au début de ce jour
overview-left-out-currency = { $count ->
    [one] { $count } ligne
    [many] { $count } de lignes
   *[other] { $count } lignes
} en { $code } : les montants en devises différentes ne sont jamais additionnés, chaque devise est donc segmentée séparément
overview-note-unnamed-currency = { $count ->
    [one] { $count } ligne n’indique aucune devise alors que d’autres le font ; elle est comptée en { $code }, la devise affichée.
    [many] { $count } de lignes n’indiquent aucune devise alors que d’autres le font ; elles sont comptées en { $code }, la devise affichée.
   *[other] { $count } lignes n’indiquent aucune devise alors que d’autres le font ; elles sont comptées en { $code }, la devise affichée.
}
overview-note-amounts = Montants : { $amounts }.
overview-amount-line-totals = le montant de chaque ligne est un total de ligne ; une commande est leur somme
overview-amount-order-total-on-first-row = le total de la commande figure sur sa première ligne ; il est compté une fois par commande
overview-amount-order-total-repeated = le total de la commande est répété sur chacune de ses lignes ; il est compté une fois par commande
overview-amount-quantity-times-price = montant = quantité × prix unitaire, additionné par commande
