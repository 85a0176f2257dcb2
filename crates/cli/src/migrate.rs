//! `segmenter migrate`: the shop segmented at two dates, or as two exports, with the same
//! scheme; the table of who moved where, and one row per customer with both segments.

use super::args::{Input, Migrate};
use super::failure::Failure;
use super::segment::{report_rows_left_out, segmented, write_all, write_download};
use super::source::Source;
use segmenter_engine::basics::money::group_thousands;
use segmenter_engine::reading::{read_source, ReadOptions, Table, TimeZone};
use segmenter_engine::session::protocol::Compare;
use segmenter_engine::session::views::MigrationView;
use segmenter_engine::session::ExportRequest;
use std::io::Write;

/// Compares the snapshots the options name.
pub fn run(options: &Migrate) -> Result<(), Failure> {
    // The newer file (or the only one) is read as `segment` reads it; the older beside it.
    let (newer, older) = match options.files.as_slice() {
        [one] => (one, None),
        [old, new] => (new, Some(old)),
        _ => return Err(Failure::Usage("migrate takes one FILE or two.".into())),
    };
    let (mut session, analysis) = segmented(newer, &options.choices)?;
    report_rows_left_out(&session, &analysis.report.left_out);
    let compare = match older {
        None => Compare::Dates {
            // The parser makes sure one file comes with --from.
            from: options
                .from
                .ok_or_else(|| Failure::Usage("--from is needed.".into()))?,
            to: options.to,
        },
        Some(old) => {
            let table = read_other(old, options.choices.time_zone)?;
            session.keep_other(old.name(), table);
            Compare::File {
                name: old.name(),
                from: options.from,
                to: options.to,
            }
        }
    };
    let view = session.migrate(&compare)?;
    let table_out: Box<dyn std::io::Write> = match options.output.as_deref() {
        // The CSV takes standard output; the table goes to standard error.
        Some(p) if p == std::path::Path::new("-") => Box::new(std::io::stderr()),
        _ => Box::new(std::io::stdout()),
    };
    if let Some(output) = &options.output {
        write_download(&mut session, ExportRequest::Migration, output)?;
    }
    // As the loaded file's rows left out are: said on standard error.
    let mut err = std::io::stderr().lock();
    for note in &view.rows_left_out {
        let _ = writeln!(err, "{note}");
    }
    let text = if options.json {
        serde_json::to_string_pretty(&view).unwrap_or_default()
    } else {
        transition_table(&view)
    };
    write_all(table_out, &text)
}

/// The older file, read as the page reads a second file, in the shop's time zone.
fn read_other(input: &Input, time_zone: TimeZone) -> Result<Table, Failure> {
    let source = Source::open(input)?;
    let options = ReadOptions {
        time_zone,
        ..ReadOptions::default()
    };
    read_source(&source, &options).map_err(|e| match source.failure(e.into()) {
        Failure::Data(why) => Failure::Data(format!("{}: {why}", input.name())),
        usage => usage,
    })
}

/// The transition table as text: a line on what was compared, a row per earlier segment
/// (and the new customers), a column per later segment (and those gone), leaving out the
/// segments empty at both dates; then the net change and the movements worth most.
fn transition_table(v: &MigrationView) -> String {
    let t = &v.table;
    let n = t.segments.len();
    let shown = t.occupied();
    let (new, gone) = (t.new_customers(), t.gone());
    let rows_shown: Vec<usize> = shown
        .iter()
        .copied()
        .chain((new > 0).then_some(n))
        .collect();
    let columns_shown: Vec<usize> = shown
        .iter()
        .copied()
        .chain((v.gone_label.is_some() && gone > 0).then_some(n))
        .collect();
    let column_name = |c: usize| {
        t.segments
            .get(c)
            .cloned()
            .or(v.gone_label.clone())
            .unwrap_or_default()
    };
    let mut rows: Vec<Vec<String>> = vec![std::iter::once("From \\ To".to_string())
        .chain(columns_shown.iter().map(|&c| column_name(c)))
        .collect()];
    for &r in &rows_shown {
        let name = t.segments.get(r).unwrap_or(&v.new_label).clone();
        let cells = columns_shown
            .iter()
            .map(|&c| group_thousands(&t.counts[r][c].to_string()));
        rows.push(std::iter::once(name).chain(cells).collect());
    }
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = format!(
        "{}: from {} to {}. {}\n\n",
        v.scheme, v.from, v.to, v.summary
    );
    for row in &rows {
        let mut line = format!("{:<w$}", row[0], w = widths[0]);
        for (cell, w) in row.iter().zip(&widths).skip(1) {
            line.push_str(&format!("  {cell:>w$}"));
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    let net: Vec<String> = shown
        .iter()
        .map(|&s| {
            let change = t.after[s] as i64 - t.before[s] as i64;
            format!("{} {change:+}", t.segments[s])
        })
        .collect();
    out.push_str(&format!("\nNet change: {}.", net.join(", ")));
    for line in &v.highlights {
        out.push_str(&format!("\n{line}"));
    }
    out
}
