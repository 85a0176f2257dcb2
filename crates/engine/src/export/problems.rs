//! The rows left out of the analysis, reading and binding together, as the merchant can
//! check them: line, column and reason, written in the page's language.

use super::csv::{Cell, CsvWriter};
use crate::reading::{RowProblem, Table};
use crate::shop::Shop;
use segmenter_words::{Key, Language, Sentence};

/// All rows left out, reading and binding together, in line order.
pub fn rows_left_out(table: &Table, shop: Option<&Shop>) -> Vec<RowProblem> {
    let mut problems: Vec<RowProblem> = table.rejected.clone();
    if let Some(shop) = shop {
        problems.extend(shop.report.problems.iter().cloned());
    }
    problems.sort_by_key(|p| p.line);
    problems
}

/// Every row left out, as a CSV file whose header and reasons are in `language` (the
/// reasons are the sentences the row report on the page shows after "Line 12:").
pub fn problems_csv(table: &Table, shop: Option<&Shop>, language: Language) -> Vec<u8> {
    let mut csv = CsvWriter::new(true);
    let word = |key| Cell::from(language.text(key, &[]));
    csv.row(vec![
        word(Key::ProblemFileLine),
        word(Key::ProblemFileColumn),
        word(Key::ProblemFileReason),
    ]);
    for p in rows_left_out(table, shop) {
        csv.row(vec![
            Cell::Number(p.line as f64),
            Cell::from(p.column.clone().unwrap_or_default()),
            Cell::from(p.problem.sentence(language)),
        ]);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reading::{read_table, ReadOptions};

    fn file_with_a_bad_row() -> Table {
        let csv =
            "customer_id,order_date,amount\nA,2024-01-05,10\nB,2024-01-06,ten\nC,2024-01-07\n";
        read_table(csv.as_bytes(), &ReadOptions::default()).unwrap()
    }

    fn lines(bytes: Vec<u8>) -> Vec<String> {
        let text = String::from_utf8(bytes).unwrap();
        let text = text.trim_start_matches('\u{feff}');
        text.lines().map(str::to_string).collect()
    }

    #[test]
    fn the_list_of_rows_left_out_in_english_and_german() {
        let table = file_with_a_bad_row();
        assert!(!table.rejected.is_empty());
        let english = lines(problems_csv(&table, None, Language::English));
        assert_eq!(english[0], "line,column,reason");
        let german = lines(problems_csv(&table, None, Language::German));
        assert_eq!(german[0], "Zeile,Spalte,Grund");
        assert_eq!(english.len(), german.len());
        assert!(
            german[1..]
                .iter()
                .any(|l| l.contains("hat 2 Werte, die Kopfzeile aber 3 Spalten")),
            "{german:?}"
        );
        assert!(
            english[1..]
                .iter()
                .any(|l| l.contains("has 2 values but the header has 3 columns")),
            "{english:?}"
        );
    }
}
