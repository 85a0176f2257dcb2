//! The engine as an ES module for programs without the page: `segment(bytes, options)` reads
//! a shop export and returns its segments as plain JavaScript objects (through
//! `serde-wasm-bindgen`), entirely in the caller's browser or Node.js process.
//!
//! Built by `scripts/build-module` into `crates/module/pkg/` (`segmenter.js`, `segmenter.d.ts`,
//! `segmenter_bg.wasm`):
//!
//! ```js
//! import init, { segment } from "./crates/module/pkg/segmenter.js";
//! await init();
//! const bytes = new Uint8Array(await file.arrayBuffer());
//! const { summary, customers } = segment(bytes, { scheme: "rfm", customersOf: ["Champions"] });
//! // Who moved between segments since 1 January (or against an older export's bytes):
//! const moves = migrate(bytes, { from: "2025-01-01", scheme: "rfm" });
//! const sinceLastExport = migrate(bytes, { olderFileName: "march.csv" }, olderBytes);
//! ```

use segmenter_engine::basics::calendar::Date;
use segmenter_engine::session::{
    not_a_host_scheme, own_scheme, Compare, HostCustomer, HostOptions, HostScheme, HostSummary,
    Session, PROTOCOL_VERSION,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** What `segment` may be told. Every field is optional. */
export interface SegmentOptions {
  /** The file's name, as the summary reports it. */
  fileName?: string;
  /** The date recency is measured from, "YYYY-MM-DD"; by default the day after the latest order. */
  reference?: string;
  /** A built-in scheme's key: "rfm" (default), "rfm-3", "rfm-4", "tiers", "geo-country", "age", "category", "seasonal", …;
   * or the host's own scheme, as "Download scheme" saves it. */
  scheme?: string | Scheme;
  /** In a file of several currencies, the one to count ("EUR"); the one with most rows by default. */
  currency?: string;
  /** Segments whose customers to list. */
  customersOf?: string[];
}

/** A scheme of one's own: the JSON the page's "Download scheme" writes and `segmenter segment
 * --scheme` reads. Rules are tried in order; the first a customer meets is their segment. */
export interface Scheme {
  name: string;
  rules: { segment: string; when: Condition }[];
  /** The segment of customers no rule takes. */
  otherwise: string;
  /** The period of "spend_in_period", for rules that read it. */
  period?: { last: { days: number } } | { year: { year: number } } | { between: { from: string; to: string } };
}

/** A rule's condition over named features ("monetary", "recency_days", "country", …). */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { between: { feature: string; min?: number | null; max?: number | null } }
  | { date_between: { feature: string; from?: string | null; to?: string | null } }
  | { in: { feature: string; values: string[] } }
  | { not_in: { feature: string; values: string[] } }
  | { contains: { feature: string; text: string } }
  | "always";

/** One segment's figures and suggested campaign. */
export interface HostSegment {
  name: string;
  customers: number;
  customer_share: number;
  revenue: number;
  revenue_share: number;
  median_recency: number | null;
  median_frequency: number | null;
  median_monetary: number | null;
  campaign: {
    segment: string; objective: string; audience: string; offer: string; channel: string;
    timing: string; message: string; watch: string; why: string;
  } | null;
}

/** The segmentation of a file. */
export interface HostSummary {
  version: number;
  file: string;
  customers: number;
  orders: number;
  revenue: number;
  currency: string;
  /** Every currency a file of several names (codes, most rows first); only `currency` is counted. */
  currencies: string[];
  reference: string;
  rows_left_out: number;
  scheme: string;
  segments: HostSegment[];
}

/** One customer of a segment. */
export interface HostCustomer {
  id: string;
  email: string | null;
  name: string;
  days_since_last_order: number | null;
  orders: number | null;
  total_spent: number | null;
}

/** What `migrate` may be told: `from` is needed unless the older file's bytes are given. */
export interface MigrateOptions {
  fileName?: string;
  /** A built-in scheme's key or the host's own scheme, as for `segment`. */
  scheme?: string | Scheme;
  /** The earlier date, "YYYY-MM-DD" (with one file); or the older file's reference date. */
  from?: string;
  /** The later date; by default the day after the latest order. */
  to?: string;
  /** The older file's name, when its bytes are given. */
  olderFileName?: string;
}

/** One movement: customers from one segment to another (null: not a customer yet / gone). */
export interface HostMovement {
  from: string | null;
  to: string | null;
  customers: number;
  share_of_from: number;
  revenue_at_stake: number;
}

/** Who moved between segments; the same shape as the `segmenter:migration` message's. */
export interface HostMigration {
  version: number;
  scheme: string;
  from: string;
  to: string;
  customers: number;
  movements: HostMovement[];
  /** Sentences on the rows a comparison of two files could not use: the other export's
   * (the first with its line) and its rows in other currencies, and the loaded file's when
   * the files are matched on the e-mail address; empty when none. */
  rows_left_out: string[];
}

/** What `segment` returns. */
export interface SegmentResult {
  summary: HostSummary;
  /** The customers of each segment named in `customersOf`, biggest spenders first. */
  customers: Record<string, HostCustomer[]>;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// `SegmentOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "SegmentOptions")]
    pub type JsSegmentOptions;
    /// `SegmentResult` in TypeScript.
    #[wasm_bindgen(typescript_type = "SegmentResult")]
    pub type JsSegmentResult;
    /// `MigrateOptions` in TypeScript.
    #[wasm_bindgen(typescript_type = "MigrateOptions")]
    pub type JsMigrateOptions;
    /// `HostMigration` in TypeScript.
    #[wasm_bindgen(typescript_type = "HostMigration")]
    pub type JsHostMigration;
    /// `JSON.stringify`, which throws on a value that cannot be written (a cycle).
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    fn json_of(value: &JsValue) -> Result<JsValue, JsValue>;
}

#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
struct MigrateOptions {
    file_name: Option<String>,
    #[serde(with = "serde_wasm_bindgen::preserve")]
    scheme: JsValue,
    from: Option<Date>,
    to: Option<Date>,
    older_file_name: Option<String>,
}

/// The options `segment` is given: `HostOptions`' fields, with the scheme kept as a
/// JavaScript value for [`host_scheme`] to read. A new host option is added in both.
#[derive(Default, Deserialize)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
struct SegmentOptions {
    file_name: Option<String>,
    reference: Option<Date>,
    /// A built-in scheme's key or the host's own scheme, kept as JavaScript gave it
    /// ([`host_scheme`]).
    #[serde(with = "serde_wasm_bindgen::preserve")]
    scheme: JsValue,
    currency: Option<String>,
    customers_of: Vec<String>,
}

/// The scheme an options object names: a built-in scheme's key, or the host's own read by
/// the engine as a scheme file is ([`own_scheme`](fn@own_scheme)), which has its reader already: reading it
/// as part of the options took a second one, 17 KB of gzipped WebAssembly.
fn host_scheme(value: &JsValue) -> Result<Option<HostScheme>, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(key) = value.as_string() {
        return Ok(Some(HostScheme::Key(key)));
    }
    let json = json_of(value).ok().and_then(|json| json.as_string());
    let json =
        json.ok_or_else(|| JsError::new(&not_a_host_scheme("it cannot be written as JSON")))?;
    own_scheme(json.as_bytes())
        .map(|scheme| Some(HostScheme::Own(scheme)))
        .map_err(|sentence| JsError::new(&sentence))
}

#[derive(Serialize)]
struct SegmentResult {
    summary: HostSummary,
    customers: BTreeMap<String, Vec<HostCustomer>>,
}

/// Segments a shop export (CSV bytes in any supported encoding and dialect). Throws an
/// `Error` whose message says, in a sentence, what is wrong with the file or the options.
#[wasm_bindgen]
pub fn segment(
    bytes: &[u8],
    options: Option<JsSegmentOptions>,
) -> Result<JsSegmentResult, JsError> {
    let options: SegmentOptions = match options {
        None => SegmentOptions::default(),
        Some(options) => serde_wasm_bindgen::from_value(options.into()).map_err(|e| {
            let reason = e.to_string();
            let reason = reason.trim_start_matches("Error: ");
            JsError::new(&format!("The options are not understood: {reason}"))
        })?,
    };
    let host = HostOptions {
        reference: options.reference,
        scheme: host_scheme(&options.scheme)?,
        currency: options.currency,
    };
    let mut session = Session::new();
    let name = options.file_name.as_deref().unwrap_or("orders.csv");
    let summary = session
        .segment_file(name, bytes, &host)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let mut customers = BTreeMap::new();
    for segment in options.customers_of {
        let list = session
            .host_customers(&segment)
            .map_err(|e| JsError::new(&e.to_string()))?;
        customers.insert(segment, list);
    }
    let result = SegmentResult { summary, customers };
    result
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map(JsValue::unchecked_into)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// Segments a shop export and compares it with itself at the date `from`, or with an older
/// export's bytes (`older`): who moved from which segment to which. Throws an `Error` with a
/// sentence when the file, the dates or the options do not allow it.
#[wasm_bindgen]
pub fn migrate(
    bytes: &[u8],
    options: Option<JsMigrateOptions>,
    older: Option<Vec<u8>>,
) -> Result<JsHostMigration, JsError> {
    let options: MigrateOptions = match options {
        None => MigrateOptions::default(),
        Some(options) => serde_wasm_bindgen::from_value(options.into()).map_err(|e| {
            let reason = e.to_string();
            let reason = reason.trim_start_matches("Error: ");
            JsError::new(&format!("The options are not understood: {reason}"))
        })?,
    };
    let compare = match (&older, options.from) {
        (Some(_), from) => Compare::File {
            name: options
                .older_file_name
                .clone()
                .unwrap_or_else(|| "older.csv".into()),
            from,
            to: options.to,
        },
        (None, Some(from)) => Compare::Dates {
            from,
            to: options.to,
        },
        (None, None) => {
            return Err(JsError::new(
                "Give \"from\" (the earlier date, YYYY-MM-DD) or the older file's bytes.",
            ))
        }
    };
    let host = HostOptions {
        scheme: host_scheme(&options.scheme)?,
        ..HostOptions::default()
    };
    let name = options.file_name.as_deref().unwrap_or("orders.csv");
    let migration = Session::new()
        .migrate_file(name, bytes, &host, &compare, older.as_deref())
        .map_err(|e| JsError::new(&e.to_string()))?;
    migration
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map(JsValue::unchecked_into)
        .map_err(|e| JsError::new(&e.to_string()))
}

/// The version of the summary's shape ([`HostSummary::version`]).
#[wasm_bindgen(js_name = protocolVersion)]
pub fn protocol_version() -> u32 {
    PROTOCOL_VERSION
}
