consent-region = Site connecté
consent-not-connected = Non connecté.
consent-not-pinned = { $site } ne fait pas partie des sites avec lesquels ce Segmenter a été configuré pour fonctionner : il ne reçoit donc rien de cette page.
consent-disconnected = Déconnecté de { $site }.
consent-disconnected-detail = Il ne reçoit plus rien de cette page jusqu’à ce qu’elle soit rechargée.
consent-connected = Connecté à { $site }.
consent-summaries = Il reçoit des synthèses du fichier que vous ouvrez ici ; les listes de clients (identifiants, e-mails, noms) seulement si vous l’autorisez.
consent-allowed-on = Vous l’avez autorisé à recevoir les listes de clients (identifiants, e-mails, noms) le { $date }.
consent-refused-on = Vous ne l’avez pas autorisé à recevoir les listes de clients ({ $date }). Il ne reçoit que des synthèses.
consent-revoke = Retirer à { $site } l’accès aux listes de clients
consent-ask-again = Me redemander la prochaine fois
consent-disconnect = Déconnecter { $site }
consent-unkept = Ce navigateur n’a pas pu conserver votre réponse à { $site } : elle ne vaut que jusqu’à la fermeture de cette page.
consent-title = Partager des clients avec { $site } ?
consent-asks = { $site } demande la liste de clients de { $segment } : { $fields }, avec commandes et dépenses, de { $count ->
    [one] { $count } client
    [many] { $count } de clients
   *[other] { $count } clients
}.
consent-fields-ids = identifiants
consent-fields-emails = identifiants et e-mails
consent-fields-names = identifiants et noms
consent-fields-all = identifiants, e-mails et noms
consent-more = Il demande aussi { $count ->
    [one] { $count } autre liste
    [many] { $count } d’autres listes
   *[other] { $count } autres listes
}.
consent-origin = La page autour de ce cadre provient de { $origin }. N’autorisez ce site que si vous le connaissez : il recevra alors les listes de clients qu’il demande, pour tout fichier que vous ouvrez ici, jusqu’à ce que vous retiriez l’autorisation dans la barre ci-dessus.
consent-allow = Autoriser { $site }
consent-refuse = Ne pas autoriser
