playbook-title = Plan de campagne
playbook-segments = Segments : { $scheme }
playbook-print = Imprimer le plan
playbook-download-all = Télécharger tout le résultat (JSON)
playbook-hint-edit = Chaque campagne est suggérée à partir des chiffres de son segment. Modifiez-la librement pour l’adapter à votre boutique ; votre version est conservée dans ce navigateur.
playbook-hint-export = Exportez une liste d’envoi pour votre outil d’e-mailing : un groupe témoin en est écarté au hasard (toujours les mêmes clients pour une même campagne), pour que vous puissiez mesurer l’effet plus tard.
playbook-edits-unkept = Ce navigateur n’a pas pu enregistrer vos modifications : elles ne sont conservées que pendant cette visite.
playbook-saved = Liste d’envoi enregistrée : { $sent ->
    [one] { $sent } client
    [many] { $sent } de clients
   *[other] { $sent } clients
} ; { $held ->
    [one] { $held } client écarté
    [many] { $held } de clients écartés
   *[other] { $held } clients écartés
} comme groupe témoin.
playbook-record-unkept = Ce navigateur n’a pas pu enregistrer la fiche de la campagne : elle ne peut être mesurée que pendant cette visite.
playbook-objective = Objectif
playbook-offer = Offre
playbook-channel = Canal
playbook-timing = Moment
playbook-message = Message
playbook-watch = À surveiller
playbook-why = Pourquoi :
playbook-edit = Modifier
playbook-save = Enregistrer
playbook-reset = Revenir à la suggestion
playbook-send-list = Liste d’envoi
playbook-campaign-name = Nom de la campagne
playbook-layout = Pour
playbook-layout-plain = Tout outil (CSV simple)
playbook-holdout = Écarter { $gap } %
playbook-sent-on = Envoyée le
playbook-expected = Hausse attendue { $gap } points
playbook-expected-example = ex. 3
playbook-export = Exporter la liste
playbook-choose-day = Choisissez le jour d’envoi de la campagne.
playbook-results-title = Résultats des campagnes
playbook-results-empty = Les campagnes que vous exportez apparaissent ici, pour être mesurées une fois que leurs clients ont eu le temps de commander.
playbook-column-campaign = Campagne
playbook-column-segment = Segment
playbook-column-sent = Envoi
playbook-column-sent-to = Destinataires
playbook-column-held-out = Écartés
playbook-column-kept-until = Conservée jusqu’au
playbook-forget = Oublier
playbook-removed-next-visit = { $date } : supprimée à votre prochaine visite
playbook-measure = Les mesurer sur un fichier de commandes plus récent…
playbook-measure-hint = Exportez à nouveau les commandes de votre boutique quelques semaines après l’envoi et déposez le fichier ici : il est lu dans cet onglet comme le premier.
playbook-keep-for = Conserver chaque fiche { $gap } jours après son envoi
playbook-download-records = Télécharger ces fiches
playbook-add-records = Ajouter des fiches depuis un fichier…
playbook-records-hint = Une fiche contient les identifiants des clients qui ont reçu la campagne et de ceux écartés, dans ce navigateur uniquement. Pour mesurer une campagne dans un autre navigateur, téléchargez les fiches ici et ajoutez le fichier là-bas.
playbook-added = { $count ->
    [one] { $count } fiche de campagne ajoutée
    [many] { $count } de fiches de campagne ajoutées
   *[other] { $count } fiches de campagne ajoutées
} depuis { $file }{ $updated }{ $unchanged }{ $past }.
playbook-added-updated = { " ; " }{ $count ->
    [one] { $count } fiche a remplacé
    [many] { $count } de fiches ont remplacé
   *[other] { $count } fiches ont remplacé
} un envoi antérieur de la même campagne
playbook-added-unchanged = { " ; " }{ $count ->
    [one] { $count } fiche déjà présente (ou plus ancienne que l’envoi présent ici)
    [many] { $count } de fiches déjà présentes (ou plus anciennes que l’envoi présent ici)
   *[other] { $count } fiches déjà présentes (ou plus anciennes que l’envoi présent ici)
}
playbook-added-past = { " ; " }{ $count ->
    [one] { $count } fiche dépasse les { $days } jours de conservation et n’a pas été ajoutée
    [many] { $count } de fiches dépassent les { $days } jours de conservation et n’ont pas été ajoutées
   *[other] { $count } fiches dépassent les { $days } jours de conservation et n’ont pas été ajoutées
}
playbook-added-unkept = Ce navigateur n’a pas pu les enregistrer : elles ne sont conservées que pendant cette visite.
playbook-expired = { $count ->
    [one] { $count } fiche de campagne a été supprimée
    [many] { $count } de fiches de campagne ont été supprimées
   *[other] { $count } fiches de campagne ont été supprimées
} : les fiches sont conservées { $days } jours après leur jour d’envoi ({ $listed }). Elles ne sont plus dans ce navigateur ; vous pouvez encore les enregistrer tant que cette page est ouverte.
playbook-expired-record = { $campaign } pour { $segment }, envoyée le { $date }
playbook-expired-separator = { " ; " }
playbook-download-removed = Télécharger les fiches supprimées
playbook-period = Commandes depuis le { $from }
playbook-period-to = Commandes du { $from } au { $to }
playbook-column-customers = Clients
playbook-column-ordered = Ont commandé
playbook-column-rate = Taux d’achat
playbook-column-revenue = CA par client
playbook-row-sent = Ont reçu la campagne
playbook-row-held-out = Écartés
playbook-row-uplift = Hausse (intervalle à 95 %)
playbook-uplift-points = { $difference } points ({ $low } à { $high })
playbook-uplift-money = { $difference } ({ $low } à { $high })
