//! Number text → values: currency signs, thousands separators, decimal commas, negatives.
//!
//! A cell alone cannot always say which convention it uses: `1,234` is one thousand two
//! hundred and thirty-four with a decimal point, or 1.234 with a decimal comma. So a cell
//! reads to the values it has under each convention ([`Reading`]) and the column decides
//! from all its cells (see `column`). Values are computed from the digits exactly as
//! `str::parse::<f64>` would, so `12.10` is the same double everywhere.

use super::style::Reading;
use serde::{Deserialize, Serialize};

/// Which character separates the decimals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum NumberStyle {
    /// `1,234.50` (thousands with `,`, space or `'`).
    DecimalPoint,
    /// `1.234,50` (thousands with `.`, space or `'`).
    DecimalComma,
}

/// Reads a number cell: first reading under [`NumberStyle::DecimalPoint`], second under
/// [`NumberStyle::DecimalComma`].
///
/// ```
/// use segmenter_engine::reading::{read_number, Reading};
/// assert_eq!(read_number("$1,234.50"), Reading::FirstOnly(1234.5));
/// assert_eq!(read_number("1.234,50 €"), Reading::SecondOnly(1234.5));
/// assert_eq!(read_number("(12.00)"), Reading::FirstOnly(-12.0));
/// assert_eq!(read_number("1,234"), Reading::Both { first: 1234.0, second: 1.234 });
/// assert_eq!(read_number("42"), Reading::Same(42.0));
/// assert_eq!(read_number("n/a"), Reading::Empty);
/// ```
pub fn read_number(text: &str) -> Reading<f64> {
    read_amount(text).0
}

/// Reads a number cell as [`read_number`] does, with the currency mark or code written with
/// it, if any (`$`, `€`, `USD`): a column whose cells name different currencies is told
/// apart row by row from these.
///
/// ```
/// use segmenter_engine::reading::{read_amount, Reading};
/// assert_eq!(read_amount("1.234,50 €"), (Reading::SecondOnly(1234.5), Some("€")));
/// assert_eq!(read_amount("USD 12.50"), (Reading::FirstOnly(12.5), Some("USD")));
/// assert_eq!(read_amount("12.50"), (Reading::FirstOnly(12.5), None));
/// ```
pub fn read_amount(text: &str) -> (Reading<f64>, Option<&'static str>) {
    let s = text.trim_matches(is_blank_char);
    // Plain numbers first: they are nearly every cell of a number column.
    if let Some(fast) = plain_number(s.as_bytes()) {
        return (fast, None);
    }
    if s.is_empty() || is_missing_marker(s) {
        return (Reading::Empty, None);
    }
    // Names, e-mails and places are tried as numbers while a column's kind is decided: turn
    // them away before trying every currency mark. A number has a digit, and no more letters
    // than the longest currency mark or code.
    if !s.bytes().any(|b| b.is_ascii_digit()) || s.chars().filter(|c| c.is_alphabetic()).count() > 4
    {
        return (Reading::Unreadable, None);
    }
    let Some(Decorations {
        negative,
        core,
        mark,
    }) = strip_decorations(s)
    else {
        return (Reading::Unreadable, None);
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let reading = match read_core(core) {
        Reading::Same(v) => Reading::Same(sign * v),
        Reading::Both { first, second } => Reading::Both {
            first: sign * first,
            second: sign * second,
        },
        Reading::FirstOnly(v) => Reading::FirstOnly(sign * v),
        Reading::SecondOnly(v) => Reading::SecondOnly(sign * v),
        other => other,
    };
    let mark = if matches!(reading, Reading::Unreadable) {
        None
    } else {
        mark
    };
    (reading, mark)
}

/// Whether a number cell's text is only ASCII digits, as identifiers, counts and years are.
pub fn is_plain_integer(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

/// The common shapes `123`, `-123`, `123.4`, `123.45` without currency or grouping.
fn plain_number(b: &[u8]) -> Option<Reading<f64>> {
    let (negative, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        _ => (false, b),
    };
    let mut mantissa: u64 = 0;
    let mut decimals: Option<u32> = None;
    if digits.is_empty() || digits.len() > 15 || !digits[0].is_ascii_digit() {
        return None;
    }
    for &c in digits {
        match c {
            b'0'..=b'9' => {
                mantissa = mantissa * 10 + u64::from(c - b'0');
                if let Some(d) = decimals.as_mut() {
                    *d += 1;
                }
            }
            b'.' if decimals.is_none() => decimals = Some(0),
            _ => return None,
        }
    }
    let sign = if negative { -1.0 } else { 1.0 };
    Some(match decimals {
        None => Reading::Same(sign * mantissa as f64),
        // `1.234` could be a thousands group; let the general path decide.
        Some(3) | Some(0) => return None,
        Some(d) => Reading::FirstOnly(sign * scaled(mantissa, d)),
    })
}

fn scaled(mantissa: u64, decimals: u32) -> f64 {
    // Both operands are exact doubles (mantissa < 2^53, 10^d for d ≤ 22), so the single
    // rounding of the division gives the correctly rounded value, as parsing would.
    mantissa as f64 / 10f64.powi(decimals as i32)
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}'
}

fn is_missing_marker(s: &str) -> bool {
    matches!(s, "-" | "–" | "—" | "?")
        || ["n/a", "na", "null", "none", "nan", "#n/a", "(blank)"]
            .iter()
            .any(|m| s.eq_ignore_ascii_case(m))
}

/// Currency marks accepted before or after the digits, longest first where one is a prefix
/// of another.
const CURRENCY_MARKS: [&str; 38] = [
    "US$", "NZ$", "HK$", "MX$", "R$", "C$", "A$", "S$", "$", "€", "£", "¥", "₹", "₩", "₽", "₺",
    "₪", "₫", "₱", "฿", "₴", "₦", "₡", "₲", "₵", "₸", "¢", "kr.", "kr", "zł", "Kč", "Fr.", "fr.",
    "Rs.", "Rs", "lei", "Ft", "RM",
];

/// ISO 4217 codes written beside amounts in shop exports. Only these count: any three
/// capital letters would turn an identifier like `SQC1` into the number 1.
const CURRENCY_CODES: [&str; 36] = [
    "USD", "EUR", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN",
    "ISK", "CAD", "AUD", "NZD", "BRL", "MXN", "ARS", "CLP", "COP", "INR", "CNY", "HKD", "SGD",
    "ZAR", "TRY", "AED", "ILS", "KRW", "THB", "PHP", "IDR", "MYR", "TWD",
];

/// The reader's own mark or code written `text`, if it is one.
pub(super) fn known_currency_mark(text: &str) -> Option<&'static str> {
    CURRENCY_MARKS
        .iter()
        .chain(CURRENCY_CODES.iter())
        .find(|&&m| m == text)
        .copied()
}

/// The mark `s` starts with, and what follows it.
fn strip_currency_prefix(s: &str) -> Option<(&'static str, &str)> {
    // Comparing first bytes before whole marks keeps identifiers like `C0000232` cheap.
    let first = *s.as_bytes().first()?;
    CURRENCY_MARKS
        .iter()
        .chain(CURRENCY_CODES.iter())
        .filter(|m| m.as_bytes()[0] == first)
        .find_map(|m| Some((*m, s.strip_prefix(m)?)))
}

/// The mark `s` ends with, and what precedes it.
fn strip_currency_suffix(s: &str) -> Option<(&'static str, &str)> {
    let last = *s.as_bytes().last()?;
    CURRENCY_MARKS
        .iter()
        .chain(CURRENCY_CODES.iter())
        .filter(|m| m.as_bytes()[m.len() - 1] == last)
        .find_map(|m| Some((*m, s.strip_suffix(m)?)))
}

/// A number cell's parts around its digits.
struct Decorations<'a> {
    /// Whether a minus sign, a trailing minus or parentheses make it negative.
    negative: bool,
    /// The digits and separators left to read.
    core: &'a str,
    /// The first currency mark or code found, if any.
    mark: Option<&'static str>,
}

/// Splits off sign, parentheses and currency marks.
fn strip_decorations(s: &str) -> Option<Decorations<'_>> {
    let mut negative = false;
    let mut mark = None;
    let mut s = s;
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        negative = true;
        s = inner.trim_matches(is_blank_char);
    }
    let mut signs = 0;
    loop {
        let before = s.len();
        if let Some(rest) = s.strip_prefix(['-', '−']) {
            negative = !negative;
            signs += 1;
            s = rest;
        } else if let Some(rest) = s.strip_prefix('+') {
            signs += 1;
            s = rest;
        }
        if let Some((found, rest)) = strip_currency_prefix(s) {
            mark = mark.or(Some(found));
            s = rest;
        }
        if let Some((found, rest)) = strip_currency_suffix(s) {
            mark = mark.or(Some(found));
            s = rest;
        }
        s = s.trim_matches(is_blank_char);
        if s.len() == before {
            break;
        }
    }
    // A trailing minus, as some accounting exports write it: `12.00-`.
    if let Some(rest) = s.strip_suffix('-') {
        negative = !negative;
        signs += 1;
        s = rest.trim_matches(is_blank_char);
    }
    (signs <= 1 && !s.is_empty()).then_some(Decorations {
        negative,
        core: s,
        mark,
    })
}

fn is_group_char(c: char) -> bool {
    matches!(c, ' ' | '\'' | '’' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Reads digits with separators (no sign, no currency).
fn read_core(core: &str) -> Reading<f64> {
    if core.contains(['e', 'E']) {
        return match core.parse::<f64>() {
            Ok(v) if v.is_finite() && !core.contains(',') => Reading::Same(v),
            _ => Reading::Unreadable,
        };
    }
    if !core
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_group_char(c))
        || !core.chars().any(|c| c.is_ascii_digit())
    {
        return Reading::Unreadable;
    }
    let last_dot = core.rfind('.');
    let last_comma = core.rfind(',');
    let dots = core.matches('.').count();
    let commas = core.matches(',').count();
    let groups = core.contains(is_group_char);
    match (last_dot, last_comma) {
        (None, None) => integer(core, None).map_or(Reading::Unreadable, Reading::Same),
        (Some(d), Some(c)) => {
            // Both marks: the later one separates decimals, the other groups thousands.
            if d > c && dots == 1 {
                decimal(core, '.', Some(',')).map_or(Reading::Unreadable, Reading::FirstOnly)
            } else if c > d && commas == 1 {
                decimal(core, ',', Some('.')).map_or(Reading::Unreadable, Reading::SecondOnly)
            } else {
                Reading::Unreadable
            }
        }
        (Some(_), None) => one_mark(core, '.', dots, groups, true),
        (None, Some(_)) => one_mark(core, ',', commas, groups, false),
    }
}

/// A core with only one of `.` and `,`, appearing `count` times.
fn one_mark(core: &str, mark: char, count: usize, groups: bool, point: bool) -> Reading<f64> {
    // Read as the decimal mark (`as_decimal`) or as thousands grouping (`as_group`).
    let as_decimal = || (count == 1).then(|| decimal(core, mark, None)).flatten();
    let as_group = || integer(core, Some(mark));
    let (decimal_value, group_value) = match (as_decimal(), as_group()) {
        (Some(d), Some(g)) if !groups => (Some(d), Some(g)),
        // With spaces already grouping thousands, the mark can only be the decimals.
        (Some(d), _) => (Some(d), None),
        (None, g) => (None, g),
    };
    let (first, second) = if point {
        (decimal_value, group_value)
    } else {
        (group_value, decimal_value)
    };
    match (first, second) {
        (Some(a), Some(b)) => Reading::Both {
            first: a,
            second: b,
        },
        (Some(a), None) => Reading::FirstOnly(a),
        (None, Some(b)) => Reading::SecondOnly(b),
        (None, None) => Reading::Unreadable,
    }
}

/// Digits grouped in thousands by spaces, apostrophes or `mark`: `1 234 567`, `1,234`.
fn integer(s: &str, mark: Option<char>) -> Option<f64> {
    let parts: Vec<&str> = s
        .split(|c: char| is_group_char(c) || Some(c) == mark)
        .collect();
    let grouped = parts.len() > 1;
    if grouped {
        let first = parts[0];
        if first.is_empty()
            || first.len() > 3
            || first == "0"
            || parts[1..].iter().any(|p| p.len() != 3)
        {
            return None;
        }
    }
    let digits: String = parts.concat();
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits_value(&digits, 0)
}

/// A number whose decimals follow `mark`, the integer part optionally grouped by `group`.
fn decimal(s: &str, mark: char, group: Option<char>) -> Option<f64> {
    let (int_part, frac) = s.split_once(mark)?;
    if frac.is_empty() || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // The integer part must itself be well grouped: `12,34.5` is not a number.
    if !int_part.is_empty() {
        integer(int_part, group)?;
    }
    let digits: String = int_part
        .chars()
        .filter(char::is_ascii_digit)
        .chain(frac.chars())
        .collect();
    digits_value(&digits, frac.len() as u32)
}

fn digits_value(digits: &str, decimals: u32) -> Option<f64> {
    if digits.len() <= 15 && decimals <= 22 {
        let mantissa = digits
            .bytes()
            .fold(0u64, |m, b| m * 10 + u64::from(b - b'0'));
        return Some(scaled(mantissa, decimals));
    }
    let (int, frac) = digits.split_at(digits.len() - decimals as usize);
    format!("{int}.{frac}0").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn point(s: &str) -> Option<f64> {
        read_number(s).first()
    }
    fn comma(s: &str) -> Option<f64> {
        read_number(s).second()
    }

    #[test]
    fn thousands_styles() {
        assert_eq!(point("1,234.50"), Some(1234.5));
        assert_eq!(comma("1.234,50"), Some(1234.5));
        assert_eq!(comma("1 234,50"), Some(1234.5));
        assert_eq!(point("1'234.50"), Some(1234.5));
        assert_eq!(point("1 234 567"), Some(1_234_567.0));
        assert_eq!(comma("1\u{a0}234,50"), Some(1234.5));
        assert_eq!(comma("1\u{202f}234,50"), Some(1234.5));
        assert_eq!(comma("1.234.567"), Some(1_234_567.0));
        assert_eq!(point("1,234,567.89"), Some(1_234_567.89));
    }

    #[test]
    fn a_cell_says_which_styles_can_read_it() {
        assert_eq!(read_number("1.234,50"), Reading::SecondOnly(1234.5));
        assert_eq!(read_number("11,77"), Reading::SecondOnly(11.77));
        assert_eq!(read_number("12.5"), Reading::FirstOnly(12.5));
        assert_eq!(read_number("1.234.567"), Reading::SecondOnly(1_234_567.0));
        assert_eq!(read_number("1,234,567"), Reading::FirstOnly(1_234_567.0));
        assert_eq!(read_number("0,500"), Reading::SecondOnly(0.5));
        assert_eq!(read_number("1234,567"), Reading::SecondOnly(1234.567));
        assert_eq!(read_number("1 234"), Reading::Same(1234.0));
        assert_eq!(
            read_number("1.234"),
            Reading::Both {
                first: 1.234,
                second: 1234.0
            }
        );
    }

    #[test]
    fn currencies_before_or_after() {
        for s in [
            "$12.50",
            "12.50 USD",
            "USD 12.50",
            "US$12.50",
            "12.50$",
            "£12.50",
            "¥12.50",
        ] {
            assert_eq!(point(s), Some(12.5), "{s}");
        }
        for s in [
            "12,50 €",
            "€12,50",
            "12,50 kr",
            "kr 12,50",
            "R$ 12,50",
            "12,50 zł",
        ] {
            assert_eq!(comma(s), Some(12.5), "{s}");
        }
        assert_eq!(read_number("12 pcs"), Reading::Unreadable);
    }

    #[test]
    fn negatives() {
        assert_eq!(read_number("-12"), Reading::Same(-12.0));
        assert_eq!(point("(12.00)"), Some(-12.0));
        assert_eq!(point("-$12.00"), Some(-12.0));
        assert_eq!(point("$-12.00"), Some(-12.0));
        assert_eq!(point("($1,234.00)"), Some(-1234.0));
        assert_eq!(comma("−12,00 €"), Some(-12.0));
        assert_eq!(point("12.00-"), Some(-12.0));
        assert_eq!(read_number("--12"), Reading::Unreadable);
    }

    #[test]
    fn exact_like_parse() {
        for s in ["0.1", "12.10", "19.99", "1234567.89", "0.07", "100.01"] {
            assert_eq!(point(s), Some(s.parse().unwrap()), "{s}");
        }
        assert_eq!(point("1.5E+03"), Some(1500.0));
    }

    #[test]
    fn empty_markers_and_garbage() {
        for s in ["", "  ", "-", "N/A", "null", "—"] {
            assert_eq!(read_number(s), Reading::Empty, "{s:?}");
        }
        for s in ["abc", "12..5", "1,2,3", "1.2.3,4.5", "€", "12-34"] {
            assert_eq!(read_number(s), Reading::Unreadable, "{s:?}");
        }
    }
}
