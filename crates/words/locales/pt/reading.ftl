read-empty = Este arquivo está vazio. Escolha o arquivo CSV que sua loja exportou.
read-header-only = Este arquivo tem uma linha de cabeçalho ({ $columns ->
    [one] { $columns } coluna
   *[other] { $columns } colunas
}), mas nenhuma linha de dados abaixo dela. Exporte de novo com um período que inclua pedidos.
read-workbook = Esta é uma pasta de trabalho do Excel (.xlsx) ou um arquivo zip, não um arquivo CSV. Abra-a no Excel, Numbers ou Planilhas Google, salve ou baixe como CSV e depois escolha esse arquivo.
read-old-excel = Esta é uma pasta de trabalho antiga do Excel (.xls), não um arquivo CSV. Abra-a no Excel, escolha Arquivo › Salvar como › CSV e depois escolha esse arquivo.
read-gzip = Este arquivo está compactado (.gz). Descompacte-o primeiro (com um clique duplo) e depois escolha o arquivo CSV que está dentro.
read-pdf = Este é um documento PDF, não um arquivo CSV. Exporte seus pedidos ou clientes da sua loja como CSV.
read-not-text = Este arquivo não é texto, então não pode ser uma exportação CSV. Escolha o arquivo CSV que sua loja exportou.
read-single-column = Só foi encontrada uma coluna (cabeçalho: "{ $header }"). Uma exportação CSV separa suas colunas com vírgulas, ponto e vírgula, tabulações ou barras verticais; este arquivo parece não fazer isso. Verifique se é a exportação CSV e não uma lista simples.
read-file-unavailable = O navegador não conseguiu ler este arquivo. Ele pode ter sido movido, renomeado, alterado ou aberto por outro programa durante a leitura; escolha-o de novo.
read-too-large = Este arquivo tem { $size } e esta aba do navegador trabalha com arquivos de até { $limit }. Exporte um período mais curto (por exemplo, os últimos dois anos) e tente de novo.

problem-field-count = tem { $found } valores, mas o cabeçalho tem { $expected } colunas; pode estar faltando uma aspa ou um separador
problem-missing-order-date = não tem data do pedido
problem-missing-unit-price = não tem preço unitário
problem-missing-amount = não tem valor
problem-missing-customer-id = não tem ID do cliente
problem-missing-email = não tem e-mail
problem-not-a-number = "{ $text }" não é um número
problem-not-a-date = "{ $text }" não é uma data
problem-duplicate-customer = o cliente "{ $customer }" aparece numa linha anterior; foi usada a linha anterior
problem-file-line = linha
problem-file-column = coluna
problem-file-reason = motivo
row-problem = Linha { $line }: { $problem }
row-problem-column = Linha { $line }, coluna "{ $column }": { $problem }
