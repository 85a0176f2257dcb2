//! Number and date conventions the merchant chose on the mapping screen: applied to the
//! columns in place when the reader kept both readings, or else a new read.

use super::protocol::AnalyzeOptions;
use crate::reading::{ColumnKind, DateOrder, NumberStyle, ReadOptions, Table};

/// Number and date conventions chosen on the mapping screen switch the columns in place
/// when their other reading was kept; otherwise the file must be read again, with these
/// options.
pub fn conventions_needing_a_read(
    table: &mut Table,
    options: &AnalyzeOptions,
) -> Option<ReadOptions> {
    for (i, choice) in options.mapping.columns.iter().enumerate() {
        let Some(column) = table.columns.get_mut(i) else {
            continue;
        };
        let first = match (column.kind(), choice.number_style, choice.date_order) {
            (ColumnKind::Number, Some(style), _) => style == NumberStyle::DecimalPoint,
            (ColumnKind::Date, _, Some(order)) => order == DateOrder::DayFirst,
            _ => continue,
        };
        if column.use_convention(first).is_err() {
            let mut again = table.options.clone();
            again
                .conventions
                .resize(table.columns.len(), Default::default());
            for (j, c) in options.mapping.columns.iter().enumerate() {
                again.conventions[j].number_style =
                    c.number_style.or(again.conventions[j].number_style);
                again.conventions[j].date_order = c.date_order.or(again.conventions[j].date_order);
            }
            return Some(again);
        }
    }
    None
}
