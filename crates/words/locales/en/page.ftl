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
progress-restoring = Stopped. The file is read again as it was, to bring back your results; Cancel again to start over.

# What the page is waiting for (engine.rs).
busy-segmenting = Segmenting…
busy-scoring = Scoring…
busy-clustering = Finding clusters…
busy-crossing = Crossing…
busy-ranking = Ranking customers…
busy-measuring = Measuring the campaigns…
busy-comparing = Comparing…
busy-cohorts = Grouping by first order…
busy-predicting = Predicting who will buy again…

# When the engine stops (engine.rs, state.rs). $reason is one of the engine-* reasons below,
# or the engine's own words.
engine-crashed = Something went wrong while working on this file, and the work was stopped ({ $reason }). Nothing was sent anywhere. Try again, or choose another file.
engine-refused = the browser refused to start the engine
engine-not-started = the engine could not be started
engine-other-version = this page and its engine come from different versions of Segmenter; reload the page
engine-not-understood = the engine sent a message the page does not understand

# When the browser will not keep what the merchant saved (state.rs).
store-preferences-refused = This browser would not store your preferences, so they hold only during this visit.
store-schemes-refused = This browser would not store your schemes, so they are kept only during this visit.
