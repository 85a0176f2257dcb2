//! The command line, parsed into a [`Command`] with checked options (dates read, roles
//! known, choices that exclude each other refused), before any file is opened.

use lexopt::prelude::*;
use segmenter_engine::basics::calendar::Date;
use segmenter_engine::export::sql::Dialect;
use segmenter_engine::reading::TimeZone;
use segmenter_engine::roles::Role;
use segmenter_words::Language;
use std::ffi::OsString;
use std::path::PathBuf;

/// What to do.
#[derive(Debug, PartialEq)]
pub enum Command {
    /// Segment a file: the customer table and the segment table.
    Segment(Segment),
    /// Print a scheme as SQL.
    Sql(Sql),
    /// Rewrite a file for loading into a warehouse.
    Clean(Clean),
    /// Who moved between segments: one file at two dates, or two files.
    Migrate(Migrate),
    /// Who will buy again and what they are worth.
    Predict(Predict),
    /// List the built-in schemes' keys.
    Presets,
    /// Print usage.
    Help,
}

/// The choices `segment` and `sql` share.
#[derive(Debug, Default, PartialEq)]
pub struct Choices {
    /// The scheme to segment with.
    pub scheme: SchemeSource,
    /// Choices that override the proposed mapping.
    pub map: Vec<(Role, String)>,
    /// The day recency is measured from.
    pub as_of: Option<Date>,
    /// Score points for RFM (3, 4 or 5).
    pub points: Option<u8>,
    /// Leave out the prediction of who will buy again (and its columns), for speed.
    pub no_predict: bool,
    /// The shop's time zone, for date-times with an offset and Unix times (UTC when not
    /// given).
    pub time_zone: TimeZone,
    /// Cut points typed for each RFM measure: recency, frequency, monetary.
    pub cuts: [Option<Vec<f64>>; 3],
    /// In a file of several currencies, the one to count (a code such as `EUR`); the one
    /// with most rows when not given.
    pub currency: Option<String>,
    /// The language schemes, segments and amounts are written in, as the page writes them
    /// in it; English when not given.
    pub language: Option<Language>,
}

/// `segmenter segment`'s choices.
#[derive(Debug, Default, PartialEq)]
pub struct Segment {
    /// The file to read; `-` for standard input.
    pub file: Input,
    /// The scheme and how to read the file.
    pub choices: Choices,
    /// Where to write the customer table; `-` for standard output.
    pub output: Option<PathBuf>,
    /// Print the summary as JSON instead of a table.
    pub json: bool,
}

/// `segmenter sql`'s choices.
#[derive(Debug, PartialEq)]
pub struct Sql {
    /// A file whose columns name the table's; without one, `--map` names them.
    pub file: Option<Input>,
    /// The scheme and how to read the file.
    pub choices: Choices,
    /// The SQL engine.
    pub dialect: Dialect,
    /// The table of order rows.
    pub table: String,
}

/// `segmenter migrate`'s choices.
#[derive(Debug, Default, PartialEq)]
pub struct Migrate {
    /// One file (compared at two dates), or an older and a newer one.
    pub files: Vec<Input>,
    /// The scheme and how to read the files (`as_of` unused).
    pub choices: Choices,
    /// The earlier date (needed with one file), or the older file's reference date.
    pub from: Option<Date>,
    /// The later date, or the newer file's reference date.
    pub to: Option<Date>,
    /// Where to write who moved where; `-` for standard output.
    pub output: Option<PathBuf>,
    /// Print the table as JSON.
    pub json: bool,
}

/// `segmenter predict`'s choices.
#[derive(Debug, PartialEq)]
pub struct Predict {
    /// The file to read; `-` for standard input.
    pub file: Input,
    /// How to read it and the reference date (`as_of`).
    pub choices: Choices,
    /// Days ahead.
    pub horizon_days: u32,
    /// Monthly discount rate, e.g. 0.01.
    pub discount_monthly: f64,
    /// Where to write one row per customer; `-` for standard output.
    pub output: Option<PathBuf>,
    /// Print the fitted models as JSON.
    pub json: bool,
}

/// `segmenter clean`'s choices.
#[derive(Debug, PartialEq)]
pub struct Clean {
    /// The file to read.
    pub file: Input,
    /// Choices that override the proposed mapping.
    pub map: Vec<(Role, String)>,
    /// The shop's time zone.
    pub time_zone: TimeZone,
    /// Where to write the rows.
    pub output: PathBuf,
    /// Where to write the columns' types, as JSON.
    pub schema: Option<PathBuf>,
}

/// Where the orders come from.
#[derive(Debug, Default, PartialEq)]
pub enum Input {
    /// Standard input.
    #[default]
    Stdin,
    /// A file.
    Path(PathBuf),
}

impl Input {
    /// The name the file goes by in messages and summaries.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "stdin.csv".to_string(),
            Input::Path(p) => p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().to_string(),
            ),
        }
    }
}

/// Which scheme to segment with.
#[derive(Debug, Default, PartialEq)]
pub enum SchemeSource {
    /// The page's default: RFM, or value and loyalty without order dates.
    #[default]
    Default,
    /// A built-in scheme, by key.
    Preset(String),
    /// A scheme file exported from the page.
    File(PathBuf),
}

/// How to use the program.
pub const USAGE: &str = "\
segmenter: customer segments from a shop's orders export, on the command line.

Usage:
  segmenter segment FILE [--as-of YYYY-MM-DD] [--scheme SCHEME.json | --preset KEY]
                         [--map ROLE=COLUMN]... [RFM options] [--currency CODE]
                         [-o OUT.csv] [--json] [--no-predict] [--language TAG]
  segmenter sql [FILE] --dialect duckdb|spark|bigquery|postgres [--table NAME] [--currency MARK]
                       [--scheme SCHEME.json | --preset KEY] [--as-of YYYY-MM-DD]
                       [--map ROLE=COLUMN]... [RFM options] [--language TAG]
  segmenter migrate FILE --from YYYY-MM-DD [--to YYYY-MM-DD] [--scheme SCHEME.json | --preset KEY]
                       [--map ROLE=COLUMN]... [RFM options] [-o OUT.csv] [--json]
  segmenter migrate OLD.csv NEW.csv [--from YYYY-MM-DD] [--to YYYY-MM-DD] [same options]
  segmenter predict FILE [--as-of YYYY-MM-DD] [--horizon-days N] [--discount-monthly R]
                         [--map ROLE=COLUMN]... [--currency CODE] [-o OUT.csv] [--json]
  segmenter clean FILE -o OUT.csv [--schema OUT.json] [--map ROLE=COLUMN]...
  segmenter presets
  segmenter --help

segment   Reads FILE (- for standard input) as the page does, segments its customers and
          prints the segment table (or, with --json, the summary as JSON). -o writes the
          page's \"Download all customers\" CSV (- for standard output). Rows left out are
          listed on standard error with their line, column and reason.
sql       Prints the scheme as one SQL query over a table of order rows, computing every
          customer's segment in the warehouse. The table's columns are named as in FILE,
          or by --map when there is no FILE.
migrate   Segments the shop as it stood at two dates (one FILE: --from, and --to or the day
          after the last order), or two exports of it (each as of the day after its own
          last order unless --from/--to say otherwise), with the same scheme, and prints
          the table of who moved from which segment to which. -o writes one row per
          customer of either snapshot: customer_id, segment_from (empty: not a customer
          yet), segment_to (empty: not in the newer file).
predict   Fits the BG/NBD and Gamma-Gamma models to FILE's orders (as of the day after the
          last order unless --as-of says otherwise), prints the fitted parameters and how
          well they predicted the last 91 days, and with -o writes one row per customer:
          customer_id, frequency, recency, T, p_alive, expected_purchases,
          expected_order_value (empty without a repeat purchase), clv, as lifetimes
          defines them (days; horizon 365 days, 1 % a month unless given).
clean     Writes the rows of FILE the analysis uses, as a warehouse loads them: UTF-8,
          commas, dates YYYY-MM-DD, plain numbers; --schema writes each column's type.
presets   Lists the keys of the built-in schemes for --preset.

Options:
  --as-of YYYY-MM-DD   the day recency is measured from (default: the day after the latest order)
  --scheme FILE        a scheme saved from the page (\"Download scheme\")
  --preset KEY         a built-in scheme, e.g. rfm, rfm-3, tiers, geo-country
  --map ROLE=COLUMN    the column that has ROLE (customer_id, email, order_id, order_date,
                       amount, unit_price, quantity, country, ...), by its header
  --time-zone ZONE     the shop's time zone as an offset (+02:00, -05:00, UTC): date-times
                       with another offset and Unix times are moved into it before days,
                       weekdays and hours are taken (default UTC); for sql, how FILE is
                       read: the query takes the table's dates and times as stored
  --from, --to DATE    the two dates migrate compares
  --horizon-days N     the days predict looks ahead (default 365)
  --discount-monthly R the monthly rate predict discounts future spend at (default 0.01)
  -o, --output FILE    where to write the customer table (segment), who moved (migrate) or
                       the rows (clean)
  --json               print the summary as JSON
  --no-predict         segment without the prediction of who will buy again (its four
                       columns p_alive, expected_purchases, expected_order_value and
                       predicted_value are then left out), for speed on big files
  --dialect NAME       the SQL engine: duckdb, spark, bigquery or postgres
  --table NAME         the table of order rows (default: orders)
  --currency CODE      in a file of several currencies (a currency column, or amounts marked
                       $ and €), the one to count, e.g. EUR or € (default: the one with most
                       rows; the others are left out, and said so); sql also names spend
                       tiers with it, with or without FILE (default: FILE's)
  --language TAG       segment, sql: name schemes and segments in this language, as the page
                       does: en, de, fr, es, nl or pt (default en)

RFM options:
  --points N           score points, 3, 4 or 5 (default 5; rfm-3 and rfm-4 set their own)
  --recency-cuts A,B,...    typed cut points instead of equal groups, in days
  --frequency-cuts A,B,...  in orders
  --monetary-cuts A,B,...   in money

Exit status: 0 done, 1 the data has a problem, 2 bad usage.";

/// Parses the arguments after the program's name; the error is a sentence for standard
/// error.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut parser = lexopt::Parser::from_args(args);
    let command = match parser.next().map_err(|e| e.to_string())? {
        Some(Value(v)) => v.to_string_lossy().to_string(),
        Some(Long("help") | Short('h')) | None => return Ok(Command::Help),
        Some(other) => return Err(other.unexpected().to_string()),
    };
    if !["segment", "sql", "migrate", "predict", "clean", "presets"].contains(&command.as_str()) {
        return Err(format!(
            "Unknown command \"{command}\": use segment, sql, migrate, predict, clean or presets."
        ));
    }
    let mut choices = Choices::default();
    let (mut file, mut output, mut json, mut dialect, mut table, mut schema) =
        (None, None, false, None, None, None);
    let (mut from, mut to, mut second) = (None, None, None);
    let (mut horizon_days, mut discount_monthly) = (365u32, 0.01f64);
    // The commands that put customers in segments, and take a scheme and RFM's scale.
    let segmenting = ["segment", "sql", "migrate"].contains(&command.as_str());
    let date = |option: &str, text: String| {
        Date::parse_iso(&text)
            .ok_or_else(|| format!("--{option} takes a date written YYYY-MM-DD, not \"{text}\"."))
    };
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("horizon-days") if command == "predict" => {
                let text = value_of(&mut parser)?;
                horizon_days = text
                    .parse::<u32>()
                    .ok()
                    .filter(|d| (1..=3650).contains(d))
                    .ok_or_else(|| {
                        format!(
                            "--horizon-days takes a number of days from 1 to 3650, not \"{text}\"."
                        )
                    })?;
            }
            Long("discount-monthly") if command == "predict" => {
                let text = value_of(&mut parser)?;
                discount_monthly = text
                    .parse::<f64>()
                    .ok()
                    .filter(|r| r.is_finite() && (0.0..1.0).contains(r))
                    .ok_or_else(|| format!("--discount-monthly takes a rate such as 0.01 (1 % a month), not \"{text}\"."))?;
            }
            Long("as-of") if ["segment", "sql", "predict"].contains(&command.as_str()) => {
                choices.as_of = Some(date("as-of", value_of(&mut parser)?)?);
            }
            Long("from") if command == "migrate" => {
                from = Some(date("from", value_of(&mut parser)?)?)
            }
            Long("to") if command == "migrate" => to = Some(date("to", value_of(&mut parser)?)?),
            Long("scheme") if segmenting => set_scheme(
                &mut choices.scheme,
                SchemeSource::File(value_of(&mut parser)?.into()),
            )?,
            Long("preset") if segmenting => set_scheme(
                &mut choices.scheme,
                SchemeSource::Preset(value_of(&mut parser)?),
            )?,
            Long("map") => choices.map.push(role_and_column(&value_of(&mut parser)?)?),
            Long("points") if segmenting => {
                let text = value_of(&mut parser)?;
                choices.points = Some(
                    text.parse::<u8>()
                        .ok()
                        .filter(|p| (3..=5).contains(p))
                        .ok_or_else(|| format!("--points takes 3, 4 or 5, not \"{text}\"."))?,
                );
            }
            Long(measure @ ("recency-cuts" | "frequency-cuts" | "monetary-cuts")) if segmenting => {
                let measure = measure.to_string();
                let index = ["recency-cuts", "frequency-cuts", "monetary-cuts"]
                    .iter()
                    .position(|m| *m == measure)
                    .unwrap_or(0);
                let text = value_of(&mut parser)?;
                let cuts: Option<Vec<f64>> = text
                    .split(',')
                    .map(|c| c.trim().parse::<f64>().ok().filter(|v| v.is_finite()))
                    .collect();
                choices.cuts[index] = Some(cuts.ok_or_else(|| {
                    format!("--{measure} takes numbers separated by commas, not \"{text}\".")
                })?);
            }
            Short('o') | Long("output") if command != "sql" => {
                output = Some(value_of(&mut parser)?.into())
            }
            Long("no-predict") if command == "segment" => choices.no_predict = true,
            Long("time-zone") if command != "presets" => {
                let text = value_of(&mut parser)?;
                choices.time_zone = time_zone(&text).ok_or_else(|| {
                    format!("--time-zone takes an offset such as +02:00, -05:00 or UTC, not \"{text}\".")
                })?;
            }
            Long("json") if ["segment", "migrate", "predict"].contains(&command.as_str()) => {
                json = true
            }
            Long("dialect") if command == "sql" => {
                let name = value_of(&mut parser)?;
                dialect = Some(Dialect::named(&name).ok_or_else(|| {
                    format!(
                        "There is no dialect \"{name}\": use duckdb, spark, bigquery or postgres."
                    )
                })?);
            }
            Long("table") if command == "sql" => table = Some(value_of(&mut parser)?),
            // In a file of several currencies, the one counted; sql also names spend tiers
            // with its mark.
            Long("currency")
                if ["segment", "sql", "migrate", "predict"].contains(&command.as_str()) =>
            {
                choices.currency = Some(value_of(&mut parser)?)
            }
            Long("schema") if command == "clean" => schema = Some(value_of(&mut parser)?.into()),
            Long("language") if ["segment", "sql"].contains(&command.as_str()) => {
                let tag = value_of(&mut parser)?;
                choices.language = Some(Language::of_tag(&tag).ok_or_else(|| {
                    format!("--language takes en, de, fr, es, nl or pt, not \"{tag}\".")
                })?);
            }
            Long("help") | Short('h') => return Ok(Command::Help),
            Value(v) if file.is_none() && command != "presets" => file = Some(v),
            Value(v) if second.is_none() && command == "migrate" => second = Some(v),
            other => return Err(other.unexpected().to_string()),
        }
    }
    // `rfm` is RFM at the points asked for (5 by default); `rfm-3` and `rfm-4` set their own.
    if let (SchemeSource::Preset(key), Some(points)) = (&mut choices.scheme, choices.points) {
        if key == "rfm" {
            *key = format!("rfm-{points}");
        }
    }
    let input = |f: OsString| {
        if f == "-" {
            Input::Stdin
        } else {
            Input::Path(f.into())
        }
    };
    match command.as_str() {
        "presets" => Ok(Command::Presets),
        "segment" => Ok(Command::Segment(Segment {
            file: input(file.ok_or("segment needs a FILE to read (- for standard input).")?),
            choices,
            output,
            json,
        })),
        "migrate" => {
            let files: Vec<Input> = file.into_iter().chain(second).map(input).collect();
            match (files.len(), from) {
                (0, _) => {
                    Err("migrate needs a FILE (and --from), or an OLD and a NEW file.".into())
                }
                (1, None) => Err(
                    "migrate with one FILE needs --from YYYY-MM-DD: the date to compare with."
                        .into(),
                ),
                _ => Ok(Command::Migrate(Migrate {
                    files,
                    choices,
                    from,
                    to,
                    output,
                    json,
                })),
            }
        }
        "predict" => Ok(Command::Predict(Predict {
            file: input(file.ok_or("predict needs a FILE to read (- for standard input).")?),
            choices,
            horizon_days,
            discount_monthly,
            output,
            json,
        })),
        "sql" => Ok(Command::Sql(Sql {
            file: file.map(input),
            choices,
            dialect: dialect.ok_or("sql needs --dialect: duckdb, spark, bigquery or postgres.")?,
            table: table.unwrap_or_else(|| "orders".to_string()),
        })),
        _ => Ok(Command::Clean(Clean {
            file: input(file.ok_or("clean needs a FILE to read (- for standard input).")?),
            map: choices.map,
            time_zone: choices.time_zone,
            output: output.ok_or("clean needs -o OUT.csv, where to write the rows.")?,
            schema,
        })),
    }
}

/// A time zone written as an offset: `UTC`, `Z`, `+02:00`, `-0500`, `UTC+1`.
fn time_zone(text: &str) -> Option<TimeZone> {
    let t = text.trim().to_uppercase();
    let rest = t
        .strip_prefix("UTC")
        .or(t.strip_prefix("GMT"))
        .unwrap_or(&t);
    if rest.is_empty() || rest == "Z" {
        return Some(TimeZone::UTC);
    }
    let (sign, digits) = match rest.as_bytes().first()? {
        b'+' => (1, &rest[1..]),
        b'-' => (-1, &rest[1..]),
        _ => return None,
    };
    let (hours, minutes) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    let (hours, minutes): (i32, i32) = (hours.parse().ok()?, minutes.parse().ok()?);
    (hours <= 14 && minutes < 60).then(|| TimeZone::fixed(sign * (hours * 60 + minutes)))
}

/// The value of the option just read.
fn value_of(parser: &mut lexopt::Parser) -> Result<String, String> {
    Ok(parser
        .value()
        .map_err(|e| e.to_string())?
        .to_string_lossy()
        .to_string())
}

fn set_scheme(current: &mut SchemeSource, chosen: SchemeSource) -> Result<(), String> {
    if *current != SchemeSource::Default {
        return Err("Choose one scheme: --scheme or --preset, once.".into());
    }
    *current = chosen;
    Ok(())
}

/// `ROLE=COLUMN`, with the role by its name (`customer_id`, `order_date`, …).
fn role_and_column(pair: &str) -> Result<(Role, String), String> {
    let Some((role, column)) = pair.split_once('=') else {
        return Err(format!(
            "--map takes ROLE=COLUMN, e.g. --map customer_id=\"Customer number\"; not \"{pair}\"."
        ));
    };
    let role = role_named(role.trim()).ok_or_else(|| {
        let known: Vec<&str> = Role::ALL.iter().map(|r| role_name(*r)).collect();
        format!(
            "There is no role \"{}\". Roles: {}.",
            role.trim(),
            known.join(", ")
        )
    })?;
    Ok((role, column.trim().to_string()))
}

/// A role's name on the command line, as in saved mappings: `customer_id`.
pub fn role_name(role: Role) -> &'static str {
    role.key()
}

fn role_named(name: &str) -> Option<Role> {
    Role::ALL
        .iter()
        .copied()
        .find(|r| r.key().eq_ignore_ascii_case(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Result<Command, String> {
        parse(args.iter().map(OsString::from))
    }

    #[test]
    fn segment_with_every_option() {
        let Ok(Command::Segment(Segment {
            file,
            choices,
            json,
            ..
        })) = parsed(&[
            "segment",
            "orders.csv",
            "--as-of",
            "2025-01-01",
            "--preset",
            "rfm-3",
            "--map",
            "customer_id=Kunde",
            "-o",
            "out.csv",
            "--json",
        ])
        else {
            panic!()
        };
        assert_eq!(file, Input::Path("orders.csv".into()));
        assert_eq!(choices.scheme, SchemeSource::Preset("rfm-3".into()));
        assert_eq!(choices.map, vec![(Role::CustomerId, "Kunde".to_string())]);
        assert_eq!(choices.as_of, Date::from_ymd(2025, 1, 1));
        assert!(json);
    }

    #[test]
    fn rfm_takes_the_points_asked_for_and_predict_no_scale_or_scheme() {
        let preset = |args: &[&str]| match parsed(args) {
            Ok(Command::Segment(s)) => s.choices.scheme,
            other => panic!("{other:?}"),
        };
        let rfm =
            |points: &str| preset(&["segment", "a.csv", "--points", points, "--preset", "rfm"]);
        assert_eq!(rfm("3"), SchemeSource::Preset("rfm-3".into()));
        assert_eq!(
            preset(&["segment", "a.csv", "--preset", "rfm"]),
            SchemeSource::Preset("rfm".into())
        );
        for option in ["--points", "--scheme", "--preset", "--recency-cuts"] {
            assert!(
                parsed(&["predict", "a.csv", option, "3"]).is_err(),
                "predict {option}"
            );
        }
    }

    #[test]
    fn mistakes_get_a_sentence() {
        assert!(parsed(&["segment"]).unwrap_err().contains("needs a FILE"));
        assert!(parsed(&["segment", "a.csv", "--as-of", "1/2/2025"])
            .unwrap_err()
            .contains("YYYY-MM-DD"));
        assert!(
            parsed(&["segment", "a.csv", "--preset", "rfm", "--scheme", "s.json"])
                .unwrap_err()
                .contains("Choose one scheme")
        );
        assert!(parsed(&["segment", "a.csv", "--map", "buyer=X"])
            .unwrap_err()
            .starts_with("There is no role \"buyer\""));
        assert!(parsed(&["frobnicate"])
            .unwrap_err()
            .contains("Unknown command"));
        assert_eq!(parsed(&[]), Ok(Command::Help));
        assert!(parsed(&["sql", "--preset", "rfm"])
            .unwrap_err()
            .contains("needs --dialect"));
        let Ok(Command::Segment(zoned)) = parsed(&["segment", "a.csv", "--time-zone", "+02:00"])
        else {
            panic!()
        };
        assert_eq!(zoned.choices.time_zone.offset_minutes, 120);
        assert_eq!(time_zone("UTC-0530").map(|z| z.offset_minutes), Some(-330));
        assert!(parsed(&["segment", "a.csv", "--time-zone", "Berlin"])
            .unwrap_err()
            .contains("--time-zone takes an offset"));
        assert!(parsed(&["migrate", "a.csv"])
            .unwrap_err()
            .contains("needs --from"));
        assert!(parsed(&["migrate", "a.csv", "--from", "2025"])
            .unwrap_err()
            .contains("--from takes a date"));
        let Ok(Command::Migrate(m)) = parsed(&["migrate", "old.csv", "new.csv", "-o", "-"]) else {
            panic!()
        };
        assert_eq!(m.files.len(), 2);
        assert!(parsed(&["segment", "a.csv", "--recency-cuts", "10,x"])
            .unwrap_err()
            .contains("numbers separated by commas"));
        let Ok(Command::Sql(sql)) = parsed(&["sql", "--dialect", "spark", "--map", "amount=total"])
        else {
            panic!()
        };
        assert_eq!(
            (sql.dialect, sql.file, sql.table.as_str()),
            (Dialect::Spark, None, "orders")
        );
        assert_eq!(
            parsed(&["segment", "-"]),
            Ok(Command::Segment(Segment::default()))
        );
    }
}
