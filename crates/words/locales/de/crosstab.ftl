# Kreuztabelle (crosstab.rs).

crosstab-cross-with = „{ $scheme }“ kreuzen mit
crosstab-choose = Segmentierung wählen…
crosstab-how-to-read = Zeilen: { $rows }. Spalten: { $columns }. Jede Zelle: Kunden, dann Umsatz; öffnen Sie eine Zelle, um ihre Kunden aufzulisten.
