//! Cross-sell within a segment: what its customers buy together in one order, what they buy
//! next, and who bought one thing but never the other.
//!
//! Items are product categories when the file has them (fewer and easier to act on), else
//! products. For each pair the figures are the classic association-rule ones:
//! *support* (the share of the segment's orders, or order-to-next-order steps, holding the
//! pair), *confidence* (of those with the first item, the share with the second) and *lift*
//! (confidence over how common the second item is anyway: above 1 means they go together
//! more than chance).

use crate::reading::{Codes, Dictionary};
use crate::segmentation::scheme::Assignment;
use crate::shop::{Lines, Shop};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Pairs seen fewer times than this are noise, whatever their lift.
const MIN_PAIR_COUNT: usize = 2;

/// Pairs shown per list.
const PAIRS_SHOWN: usize = 5;

/// Items counted per order: a basket of more rarely says anything about pairs.
const MAX_ITEMS_PER_ORDER: usize = 40;

/// Two items that go together.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Affinity {
    /// The item bought first (or the one with fewer buyers, for items bought together).
    pub first: String,
    /// The item that goes with it.
    pub then: String,
    /// Orders (or steps) holding both.
    pub count: usize,
    /// `count` over all orders (or steps).
    pub support: f64,
    /// Of the orders (or steps) with `first`, the share with `then`.
    pub confidence: f64,
    /// Confidence over the share of all orders (or steps) with `then`.
    pub lift: f64,
}

/// Customers to offer `never` to: they bought `bought` but never `never`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// What they bought.
    pub bought: String,
    /// What they never bought.
    pub never: String,
    /// How many such customers the segment has.
    pub customers: usize,
}

/// Cross-sell ideas for one segment.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CrossSell {
    /// "category" or "product": what the items are.
    pub level: String,
    /// The segment's orders that name at least one item.
    pub orders: usize,
    /// Steps from one order to the same customer's next one.
    pub steps: usize,
    /// Items most often bought in the same order.
    pub together: Vec<Affinity>,
    /// Items most often bought in the order after another.
    pub next: Vec<Affinity>,
    /// Who to offer what, from the pairs above.
    pub targets: Vec<Target>,
}

/// The items of a shop's order lines: categories when there are several, else products.
struct Items<'a> {
    lines: &'a Lines,
    codes: &'a Codes,
    names: &'a Dictionary,
    by_category: bool,
}

impl<'a> Items<'a> {
    fn of(shop: &'a Shop) -> Option<Items<'a>> {
        let lines = shop.lines.as_ref()?;
        let by_category = lines.categories.len() >= 2;
        let (codes, names) = if by_category {
            (&lines.category, &lines.categories)
        } else if lines.products.len() >= 2 {
            (&lines.product, &lines.products)
        } else {
            return None;
        };
        Some(Items {
            lines,
            codes,
            names,
            by_category,
        })
    }

    /// The distinct items of order `o`, sorted.
    fn of_order(&self, o: usize) -> Vec<u32> {
        let mut items = Vec::new();
        self.fill_basket(o, &mut items);
        items
    }

    /// `basket` made the distinct items of order `o`, sorted: for a pass over every order
    /// that reuses one buffer.
    fn fill_basket(&self, o: usize, basket: &mut Vec<u32>) {
        basket.clear();
        basket.extend(
            self.lines
                .of_order(o)
                .map(|l| self.codes.get(l))
                .filter(|&i| i != 0),
        );
        basket.sort_unstable();
        basket.dedup();
        basket.truncate(MAX_ITEMS_PER_ORDER);
    }

    /// Whether every order has one line, so no two items share an order.
    fn one_line_each(&self) -> bool {
        self.lines.start.is_empty()
    }

    fn name(&self, item: u32) -> String {
        self.names.get(item).to_string()
    }
}

/// Cross-sell ideas among the customers `members`; `None` when the file names no products
/// or categories.
pub fn cross_sell(shop: &Shop, members: &[usize]) -> Option<CrossSell> {
    let items = Items::of(shop)?;
    let mut in_segment = vec![false; shop.customers.len()];
    for &c in members {
        in_segment[c] = true;
    }
    // The segment's orders, customer by customer in date order.
    let mut orders: Vec<(u32, crate::basics::calendar::Date, usize)> = (0..shop.orders.len())
        .filter(|&o| in_segment[shop.orders.customer[o] as usize])
        .map(|o| (shop.orders.customer[o], shop.orders.date[o], o))
        .collect();
    orders.sort_unstable();
    let baskets: Vec<(u32, Vec<u32>)> = orders
        .iter()
        .map(|&(c, _, o)| (c, items.of_order(o)))
        .filter(|(_, basket)| !basket.is_empty())
        .collect();

    let together = {
        let mut counts = Counts::default();
        for (_, basket) in &baskets {
            counts.events += 1;
            for (i, &a) in basket.iter().enumerate() {
                *counts.first.entry(a).or_default() += 1;
                *counts.then.entry(a).or_default() += 1;
                for &b in &basket[i + 1..] {
                    *counts.pairs.entry((a, b)).or_default() += 1;
                }
            }
        }
        counts
    };
    let next = {
        let mut counts = Counts::default();
        for step in baskets.windows(2).filter(|w| w[0].0 == w[1].0) {
            let (before, after) = (&step[0].1, &step[1].1);
            counts.events += 1;
            for &a in before {
                *counts.first.entry(a).or_default() += 1;
            }
            for &b in after {
                *counts.then.entry(b).or_default() += 1;
                for &a in before.iter().filter(|&&a| a != b) {
                    *counts.pairs.entry((a, b)).or_default() += 1;
                }
            }
        }
        counts
    };

    let together_pairs = together.affinities(&items, true);
    let next_pairs = next.affinities(&items, false);
    let targets = together_pairs
        .iter()
        .chain(&next_pairs)
        .map(|a| Target {
            bought: a.first.clone(),
            never: a.then.clone(),
            customers: 0,
        })
        .fold(Vec::<Target>::new(), |mut out, t| {
            if !out
                .iter()
                .any(|o| o.bought == t.bought && o.never == t.never)
            {
                out.push(t);
            }
            out
        })
        .into_iter()
        .take(PAIRS_SHOWN)
        .map(|mut t| {
            t.customers = bought_but_never(shop, members, &t.bought, &t.never).len();
            t
        })
        .filter(|t| t.customers > 0)
        .collect();
    Some(CrossSell {
        level: if items.by_category {
            "category"
        } else {
            "product"
        }
        .into(),
        orders: together.events,
        steps: next.events,
        together: together_pairs,
        next: next_pairs,
        targets,
    })
}

/// Each segment's two items most often bought in the same order (at least
/// [`MIN_PAIR_ORDERS`] times), in one pass over the orders; `None` for a segment without
/// such a pair, and for every segment when the file names no products or categories.
pub fn strongest_pairs(shop: &Shop, assignment: &Assignment) -> Vec<Option<(String, String)>> {
    let segments = assignment.segments.len();
    let Some(items) = Items::of(shop).filter(|items| !items.one_line_each()) else {
        return vec![None; segments];
    };
    let mut counts: HashMap<(u16, u32, u32), u32> = HashMap::new();
    let mut basket = Vec::new();
    for o in 0..shop.orders.len() {
        items.fill_basket(o, &mut basket);
        if basket.len() < 2 {
            continue;
        }
        let segment = assignment.of_customer[shop.orders.customer[o] as usize];
        for (i, &a) in basket.iter().enumerate() {
            for &b in &basket[i + 1..] {
                *counts.entry((segment, a, b)).or_default() += 1;
            }
        }
    }
    let mut best: Vec<Option<(u32, u32, u32)>> = vec![None; segments];
    for ((segment, a, b), n) in counts {
        let slot = &mut best[usize::from(segment)];
        // The most orders; on a tie, the pair named first in the file.
        let better = slot.is_none_or(|(m, x, y)| n > m || (n == m && (a, b) < (x, y)));
        if n >= MIN_PAIR_ORDERS && better {
            *slot = Some((n, a, b));
        }
    }
    best.into_iter()
        .map(|p| p.map(|(_, a, b)| (items.name(a), items.name(b))))
        .collect()
}

/// The fewest orders a pair must share to be named in a segment's campaign.
pub const MIN_PAIR_ORDERS: u32 = 3;

/// The customers of `members` who bought `bought` but never `never`, in `members` order.
pub fn bought_but_never(shop: &Shop, members: &[usize], bought: &str, never: &str) -> Vec<usize> {
    let Some(items) = Items::of(shop) else {
        return Vec::new();
    };
    // An item the file does not name was bought by nobody.
    let Some(bought) = items.names.find(bought).filter(|&code| code != 0) else {
        return Vec::new();
    };
    let never = items.names.find(never).filter(|&code| code != 0);
    // 1: bought `bought`; 2: bought `never`.
    let mut seen = vec![0u8; shop.customers.len()];
    let mut in_segment = vec![false; shop.customers.len()];
    for &c in members {
        in_segment[c] = true;
    }
    for o in 0..shop.orders.len() {
        let c = shop.orders.customer[o] as usize;
        if !in_segment[c] {
            continue;
        }
        for l in items.lines.of_order(o) {
            let item = items.codes.get(l);
            if item == bought {
                seen[c] |= 1;
            }
            if Some(item) == never {
                seen[c] |= 2;
            }
        }
    }
    members.iter().copied().filter(|&c| seen[c] == 1).collect()
}

/// Occurrences of items and pairs over events (orders, or steps between orders).
#[derive(Default)]
struct Counts {
    events: usize,
    /// Events holding the item on the first side.
    first: HashMap<u32, usize>,
    /// Events holding the item on the second side.
    then: HashMap<u32, usize>,
    pairs: HashMap<(u32, u32), usize>,
}

impl Counts {
    /// The strongest pairs, by lift then count. `unordered` pairs (bought together) are
    /// turned so `first` is the item with fewer orders: its buyers are the ones to offer the
    /// other to.
    fn affinities(&self, items: &Items, unordered: bool) -> Vec<Affinity> {
        let n = self.events as f64;
        let min = MIN_PAIR_COUNT.max(self.events / 100);
        let mut out: Vec<Affinity> = self
            .pairs
            .iter()
            .filter(|&(_, &count)| count >= min)
            .map(|(&(a, b), &count)| {
                let (a, b) = if unordered && self.first[&b] < self.first[&a] {
                    (b, a)
                } else {
                    (a, b)
                };
                let confidence = count as f64 / self.first[&a] as f64;
                Affinity {
                    first: items.name(a),
                    then: items.name(b),
                    count,
                    support: count as f64 / n,
                    confidence,
                    lift: confidence / (self.then[&b] as f64 / n),
                }
            })
            .filter(|a| a.lift > 1.0)
            .collect();
        out.sort_by(|x, y| {
            y.lift
                .total_cmp(&x.lift)
                .then(y.count.cmp(&x.count))
                .then_with(|| (&x.first, &x.then).cmp(&(&y.first, &y.then)))
        });
        out.truncate(PAIRS_SHOWN);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::shop::bind;

    /// Eight orders of five customers over categories Tea, Cups and Honey.
    fn shop() -> Shop {
        let csv = "order_id,customer_id,order_date,amount,category\n\
                   1,c1,2026-01-01,10,Tea\n1,c1,2026-01-01,5,Cups\n\
                   2,c2,2026-01-02,10,Tea\n2,c2,2026-01-02,5,Cups\n\
                   3,c3,2026-01-03,10,Tea\n3,c3,2026-01-03,4,Honey\n\
                   4,c4,2026-01-04,5,Cups\n\
                   5,c1,2026-02-01,4,Honey\n\
                   6,c2,2026-02-02,4,Honey\n\
                   7,c5,2026-01-05,4,Honey\n\
                   8,c5,2026-02-05,10,Tea\n";
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        bind(&table, &propose_mapping(&table)).unwrap()
    }

    #[test]
    fn support_confidence_and_lift_by_hand() {
        let shop = shop();
        let everyone: Vec<usize> = (0..shop.customers.len()).collect();
        let x = cross_sell(&shop, &everyone).unwrap();
        assert_eq!(x.level, "category");
        assert_eq!((x.orders, x.steps), (8, 3));
        // Together: Tea in 4 orders, Cups in 3, Honey in 4; Tea+Cups in 2 of 8.
        // Lift = (2/3) / (4/8) = 1.333, with Cups (fewer orders) first. Tea+Honey is in one
        // order only: below the two-order minimum.
        assert_eq!(x.together.len(), 1);
        let tc = &x.together[0];
        assert_eq!(
            (tc.first.as_str(), tc.then.as_str(), tc.count),
            ("Cups", "Tea", 2)
        );
        assert!((tc.support - 0.25).abs() < 1e-12);
        assert!((tc.confidence - 2.0 / 3.0).abs() < 1e-12);
        assert!((tc.lift - (2.0 / 3.0) / (4.0 / 8.0)).abs() < 1e-12);
        // Next: steps c1 {Cups,Tea}→{Honey}, c2 {Cups,Tea}→{Honey}, c5 {Honey}→{Tea}.
        // Tea→Honey: 2 of the 2 steps starting with Tea; Honey follows in 2 of 3 steps:
        // lift = 1 / (2/3) = 1.5. Cups→Honey is the same.
        let pairs: Vec<(&str, &str, usize)> = x
            .next
            .iter()
            .map(|a| (a.first.as_str(), a.then.as_str(), a.count))
            .collect();
        assert_eq!(pairs, [("Cups", "Honey", 2), ("Tea", "Honey", 2)]);
        assert!((x.next[0].lift - 1.5).abs() < 1e-12);
        // Bought Cups but never Tea: c4 only.
        assert_eq!(x.targets[0].bought, "Cups");
        assert_eq!(x.targets[0].customers, 1);
        let c4 = shop.customers.position("c4").unwrap();
        assert_eq!(bought_but_never(&shop, &everyone, "Cups", "Tea"), [c4]);
        // Everyone who bought Tea (c1, c2, c3, c5) also bought Honey at some point.
        assert!(bought_but_never(&shop, &everyone, "Tea", "Honey").is_empty());
    }

    #[test]
    fn files_without_products_have_no_cross_sell() {
        let csv = "order_id,customer_id,order_date,amount\n1,a,2026-01-01,10\n";
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        assert_eq!(cross_sell(&shop, &[0]), None);
    }
}
