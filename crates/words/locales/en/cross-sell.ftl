# Cross-sell ideas for the selected segment (cross_sell.rs): what its customers buy together
# and next, and who to offer what. Product and category names come from the merchant's file.

cross-sell-title = Cross-sell ideas
cross-sell-no-items = The file names no products or categories, so there is nothing to cross-sell from. Map a product or category column to see what goes together.
# $level is "product" or "category": what the file's items are.
cross-sell-nothing = No { $level ->
    [category] category
   *[product] product
} goes with another more often than chance in this segment's { $count ->
    [one] { $count } order
   *[other] { $count } orders
} yet.
cross-sell-target = Bought { $bought } but never { $never }: { $count ->
    [one] { $count } customer
   *[other] { $count } customers
}
# Saves the list of those customers.
cross-sell-download = Download list
cross-sell-who = Who to offer what
# The captions of the two tables.
cross-sell-together = Bought together in one order (of { $count ->
    [one] { $count } order
   *[other] { $count } orders
})
cross-sell-next = Bought next, in the following order (of { $count ->
    [one] { $count } repeat order
   *[other] { $count } repeat orders
})
# A pair of items in the tables: bought in the same order, or one in the order after the other.
cross-sell-with = { $first } with { $then }
cross-sell-then = { $first } then { $then }
# Table headings, with the hint shown on pointing at them.
cross-sell-items = Items
cross-sell-times = Times
cross-sell-support = Support
cross-sell-support-hint = Share of all orders holding both
cross-sell-confidence = Confidence
cross-sell-confidence-hint = Of orders with the first item, the share with the second
cross-sell-lift = Lift
cross-sell-lift-hint = How much more often than chance: above 1 means they go together
