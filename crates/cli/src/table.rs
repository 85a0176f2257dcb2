//! The segment table as text: segment, customers, share of customers, revenue.

use segmenter_engine::basics::money::{group_thousands, Currency};
use segmenter_engine::session::HostSummary;

/// The segments with customers, in the scheme's order, under a line naming the scheme.
pub fn segments(summary: &HostSummary, currency: &Currency) -> String {
    let rows: Vec<[String; 4]> = summary
        .segments
        .iter()
        .filter(|s| s.customers > 0)
        .map(|s| {
            [
                s.name.clone(),
                group_thousands(&s.customers.to_string()),
                format!("{:.1}%", s.customer_share * 100.0),
                currency.format(s.revenue),
            ]
        })
        .collect();
    let header = ["Segment", "Customers", "Share", "Revenue"].map(String::from);
    let widths: Vec<usize> = (0..4)
        .map(|i| {
            rows.iter()
                .chain(std::iter::once(&header))
                .map(|r| r[i].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |r: &[String; 4]| {
        let mut out = format!("{:<w$}", r[0], w = widths[0]);
        for i in 1..4 {
            out.push_str(&format!("  {:>w$}", r[i], w = widths[i]));
        }
        out.trim_end().to_string()
    };
    let mut out = format!(
        "{}: {} customers, {} orders, {} in all, as of {}.\n\n",
        summary.scheme,
        group_thousands(&summary.customers.to_string()),
        group_thousands(&summary.orders.to_string()),
        currency.format(summary.revenue),
        summary.reference
    );
    out.push_str(&line(&header));
    for r in &rows {
        out.push('\n');
        out.push_str(&line(r));
    }
    out
}
