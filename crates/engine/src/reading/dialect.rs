//! Which separator and line ends a file uses, found from its first lines.
//!
//! Each candidate separator splits the first records (quotes respected, so a `,` inside
//! `"1,234.50"` does not count); the right one gives the same number of fields, more than
//! one, on every line, header included. A semicolon file with decimal commas splits on `,`
//! into a steady count too, but its header has no commas, so `;` wins.

use segmenter_words::{Key, Language};
use serde::{Deserialize, Serialize};

/// The separators the reader recognises, in order of preference when two fit equally.
pub const SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

/// A separator's name as shown to the merchant: "comma", "Semikolon".
///
/// ```
/// use segmenter_engine::reading::separator_label;
/// use segmenter_words::Language;
/// assert_eq!(separator_label(';', Language::English), "semicolon");
/// assert_eq!(separator_label(';', Language::German), "Semikolon");
/// ```
pub fn separator_label(separator: char, language: Language) -> String {
    let key = match separator {
        ',' => Key::OverviewComma,
        ';' => Key::OverviewSemicolon,
        '\t' => Key::OverviewTab,
        '|' => Key::OverviewVerticalBar,
        _ => Key::OverviewOtherSeparator,
    };
    language.text(key, &[])
}

/// How the file separates fields and ends lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dialect {
    /// The field separator.
    pub separator: u8,
    /// True when lines end with a bare carriage return (classic Mac files).
    pub cr_line_ends: bool,
}

/// How many records of the head are compared.
const SNIFF_RECORDS: usize = 50;

/// Detects the dialect from the decoded start of a file. `complete` says whether `head` is
/// the whole file (otherwise its last, possibly cut, line is not used).
pub fn detect_dialect(head: &[u8], complete: bool) -> Dialect {
    let lf = head.iter().filter(|&&b| b == b'\n').count();
    let cr = head.iter().filter(|&&b| b == b'\r').count();
    let cr_line_ends = lf == 0 && cr > 0;
    let terminator = if cr_line_ends { b'\r' } else { b'\n' };

    let best = SEPARATORS
        .iter()
        .map(|&sep| (sep, fit(&field_counts(head, sep, terminator, complete))))
        .max_by(|(_, a), (_, b)| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    let separator = match best {
        Some((sep, score)) if score.0 > 0.0 => sep,
        _ => b',',
    };
    Dialect {
        separator,
        cr_line_ends,
    }
}

/// How well a list of per-record field counts fits one separator: the share of records with
/// the most common count (0 when that count is 1), then the count itself to break ties.
fn fit(counts: &[usize]) -> (f64, usize) {
    let Some(&header) = counts.first() else {
        return (0.0, 0);
    };
    let mut tally: Vec<(usize, usize)> = Vec::new();
    for &c in counts {
        match tally.iter_mut().find(|(n, _)| *n == c) {
            Some((_, k)) => *k += 1,
            None => tally.push((c, 1)),
        }
    }
    let (mode, times) = tally
        .iter()
        .copied()
        .max_by_key(|&(n, k)| (k, n))
        .unwrap_or((0, 0));
    // Trailing separators make data rows one field longer than the header; still a fit.
    let header_fits = header == mode || header + 1 == mode || header == mode + 1;
    if mode < 2 || !header_fits {
        return (0.0, mode);
    }
    (times as f64 / counts.len() as f64, mode)
}

/// Number of fields in each of the first records, splitting on `sep` outside quotes.
fn field_counts(head: &[u8], sep: u8, terminator: u8, complete: bool) -> Vec<usize> {
    let mut counts = Vec::new();
    let mut fields = 1;
    let mut in_quotes = false;
    let mut line_has_content = false;
    for &b in head {
        match b {
            b'"' => {
                in_quotes = !in_quotes;
                line_has_content = true;
            }
            _ if in_quotes => {}
            _ if b == sep => {
                fields += 1;
                line_has_content = true;
            }
            _ if b == terminator => {
                if line_has_content {
                    counts.push(fields);
                    if counts.len() == SNIFF_RECORDS {
                        return counts;
                    }
                }
                fields = 1;
                line_has_content = false;
            }
            b'\r' => {}
            _ => line_has_content = true,
        }
    }
    if complete && line_has_content {
        counts.push(fields);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sep(text: &str) -> u8 {
        detect_dialect(text.as_bytes(), true).separator
    }

    #[test]
    fn finds_each_separator() {
        assert_eq!(sep("a,b,c\n1,2,3\n4,5,6\n"), b',');
        assert_eq!(sep("a;b;c\n1;2;3\n"), b';');
        assert_eq!(sep("a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sep("a|b|c\n1|2|3\n"), b'|');
    }

    #[test]
    fn decimal_commas_do_not_fool_it() {
        assert_eq!(sep("kunde;betrag\nA;11,77\nB;3,50\n"), b';');
    }

    #[test]
    fn quoted_separators_do_not_count() {
        assert_eq!(
            sep("name,amount\n\"Doe; Jane\",\"1,234.50\"\n\"Roe; Rick\",3\n"),
            b','
        );
    }

    #[test]
    fn tolerates_trailing_separators_and_a_cut_last_line() {
        assert_eq!(sep("a;b;c;\n1;2;3;\n"), b';');
        let d = detect_dialect(b"a,b\n1,2\n3,4,5,6,7,8,", false);
        assert_eq!(d.separator, b',');
    }

    #[test]
    fn notices_classic_mac_line_ends() {
        let d = detect_dialect(b"a,b\r1,2\r", true);
        assert!(d.cr_line_ends);
        assert_eq!(d.separator, b',');
        assert!(!detect_dialect(b"a,b\r\n1,2\r\n", true).cr_line_ends);
    }
}
