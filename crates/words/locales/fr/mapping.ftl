mapping-title = Comment votre fichier a été lu
mapping-facts = { $file } · { $rows ->
    [one] { $rows } ligne
    [many] { $rows } de lignes
   *[other] { $rows } lignes
} · { $size } · séparateur : { $separator }
mapping-hint = Vérifiez ce que signifie chaque colonne. Segmenter l’a deviné d’après les en-têtes et les valeurs ; corrigez ce qui est faux.
mapping-column = Colonne
mapping-examples = Exemples
mapping-written-as = Format
mapping-meaning = Signification
mapping-segment = Segmenter mes clients
mapping-reset = Revenir aux significations proposées

mapping-characters = Caractères
mapping-encoding-label = Encodage des caractères
mapping-time-zone = Fuseau horaire
mapping-time-zone-label = Le fuseau horaire de la boutique
mapping-browser-zone-named = Celui de ce navigateur : { $name } ({ $offset })
mapping-browser-zone = Celui de ce navigateur ({ $offset })
mapping-time-zone-hint = Les dates-heures avec un décalage (comme 2025-03-01T23:30:00Z) et les heures Unix tombent sur les jours et les heures de ce fuseau.
mapping-separator = Séparateur
mapping-separator-value = { $separator } ({ $character })
mapping-tab = tabulation
mapping-quoted = « { $character } »
mapping-rows = Lignes
mapping-rows-value = { $rows ->
    [one] { $rows } ligne de données
    [many] { $rows } de lignes de données
   *[other] { $rows } lignes de données
} ; { $blank ->
    [one] { $blank } ligne vide ignorée
    [many] { $blank } de lignes vides ignorées
   *[other] { $blank } lignes vides ignorées
} ; { $problems ->
    [one] { $problems } ligne n’a pas pu être découpée selon les colonnes de l’en-tête
    [many] { $problems } de lignes n’ont pas pu être découpées selon les colonnes de l’en-tête
   *[other] { $problems } lignes n’ont pas pu être découpées selon les colonnes de l’en-tête
}
mapping-excel-1904 = Les dates sont des numéros de série Excel du calendrier depuis 1904 (Excel pour Mac avant 2011) : elles tombent 4 ans et un jour après la date lue
mapping-repaired = { $count ->
    [one] { $count } octet n’était pas de l’UTF-8 valide et a été lu comme caractère Windows-1252.
    [many] { $count } d’octets n’étaient pas de l’UTF-8 valide et ont été lus comme caractères Windows-1252.
   *[other] { $count } octets n’étaient pas de l’UTF-8 valide et ont été lus comme caractères Windows-1252.
}

mapping-meaning-of = Signification de la colonne { $column }
mapping-not-used = — non utilisée —
mapping-decimal-separator = Séparateur décimal
mapping-date-both = Chaque date ici convient aux deux ordres. Lequel est le bon ?
mapping-date-order = Ordre de la date
mapping-day-first = Jour d’abord (31/12/2024)
mapping-month-first = Mois d’abord (12/31/2024)

mapping-recency-as-of = Compter les jours depuis la dernière commande jusqu’au
mapping-recency-empty = (laisser vide pour le lendemain de la dernière commande)
