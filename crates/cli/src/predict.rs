//! `segmenter predict`: the BG/NBD and Gamma-Gamma models fitted to a file's orders, their
//! parameters and check printed, and each customer's figures written as lifetimes defines
//! them.

use super::args::Predict;
use super::failure::Failure;
use super::input;
use super::segment::{report_rows_left_out, write_all, write_download};
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::prediction::PredictionOptions;
use segmenter_engine::session::{Answer, ExportRequest, PredictOptions, PredictionView, Request};
use segmenter_words::{Language, Sentence};

/// Predicts as the options say.
pub fn run(options: &Predict) -> Result<(), Failure> {
    let c = &options.choices;
    let rfm = input::rfm_options(c.points, &c.cuts);
    let (mut session, analysis) = input::analyzed(&options.file, c, rfm)?;
    report_rows_left_out(&session, &analysis.report.left_out);
    let request = PredictOptions {
        prediction: PredictionOptions {
            horizon_days: options.horizon_days,
            discount_monthly: options.discount_monthly,
        },
        check_days: Some(91),
    };
    let Answer::Predicted(view, ..) = session.handle(Request::Predict(request))? else {
        return Err(Failure::Data("The prediction could not be made.".into()));
    };
    let out: Box<dyn std::io::Write> = match options.output.as_deref() {
        // The CSV takes standard output; the parameters go to standard error.
        Some(p) if p == std::path::Path::new("-") => Box::new(std::io::stderr()),
        _ => Box::new(std::io::stdout()),
    };
    if let Some(output) = &options.output {
        write_download(&mut session, ExportRequest::Predictions, output)?;
    }
    let text = if options.json {
        serde_json::to_string_pretty(&*view).unwrap_or_default()
    } else {
        described(&view, &analysis.currency)
    };
    write_all(out, &text)
}

/// The fitted models and what they expect, in a few lines.
fn described(v: &PredictionView, currency: &segmenter_engine::basics::money::Currency) -> String {
    let b = &v.purchases;
    let mut lines = vec![
        format!(
            "{} customers, {} more likely active than not ({} who bought on one day only, whom the model counts as active until it sees them stop); over the next {} days they are expected to buy on {} days.",
            group_thousands(&v.customers.to_string()),
            group_thousands(&v.likely_active.to_string()),
            group_thousands(&v.bought_once.to_string()),
            v.options.horizon_days,
            group_thousands(&format!("{:.0}", v.expected_purchases)),
        ),
        format!(
            "BG/NBD (repeat purchases, per day): r = {:.6}, alpha = {:.6}, a = {:.6}, b = {:.6}",
            b.r, b.alpha, b.a, b.b
        ),
    ];
    match (&v.order_values, &v.order_values_problem) {
        (Some(g), _) => lines.push(format!(
            "Gamma-Gamma (spend per purchase): p = {:.6}, q = {:.6}, v = {:.6}",
            g.p, g.q, g.v
        )),
        (None, Some(why)) => lines.push(why.clone()),
        (None, None) => {}
    }
    if let Some(value) = v.predicted_value {
        lines.push(format!(
            "Predicted value over the horizon, discounted at {} % a month: {}.",
            v.options.discount_monthly * 100.0,
            currency.format_whole(value)
        ));
    }
    match (&v.calibration, &v.calibration_problem) {
        (Some(c), _) => lines.push(c.sentence(Language::English)),
        (None, Some(why)) => lines.push(format!("Not checked on the last 91 days: {why}")),
        (None, None) => {}
    }
    lines.join("\n")
}
