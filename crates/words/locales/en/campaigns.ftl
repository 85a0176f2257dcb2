# The campaigns suggested for each segment, the holdout plan of a send list, and what a
# measured campaign shows. Figures arrive written for the language: $share and $percent
# with their % sign, amounts in the shop's currency, $days and $cycle as numbers of days.

# Who a campaign reaches: $customers counts them, $spent is an amount, $share a percentage.
campaigns-audience = { $customers } customers who have spent { $spent } so far ({ $share } of revenue)
campaigns-channel-email = E-mail

# Customers with no order in the file yet.
campaigns-first-objective = Win a first order
campaigns-first-offer = A welcome offer for a first order, such as free shipping
campaigns-first-channel = E-mail, if they agreed to marketing
campaigns-first-timing = A short welcome series: now, after 3 days and after 10 days
campaigns-first-message = What the shop is known for, and why customers come back
campaigns-first-watch = Share who place a first order within 30 days
campaigns-first-why = These customers have no order in this file, so there is no purchase behaviour to build on yet.

# A discount sized from their usual order: $percent off, no more than the amount $cap.
campaigns-capped = { $percent } off their next order, capped at { $cap }
# Added after an offer without a discount, for customers who rarely use a code.
campaigns-full-price = They already buy at full price ({ $share } of their orders used a code), so a discount would only give margin away.

# Active, loyal and valuable. $ratio is their spend over the shop's median customer's (2.5).
campaigns-cherish-objective = Keep these { $ratio }× customers buying and make them feel valued
campaigns-cherish-offer = No discount: early access to new products, a thank-you gift with orders over { $threshold }, or double loyalty points.
campaigns-cherish-channel = E-mail, plus a personal touch such as a handwritten note in the next parcel
# $day: the day after their last order to send; $cycle: their usual days between orders.
campaigns-cherish-timing = Around day { $day } after their last order, just before their usual { $cycle }-day reorder point
campaigns-cherish-message = Insider treatment: they hear first, they get something others do not
campaigns-cherish-watch = Repeat purchase rate and average order value over the next cycle

# Active after one order.
campaigns-second-objective = Turn a first order { $days } days ago into a second
campaigns-second-offer-full-price = Free shipping on the second order, or a product recommendation based on the first.
# $discount is campaigns-capped.
campaigns-second-offer = { $discount }, valid for 30 days
campaigns-second-timing = 7 to 14 days after the first order, with one reminder at day 30
campaigns-second-message = Thank them, show what other customers buy next, make the second order easy
campaigns-second-watch = Share of the segment placing a second order within 60 days

# Active repeat customers. $orders: their median orders.
campaigns-habit-objective = Build the habit: from { $orders } orders to more, every { $cycle } days
campaigns-habit-offer = A bundle or a gift with orders over { $threshold }, to grow the basket rather than cut the price.
campaigns-habit-timing = Before their usual { $cycle }-day interval runs out: around day { $day } after the last order
campaigns-habit-message = Products that go with what they bought, new arrivals in their favourite range
campaigns-habit-watch = Orders per customer over the next 90 days

# Past their usual interval between orders.
campaigns-soon-objective = Win them back before they drift: { $days } days since their last order, against a usual { $cycle }
campaigns-soon-offer-full-price = A reminder with new arrivals and free shipping, no price cut.
campaigns-soon-channel = E-mail, then a retargeting audience for those who do not open it
campaigns-soon-timing = Now: they are past their usual { $cycle }-day interval; follow up once after 10 days
campaigns-soon-message = We miss you: what is new since their last visit
campaigns-soon-watch = Share who order within 30 days

# Long gone but valuable ($who is big) or loyal ($who is regular). $share: the predicted
# share who may still buy.
campaigns-personal-objective-predicted = Win back { $who ->
    [big] big spenders
   *[regular] regulars
} while { $share } may still buy: { $days } days quiet
campaigns-personal-objective = Personal win-back for { $who ->
    [big] big spenders
   *[regular] regulars
} gone quiet { $days } days
campaigns-personal-objective-lost = A last personal try with { $who ->
    [big] big spenders
   *[regular] regulars
} gone { $days } days
campaigns-personal-offer-full-price = A personal note and a gift with their next order, rather than a discount.
campaigns-personal-channel = Personal e-mail from the owner; a phone call for business customers
campaigns-personal-timing = Now, with one follow-up 10 days later
campaigns-personal-message = Ask what went wrong, and show what has improved
campaigns-personal-watch = Share who order within 45 days, and the revenue they bring back

# Long gone, neither valuable nor loyal.
campaigns-let-go-objective-predicted = Let go: only { $share } are likely to buy again
campaigns-let-go-objective = Low-cost reactivation after { $days } days, then let go
campaigns-let-go-offer = One e-mail with your bestsellers; no discount
campaigns-let-go-channel = E-mail only; leave them out of paid ads to save budget
campaigns-let-go-timing = One send now; those who do not react move to a twice-a-year newsletter
campaigns-let-go-message = Bestsellers and what is new, short and simple
campaigns-let-go-watch = Reactivation rate, against the cost of the send

# What they buy and when: $category, $first and $second are the shop's own product names.
campaigns-favourite-category = { $category } is the favourite category of { $share } of them.
campaigns-lead-with = Lead with { $category }.
campaigns-pair = Show { $second } to those who bought { $first }: the two its customers most often buy together.
# Added to a timing after "; ". $day is a weekday, $time a part of the day.
campaigns-send-on-day-time = send on a { $day } { $time }, when most of them order
campaigns-send-on-day = send on a { $day }, the day most of them order
campaigns-monday = Monday
campaigns-tuesday = Tuesday
campaigns-wednesday = Wednesday
campaigns-thursday = Thursday
campaigns-friday = Friday
campaigns-saturday = Saturday
campaigns-sunday = Sunday
campaigns-night = night (0–6 h)
campaigns-morning = morning (6–12 h)
campaigns-afternoon = afternoon (12–18 h)
campaigns-evening = evening (18–24 h)

# Customers who mostly buy in one season ($season, e.g. Black Friday to Cyber Monday).
# $shop: the average customer's share of orders in it. Dates are written 2026-11-27.
campaigns-season-why = { $share } of their orders fall in { $season } (an average customer: { $shop }).
campaigns-season-timing = Before their season: { $season } runs { $starts } to { $ends }; send around { $send }, two weeks ahead, and once more on its first day
campaigns-season-message = Their { $season } shopping made easy: ideas, order-by dates, what sold out last year
campaigns-no-dates-timing = When it suits your calendar: this file has no order dates to time it by

# The figures behind a suggestion; the first two end with ";" and are followed by
# campaigns-why-figures. $orders: median orders (2.0); $spent and $order: amounts.
campaigns-why-recency = Median last order { $days } days ago, against a usual { $cycle } days between orders;
campaigns-why-no-dates = The file has no order dates, so recency is unknown;
campaigns-why-figures = median { $orders } orders and { $spent } spent ({ $ratio }× the shop's median customer); median order { $order }.
campaigns-why-discount = { $share } of their orders used a discount code.
campaigns-why-repeat = { $share } have ordered more than once.
campaigns-why-alive = On average a { $share } chance they are still active.
# $value: the amount predicted from them over the next year.
campaigns-why-alive-value = On average a { $share } chance they are still active; { $value } predicted from them over the next year is at stake.

# The holdout of a send list, planned before it is exported. $held of $segment customers
# are held out; $baseline is the share expected to buy anyway; $uplift and $expected are
# percentage points (8.3); $min is the fewest customers a group needs.
campaigns-holdout-too-few = Holding out { $held } of { $segment } customers is too few to measure anything: each group needs at least { $min } customers.
campaigns-holdout-detectable = Holding out { $held } of { $segment } customers, with about { $baseline } of them buying anyway, this campaign can show an uplift of { $uplift } points or more (80% power, 5% level); a smaller one will most likely read as "cannot be told apart from zero".
campaigns-holdout-undetectable = Holding out { $held } of { $segment } customers, with about { $baseline } of them buying anyway, no uplift, however large, would reliably show.
# $percent: the share of the segment to hold out (12%).
campaigns-holdout-needed = To show the uplift of { $expected } points you expect, hold out at least { $percent } of the segment ({ $customers } customers).
campaigns-holdout-unreachable = The uplift of { $expected } points you expect cannot be shown reliably in this segment, even holding out half of it: measure it over a longer period or on a larger segment.

# What a measured campaign shows: the verdict first, in bold.
campaigns-uplift-not-in-file = None of this campaign's customers appear in the newer file.
campaigns-uplift-no-orders-since = The newer file has no orders since the send day.
campaigns-uplift-no-holdout = No customers were held out of this campaign, so its effect cannot be measured.
campaigns-uplift-too-few-held-out = Too few customers were held out to tell whether the campaign made a difference: { $customers }, where at least { $min } are needed.
campaigns-uplift-too-few-sent = Too few customers were sent the campaign to tell whether it made a difference: { $customers }, where at least { $min } are needed.
campaigns-uplift-too-few-buyers = Too few customers have ordered since the send day to tell whether the campaign made a difference: { $buyers } in both groups together, where at least { $min } are needed.
campaigns-uplift-made-a-difference = The campaign made a difference: the uplift in purchase rate is clearly above zero.
campaigns-uplift-may-have-hurt = Customers sent the campaign ordered less than those held out: it may have hurt.
campaigns-uplift-no-clear-difference = The difference cannot be told apart from zero yet.
# $group is sent or held-out.
campaigns-uplift-caution = Take the revenue interval as a rough guide: { $group ->
    [sent] the group sent the campaign
   *[held-out] the held-out group
} has { $customers } customers, too few for revenue this uneven (a few large orders weigh heavily); about { $needed } would be needed.
# What to do after the verdict. $day: the send day, written 2026-03-01.
campaigns-uplift-same-shop = Check that it comes from the same shop and identifies customers the same way.
campaigns-uplift-cover-weeks = Drop a file that covers the weeks after { $day }.
campaigns-uplift-export-holdout = Export the next one with a holdout group.
campaigns-uplift-keep-groups = Keep at least { $min } customers in each group next time.
campaigns-uplift-wait = Wait for more orders, then measure again with a newer file.
# $sent-rate and $held-rate: the shares of each group who ordered.
campaigns-uplift-too-small = { $sent-rate } of the { $sent } customers sent the campaign ordered, against { $held-rate } of the { $held } held out; with groups this small, a customer or two more or less would change the picture, so no difference is claimed.
# $difference, $low and $high are signed percentage points (+4.0, −1.2).
campaigns-uplift-rates = { $sent-rate } of the customers sent the campaign ordered, against { $held-rate } of those held out: { $difference } points (95% interval { $low } to { $high }).
campaigns-uplift-detectable = Groups of these sizes reliably show only an uplift of about { $uplift } points or more (80% power, 5% level): wait for more orders, or hold out more next time.
campaigns-uplift-undetectable = Groups of these sizes cannot reliably show any uplift: hold out more next time.
# $sent and $held: revenue per customer of each group; the interval's amounts are signed.
campaigns-uplift-revenue = Revenue per customer: { $sent } sent, { $held } held out.
campaigns-uplift-revenue-interval = Revenue per customer: { $sent } sent, { $held } held out ({ $difference } per customer, 95% interval { $low } to { $high }).
campaigns-uplift-rate-alone = The verdict rests on the purchase rate alone: counting a revenue difference too would nearly double the chance of a false claim.
