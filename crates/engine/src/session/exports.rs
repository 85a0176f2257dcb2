//! The files the merchant downloads from an analysis, each named for what it holds: the
//! scheme, the segment and the last day of data (`segmenter-rfm-segments-champions-2024-03-09.csv`).

use super::analysis::{Analysis, Segmentation};
use super::error::EngineError;
use super::playbook::result_json;
use super::protocol::{Answer, ExportRequest};
use super::views::Download;
use crate::basics::text::slug;
use crate::export::customers::write_customers_csv;
use crate::export::predictions::predictions_csv;
use crate::export::sql::{compile, CountedCurrency, Dialect, Query, SqlScheme, TableColumns};
use crate::export::{customers_csv, segments_csv};
use crate::insight::cohorts::cohort_members;
use crate::insight::crosssell::bought_but_never;
use crate::prediction::histories;
use crate::reading::Table;
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::presets::Preset;
use crate::segmentation::scheme::Scheme;

/// The "Download all customers" file, handed to `take` a stretch at a time, in order (see
/// [`write_customers_csv`]).
pub(super) fn write_all_customers(
    a: &Analysis,
    current: &Segmentation,
    take: &mut dyn FnMut(Vec<u8>),
) {
    write_customers_csv(
        &a.shop.customers,
        &a.features,
        &current.assignment,
        &current.scheme.name,
        &everyone(a),
        &a.currency,
        take,
    );
}

/// Every customer of the analysis, in its order.
fn everyone(a: &Analysis) -> Vec<usize> {
    (0..a.shop.customers.len()).collect()
}

/// The file an export request asks for, from the analysis and the segmentation on show.
pub(super) fn export(
    file: (&str, &Table),
    a: &Analysis,
    current: &Segmentation,
    what: ExportRequest,
) -> Result<Answer, EngineError> {
    let (file_name, table) = file;
    let download =
        |file_name: String, bytes: Vec<u8>| Ok(Answer::Download(Download { file_name, bytes }));
    let scheme = slug(&current.scheme.name);
    let day = a.reference.plus_days(-1);
    let segment = |s: usize| {
        current
            .assignment
            .segments
            .get(s)
            .ok_or(EngineError::NothingToExport)
    };
    let customers = |members: &[usize]| {
        customers_csv(
            &a.shop.customers,
            &a.features,
            &current.assignment,
            &current.scheme.name,
            members,
            &a.currency,
        )
    };
    match what {
        ExportRequest::AllCustomers => download(
            format!("segmenter-{scheme}-all-customers-{day}.csv"),
            customers(&everyone(a)),
        ),
        ExportRequest::Segment(s) => download(
            format!("segmenter-{scheme}-{}-{day}.csv", slug(segment(s)?)),
            customers(&current.assignment.members(s)),
        ),
        ExportRequest::CrossCell(row, column) => {
            let cross = a.cross.as_ref().ok_or(EngineError::NoCrosstab)?;
            let members: Vec<usize> = (0..a.features.len)
                .filter(|&c| {
                    usize::from(current.assignment.of_customer[c]) == row
                        && usize::from(cross.columns.of_customer[c]) == column
                })
                .collect();
            download(
                format!(
                    "segmenter-{scheme}-{}-{}-{day}.csv",
                    slug(
                        current
                            .assignment
                            .segments
                            .get(row)
                            .map_or("", String::as_str)
                    ),
                    slug(
                        cross
                            .columns
                            .segments
                            .get(column)
                            .map_or("", String::as_str)
                    )
                ),
                customers(&members),
            )
        }
        ExportRequest::Scheme => Ok(scheme_file(&current.scheme)),
        ExportRequest::SchemeFile(mut saved) => {
            // Without a period of its own (saved before schemes named one, or a scheme file
            // that names none, opened in the rule builder as it came) its rules read the one
            // computed last: the file names it.
            if saved.period.is_none() && saved.reads_spend_in_period() {
                saved.period = a.periods.asked;
            }
            Ok(scheme_file(&saved))
        }
        ExportRequest::Summary => download(
            format!("segmenter-{scheme}-summary-{day}.csv"),
            segments_csv(&current.view.segments, &a.currency),
        ),
        ExportRequest::CrossSellTargets {
            segment: s,
            bought,
            never,
        } => download(
            format!(
                "segmenter-{scheme}-{}-bought-{}-never-{}-{day}.csv",
                slug(segment(s)?),
                slug(&bought),
                slug(&never)
            ),
            customers(&bought_but_never(
                &a.shop,
                &current.assignment.members(s),
                &bought,
                &never,
            )),
        ),
        ExportRequest::Everything(campaigns) => download(
            format!("segmenter-{scheme}-result-{day}.json"),
            result_json(file_name, a, current, &campaigns),
        ),
        ExportRequest::Sql(dialect) => {
            let sql = warehouse_sql(table, a, current, dialect)?;
            download(
                format!("segmenter-{scheme}-{}.sql", dialect.key()),
                sql.into_bytes(),
            )
        }
        ExportRequest::Predictions => {
            if a.prediction.is_none() {
                return Err(EngineError::NothingToExport);
            }
            // The histories are worked out again rather than kept (32 MB at 833,333
            // customers) for an export a merchant may never ask for.
            let histories = histories(&a.shop, a.reference);
            download(
                format!("segmenter-predictions-{day}.csv"),
                predictions_csv(&a.shop.customers, &histories, &a.features, &a.currency),
            )
        }
        ExportRequest::CohortCell {
            period,
            start,
            after,
        } => download(
            format!("segmenter-cohort-{start}-after-{after}-{day}.csv"),
            customers(&cohort_members(&a.shop, period, start, after)),
        ),
        // Answered by the session itself: the rows left out exist before any analysis, the
        // migration is the session's, and a campaign's list needs the scheme's names in
        // English, built again from the analysis (which may add a feature to it).
        ExportRequest::Problems
        | ExportRequest::Migration
        | ExportRequest::MigrationCell(..)
        | ExportRequest::Campaign(_) => Err(EngineError::NothingToExport),
    }
}

/// The scheme on show as SQL for `dialect`, over a table of the file's rows named `orders`,
/// after a header saying how to run it and holding the scheme itself.
fn warehouse_sql(
    table: &Table,
    a: &Analysis,
    current: &Segmentation,
    dialect: Dialect,
) -> Result<String, EngineError> {
    let scheme = match &current.view.choice {
        SchemeChoice::Preset(preset) => SqlScheme::Preset(preset.clone()),
        // A subdivided or hand-made scheme goes as the rules it made for this file.
        _ => SqlScheme::Rules(current.scheme.clone()),
    };
    let mut rfm = a.options.rfm.clone();
    if let SqlScheme::Preset(Preset::Rfm { points }) = &scheme {
        rfm.points = *points;
    }
    let columns = TableColumns::of_file(table, &a.options.mapping);
    let query = Query {
        rfm,
        as_of: a.options.reference,
        currency: a.currency.clone(),
        models: a.prediction,
        counted_currency: CountedCurrency::of_file(table, a.counted_currency.as_deref()),
        language: a.options.words(),
        ..Query::new(dialect, "orders", &columns, scheme)
    };
    let sql = compile(&query).map_err(EngineError::Sql)?;
    let json = serde_json::to_string_pretty(&current.scheme).unwrap_or_default();
    let mut out = String::new();
    for line in [
        format!("-- Run this in your warehouse: \"{}\" for {dialect}.", current.scheme.name),
        "--".into(),
        "-- 1. Load your orders into a table named orders, one row per order row, with the".into(),
        "--    columns listed below as your export names them (dates as DATE or TIMESTAMP,".into(),
        "--    amounts as numbers). The command line's `segmenter clean FILE -o orders.csv`".into(),
        "--    writes your export in a form every warehouse loads.".into(),
        "-- 2. Run the query. It returns one row per customer with their segment, computed from".into(),
        "--    the whole table as this page computes it: refresh it as often as the data changes.".into(),
        "-- 3. The same scheme runs elsewhere with `segmenter sql --scheme scheme.json`; here it is:".into(),
        "--".into(),
    ] {
        out.push_str(&line);
        out.push('\n');
    }
    for line in json.lines() {
        out.push_str("--   ");
        out.push_str(line);
        out.push('\n');
    }
    out.push_str("--\n");
    out.push_str(&sql);
    Ok(out)
}

/// A scheme as a JSON file to keep or share.
pub(super) fn scheme_file(scheme: &Scheme) -> Answer {
    Answer::Download(Download {
        file_name: format!("segmenter-scheme-{}.json", slug(&scheme.name)),
        bytes: serde_json::to_vec_pretty(scheme).unwrap_or_default(),
    })
}

/// The rows left out of a file, as a CSV named after it.
pub(super) fn problems_file(file_name: &str, bytes: Vec<u8>) -> Answer {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem);
    Answer::Download(Download {
        file_name: format!("{}-rows-left-out.csv", slug(stem)),
        bytes,
    })
}
