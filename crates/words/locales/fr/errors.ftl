error-no-customers-yet = Il n’y avait encore aucun client au début du { $day } : chaque commande est datée de ce jour ou d’après. Choisissez une date plus tardive.
error-no-usable-order-yet = Il n’y avait encore aucun client au début du { $day } : { $count ->
    [1] la seule ligne datée d’avant n’a pas pu être utilisée
   *[other] aucune des { $count } lignes datées d’avant n’a pu être utilisée
}. Choisissez une date plus tardive.
error-migration-dates = La première date ({ $from }) doit précéder la seconde ({ $to }).
error-other-file-mapping = { $file } n’a pas les mêmes colonnes que le fichier affiché, et ses propres colonnes n’ont pas toutes pu être reconnues. { $missing }
error-keyed-differently = { $ids } identifie les clients uniquement par leur identifiant client et { $emails } uniquement par leur adresse e-mail, si bien qu’aucun client ne pourrait être trouvé dans les deux fichiers. Comparez deux exports qui identifient les clients de la même façon.
error-summary-before-last-order = Ce fichier donne les totaux de chaque client, pas ses commandes ; il ne peut donc pas montrer la boutique telle qu’elle était le { $reference }. Choisissez le { $earliest } ou plus tard, ou utilisez un export des commandes.
error-read-other = { $file } : { $error }
error-no-file = Choisissez d’abord un fichier.
error-no-file-sent = Aucun fichier n’accompagnait la demande.
error-nothing-usable = Aucune des { $rows } lignes n’a pu être utilisée. { $problem }
error-nothing-usable-in = { $rows ->
    [1] La seule ligne en { $currency } n’a pas pu être utilisée.
   *[other] Aucune des { $rows } lignes en { $currency } n’a pu être utilisée.
} { $problem }
error-currency-not-in-file = Ce fichier n’a aucune ligne en { $asked }. Ses devises : { $list }.
error-conventions-unsettled = L’écriture des nombres et des dates du fichier n’a pas pu être déterminée.
error-no-analysis = Segmentez d’abord les clients.
error-no-crosstab = Faites d’abord un tableau croisé.
error-no-migration = Comparez d’abord deux dates ou deux fichiers.
error-no-such-segment = Choisissez d’abord un segment.
error-nothing-to-export = Il n’y a encore rien à exporter.
error-not-records = Ce fichier ne contient pas d’historique de campagnes ({ $reason }). Choisissez un fichier enregistré avec « Download these records ».
error-not-a-scheme = Ce fichier n’est pas un schéma Segmenter (ligne { $line }, colonne { $column } : { $reason }). Choisissez un fichier enregistré avec « Download scheme ».
error-unknown-scheme = Il n’y a pas de schéma « { $key } ». Schémas connus : { $known }.
error-scheme-unavailable = Le schéma « { $name } » ne peut pas être utilisé avec ce fichier : { $why }
error-unknown-segment = Il n’y a pas de segment « { $name } ». Segments : { $known }.
error-empty-segment = { $segment } n’a aucun client à qui envoyer une campagne.
error-nobody-reachable = Personne dans { $segment } ne peut recevoir cette liste. { $left }
error-nobody-reachable-without-email = Personne dans { $segment } ne peut recevoir cette liste. { $left } Choisissez « Any tool (plain CSV) » pour les lister plutôt par identifiant client.
left-out-declined = Sur les { $customers } clients du segment, { $declined } ont refusé le marketing : ils ne sont pas sur la liste.
left-out-without-email = Sur les { $customers } clients du segment, { $without } n’ont pas d’adresse e-mail : ils ne sont pas sur la liste.
left-out-declined-and-without-email = Sur les { $customers } clients du segment, { $declined } ont refusé le marketing et { $without } n’ont pas d’adresse e-mail : ils ne sont pas sur la liste.
error-cannot-measure-columns = { $file } ne peut pas servir à mesurer des campagnes : { $missing }
error-cannot-measure-undated = { $file } n’a pas de commandes datées ; il ne peut donc pas montrer ce que les clients ont acheté après une campagne : déposez un export des commandes.
error-bad-message = La page a envoyé un message que le moteur ne comprend pas.
error-unexpected-answer = Le moteur a répondu par quelque chose que la page n’avait pas demandé. Réessayez.
error-stopped = Le travail a été arrêté.

missing-customer = Choisissez la colonne qui identifie le client (un identifiant client, ou l’adresse e-mail).
missing-order-date = Choisissez la colonne avec la date de commande.
missing-amount = Choisissez la colonne avec le montant de la commande (ou le prix unitaire).

error-rule-unknown-feature = La règle de « { $segment } » utilise « { $feature } », que ce fichier n’a pas. Associez la colonne nécessaire, ou modifiez la règle.
error-rule-not-a-number = La règle de « { $segment } » compare « { $feature } » comme un nombre, mais ce n’en est pas un.
error-rule-not-a-date = La règle de « { $segment } » compare « { $feature } » comme une date, mais ce n’en est pas une.
error-rule-not-a-category = La règle de « { $segment } » compare « { $feature } » comme une catégorie, mais ce n’en est pas une.
error-rule-not-text = La règle de « { $segment } » compare « { $feature } » comme un texte, mais ce n’en est pas un.

error-cluster-no-features = Choisissez au moins un indicateur pour le regroupement.
error-cluster-unknown-feature = Ce fichier n’a pas de « { $feature } » pour le regroupement.
error-cluster-not-numeric = « { $feature } » n’est pas un nombre ; il ne peut donc pas servir au regroupement.
error-cluster-too-few = { $count ->
    [one] Seul { $count } client a
   *[other] Seuls { $count } clients ont
} tous les indicateurs choisis ; le regroupement en demande au moins 10.

error-horizon-zero = Les prévisions demandent un horizon d’au moins un jour.
error-discount-rate = Le taux d’actualisation mensuel doit être un nombre supérieur ou égal à 0, pas { $rate }.
error-impossible-history = Le client { $customer } a un historique d’achats impossible ; rien ne peut donc être prévu.
error-history-too-short = Les prévisions demandent au moins 3 mois de commandes avant la date de référence ; ces commandes couvrent { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
error-too-few-repeat-customers = Les prévisions demandent au moins { $needed } clients ayant commandé deux jours différents ; cette boutique en a { $count }.
error-purchases-not-fitted = Le modèle de rachat n’a pas pu être ajusté à ces commandes : il ne s’est pas stabilisé sur une réponse.
error-order-values-not-fitted = Le modèle de valeur des commandes n’a pas pu être ajusté à ces commandes : il ne s’est pas stabilisé sur une réponse.
error-purchases-not-finite = Le modèle de rachat a donné des chiffres trop grands pour être utilisés avec ces commandes.
error-order-values-not-finite = Le modèle de valeur des commandes a donné des chiffres trop grands pour être utilisés avec ces commandes.
error-no-repeat-spend = La valeur des commandes ne peut pas être prévue : aucun client n’a rien dépensé lors d’une commande répétée.
error-order-values-unbounded = La valeur des commandes ne peut pas être prévue : les dépenses des clients fidèles varient trop pour que le modèle de valeur des commandes donne une moyenne sensée.

error-sql-unsupported-feature = Le schéma utilise « { $feature } », que la version SQL ne calcule pas encore ; segmentez plutôt avec la page ou la ligne de commande.
error-no-spend-period = Le schéma utilise la dépense sur une période sans dire laquelle. Indiquez-la dans le fichier du schéma avec « period » (un schéma téléchargé depuis la page le fait), ou choisissez la période dans l’onglet « Meilleurs clients », puis choisissez à nouveau le schéma.
error-sql-unsupported-preset = « { $name } » ne peut pas encore être écrit en SQL ; segmentez plutôt avec la page ou la ligne de commande.
error-sql-missing-column = { $scheme } a besoin de la colonne : { $role } (ajoutez --map { $key }=COLUMN).
error-sql-missing-column-every-scheme = Chaque schéma a besoin de la colonne : { $role } (ajoutez --map { $key }=COLUMN).
error-sql-needs-prediction = { $scheme } lit des chiffres prévus, qui demandent les modèles ajustés à vos commandes : faites d’abord la prévision (dans la page, Future value), ou, en ligne de commande, donnez le fichier des commandes (segmenter sql FILE …) ; la requête contient alors les paramètres des modèles.
error-sql-not-a-number = Une règle compare « { $feature } » comme un nombre, ce qu’il n’est pas.
error-sql-not-a-date = Une règle compare « { $feature } » comme une date, ce qu’il n’est pas.
error-sql-not-a-category = Une règle compare « { $feature } » comme une catégorie, ce qu’il n’est pas.

error-stored-mapping = Vos choix de colonnes pour ce fichier, conservés dans ce navigateur, n’ont pas pu être lus ({ $reason }) ; ils ne sont donc pas affichés. Rien n’a été supprimé : la copie conservée reste telle quelle.
error-stored-schemes = Vos schémas enregistrés, conservés dans ce navigateur, n’ont pas pu être lus ({ $reason }) ; ils ne sont donc pas affichés. Rien n’a été supprimé : la copie conservée reste telle quelle.
error-stored-campaign-edits = Vos campagnes modifiées, conservées dans ce navigateur, n’ont pas pu être lues ({ $reason }) ; elles ne sont donc pas affichées. Rien n’a été supprimé : la copie conservée reste telle quelle.
error-stored-campaign-records = Votre historique des campagnes exportées, conservé dans ce navigateur, n’a pas pu être lu ({ $reason }) ; il n’est donc pas affiché. Rien n’a été supprimé : la copie conservée reste telle quelle.
error-stored-host-consents = Vos réponses aux sites qui intègrent Segmenter, conservées dans ce navigateur, n’ont pas pu être lues ({ $reason }) ; elles ne sont donc pas affichées. Rien n’a été supprimé : la copie conservée reste telle quelle.
error-stored-preferences = Vos préférences, conservées dans ce navigateur, n’ont pas pu être lues ({ $reason }) ; elles ne sont donc pas affichées. Rien n’a été supprimé : la copie conservée reste telle quelle.
error-snapshot-not-predicted = Au { $day }, les prévisions que lit ce schéma ne peuvent pas être calculées : { $error } Un schéma fondé sur les seules commandes, comme RFM, peut être comparé à partir de ce jour.
