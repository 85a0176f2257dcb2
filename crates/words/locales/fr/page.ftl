app-tagline = Répartissez vos clients en groupes qui méritent une campagne. Votre fichier est lu dans cet onglet du navigateur et ne le quitte jamais.
app-privacy = Confidentialité : Segmenter fonctionne entièrement dans votre navigateur. Aucun fichier, client ou chiffre n’est envoyé, stocké sur un serveur ou partagé ; une fois chargée, la page ne fait plus aucune requête réseau.
app-stopped = Un problème est survenu dans cette page et elle s’est arrêtée. Vos données n’ont été envoyées nulle part. Rechargez la page pour recommencer.

picker-title = Déposez ici votre export de commandes ou de clients
picker-sources = Un fichier CSV de Shopify, WooCommerce, Stripe, Square, Excel ou Google Sheets : lignes de commande, commandes ou liste de clients.
picker-choose = Choisir un fichier CSV
picker-sample = Essayer la boutique d’exemple
picker-unreadable = Le navigateur n’a pas pu lire ce fichier.

progress-reading = Lecture : { $done } sur { $total } · { $rows } lignes · { $speed } lignes par seconde
progress-rereading = Nouvelle lecture avec les formats de nombres et de dates de tout le fichier · { $done } sur { $total }
progress-segmenting = Segmentation des clients…
