# The campaigns suggested for each segment, the holdout plan of a send list, and what a
# measured campaign shows. Figures arrive written for the language: $share and $percent
# with their % sign, amounts in the shop's currency, $days and $cycle as numbers of days.

# Who a campaign reaches: $customers counts them, $spent is an amount, $share a percentage.
suggest-audience = { $customers } customers who have spent { $spent } so far ({ $share } of revenue)
suggest-channel-email = E-mail

# Customers with no order in the file yet.
suggest-first-objective = Win a first order
suggest-first-offer = A welcome offer for a first order, such as free shipping
suggest-first-channel = E-mail, if they agreed to marketing
suggest-first-timing = A short welcome series: now, after 3 days and after 10 days
suggest-first-message = What the shop is known for, and why customers come back
suggest-first-watch = Share who place a first order within 30 days
suggest-first-why = These customers have no order in this file, so there is no purchase behaviour to build on yet.

# A discount sized from their usual order: $percent off, no more than the amount $cap.
suggest-capped = { $percent } off their next order, capped at { $cap }
# Added after an offer without a discount, for customers who rarely use a code.
suggest-full-price = They already buy at full price ({ $share } of their orders used a code), so a discount would only give margin away.

# Active, loyal and valuable. $ratio is their spend over the shop's median customer's (2.5).
suggest-cherish-objective = Keep these customers ({ $ratio }× the median customer's spend) buying and make them feel valued
suggest-cherish-offer = No discount: early access to new products, a thank-you gift with orders over { $threshold }, or double loyalty points.
suggest-cherish-channel = E-mail, plus a personal touch such as a handwritten note in the next parcel
# $day: the day after their last order to send; $cycle: their usual days between orders.
suggest-cherish-timing = Around day { $day } after their last order, just before their usual { $cycle }-day reorder point
suggest-cherish-message = Insider treatment: they hear first, they get something others do not
suggest-cherish-watch = Repeat purchase rate and average order value over the next cycle

# Active after one order.
suggest-second-objective = Turn a first order { $days } days ago into a second
suggest-second-offer-full-price = Free shipping on the second order, or a product recommendation based on the first.
# $discount is campaigns-capped.
suggest-second-offer = { $discount }, valid for 30 days
suggest-second-timing = 7 to 14 days after the first order, with one reminder at day 30
# When their first order is already more than 14 days old.
suggest-second-timing-now = Now, { $days } days after their first order, with one reminder 14 days later; for new customers, 7 to 14 days after their first order
suggest-second-message = Thank them, show what other customers buy next, make the second order easy
suggest-second-watch = Share of the segment placing a second order within 60 days

# Active repeat customers. $orders: their median orders.
suggest-habit-objective = Build the habit: from { $orders } orders to more, every { $cycle } days
suggest-habit-offer = A bundle or a gift with orders over { $threshold }, to grow the basket rather than cut the price.
suggest-habit-timing = Before their usual { $cycle }-day interval runs out: around day { $day } after the last order
suggest-habit-message = Products that go with what they bought, new arrivals in their favourite range
suggest-habit-watch = Orders per customer over the next 90 days

# Past their usual interval between orders.
suggest-soon-objective = Win them back before they drift: { $days } days since their last order, against a usual { $cycle }
# For a segment too few of whom reorder: the shop's interval.
suggest-soon-objective-shop = Win them back before they drift: { $days } days since their last order, against the shop's usual { $cycle }
# When nobody in the shop has reordered: $cycle is an assumed quarter.
suggest-soon-objective-assumed = Win them back before they drift: { $days } days since their last order, more than the { $cycle } days assumed between orders
suggest-soon-offer-full-price = A reminder with new arrivals and free shipping, no price cut.
suggest-soon-channel = E-mail, then a retargeting audience for those who do not open it
suggest-soon-timing = Now: they are past their usual { $cycle }-day interval; follow up once after 10 days
# For a segment too few of whom reorder: the shop's interval.
suggest-soon-timing-shop = Now: they are past the shop's usual { $cycle }-day interval; follow up once after 10 days
# When nobody in the shop has reordered: $cycle is an assumed quarter.
suggest-soon-timing-assumed = Now: more than { $cycle } days since their last order; follow up once after 10 days
suggest-soon-message = We miss you: what is new since their last visit
suggest-soon-watch = Share who order within 30 days

# Long gone but valuable ($who is big) or loyal ($who is regular). $share: the predicted
# share of the segment's repeat buyers who may still buy (one order is too little for the
# prediction to tell).
suggest-personal-objective-predicted = Win back { $who ->
    [big] big spenders
   *[regular] regulars
} while { $share } of repeat buyers may still buy: { $days } days quiet
suggest-personal-objective = Personal win-back for { $who ->
    [big] big spenders
   *[regular] regulars
} gone quiet { $days } days
suggest-personal-objective-lost = A last personal try with { $who ->
    [big] big spenders
   *[regular] regulars
} gone { $days } days
suggest-personal-offer-full-price = A personal note and a gift with their next order, rather than a discount.
suggest-personal-channel = Personal e-mail from the owner; a phone call for business customers
suggest-personal-timing = Now, with one follow-up 10 days later
suggest-personal-message = Ask what went wrong, and show what has improved
suggest-personal-watch = Share who order within 45 days, and the revenue they bring back

# Long gone, neither valuable nor loyal.
suggest-let-go-objective-predicted = Let go: only { $share } of repeat buyers are likely to buy again
suggest-let-go-objective = Low-cost reactivation after { $days } days, then let go
suggest-let-go-offer = One e-mail with your bestsellers; no discount
suggest-let-go-channel = E-mail only; leave them out of paid ads to save budget
suggest-let-go-timing = One send now; those who do not react move to a twice-a-year newsletter
suggest-let-go-message = Bestsellers and what is new, short and simple
suggest-let-go-watch = Reactivation rate, against the cost of the send

# What they buy and when: $category, $first and $second are the shop's own product names.
suggest-favourite-category = { $category } is the favourite category of { $share } of them.
suggest-lead-with = Lead with { $category }.
suggest-pair = Show { $second } to those who bought { $first }: the two its customers most often buy together.
# Added to a timing after "; ". $day is a weekday, $time a part of the day.
suggest-send-on-day-time = send on a { $day } { $time }, when most of them order
suggest-send-on-day = send on a { $day }, the day most of them order
suggest-monday = Monday
suggest-tuesday = Tuesday
suggest-wednesday = Wednesday
suggest-thursday = Thursday
suggest-friday = Friday
suggest-saturday = Saturday
suggest-sunday = Sunday
suggest-night = night (0–6 h)
suggest-morning = morning (6–12 h)
suggest-afternoon = afternoon (12–18 h)
suggest-evening = evening (18–24 h)

# Customers who mostly buy in one season ($season, e.g. Black Friday to Cyber Monday).
# $shop: the average customer's share of orders in it. Dates are written 2026-11-27.
suggest-season-why = { $share } of their orders fall in { $season } (an average customer: { $shop }).
suggest-season-timing = Before their season: { $season } runs { $starts } to { $ends }; send around { $send }, two weeks ahead, and once more on its first day
suggest-season-message = Their { $season } shopping made easy: ideas, order-by dates, what sold out last year
suggest-no-dates-timing = When it suits your calendar: this file has no order dates to time it by

# The figures behind a suggestion; the recency and no-dates ones end with ";" and are followed by
# suggest-why-figures. $orders: median orders (2.0); $spent and $order: amounts.
suggest-why-recency = Median last order { $days } days ago, against a usual { $cycle } days between orders;
# When too few of the segment reorder to have a usual interval of their own.
suggest-why-recency-shop = Median last order { $days } days ago, against the shop's usual { $cycle } days between orders;
# When nobody in the shop has reordered: $cycle is an assumed quarter.
suggest-why-recency-assumed = Median last order { $days } days ago; nobody has ordered twice yet, so { $cycle } days between orders are assumed;
suggest-why-no-dates = The file has no order dates, so recency is unknown;
suggest-why-figures = median { $orders } orders and { $spent } spent ({ $ratio }× the shop's median customer); median order { $order }.
suggest-why-discount = { $share } of their orders used a discount code.
suggest-why-repeat = { $share } have ordered more than once.
# Follows suggest-why-repeat: those who ordered on two days or more are the only customers
# whose chance of still being active the prediction can tell (two orders on one day are one
# purchase to it).
suggest-why-alive = Of those who ordered on two days or more, the average chance they are still active is { $share }.
# $value: the amount predicted from them over the next year.
suggest-why-alive-value = Of those who ordered on two days or more, the average chance they are still active is { $share }; { $value } predicted from the segment over the next year is at stake.

# The holdout of a send list, planned before it is exported. $held of $segment customers
# are held out; $baseline is the share expected to buy anyway; $uplift and $expected are
# percentage points (8.3); $min is the fewest customers a group needs.
suggest-holdout-too-few = Holding out { $held } of { $segment } customers is too few to measure anything: each group needs at least { $min } customers.
suggest-holdout-detectable = Holding out { $held } of { $segment } customers, with about { $baseline } of them buying anyway, this campaign can show an uplift of { $uplift } points or more (80% power, 5% level); a smaller one will most likely read as "cannot be told apart from zero".
suggest-holdout-undetectable = Holding out { $held } of { $segment } customers, with about { $baseline } of them buying anyway, no uplift, however large, would reliably show.
# $percent: the share of the segment to hold out (12%).
suggest-holdout-needed = To show the uplift of { $expected } points you expect, hold out at least { $percent } of the segment ({ $customers } customers).
suggest-holdout-unreachable = The uplift of { $expected } points you expect cannot be shown reliably in this segment, even holding out half of it: measure it over a longer period or on a larger segment.

# What a measured campaign shows: the verdict first, in bold.
suggest-uplift-not-in-file = None of this campaign's customers appear in the newer file.
suggest-uplift-no-orders-since = The newer file has no orders since the send day.
suggest-uplift-no-holdout = No customers were held out of this campaign, so its effect cannot be measured.
suggest-uplift-too-few-held-out = Too few customers were held out to tell whether the campaign made a difference: { $customers }, where at least { $min } are needed.
suggest-uplift-too-few-sent = Too few customers were sent the campaign to tell whether it made a difference: { $customers }, where at least { $min } are needed.
suggest-uplift-too-few-buyers = Too few customers have ordered since the send day to tell whether the campaign made a difference: { $buyers } in both groups together, where at least { $min } are needed.
suggest-uplift-made-a-difference = The campaign made a difference: the uplift in purchase rate is clearly above zero.
suggest-uplift-may-have-hurt = Customers sent the campaign ordered less than those held out: it may have hurt.
suggest-uplift-no-clear-difference = The difference cannot be told apart from zero yet.
# $group is sent or held-out.
suggest-uplift-caution = Take the revenue interval as a rough guide: { $group ->
    [sent] the group sent the campaign
   *[held-out] the held-out group
} has { $customers } customers, too few for revenue this uneven (a few large orders weigh heavily); about { $needed } would be needed.
# What to do after the verdict. $day: the send day, written 2026-03-01.
suggest-uplift-same-shop = Check that it comes from the same shop and identifies customers the same way.
suggest-uplift-cover-weeks = Drop a file that covers the weeks after { $day }.
suggest-uplift-export-holdout = Export the next one with a holdout group.
suggest-uplift-keep-groups = Keep at least { $min } customers in each group next time.
suggest-uplift-wait = Wait for more orders, then measure again with a newer file.
# $sent-rate and $held-rate: the shares of each group who ordered.
suggest-uplift-too-small = { $sent-rate } of the { $sent } customers sent the campaign ordered, against { $held-rate } of the { $held } held out; with groups this small, a customer or two more or less would change the picture, so no difference is claimed.
# $difference, $low and $high are signed percentage points (+4.0, −1.2).
suggest-uplift-rates = { $sent-rate } of the customers sent the campaign ordered, against { $held-rate } of those held out: { $difference } points (95% interval { $low } to { $high }).
suggest-uplift-detectable = Groups of these sizes reliably show only an uplift of about { $uplift } points or more (80% power, 5% level): wait for more orders, or hold out more next time.
suggest-uplift-undetectable = Groups of these sizes cannot reliably show any uplift: hold out more next time.
# $sent and $held: revenue per customer of each group; the interval's amounts are signed.
suggest-uplift-revenue = Revenue per customer: { $sent } sent, { $held } held out.
suggest-uplift-revenue-interval = Revenue per customer: { $sent } sent, { $held } held out ({ $difference } per customer, 95% interval { $low } to { $high }).
suggest-uplift-rate-alone = The verdict rests on the purchase rate alone: counting a revenue difference too would nearly double the chance of a false claim.
