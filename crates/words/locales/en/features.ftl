# The customers' features as the rule builder lists them: measured from the orders, read
# from the customers' details, or predicted. Short names: they head columns and fill menus.

features-recency = Days since last order
features-frequency = Orders
features-monetary = Total spent
features-aov = Average order value
features-first-order = First order
features-last-order = Last order
features-tenure = Days since first order
features-interval = Average days between orders
features-overdue = Days since last order ÷ usual days between orders
features-spend-last-year = Spent in the last 365 days
# $period is features-period-last or features-period-year below.
features-spend-in-period = Spent in { $period }
# Spent over two days ("Spent in 1 March 2025 to …" would not read).
features-spend-between = Spent from { $from } to { $to }
# $reference, $from and $to are days written in words (1 March 2026).
features-period-last = the { $days } days before { $reference }
features-period-year = { $year }
features-period-between = { $from } to { $to }
features-discount-share = Share of orders with a discount
features-weekday = Favourite weekday
features-month = Favourite month
features-time-of-day = Favourite time of day
features-top-category = Favourite category (by spend)
features-top-category-share = Favourite category's share of spend
features-categories-bought = Categories bought from
features-postal-prefix = Postal code, first { $count } characters

## The customers' own details

features-email = E-mail
features-full-name = Full name
features-first-name = First name
features-last-name = Last name
features-company = Company
features-country = Country
features-region = Region / state
features-city = City
features-postal-code = Postal code
features-gender = Gender
features-industry = Industry
features-accepts-marketing = Accepts marketing
features-age = Age
features-company-size = Company size (employees)

## Scores and predictions

features-r-score = Recency score
features-f-score = Frequency score
features-m-score = Monetary score
features-p-alive = Chance still active
features-expected-purchases = Purchases expected in the next { $days } days
features-expected-order-value = Expected spend per purchase
features-predicted-value = Predicted value, next { $days } days

# A season-share feature; $season is the season's name.
features-season-share = Share of orders in { $season }
# The feature that holds each customer's cluster, once clusters are found.
features-cluster = Cluster

# The values of a yes-or-no feature (accepts marketing) in the rule builder's lists.
features-value-yes = yes
features-value-no = no

# The built-in buying seasons (the merchant may rename them): Black Friday to Cyber Monday,
# 1 to 24 December, the 14 days to 14 February, the 14 days to the second Sunday of May.
# Each is written into features-season-share and the season messages of schemes and suggest.
features-season-black-friday = Black Friday to Cyber Monday
features-season-december = December holidays
features-season-valentine = Valentine's Day
features-season-mother = Mother's Day
