# The page around the views: its heading, the privacy note, the message shown if it stops.

app-tagline = Split your customers into groups worth a campaign. Your file is read in this browser tab and never leaves it.
app-privacy = Privacy: Segmenter runs entirely in your browser. No file, customer or figure is uploaded, stored on a server or shared; the page makes no network request after it has loaded.
app-stopped = Something went wrong in this page and it stopped. Your data was not sent anywhere. Reload the page to start again.

# Choosing a file (picker.rs).
picker-title = Drop your orders or customers export here
picker-sources = A CSV file from Shopify, WooCommerce, Stripe, Square, Excel or Google Sheets: order lines, orders or a customer list.
picker-choose = Choose a CSV file
picker-sample = Try the sample shop
picker-unreadable = The browser could not read that file.

# Progress of the work under way (progress.rs). $done and $total are sizes already written.
progress-reading = Reading { $done } of { $total } · { $rows } rows · { $speed } rows per second
progress-rereading = Reading again with the number and date styles the whole file showed · { $done } of { $total }
progress-segmenting = Segmenting customers…
