//! Number and date conventions the merchant chose on the mapping screen: applied to the
//! columns in place when the reader kept both readings, or else a new read.

use super::protocol::AnalyzeOptions;
use crate::reading::{ColumnKind, DateOrder, NumberStyle, ReadOptions, Table};

/// The columns [`use_asked_conventions`] switched, to switch back when what they were
/// switched for is refused before anything is made of them.
#[must_use = "the columns switch back should the analysis they were switched for be refused"]
#[derive(Debug)]
pub struct Switched(Vec<(usize, bool)>);

impl Switched {
    /// Switches the columns back: `table` reads as it did before.
    pub fn undo(self, table: &mut Table) {
        for (i, before) in self.0 {
            // A column that switched one way switches back: both readings are kept.
            let switched_back = table.columns[i].use_convention(before);
            debug_assert!(switched_back.is_ok(), "switched one way only");
        }
    }
}

/// Switches the columns of `table` to the number and date conventions chosen on the
/// mapping screen, and says which it switched. When a column's other reading was not
/// kept, none is switched: the file must be read again, with the options returned.
pub fn use_asked_conventions(
    table: &mut Table,
    options: &AnalyzeOptions,
) -> Result<Switched, ReadOptions> {
    let mut switched = Switched(Vec::new());
    for (i, choice) in options.mapping.columns.iter().enumerate() {
        let Some(column) = table.columns.get_mut(i) else {
            continue;
        };
        let first = match (column.kind(), choice.number_style, choice.date_order) {
            (ColumnKind::Number, Some(style), _) => style == NumberStyle::DecimalPoint,
            (ColumnKind::Date, _, Some(order)) => order == DateOrder::DayFirst,
            _ => continue,
        };
        let Some(before) = column.convention().filter(|&before| before != first) else {
            continue;
        };
        if column.use_convention(first).is_err() {
            // The table stays as the analysis on show reads it, should the read asked
            // for be stopped.
            switched.undo(table);
            return Err(read_options_asked(table, options));
        }
        switched.0.push((i, before));
    }
    Ok(switched)
}

/// The table's read options with the conventions chosen on the mapping screen.
fn read_options_asked(table: &Table, options: &AnalyzeOptions) -> ReadOptions {
    let mut again = table.options.clone();
    again
        .conventions
        .resize(table.columns.len(), Default::default());
    for (asked, chosen) in again.conventions.iter_mut().zip(&options.mapping.columns) {
        asked.number_style = chosen.number_style.or(asked.number_style);
        asked.date_order = chosen.date_order.or(asked.date_order);
    }
    again
}
