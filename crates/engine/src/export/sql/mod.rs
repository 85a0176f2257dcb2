//! A segment scheme as one SQL query, for a warehouse that holds more orders than a browser
//! tab can: DuckDB, Spark, BigQuery or PostgreSQL.
//!
//! The query reads a table of order rows and computes everything from it as the engine
//! does: orders from their rows (by order id, or one customer's rows on one day), each
//! order's money whatever the export's habit, left-out statuses and refunds, each
//! customer's features, the score cut points by the engine's own rule, and the rules in
//! order. It returns one row per customer with the segment, named as the page's export
//! names it, and the measures. [`compile`] takes a [`Query`]; [`dialect`] holds what
//! differs between engines, [`rules`] the conditions, [`customers`] the customers'
//! features, [`prediction`] the predicted figures from models the engine fitted.
//!
//! ```
//! use segmenter_engine::export::sql::{compile, Dialect, Query, SqlScheme, TableColumns};
//! use segmenter_engine::roles::Role;
//! use segmenter_engine::segmentation::presets::Preset;
//! let columns = TableColumns::new(vec![
//!     (Role::CustomerId, "customer".into()),
//!     (Role::OrderDate, "ordered_at".into()),
//!     (Role::Amount, "total".into()),
//! ]);
//! let sql = compile(&Query::new(Dialect::DuckDb, "orders", &columns, SqlScheme::Preset(Preset::Rfm { points: 5 }))).unwrap();
//! assert!(sql.contains("FROM \"orders\""));
//! assert!(sql.contains("'Champions'"));
//! ```

pub mod customers;
pub mod dialect;
pub mod prediction;
pub mod rules;
pub mod scores;

pub use dialect::Dialect;
pub use prediction::Models;

use crate::basics::calendar::Date;
use crate::basics::money::Currency;
use crate::features::FeatureKind;
use crate::reading::Table;
use crate::roles::{Mapping, Role};
use crate::segmentation::presets::Preset;
use crate::segmentation::rfm::RfmOptions;
use crate::segmentation::scheme::Scheme;
use crate::shop::currency::{currency_code, currency_column};
use segmenter_words::{Key, Language, Sentence};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The columns of the table of order rows, by the role each plays.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TableColumns {
    columns: Vec<(Role, String)>,
}

impl TableColumns {
    /// Columns by role; a role named twice keeps its first column.
    pub fn new(columns: Vec<(Role, String)>) -> TableColumns {
        let mut kept: Vec<(Role, String)> = Vec::new();
        for (role, name) in columns {
            if !kept.iter().any(|(r, _)| *r == role) {
                kept.push((role, name));
            }
        }
        TableColumns { columns: kept }
    }

    /// The mapped columns of a file, by role, named by their headers.
    pub fn of_file(table: &Table, mapping: &Mapping) -> TableColumns {
        TableColumns::new(
            mapping
                .columns
                .iter()
                .zip(&table.columns)
                .filter_map(|(choice, column)| Some((choice.role?, column.name.clone())))
                .collect(),
        )
    }

    /// The column that has `role`.
    pub fn get(&self, role: Role) -> Option<&str> {
        self.columns
            .iter()
            .find(|(r, _)| *r == role)
            .map(|(_, n)| n.as_str())
    }

    /// Every column, by role.
    pub fn iter(&self) -> impl Iterator<Item = (Role, &str)> {
        self.columns.iter().map(|(r, n)| (*r, n.as_str()))
    }
}

/// In a table whose currency column names several currencies, the one counted: rows in
/// the others are left out, rows naming none are counted in it, as the page counts them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CountedCurrency {
    /// The currency column's name.
    pub column: String,
    /// The code counted, in capitals (`EUR`).
    pub code: String,
}

impl CountedCurrency {
    /// The currency `table`'s analysis counted (`counted`, when its file names several),
    /// when a currency column says each row's; `None` when amounts' marks said it, which a
    /// warehouse table does not keep.
    pub fn of_file(table: &Table, counted: Option<&str>) -> Option<CountedCurrency> {
        let code = counted.filter(|c| !c.is_empty())?;
        let column = currency_column(table)?;
        Some(CountedCurrency {
            column: table.columns[column].name.clone(),
            code: currency_code(code),
        })
    }
}

/// The scheme to compile: a built-in one (its data-dependent parts computed in SQL) or
/// rules as saved from the page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum SqlScheme {
    /// A built-in scheme.
    Preset(Preset),
    /// The merchant's rules.
    Rules(Scheme),
}

/// Everything a query is made from.
#[derive(Clone, Debug, PartialEq)]
pub struct Query<'a> {
    /// The engine it is for.
    pub dialect: Dialect,
    /// The table of order rows.
    pub table: &'a str,
    /// Its columns.
    pub columns: &'a TableColumns,
    /// The scheme.
    pub scheme: SqlScheme,
    /// How RFM scores are computed.
    pub rfm: RfmOptions,
    /// The day recency is measured from; by default the day after the latest order.
    pub as_of: Option<Date>,
    /// The shop's currency, for segment names that quote amounts (spend tiers).
    pub currency: Currency,
    /// The currency counted in a table of several.
    pub counted_currency: Option<CountedCurrency>,
    /// The models fitted to the shop's orders, for schemes that read predicted figures
    /// (Future value, or rules over `p_alive`).
    pub models: Option<Models>,
    /// The language a built-in scheme's segments are named in, as the page named them.
    pub language: Language,
}

impl<'a> Query<'a> {
    /// A query with the default RFM scale, reference date, no currency mark and English
    /// segment names.
    pub fn new(
        dialect: Dialect,
        table: &'a str,
        columns: &'a TableColumns,
        scheme: SqlScheme,
    ) -> Query<'a> {
        Query {
            dialect,
            table,
            columns,
            scheme,
            rfm: RfmOptions::default(),
            as_of: None,
            currency: Currency::default(),
            models: None,
            counted_currency: None,
            language: Language::English,
        }
    }
}

/// Why a scheme cannot be written as SQL.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SqlError {
    /// A rule reads a feature the SQL does not compute.
    UnsupportedFeature {
        /// The feature's id.
        feature: String,
    },
    /// A rule reads the spend in a period, and the scheme names no period.
    NoSpendPeriod,
    /// A built-in scheme the SQL does not compute.
    UnsupportedPreset {
        /// Its name.
        name: String,
    },
    /// A column the scheme needs is not named.
    MissingColumn {
        /// The role the column plays.
        role: Role,
        /// The scheme that needs it; `None` when every scheme does.
        needed_by: Option<String>,
    },
    /// The scheme reads predicted figures, and no fitted models were given.
    NeedsPrediction {
        /// What reads them.
        needed_by: String,
    },
    /// A rule compares a feature in a way its kind does not allow.
    WrongKind {
        /// The feature's id.
        feature: String,
        /// What the condition needs.
        needs: FeatureKind,
    },
}

impl Sentence for SqlError {
    fn sentence(&self, language: Language) -> String {
        match self {
            SqlError::UnsupportedFeature { feature } => language.text(
                Key::ErrorSqlUnsupportedFeature,
                &[("feature", feature.as_str().into())],
            ),
            SqlError::NoSpendPeriod => language.text(Key::ErrorNoSpendPeriod, &[]),
            SqlError::UnsupportedPreset { name } => language.text(
                Key::ErrorSqlUnsupportedPreset,
                &[("name", name.as_str().into())],
            ),
            // English names the role inside its sentence, in lower case; the other languages
            // write it after a colon, as the mapping screen names it. The key is what the
            // command line's --map takes.
            SqlError::MissingColumn { role, needed_by } => {
                let role_name = match language {
                    Language::English => role.label(language).to_lowercase(),
                    _ => role.label(language),
                };
                let mut args = vec![("role", role_name.into()), ("key", role.key().into())];
                let key = match needed_by {
                    Some(scheme) => {
                        args.push(("scheme", scheme.as_str().into()));
                        Key::ErrorSqlMissingColumn
                    }
                    None => Key::ErrorSqlMissingColumnEveryScheme,
                };
                language.text(key, &args)
            }
            SqlError::NeedsPrediction { needed_by } => language.text(
                Key::ErrorSqlNeedsPrediction,
                &[("scheme", needed_by.as_str().into())],
            ),
            SqlError::WrongKind { feature, needs } => language.text(
                match needs {
                    FeatureKind::Number => Key::ErrorSqlNotANumber,
                    FeatureKind::Date => Key::ErrorSqlNotADate,
                    FeatureKind::Category => Key::ErrorSqlNotACategory,
                },
                &[("feature", feature.as_str().into())],
            ),
        }
    }
}

impl fmt::Display for SqlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.sentence(Language::English))
    }
}

impl std::error::Error for SqlError {}

/// The query: a comment saying what it reads and returns, then one `WITH … SELECT`.
pub fn compile(query: &Query) -> Result<String, SqlError> {
    customers::Builder::new(query)?.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_column_names_its_role_in_the_sentence_language() {
        let missing = SqlError::MissingColumn {
            role: Role::OrderDate,
            needed_by: None,
        };
        assert_eq!(
            missing.sentence(Language::English),
            "Every scheme needs the column with the order date (add --map order_date=COLUMN)."
        );
        assert_eq!(
            missing.sentence(Language::German),
            "Jedes Schema braucht die Spalte mit: Bestelldatum (fügen Sie --map order_date=COLUMN hinzu)."
        );
    }

    #[test]
    fn a_rule_on_the_spend_in_a_period_is_written_for_the_period_its_scheme_names() {
        use crate::features::Period;
        use crate::segmentation::scheme::{Condition, Rule, Scheme};
        let columns = TableColumns::new(vec![
            (Role::CustomerId, "customer".into()),
            (Role::OrderDate, "ordered_at".into()),
            (Role::Amount, "total".into()),
        ]);
        let sql = |period| {
            let scheme = Scheme {
                name: "Spent".into(),
                rules: vec![Rule {
                    segment: "100 or more".into(),
                    when: Condition::between("spend_in_period", Some(100.0), None),
                }],
                otherwise: "Less".into(),
                period,
            };
            compile(&Query::new(
                Dialect::DuckDb,
                "orders",
                &columns,
                SqlScheme::Rules(scheme),
            ))
        };
        assert_eq!(sql(None), Err(SqlError::NoSpendPeriod));
        let in_2024 = sql(Some(Period::Year { year: 2024 })).unwrap();
        assert!(
            in_2024.contains("k.day >= DATE '2024-01-01' AND k.day <= DATE '2024-12-31'"),
            "{in_2024}"
        );
        // Every customer's segment from the SQL is checked against the engine's on real
        // engines by tests/sql (the custom-spend-in-period scheme).
    }
}
