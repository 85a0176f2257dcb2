# The bar at the top of the page when Segmenter is embedded in another site's page, and the
# question whether that site may receive customer lists (consent.rs). $site is the site's
# name (admin.example.com), $origin its full address (https://admin.example.com).

# The bar's name for assistive technology.
consent-region = Connected site
consent-not-connected = Not connected.
consent-not-pinned = { $site } is not one of the sites this Segmenter was set up to work with, so it receives nothing from this page.
consent-disconnected = Disconnected from { $site }.
consent-disconnected-detail = It receives nothing from this page until the page is loaded again.
consent-connected = Connected to { $site }.
consent-summaries = It receives summaries of the file you open here; customer lists (ids, e-mails, names) only if you allow it.
# $date is the day of the answer, written out.
consent-allowed-on = You allowed it to receive customer lists (ids, e-mails, names) on { $date }.
consent-refused-on = You did not allow it to receive customer lists ({ $date }). It receives summaries only.
consent-revoke = Revoke { $site }'s access to customer lists
consent-ask-again = Ask me again next time
consent-disconnect = Disconnect { $site }
consent-unkept = This browser would not keep your answer to { $site }, so it holds only until this page is closed.
# The question.
consent-title = Share customers with { $site }?
# $fields is one of consent-fields-… below; $segment is the segment's name.
consent-asks = { $site } asks for the customer list of { $segment }: { $fields }, with orders and spending, of { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}.
consent-fields-ids = ids
consent-fields-emails = ids and e-mails
consent-fields-names = ids and names
consent-fields-all = ids, e-mails and names
# When the site asks for more lists at once.
consent-more = It asks for { $count ->
    [one] { $count } list
   *[other] { $count } lists
} more too.
consent-origin = The page around this frame comes from { $origin }. Allow it only if you know that site: it will then receive the customer lists it asks for, of any file you open here, until you revoke it in the bar above.
consent-allow = Allow { $site }
consent-refuse = Don't allow
