//! Segments through time: two snapshots of the shop segmented with the scheme on show (two
//! reference dates in one file, or the loaded file and an older or newer export of the same
//! shop), how customers moved between them, and each movement's customers as a list, a
//! campaign and a file. Each snapshot is analysed as the page would have shown it on its
//! day: its own customers, its own score cut points, and for a scheme on predicted figures
//! its own prediction, made from the orders known on that day.

use super::analysis::{Analysis, SpendPeriods};
use super::error::EngineError;
use super::listing::customer_page;
use super::protocol::{AnalyzeOptions, Compare, CustomerQuery, PredictOptions};
use super::views::{Download, MigrationCellView, MigrationView};
use crate::basics::calendar::Date;
use crate::basics::money::Currency;
use crate::basics::text::slug;
use crate::campaigns::suggest::suggest;
use crate::export::customers_csv;
use crate::export::migration::migration_csv;
use crate::features::{ids, Feature};
use crate::insight::migration::{transitions, MigrationTable, Snapshot, Transitions};
use crate::insight::segments::summarize;
use crate::prediction::PredictionOptions;
use crate::reading::Table;
use crate::roles::{propose_mapping, Mapping, Role};
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::clustering::ClusterModel;
use crate::segmentation::scheme::Assignment;
use crate::shop::MappingIncomplete;
use segmenter_words::{Arg, Key, Language, Sentence};

/// What the analysis on show adds to the features each snapshot computes from its file:
/// the clusters found (each snapshot's customers put in them), the options of the
/// prediction on show, with which a snapshot segmented with a scheme on predicted figures
/// predicts its own, and the periods of the spend in a period the clusters or the scheme on
/// show read, which each snapshot computes as of its own day.
#[derive(Clone, Copy)]
pub(super) struct Added<'a> {
    pub clusters: Option<&'a ClusterModel>,
    pub prediction: PredictionOptions,
    pub periods: SpendPeriods,
}

impl Added<'_> {
    /// What the analysis on show `a` adds; a prediction with the default options where it
    /// has made none.
    pub(super) fn by(a: &Analysis) -> Added<'_> {
        Added {
            clusters: a.clusters.as_ref(),
            prediction: a.prediction.as_ref().map(|m| m.options).unwrap_or_default(),
            periods: SpendPeriods {
                asked: a.periods.asked.filter(|_| {
                    (a.current.as_ref()).is_some_and(|c| c.scheme.reads_spend_in_period())
                }),
                clusters: a.periods.clusters,
            },
        }
    }
}

/// Two snapshots, segmented, and who moved where.
pub(super) struct Migration {
    from: Analysis,
    to: Analysis,
    /// What both were segmented with.
    segmented_with: SegmentedWith,
    transitions: Transitions,
    /// Which snapshot is of the other export, when one is.
    other: Option<OtherSnapshot>,
    pub(super) view: MigrationView,
}

/// What a comparison's snapshots were segmented with, besides their own files and dates:
/// the scheme on show, and what the analysis on show added. A comparison asked the same
/// ([`Asked`]) and segmented with the same is the comparison kept, not made again (a
/// comparison asked while a prediction was made waits for it, then the page asks for it
/// again when the prediction's answer shows its segments).
#[derive(PartialEq)]
pub(super) struct SegmentedWith {
    choice: SchemeChoice,
    clusters: Option<ClusterModel>,
    prediction: PredictionOptions,
    periods: SpendPeriods,
}

impl SegmentedWith {
    /// Segmented with `choice` and what the analysis on show `added`.
    pub(super) fn new(choice: &SchemeChoice, added: Added<'_>) -> SegmentedWith {
        SegmentedWith {
            choice: choice.clone(),
            clusters: added.clusters.cloned(),
            prediction: added.prediction,
            periods: added.periods,
        }
    }
}

/// Which snapshot of a comparison is of the other export, and its name: what stops its
/// analysis is said of it, since the merchant has two files in mind and a line number is
/// that file's.
struct OtherSnapshot {
    earlier: bool,
    file: String,
}

impl OtherSnapshot {
    /// `error`, said of the other export.
    fn said_of(&self, error: EngineError) -> EngineError {
        EngineError::OtherFile {
            file: self.file.clone(),
            error: Box::new(error),
        }
    }
}

/// What a comparison was asked with. Asked again the same, only the scheme on show can
/// differ: the snapshots need segmenting again, not analysing again.
#[derive(PartialEq)]
pub(super) struct Asked {
    compare: Compare,
    /// The loaded file's analysis options, but for the scheme to show.
    options: AnalyzeOptions,
    /// The other export compared with, when a file is.
    other: Option<String>,
}

impl Asked {
    /// What `compare` asks of the loaded file analysed with `options`, the other export
    /// kept being `other`.
    pub(super) fn new(compare: &Compare, options: &AnalyzeOptions, other: Option<&str>) -> Asked {
        Asked {
            compare: compare.clone(),
            options: AnalyzeOptions {
                scheme: None,
                ..options.clone()
            },
            other: matches!(compare, Compare::File { .. })
                .then(|| other.map(str::to_string))
                .flatten(),
        }
    }

    /// The earlier day this comparison of two dates of the loaded file asks for, when it
    /// differs from `before` in that day alone.
    pub(super) fn since_another_day(&self, before: &Asked) -> Option<Date> {
        match (&self.compare, &before.compare) {
            (Compare::Dates { from, to }, Compare::Dates { from: f, to: t })
                if to == t && from != f && self.options == before.options =>
            {
                Some(*from)
            }
            _ => None,
        }
    }
}

/// The mapping for `other`: the loaded file's roles on the columns of the same names when
/// it has them all, else the one proposed for it.
pub(super) fn mapping_for(other: &Table, loaded: &Table, mapping: &Mapping) -> Mapping {
    let mut same = Mapping {
        columns: vec![Default::default(); other.columns.len()],
    };
    for (column, choice) in loaded.columns.iter().zip(&mapping.columns) {
        if choice.role.is_none() {
            continue;
        }
        match other.columns.iter().position(|c| c.name == column.name) {
            Some(at) => same.columns[at] = *choice,
            None => return propose_mapping(other),
        }
    }
    same
}

/// `analysis`, a snapshot, with what the analysis on show `added`, segmented with `choice`;
/// or why it cannot be.
fn segmented(
    mut analysis: Analysis,
    added: Added<'_>,
    choice: &SchemeChoice,
) -> Result<Analysis, EngineError> {
    if analysis.shop.customers.is_empty() {
        return Err(EngineError::NoCustomersYet {
            day: analysis.reference,
        });
    }
    // Clusters found on predicted figures or on the spend in a period put each customer
    // in by the snapshot's own.
    if added.clusters.is_some_and(|c| c.reads_any(&ids::PREDICTED)) {
        predicted(&mut analysis, added)?;
    }
    let mut analysis = analysis.with_added(added.clusters, added.periods);
    let mut resolved = analysis.resolve(choice);
    // Built again with the figures: Future value's segments depend on whether there are
    // values.
    if resolved.scheme.reads_any(&ids::PREDICTED) && predicted(&mut analysis, added)? {
        resolved = analysis.resolve(choice);
    }
    analysis.segment_with(choice, resolved)?;
    Ok(analysis)
}

/// Sets a snapshot's predicted figures, made as of its day from its orders alone with the
/// options on show, unless it has them; says whether it had to. One that cannot be made
/// says which day it is of (the date on show was predicted).
fn predicted(analysis: &mut Analysis, added: Added<'_>) -> Result<bool, EngineError> {
    if analysis.features.get(ids::P_ALIVE).is_some() {
        return Ok(false);
    }
    let day = analysis.reference;
    let options = PredictOptions {
        prediction: added.prediction,
        check_days: None,
    };
    analysis.predict(options).map_err(|error| match error {
        EngineError::Prediction(error) => EngineError::SnapshotNotPredicted { day, error },
        error => error,
    })?;
    Ok(true)
}

impl Migration {
    /// Compares the loaded file (analysed with `options`, with what the analysis on show
    /// `added`) with itself at two dates, or with `other`, segmenting both with `choice`.
    pub(super) fn compute(
        loaded: (&str, &Table),
        (options, added): (&AnalyzeOptions, Added<'_>),
        choice: &SchemeChoice,
        compare: &Compare,
        other: Option<&Table>,
    ) -> Result<Migration, EngineError> {
        let (loaded_name, table) = loaded;
        let language = options.words();
        let spelled = |day: Date| day.written(language);
        let as_of = |mapping: Mapping, reference: Option<Date>| AnalyzeOptions {
            mapping,
            reference,
            ..options.clone()
        };
        let at = |table: &Table, options: AnalyzeOptions| {
            segmented(Analysis::compute(table, options)?, added, choice)
        };
        match (compare, other) {
            (Compare::Dates { from, to }, _) => {
                // Without a later date, the one on show.
                let later = at(
                    table,
                    as_of(options.mapping.clone(), to.or(options.reference)),
                )?;
                Migration::since(later, *from, table, (options, added), choice)
            }
            (Compare::File { name, from, to }, Some(other)) => {
                let mut mapping = mapping_for(other, table, &options.mapping);
                let missing = mapping.missing();
                if !missing.is_empty() {
                    return Err(EngineError::OtherFileMapping {
                        file: name.clone(),
                        missing: MappingIncomplete { missing },
                    });
                }
                // Customers are matched by their key: the customer ID where a file maps one,
                // else the e-mail address. When only one of the files has IDs, no key would
                // be in both and every customer would seem new in one and gone from the
                // other: both are matched by e-mail address, if both have it.
                let mut loaded_mapping = options.mapping.clone();
                let by_id = |m: &Mapping| m.has(Role::CustomerId);
                if by_id(&loaded_mapping) != by_id(&mapping) {
                    if !(loaded_mapping.has(Role::Email) && mapping.has(Role::Email)) {
                        let (loaded, other) = (loaded_name.to_string(), name.clone());
                        let (ids, emails) = if by_id(&mapping) {
                            (other, loaded)
                        } else {
                            (loaded, other)
                        };
                        return Err(EngineError::KeyedDifferently { ids, emails });
                    }
                    for m in [&mut loaded_mapping, &mut mapping] {
                        if let Some(column) = m.column_of(Role::CustomerId) {
                            m.assign(column, None);
                        }
                    }
                }
                // The loaded file, as of `reference`.
                let loaded_at = |reference| at(table, as_of(loaded_mapping.clone(), reference));
                let loaded = loaded_at(None)?;
                // The other export counts the currency the loaded file counts (its own most
                // common may be another), and one in another currency altogether is not
                // compared: amounts in different currencies are never set side by side.
                let counted = (loaded.counted_currency.clone())
                    .or_else(|| loaded.currencies.first().map(|(code, _)| code.clone()));
                // The other export, as of `reference`; what stops it is said of it.
                let other_at = |reference| {
                    let options = AnalyzeOptions {
                        currency: counted.clone(),
                        ..as_of(mapping.clone(), reference)
                    };
                    let analysed = at(other, options).and_then(|a| {
                        let named = &a.currencies;
                        match &counted {
                            Some(code)
                                if !named.is_empty() && !named.iter().any(|(c, _)| c == code) =>
                            {
                                Err(EngineError::CurrencyNotInFile {
                                    asked: code.clone(),
                                    named: named.clone(),
                                })
                            }
                            _ => Ok(a),
                        }
                    });
                    analysed.map_err(|error| EngineError::OtherFile {
                        file: name.clone(),
                        error: Box::new(error),
                    })
                };
                let at = |of_other: bool, reference: Option<Date>| {
                    if of_other {
                        other_at(reference)
                    } else {
                        loaded_at(reference)
                    }
                };
                // Which file is the older is known once each is analysed; a date given for
                // it then means analysing it again as of that date.
                let mut files = [
                    (loaded, loaded_name, false),
                    (other_at(None)?, name.as_str(), true),
                ];
                if files[1].0.reference < files[0].0.reference {
                    files.swap(0, 1);
                }
                let [(mut earlier, n0, earlier_is_other), (mut later, n1, later_is_other)] = files;
                if let Some(day) = from {
                    earlier = at(earlier_is_other, Some(*day))?;
                }
                if let Some(day) = to {
                    later = at(later_is_other, Some(*day))?;
                }
                if earlier.reference >= later.reference {
                    return Err(EngineError::MigrationDates {
                        from: earlier.reference,
                        to: later.reference,
                    });
                }
                let words = |a: &Analysis, file: &str| {
                    language.text(
                        Key::InsightMigrationAsOf,
                        &[("file", file.into()), ("day", spelled(a.reference).into())],
                    )
                };
                // The page's row report lists the loaded file's rows left out (those dated
                // before the date on show): the other export's are said here, with its rows
                // in other currencies, and the loaded file's when its customers are matched
                // by e-mail address instead.
                let rekeyed = loaded_mapping != options.mapping;
                let rows_left_out = [
                    (&earlier, n0, earlier_is_other),
                    (&later, n1, later_is_other),
                ]
                .into_iter()
                .filter(|&(_, _, is_other)| is_other || rekeyed)
                .flat_map(|(a, file, is_other)| {
                    let read = if is_other { other } else { table };
                    let currencies = if is_other {
                        other_currencies(file, a, language)
                    } else {
                        Vec::new()
                    };
                    rows_left_out(file, read, a, language)
                        .into_iter()
                        .chain(currencies)
                })
                .collect();
                let described = Described {
                    from: words(&earlier, n0),
                    to: words(&later, n1),
                    gone_label: Some(language.text(Key::InsightMigrationNotInNewer, &[])),
                    rows_left_out,
                    other: Some(OtherSnapshot {
                        earlier: earlier_is_other,
                        file: name.clone(),
                    }),
                };
                let segmented_with = SegmentedWith::new(choice, added);
                Ok(Migration::of(earlier, later, described, segmented_with))
            }
            (Compare::File { .. }, None) => Err(EngineError::NoFileSent),
        }
    }

    /// The same snapshots segmented with `choice` (with what the analysis on show `added`),
    /// and who moved where between them.
    pub(super) fn segmented_again(
        self,
        choice: &SchemeChoice,
        added: Added<'_>,
    ) -> Result<Migration, EngineError> {
        let other = self.other;
        let again = |a: Analysis, earlier: bool| {
            segmented_anew(a, choice, added).map_err(|error| match &other {
                Some(o) if o.earlier == earlier => o.said_of(error),
                _ => error,
            })
        };
        let (from, to) = (again(self.from, true)?, again(self.to, false)?);
        let MigrationView {
            from: from_words,
            to: to_words,
            gone_label,
            rows_left_out,
            ..
        } = self.view;
        let described = Described {
            from: from_words,
            to: to_words,
            gone_label,
            rows_left_out,
            other,
        };
        Ok(Migration::of(
            from,
            to,
            described,
            SegmentedWith::new(choice, added),
        ))
    }

    /// This comparison of the loaded file `table` at two dates asked again since the day
    /// `from` (its later date the same): the later snapshot is segmented again with `choice`
    /// and only the earlier one is made anew, where each other day chosen analysed both.
    pub(super) fn since_another_day(
        self,
        from: Date,
        table: &Table,
        (options, added): (&AnalyzeOptions, Added<'_>),
        choice: &SchemeChoice,
    ) -> Result<Migration, EngineError> {
        // The earlier snapshot kept is let go of before the new one is made: WebAssembly
        // memory never shrinks.
        let later = {
            let kept = self;
            kept.to
        };
        let later = segmented_anew(later, choice, added)?;
        Migration::since(later, from, table, (options, added), choice)
    }

    /// `later`, a snapshot of the loaded file `table` segmented with `choice`, compared with
    /// the file as of `from`.
    fn since(
        later: Analysis,
        from: Date,
        table: &Table,
        (options, added): (&AnalyzeOptions, Added<'_>),
        choice: &SchemeChoice,
    ) -> Result<Migration, EngineError> {
        if from >= later.reference {
            return Err(EngineError::MigrationDates {
                from,
                to: later.reference,
            });
        }
        let as_of_from = AnalyzeOptions {
            reference: Some(from),
            ..options.clone()
        };
        let earlier = segmented(Analysis::compute(table, as_of_from)?, added, choice)?;
        let language = options.words();
        let described = Described {
            from: earlier.reference.written(language),
            to: later.reference.written(language),
            gone_label: None,
            rows_left_out: Vec::new(),
            other: None,
        };
        let segmented_with = SegmentedWith::new(choice, added);
        Ok(Migration::of(earlier, later, described, segmented_with))
    }

    /// Whether this comparison's snapshots were segmented with `segmented_with`.
    pub(super) fn segmented_with(&self, segmented_with: &SegmentedWith) -> bool {
        self.segmented_with == *segmented_with
    }

    /// The migration between two snapshots segmented with `segmented_with`, described in
    /// the later one's language.
    fn of(
        from: Analysis,
        to: Analysis,
        described: Described,
        segmented_with: SegmentedWith,
    ) -> Migration {
        let Described {
            from: from_words,
            to: to_words,
            gone_label,
            rows_left_out,
            other,
        } = described;
        // Both snapshots were segmented by `compute`; an unsegmented one has no customers.
        let none = Assignment::default();
        let transitions = transitions(
            &Snapshot {
                customers: &from.shop.customers,
                assignment: assigned(&from).unwrap_or(&none),
                spend_last_year: from.features.numbers(ids::SPEND_LAST_YEAR).unwrap_or(&[]),
            },
            &Snapshot {
                customers: &to.shop.customers,
                assignment: assigned(&to).unwrap_or(&none),
                spend_last_year: &[],
            },
        );
        let table = transitions.table();
        let currency = to.currency.clone();
        let language = to.options.words();
        let new_label = language.text(
            if gone_label.is_some() {
                Key::InsightMigrationNotInOlder
            } else {
                Key::InsightMigrationNotYet
            },
            &[],
        );
        let gone = language.text(Key::InsightMigrationGone, &[]);
        let since = from.reference.written(language);
        let labels = Labels {
            new: &new_label,
            gone: gone_label.as_deref().unwrap_or(&gone),
            since: &since,
            currency: &currency,
            language,
        };
        let view = MigrationView {
            scheme: to
                .current
                .as_ref()
                .map_or_else(String::new, |c| c.scheme.name.clone()),
            choice: to.choice_on_show(),
            summary: summary(&table, gone_label.is_some(), language),
            highlights: highlights(&table, &labels),
            campaign_notes: campaign_notes(&table, &labels),
            from_date: from.reference,
            to_date: to.reference,
            new_label,
            from: from_words,
            to: to_words,
            gone_label,
            rows_left_out,
            table,
            currency,
        };
        Migration {
            from,
            to,
            segmented_with,
            transitions,
            other,
            view,
        }
    }

    /// The name of cell `(row, column)`: "Champions → At Risk".
    fn cell_label(&self, row: usize, column: usize) -> String {
        let v = &self.view;
        let name = |i: usize, outside: &str| {
            v.table
                .segments
                .get(i)
                .cloned()
                .unwrap_or_else(|| outside.to_string())
        };
        let gone = match &v.gone_label {
            Some(label) => label.clone(),
            None => self.to.options.words().text(Key::InsightMigrationGone, &[]),
        };
        format!("{} → {}", name(row, &v.new_label), name(column, &gone))
    }

    /// The snapshot a cell's customers are listed from (the later one, unless they are gone
    /// from it) and their customer indices in it.
    fn cell_members(
        &self,
        row: usize,
        column: usize,
    ) -> Result<(&Analysis, Vec<usize>), EngineError> {
        let n = self.view.table.segments.len();
        if row > n || column > n {
            return Err(EngineError::NoSuchSegment);
        }
        let gone = column == n;
        let side = if gone { &self.from } else { &self.to };
        let members = self
            .transitions
            .in_cell(row, column)
            .filter_map(|(m, _)| if gone { m.from } else { m.to })
            .map(|(c, _)| c as usize)
            .collect();
        Ok((side, members))
    }

    /// The customers of cell `(row, column)`: a page of them and a campaign for them.
    pub(super) fn cell(
        &self,
        row: usize,
        column: usize,
        query: &CustomerQuery,
    ) -> Result<MigrationCellView, EngineError> {
        let (side, members) = self.cell_members(row, column)?;
        let label = self.cell_label(row, column);
        let current = side.current.as_ref().ok_or(EngineError::NoAnalysis)?;
        // The cell as a segment of its own, so its figures and campaign are the usual ones.
        let mut of_customer = vec![1u16; side.features.len];
        for &c in &members {
            of_customer[c] = 0;
        }
        let cell = Assignment {
            segments: vec![label.clone(), String::new()],
            of_customer,
        };
        let summary = summarize(&cell, &side.features).swap_remove(0);
        Ok(MigrationCellView {
            customers: members.len(),
            at_stake: self.view.table.at_stake[row][column],
            campaign: suggest(&summary, &side.baseline, side.options.words()),
            page: customer_page(
                &side.shop,
                &side.features,
                &current.assignment,
                members,
                query,
            ),
            label,
        })
    }

    /// A cell's customers as the usual customer table.
    pub(super) fn cell_file(&self, row: usize, column: usize) -> Result<Download, EngineError> {
        let (side, members) = self.cell_members(row, column)?;
        let current = side.current.as_ref().ok_or(EngineError::NoAnalysis)?;
        Ok(Download {
            file_name: format!(
                "segmenter-{}-{}-{}.csv",
                slug(&current.scheme.name),
                slug(&self.cell_label(row, column).replace('→', " to ")),
                self.to.reference.plus_days(-1)
            ),
            bytes: customers_csv(
                &side.shop.customers,
                &side.features,
                &current.assignment,
                &current.scheme.name,
                &members,
                &side.currency,
            ),
        })
    }

    /// Every customer of either snapshot with the segment they were in and are in.
    pub(super) fn file(&self) -> Download {
        Download {
            file_name: format!(
                "segmenter-{}-moves-{}-to-{}.csv",
                slug(&self.view.scheme),
                self.from.reference.plus_days(-1),
                self.to.reference.plus_days(-1)
            ),
            bytes: migration_csv(
                &self.transitions,
                &self.from.shop.customers,
                &self.to.shop.customers,
            ),
        }
    }
}

/// What a comparison says of its snapshots, whatever the scheme.
struct Described {
    /// The earlier snapshot in words.
    from: String,
    /// The later one.
    to: String,
    /// What the table's last column stands for, between two files.
    gone_label: Option<String>,
    /// The files' rows left out ([`MigrationView::rows_left_out`]).
    rows_left_out: Vec<String>,
    /// Which snapshot is of the other export, when one is.
    other: Option<OtherSnapshot>,
}

/// How many of the rows read from `file` (`table`) the snapshot `a` could not use, and the
/// first of them, in a sentence; `None` when it used them all.
fn rows_left_out(file: &str, table: &Table, a: &Analysis, language: Language) -> Option<String> {
    let problems = &a.shop.report.problems;
    let first = [table.rejected.first(), problems.first()]
        .into_iter()
        .flatten()
        .min_by_key(|p| p.line)?;
    let left = table.rejected.len() + problems.len();
    Some(language.text(
        Key::InsightMigrationRowsLeftOut,
        &[
            ("file", file.into()),
            ("left", Arg::Count(left as u64)),
            ("rows", Arg::Count(table.records())),
            ("first", first.sentence(language).into()),
        ],
    ))
}

/// A sentence per currency of the other export's rows other than the one counted.
fn other_currencies(file: &str, a: &Analysis, language: Language) -> Vec<String> {
    let currencies = &a.shop.report.currencies;
    (currencies.other.iter())
        .map(|(code, rows)| {
            language.text(
                Key::InsightMigrationOtherCurrency,
                &[
                    ("file", file.into()),
                    ("count", Arg::Count(*rows as u64)),
                    ("code", code.as_str().into()),
                    ("counted", currencies.counted.as_str().into()),
                ],
            )
        })
        .collect()
}

/// `analysis`, a snapshot kept, segmented with `choice` as a snapshot made anew would be:
/// without what the schemes, clusters or periods of the comparisons before added to the
/// features computed from its file. Its prediction is kept when made with the options on
/// show: another scheme does not change it, and it is seconds of a big shop.
fn segmented_anew(
    mut analysis: Analysis,
    choice: &SchemeChoice,
    added: Added<'_>,
) -> Result<Analysis, EngineError> {
    let keeps_prediction =
        (analysis.prediction.as_ref()).is_some_and(|models| models.options == added.prediction);
    let features = &mut analysis.features.features;
    let added_since: Vec<_> = features.drain(analysis.computed_features..).collect();
    if keeps_prediction {
        let predicted = |f: &Feature| ids::PREDICTED.contains(&f.id.as_str());
        features.extend(added_since.into_iter().filter(predicted));
    } else {
        analysis.prediction = None;
    }
    analysis.clusters = None;
    analysis.current = None;
    segmented(analysis, added, choice)
}

/// The segments of a snapshot's customers, once segmented.
fn assigned(a: &Analysis) -> Option<&Assignment> {
    a.current.as_ref().map(|c| &c.assignment)
}

/// How the table's outside row and column and the earlier snapshot are named in sentences,
/// and the language they are written in.
struct Labels<'a> {
    new: &'a str,
    gone: &'a str,
    since: &'a str,
    currency: &'a Currency,
    language: Language,
}

impl Labels<'_> {
    fn row<'t>(&'t self, t: &'t MigrationTable, r: usize) -> &'t str {
        t.segments.get(r).map_or(self.new, String::as_str)
    }

    fn column<'t>(&'t self, t: &'t MigrationTable, c: usize) -> &'t str {
        t.segments.get(c).map_or(self.gone, String::as_str)
    }
}

/// A count of customers for a message's `$customers`.
fn customers(n: usize) -> (&'static str, Arg<'static>) {
    ("customers", Arg::Count(n as u64))
}

/// Who stayed, moved, came and (between two files) went, in one sentence.
fn summary(t: &MigrationTable, files: bool, language: Language) -> String {
    let count = |name, n: usize| (name, Arg::Count(n as u64));
    let mut args = vec![
        customers(t.customers()),
        count("same", t.unchanged()),
        count("moved", t.moved()),
        count("new", t.new_customers()),
    ];
    let key = if files {
        args.push(count("gone", t.gone()));
        Key::InsightMigrationSummaryFiles
    } else {
        Key::InsightMigrationSummary
    };
    language.text(key, &args)
}

/// The three movements between different segments with the most revenue at stake.
fn highlights(t: &MigrationTable, l: &Labels<'_>) -> Vec<String> {
    let n = t.segments.len();
    let mut moves: Vec<(usize, usize)> = (0..n)
        .flat_map(|r| (0..=n).map(move |c| (r, c)))
        .filter(|&(r, c)| r != c && t.counts[r][c] > 0)
        .collect();
    moves.sort_by(|a, b| t.at_stake[b.0][b.1].total_cmp(&t.at_stake[a.0][a.1]));
    moves
        .into_iter()
        .take(3)
        .map(|(r, c)| {
            l.language.text(
                Key::InsightMigrationHighlight,
                &[
                    ("from", l.row(t, r).into()),
                    ("to", l.column(t, c).into()),
                    customers(t.counts[r][c]),
                    ("spent", l.currency.format_whole(t.at_stake[r][c]).into()),
                    ("since", l.since.into()),
                ],
            )
        })
        .collect()
}

/// Per segment, where most of its newcomers came from and where most of its earlier
/// customers went, for its campaign.
fn campaign_notes(t: &MigrationTable, l: &Labels<'_>) -> Vec<String> {
    let n = t.segments.len();
    (0..n)
        .map(|s| {
            let came = (0..=n)
                .filter(|&r| r != s && t.counts[r][s] > 0)
                .max_by_key(|&r| t.counts[r][s]);
            let went = (0..=n)
                .filter(|&c| c != s && t.counts[s][c] > 0)
                .max_by_key(|&c| t.counts[s][c]);
            let mut parts = Vec::new();
            if let Some(r) = came {
                parts.push(l.language.text(
                    Key::InsightMigrationCame,
                    &[customers(t.counts[r][s]), ("from", l.row(t, r).into())],
                ));
            }
            if let Some(c) = went {
                parts.push(l.language.text(
                    Key::InsightMigrationWent,
                    &[
                        customers(t.counts[s][c]),
                        ("to", l.column(t, c).into()),
                        ("spent", l.currency.format_whole(t.at_stake[s][c]).into()),
                    ],
                ));
            }
            let since = ("since", Arg::from(l.since));
            if parts.is_empty() {
                l.language.text(Key::InsightMigrationStill, &[since])
            } else {
                l.language.text(
                    Key::InsightMigrationNotes,
                    &[since, ("notes", parts.join("; ").into())],
                )
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two segments: 5 stayed in A, 2 moved from A to B, 1 from B left, 3 are new in B.
    fn table() -> MigrationTable {
        MigrationTable {
            segments: vec!["A".into(), "B".into()],
            counts: vec![vec![5, 2, 0], vec![0, 0, 1], vec![0, 3, 0]],
            at_stake: vec![vec![500.0, 1200.0, 0.0], vec![0.0, 0.0, 80.0], vec![0.0; 3]],
            before: vec![7, 1],
            after: vec![5, 5],
        }
    }

    #[test]
    fn movements_are_told_in_the_merchants_language() {
        let t = table();
        assert_eq!(
            summary(&t, true, Language::English),
            "11 customers: 5 in the same segment, 2 moved, 3 new, 1 gone."
        );
        assert_eq!(
            summary(&t, false, Language::German),
            "11 Kunden: 5 im selben Segment, 2 gewechselt, 3 neu."
        );
        let currency = Currency::from_mark("EUR");
        let labels = Labels {
            new: "Not yet a customer",
            gone: "Gone",
            since: "3 March 2026",
            currency: &currency,
            language: Language::English,
        };
        assert_eq!(
            highlights(&t, &labels)[0],
            "A → B: 2 customers, who spent €1,200 in the year before 3 March 2026."
        );
        assert_eq!(
            campaign_notes(&t, &labels)[1],
            "Since 3 March 2026: 3 customers came from Not yet a customer; 1 of its earlier \
             customers moved to Gone (they spent €80 in the year before)."
        );
        let german = Labels {
            since: "3. März 2026",
            language: Language::German,
            ..labels
        };
        assert_eq!(
            highlights(&t, &german)[0],
            "A → B: 2 Kunden, die im Jahr vor dem 3. März 2026 €1,200 ausgegeben haben."
        );
    }
}
