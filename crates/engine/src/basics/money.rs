//! Amounts of money as the merchant reads them: the shop's currency, grouped thousands.
//!
//! The currency is taken from the file itself: a currency column (`Currency: EUR`) or a
//! sign written with the amounts (`€12,50`). Without either, amounts show as plain numbers.

use serde::{Deserialize, Serialize};
use std::iter::Sum;
use std::ops::{Add, AddAssign, Neg, Sub};

/// An amount counted in ten-thousandths of the currency's unit, so that adding amounts up
/// gives the same total whatever the order: 0.10 + 0.20 is exactly 0.30, and two customers
/// who spent the same have the same total, whether their orders came in one file order or
/// another (or were summed by a SQL engine in its own order, as `ROUND(amount * 10000)`).
///
/// ```
/// use segmenter_engine::basics::money::Units;
/// let total = Units::of(0.1) + Units::of(0.2);
/// assert_eq!(total, Units::of(0.3));
/// assert_eq!(total.amount(), 0.3);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Units(pub i64);

impl Units {
    /// Units in one of the currency's units.
    pub const PER_UNIT: i64 = 10_000;

    /// The nearest count of units to `amount` (halves away from zero).
    pub fn of(amount: f64) -> Units {
        Units((amount * Units::PER_UNIT as f64).round() as i64)
    }

    /// The amount in the currency's unit.
    pub fn amount(self) -> f64 {
        self.0 as f64 / Units::PER_UNIT as f64
    }
}

/// `amount`'s size in steps of a `decimals`-th place (cents for 2), halves away from
/// zero, as merchants and SQL engines round: a half step the float holds a few ulps short
/// (1.005 is 1.00499… as a float, a median of 1.00 and 1.01) counts as the half it is.
/// Rounding from exact units instead would round twice: 114.25498 is 114.2550 in units,
/// and 114.26 at the cent.
///
/// ```
/// use segmenter_engine::basics::money::rounded_steps;
/// assert_eq!(rounded_steps(1.005, 2), 101.0);
/// assert_eq!(rounded_steps(-0.285, 2), 29.0);
/// assert_eq!(rounded_steps(114.25498, 2), 11425.0);
/// assert_eq!(rounded_steps(1234.5, 0), 1235.0);
/// ```
pub fn rounded_steps(amount: f64, decimals: usize) -> f64 {
    let scaled = amount.abs() * 10f64.powi(decimals as i32);
    let half = scaled.floor() + 0.5;
    if (scaled - half).abs() <= scaled * 8.0 * f64::EPSILON {
        half + 0.5
    } else {
        scaled.round()
    }
}

impl Add for Units {
    type Output = Units;
    fn add(self, other: Units) -> Units {
        Units(self.0 + other.0)
    }
}

impl AddAssign for Units {
    fn add_assign(&mut self, other: Units) {
        self.0 += other.0;
    }
}

impl Sub for Units {
    type Output = Units;
    fn sub(self, other: Units) -> Units {
        Units(self.0 - other.0)
    }
}

impl Neg for Units {
    type Output = Units;
    fn neg(self) -> Units {
        Units(-self.0)
    }
}

impl Sum for Units {
    fn sum<I: Iterator<Item = Units>>(iter: I) -> Units {
        iter.fold(Units(0), Add::add)
    }
}

/// How to write the shop's amounts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Currency {
    /// Symbol or code, e.g. `€`, `$`, `CHF`; empty when unknown.
    pub symbol: String,
    /// How the merchant's language writes amounts.
    #[serde(default)]
    pub style: MoneyStyle,
}

/// How a language writes an amount: its decimal mark, its thousands mark and where the
/// currency goes (`€1,234.50`, `1.234,50 €`, `1 234,50 €`, `€ 1.234,50`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum MoneyStyle {
    /// English: `€1,234.50`, `1,234.50 CHF`.
    #[default]
    English,
    /// German, Spanish and Portuguese: `1.234,50 €`.
    German,
    /// French: `1 234,50 €` (a narrow no-break space between thousands).
    French,
    /// Dutch: `€ 1.234,50`.
    Dutch,
}

impl MoneyStyle {
    /// The style of a language tag (`de-DE`, `fr`, `pt-BR`); English for any other.
    pub fn of_language(tag: &str) -> MoneyStyle {
        match tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_lowercase()
            .as_str()
        {
            "de" | "es" | "pt" | "it" => MoneyStyle::German,
            "fr" => MoneyStyle::French,
            "nl" => MoneyStyle::Dutch,
            _ => MoneyStyle::English,
        }
    }

    /// (decimal mark, thousands mark).
    pub fn marks(self) -> (char, char) {
        match self {
            MoneyStyle::English => ('.', ','),
            MoneyStyle::German | MoneyStyle::Dutch => (',', '.'),
            MoneyStyle::French => (',', '\u{202f}'),
        }
    }
}

impl Currency {
    /// The currency for an ISO code or a symbol found in the file.
    pub fn from_mark(mark: &str) -> Currency {
        let code = mark.trim().to_uppercase();
        let symbol = match code.as_str() {
            "EUR" | "€" => "€",
            "USD" | "$" | "US$" => "$",
            "GBP" | "£" => "£",
            "JPY" | "¥" => "¥",
            "INR" | "₹" => "₹",
            "CAD" | "C$" => "CA$",
            "AUD" | "A$" => "A$",
            // An ISO code as written in capitals (Stripe writes `kwd`), so that its
            // decimals are known; any other mark as it is.
            _ => {
                let iso = code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase());
                return Currency {
                    symbol: if iso { code } else { mark.trim().to_string() },
                    ..Currency::default()
                };
            }
        };
        Currency {
            symbol: symbol.to_string(),
            ..Currency::default()
        }
    }

    /// Finds the currency among cells of a money column (`€12.50`, `12,50 EUR`); cells
    /// without a digit are not amounts and say nothing of it.
    pub fn detect<'a>(cells: impl IntoIterator<Item = &'a str>) -> Currency {
        for cell in cells
            .into_iter()
            .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
        {
            let mark: String = cell
                .chars()
                .filter(|c| {
                    !(c.is_ascii_digit()
                        || c.is_whitespace()
                        || matches!(c, '.' | ',' | '-' | '+' | '(' | ')' | '\''))
                })
                .collect();
            if !mark.is_empty() && mark.chars().count() <= 4 {
                return Currency::from_mark(&mark);
            }
        }
        Currency::default()
    }

    /// The decimals the currency's amounts are written with: none for the yen or the won,
    /// three for the Bahraini or Kuwaiti dinar, two for the others (ISO 4217's minor units).
    pub fn decimals(&self) -> usize {
        match self.symbol.as_str() {
            "¥" | "JPY" | "₩" | "KRW" | "₫" | "VND" | "CLP" | "ISK" | "PYG" | "UGX" | "XOF"
            | "XAF" => 0,
            "BHD" | "KWD" | "OMR" | "JOD" | "TND" | "IQD" | "LYD" => 3,
            _ => 2,
        }
    }

    /// Writes an amount with the currency's decimals: `€1,234.50`, `¥1,235`.
    pub fn format(&self, amount: f64) -> String {
        self.write(amount, self.decimals())
    }

    /// Writes an amount rounded to whole units: `€1,235`.
    pub fn format_whole(&self, amount: f64) -> String {
        self.write(amount, 0)
    }

    /// The same currency written in `style`.
    pub fn in_style(self, style: MoneyStyle) -> Currency {
        Currency { style, ..self }
    }

    fn write(&self, amount: f64, decimals: usize) -> String {
        // Halves round away from zero (2.5 → 3), as merchants and SQL engines round, not
        // to even as Rust's formatting does.
        let rounded = rounded_steps(amount, decimals) / 10f64.powi(decimals as i32);
        let sign = if amount < 0.0 && rounded > 0.0 {
            "-"
        } else {
            ""
        };
        let english = group_thousands(&format!("{:.*}", decimals, rounded));
        let (point, group) = self.style.marks();
        let number: String = english
            .chars()
            .map(|c| match c {
                ',' => group,
                '.' => point,
                c => c,
            })
            .collect();
        let s = self.symbol.as_str();
        let short = s.chars().count() == 1 || s.ends_with('$');
        match (self.style, s) {
            (_, "") => format!("{sign}{number}"),
            (MoneyStyle::English, s) if short => format!("{sign}{s}{number}"),
            (MoneyStyle::Dutch, s) if short => format!("{sign}{s} {number}"),
            (_, s) => format!("{sign}{number} {s}"),
        }
    }
}

/// The ISO 4217 code a currency mark stands for (`€` → `EUR`, `US$` → `USD`), so that
/// cells written `$12` and `12 USD` count as one currency. A mark several currencies share
/// (`kr`, `Rs`) or a code stands for itself.
///
/// ```
/// use segmenter_engine::basics::money::iso_code;
/// assert_eq!(iso_code("US$"), "USD");
/// assert_eq!(iso_code("€"), "EUR");
/// assert_eq!(iso_code("kr"), "kr");
/// ```
pub fn iso_code(mark: &str) -> &str {
    match mark {
        "$" | "US$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "¥" => "JPY",
        "₹" => "INR",
        "C$" => "CAD",
        "A$" => "AUD",
        "NZ$" => "NZD",
        "HK$" => "HKD",
        "MX$" => "MXN",
        "S$" => "SGD",
        "R$" => "BRL",
        "₩" => "KRW",
        "₽" => "RUB",
        "₺" => "TRY",
        "₪" => "ILS",
        "₫" => "VND",
        "₱" => "PHP",
        "฿" => "THB",
        "₴" => "UAH",
        "₦" => "NGN",
        "₡" => "CRC",
        "₲" => "PYG",
        "₵" => "GHS",
        "₸" => "KZT",
        "zł" => "PLN",
        "Kč" => "CZK",
        "Fr." | "fr." => "CHF",
        "lei" => "RON",
        "Ft" => "HUF",
        "RM" => "MYR",
        other => other,
    }
}

/// `1234567.5` → `1,234,567.5`.
pub fn group_thousands(number: &str) -> String {
    let (int, frac) = match number.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(*c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_symbol_and_grouping() {
        let eur = Currency::from_mark("EUR");
        assert_eq!(eur.format(1234.5), "€1,234.50");
        assert_eq!(eur.format_whole(-1234567.4), "-€1,234,567");
        assert_eq!(Currency::from_mark("CHF").format(12.0), "12.00 CHF");
        assert_eq!(Currency::default().format(0.5), "0.50");
        // A half cent, which the float 1.005 holds as 1.00499…
        assert_eq!(eur.format(1.005), "€1.01");
    }

    #[test]
    fn a_code_in_small_letters_keeps_its_decimals() {
        // Stripe writes `kwd` and `jpy`.
        let kwd = Currency::from_mark("kwd");
        assert_eq!((kwd.symbol.as_str(), kwd.decimals()), ("KWD", 3));
        assert_eq!(kwd.format(10.125), "10.125 KWD");
        assert_eq!(Currency::from_mark("jpy").format(1200.0), "¥1,200");
        // A mark that is no code stays as written.
        assert_eq!(Currency::from_mark("kr").symbol, "kr");
    }

    #[test]
    fn detects_the_currency_written_with_amounts() {
        assert_eq!(Currency::detect(["12.50", "€ 3,00"]).symbol, "€");
        assert_eq!(Currency::detect(["12.50 USD"]).symbol, "$");
        assert_eq!(Currency::detect(["12.50"]).symbol, "");
    }
}
