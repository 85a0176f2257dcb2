//! What differs between the SQL engines a scheme is compiled for: names of types, date
//! arithmetic, string functions, how literals and names are quoted. Everything else is the
//! SQL they share (CTEs, window functions, CASE).

use serde::{Deserialize, Serialize};
use std::fmt;

/// An SQL engine a scheme can be compiled for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// DuckDB.
    DuckDb,
    /// Apache Spark SQL.
    Spark,
    /// Google BigQuery (standard SQL).
    BigQuery,
    /// PostgreSQL.
    Postgres,
}

impl Dialect {
    /// Every dialect.
    pub const ALL: [Dialect; 4] = [
        Dialect::DuckDb,
        Dialect::Spark,
        Dialect::BigQuery,
        Dialect::Postgres,
    ];

    /// The dialect's name on the command line and in file names.
    pub fn key(self) -> &'static str {
        match self {
            Dialect::DuckDb => "duckdb",
            Dialect::Spark => "spark",
            Dialect::BigQuery => "bigquery",
            Dialect::Postgres => "postgres",
        }
    }

    /// The dialect named `key`.
    pub fn named(key: &str) -> Option<Dialect> {
        Dialect::ALL
            .into_iter()
            .find(|d| d.key().eq_ignore_ascii_case(key))
    }

    /// A column or table name, quoted.
    pub fn ident(self, name: &str) -> String {
        match self {
            Dialect::DuckDb | Dialect::Postgres => format!("\"{}\"", name.replace('"', "\"\"")),
            Dialect::Spark | Dialect::BigQuery => format!("`{}`", name.replace('`', "``")),
        }
    }

    /// A table name, quoted part by part (`shop.orders`).
    pub fn table(self, name: &str) -> String {
        name.split('.')
            .map(|part| self.ident(part))
            .collect::<Vec<_>>()
            .join(".")
    }

    /// A CTE, `name AS (body)`, computed once as the engine computes each step. PostgreSQL
    /// inlines a CTE read once into the query that reads it, and on its guess of a few
    /// rows (it has no statistics of a CTE) computed the one-row cut points again for each
    /// customer, or every customer's favourite category again for each customer: 5 s a
    /// scheme for 500 customers, growing with their square. Materialized, PostgreSQL
    /// computes each step once, as it did every CTE before version 12.
    pub fn cte(self, name: &str, body: &str) -> String {
        let kind = match self {
            Dialect::Postgres => "AS MATERIALIZED",
            _ => "AS",
        };
        format!("{name} {kind} (\n    {body}\n  )")
    }

    /// A string literal.
    pub fn text(self, value: &str) -> String {
        match self {
            Dialect::DuckDb | Dialect::Postgres => format!("'{}'", value.replace('\'', "''")),
            // Spark and BigQuery read backslash escapes in string literals.
            Dialect::Spark | Dialect::BigQuery => format!(
                "'{}'",
                value
                    .replace('\\', "\\\\")
                    .replace('\'', "\\'")
                    .replace('\n', "\\n")
                    .replace('\r', "\\r")
            ),
        }
    }

    /// A floating-point literal, exactly the engine's value.
    pub fn number(self, value: f64) -> String {
        format!("CAST('{value:?}' AS {})", self.double())
    }

    /// A date literal.
    pub fn date(self, day: impl fmt::Display) -> String {
        format!("DATE '{day}'")
    }

    /// The floating-point type.
    pub fn double(self) -> &'static str {
        match self {
            Dialect::DuckDb | Dialect::Spark => "DOUBLE",
            Dialect::BigQuery => "FLOAT64",
            Dialect::Postgres => "DOUBLE PRECISION",
        }
    }

    /// The 64-bit integer type.
    pub fn bigint(self) -> &'static str {
        match self {
            Dialect::BigQuery => "INT64",
            _ => "BIGINT",
        }
    }

    /// The text type.
    pub fn string(self) -> &'static str {
        match self {
            Dialect::DuckDb => "VARCHAR",
            Dialect::Postgres => "TEXT",
            Dialect::Spark | Dialect::BigQuery => "STRING",
        }
    }

    /// `expr` as text.
    pub fn as_text(self, expr: &str) -> String {
        format!("CAST({expr} AS {})", self.string())
    }

    /// `expr` as a floating-point number.
    pub fn as_double(self, expr: &str) -> String {
        format!("CAST({expr} AS {})", self.double())
    }

    /// Days from date `from` to date `to`.
    pub fn days_between(self, from: &str, to: &str) -> String {
        match self {
            Dialect::DuckDb | Dialect::Postgres => format!("({to} - {from})"),
            Dialect::Spark => format!("datediff({to}, {from})"),
            Dialect::BigQuery => format!("DATE_DIFF({to}, {from}, DAY)"),
        }
    }

    /// Date `date` plus `days` days.
    pub fn add_days(self, date: &str, days: i64) -> String {
        match self {
            Dialect::DuckDb | Dialect::Postgres => format!("({date} + {days})"),
            Dialect::Spark => format!("date_add({date}, {days})"),
            Dialect::BigQuery => format!("DATE_ADD({date}, INTERVAL {days} DAY)"),
        }
    }

    /// A date's weekday, Monday = 0.
    pub fn weekday(self, date: &str) -> String {
        match self {
            Dialect::DuckDb => format!("(isodow({date}) - 1)"),
            Dialect::Postgres => format!("(CAST(EXTRACT(ISODOW FROM {date}) AS INTEGER) - 1)"),
            Dialect::Spark => format!("((dayofweek({date}) + 5) % 7)"),
            // ISO weekday (Monday = 1): the same in BigQuery and wherever its SQL is read.
            Dialect::BigQuery => format!("(CAST(FORMAT_DATE('%u', {date}) AS INT64) - 1)"),
        }
    }

    /// A part of a date (`YEAR`, `MONTH`, `DAY`) as an integer.
    pub fn date_part(self, part: &str, date: &str) -> String {
        format!("CAST(EXTRACT({part} FROM {date}) AS {})", self.bigint())
    }

    /// Whether `needle` (lower case) occurs in `haystack`.
    pub fn contains(self, haystack: &str, needle: &str) -> String {
        match self {
            Dialect::Spark => format!("(instr({haystack}, {needle}) > 0)"),
            _ => format!("(strpos({haystack}, {needle}) > 0)"),
        }
    }

    /// Whether all of `text` matches `pattern` (a regular expression without anchors).
    pub fn matches(self, text: &str, pattern: &str) -> String {
        match self {
            Dialect::DuckDb => format!("regexp_full_match({text}, '{pattern}')"),
            Dialect::Postgres => format!("({text} ~ '^{pattern}$')"),
            Dialect::Spark => format!("({text} rlike '^{pattern}$')"),
            Dialect::BigQuery => format!("REGEXP_CONTAINS({text}, r'^{pattern}$')"),
        }
    }

    /// The text `pattern`'s one capturing group matches in `text` (its first match), or
    /// NULL. Patterns use no backslash, so each engine's string literal reads them alike.
    pub fn capture(self, text: &str, pattern: &str) -> String {
        match self {
            // DuckDB and Spark answer '' for no match.
            Dialect::DuckDb | Dialect::Spark => {
                format!("NULLIF(regexp_extract({text}, '{pattern}', 1), '')")
            }
            Dialect::Postgres => format!("(regexp_match({text}, '{pattern}'))[1]"),
            Dialect::BigQuery => format!("REGEXP_EXTRACT({text}, r'{pattern}')"),
        }
    }

    /// `text` from its `start`-th character (1-based) on.
    pub fn substring_from(self, text: &str, start: u32) -> String {
        format!("SUBSTR({text}, {start})")
    }

    /// The first `length` characters of `text`.
    pub fn prefix(self, text: &str, length: usize) -> String {
        format!("SUBSTR({text}, 1, {length})")
    }

    /// A whole number written with thousands grouped by commas: `1,234`.
    pub fn grouped(self, integer: &str) -> String {
        match self {
            Dialect::DuckDb => format!("format('{{:,}}', {integer})"),
            Dialect::Postgres => format!("to_char({integer}, 'FM999,999,999,999,999,990')"),
            Dialect::Spark => format!("format_number({integer}, 0)"),
            Dialect::BigQuery => format!("FORMAT(\"%'d\", {integer})"),
        }
    }

    /// `value` rounded to a whole number, halves away from zero, as an integer.
    pub fn round_whole(self, value: &str) -> String {
        match self {
            // PostgreSQL rounds floating-point halves to even; its numeric type does not.
            Dialect::Postgres => format!("CAST(ROUND(CAST({value} AS NUMERIC)) AS BIGINT)"),
            _ => format!("CAST(ROUND({value}) AS {})", self.bigint()),
        }
    }

    /// A text ordering that compares bytes, as the engine does.
    pub fn bytewise(self, expr: &str) -> String {
        match self {
            Dialect::Postgres => format!("{expr} COLLATE \"C\""),
            _ => expr.to_string(),
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Dialect::DuckDb => "DuckDB",
            Dialect::Spark => "Spark SQL",
            Dialect::BigQuery => "BigQuery",
            Dialect::Postgres => "PostgreSQL",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_are_quoted_as_each_engine_reads_them() {
        assert_eq!(Dialect::DuckDb.text("it's"), "'it''s'");
        assert_eq!(Dialect::Spark.text("it's \\ ok"), "'it\\'s \\\\ ok'");
        assert_eq!(Dialect::BigQuery.ident("my`col"), "`my``col`");
        assert_eq!(
            Dialect::Postgres.ident("Kunde \"A\""),
            "\"Kunde \"\"A\"\"\""
        );
        assert_eq!(
            Dialect::DuckDb.number(2.0 + 1e-9),
            "CAST('2.000000001' AS DOUBLE)"
        );
        assert_eq!(Dialect::named("BigQuery"), Some(Dialect::BigQuery));
    }

    /// PostgreSQL computes every step once (see [`Dialect::cte`]); the others plan alone.
    #[test]
    fn steps_are_computed_once_in_postgres() {
        assert_eq!(
            Dialect::Postgres.cte("cut_points", "SELECT 1"),
            "cut_points AS MATERIALIZED (\n    SELECT 1\n  )"
        );
        assert_eq!(
            Dialect::DuckDb.cte("cut_points", "SELECT 1"),
            "cut_points AS (\n    SELECT 1\n  )"
        );
    }
}
