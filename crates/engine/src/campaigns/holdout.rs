//! Holdout groups: the customers of a campaign's audience who are deliberately not sent it,
//! so the campaign's effect can be measured against them later.
//!
//! The split is random but reproducible: each customer's place in the draw is a hash of the
//! campaign's name, the segment's name and the customer's identifier, so the same campaign
//! exported twice (or on another machine) holds out exactly the same customers, and a
//! different campaign to the same segment holds out different ones.

use crate::basics::random::stable_hash;

/// The default share of an audience held out.
pub const DEFAULT_HOLDOUT: f64 = 0.10;

/// An audience split into the customers who get the campaign and those held out.
#[derive(Clone, Debug, PartialEq)]
pub struct Split {
    /// Customers sent the campaign, in the audience's order.
    pub treated: Vec<usize>,
    /// Customers held out, in the audience's order.
    pub holdout: Vec<usize>,
}

/// The share of an audience held out when `share` is asked for: 0–0.5, and the default
/// for a share that is not a number.
pub fn bounded_share(share: f64) -> f64 {
    if share.is_finite() {
        share.clamp(0.0, 0.5)
    } else {
        DEFAULT_HOLDOUT
    }
}

/// How many of an audience of `audience` customers are held out when `share` is asked
/// for: [`bounded_share`] of them, rounded to the nearest customer. The one count the
/// split, the plan before it and the holdout suggested for an expected uplift all use, so
/// that what the page plans is what the list holds out.
///
/// ```
/// use segmenter_engine::campaigns::holdout::held_out_count;
/// assert_eq!(held_out_count(40, 0.1), 4);
/// // 50 × 0.29 is 14.499… in floating point: 14, as the list holds out.
/// assert_eq!(held_out_count(50, 0.29), 14);
/// assert_eq!(held_out_count(7, 0.5), 4);
/// assert_eq!(held_out_count(100, 2.0), 50);
/// ```
pub fn held_out_count(audience: usize, share: f64) -> usize {
    (audience as f64 * bounded_share(share)).round() as usize
}

/// Splits `audience` (customers with identifiers `key(c)`) for `campaign` to `segment`,
/// holding out `share` (0–0.5) of it, rounded to the nearest customer.
///
/// ```
/// use segmenter_engine::campaigns::holdout::holdout_split;
/// let keys = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
/// let split = holdout_split(&(0..10).collect::<Vec<_>>(), |c| keys[c], "Spring", "Champions", 0.2);
/// assert_eq!((split.treated.len(), split.holdout.len()), (8, 2));
/// assert_eq!(split, holdout_split(&(0..10).collect::<Vec<_>>(), |c| keys[c], "Spring", "Champions", 0.2));
/// ```
pub fn holdout_split<'a>(
    audience: &[usize],
    key: impl Fn(usize) -> &'a str,
    campaign: &str,
    segment: &str,
    share: f64,
) -> Split {
    let held = held_out_count(audience.len(), share);
    // Draw order: the hash, then the identifier, so ties (vanishingly rare) are stable too.
    let mut draw: Vec<(u64, &str, usize)> = audience
        .iter()
        .map(|&c| (stable_hash(&[campaign, segment, key(c)]), key(c), c))
        .collect();
    draw.sort_unstable();
    let mut is_held = std::collections::HashSet::with_capacity(held);
    is_held.extend(draw.iter().take(held).map(|&(_, _, c)| c));
    let (holdout, treated) = audience.iter().partition(|c| is_held.contains(c));
    Split { treated, holdout }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("customer-{i}")).collect()
    }

    #[test]
    fn the_same_campaign_holds_out_the_same_customers_whatever_the_order() {
        let keys = keys(1000);
        let audience: Vec<usize> = (0..1000).collect();
        let mut shuffled = audience.clone();
        shuffled.reverse();
        let a = holdout_split(&audience, |c| &keys[c], "Win-back", "At Risk", 0.1);
        let mut b = holdout_split(&shuffled, |c| &keys[c], "Win-back", "At Risk", 0.1);
        b.holdout.sort_unstable();
        assert_eq!(a.holdout.len(), 100);
        assert_eq!(a.treated.len(), 900);
        assert_eq!(a.holdout, b.holdout);
    }

    #[test]
    fn another_campaign_or_segment_draws_other_customers() {
        let keys = keys(1000);
        let audience: Vec<usize> = (0..1000).collect();
        let a = holdout_split(&audience, |c| &keys[c], "Win-back", "At Risk", 0.1);
        let b = holdout_split(&audience, |c| &keys[c], "Win-back 2", "At Risk", 0.1);
        let c = holdout_split(&audience, |c| &keys[c], "Win-back", "Hibernating", 0.1);
        // Independent draws of 100 from 1,000 share about 10 customers, never most of them.
        let shared =
            |x: &Split, y: &Split| x.holdout.iter().filter(|c| y.holdout.contains(c)).count();
        assert!(shared(&a, &b) < 30, "{}", shared(&a, &b));
        assert!(shared(&a, &c) < 30, "{}", shared(&a, &c));
    }

    #[test]
    fn shares_are_bounded_and_rounded() {
        let keys = keys(7);
        let audience: Vec<usize> = (0..7).collect();
        let split = |share| {
            holdout_split(&audience, |c| &keys[c], "C", "S", share)
                .holdout
                .len()
        };
        assert_eq!(split(0.0), 0);
        assert_eq!(split(0.1), 1);
        assert_eq!(split(0.9), 4, "at most half is held out");
        assert_eq!(split(f64::NAN), 1, "the default 10%");
    }
}
