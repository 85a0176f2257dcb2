# The campaign plan (playbook.rs): every segment's campaign, editable and printable, its send
# list with a control group held out, and what exported campaigns achieved. The campaigns'
# own texts come from the engine.

playbook-title = Campaign plan
# $scheme is the name of the segmentation on show.
playbook-segments = Segments: { $scheme }
playbook-print = Print the plan
playbook-download-all = Download the whole result (JSON)
playbook-hint-edit = Each campaign is suggested from its segment's figures. Edit any of it to suit your shop; your version is kept in this browser.
playbook-hint-export = Export a send list for your e-mail tool: a control group is held out of it at random (the same customers every time for the same campaign), so you can measure the effect later.
playbook-edits-unkept = This browser would not store your edits, so they are kept only during this visit.
# After a send list was saved: customers in it, and customers held out of it.
playbook-saved = Saved the send list: { $sent ->
    [one] { $sent } customer
   *[other] { $sent } customers
}; { $held ->
    [one] { $held } customer
   *[other] { $held } customers
} held out as the control group.
playbook-record-unkept = This browser would not store the campaign's record, so it can be measured only during this visit.

# A campaign's card: its fields, editable.
playbook-objective = Objective
playbook-offer = Offer
playbook-channel = Channel
playbook-timing = Timing
playbook-message = Message
playbook-watch = Watch
playbook-why = Why:
playbook-edit = Edit
playbook-save = Save
playbook-reset = Back to the suggestion
# Exporting the card's send list.
playbook-send-list = Send list
playbook-campaign-name = Campaign name
# Before the choice of e-mail tool the list is laid out for (Mailchimp, Klaviyo, …).
playbook-layout = For
playbook-layout-plain = Any tool (plain CSV)
# { $gap } is the box for the share of the list held out, a percentage.
playbook-holdout = Hold out { $gap } %
playbook-sent-on = Sent on
# { $gap } is the box for the uplift of the purchase rate hoped for, in percentage points.
playbook-expected = Uplift you expect { $gap } points
playbook-expected-example = e.g. 3
playbook-export = Export send list
playbook-choose-day = Choose the day the campaign is sent.

# The exported campaigns, kept to be measured.
playbook-results-title = Campaign results
playbook-results-empty = Campaigns you export appear here, to be measured once their customers have had time to order.
playbook-column-campaign = Campaign
playbook-column-segment = Segment
playbook-column-sent = Sent
playbook-column-sent-to = Sent to
playbook-column-held-out = Held out
playbook-column-kept-until = Kept until
playbook-forget = Forget
# $date is the last day a record is kept, written out, when that day is past.
playbook-removed-next-visit = { $date }: removed on your next visit
playbook-measure = Measure them on a newer orders file…
playbook-measure-hint = Export your shop's orders again a few weeks after sending, and drop the file here: it is read in this tab like the first one.
# { $gap } is the box for the number of days.
playbook-keep-for = Keep each record for { $gap } days after it was sent
playbook-download-records = Download these records
playbook-add-records = Add records from a file…
playbook-records-hint = A record holds the ids of the customers sent the campaign and held out, in this browser only. To measure a campaign in another browser, download the records here and add the file there.
# After records were added from a file. $updated, $unchanged and $past are the three
# messages below, each empty when it has nothing to count.
playbook-added = Added { $count ->
    [one] { $count } campaign record
   *[other] { $count } campaign records
} from { $file }{ $updated }{ $unchanged }{ $past }.
# Each of these three starts with the separator that goes before it.
playbook-added-updated = ; { $count ->
    [one] { $count } record
   *[other] { $count } records
} replaced an earlier send of the same campaign
playbook-added-unchanged = ; { $count ->
    [one] { $count } record
   *[other] { $count } records
} already here (or older than the send here)
playbook-added-past = ; { $count ->
    [one] { $count } record
   *[other] { $count } records
} past the { $days } days records are kept, not added
playbook-added-unkept = This browser would not store them, so they are kept only during this visit.
# Records removed because their time was over. $listed is the records, each written as
# playbook-expired-record, with playbook-expired-separator between them.
playbook-expired = { $count ->
    [one] { $count } campaign record was
   *[other] { $count } campaign records were
} removed: records are kept { $days } days after their send day ({ $listed }). They are gone from this browser; you can still save them while this page is open.
playbook-expired-record = { $campaign } to { $segment }, sent { $date }
playbook-expired-separator = { "; " }
playbook-download-removed = Download the removed records

# What a campaign achieved: its customers sent the campaign against those held out.
# $from and $to are days (2026-03-01).
playbook-period = Orders from { $from }
playbook-period-to = Orders from { $from } to { $to }
playbook-column-customers = Customers
playbook-column-ordered = Ordered
playbook-column-rate = Purchase rate
playbook-column-revenue = Revenue per customer
playbook-row-sent = Sent the campaign
playbook-row-held-out = Held out
playbook-row-uplift = Uplift (95% interval)
# The difference in purchase rate with its interval, in percentage points (+3.1, −0.4).
playbook-uplift-points = { $difference } points ({ $low } to { $high })
# The difference in revenue per customer with its interval, amounts with their sign.
playbook-uplift-money = { $difference } ({ $low } to { $high })
