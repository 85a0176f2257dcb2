# The custom segment builder and the saved schemes (rule_builder.rs).

# The names a new scheme starts with; the merchant changes them.
rule-builder-new-scheme = My segments
# $number counts the segments: Segment 1, Segment 2, …
rule-builder-new-segment = Segment { $number }
rule-builder-new-otherwise = Everyone else
rule-builder-segment-name = Segment name
rule-builder-move-up = Move up
rule-builder-move-down = Move down
rule-builder-remove = Remove
rule-builder-scheme-name = Scheme name
rule-builder-order-hint = Customers go to the first segment whose conditions they meet; the rest go to the last one.
rule-builder-add-segment = Add a segment
rule-builder-otherwise = Everyone else goes to
rule-builder-show = Show these segments
rule-builder-save = Save to my schemes
rule-builder-start-new = Start a new scheme

# A group of conditions.
rule-builder-no-condition = No condition yet: every customer matches.
rule-builder-combine = Combine conditions
rule-builder-all-of = All of these
rule-builder-any-of = Any of these
rule-builder-add-condition = + Condition
rule-builder-add-group = + Group
rule-builder-remove-condition = Remove this condition

# One condition: a figure, date or detail of the customer and what its value must be.
rule-builder-figures = Figures
rule-builder-dates = Dates
rule-builder-details = Details
rule-builder-feature = Feature
# Written between the feature and its lowest value, then its highest: "Orders from 2 to 5".
rule-builder-from = from
rule-builder-to = to
rule-builder-lowest = Lowest value
rule-builder-highest = Highest value
# Placeholder of an empty bound.
rule-builder-any = any
# The values the customers have: $from and $to are numbers or days (2024-01-31).
rule-builder-values = (values { $from } to { $to })
rule-builder-first-day = First day
rule-builder-last-day = Last day
rule-builder-operator = Operator
rule-builder-is-one-of = is one of
rule-builder-is-none-of = is none of
rule-builder-contains = contains
rule-builder-values-label = Values
rule-builder-text = Text
rule-builder-nobody-has = No customer has this figure.
# A figure the builder offers before any period was chosen; picking it names one.
rule-builder-spend-in-a-period = Spent in a period
# Above the select of the period the draft's spend in a period is counted over.
rule-builder-spend-period = Spend in a period counted over
rule-builder-spend-period-hint = Every condition on the spend in a period uses this period. Once these segments are shown, "{ tabs-value }" ranks over it too.
# The select's first option while a draft (a scheme file from before schemes named their
# period) names none.
rule-builder-spend-period-none = Choose a period…
# The live counts of a draft whose rules read the spend in a period while it names none.
rule-builder-counts-need-period = Choose the period the spend is counted over, below the rules, to count these segments.

rule-builder-live-counts = Live counts
rule-builder-column-segment = Segment
rule-builder-column-customers = Customers
rule-builder-column-share = Share
rule-builder-column-revenue = Revenue

rule-builder-my-schemes = My schemes
rule-builder-open = Open
rule-builder-duplicate = Duplicate
# The name of a scheme's copy.
rule-builder-copy-name = { $name } (copy)
rule-builder-download = Download
rule-builder-delete = Delete
rule-builder-saved-hint = Kept in this browser only. Download one to share it or use it in another browser; import it with "{ scheme-bar-import }" above.
