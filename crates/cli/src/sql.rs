//! `segmenter sql`: a scheme as one SQL query for a warehouse, and `segmenter clean`: a file
//! rewritten for loading into one.

use super::args::{Choices, Clean, SchemeSource, Sql};
use super::failure::Failure;
use super::input;
use super::segment::{preset, scheme_file};
use segmenter_engine::basics::money::{Currency, MoneyStyle};
use segmenter_engine::export::sql::{compile, Query, SqlScheme, TableColumns};
use segmenter_engine::features::seasons::default_calendar;
use segmenter_engine::features::FeatureTable;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::{catalog, Preset};
use segmenter_engine::session::PredictionView;
use std::io::Write;

/// Prints the query.
pub fn run(options: &Sql) -> Result<(), Failure> {
    let c = &options.choices;
    let language = c.language.unwrap_or_default();
    let mut rfm = input::rfm_options(c.points, &c.cuts);
    // With a file, its headers name the columns and its catalog says which schemes fit;
    // without one, `--map` names the columns.
    // With a file, the models are fitted to its orders, for schemes that read predicted
    // figures.
    let (columns, catalog, currency, models, counted_currency) = match &options.file {
        Some(file) => {
            let (mut session, analysis) = input::analyzed(file, c, rfm.clone())?;
            let columns = session.warehouse_columns().unwrap_or_default();
            // A currency column lets the query count one currency as the page does; marks
            // in the amounts do not reach a warehouse table.
            let counted_currency = session.warehouse_currency();
            if counted_currency.is_none() && analysis.currencies.len() > 1 {
                let codes: Vec<&str> = analysis
                    .currencies
                    .iter()
                    .map(|(c, _)| c.as_str())
                    .collect();
                eprintln!(
                    "segmenter: the file's amounts are in {} (told apart by their marks, which a \
                     warehouse table does not keep): load the rows of one currency only, or the \
                     query adds them together.",
                    codes.join(" and ")
                );
            }
            let prediction = input::predicted(&mut session)?;
            let models = prediction.as_ref().map(PredictionView::models);
            let catalog = prediction.map_or(analysis.catalog, |p| p.catalog);
            (
                columns,
                catalog,
                analysis.currency,
                models,
                counted_currency,
            )
        }
        None => (
            TableColumns::new(c.map.clone()),
            catalog(&FeatureTable::default(), &default_calendar(), language),
            Currency::default().in_style(MoneyStyle::of_language(language.tag())),
            None,
            None,
        ),
    };
    let scheme = match &c.scheme {
        SchemeSource::Default => SqlScheme::Preset(Preset::Rfm { points: rfm.points }),
        SchemeSource::File(path) => SqlScheme::Rules(scheme_file(path)?),
        // Without a file nothing says which schemes fit: the key alone decides.
        SchemeSource::Preset(key) if options.file.is_none() => {
            let key = if key == "rfm" { "rfm-5" } else { key.as_str() };
            match catalog.iter().find(|e| e.preset.key() == key) {
                Some(entry) => SqlScheme::Preset(entry.preset.clone()),
                None => {
                    return Err(preset(&catalog, key).err().unwrap_or_else(|| {
                        Failure::Usage(format!("There is no scheme \"{key}\"."))
                    }))
                }
            }
        }
        SchemeSource::Preset(key) => match preset(&catalog, key)? {
            SchemeChoice::Preset(p) => SqlScheme::Preset(p),
            _ => {
                return Err(Failure::Usage(format!(
                    "\"{key}\" is not a built-in scheme."
                )))
            }
        },
    };
    if let SqlScheme::Preset(Preset::Rfm { points }) = &scheme {
        rfm.points = *points;
    }
    let currency = c.currency.as_deref().map_or(currency, |mark| {
        Currency::from_mark(mark).in_style(MoneyStyle::of_language(language.tag()))
    });
    let query = Query {
        rfm,
        as_of: c.as_of,
        currency,
        models,
        counted_currency,
        language,
        ..Query::new(options.dialect, &options.table, &columns, scheme)
    };
    let sql = compile(&query).map_err(|e| Failure::Usage(e.to_string()))?;
    std::io::stdout()
        .write_all(sql.as_bytes())
        .map_err(|e| Failure::Usage(format!("Standard output could not be written: {e}.")))
}

/// Writes the rows the analysis uses, and the columns' types.
pub fn clean(options: &Clean) -> Result<(), Failure> {
    let rfm = input::rfm_options(None, &[None, None, None]);
    let choices = Choices {
        map: options.map.clone(),
        time_zone: options.time_zone,
        ..Choices::default()
    };
    let (session, _) = input::analyzed(&options.file, &choices, rfm)?;
    let Some((rows, columns)) = session.clean_table() else {
        return Err(Failure::Data("The file has no rows to write.".into()));
    };
    let write = |path: &std::path::Path, bytes: &[u8]| {
        std::fs::write(path, bytes)
            .map_err(|e| Failure::Usage(format!("{} could not be written: {e}.", path.display())))
    };
    write(&options.output, &rows)?;
    if let Some(schema) = &options.schema {
        write(
            schema,
            serde_json::to_string_pretty(&columns)
                .unwrap_or_default()
                .as_bytes(),
        )?;
    }
    Ok(())
}
