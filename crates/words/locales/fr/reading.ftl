read-empty = Ce fichier est vide. Choisissez le fichier CSV exporté par votre boutique.
read-header-only = Ce fichier a une ligne d’en-tête ({ $columns ->
    [one] { $columns } colonne
   *[other] { $columns } colonnes
}) mais aucune ligne de données en dessous. Exportez de nouveau avec une période qui contient des commandes.
read-workbook = Ceci est un classeur Excel (.xlsx) ou une archive zip, pas un fichier CSV. Ouvrez-le dans Excel, Numbers ou Google Sheets et enregistrez-le ou téléchargez-le au format CSV, puis choisissez ce fichier.
read-old-excel = Ceci est un ancien classeur Excel (.xls), pas un fichier CSV. Ouvrez-le dans Excel, choisissez Fichier › Enregistrer sous › CSV, puis choisissez ce fichier.
read-gzip = Ce fichier est compressé (.gz). Décompressez-le d’abord (double-cliquez dessus), puis choisissez le fichier CSV qu’il contient.
read-pdf = Ceci est un document PDF, pas un fichier CSV. Exportez plutôt vos commandes ou vos clients de votre boutique au format CSV.
read-not-text = Ce fichier n’est pas du texte ; ce ne peut donc pas être un export CSV. Choisissez le fichier CSV exporté par votre boutique.
read-single-column = Une seule colonne a été trouvée (en-tête : « { $header } »). Un export CSV sépare ses colonnes par des virgules, des points-virgules, des tabulations ou des barres verticales ; ce fichier ne semble pas le faire. Vérifiez qu’il s’agit bien de l’export CSV et non d’une simple liste.
read-file-unavailable = Le navigateur n’a pas pu lire ce fichier. Il a peut-être été déplacé, renommé, modifié ou ouvert par un autre programme pendant la lecture ; choisissez-le de nouveau.
read-too-large = Ce fichier fait { $size } et cet onglet du navigateur peut traiter des fichiers jusqu’à { $limit }. Exportez une période plus courte (par exemple les deux dernières années) et réessayez.

problem-field-count = a { $found } valeurs mais l’en-tête a { $expected } colonnes ; il manque peut-être un guillemet ou un séparateur
problem-missing-order-date = n’a pas de date de commande
problem-missing-unit-price = n’a pas de prix unitaire
problem-missing-amount = n’a pas de montant
problem-missing-customer-id = n’a pas d’identifiant client
problem-missing-email = n’a pas d’adresse e-mail
problem-not-a-number = « { $text } » n’est pas un nombre
problem-not-a-date = « { $text } » n’est pas une date
problem-duplicate-customer = le client « { $customer } » figure sur une ligne précédente ; c’est la ligne précédente qui a été utilisée
problem-file-line = ligne
problem-file-column = colonne
problem-file-reason = motif
row-problem = Ligne { $line } : { $problem }
row-problem-column = Ligne { $line }, colonne « { $column } » : { $problem }
