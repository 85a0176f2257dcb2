# Kruistabel (crosstab.rs).

crosstab-cross-with = ‘{ $scheme }’ kruisen met
crosstab-choose = Kies een segmentatie…
crosstab-how-to-read = Rijen: { $rows }. Kolommen: { $columns }. Elke cel: klanten, dan omzet; open een cel om de klanten te tonen.
