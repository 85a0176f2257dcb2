# Le tableau croisé (crosstab.rs).

crosstab-cross-with = Croiser « { $scheme } » avec
crosstab-choose = Choisir une segmentation…
crosstab-how-to-read = Lignes : { $rows }. Colonnes : { $columns }. Chaque case : les clients, puis le chiffre d’affaires ; ouvrez une case pour lister ses clients.
