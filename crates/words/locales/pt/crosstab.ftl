# A tabela cruzada (crosstab.rs).

crosstab-cross-with = Cruzar “{ $scheme }” com
crosstab-choose = Escolha uma segmentação…
crosstab-how-to-read = Linhas: { $rows }. Colunas: { $columns }. Cada célula: clientes e depois receita; abra uma célula para listar os clientes.
