//! The query, step by step as the engine computes it: rows → orders (money, statuses,
//! refunds) → customers (recency, frequency, spend and the other features) → scores → the
//! scheme's rules → one row per customer. Each step is a named CTE, so the query reads top
//! to bottom like the engine's own flow.

use super::dialect::Dialect;
use super::prediction;
use super::rules::{self, Features};
use super::scores::{cut_ctes, score, Measure};
use super::{Query, SqlError, SqlScheme};
use crate::basics::money::{MoneyStyle, Units};
use crate::export::customers::{segment_column, MEASURE_COLUMNS};
use crate::features::seasons::{default_calendar, Season};
use crate::features::values::{named_values, shown_value};
use crate::features::{ids, FeatureKind, Period, MEASURED_SEASONS, TIME_OF_DAY_PARTS};
use crate::roles::Role;
use crate::segmentation::presets::build::{
    fixed_rules, one_purchase_day, tier_name, top_values_of, FutureValueNames, TIERS,
};
use crate::segmentation::presets::{preset_name, seasonal_scheme, Preset};
use crate::segmentation::scheme::Scheme;
use crate::shop::{StatusClass, FEMALE_WORDS, MALE_WORDS, TEXT_DETAILS};
use segmenter_words::{Key, Language};

/// Statuses that leave an order out, as [`StatusClass::of`] reads them: (class, words).
/// Kept beside it so the two read the same words.
const LEFT_OUT: [(StatusClass, &[&str]); 4] = [
    (StatusClass::Test, &["test"]),
    (
        StatusClass::Cancelled,
        &[
            "cancel",
            "void",
            "fail",
            "declin",
            "storn",
            "annul",
            "cancelad",
            "anulad",
            "geannuleerd",
            "abgebrochen",
            "fehlgeschlagen",
            "echoue",
            "échoué",
            "fallid",
            "mislukt",
            "falhou",
            "rejected",
        ],
    ),
    (
        StatusClass::Refunded,
        &[
            "refund",
            "erstattet",
            "rembours",
            "reembols",
            "terugbetaald",
            "returned",
        ],
    ),
    (
        StatusClass::Unpaid,
        &[
            "pending",
            "unpaid",
            "on-hold",
            "on hold",
            "awaiting",
            "expired",
            "draft",
            "abandon",
            "requires_payment",
            "incomplete",
            "uncaptured",
            "ausstehend",
            "offen",
            "unbezahlt",
            "en attente",
            "impay",
            "pendiente",
            "in afwachting",
            "onbetaald",
            "pendente",
            "aguardando",
        ],
    ),
];
/// Statuses kept whatever else they say ("partially refunded").
const PARTIAL: [&str; 6] = [
    "partially",
    "partial",
    "teilweise",
    "partiel",
    "parcial",
    "gedeeltelijk",
];

/// How the segment of each customer is decided.
enum Segmenting {
    /// Rules in order, the rest in `otherwise`.
    Rules(Scheme),
    /// The `top` most common values of a category feature each their own segment.
    TopValues {
        feature: String,
        top: usize,
        other: String,
        unknown: String,
        name: String,
    },
    /// Spend tiers over a period, bounds from the buyers' own spend.
    Tiers { period: Period, name: String },
    /// Future value: the chance of still being active against two thresholds, and worth
    /// against the customers' medians.
    FutureValue {
        active: f64,
        lost: f64,
        name: String,
    },
}

/// The segment expression of a customer `s`, what the final select reads (`scored`, with
/// what the segment needs), and the scheme's name (which names the segment column).
struct Segment {
    expr: String,
    name: String,
    from: String,
}

/// Builds the query's CTEs one step at a time.
pub struct Builder<'q> {
    q: &'q Query<'q>,
    d: Dialect,
    ctes: Vec<(String, String)>,
    segmenting: Segmenting,
    /// Feature columns of the `customers` CTE: (id, expression, kind).
    features: Vec<(String, String, FeatureKind)>,
    /// Tables the `customers` CTE joins for its features.
    joins: Vec<String>,
}

impl<'q> Builder<'q> {
    /// Checks the query can be written (its scheme, its columns) and starts it.
    pub fn new(q: &'q Query<'q>) -> Result<Builder<'q>, SqlError> {
        let segmenting = match &q.scheme {
            SqlScheme::Rules(scheme) => Segmenting::Rules(scheme.clone()),
            SqlScheme::Preset(preset) => segmenting_of(preset, q)?,
        };
        if q.columns.get(Role::OrderDate).is_none() {
            return Err(SqlError::MissingColumn {
                role: Role::OrderDate,
                needed_by: None,
            });
        }
        if q.columns.get(Role::CustomerId).is_none() && q.columns.get(Role::Email).is_none() {
            return Err(SqlError::MissingColumn {
                role: Role::CustomerId,
                needed_by: None,
            });
        }
        if q.columns.get(Role::Amount).is_none() && q.columns.get(Role::UnitPrice).is_none() {
            return Err(SqlError::MissingColumn {
                role: Role::Amount,
                needed_by: None,
            });
        }
        Ok(Builder {
            q,
            d: q.dialect,
            ctes: Vec::new(),
            segmenting,
            features: Vec::new(),
            joins: Vec::new(),
        })
    }

    fn col(&self, role: Role) -> Option<String> {
        self.q.columns.get(role).map(|n| self.d.ident(n))
    }

    fn cte(&mut self, name: &str, body: String) {
        self.ctes.push((name.to_string(), body));
    }

    fn feature(&mut self, id: &str, expr: String, kind: FeatureKind) {
        self.features.push((id.to_string(), expr, kind));
    }

    /// The query, with its comment.
    pub fn finish(mut self) -> Result<String, SqlError> {
        let spend_period = self.spend_period()?;
        self.rows();
        self.orders();
        self.customers(spend_period);
        let needed = self.needed_features();
        self.details(&needed);
        self.behaviour(&needed);
        self.predictions(&needed)?;
        self.scores();
        let segment = self.segment()?;
        Ok(self.write(segment))
    }

    /// Whether the scheme reads the time of day, so orders keep their time (`stamp`).
    fn timed(&self) -> bool {
        self.needed_features().iter().any(|f| f == ids::TIME_OF_DAY)
    }

    /// A row's order date and time as minutes since 1900 (`src.stamp`), so the earliest row
    /// of an order gives its time as it gives its day. The time is the separate time
    /// column's when that reads as one, else the order date's; none counts as midnight.
    fn stamp(&self, separate_time: bool) -> String {
        let d = self.d;
        let written =
            d.date_part("HOUR", "order_ts") + " * 60 + " + &d.date_part("MINUTE", "order_ts");
        let minute = if separate_time {
            format!("COALESCE({WRITTEN_MINUTE}, {written})")
        } else {
            written
        };
        format!(
            "{} * 1440 + {minute}",
            d.days_between(&d.date("1900-01-01"), "order_date")
        )
    }

    /// Feature ids the scheme reads.
    fn needed_features(&self) -> Vec<String> {
        match &self.segmenting {
            Segmenting::Rules(scheme) => scheme
                .rules
                .iter()
                .flat_map(|r| r.when.features())
                .map(str::to_string)
                .collect(),
            Segmenting::TopValues { feature, .. } => vec![feature.clone()],
            Segmenting::Tiers { .. } => Vec::new(),
            Segmenting::FutureValue { .. } => {
                vec![ids::P_ALIVE.to_string(), ids::PREDICTED_VALUE.to_string()]
            }
        }
    }

    /// The scheme's name, for what it needs.
    fn scheme_name(&self) -> String {
        match &self.segmenting {
            Segmenting::Rules(scheme) => format!("\"{}\"", scheme.name),
            Segmenting::TopValues { name, .. }
            | Segmenting::Tiers { name, .. }
            | Segmenting::FutureValue { name, .. } => format!("\"{name}\""),
        }
    }

    /// The predicted figures, when the scheme reads one: computed from `dated` with the
    /// fitted models (see [`prediction`]).
    fn predictions(&mut self, needed: &[String]) -> Result<(), SqlError> {
        if !needed.iter().any(|id| PREDICTED.contains(&id.as_str())) {
            return Ok(());
        }
        let Some(models) = self.q.models else {
            return Err(SqlError::NeedsPrediction {
                needed_by: self.scheme_name(),
            });
        };
        for (name, body) in prediction::ctes(self.d, &models) {
            self.cte(name, body);
        }
        self.joins
            .push("LEFT JOIN predicted pr ON pr.customer_id = f.customer_id".to_string());
        for id in PREDICTED {
            // Without the order-value model there is no spend per purchase nor value.
            let valued = matches!(id, ids::EXPECTED_ORDER_VALUE | ids::PREDICTED_VALUE);
            if valued && models.order_values.is_none() {
                continue;
            }
            self.feature(id, format!("pr.{id}"), FeatureKind::Number);
        }
        Ok(())
    }

    /// `raw` and `src`: one row per input row, each value cleaned as the engine reads it.
    fn rows(&mut self) {
        let d = self.d;
        // First every mapped column under its role's name, text trimmed; then each value as
        // the engine keeps it.
        let mut raw = Vec::new();
        for (role, column) in self.q.columns.iter() {
            let c = d.ident(column);
            let value = match role {
                Role::OrderDate | Role::BirthDate => format!("CAST({c} AS DATE)"),
                Role::Amount
                | Role::UnitPrice
                | Role::Quantity
                | Role::RefundedAmount
                | Role::Age
                | Role::CompanySize => d.as_double(&c),
                _ => format!("TRIM({})", d.as_text(&c)),
            };
            raw.push(format!("{value} AS {}", role.key()));
            if role == Role::OrderDate && self.timed() {
                raw.push(format!("CAST({c} AS TIMESTAMP) AS order_ts"));
            }
        }
        if let Some(counted) = &self.q.counted_currency {
            raw.push(format!(
                "UPPER(TRIM({})) AS row_currency",
                d.as_text(&d.ident(&counted.column))
            ));
        }
        let table = d.table(self.q.table);
        self.cte(
            "raw",
            format!("SELECT {}\n    FROM {table}", raw.join(",\n      ")),
        );
        let has = |role: Role| self.q.columns.get(role).is_some();
        // A separate time column is taken apart once, in its own step.
        let read_from = if self.timed() && has(Role::OrderTime) {
            self.cte(
                "clock",
                format!(
                    "SELECT raw.*,\n      {}\n    FROM raw",
                    time_parts(d, "order_time")
                ),
            );
            "clock"
        } else {
            "raw"
        };
        let null_text = format!("CAST(NULL AS {})", d.string());
        // Identifiers without the apostrophe spreadsheets put before numbers, and guest
        // placeholders read as no customer at all.
        let identity = |role: Role, lower: bool| -> String {
            if !has(role) {
                return null_text.clone();
            }
            let cleaned = cleaned(d, role.key());
            let value = if lower {
                format!("LOWER({cleaned})")
            } else {
                cleaned.clone()
            };
            format!(
                "CASE WHEN LOWER({cleaned}) IN ('', '0', '-', 'guest', 'none', 'n/a', 'null') THEN NULL ELSE {value} END"
            )
        };
        let units = |e: &str| d.round_whole(&format!("{e} * {}", Units::PER_UNIT));
        let money = if has(Role::Amount) {
            units("amount")
        } else {
            let quantity = if has(Role::Quantity) {
                "COALESCE(quantity, 1)"
            } else {
                "1"
            };
            units(&format!("(unit_price * {quantity})"))
        };
        let optional = |role: Role, expr: String, none: String| if has(role) { expr } else { none };
        let flag = |role: Role| {
            optional(
                role,
                format!(
                    "CASE WHEN COALESCE({}, '') <> '' THEN 1 ELSE 0 END",
                    role.key()
                ),
                "0".to_string(),
            )
        };
        let mut columns = vec![
            format!(
                "COALESCE({}, {}) AS customer_id",
                identity(Role::CustomerId, false),
                identity(Role::Email, true)
            ),
            format!(
                "{} AS order_id",
                optional(
                    Role::OrderId,
                    "NULLIF(order_id, '')".into(),
                    null_text.clone()
                )
            ),
            "order_date AS day".to_string(),
            format!("{money} AS money"),
            // A line's price × quantity, which shares an order total between its lines.
            format!(
                "{} AS priced",
                if has(Role::UnitPrice) {
                    let quantity = if has(Role::Quantity) {
                        "COALESCE(quantity, 1)"
                    } else {
                        "1"
                    };
                    units(&format!("(unit_price * {quantity})"))
                } else {
                    format!("CAST(NULL AS {})", d.bigint())
                }
            ),
            format!(
                "{} AS refunded",
                optional(
                    Role::RefundedAmount,
                    units("refunded_amount"),
                    format!("CAST(NULL AS {})", d.bigint())
                )
            ),
            format!(
                "{} AS status",
                optional(
                    Role::OrderStatus,
                    "NULLIF(order_status, '')".into(),
                    null_text.clone()
                )
            ),
            format!("{} AS cancelled", flag(Role::CancelledAt)),
            format!("{} AS discounted", discount_used(d, optional)),
        ];
        if self.timed() {
            columns.push(format!("{} AS stamp", self.stamp(has(Role::OrderTime))));
        }
        if self.q.counted_currency.is_some() {
            columns.push("row_currency".to_string());
        }
        if has(Role::Category) {
            columns.push(format!(
                "NULLIF({}, '') AS category",
                cleaned(d, "category")
            ));
        }
        for role in TEXT_DETAILS {
            if has(role) {
                // The gender as written here; `rows_in` reads it as the engine does.
                let name = match role {
                    Role::Gender => "gender_written",
                    _ => role.key(),
                };
                columns.push(format!("NULLIF({}, '') AS {name}", cleaned(d, role.key())));
            }
        }
        if has(Role::Gender) {
            columns.push(format!("{} AS gender_m", gender_of_m(d, "gender")));
        }
        for role in [Role::Age, Role::CompanySize, Role::BirthDate] {
            if has(role) {
                columns.push(role.key().to_string());
            }
        }
        if has(Role::AcceptsMarketing) {
            columns.push(format!(
                "{} AS accepts_marketing",
                yes_or_no(d, "accepts_marketing")
            ));
        }
        self.cte(
            "src",
            format!("SELECT {}\n    FROM {read_from}", columns.join(",\n      ")),
        );
        // Rows without a customer are left out, as the engine lists them; so are rows in
        // another currency than the one counted.
        let currency = match &self.q.counted_currency {
            Some(counted) => format!(
                " AND (COALESCE(row_currency, '') = '' OR row_currency = {})",
                d.text(&counted.code)
            ),
            None => String::new(),
        };
        let gender = if has(Role::Gender) {
            format!("{} AS gender, ", gender(d, "gender_written", "gender_m"))
        } else {
            String::new()
        };
        self.cte(
            "rows_in",
            format!(
                "SELECT *, {gender}CASE WHEN order_id IS NOT NULL THEN CONCAT('o:', order_id) \
                 ELSE CONCAT('d:', customer_id, '|', {}) END AS order_key\n    \
                 FROM src WHERE customer_id IS NOT NULL{currency}",
                d.as_text("day")
            ),
        );
    }

    /// `orders`, `kept`, `dated`: rows grouped into orders; each order's money, whatever the
    /// export's habit; the orders kept; the day recency is measured from.
    fn orders(&mut self) {
        let d = self.d;
        self.cte(
            "orders",
            format!(
            "SELECT order_key, MIN(customer_id) AS customer_id, MIN(day) AS day,\n      \
             COUNT(*) AS lines, COUNT(money) AS priced, SUM(money) AS money_sum,\n      \
             MIN(money) AS money_min, MAX(money) AS money_max, MAX(status) AS status,\n      \
             MAX(cancelled) AS cancelled, MAX(discounted) AS discounted, MAX(ABS(refunded)) AS refunded{}\n    \
             FROM rows_in GROUP BY order_key",
                // An order's time is its earliest row's, as its day is.
                if self.timed() { ", MIN(stamp) AS stamp" } else { "" }
            ),
        );
        // Decided as the engine does, from the orders with several rows: an order total on
        // the first row only, or repeated on every row (nine in ten of them), or else line
        // totals to add up.
        let total = match self.col(Role::Amount) {
            Some(_) => format!(
                "CASE WHEN {}\n        THEN money_max ELSE money_sum END",
                self.order_totals()
            ),
            None => "money_sum".to_string(),
        };
        let kept_status = self.kept_status("status");
        // As the shop stood at the start of the reference day: later orders and refunds
        // have not happened yet.
        let before = match self.q.as_of {
            Some(day) => format!(" AND day < {}", d.date(day)),
            None => String::new(),
        };
        let time = if self.timed() { ", stamp" } else { "" };
        // Negative money is a refund: it lowers the customer's spend but is not an order.
        self.cte(
            "kept",
            format!(
                "SELECT order_key, customer_id, day{time}, discounted, is_order,\n      \
                 CASE WHEN is_order = 1 THEN gross - COALESCE(refunded, 0) ELSE gross END AS money\n    \
                 FROM (\n      \
                 SELECT order_key, customer_id, day{time}, discounted, refunded, gross, CASE WHEN gross >= 0 THEN 1 ELSE 0 END AS is_order\n      \
                 FROM (SELECT orders.*, {total} AS gross FROM orders) o\n      \
                 WHERE day IS NOT NULL{before} AND cancelled = 0 AND {kept_status} AND priced > 0\n    \
                 ) o"
            ),
        );
        let reference = match self.q.as_of {
            Some(day) => d.date(day),
            None => d.add_days("MAX(CASE WHEN is_order = 1 THEN day END) OVER ()", 1),
        };
        self.cte(
            "dated",
            format!("SELECT kept.*, {reference} AS ref_day FROM kept"),
        );
    }

    /// Whether the file's amounts are order totals (over the `orders` CTE's rows), decided
    /// as the engine does from the orders with several rows: a total on the first row only,
    /// or repeated on every row (nine in ten of them); else they are line totals to add up.
    fn order_totals(&self) -> &'static str {
        if self.col(Role::Amount).is_none() {
            return "1 = 0";
        }
        "SUM(CASE WHEN lines > 1 THEN 1 ELSE 0 END) OVER () > 0 AND (\n        \
         SUM(CASE WHEN lines > 1 AND priced = 1 THEN 1 ELSE 0 END) OVER () * 10 >= SUM(CASE WHEN lines > 1 THEN 1 ELSE 0 END) OVER () * 9\n        \
         OR SUM(CASE WHEN lines > 1 AND priced = lines AND money_min = money_max THEN 1 ELSE 0 END) OVER () * 10 >= SUM(CASE WHEN lines > 1 THEN 1 ELSE 0 END) OVER () * 9)"
    }

    /// Whether an order's status keeps it, as [`StatusClass::of`] reads it.
    fn kept_status(&self, status: &str) -> String {
        let d = self.d;
        let s = format!("LOWER(TRIM({status}))");
        let has = |words: &[&str]| -> String {
            words
                .iter()
                .map(|w| d.contains(&s, &d.text(w)))
                .collect::<Vec<_>>()
                .join(" OR ")
        };
        let left_out: Vec<String> = LEFT_OUT.iter().map(|(_, words)| has(words)).collect();
        format!(
            "({status} IS NULL OR {} OR NOT ({}))",
            has(&PARTIAL),
            left_out.join(" OR ")
        )
    }

    /// The period of the spend in a period the scheme's rules read, if they read it.
    fn spend_period(&self) -> Result<Option<Period>, SqlError> {
        let Segmenting::Rules(scheme) = &self.segmenting else {
            return Ok(None);
        };
        if !scheme.reads_spend_in_period() {
            return Ok(None);
        }
        scheme.period.map(Some).ok_or(SqlError::NoSpendPeriod)
    }

    /// `customers`: each customer's orders summed up, and the features every query reads,
    /// with their spend in `spend_period` when the rules read it.
    fn customers(&mut self, spend_period: Option<Period>) {
        let d = self.d;
        let per = Units::PER_UNIT;
        let period_units = spend_period.map_or(String::new(), |period| {
            format!("{} AS period_units,\n      ", spent_in(d, period, "k."))
        });
        self.cte(
            "base",
            "SELECT k.customer_id,\n      \
             SUM(k.is_order) AS frequency,\n      \
             SUM(CASE WHEN k.is_order = 1 THEN k.money ELSE 0 END) AS order_units,\n      \
             SUM(CASE WHEN k.is_order = 0 THEN -k.money ELSE 0 END) AS refund_units,\n      \
             MIN(CASE WHEN k.is_order = 1 THEN k.day END) AS first_order,\n      \
             MAX(CASE WHEN k.is_order = 1 THEN k.day END) AS last_order,\n      \
             SUM(CASE WHEN k.is_order = 1 THEN k.discounted ELSE 0 END) AS discounted_orders,\n      \
             SUM(CASE WHEN k.day >= DAY_FROM AND k.day < k.ref_day THEN k.money ELSE 0 END) AS last_year_units,\n      \
             PERIOD_UNITSMAX(k.ref_day) AS ref_day\n    \
             FROM dated k GROUP BY k.customer_id"
                .replace("DAY_FROM", &d.add_days("k.ref_day", -365))
                .replace("PERIOD_UNITS", &period_units),
        );
        let days = |from: &str, to: &str| d.days_between(from, to);
        let double = |e: &str| d.as_double(e);
        let money = |units: &str| format!("{} / {per}", double(units));
        let mut f = vec![
            ("frequency", double("b.frequency"), FeatureKind::Number),
            (
                ids::MONETARY,
                money("b.order_units - b.refund_units"),
                FeatureKind::Number,
            ),
            (
                ids::AOV,
                format!(
                    "CASE WHEN b.frequency > 0 THEN {} / b.frequency END",
                    money("b.order_units")
                ),
                FeatureKind::Number,
            ),
            (ids::FIRST_ORDER, "b.first_order".into(), FeatureKind::Date),
            (ids::LAST_ORDER, "b.last_order".into(), FeatureKind::Date),
            (
                ids::RECENCY,
                double(&days("b.last_order", "b.ref_day")),
                FeatureKind::Number,
            ),
            (
                ids::TENURE,
                double(&days("b.first_order", "b.ref_day")),
                FeatureKind::Number,
            ),
            (
                ids::INTERVAL,
                format!(
                    "CASE WHEN b.frequency >= 2 THEN {} / (b.frequency - 1) END",
                    double(&days("b.first_order", "b.last_order"))
                ),
                FeatureKind::Number,
            ),
            (
                ids::SPEND_LAST_YEAR,
                money("b.last_year_units"),
                FeatureKind::Number,
            ),
        ];
        if spend_period.is_some() {
            f.push((
                ids::SPEND_IN_PERIOD,
                money("b.period_units"),
                FeatureKind::Number,
            ));
        }
        if self.col(Role::DiscountCode).is_some() {
            f.push((
                ids::DISCOUNT_SHARE,
                format!(
                    "CASE WHEN b.frequency > 0 THEN {} / b.frequency END",
                    double("b.discounted_orders")
                ),
                FeatureKind::Number,
            ));
        }
        let columns: Vec<String> = f
            .iter()
            .map(|(id, e, _)| format!("{e} AS {}", d.ident(id)))
            .collect();
        self.cte(
            "figures",
            format!(
                "SELECT b.customer_id, b.ref_day, {}\n    FROM base b",
                columns.join(",\n      ")
            ),
        );
        for (id, _, kind) in f {
            self.feature(id, format!("f.{}", d.ident(id)), kind);
        }
        // Days since the last order over the usual days between orders.
        let overdue = format!(
            "CASE WHEN f.{i} > 0 THEN f.{r} / f.{i} END",
            i = d.ident(ids::INTERVAL),
            r = d.ident(ids::RECENCY)
        );
        self.feature(ids::OVERDUE, overdue, FeatureKind::Number);
    }

    /// The customers' details (from their latest row that has each) the scheme reads.
    fn details(&mut self, needed: &[String]) {
        let d = self.d;
        let reads = |id: &str| {
            needed
                .iter()
                .any(|n| n == id || n.starts_with("postal_prefix_") && id == "postal_code")
        };
        let mut details: Vec<(String, String, FeatureKind)> = Vec::new();
        for role in TEXT_DETAILS {
            let Some(id) = ids::of_role(role) else {
                continue;
            };
            if self.col(role).is_none() || !reads(id) {
                continue;
            }
            details.push((
                id.to_string(),
                role.key().to_string(),
                FeatureKind::Category,
            ));
        }
        for role in [Role::Age, Role::CompanySize] {
            let Some(id) = ids::of_role(role) else {
                continue;
            };
            if self.col(role).is_some() && reads(id) {
                details.push((id.to_string(), role.key().to_string(), FeatureKind::Number));
            }
        }
        if self.col(Role::BirthDate).is_some() && reads(ids::AGE) && self.col(Role::Age).is_none() {
            details.push((
                ids::AGE.to_string(),
                "birth_date".into(),
                FeatureKind::Number,
            ));
        }
        if self.col(Role::AcceptsMarketing).is_some() && reads(ids::ACCEPTS_MARKETING) {
            details.push((
                ids::ACCEPTS_MARKETING.to_string(),
                "accepts_marketing".into(),
                FeatureKind::Category,
            ));
        }
        if !details.is_empty()
            || (reads(ids::CATEGORIES_BOUGHT) && self.col(Role::Category).is_some())
        {
            self.kept_rows();
        }
        for (id, column, kind) in details {
            let name = format!("detail_{column}");
            self.cte(
                &name,
                format!(
                    "SELECT customer_id, {column} AS value FROM (\n      \
                     SELECT customer_id, {column}, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY order_day DESC, {} DESC) AS latest\n      \
                     FROM kept_rows WHERE {column} IS NOT NULL\n    ) ranked WHERE latest = 1",
                    if kind == FeatureKind::Category {
                        d.bytewise(column.as_str())
                    } else {
                        column.clone()
                    }
                ),
            );
            let alias = format!("d_{column}");
            self.joins.push(format!(
                "LEFT JOIN {name} {alias} ON {alias}.customer_id = f.customer_id"
            ));
            let value = format!("{alias}.value");
            let expr = if column == "birth_date" {
                age_on(d, &value, "f.ref_day")
            } else {
                value
            };
            self.feature(&id, expr, kind);
        }
        for n in needed {
            if let Some(prefix) = n
                .strip_prefix("postal_prefix_")
                .and_then(|p| p.parse::<usize>().ok())
            {
                if let Some((_, whole, _)) = self
                    .features
                    .iter()
                    .find(|(i, _, _)| i == "postal_code")
                    .cloned()
                {
                    let area = format!(
                        "NULLIF(UPPER({}), '')",
                        d.prefix(&format!("REPLACE({whole}, ' ', '')"), prefix)
                    );
                    self.feature(n, area, FeatureKind::Category);
                }
            }
        }
    }

    /// `kept_rows`: the rows of the orders kept, dated by their order. Only these count for
    /// a customer's details.
    fn kept_rows(&mut self) {
        self.cte(
            "kept_rows",
            "SELECT r.*, k.day AS order_day FROM rows_in r JOIN kept k ON k.order_key = r.order_key WHERE k.is_order = 1"
                .to_string(),
        );
    }

    /// Behaviour from the orders the scheme reads: favourite weekday and month, categories
    /// bought.
    fn behaviour(&mut self, needed: &[String]) {
        let d = self.d;
        let reads = |id: &str| needed.iter().any(|n| n == id);
        let favourite = |b: &mut Builder, id: &str, slot: String, labels: &[&str], base: i64| {
            let name = format!(
                "fav_{}",
                id.replace(ids::WEEKDAY, "weekday")
                    .replace(ids::MONTH, "month")
                    .replace(ids::TIME_OF_DAY, "time")
            );
            b.cte(
                &name,
                format!(
                    "SELECT customer_id, slot FROM (\n      \
                     SELECT customer_id, slot, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY COUNT(*) DESC, slot) AS rank\n      \
                     FROM (SELECT customer_id, {slot} AS slot FROM kept WHERE is_order = 1) s WHERE slot IS NOT NULL GROUP BY customer_id, slot\n    \
                     ) ranked WHERE rank = 1"
                ),
            );
            let cases: Vec<String> = labels
                .iter()
                .enumerate()
                .map(|(i, l)| format!("WHEN {} THEN {}", i as i64 + base, d.text(l)))
                .collect();
            b.joins.push(format!(
                "LEFT JOIN {name} ON {name}.customer_id = f.customer_id"
            ));
            b.feature(
                id,
                format!("CASE {name}.slot {} END", cases.join(" ")),
                FeatureKind::Category,
            );
        };
        if reads(ids::WEEKDAY) {
            let names: Vec<&str> = crate::basics::calendar::Weekday::ALL
                .iter()
                .map(|w| w.name())
                .collect();
            favourite(self, ids::WEEKDAY, d.weekday("day"), &names, 0);
        }
        if reads(ids::MONTH) {
            favourite(
                self,
                ids::MONTH,
                d.date_part("MONTH", "day"),
                &crate::basics::calendar::MONTH_NAMES,
                1,
            );
        }
        if reads(ids::TIME_OF_DAY) {
            // The part of the day, six hours each, as the engine counts it from the minute.
            // Exactly midnight is a date without a time, as the engine reads it.
            favourite(
                self,
                ids::TIME_OF_DAY,
                format!(
                    "CASE WHEN MOD(stamp, 1440) = 0 THEN NULL ELSE CAST(FLOOR(MOD(stamp, 1440) / 360.0) AS {}) END",
                    d.bigint()
                ),
                &TIME_OF_DAY_PARTS,
                0,
            );
        }
        self.season_shares(needed);
        if (reads(ids::TOP_CATEGORY) || reads(ids::TOP_CATEGORY_SHARE))
            && self.col(Role::Category).is_some()
        {
            self.favourite_category();
        }
        if reads(ids::CATEGORIES_BOUGHT) && self.col(Role::Category).is_some() {
            self.cte(
                "breadth",
                "SELECT customer_id, COUNT(DISTINCT category) AS categories FROM kept_rows \
                 WHERE category IS NOT NULL GROUP BY customer_id"
                    .to_string(),
            );
            self.joins
                .push("LEFT JOIN breadth ON breadth.customer_id = f.customer_id".to_string());
            self.feature(
                ids::CATEGORIES_BOUGHT,
                d.as_double("breadth.categories"),
                FeatureKind::Number,
            );
        }
    }

    /// The category each customer spent most on (ties to the first by name), and its share
    /// of their spend, as the engine shares each kept order's money between its lines: a
    /// file of one row per order gives each line its order's money; line totals (or price
    /// × quantity) are each line's own; an order total goes to the lines by their prices
    /// when the file gives them, else in equal parts.
    fn favourite_category(&mut self) {
        let d = self.d;
        let share = d.round_whole(&format!("{} / o.lines", d.as_double("o.money_max")));
        self.cte(
            "line_money",
            format!(
                "SELECT r.customer_id, r.category,\n      \
                 CASE WHEN o.most_lines = 1 THEN k.money\n        \
                 WHEN o.order_totals = 1 THEN COALESCE(r.priced, {share})\n        \
                 ELSE COALESCE(r.money, 0) END AS units\n    \
                 FROM rows_in r\n    \
                 JOIN kept k ON k.order_key = r.order_key\n    \
                 JOIN (SELECT order_key, lines, money_max, MAX(lines) OVER () AS most_lines,\n      \
                 CASE WHEN {} THEN 1 ELSE 0 END AS order_totals FROM orders) o ON o.order_key = r.order_key\n    \
                 WHERE k.is_order = 1 AND r.category IS NOT NULL",
                self.order_totals()
            ),
        );
        self.cte(
            "fav_category",
            format!(
                "SELECT customer_id, category, spend, total FROM (\n      \
                 SELECT customer_id, category, spend,\n        \
                 SUM(CASE WHEN spend > 0 THEN spend ELSE 0 END) OVER (PARTITION BY customer_id) AS total,\n        \
                 ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY spend DESC, {}) AS rank\n      \
                 FROM (SELECT customer_id, category, SUM(units) AS spend FROM line_money GROUP BY customer_id, category) s\n    \
                 ) ranked WHERE rank = 1",
                d.bytewise("category")
            ),
        );
        self.joins
            .push("LEFT JOIN fav_category ON fav_category.customer_id = f.customer_id".to_string());
        self.feature(
            ids::TOP_CATEGORY,
            "fav_category.category".to_string(),
            FeatureKind::Category,
        );
        self.feature(
            ids::TOP_CATEGORY_SHARE,
            format!(
                "CASE WHEN fav_category.total > 0 THEN {} / {} END",
                d.as_double("CASE WHEN fav_category.spend > 0 THEN fav_category.spend ELSE 0 END"),
                d.as_double("fav_category.total")
            ),
            FeatureKind::Number,
        );
    }

    /// The share of each customer's orders in each season the scheme reads (the seasons of
    /// the seasonal scheme, else the default calendar's by name). A season's days differ
    /// from year to year (Black Friday, Mother's Day), so its windows are written out for
    /// every year from 2000 to 2040.
    fn season_shares(&mut self, needed: &[String]) {
        let d = self.d;
        let calendar = match &self.q.scheme {
            SqlScheme::Preset(Preset::Seasonal { seasons }) => seasons.clone(),
            _ => default_calendar(),
        };
        let read: Vec<(String, Season)> = calendar
            .into_iter()
            .take(MEASURED_SEASONS)
            .map(|s| (ids::season_share(&s.name), s))
            .filter(|(id, _)| needed.contains(id))
            .collect();
        if read.is_empty() {
            return;
        }
        let counts: Vec<String> = read
            .iter()
            .enumerate()
            .map(|(k, (_, season))| {
                let windows: Vec<String> = (SEASON_YEARS.0..=SEASON_YEARS.1)
                    .filter_map(|year| season.window(year))
                    .map(|(from, to)| format!("day BETWEEN {} AND {}", d.date(from), d.date(to)))
                    .collect();
                format!(
                    "SUM(CASE WHEN {} THEN 1 ELSE 0 END) AS in_season_{k}",
                    windows.join(" OR ")
                )
            })
            .collect();
        self.cte(
            "season_orders",
            format!(
                "SELECT customer_id, COUNT(*) AS orders_all,\n      {}\n    \
                 FROM kept WHERE is_order = 1 GROUP BY customer_id",
                counts.join(",\n      ")
            ),
        );
        self.joins.push(
            "LEFT JOIN season_orders ON season_orders.customer_id = f.customer_id".to_string(),
        );
        for (k, (id, _)) in read.iter().enumerate() {
            self.feature(
                id,
                format!(
                    "{} / season_orders.orders_all",
                    d.as_double(&format!("season_orders.in_season_{k}"))
                ),
                FeatureKind::Number,
            );
        }
    }

    /// `scored`: every feature of every customer, with the RFM scores.
    fn scores(&mut self) {
        let d = self.d;
        let columns: Vec<String> = self
            .features
            .iter()
            .map(|(id, expr, _)| format!("{expr} AS {}", d.ident(id)))
            .collect();
        let joins: String = self.joins.iter().map(|j| format!("\n    {j}")).collect();
        self.cte(
            "customers",
            format!(
                "SELECT f.customer_id, f.ref_day, {}\n    FROM figures f{joins}",
                columns.join(",\n      ")
            ),
        );
        // Customers with an order are scored.
        let points = self.q.rfm.points.clamp(3, 5);
        let measures = [
            (ids::RECENCY, "r", &self.q.rfm.recency),
            (ids::FREQUENCY, "f", &self.q.rfm.frequency),
            (ids::MONETARY, "m", &self.q.rfm.monetary),
        ]
        .map(|(id, letter, method)| Measure {
            letter,
            column: format!("c.{}", d.ident(id)),
            method,
        });
        for (cte, body) in cut_ctes(d, "customers c", "c.frequency > 0", &measures, points) {
            self.cte(&cte, body);
        }
        let scored = |id: &str, letter: &str, reversed: bool| {
            format!(
                "CASE WHEN c.frequency > 0 THEN {} END",
                score(
                    &format!("c.{}", d.ident(id)),
                    "cp",
                    letter,
                    points,
                    reversed
                )
            )
        };
        self.cte(
            "scored",
            format!(
                "SELECT c.*,\n      {} AS r_score,\n      {} AS f_score,\n      {} AS m_score\n    \
                 FROM customers c CROSS JOIN cut_points cp",
                scored(ids::RECENCY, "r", true),
                scored(ids::FREQUENCY, "f", false),
                scored(ids::MONETARY, "m", false)
            ),
        );
        let features: Vec<(String, String, FeatureKind)> = self
            .features
            .iter()
            .map(|(id, _, kind)| (id.clone(), format!("s.{}", d.ident(id)), *kind))
            .chain(
                [ids::R_SCORE, ids::F_SCORE, ids::M_SCORE]
                    .map(|id| (id.to_string(), format!("s.{id}"), FeatureKind::Number)),
            )
            .collect();
        self.features = features;
    }

    /// How each customer's segment is decided, with any CTE it needs.
    fn segment(&mut self) -> Result<Segment, SqlError> {
        let d = self.d;
        let segmenting = std::mem::replace(
            &mut self.segmenting,
            Segmenting::Tiers {
                period: Period::Last { days: 0 },
                name: String::new(),
            },
        );
        match segmenting {
            Segmenting::Rules(scheme) => {
                let mut cases = Vec::new();
                for rule in &scheme.rules {
                    let when = rules::condition(d, &rule.when, &*self)?;
                    cases.push(format!("WHEN {when} THEN {}", d.text(&rule.segment)));
                }
                let expr = if cases.is_empty() {
                    d.text(&scheme.otherwise)
                } else {
                    format!(
                        "CASE\n        {}\n        ELSE {} END",
                        cases.join("\n        "),
                        d.text(&scheme.otherwise)
                    )
                };
                Ok(Segment {
                    expr,
                    name: scheme.name,
                    from: "scored s".to_string(),
                })
            }
            Segmenting::TopValues {
                feature,
                top,
                other,
                unknown,
                name,
            } => {
                let value = self
                    .column(&feature)
                    .map(|(e, _)| e)
                    .ok_or(SqlError::UnsupportedFeature {
                        feature: feature.clone(),
                    })?;
                // Values by how many customers have them, most first; equal counts by the
                // value, as bytes, as the engine ranks them. Unknown values rank last.
                self.cte(
                    "counted",
                    format!(
                        "SELECT s.*, {value} AS ranked_value, COUNT(*) OVER (PARTITION BY {value}) AS value_customers FROM scored s"
                    ),
                );
                self.cte(
                    "ranked",
                    format!(
                        "SELECT counted.*, DENSE_RANK() OVER (ORDER BY CASE WHEN ranked_value IS NULL THEN 1 ELSE 0 END, value_customers DESC, {}) AS value_rank FROM counted",
                        d.bytewise("ranked_value")
                    ),
                );
                // Weekdays, months and parts of the day are computed in English and named
                // in the scheme's language, as the engine names their segments.
                let renamed: Vec<String> = named_values(&feature)
                    .into_iter()
                    .map(|(v, _)| (v, shown_value(&feature, v, self.q.language)))
                    .filter(|(v, name)| v != name)
                    .map(|(v, name)| format!("WHEN {} THEN {}", d.text(v), d.text(&name)))
                    .collect();
                let shown = if renamed.is_empty() {
                    "s.ranked_value".to_string()
                } else {
                    format!(
                        "CASE s.ranked_value {} ELSE s.ranked_value END",
                        renamed.join(" ")
                    )
                };
                Ok(Segment {
                    expr: format!(
                        "CASE WHEN s.ranked_value IS NULL THEN {} WHEN s.value_rank <= {top} THEN {shown} ELSE {} END",
                        d.text(&unknown),
                        d.text(&other)
                    ),
                    name,
                    from: "ranked s".to_string(),
                })
            }
            Segmenting::Tiers { period, name } => Ok(Segment {
                expr: self.tiers(period),
                name,
                from: "scored s\n  LEFT JOIN period_spend p ON p.customer_id = s.customer_id\n  CROSS JOIN tier_bounds tb"
                    .to_string(),
            }),
            Segmenting::FutureValue { active, lost, name } => Ok(Segment {
                expr: self.future_value(active, lost)?,
                name,
                from: "scored s\n  CROSS JOIN worth_median wm\n  CROSS JOIN spent_median sm".to_string(),
            }),
        }
    }

    /// Future value's rules in order, as the engine writes them: bought on one day only so
    /// far, active and worth at least the median, active, at risk and spent at least the
    /// median, at risk, likely lost; the medians from the customers' own figures, quoted in
    /// the names.
    fn future_value(&mut self, active: f64, lost: f64) -> Result<String, SqlError> {
        let d = self.d;
        let feature = |b: &Builder, id: &str| b.column(id).map(|(e, _)| e).unwrap_or_default();
        let (alive, spent) = (feature(self, ids::P_ALIVE), feature(self, ids::MONETARY));
        // The engine's own rule, TRUE or FALSE for every customer.
        let once = rules::condition(d, &one_purchase_day(), &*self)?;
        let valued = self.column(ids::PREDICTED_VALUE).is_some();
        let worth = if valued {
            feature(self, ids::PREDICTED_VALUE)
        } else {
            spent.clone()
        };
        // The engine's median: the value at position n / 2 of the known values, sorted, of
        // the customers not of one purchase day (the first rule's).
        for (cte, value) in [("worth_median", &worth), ("spent_median", &spent)] {
            self.cte(
                cte,
                format!(
                    "SELECT COALESCE(MAX(CASE WHEN position = middle THEN v END), 0) AS cut FROM (\n      \
                     SELECT v, ROW_NUMBER() OVER (ORDER BY v) AS position, CAST(FLOOR(COUNT(*) OVER () / 2.0) AS {}) + 1 AS middle\n      \
                     FROM (SELECT {value} AS v FROM scored s WHERE NOT {once}) x WHERE v IS NOT NULL\n    \
                     ) y",
                    d.bigint(),
                ),
            );
        }
        let names = FutureValueNames::new(self.q.language, valued);
        let from = |cut: &str, (before, after): &(String, String)| {
            format!(
                "CONCAT({}, {}, {})",
                d.text(before),
                self.whole_money(cut),
                d.text(after)
            )
        };
        let at_least = |x: &str, min: String| format!("{x} IS NOT NULL AND {x} >= {min}");
        let between = |min: f64, max: f64| {
            format!(
                "{} AND {alive} <= {}",
                at_least(&alive, d.number(min)),
                d.number(max)
            )
        };
        let rules = [
            (once.clone(), d.text(&names.once)),
            (
                format!(
                    "{} AND {}",
                    at_least(&alive, d.number(active)),
                    at_least(&worth, "wm.cut".into())
                ),
                from("wm.cut", &names.valuable),
            ),
            (at_least(&alive, d.number(active)), d.text(&names.active)),
            (
                format!(
                    "{} AND {}",
                    between(lost, active),
                    at_least(&spent, "sm.cut".into())
                ),
                from("sm.cut", &names.worth_saving),
            ),
            (between(lost, active), d.text(&names.at_risk)),
            (between(0.0, lost), d.text(&names.likely_lost)),
        ];
        let cases: Vec<String> = rules
            .iter()
            .map(|(when, then)| format!("WHEN {when} THEN {then}"))
            .collect();
        Ok(format!(
            "CASE\n        {}\n        ELSE {} END",
            cases.join("\n        "),
            d.text(&names.no_prediction)
        ))
    }

    /// Spend tiers: each buyer's spend in the period, the tier bounds from the buyers'
    /// ranking, and the tier names quoting them.
    fn tiers(&mut self, period: Period) -> String {
        let d = self.d;
        self.cte(
            "period_spend",
            format!(
                "SELECT customer_id, {} AS units\n    FROM dated GROUP BY customer_id",
                spent_in(d, period, "")
            ),
        );
        self.cte(
            "tier_buyers",
            format!(
                "SELECT {} / {} AS spend, ROW_NUMBER() OVER (ORDER BY units DESC) AS rank, COUNT(*) OVER () AS buyers\n    \
                 FROM period_spend WHERE units > 0",
                d.as_double("units"),
                Units::PER_UNIT
            ),
        );
        // Each tier starts at the spend of the buyer at its share of the ranking.
        let bounds: Vec<String> = TIERS
            .iter()
            .enumerate()
            .map(|(i, (share, _))| {
                format!(
                    "MAX(CASE WHEN rank = GREATEST(1, LEAST({}, buyers)) THEN spend END) AS b{}",
                    d.round_whole(&format!(
                        "CEIL({} * {})",
                        d.as_double("buyers"),
                        d.number(*share)
                    )),
                    i + 1
                )
            })
            .collect();
        self.cte(
            "tier_bounds",
            format!("SELECT {}\n    FROM tier_buyers", bounds.join(",\n      ")),
        );
        let spend = format!(
            "{} / {}",
            d.as_double("COALESCE(p.units, 0)"),
            Units::PER_UNIT
        );
        let language = self.q.language;
        let mut cases: Vec<String> = TIERS
            .iter()
            .enumerate()
            .map(|(i, &(_, tier))| {
                let b = format!("tb.b{}", i + 1);
                let (before, after) = tier_name(tier, language);
                format!(
                    "WHEN {b} IS NOT NULL AND {spend} >= {b} THEN CONCAT({}, {}, {})",
                    d.text(&before),
                    self.whole_money(&b),
                    d.text(&after)
                )
            })
            .collect();
        cases.push(format!(
            "WHEN COALESCE(p.units, 0) > 0 THEN {}",
            d.text(&language.text(Key::SchemesTierBottom, &[]))
        ));
        format!(
            "CASE\n        {}\n        ELSE {} END",
            cases.join("\n        "),
            d.text(&language.text(Key::SchemesTierNoPurchase, &[]))
        )
    }

    /// An amount written as the page writes whole amounts: rounded, grouped, with the
    /// shop's currency mark, in the style of the merchant's language (`€1,234`,
    /// `1.234 €`, `€ 1.234`), so segment names quoting it read as the page's.
    fn whole_money(&self, amount: &str) -> String {
        let d = self.d;
        let grouped = d.grouped(&d.round_whole(amount));
        let style = self.q.currency.style;
        let number = match style.marks().1 {
            ',' => grouped,
            mark => format!("REPLACE({grouped}, ',', {})", d.text(&mark.to_string())),
        };
        let symbol = self.q.currency.symbol.as_str();
        let short = symbol.chars().count() == 1 || symbol.ends_with('$');
        match (style, symbol) {
            (_, "") => number,
            (MoneyStyle::English, s) if short => format!("CONCAT({}, {number})", d.text(s)),
            (MoneyStyle::Dutch, s) if short => {
                format!("CONCAT({}, {number})", d.text(&format!("{s} ")))
            }
            (_, s) => format!("CONCAT({number}, {})", d.text(&format!(" {s}"))),
        }
    }

    /// The query: its comment, the CTEs, one row per customer.
    fn write(
        &self,
        Segment {
            expr: segment,
            name,
            from,
        }: Segment,
    ) -> String {
        let d = self.d;
        let column = segment_column(&name);
        let mut measures = Vec::new();
        for (id, out) in MEASURE_COLUMNS {
            if let Some((expr, _)) = self.column(id) {
                measures.push(format!("{expr} AS {}", d.ident(out)));
            }
        }
        let ctes: Vec<String> = self
            .ctes
            .iter()
            .map(|(name, body)| d.cte(name, body))
            .collect();
        format!(
            "{}WITH\n  {}\nSELECT s.customer_id AS customer_id,\n  {segment} AS {},\n  {}\nFROM {from}\nORDER BY s.customer_id;\n",
            self.comment(&name, &column),
            ctes.join(",\n  "),
            d.ident(&column),
            measures.join(",\n  ")
        )
    }

    /// What the query reads and returns, for whoever runs it.
    fn comment(&self, name: &str, column: &str) -> String {
        let d = self.d;
        let mut lines = vec![
            format!("-- Segmenter: \"{name}\" as one query for {d}."),
            format!(
                "-- Reads {}, one row per order row, with these columns:",
                d.table(self.q.table)
            ),
        ];
        for (role, column) in self.q.columns.iter() {
            lines.push(format!(
                "--   {} ({}): {}",
                d.ident(column),
                column_type(role),
                role.label(Language::English).to_lowercase()
            ));
        }
        lines.push(format!(
            "-- Returns one row per customer: customer_id, {column}, and the measures. Rows without a"
        ));
        lines.push("-- customer, orders without a date or amount, cancelled, refunded, unpaid and test orders".into());
        lines.push(
            "-- are left out as the page leaves them out; negative amounts are refunds.".into(),
        );
        if let Some(counted) = &self.q.counted_currency {
            lines.push(format!(
                "-- Counts the rows in {code} and those naming no currency in {column}, as the page does: amounts",
                code = counted.code,
                column = d.ident(&counted.column)
            ));
            lines.push("-- in different currencies are never added together.".into());
        }
        if let Some(models) = self
            .q
            .models
            .filter(|_| self.ctes.iter().any(|(n, _)| n == "model"))
        {
            lines.push(
                "-- Predicted figures come from the models Segmenter fitted to the orders it was given \
                 (the `model` step:"
                    .into(),
            );
            lines.push(format!(
                "-- BG/NBD r, alpha in days, a, b{}); the customers' figures are computed here. Refit \
                 them now and then",
                if models.order_values.is_some() {
                    ", Gamma-Gamma p, q, v"
                } else {
                    ""
                }
            ));
            lines.push(format!(
                "-- by running segmenter sql on newer orders. Horizon {} days, future spend \
                 discounted {} % a month.",
                models.options.horizon_days,
                models.options.discount_monthly * 100.0
            ));
        }
        match self.q.as_of {
            Some(day) => lines.push(format!(
                "-- As the shop stood at the start of {day}: later orders and refunds are left out."
            )),
            None => {
                lines.push("-- Recency is measured from the day after the latest order.".into())
            }
        }
        lines.join("\n") + "\n"
    }
}

impl Features for Builder<'_> {
    fn column(&self, id: &str) -> Option<(String, FeatureKind)> {
        self.features
            .iter()
            .find(|(i, _, _)| i == id)
            .map(|(_, expr, kind)| (expr.clone(), *kind))
    }
}

/// The predicted figures, which need the fitted models.
const PREDICTED: [&str; 4] = [
    ids::P_ALIVE,
    ids::EXPECTED_PURCHASES,
    ids::EXPECTED_ORDER_VALUE,
    ids::PREDICTED_VALUE,
];

/// The years the seasons' windows are written out for.
const SEASON_YEARS: (i32, i32) = (2000, 2040);

/// How a preset is segmented in SQL, or why it cannot be.
fn segmenting_of(preset: &Preset, q: &Query) -> Result<Segmenting, SqlError> {
    let name = preset_name(preset, q.language);
    if let Some(values) = top_values_of(preset, q.language) {
        if matches!(preset, Preset::ProductPreference) && q.columns.get(Role::Category).is_none() {
            return Err(SqlError::MissingColumn {
                role: Role::Category,
                needed_by: Some(name),
            });
        }
        if let Preset::Geography { level, .. } = preset {
            let role = level.role();
            if q.columns.get(role).is_none() {
                return Err(SqlError::MissingColumn {
                    role,
                    needed_by: Some(name),
                });
            }
        }
        return Ok(Segmenting::TopValues {
            feature: values.feature,
            top: values.top,
            other: values.other,
            unknown: values.unknown,
            name,
        });
    }
    match preset {
        Preset::Seasonal { seasons } => {
            let measured = &seasons[..seasons.len().min(MEASURED_SEASONS)];
            Ok(Segmenting::Rules(seasonal_scheme(
                name, measured, q.language,
            )))
        }
        Preset::ValueTiers { period } => Ok(Segmenting::Tiers {
            period: *period,
            name,
        }),
        Preset::FutureValue { active, lost } => Ok(Segmenting::FutureValue {
            active: *active,
            lost: *lost,
            name,
        }),
        // The rest are fixed rules over features the SQL computes.
        other => fixed_rules(other, q.language)
            .map(Segmenting::Rules)
            .ok_or(SqlError::UnsupportedPreset { name }),
    }
}

/// A customer's spend in `period`, summed over the rows of `dated` (`row`: the prefix of
/// its columns, `k.` or none), as [`spend_between`] sums it: net of the refunds made in the period
/// (negative money), its days as [`Period::days`] counts them, the last N days back from
/// the row's `ref_day` (the day after the last order by default).
///
/// [`spend_between`]: crate::features::period::spend_between
fn spent_in(d: Dialect, period: Period, row: &str) -> String {
    let ref_day = format!("{row}ref_day");
    let (from, to) = match period {
        Period::Last { days } => (
            d.add_days(&ref_day, -i64::from(days)),
            d.add_days(&ref_day, -1),
        ),
        Period::Year { year } => (
            d.date(format!("{year:04}-01-01")),
            d.date(format!("{year:04}-12-31")),
        ),
        Period::Between { from, to } => (d.date(from), d.date(to)),
    };
    format!("SUM(CASE WHEN {row}day >= {from} AND {row}day <= {to} THEN {row}money ELSE 0 END)")
}

/// The parts of a time cell (`text`, trimmed) as [`read_time`] reads them: `13:45`,
/// `13:45:12.5`, `1:45 PM`, `1:45 p.m.`, each maybe after `at ` or an ISO date and before
/// `Z`, an offset or a zone's abbreviation (the time is kept as written). `time_readable`
/// is false for anything else, so the order date's own time counts.
///
/// [`read_time`]: crate::reading::read_time
fn time_parts(d: Dialect, text: &str) -> String {
    const CLOCK: &str =
        "(at )?([0-9]{4}-[0-9]{2}-[0-9]{2}[T ])?[0-9]{1,2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?";
    const HALF: &str = "([aApP]([.][mM][.]|[mM]))?";
    const ZONE: &str = "(Z|[A-Z]{1,5}|[A-Z]{0,5} *[+-][0-9]{2}(:?[0-9]{2})?)?";
    let number = |pattern: &str| format!("CAST({} AS {})", d.capture(text, pattern), d.bigint());
    [
        format!(
            "COALESCE({}, 1 = 0) AS time_readable",
            d.matches(text, &format!("{CLOCK} *{HALF} *{ZONE}"))
        ),
        format!("{} AS time_hour", number("([0-9]{1,2}):[0-9]{2}")),
        format!("{} AS time_minute", number("[0-9]:([0-9]{2})")),
        format!("{} AS time_seconds", number("[0-9]:[0-9]{2}:([0-9]{2})")),
        format!(
            "LOWER({}) AS time_half",
            d.capture(text, "[0-9] *([aApP])(?:[.][mM][.]|[mM])")
        ),
    ]
    .join(",\n      ")
}

/// The minute of the day from [`time_parts`], NULL when the cell is no time: hours up to 23,
/// or 1 to 12 before AM or PM; minutes up to 59; seconds up to 60.
const WRITTEN_MINUTE: &str = "CASE WHEN time_readable AND time_minute <= 59 AND COALESCE(time_seconds, 0) <= 60 THEN CASE \
     WHEN time_half IS NULL AND time_hour <= 23 THEN time_hour * 60 + time_minute \
     WHEN time_half IS NOT NULL AND time_hour BETWEEN 1 AND 12 THEN (MOD(time_hour, 12) + CASE WHEN time_half = 'p' THEN 12 ELSE 0 END) * 60 + time_minute \
     END END";

/// A trimmed text cell as the engine keeps it: without the apostrophe spreadsheets put
/// before numbers (`'02134`).
fn cleaned(d: Dialect, trimmed: &str) -> String {
    let rest = d.substring_from(trimmed, 2);
    format!(
        "CASE WHEN {} = {} AND {} THEN {rest} ELSE {trimmed} END",
        d.prefix(trimmed, 1),
        d.text("'"),
        d.matches(&rest, "[0-9 +-]+")
    )
}

/// A list of gender words for `IN (…)`: each also with a trailing dot, and with its accents
/// where the engine folds them.
fn gender_list(d: Dialect, words: &[&str]) -> String {
    let accented = |w: &str| match w {
        "mannlich" => Some("männlich"),
        "feminin" => Some("féminin"),
        "feminine" => Some("féminine"),
        "senora" => Some("señora"),
        "senor" => Some("señor"),
        "varon" => Some("varón"),
        _ => None,
    };
    words
        .iter()
        .flat_map(|w| [Some(*w), accented(w)])
        .flatten()
        .flat_map(|w| [d.text(w), d.text(&format!("{w}."))])
        .collect::<Vec<_>>()
        .join(", ")
}

/// What `M` means in the gender column `written` (trimmed, as written), over every row as
/// the engine's [`crate::shop::m_means_female`]: `Female` when the column has `H` and no
/// `F`, `W` or `V` (Spanish H/M), else `Male`.
fn gender_of_m(d: Dialect, written: &str) -> String {
    let any = |letters: &[&str]| {
        format!(
            "MAX(CASE WHEN LOWER({written}) IN ({}) THEN 1 ELSE 0 END) OVER ()",
            gender_list(d, letters)
        )
    };
    format!(
        "CASE WHEN {} = 1 AND {} = 0 THEN 'Female' ELSE 'Male' END",
        any(&["h"]),
        any(&["f", "w", "v"])
    )
}

/// A gender cell read as the engine reads it ([`crate::shop::gender_label`]): `Female` or
/// `Male` for the words of [`FEMALE_WORDS`] and [`MALE_WORDS`], `m` as `of_m` says
/// ([`gender_of_m`]), any other text as written.
fn gender(d: Dialect, written: &str, of_m: &str) -> String {
    let t = format!("LOWER({written})");
    format!(
        "CASE WHEN {t} IN ({}) THEN {of_m} WHEN {t} IN ({}) THEN 'Female' \
         WHEN {t} IN ({}) THEN 'Male' ELSE {written} END",
        gender_list(d, &["m"]),
        gender_list(d, FEMALE_WORDS),
        gender_list(d, MALE_WORDS),
    )
}

/// Whether an order row used a discount, as [`crate::shop::discount_used`] reads it: a code
/// or an amount other than 0, not a placeholder such as "none", "n/a" or "no". The cell is
/// compared as text, so a numeric column and a text one read alike.
fn discount_used(d: Dialect, optional: impl Fn(Role, String, String) -> String) -> String {
    let text = format!("LOWER(TRIM({}))", d.as_text(Role::DiscountCode.key()));
    let unused = [
        "", "0", "0.0", "0.00", "-", "guest", "none", "n/a", "null", "no", "false", "nein", "non",
        "nee", "não", "nao",
    ]
    .iter()
    .map(|w| d.text(w))
    .collect::<Vec<_>>()
    .join(", ");
    optional(
        Role::DiscountCode,
        format!("CASE WHEN {text} IN ({unused}) OR {text} IS NULL THEN 0 ELSE 1 END"),
        "0".to_string(),
    )
}

/// A yes/no cell read as the engine reads it ([`crate::shop::yes_or_no`]): "yes", "no" or NULL.
fn yes_or_no(d: Dialect, text: &str) -> String {
    let t = format!("LOWER(TRIM({text}))");
    let list = |words: &[&str]| {
        words
            .iter()
            .map(|w| d.text(w))
            .collect::<Vec<_>>()
            .join(", ")
    };
    format!(
        "CASE WHEN {t} IN ({}) THEN 'yes' WHEN {t} IN ({}) THEN 'no' END",
        list(&[
            "yes",
            "y",
            "true",
            "1",
            "ja",
            "oui",
            "si",
            "sí",
            "sim",
            "subscribed",
            "opted in",
            "x",
            "wahr"
        ]),
        list(&[
            "no",
            "n",
            "false",
            "0",
            "nein",
            "non",
            "não",
            "nao",
            "unsubscribed",
            "not subscribed",
            "nee"
        ])
    )
}

/// Whole years from `birth` to `on`.
fn age_on(d: Dialect, birth: &str, on: &str) -> String {
    let part = |p: &str, e: &str| d.date_part(p, e);
    d.as_double(&format!(
        "{} - {} - CASE WHEN {} < {} OR ({} = {} AND {} < {}) THEN 1 ELSE 0 END",
        part("YEAR", on),
        part("YEAR", birth),
        part("MONTH", on),
        part("MONTH", birth),
        part("MONTH", on),
        part("MONTH", birth),
        part("DAY", on),
        part("DAY", birth)
    ))
}

/// The SQL type a role's column should have.
fn column_type(role: Role) -> &'static str {
    match role {
        Role::OrderDate | Role::BirthDate | Role::CancelledAt => "DATE or TIMESTAMP",
        Role::OrderTime => "TIME or text such as 13:45 or 1:45 PM",
        Role::Amount
        | Role::UnitPrice
        | Role::Quantity
        | Role::RefundedAmount
        | Role::Age
        | Role::CompanySize => "numeric",
        _ => "text",
    }
}
