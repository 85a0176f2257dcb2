//! Where the money comes from: the top customers, who they are, and how concentrated
//! revenue is (the Pareto curve and "the top 20% of customers bring X% of revenue"), with
//! what each top customer buys and when, in the features' language.

use crate::basics::calendar::Date;
use crate::features::values::value_in_sentence;
use crate::features::{ids, FeatureTable};
use crate::roles::Role;
use crate::shop::Customers;
use segmenter_words::{Arg, Key};
use serde::{Deserialize, Serialize};

/// How many top customers are listed.
pub const TOP: usize = 10;
/// Points on the Pareto curve (one per percent of customers).
const CURVE_POINTS: usize = 100;

/// One of the top customers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TopCustomer {
    /// Identifier.
    pub id: String,
    /// Name (and company), when known.
    pub name: String,
    /// E-mail, when known.
    pub email: String,
    /// City, region, country as known.
    pub place: String,
    /// What they buy most, e.g. "Shoes (64% of spend)".
    pub buys: String,
    /// When they buy: first and last order, favourite month and weekday.
    pub when: String,
    /// Their spend in the period measured.
    pub spend: f64,
    /// Their orders.
    pub orders: Option<f64>,
}

/// How revenue is spread over customers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ValueView {
    /// What the spend is: "Total spent" or "Spent in 2024".
    pub measure: String,
    /// The best customers, by spend.
    pub top: Vec<TopCustomer>,
    /// Customers with positive spend.
    pub buyers: usize,
    /// Their spend.
    pub revenue: f64,
    /// Cumulative share of revenue by cumulative share of customers (best first):
    /// `curve[i]` is the share the top `(i + 1)%` bring.
    pub curve: Vec<f64>,
    /// The share of revenue the top 20% of customers bring.
    pub top_fifth_share: f64,
    /// The smallest share of customers that brings 80% of revenue.
    pub customers_for_80: f64,
}

/// The value view over the spend feature `spend_id` (lifetime or a period's spend).
pub fn value_view(features: &FeatureTable, customers: &Customers, spend_id: &str) -> ValueView {
    let spend = features.numbers(spend_id).unwrap_or_default();
    let mut buyers: Vec<usize> = (0..spend.len()).filter(|&c| spend[c] > 0.0).collect();
    // Ties keep the file's customer order, so the list is stable.
    buyers.sort_by(|&a, &b| spend[b].total_cmp(&spend[a]).then(a.cmp(&b)));
    let revenue: f64 = buyers.iter().map(|&c| spend[c]).sum();
    let mut running = 0.0;
    let cumulative: Vec<f64> = buyers
        .iter()
        .map(|&c| {
            running += spend[c];
            running / revenue
        })
        .collect();
    // The share the top `share` of customers bring, counting a fraction of a customer.
    let share_at = |share: f64| -> f64 {
        let exact = share * buyers.len() as f64;
        let whole = exact.floor() as usize;
        let before = if whole == 0 {
            0.0
        } else {
            cumulative[whole - 1]
        };
        let next = cumulative.get(whole).copied().unwrap_or(1.0);
        before + (next - before) * exact.fract()
    };
    let curve: Vec<f64> = if buyers.is_empty() {
        Vec::new()
    } else {
        (1..=CURVE_POINTS)
            .map(|i| share_at(i as f64 / CURVE_POINTS as f64))
            .collect()
    };
    let customers_for_80 = cumulative
        .iter()
        .position(|&s| s >= 0.8 - 1e-12)
        .map_or(0.0, |i| (i + 1) as f64 / buyers.len() as f64);
    let top = buyers
        .iter()
        .take(TOP)
        .map(|&c| top_customer(features, customers, c, spend[c]))
        .collect();
    ValueView {
        measure: features
            .get(spend_id)
            .map_or(spend_id.to_string(), |f| f.label.clone()),
        top,
        buyers: buyers.len(),
        revenue,
        top_fifth_share: if buyers.is_empty() {
            0.0
        } else {
            share_at(0.2)
        },
        curve,
        customers_for_80,
    }
}

fn top_customer(
    features: &FeatureTable,
    customers: &Customers,
    c: usize,
    spend: f64,
) -> TopCustomer {
    let text = |id: &str| {
        features
            .get(id)
            .map(|f| f.text(c))
            .filter(|t| !t.is_empty())
    };
    let number = |id: &str| features.numbers(id).map(|v| v[c]).filter(|v| !v.is_nan());
    // Written in the features' language (days too); the favourite month and weekday as a
    // sentence writes them, though the features hold them in English.
    let language = features.language;
    let date = |id: &str| number(id).map(|d| Date(d as i32).written(language));
    let words = |key, args: &[(&str, Arg)]| language.text(key, args);
    let buys = match (text(ids::TOP_CATEGORY), number(ids::TOP_CATEGORY_SHARE)) {
        (Some(cat), Some(share)) => words(
            Key::ValueBuys,
            &[
                ("category", cat.as_str().into()),
                ("share", language.percent_to(share, 0).into()),
            ],
        ),
        (Some(cat), None) => cat,
        _ => String::new(),
    };
    let mut when = Vec::new();
    match (date(ids::FIRST_ORDER), date(ids::LAST_ORDER)) {
        (Some(first), Some(last)) if first == last => {
            when.push(words(Key::ValueOrderedOnce, &[("day", last.into())]));
        }
        (Some(first), Some(last)) => when.push(words(
            Key::ValueOrderedBetween,
            &[("first", first.into()), ("last", last.into())],
        )),
        (None, Some(last)) => when.push(words(Key::ValueLastOrder, &[("day", last.into())])),
        _ => {}
    }
    if let Some(month) = text(ids::MONTH) {
        let month = value_in_sentence(ids::MONTH, &month, language);
        when.push(words(Key::ValueMostlyIn, &[("month", month.into())]));
    }
    if let Some(day) = text(ids::WEEKDAY) {
        let day = value_in_sentence(ids::WEEKDAY, &day, language);
        when.push(words(Key::ValueMostlyOn, &[("weekday", day.into())]));
    }
    TopCustomer {
        id: customers.key(c).to_string(),
        name: customers.display_name(c),
        email: customers.text_of(Role::Email, c).unwrap_or("").to_string(),
        place: customers.place(c),
        buys,
        when: when.join(", "),
        spend,
        orders: number(ids::FREQUENCY),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::compute_features;
    use crate::reading::{read_table, ReadOptions};
    use crate::roles::propose_mapping;
    use crate::shop::bind;

    #[test]
    fn hand_computed_concentration_and_top_list() {
        // Spend: A 60, B 20, C 10, D 5, E 5 (total 100). The top 20% (one customer) bring
        // 60%; 80% needs A and B, 40% of customers. The top 10% is half of A: 30%.
        let csv = "customer_id,name,city,order_date,amount,category\n\
            A,Ann,Lyon,2024-01-05,40,Shoes\nA,Ann,Lyon,2024-03-01,20,Bags\n\
            B,Ben,,2024-02-01,20,Bags\nC,,,2024-02-02,10,Bags\nD,,,2024-02-03,5,Hats\n\
            E,,,2024-02-04,5,Hats\n";
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let features = compute_features(&shop, Date::from_ymd(2024, 3, 2).unwrap());
        let v = value_view(&features, &shop.customers, ids::MONETARY);
        assert_eq!(v.buyers, 5);
        assert_eq!(v.revenue, 100.0);
        assert!((v.top_fifth_share - 0.6).abs() < 1e-12);
        assert!((v.customers_for_80 - 0.4).abs() < 1e-12);
        assert!((v.curve[9] - 0.3).abs() < 1e-12, "{}", v.curve[9]);
        assert!((v.curve[99] - 1.0).abs() < 1e-12);
        let ann = &v.top[0];
        assert_eq!(
            (ann.id.as_str(), ann.name.as_str(), ann.place.as_str()),
            ("A", "Ann", "Lyon")
        );
        assert_eq!(ann.buys, "Shoes (67% of spend)");
        assert!(
            ann.when.starts_with("5 January 2024 to 1 March 2024"),
            "{}",
            ann.when
        );
        assert_eq!(ann.orders, Some(2.0));
        assert_eq!(
            v.top.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            vec!["A", "B", "C", "D", "E"]
        );
    }

    #[test]
    fn the_top_customers_habits_in_french_and_german() {
        use crate::features::{add_detail_features, order_features, FeatureOptions};
        use segmenter_words::Language;
        // A: two orders in March 2024, a Friday (1st) and a Saturday (9th); Tea 30 of 40.
        let csv = "customer_id,order_date,amount,category\n\
            A,2024-03-01,30,Tea\nA,2024-03-01,10,Cups\nA,2024-03-09,0.5,Tea\n";
        let table = read_table(csv.as_bytes(), &ReadOptions::default()).unwrap();
        let shop = bind(&table, &propose_mapping(&table)).unwrap();
        let top = |language| {
            let options = FeatureOptions {
                language,
                ..FeatureOptions::default()
            };
            let reference = Date::from_ymd(2024, 4, 1).unwrap();
            let mut features = order_features(&shop, reference, &options);
            add_detail_features(&shop, reference, &mut features);
            value_view(&features, &shop.customers, ids::MONETARY).top[0].clone()
        };
        let english = top(Language::English);
        assert_eq!(english.buys, "Tea (75% of spend)");
        assert_eq!(
            english.when,
            "1 March 2024 to 9 March 2024, mostly in March, on Fridays"
        );
        let french = top(Language::French);
        assert_eq!(french.buys, "Tea (75\u{202f}% des dépenses)");
        assert_eq!(
            french.when,
            "du 1er mars 2024 au 9 mars 2024, surtout en mars, surtout le vendredi"
        );
        let german = top(Language::German);
        assert_eq!(
            german.when,
            "1. März 2024 bis 9. März 2024, meist im März, meist an einem Freitag"
        );
    }
}
