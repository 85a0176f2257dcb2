app-tagline = Verdeel uw klanten in groepen die een campagne waard zijn. Uw bestand wordt in dit browsertabblad gelezen en verlaat het nooit.
app-privacy = Privacy: Segmenter draait volledig in uw browser. Geen bestand, klant of cijfer wordt geüpload, op een server bewaard of gedeeld; na het laden doet de pagina geen enkel netwerkverzoek meer.
app-stopped = Er ging iets mis op deze pagina en ze is gestopt. Uw gegevens zijn nergens heen gestuurd. Laad de pagina opnieuw om opnieuw te beginnen.

picker-title = Sleep uw export van bestellingen of klanten hierheen
picker-sources = Een CSV-bestand uit Shopify, WooCommerce, Stripe, Square, Excel of Google Sheets: bestelregels, bestellingen of een klantenlijst.
picker-choose = Kies een CSV-bestand
picker-sample = Probeer de voorbeeldwinkel
picker-unreadable = De browser kon dat bestand niet lezen.

progress-reading = { $done } van { $total } gelezen · { $rows } rijen · { $speed } rijen per seconde
progress-rereading = Opnieuw lezen met de getal- en datumnotatie van het hele bestand · { $done } van { $total }
progress-segmenting = Klanten worden gesegmenteerd…
