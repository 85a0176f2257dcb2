//! Segments through time: two snapshots of the shop segmented with the scheme on show (two
//! reference dates in one file, or the loaded file and an older or newer export of the same
//! shop), how customers moved between them, and each movement's customers as a list, a
//! campaign and a file. Each snapshot is analysed as the page would have shown it on its
//! day: its own customers, its own score cut points.

use super::analysis::Analysis;
use super::error::EngineError;
use super::listing::customer_page;
use super::protocol::{AnalyzeOptions, Compare, CustomerQuery};
use super::views::{Download, MigrationCellView, MigrationView};
use crate::basics::calendar::Date;
use crate::basics::money::{group_thousands, Currency};
use crate::basics::text::slug;
use crate::campaigns::suggest::suggest;
use crate::export::customers_csv;
use crate::export::migration::migration_csv;
use crate::features::ids;
use crate::insight::migration::{transitions, MigrationTable, Snapshot, Transitions};
use crate::insight::segments::summarize;
use crate::reading::Table;
use crate::roles::{propose_mapping, Mapping};
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::scheme::Assignment;
use crate::shop::MappingIncomplete;

/// Two snapshots, segmented, and who moved where.
pub(super) struct Migration {
    from: Analysis,
    to: Analysis,
    transitions: Transitions,
    pub(super) view: MigrationView,
}

/// The mapping for `other`: the loaded file's roles on the columns of the same names when
/// it has them all, else the one proposed for it.
fn mapping_for(other: &Table, loaded: &Table, mapping: &Mapping) -> Mapping {
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

/// `analysis` segmented with `choice`, or why it cannot be.
fn segmented(mut analysis: Analysis, choice: &SchemeChoice) -> Result<Analysis, EngineError> {
    if analysis.shop.customers.is_empty() {
        return Err(EngineError::NoCustomersYet {
            day: analysis.reference,
        });
    }
    analysis.segment(choice)?;
    Ok(analysis)
}

impl Migration {
    /// Compares the loaded file (analysed with `options`) with itself at two dates, or with
    /// `other`, segmenting both with `choice`.
    pub(super) fn compute(
        loaded: (&str, &Table),
        options: &AnalyzeOptions,
        choice: &SchemeChoice,
        compare: &Compare,
        other: Option<&Table>,
    ) -> Result<Migration, EngineError> {
        let (loaded_name, table) = loaded;
        let at = |table: &Table, mapping: Mapping, reference: Option<Date>| {
            let options = AnalyzeOptions {
                mapping,
                reference,
                ..options.clone()
            };
            segmented(Analysis::compute(table, options)?, choice)
        };
        match (compare, other) {
            (Compare::Dates { from, to }, _) => {
                // Without a later date, the one on show.
                let later = at(table, options.mapping.clone(), to.or(options.reference))?;
                if *from >= later.reference {
                    return Err(EngineError::MigrationDates {
                        from: *from,
                        to: later.reference,
                    });
                }
                let earlier = at(table, options.mapping.clone(), Some(*from))?;
                let words = (earlier.reference.spelled(), later.reference.spelled());
                Ok(Migration::of(earlier, later, words, None))
            }
            (Compare::File { name, from, to }, Some(other)) => {
                let mapping = mapping_for(other, table, &options.mapping);
                let missing = mapping.missing();
                if !missing.is_empty() {
                    return Err(EngineError::OtherFileMapping {
                        file: name.clone(),
                        missing: MappingIncomplete { missing },
                    });
                }
                // Which file is the older is known once each is analysed; a date given for
                // it then means analysing it again as of that date.
                let mut files = [
                    (at(table, options.mapping.clone(), None)?, loaded_name),
                    (at(other, mapping.clone(), None)?, name.as_str()),
                ];
                let mut tables = [(table, &options.mapping), (other, &mapping)];
                if files[1].0.reference < files[0].0.reference {
                    files.swap(0, 1);
                    tables.swap(0, 1);
                }
                let [(mut earlier, n0), (mut later, n1)] = files;
                if let Some(day) = from {
                    earlier = at(tables[0].0, tables[0].1.clone(), Some(*day))?;
                }
                if let Some(day) = to {
                    later = at(tables[1].0, tables[1].1.clone(), Some(*day))?;
                }
                if earlier.reference >= later.reference {
                    return Err(EngineError::MigrationDates {
                        from: earlier.reference,
                        to: later.reference,
                    });
                }
                let words =
                    |a: &Analysis, file: &str| format!("{file} (as of {})", a.reference.spelled());
                let words = (words(&earlier, n0), words(&later, n1));
                Ok(Migration::of(
                    earlier,
                    later,
                    words,
                    Some("Not in the newer file".into()),
                ))
            }
            (Compare::File { .. }, None) => Err(EngineError::NoFileSent),
        }
    }

    /// The migration between two segmented snapshots, described.
    fn of(
        from: Analysis,
        to: Analysis,
        (from_words, to_words): (String, String),
        gone_label: Option<String>,
    ) -> Migration {
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
        let new_label = if gone_label.is_some() {
            "Not in the older file"
        } else {
            "Not yet a customer"
        };
        let since = from.reference.spelled();
        let labels = Labels {
            new: new_label,
            gone: gone_label.as_deref().unwrap_or("Gone"),
            since: &since,
            currency: &currency,
        };
        let view = MigrationView {
            scheme: to
                .current
                .as_ref()
                .map_or_else(String::new, |c| c.scheme.name.clone()),
            summary: summary(&table, gone_label.is_some()),
            highlights: highlights(&table, &labels),
            campaign_notes: campaign_notes(&table, &labels),
            from_date: from.reference,
            to_date: to.reference,
            new_label: new_label.to_string(),
            from: from_words,
            to: to_words,
            gone_label,
            table,
            currency,
        };
        Migration {
            from,
            to,
            transitions,
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
        let gone = v.gone_label.as_deref().unwrap_or("Gone");
        format!("{} → {}", name(row, &v.new_label), name(column, gone))
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

/// The segments of a snapshot's customers, once segmented.
fn assigned(a: &Analysis) -> Option<&Assignment> {
    a.current.as_ref().map(|c| &c.assignment)
}

/// How the table's outside row and column and the earlier snapshot are named in sentences.
struct Labels<'a> {
    new: &'a str,
    gone: &'a str,
    since: &'a str,
    currency: &'a Currency,
}

impl Labels<'_> {
    fn row<'t>(&'t self, t: &'t MigrationTable, r: usize) -> &'t str {
        t.segments.get(r).map_or(self.new, String::as_str)
    }

    fn column<'t>(&'t self, t: &'t MigrationTable, c: usize) -> &'t str {
        t.segments.get(c).map_or(self.gone, String::as_str)
    }
}

/// Who stayed, moved, came and (between two files) went, in one sentence.
fn summary(t: &MigrationTable, files: bool) -> String {
    let figure = |n: usize| group_thousands(&n.to_string());
    let gone = if files {
        format!(", {} gone", figure(t.gone()))
    } else {
        String::new()
    };
    format!(
        "{}: {} in the same segment, {} moved, {} new{gone}.",
        customers_word(t.customers()),
        figure(t.unchanged()),
        figure(t.moved()),
        figure(t.new_customers()),
    )
}

fn customers_word(n: usize) -> String {
    let word = if n == 1 { "customer" } else { "customers" };
    format!("{} {word}", group_thousands(&n.to_string()))
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
            format!(
                "{} → {}: {}, who spent {} in the year before {}.",
                l.row(t, r),
                l.column(t, c),
                customers_word(t.counts[r][c]),
                l.currency.format_whole(t.at_stake[r][c]),
                l.since
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
                parts.push(format!(
                    "{} came from {}",
                    customers_word(t.counts[r][s]),
                    l.row(t, r)
                ));
            }
            if let Some(c) = went {
                parts.push(format!(
                    "{} of its earlier customers moved to {} (they spent {} in the year before)",
                    group_thousands(&t.counts[s][c].to_string()),
                    l.column(t, c),
                    l.currency.format_whole(t.at_stake[s][c])
                ));
            }
            if parts.is_empty() {
                format!("No customer moved in or out since {}.", l.since)
            } else {
                format!("Since {}: {}.", l.since, parts.join("; "))
            }
        })
        .collect()
}
