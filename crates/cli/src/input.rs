//! Reading the orders file and deciding what its columns mean, as the page does: the
//! mapping the engine proposes, with the `--map` choices on top. When a column the
//! segments need cannot be decided, the sentence names the file's columns and the `--map`
//! to add.

use super::args::{role_name, Choices, Input};
use super::failure::Failure;
use super::source::Source;
use segmenter_engine::reading::ReadOptions;
use segmenter_engine::roles::{normalize_header, Mapping, Missing, Role};
use segmenter_engine::segmentation::rfm::RfmOptions;
use segmenter_engine::segmentation::scores::ScoreMethod;
use segmenter_engine::session::{
    AnalysisView, AnalyzeOptions, Answer, EngineError, FileOverview, PredictOptions,
    PredictionView, Request, Session,
};

/// The prediction the page makes once segments are on show, made now: the models fitted
/// to the orders, their figures set as every customer's features (so Future value is
/// offered). `None` when the orders cannot be fitted, when no customer has predicted
/// figures in the page either.
pub fn predicted(session: &mut Session) -> Result<Option<PredictionView>, Failure> {
    let options = PredictOptions {
        check_days: None,
        ..PredictOptions::default()
    };
    match session.handle(Request::Predict(options)) {
        Ok(Answer::Predicted(view, ..)) => Ok(Some(*view)),
        Ok(_) | Err(EngineError::Prediction(_)) => Ok(None),
        Err(e) => Err(e.into()),
    }
}

/// A session that has read `input` and analysed it with the mapping proposed and the
/// `--map` choices, as the page would, as of `--as-of`, counting the `--currency` chosen.
pub fn analyzed(
    input: &Input,
    choices: &Choices,
    rfm: RfmOptions,
) -> Result<(Session, AnalysisView), Failure> {
    let source = Source::open(input)?;
    let name = input.name();
    let mut session = Session::new();
    let overview = session
        .read_source(
            &name,
            &source,
            &ReadOptions {
                time_zone: choices.time_zone,
                ..ReadOptions::default()
            },
        )
        .map_err(|e| source.failure(e))?;
    let mapping = mapping(&overview, &choices.map)?;
    let analysis = session
        .analyze_source(&name, &source, overview, |_| AnalyzeOptions {
            mapping: mapping.clone(),
            reference: choices.as_of,
            rfm: rfm.clone(),
            currency: choices.currency.clone(),
            language: choices.language.map(|l| l.tag().to_string()),
            ..AnalyzeOptions::default()
        })
        .map_err(|e| source.failure(e))?;
    Ok((session, analysis))
}

/// How RFM is scored: `points` (5 when not given), each measure in equal groups or at the
/// cut points typed for it.
pub fn rfm_options(points: Option<u8>, cuts: &[Option<Vec<f64>>; 3]) -> RfmOptions {
    let method = |c: &Option<Vec<f64>>| match c {
        Some(cuts) => ScoreMethod::Fixed(cuts.clone()),
        None => ScoreMethod::Quantiles,
    };
    RfmOptions {
        points: points.unwrap_or(5),
        recency: method(&cuts[0]),
        frequency: method(&cuts[1]),
        monetary: method(&cuts[2]),
    }
}

/// The proposed mapping with the `--map` choices applied, complete enough to segment.
pub fn mapping(overview: &FileOverview, choices: &[(Role, String)]) -> Result<Mapping, Failure> {
    let mut mapping = overview.proposed.clone();
    for (role, column) in choices {
        let wanted = normalize_header(column);
        let index = overview
            .columns
            .iter()
            .position(|c| c.name == *column)
            .or_else(|| {
                overview
                    .columns
                    .iter()
                    .position(|c| normalize_header(&c.name) == wanted)
            })
            .ok_or_else(|| {
                Failure::Usage(format!(
                    "--map {}={column}: the file has no column \"{column}\". Its columns are {}.",
                    role_name(*role),
                    column_list(overview)
                ))
            })?;
        mapping.assign(index, Some(*role));
    }
    let missing = mapping.missing();
    if missing.is_empty() {
        return Ok(mapping);
    }
    let needs: Vec<String> = missing.iter().map(|m| what_to_map(*m)).collect();
    Err(Failure::Data(format!(
        "{} The file's columns are {}.",
        needs.join(" "),
        column_list(overview)
    )))
}

/// What a missing role means, and the `--map` that supplies it.
fn what_to_map(missing: Missing) -> String {
    match missing {
        Missing::Customer => "Segmenter could not tell which column identifies the customer: add --map customer_id=COLUMN (or --map email=COLUMN).".into(),
        Missing::OrderDate => "Segmenter could not tell which column holds the order date: add --map order_date=COLUMN.".into(),
        Missing::Amount => "Segmenter could not tell which column holds the order amount: add --map amount=COLUMN (or --map unit_price=COLUMN).".into(),
    }
}

fn column_list(overview: &FileOverview) -> String {
    overview
        .columns
        .iter()
        .map(|c| format!("\"{}\"", c.name))
        .collect::<Vec<_>>()
        .join(", ")
}
