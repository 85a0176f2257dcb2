//! `segmenter segment`: the page's analysis of one file, its "Download all customers" CSV,
//! and the segment table.

use super::args::{Choices, Input, SchemeSource, Segment};
use super::failure::Failure;
use super::{input, table};
use segmenter_engine::features::seasons::default_calendar;
use segmenter_engine::features::FeatureTable;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::{catalog, CatalogEntry};
use segmenter_engine::segmentation::scheme::Scheme;
use segmenter_engine::session::{
    choice_for_key, read_scheme, scheme_mistake, AnalysisView, Answer, EngineError, ExportRequest,
    Request, Session, SetAside,
};
use segmenter_words::Language;
use std::io::Write;
use std::path::Path;

/// Every built-in scheme's key and name.
pub fn preset_keys() -> Vec<(String, String)> {
    catalog(
        &FeatureTable::default(),
        &default_calendar(),
        Language::English,
    )
    .into_iter()
    .map(|e| (e.preset.key(), e.name))
    .collect()
}

/// Segments the file as the options say.
pub fn run(options: &Segment) -> Result<(), Failure> {
    let c = &options.choices;
    let (session, analysis) = segmented(&options.file, c)?;
    report_rows_left_out(&session, &analysis.report.left_out);
    let summary = session.host_summary()?;
    let table_out: Box<dyn Write> = match options.output.as_deref() {
        // The CSV takes standard output; the table goes to standard error.
        Some(p) if p == Path::new("-") => Box::new(std::io::stderr()),
        _ => Box::new(std::io::stdout()),
    };
    if let Some(output) = &options.output {
        write_customers(&session, output)?;
    }
    let text = if options.json {
        serde_json::to_string_pretty(&summary).unwrap_or_default()
    } else {
        table::segments(&summary, &analysis.currency)
    };
    write_all(table_out, &text)
}

/// `file` read, analysed and segmented as `choices` say. A scheme file is checked before
/// the orders are read.
pub fn segmented(file: &Input, choices: &Choices) -> Result<(Session, AnalysisView), Failure> {
    let custom = match &choices.scheme {
        SchemeSource::File(path) => Some(scheme_file(path)?),
        _ => None,
    };
    let rfm = input::rfm_options(choices.points, &choices.cuts);
    let (mut session, mut analysis) = input::analyzed(file, choices, rfm)?;
    // Predicted first, so the customer table carries the page's predicted figures and
    // Future value is offered; a shop the models cannot be fitted to has none there either.
    if !choices.no_predict {
        if let Some(prediction) = input::predicted(&mut session)? {
            analysis.catalog = prediction.catalog;
        }
    }
    let choice = match (&choices.scheme, custom) {
        (SchemeSource::Preset(key), _) => Some(preset(&analysis.catalog, key)?),
        (_, Some(scheme)) => Some(SchemeChoice::Custom(scheme)),
        _ => None,
    };
    if let Some(choice) = choice {
        session.handle(Request::Segment(choice))?;
    }
    Ok((session, analysis))
}

/// The built-in scheme `key` names, when this file allows it.
pub fn preset(catalog: &[CatalogEntry], key: &str) -> Result<SchemeChoice, Failure> {
    choice_for_key(catalog, key).map_err(|e| match e {
        // A key that names nothing is a mistake in the arguments, not in the data.
        EngineError::UnknownScheme { .. } => Failure::Usage(e.to_string()),
        other => Failure::from(other),
    })
}

/// A scheme saved from the page.
pub fn scheme_file(path: &Path) -> Result<Scheme, Failure> {
    let text = std::fs::read(path)
        .map_err(|e| Failure::Usage(format!("{} could not be read: {e}.", path.display())))?;
    read_scheme(&text).map_err(|e| {
        Failure::Usage(format!(
            "{} is not a Segmenter scheme (line {}, column {}: {}): save one with \"Download scheme\" in the page.",
            path.display(),
            e.line(),
            e.column(),
            scheme_mistake(&e)
        ))
    })
}

/// Every row left out and every order left out on purpose (statuses, refunds, orders after
/// the reference date), on standard error, as the page lists them.
pub fn report_rows_left_out(session: &Session, on_purpose: &[SetAside]) {
    let mut err = std::io::stderr().lock();
    let problems = session.rows_left_out();
    if !problems.is_empty() {
        let count = segmenter_engine::basics::money::group_thousands(&problems.len().to_string());
        let rows = if problems.len() == 1 {
            "row was"
        } else {
            "rows were"
        };
        let _ = writeln!(err, "{count} {rows} left out:");
        for p in problems {
            let _ = writeln!(err, "  {p}");
        }
    }
    for sentence in on_purpose {
        let _ = writeln!(err, "Left out: {sentence}.");
    }
}

/// The page's "Download all customers" CSV, to a file or standard output, written a stretch
/// at a time as the engine makes it (a five-million-row shop's table is a hundred
/// megabytes).
fn write_customers(session: &Session, output: &Path) -> Result<(), Failure> {
    let to_stdout = output == Path::new("-");
    let unwritable = |e: std::io::Error| {
        Failure::Usage(if to_stdout {
            format!("Standard output could not be written: {e}.")
        } else {
            format!("{} could not be written: {e}.", output.display())
        })
    };
    let mut out: Box<dyn Write> = if to_stdout {
        Box::new(std::io::stdout().lock())
    } else {
        Box::new(std::fs::File::create(output).map_err(unwritable)?)
    };
    // The first failure is kept; the stretches after it are not written.
    let mut written = Ok(());
    session.write_all_customers(&mut |part| {
        if written.is_ok() {
            written = out.write_all(&part);
        }
    })?;
    written.and_then(|()| out.flush()).map_err(unwritable)
}

/// A file the page would download, to a file or standard output.
pub fn write_download(
    session: &mut Session,
    what: ExportRequest,
    output: &Path,
) -> Result<(), Failure> {
    let Answer::Download(file) = session.handle(Request::Export(what))? else {
        return Err(Failure::Data("The file could not be made.".into()));
    };
    if output == Path::new("-") {
        return std::io::stdout()
            .write_all(&file.bytes)
            .map_err(|e| Failure::Usage(format!("Standard output could not be written: {e}.")));
    }
    std::fs::write(output, &file.bytes)
        .map_err(|e| Failure::Usage(format!("{} could not be written: {e}.", output.display())))
}

pub fn write_all(mut out: Box<dyn Write>, text: &str) -> Result<(), Failure> {
    writeln!(out, "{text}")
        .map_err(|e| Failure::Usage(format!("The output could not be written: {e}.")))
}
