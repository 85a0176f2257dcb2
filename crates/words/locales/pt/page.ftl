app-tagline = Divida seus clientes em grupos que valem uma campanha. Seu arquivo é lido nesta aba do navegador e nunca sai dela.
app-privacy = Privacidade: o Segmenter funciona inteiramente no seu navegador. Nenhum arquivo, cliente ou número é enviado, armazenado em um servidor ou compartilhado; depois de carregada, a página não faz nenhuma requisição de rede.
app-stopped = Algo deu errado nesta página e ela parou. Seus dados não foram enviados a lugar nenhum. Recarregue a página para começar de novo.

picker-title = Solte aqui sua exportação de pedidos ou clientes
picker-sources = Um arquivo CSV do Shopify, WooCommerce, Stripe, Square, Excel ou Google Sheets: linhas de pedido, pedidos ou uma lista de clientes.
picker-choose = Escolher um arquivo CSV
picker-sample = Experimentar a loja de exemplo
picker-unreadable = O navegador não conseguiu ler esse arquivo.

progress-reading = Lendo { $done } de { $total } · { $rows } linhas · { $speed } linhas por segundo
progress-rereading = Lendo novamente com os formatos de números e datas do arquivo inteiro · { $done } de { $total }
progress-segmenting = Segmentando clientes…
