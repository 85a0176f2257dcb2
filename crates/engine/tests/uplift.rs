//! The campaign statistics against scipy and statsmodels: `tests/uplift/cases.json` holds
//! their Wilson and Newcombe intervals, Welch intervals on seeded revenue samples, smallest
//! detectable uplifts and holdouts needed, including the extremes (a holdout of 3 with no
//! buyers, everyone buying, 1 buyer in 1,000, a million customers). See `reference.py`
//! there for how they were made.

use segmenter_engine::campaigns::power::{
    detectable_uplift, holdout_needed, verdict_power, HoldoutNeed,
};
use segmenter_engine::campaigns::uplift::{
    newcombe_interval, revenue_caution, skewness, welch_interval, wilson_interval, Group,
};
use serde_json::Value;
use std::path::Path;

fn cases() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/uplift/cases.json");
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("JSON")
}

fn list<'a>(cases: &'a Value, name: &str) -> &'a [Value] {
    cases[name].as_array().expect(name)
}

fn number(case: &Value, field: &str) -> f64 {
    case[field]
        .as_f64()
        .unwrap_or_else(|| panic!("{field} in {case}"))
}

fn count(case: &Value, field: &str) -> usize {
    case[field]
        .as_u64()
        .unwrap_or_else(|| panic!("{field} in {case}")) as usize
}

/// Asserts `got` is within `relative` of `want` (absolutely within `relative` · 1e-3 when
/// `want` is nearly 0, as the end of an interval clipped at 0 is).
fn close(got: f64, want: f64, relative: f64, what: &str) {
    let scale = want.abs().max(1e-3);
    assert!(
        (got - want).abs() <= relative * scale,
        "{what}: engine {got}, reference {want}"
    );
}

/// Intervals agree to 1e-9 relative: both sides compute the same closed forms (and, for
/// Welch, the engine's t quantile is good to about 1e-12).
const INTERVALS: f64 = 1e-9;

#[test]
fn wilson_intervals_match_statsmodels() {
    let cases = cases();
    for case in list(&cases, "wilson") {
        let (low, high) = wilson_interval(count(case, "buyers"), count(case, "customers")).unwrap();
        close(
            low,
            number(case, "low"),
            INTERVALS,
            &format!("low of {case}"),
        );
        close(
            high,
            number(case, "high"),
            INTERVALS,
            &format!("high of {case}"),
        );
    }
}

#[test]
fn newcombe_intervals_match_statsmodels() {
    let cases = cases();
    for case in list(&cases, "newcombe") {
        let e = newcombe_interval(
            count(case, "sent_buyers"),
            count(case, "sent"),
            count(case, "held_out_buyers"),
            count(case, "held_out"),
        )
        .unwrap();
        close(
            e.difference,
            number(case, "difference"),
            INTERVALS,
            &format!("{case}"),
        );
        close(
            e.low,
            number(case, "low"),
            INTERVALS,
            &format!("low of {case}"),
        );
        close(
            e.high,
            number(case, "high"),
            INTERVALS,
            &format!("high of {case}"),
        );
    }
}

#[test]
fn a_holdout_of_three_with_no_buyers_gives_a_wide_interval() {
    // The case the issue opened with: the old interval had no width here.
    let cases = cases();
    let case = &list(&cases, "newcombe")[0];
    assert_eq!(
        (count(case, "held_out"), count(case, "held_out_buyers")),
        (3, 0)
    );
    let e = newcombe_interval(108, 900, 0, 3).unwrap();
    assert!(!e.is_clear() && e.low < -0.4, "{e:?}");
}

#[test]
fn welch_intervals_and_revenue_cautions_match_scipy() {
    let cases = cases();
    for case in list(&cases, "welch") {
        let name = case["name"].as_str().unwrap();
        let values = |field: &str| -> Vec<f64> {
            case[field]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_f64().unwrap())
                .collect()
        };
        let (sent, held) = (values("sent"), values("held_out"));
        let e = welch_interval(&sent, &held).unwrap();
        close(e.difference, number(case, "difference"), INTERVALS, name);
        close(
            e.low,
            number(case, "low"),
            INTERVALS,
            &format!("low of {name}"),
        );
        close(
            e.high,
            number(case, "high"),
            INTERVALS,
            &format!("high of {name}"),
        );

        let rule = |field: &str| &case[field];
        for (group, values) in [("sent_caution", &sent), ("held_out_caution", &held)] {
            close(
                skewness(values),
                number(rule(group), "skewness"),
                INTERVALS,
                &format!("skewness of {name} {group}"),
            );
        }
        let rough = |field: &str| rule(field)["rough"].as_bool().unwrap();
        let caution = revenue_caution(&sent, &held);
        assert_eq!(
            caution.is_some(),
            rough("sent_caution") || rough("held_out_caution"),
            "{name}: {caution:?}"
        );
        if let Some(c) = caution {
            let field = match c.group {
                Group::Sent => "sent_caution",
                Group::HeldOut => "held_out_caution",
            };
            assert!(rough(field), "{name}: {c:?}");
            assert_eq!(c.needed, count(rule(field), "needed"), "{name}");
        }
    }
}

#[test]
fn the_verdicts_power_matches_a_brute_force_sum() {
    let cases = cases();
    for case in list(&cases, "power") {
        let got = verdict_power(
            count(case, "sent"),
            count(case, "held_out"),
            number(case, "baseline"),
            number(case, "rate"),
        );
        close(got, number(case, "power"), 1e-9, &format!("{case}"));
    }
}

#[test]
fn detectable_uplifts_match_a_brute_force_solve() {
    let cases = cases();
    for case in list(&cases, "detectable") {
        let got = detectable_uplift(
            count(case, "sent"),
            count(case, "held_out"),
            number(case, "baseline"),
        );
        match (got, case["uplift"].as_f64()) {
            (Some(got), Some(reference)) => close(got, reference, 1e-9, &format!("{case}")),
            (None, None) => {}
            (got, _) => panic!("engine {got:?} for {case}"),
        }
    }
}

#[test]
fn holdouts_needed_match_the_brute_force_power() {
    let cases = cases();
    for case in list(&cases, "needed") {
        let got = holdout_needed(
            count(case, "segment"),
            number(case, "baseline"),
            number(case, "uplift"),
        );
        match case["held_out"].as_u64() {
            None => assert_eq!(got, HoldoutNeed::NotReachable, "{case}"),
            Some(held_out) => {
                let HoldoutNeed::Hold {
                    held_out: got_held,
                    share,
                    percent,
                } = got
                else {
                    panic!("not reachable: {case}");
                };
                assert_eq!(got_held as u64, held_out, "{case}");
                assert_eq!(
                    u64::from(percent),
                    case["percent"].as_u64().unwrap(),
                    "{case}"
                );
                close(share, number(case, "share"), 1e-12, &format!("{case}"));
            }
        }
    }
}
