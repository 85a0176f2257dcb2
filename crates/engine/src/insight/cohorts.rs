//! Orders → retention by cohort: customers grouped by the week, month or quarter of their
//! first order, and for each later period the share of the cohort who bought in it and the
//! revenue per cohort customer (the familiar triangle).

use crate::basics::calendar::Date;
use crate::basics::money::Units;
use crate::shop::Shop;
use segmenter_words::{Arg, Key, Language};
use serde::{Deserialize, Serialize};

/// How long a cohort's period is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum CohortPeriod {
    /// Weeks, Monday to Sunday.
    Week,
    /// Calendar months.
    #[default]
    Month,
    /// Calendar quarters.
    Quarter,
}

impl CohortPeriod {
    /// How many of the latest cohorts are shown: a triangle that still reads at a glance.
    pub fn shown(self) -> usize {
        match self {
            CohortPeriod::Week => 26,
            CohortPeriod::Month => 24,
            CohortPeriod::Quarter => 16,
        }
    }

    /// The period a day falls in, numbered so consecutive periods differ by one.
    fn index(self, day: Date) -> i32 {
        let (y, m, _) = day.ymd();
        match self {
            // 1970-01-05 was a Monday.
            CohortPeriod::Week => (day.0 - 4).div_euclid(7),
            CohortPeriod::Month => y * 12 + m as i32 - 1,
            CohortPeriod::Quarter => y * 4 + (m as i32 - 1) / 3,
        }
    }

    /// The first day of period `index`.
    fn start(self, index: i32) -> Date {
        let month_start = |months: i32| {
            Date::from_ymd(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)
                .unwrap_or(Date(0))
        };
        match self {
            CohortPeriod::Week => Date(index * 7 + 4),
            CohortPeriod::Month => month_start(index),
            CohortPeriod::Quarter => month_start(index * 3),
        }
    }

    /// The period's name as the page shows it: "Week of 3 March 2025", "March 2025", "Q1 2025".
    fn label(self, index: i32, language: Language) -> String {
        let (y, m, d) = self.start(index).ymd();
        // Years are names here, never grouped: "2025", not "2,025".
        let year = ("year", Arg::from(y.to_string()));
        match self {
            CohortPeriod::Week => language.text(
                Key::InsightCohortWeek,
                &[("day", language.date(y, m, d).into())],
            ),
            CohortPeriod::Month => language.text(
                Key::InsightCohortMonth,
                &[("month", language.month(m).into()), year],
            ),
            CohortPeriod::Quarter => language.text(
                Key::InsightCohortQuarter,
                &[("quarter", Arg::Count(u64::from((m - 1) / 3 + 1))), year],
            ),
        }
    }
}

/// The customers who first bought in one period, and what they did after.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cohort {
    /// The period, in words.
    pub label: String,
    /// Its first day.
    pub start: Date,
    /// Customers whose first order fell in it.
    pub size: usize,
    /// `bought[k]`: cohort customers with an order `k` periods after their first (`bought[0]`
    /// is everyone); up to the period of the reference date.
    pub bought: Vec<usize>,
    /// `revenue[k]`: the cohort's revenue `k` periods after their first, net of the refunds
    /// made in that period.
    pub revenue: Vec<f64>,
}

/// Retention by cohort.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cohorts {
    /// The period length.
    pub period: CohortPeriod,
    /// The latest cohorts, oldest first.
    pub cohorts: Vec<Cohort>,
    /// Earlier cohorts not shown.
    pub earlier: usize,
    /// Whether the last period is cut short by the reference date.
    pub last_partial: bool,
}

/// Each customer's cohort (period index of their first order), `None` without orders.
fn first_periods(shop: &Shop, period: CohortPeriod) -> Vec<Option<i32>> {
    let mut first: Vec<Option<Date>> = vec![None; shop.customers.len()];
    for (&c, &day) in shop.orders.customer.iter().zip(&shop.orders.date) {
        let f = &mut first[c as usize];
        if f.is_none_or(|d| day < d) {
            *f = Some(day);
        }
    }
    first
        .into_iter()
        .map(|d| d.map(|d| period.index(d)))
        .collect()
}

/// Retention by cohort of `shop`'s orders (which stop before `reference`), the cohorts named
/// in `language`.
pub fn cohorts(shop: &Shop, reference: Date, period: CohortPeriod, language: Language) -> Cohorts {
    let first = first_periods(shop, period);
    let last_day = reference.plus_days(-1);
    let last = period.index(last_day);
    let Some(oldest) = first.iter().flatten().min().copied() else {
        return Cohorts {
            period,
            cohorts: Vec::new(),
            earlier: 0,
            last_partial: false,
        };
    };
    let span = (last - oldest + 1).max(0) as usize;
    let mut sizes = vec![0usize; span];
    for p in first.iter().flatten() {
        sizes[(p - oldest) as usize] += 1;
    }
    // Each customer counts once per period they bought in: orders come in file order, so
    // the last period seen per customer is remembered to skip a second order in it.
    let mut seen: Vec<i32> = vec![i32::MIN; shop.customers.len()];
    let mut bought: Vec<Vec<usize>> = (0..span).map(|i| vec![0; span - i]).collect();
    // Revenue in exact units, written as amounts once summed.
    let mut revenue: Vec<Vec<Units>> = (0..span).map(|i| vec![Units(0); span - i]).collect();
    let mut per_customer: Vec<(u32, i32, Units)> = shop
        .orders
        .customer
        .iter()
        .zip(&shop.orders.date)
        .zip(&shop.orders.amount)
        .map(|((&c, &d), &a)| (c, period.index(d), Units::of(a)))
        .collect();
    per_customer.sort_unstable_by_key(|&(c, p, _)| (c, p));
    for (c, p, amount) in per_customer {
        let Some(f) = first[c as usize] else { continue };
        let (cohort, k) = ((f - oldest) as usize, (p - f) as usize);
        if k >= bought[cohort].len() {
            continue;
        }
        revenue[cohort][k] += amount;
        if seen[c as usize] != p {
            seen[c as usize] = p;
            bought[cohort][k] += 1;
        }
    }
    // Refunds made as rows of their own are taken from the period they were made in, as
    // spend in a period nets them: a cohort's revenue adds up to its customers' spend.
    let refunds = &shop.customers.refunds;
    for r in 0..refunds.len() {
        let c = refunds.customer[r] as usize;
        let Some(f) = first.get(c).copied().flatten() else {
            continue;
        };
        let p = period.index(refunds.date[r]);
        if let Some(cell) = (p >= f)
            .then(|| revenue[(f - oldest) as usize].get_mut((p - f) as usize))
            .flatten()
        {
            *cell = *cell - Units::of(refunds.amount[r]);
        }
    }
    let shown = period.shown().min(span);
    let cohorts = (span - shown..span)
        .map(|i| Cohort {
            label: period.label(oldest + i as i32, language),
            start: period.start(oldest + i as i32),
            size: sizes[i],
            bought: std::mem::take(&mut bought[i]),
            revenue: revenue[i].iter().map(|u| u.amount()).collect(),
        })
        .collect();
    Cohorts {
        period,
        cohorts,
        earlier: span - shown,
        last_partial: period.index(reference) == last,
    }
}

/// The customers of cohort `start` (its first day, as in [`Cohort::start`]) who bought
/// `after` periods after their first: every cohort customer when `after` is 0.
pub fn cohort_members(shop: &Shop, period: CohortPeriod, start: Date, after: usize) -> Vec<usize> {
    let first = first_periods(shop, period);
    let cohort = period.index(start);
    let target = cohort + after as i32;
    let mut members: Vec<usize> = shop
        .orders
        .customer
        .iter()
        .zip(&shop.orders.date)
        .filter(|(&c, &d)| first[c as usize] == Some(cohort) && period.index(d) == target)
        .map(|(&c, _)| c as usize)
        .collect();
    members.sort_unstable();
    members.dedup();
    members
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::shop::bind;

    fn shop(csv: &str) -> Shop {
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        bind(&table, &propose_mapping(&table)).unwrap()
    }

    #[test]
    fn retention_counts_each_customer_once_per_later_month() {
        // January cohort: A, B, C. A buys again twice in February and once in March; B in
        // March. February cohort: D, who buys again in March.
        let s = shop(
            "customer_id,order_date,amount\n\
             A,2025-01-05,10\nB,2025-01-20,20\nC,2025-01-31,30\n\
             A,2025-02-03,5\nA,2025-02-20,5\nD,2025-02-10,40\n\
             A,2025-03-01,7\nB,2025-03-15,8\nD,2025-03-31,9\n",
        );
        let reference = Date::from_ymd(2025, 4, 1).unwrap();
        let c = cohorts(&s, reference, CohortPeriod::Month, Language::English);
        assert_eq!(c.cohorts.len(), 3);
        let jan = &c.cohorts[0];
        assert_eq!((jan.label.as_str(), jan.size), ("January 2025", 3));
        assert_eq!(jan.bought, [3, 1, 2]);
        assert_eq!(jan.revenue, [60.0, 10.0, 15.0]);
        let feb = &c.cohorts[1];
        assert_eq!((feb.size, feb.bought.clone()), (1, vec![1, 1]));
        assert_eq!(c.cohorts[2].size, 0);
        assert!(!c.last_partial);
        let march_of_january = cohort_members(&s, CohortPeriod::Month, jan.start, 2);
        assert_eq!(march_of_january.len(), 2);
    }

    #[test]
    fn a_refund_is_taken_from_the_revenue_of_the_month_it_was_made_in() {
        // A orders 100 in January and is refunded it in February; B's refund of 5 in March
        // is of an order the same month.
        let s = shop(
            "customer_id,order_date,amount\n\
             A,2025-01-10,100\nB,2025-01-12,20\nA,2025-02-05,-100\n\
             B,2025-03-02,15\nB,2025-03-20,-5\n",
        );
        let reference = Date::from_ymd(2025, 4, 1).unwrap();
        let c = cohorts(&s, reference, CohortPeriod::Month, Language::English);
        let jan = &c.cohorts[0];
        assert_eq!(jan.revenue, [120.0, -100.0, 10.0]);
        // A refund is not a purchase: nobody bought in February.
        assert_eq!(jan.bought, [2, 0, 1]);
        // The cohort's revenue is its customers' spend: A's 0 and B's 30.
        assert_eq!(jan.revenue.iter().sum::<f64>(), 30.0);
    }

    #[test]
    fn weeks_start_on_monday_and_quarters_are_named() {
        let monday = Date::from_ymd(2025, 3, 3).unwrap();
        let sunday = Date::from_ymd(2025, 3, 9).unwrap();
        let week = CohortPeriod::Week;
        assert_eq!(week.index(monday), week.index(sunday));
        assert_eq!(week.index(monday) + 1, week.index(sunday.plus_days(1)));
        assert_eq!(week.start(week.index(sunday)), monday);
        let english = Language::English;
        assert_eq!(
            week.label(week.index(sunday), english),
            "Week of 3 March 2025"
        );
        let q = CohortPeriod::Quarter;
        assert_eq!(
            q.label(q.index(Date::from_ymd(2025, 8, 31).unwrap()), english),
            "Q3 2025"
        );
        let german = Language::German;
        assert_eq!(
            week.label(week.index(sunday), german),
            "Woche vom 3. März 2025"
        );
        let month = CohortPeriod::Month;
        assert_eq!(month.label(month.index(sunday), german), "März 2025");
        assert_eq!(
            q.start(q.index(Date::from_ymd(2025, 8, 31).unwrap())),
            Date::from_ymd(2025, 7, 1).unwrap()
        );
    }
}
