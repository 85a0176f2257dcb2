# The built-in segmentation schemes: their names, why one cannot be used with a file, and
# the names of their segments. Segment names are table rows, CSV columns and, in the SQL
# download, the values a query writes: keep them short, as a merchant would name a group.

## Scheme names

schemes-name-rfm = RFM segments
schemes-name-rfm-points = RFM segments ({ $points } score points)
schemes-name-value-loyalty = Value and loyalty segments
# $days is a number of days, e.g. 365.
schemes-name-tiers-last = Spend tiers, last { $days } days
schemes-name-tiers-year = Spend tiers, { $year }
# $from and $to are days written in words (1 March 2026).
schemes-name-tiers-between = Spend tiers, { $from } to { $to }
schemes-name-countries = Countries
schemes-name-regions = Regions
schemes-name-cities = Cities
schemes-name-postal-codes = Postal codes
# Areas made of the first characters of postal codes ("75" for 75008).
schemes-name-postal-areas = Postal areas (first { $count } characters)
schemes-name-age-bands = Age bands
schemes-name-gender = Gender
schemes-name-industries = Industries
schemes-name-company-size = Company size
schemes-name-favourite-category = Favourite category
schemes-name-category-breadth = Category breadth
schemes-name-favourite-weekday = Favourite weekday
schemes-name-favourite-month = Favourite month
schemes-name-time-of-day = Time of day
schemes-name-seasonal = Seasonal buyers
schemes-name-discount = Discount use
schemes-name-repeat = One-time and repeat customers
schemes-name-rhythm = Buying rhythm
schemes-name-loyalty = Loyalty
schemes-name-future-value = Future value

## Why a scheme cannot be used with this file

schemes-needs-order-dates = Needs order dates.
schemes-needs-country = Needs a country column.
schemes-needs-region = Needs a region column.
schemes-needs-city = Needs a city column.
schemes-needs-postal-code = Needs a postal code column.
schemes-needs-age = Needs an age or birth date column.
schemes-needs-gender = Needs a gender column.
schemes-needs-industry = Needs an industry column.
schemes-needs-company-size = Needs a company size column.
schemes-needs-category = Needs a product category column.
schemes-needs-order-date = Needs an order date column.
schemes-needs-order-time = Needs an order time column.
schemes-needs-discount-code = Needs a discount code column.
# "Future value" is the page's view where the prediction is made.
schemes-needs-prediction = Needs a prediction (see Future value).

## The RFM grid

# The measures of the RFM grid's rows and columns, as the page writes them within a sentence
# ("Customers by recency (R) and frequency (F) score").
schemes-grid-recency = recency
schemes-grid-frequency = frequency
schemes-grid-spend = spend

## RFM segments (recency and frequency scores), as marketers name them

schemes-rfm-champions = Champions
schemes-rfm-loyal = Loyal Customers
schemes-rfm-potential-loyalist = Potential Loyalist
schemes-rfm-new = New Customers
schemes-rfm-promising = Promising
schemes-rfm-need-attention = Need Attention
schemes-rfm-about-to-sleep = About To Sleep
schemes-rfm-cant-lose = Can't Lose Them
schemes-rfm-at-risk = At Risk
schemes-rfm-hibernating = Hibernating
schemes-rfm-not-scored = No order in this file

## Value and loyalty segments (frequency and spend scores), for customer lists without order dates

schemes-value-best = Best Customers
schemes-value-loyal-regulars = Loyal Regulars
schemes-value-big-spenders = Big Spenders
schemes-value-repeat = Repeat Customers
schemes-value-one-time = One-Time Buyers
schemes-value-no-order-yet = No order yet

## Spend tiers: shares of the customers who bought in the period, top first

schemes-tier-top-1 = Top 1%
schemes-tier-top-5 = Top 2–5%
schemes-tier-top-20 = Top 6–20%
schemes-tier-top-50 = 21–50%
schemes-tier-bottom = Bottom 50%
# A tier with the least its customers spent: "Top 1% (from €1,200)".
schemes-tier-from = { $tier } (from { $amount })
schemes-tier-no-purchase = No purchase in the period

## Rankings: the most common values get a segment each, then these

schemes-other-areas = Other areas
schemes-area-unknown = Area unknown
schemes-other = Other
schemes-gender-unknown = Gender unknown
schemes-other-industries = Other industries
schemes-industry-unknown = Industry unknown
schemes-other-categories = Other categories
schemes-no-category = No category
schemes-no-order = No order
schemes-no-time = No time given

## Age and company size bands; numbers are already written

schemes-age-under = Under { $under } years
schemes-age-between = { $from }–{ $to } years
schemes-age-over = { $from } years and over
schemes-age-all = All (years known)
schemes-age-unknown = Age unknown
schemes-size-under = Under { $under } employees
schemes-size-between = { $from }–{ $to } employees
schemes-size-over = { $from } employees and over
schemes-size-all = All (employees known)
schemes-size-unknown = Size unknown

## Behaviour

schemes-breadth-one = One category
schemes-breadth-two-three = Two or three categories
schemes-breadth-four = Four categories or more
# $season is the season's name as the merchant wrote it ("Black Friday to Cyber Monday").
schemes-season-buyers = { $season } buyers
schemes-season-all-year = Buys through the year
schemes-discount-hunters = Discount hunters (half their orders or more)
schemes-discount-occasional = Occasional code users
schemes-discount-full-price = Full-price buyers
schemes-repeat-customers = Repeat customers
schemes-repeat-one-time = One-time buyers
schemes-rhythm-one-order = One order so far
schemes-rhythm-overdue = Overdue (more than twice their usual gap)
schemes-rhythm-due = Due now (past their usual gap)
schemes-rhythm-on-time = On their usual rhythm
schemes-loyalty-regulars = Long-time regulars (2+ years, 6+ orders)
schemes-loyalty-loyal = Loyal (1+ year, 3+ orders)
schemes-loyalty-new = New (first order in the last 90 days)
schemes-loyalty-returning = Returning
schemes-loyalty-occasional = Occasional

## Future value: who will buy again (the prediction) and what they are worth; $amount is the
## median the segment starts from, already written in the shop's currency

schemes-future-valuable-predicted = Active and valuable (predicted value from { $amount })
schemes-future-valuable-spent = Active and valuable (spent from { $amount })
# Bought on one day only so far (one order, or several that day): the purchase model counts
# such a customer as still active, whatever the time since, as it has not yet seen them stop.
schemes-future-once = Bought once
schemes-future-active = Active
schemes-future-worth-saving = At risk, worth saving (spent from { $amount })
schemes-future-at-risk = At risk
schemes-future-lost = Likely lost
schemes-future-no-prediction = No prediction

## Favourite weekday and time of day: a segment per value (months are month-1 … month-12)

schemes-weekday-monday = Monday
schemes-weekday-tuesday = Tuesday
schemes-weekday-wednesday = Wednesday
schemes-weekday-thursday = Thursday
schemes-weekday-friday = Friday
schemes-weekday-saturday = Saturday
schemes-weekday-sunday = Sunday
schemes-time-night = Night (0–6 h)
schemes-time-morning = Morning (6–12 h)
schemes-time-afternoon = Afternoon (12–18 h)
schemes-time-evening = Evening (18–24 h)

# A scheme whose every segment is split by the segments of another: $outer and $inner are
# the two schemes' names ("Value tiers by Countries").
schemes-subdivided = { $outer } by { $inner }
