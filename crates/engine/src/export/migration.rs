//! Migrations → the table of who moved where: one row per customer of either snapshot,
//! unchanged ones included, with the segment they were in and the one they are in (empty
//! where they were not a customer yet, or are missing from the newer file).

use super::csv::CsvWriter;
use crate::insight::migration::Transitions;
use crate::shop::Customers;

/// `customer_id,segment_from,segment_to`, one row per customer of either snapshot, as the
/// command line's `migrate` and the page's "Download who moved where" write it.
pub fn migration_csv(transitions: &Transitions, from: &Customers, to: &Customers) -> Vec<u8> {
    let mut csv = CsvWriter::new(true);
    csv.text("customer_id");
    csv.text("segment_from");
    csv.text("segment_to");
    csv.end_row();
    let name = |segment: Option<(u32, u16)>| {
        segment.map_or("", |(_, s)| transitions.segments[usize::from(s)].as_str())
    };
    for m in &transitions.moves {
        let key = match (m.from, m.to) {
            (Some((c, _)), _) => from.key(c as usize),
            (None, Some((c, _))) => to.key(c as usize),
            (None, None) => continue,
        };
        csv.text(key);
        csv.text(name(m.from));
        csv.text(name(m.to));
        csv.end_row();
    }
    csv.finish()
}
