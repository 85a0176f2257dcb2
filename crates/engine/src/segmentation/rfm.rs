//! RFM: recency, frequency and monetary scores, and the standard named segments.
//!
//! Scores are features (`r_score`, `f_score`, `m_score`) and the named segments are an
//! ordinary [`Scheme`] over them, the widely published R×F grid, so the merchant can
//! inspect and edit RFM like any other scheme.

use crate::basics::money::Currency;
use crate::features::{ids, FeatureData, FeatureTable};
use crate::segmentation::scheme::{Condition, Rule, Scheme};
use crate::segmentation::scores::{scores, Cuts, ScoreMethod};
use segmenter_words::{Arg, Key, Language};
use serde::{Deserialize, Serialize};

/// How scores are computed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RfmOptions {
    /// Score points: 3, 4 or 5.
    pub points: u8,
    /// Recency scale (days since last order).
    pub recency: ScoreMethod,
    /// Frequency scale (orders).
    pub frequency: ScoreMethod,
    /// Monetary scale (total spent).
    pub monetary: ScoreMethod,
}

impl Default for RfmOptions {
    fn default() -> Self {
        RfmOptions {
            points: 5,
            recency: ScoreMethod::Quantiles,
            frequency: ScoreMethod::Quantiles,
            monetary: ScoreMethod::Quantiles,
        }
    }
}

/// The cut points used, and how many customers could be scored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RfmScales {
    /// Recency cuts (in days; the score is reversed).
    pub recency: Cuts,
    /// Frequency cuts (orders).
    pub frequency: Cuts,
    /// Monetary cuts.
    pub monetary: Cuts,
    /// Customers with at least one order and a last-order date.
    pub scored: usize,
    /// Customers without (only refunds, or a summary row with no orders).
    pub unscored: usize,
    /// Whether the file has last-order dates; without them there is no recency score.
    pub recency_known: bool,
}

/// Adds `r_score`, `f_score` and `m_score` to the features; customers without an order get
/// no score (and fall to the scheme's `otherwise` segment).
pub fn score_customers(features: &mut FeatureTable, options: &RfmOptions) -> RfmScales {
    let points = options.points.clamp(3, 5);
    let n = features.len;
    let recency = features
        .numbers(ids::RECENCY)
        .map(<[f64]>::to_vec)
        .unwrap_or_else(|| vec![f64::NAN; n]);
    let frequency = features
        .numbers(ids::FREQUENCY)
        .map(<[f64]>::to_vec)
        .unwrap_or_else(|| vec![f64::NAN; n]);
    let monetary = features
        .numbers(ids::MONETARY)
        .map(<[f64]>::to_vec)
        .unwrap_or_else(|| vec![f64::NAN; n]);
    // A customer list without order dates has no recency at all: score F and M anyway.
    let recency_known = recency.iter().any(|r| !r.is_nan());
    let eligible: Vec<bool> = (0..n)
        .map(|c| frequency[c] > 0.0 && (!recency[c].is_nan() || !recency_known))
        .collect();
    let only_eligible = |v: &[f64]| -> Vec<f64> {
        v.iter()
            .zip(&eligible)
            .map(|(&x, &e)| if e { x } else { f64::NAN })
            .collect()
    };
    let (r, f, m) = (
        only_eligible(&recency),
        only_eligible(&frequency),
        only_eligible(&monetary),
    );
    let cuts = |values: &[f64], method: &ScoreMethod| match method {
        ScoreMethod::Quantiles => Cuts::quantiles(values, points),
        ScoreMethod::Fixed(c) => Cuts::fixed(c.clone(), points),
    };
    let scales = RfmScales {
        recency: cuts(&r, &options.recency),
        frequency: cuts(&f, &options.frequency),
        monetary: cuts(&m, &options.monetary),
        scored: eligible.iter().filter(|&&e| e).count(),
        unscored: eligible.iter().filter(|&&e| !e).count(),
        recency_known,
    };
    let label = |key| features.language.text(key, &[]);
    let (r_label, f_label, m_label) = (
        label(Key::FeaturesRScore),
        label(Key::FeaturesFScore),
        label(Key::FeaturesMScore),
    );
    features.set(
        ids::R_SCORE,
        &r_label,
        FeatureData::Number(scores(&r, &scales.recency, true)),
    );
    features.set(
        ids::F_SCORE,
        &f_label,
        FeatureData::Number(scores(&f, &scales.frequency, false)),
    );
    features.set(
        ids::M_SCORE,
        &m_label,
        FeatureData::Number(scores(&m, &scales.monetary, false)),
    );
    scales
}

/// The standard RFM segments on a 5-point R×F grid, named in `language`; customers RFM
/// cannot score fall to "No order in this file". Every one of the 25 cells belongs to
/// exactly one segment (a test checks it).
pub fn standard_segments(language: Language) -> Scheme {
    let cell = |segment: Key, r: (f64, f64), f: (f64, f64)| Rule {
        segment: language.text(segment, &[]),
        when: Condition::all(vec![
            Condition::between(ids::R_SCORE, Some(r.0), Some(r.1)),
            Condition::between(ids::F_SCORE, Some(f.0), Some(f.1)),
        ]),
    };
    Scheme {
        name: language.text(Key::SchemesNameRfm, &[]),
        rules: vec![
            cell(Key::SchemesRfmChampions, (5., 5.), (4., 5.)),
            cell(Key::SchemesRfmLoyal, (3., 4.), (4., 5.)),
            cell(Key::SchemesRfmPotentialLoyalist, (4., 5.), (2., 3.)),
            cell(Key::SchemesRfmNew, (5., 5.), (1., 1.)),
            cell(Key::SchemesRfmPromising, (4., 4.), (1., 1.)),
            cell(Key::SchemesRfmNeedAttention, (3., 3.), (3., 3.)),
            cell(Key::SchemesRfmAboutToSleep, (3., 3.), (1., 2.)),
            cell(Key::SchemesRfmCantLose, (1., 2.), (5., 5.)),
            cell(Key::SchemesRfmAtRisk, (1., 2.), (3., 4.)),
            cell(Key::SchemesRfmHibernating, (1., 2.), (1., 2.)),
        ],
        otherwise: language.text(Key::SchemesRfmNotScored, &[]),
        period: None,
    }
}

/// Segments by value and loyalty, for customer lists without order dates (recency unknown):
/// an F×M grid, named in `language`; customers who have not ordered yet fall to "No order
/// yet". Every cell belongs to exactly one segment.
pub fn value_loyalty_segments(language: Language) -> Scheme {
    let cell = |segment: Key, f: (f64, f64), m: (f64, f64)| Rule {
        segment: language.text(segment, &[]),
        when: Condition::all(vec![
            Condition::between(ids::F_SCORE, Some(f.0), Some(f.1)),
            Condition::between(ids::M_SCORE, Some(m.0), Some(m.1)),
        ]),
    };
    Scheme {
        name: language.text(Key::SchemesNameValueLoyalty, &[]),
        rules: vec![
            cell(Key::SchemesValueBest, (4., 5.), (4., 5.)),
            cell(Key::SchemesValueLoyalRegulars, (4., 5.), (1., 3.)),
            cell(Key::SchemesValueBigSpenders, (1., 3.), (4., 5.)),
            cell(Key::SchemesValueRepeat, (2., 3.), (1., 3.)),
            cell(Key::SchemesValueOneTime, (1., 1.), (1., 3.)),
        ],
        otherwise: language.text(Key::SchemesValueNoOrderYet, &[]),
        period: None,
    }
}

/// The score cut points in sentences, in `language`: how scores are made, then each
/// measure's scores with the values they stand for.
pub fn explain(
    scales: &RfmScales,
    options: &RfmOptions,
    currency: &Currency,
    language: Language,
) -> Vec<String> {
    let points = Arg::Text(scales.recency.points.to_string().into());
    let how = match (&options.recency, &options.frequency, &options.monetary) {
        (ScoreMethod::Quantiles, ScoreMethod::Quantiles, ScoreMethod::Quantiles) => language.text(
            Key::ScoresQuantiles,
            &[
                ("points", points),
                ("count", Arg::Count(scales.scored as u64)),
            ],
        ),
        _ => language.text(Key::ScoresThresholds, &[("points", points)]),
    };
    let whole = |v: f64| format!("{v:.0}");
    let money = |v: f64| currency.format(v);
    let written = |key: Key, ranges: String| language.text(key, &[("ranges", ranges.into())]);
    let mut lines = vec![how];
    if scales.recency_known {
        let days = Unit {
            key: Key::ScoresDays,
            write: &whole,
            step: 1.0,
        };
        lines.push(written(
            Key::ScoresRecency,
            ranges(&scales.recency, true, &days, language),
        ));
    } else {
        lines.insert(0, language.text(Key::ScoresNoDates, &[]));
    }
    let orders = Unit {
        key: Key::ScoresOrders,
        write: &whole,
        step: 1.0,
    };
    lines.push(written(
        Key::ScoresFrequency,
        ranges(&scales.frequency, false, &orders, language),
    ));
    let spent = Unit {
        key: Key::ScoresAmount,
        write: &money,
        step: 0.0,
    };
    lines.push(written(
        Key::ScoresMonetary,
        ranges(&scales.monetary, false, &spent, language),
    ));
    lines
}

/// How a measure's values are written in its ranges.
struct Unit<'a> {
    /// The message that puts the unit to a value (`14 days`).
    key: Key,
    /// The value itself.
    write: &'a dyn Fn(f64) -> String,
    /// The gap between consecutive values (1 for whole numbers, 0 for money), so whole-number
    /// ranges read "15–45", not "14–45".
    step: f64,
}

/// "5 = up to 14 days, 4 = 15–45 days, …, 1 = 301 or more days".
fn ranges(cuts: &Cuts, reversed: bool, unit: &Unit, language: Language) -> String {
    let fmt = unit.write;
    let step = unit.step;
    // "1 order" but "2 orders": the unit's plural follows the last value of the range.
    let with_unit = |v: f64, text: String| {
        language.text(
            unit.key,
            &[("value", text.into()), ("count", Arg::Count(v as u64))],
        )
    };
    let text = |key: Key, args: &[(&str, Arg)]| language.text(key, args);
    let mut parts: Vec<(usize, String)> = cuts
        .ranges()
        .iter()
        .enumerate()
        .map(|(i, &(from, to))| {
            let range = match (from, to) {
                (None, None) => text(Key::ScoresAll, &[]),
                (None, Some(t)) if step > 0.0 && t <= 1.0 => with_unit(t, fmt(t)),
                (None, Some(t)) => with_unit(t, text(Key::ScoresUpTo, &[("value", fmt(t).into())])),
                (Some(f), None) if step > 0.0 => with_unit(
                    2.0,
                    text(Key::ScoresOrMore, &[("value", fmt(f + step).into())]),
                ),
                (Some(f), None) => text(Key::ScoresMoreThan, &[("value", fmt(f).into())]),
                (Some(f), Some(t)) if step > 0.0 && f + step == t => with_unit(t, fmt(t)),
                (Some(f), Some(t)) if step > 0.0 => with_unit(
                    t,
                    text(
                        Key::ScoresBetween,
                        &[("from", fmt(f + step).into()), ("to", fmt(t).into())],
                    ),
                ),
                (Some(f), Some(t)) => text(
                    Key::ScoresOverUpTo,
                    &[("from", fmt(f).into()), ("to", fmt(t).into())],
                ),
            };
            let score = if reversed {
                usize::from(cuts.points) - i
            } else {
                i + 1
            };
            (score, range)
        })
        .collect();
    parts.sort_by_key(|p| std::cmp::Reverse(p.0));
    parts
        .iter()
        .map(|(s, t)| format!("{s} = {t}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segmentation::grid::{grid_segments, GridAxes};
    use crate::segmentation::scheme::assign;

    #[test]
    fn every_cell_of_the_grid_maps_to_exactly_one_segment() {
        let scheme = standard_segments(Language::English);
        let grid =
            grid_segments(&scheme, 5, &GridAxes::recency_frequency(Language::English)).unwrap();
        for r in 1..=5u8 {
            for f in 1..=5u8 {
                let matching: Vec<&str> = scheme
                    .rules
                    .iter()
                    .filter(|rule| {
                        let mut t = FeatureTable {
                            len: 1,
                            ..FeatureTable::default()
                        };
                        t.set(ids::R_SCORE, "", FeatureData::Number(vec![f64::from(r)]));
                        t.set(ids::F_SCORE, "", FeatureData::Number(vec![f64::from(f)]));
                        crate::segmentation::scheme::mask(&rule.when, &t, "").unwrap()[0]
                    })
                    .map(|rule| rule.segment.as_str())
                    .collect();
                assert_eq!(matching.len(), 1, "R{r} F{f}: {matching:?}");
                assert_eq!(grid[usize::from(r - 1)][usize::from(f - 1)], matching[0]);
            }
        }
        assert_eq!(grid[4][4], "Champions");
        assert_eq!(grid[0][4], "Can't Lose Them");
        assert_eq!(grid[2][2], "Need Attention");
        assert_eq!(grid[3][0], "Promising");
        assert_eq!(grid[4][0], "New Customers");
    }

    #[test]
    fn the_published_grid_cell_by_cell() {
        let g = grid_segments(
            &standard_segments(Language::English),
            5,
            &GridAxes::recency_frequency(Language::English),
        )
        .unwrap();
        let expected = [
            // F1..F5 for R1
            [
                "Hibernating",
                "Hibernating",
                "At Risk",
                "At Risk",
                "Can't Lose Them",
            ],
            [
                "Hibernating",
                "Hibernating",
                "At Risk",
                "At Risk",
                "Can't Lose Them",
            ],
            [
                "About To Sleep",
                "About To Sleep",
                "Need Attention",
                "Loyal Customers",
                "Loyal Customers",
            ],
            [
                "Promising",
                "Potential Loyalist",
                "Potential Loyalist",
                "Loyal Customers",
                "Loyal Customers",
            ],
            [
                "New Customers",
                "Potential Loyalist",
                "Potential Loyalist",
                "Champions",
                "Champions",
            ],
        ];
        for r in 0..5 {
            assert_eq!(g[r], expected[r], "R{}", r + 1);
        }
    }

    #[test]
    fn the_value_and_loyalty_grid_covers_every_cell_once() {
        let scheme = value_loyalty_segments(Language::English);
        let grid =
            grid_segments(&scheme, 5, &GridAxes::spend_frequency(Language::English)).unwrap();
        assert!(grid.iter().flatten().all(|s| s != "No order yet"));
        assert_eq!(grid[4][4], "Best Customers");
        assert_eq!(grid[0][0], "One-Time Buyers");
        assert_eq!(grid[4][0], "Big Spenders");
        assert_eq!(grid[2][4], "Loyal Regulars");
        assert_eq!(grid[1][2], "Repeat Customers");
    }

    #[test]
    fn the_grids_in_french_and_spanish() {
        let g = grid_segments(
            &standard_segments(Language::French),
            5,
            &GridAxes::recency_frequency(Language::French),
        )
        .unwrap();
        assert_eq!(g[4][4], "Champions");
        assert_eq!(g[0][4], "À ne pas perdre");
        assert_eq!(g[0][0], "En hibernation");
        let scheme = value_loyalty_segments(Language::Spanish);
        assert_eq!(scheme.name, "Segmentos de valor y fidelidad");
        let g = grid_segments(&scheme, 5, &GridAxes::spend_frequency(Language::Spanish)).unwrap();
        assert_eq!(g[4][4], "Mejores clientes");
        assert_eq!(scheme.otherwise, "Aún sin pedidos");
    }

    #[test]
    fn customers_without_orders_are_not_scored() {
        let mut t = FeatureTable {
            len: 3,
            ..FeatureTable::default()
        };
        t.set(
            ids::RECENCY,
            "",
            FeatureData::Number(vec![5.0, f64::NAN, 40.0]),
        );
        t.set(ids::FREQUENCY, "", FeatureData::Number(vec![2.0, 0.0, 1.0]));
        t.set(
            ids::MONETARY,
            "",
            FeatureData::Number(vec![50.0, -10.0, 20.0]),
        );
        let scales = score_customers(&mut t, &RfmOptions::default());
        assert_eq!((scales.scored, scales.unscored), (2, 1));
        let r = t.numbers(ids::R_SCORE).unwrap();
        assert_eq!(r[0], 5.0);
        assert!(r[1].is_nan());
        let a = assign(&standard_segments(Language::English), &t).unwrap();
        assert_eq!(
            a.segments[usize::from(a.of_customer[1])],
            "No order in this file"
        );
    }

    #[test]
    fn explanations_quote_the_cut_points() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        let scales = RfmScales {
            recency: Cuts::quantiles(&v, 5),
            frequency: Cuts::quantiles(&[1., 1., 1., 2., 2., 3., 4., 6., 9., 12.], 5),
            monetary: Cuts::quantiles(&v, 5),
            scored: 100,
            unscored: 0,
            recency_known: true,
        };
        let text = explain(
            &scales,
            &RfmOptions::default(),
            &Currency::from_mark("EUR"),
            Language::English,
        );
        assert_eq!(
            text[1],
            "Recency (days since the last order): 5 = up to 20 days, 4 = 21–40 days, 3 = 41–60 days, 2 = 61–80 days, 1 = 81 or more days."
        );
        assert_eq!(text[2], "Frequency (orders): 5 = 7 or more orders, 4 = 4–6 orders, 3 = 3 orders, 2 = 2 orders, 1 = 1 order.");
        assert!(text[3].starts_with(
            "Monetary (total spent): 5 = more than €80.00, 4 = over €60.00 up to €80.00"
        ));
        let german = explain(
            &scales,
            &RfmOptions::default(),
            &Currency::from_mark("EUR").in_style(crate::basics::money::MoneyStyle::German),
            Language::German,
        );
        assert_eq!(german[2], "Häufigkeit (Bestellungen): 5 = 7 oder mehr Bestellungen, 4 = 4–6 Bestellungen, 3 = 3 Bestellungen, 2 = 2 Bestellungen, 1 = 1 Bestellung.");
        assert!(german[3].starts_with("Umsatz (insgesamt ausgegeben): 5 = mehr als 80,00 €"));
    }
}
