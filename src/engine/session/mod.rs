//! A working session: one file read once, then analysed as the merchant changes their
//! choices.
//!
//! The page never computes: it sends a [`Request`] (a mapping to analyse, a scheme to try,
//! a page of customers, a file to export) and displays the [`Response`]. Features are
//! computed once per mapping and reference date; every scheme after that only re-assigns
//! customers. The same session runs in the Web Worker, in native tests and in a future
//! command-line tool.

mod host;
mod messages;
mod playbook;
mod views;

pub use host::*;
pub use messages::*;
pub use views::*;

use crate::engine::calendar::Date;
use crate::engine::campaigns::{suggest, ShopBaseline, UpcomingSeason};
use crate::engine::clustering::{cluster, CLUSTER};
use crate::engine::crosssell::{bought_but_never, cross_sell};
use crate::engine::crosstab::{crosstab, Crosstab};
use crate::engine::export::{customers_csv, segments_csv, slug};
use crate::engine::features::{
    compute_features_with, default_reference, ids, FeatureInfo, FeatureOptions, FeatureTable,
};
use crate::engine::grid::{grid_view, GridAxes};
use crate::engine::library::{add_period_spend, build, catalog, Preset, SPEND_IN_PERIOD};
use crate::engine::money::Currency;
use crate::engine::read::{
    read_table, ColumnKind, DateOrder, NumberStyle, ReadError, ReadOptions, Table,
};
use crate::engine::rfm::{
    explain, score_customers, RfmOptions, RfmScales, F_SCORE, M_SCORE, R_SCORE,
};
use crate::engine::scheme::{assign, subdivide, Assignment, Scheme};
use crate::engine::seasons::Season;
use crate::engine::segments::{counts_and_revenue, median, summarize, totals};
use crate::engine::shop::{bind, Shop};
use crate::engine::uplift::CampaignRecord;
use crate::engine::value::value_view;

/// The file and the latest analysis of it.
#[derive(Default)]
pub struct Session {
    file: Option<LoadedFile>,
    analysis: Option<Analysis>,
}

struct LoadedFile {
    name: String,
    table: Table,
}

/// Everything computed for one mapping and reference date.
struct Analysis {
    options: AnalyzeOptions,
    /// The date recency is measured from.
    reference: Date,
    shop: Shop,
    features: FeatureTable,
    scales: RfmScales,
    currency: Currency,
    baseline: ShopBaseline,
    /// The segmentation on show.
    current: Option<Segmentation>,
    /// The column scheme of the last cross-tab.
    cross: Option<Assignment>,
    /// Each feature's description for the rule builder, with the revision it describes.
    described: Vec<(u64, FeatureInfo)>,
}

struct Segmentation {
    scheme: Scheme,
    assignment: Assignment,
    view: SchemeView,
}

impl Session {
    /// An empty session.
    pub fn new() -> Session {
        Session::default()
    }

    /// Takes a newly read file, dropping any previous one.
    pub fn load(&mut self, name: &str, table: Table) -> FileOverview {
        self.analysis = None;
        let overview = overview(name, &table);
        self.file = Some(LoadedFile {
            name: name.to_string(),
            table,
        });
        overview
    }

    /// Reads a whole file held in memory and takes it.
    pub fn read_bytes(
        &mut self,
        name: &str,
        bytes: &[u8],
        options: &ReadOptions,
    ) -> Result<FileOverview, ReadError> {
        let table = read_table(bytes, options)?;
        Ok(self.load(name, table))
    }

    /// Answers a request.
    pub fn handle(&mut self, request: Request) -> Response {
        match request {
            Request::Analyze(options) => self.analyze(options),
            Request::Export(what) => self.export(what),
            Request::ImportScheme(bytes) => import_scheme(&bytes),
            Request::Segment(choice) => self.with_analysis(|a| a.segmented(&choice)),
            Request::Rescore(rfm) => self.with_analysis(|a| {
                a.rescore(&rfm);
                let choice = match a.current_choice() {
                    Some(SchemeChoice::Preset(Preset::Rfm { .. })) | None => a.default_choice(),
                    Some(other) => other,
                };
                a.segmented(&choice)
            }),
            Request::Preview(scheme) => {
                self.with_analysis(|a| Response::Preview(a.preview(&scheme)))
            }
            Request::Cluster(options) => {
                self.with_analysis(|a| match cluster(&a.features, &options, &a.currency) {
                    Ok((clusters, feature)) => {
                        a.features.set(CLUSTER, "Cluster", feature);
                        match a.segment(&SchemeChoice::Custom(clusters.scheme.clone())) {
                            Ok(view) => Response::Clustered(Box::new(clusters), Box::new(view)),
                            Err(message) => Response::Failed(message),
                        }
                    }
                    Err(e) => Response::Failed(e.to_string()),
                })
            }
            Request::Crosstab(choice) => self.with_analysis(|a| match a.crosstab(&choice) {
                Ok(table) => Response::Crosstab(table),
                Err(message) => Response::Failed(message),
            }),
            Request::Value(period) => self.with_analysis(|a| {
                let spend = match period {
                    Some(p) => add_period_spend(&a.shop, &mut a.features, p),
                    None => ids::MONETARY,
                };
                Response::Value(value_view(&a.features, &a.shop.customers, spend))
            }),
            Request::Customers(query) => {
                self.with_analysis(|a| Response::Customers(a.customers(&query)))
            }
            Request::Host(query) => {
                let json = match query {
                    HostQuery::Summary => self.host_summary().map(|s| serde_json::to_string(&s)),
                    HostQuery::Customers(segment) => self
                        .host_customers(&segment)
                        .map(|c| serde_json::to_string(&c)),
                };
                match json {
                    Ok(Ok(json)) => Response::Host(json),
                    Ok(Err(e)) => Response::Failed(e.to_string()),
                    Err(message) => Response::Failed(message),
                }
            }
            Request::CrossSell(s) => self.with_analysis(|a| match &a.current {
                Some(current) if s < current.assignment.segments.len() => {
                    Response::CrossSell(s, cross_sell(&a.shop, &current.assignment.members(s)))
                }
                _ => Response::Failed("Choose a segment first.".into()),
            }),
        }
    }

    /// Measures exported campaigns against a newer orders file, keeping the loaded one.
    pub fn measure(&self, name: &str, table: &Table, records: &[CampaignRecord]) -> Response {
        playbook::measured(name, table, records)
    }

    fn with_analysis(&mut self, answer: impl FnOnce(&mut Analysis) -> Response) -> Response {
        match &mut self.analysis {
            Some(a) => answer(a),
            None => Response::Failed("Segment the customers first.".into()),
        }
    }

    fn analyze(&mut self, options: AnalyzeOptions) -> Response {
        let Some(file) = &mut self.file else {
            return Response::Failed("Choose a file first.".into());
        };
        if let Some(again) = conventions_needing_a_read(&mut file.table, &options) {
            return Response::ReadAgain(again);
        }
        // Features depend on the mapping, the reference date and the seasons only.
        let reusable = self.analysis.take().filter(|a| {
            a.options.mapping == options.mapping
                && a.options.reference == options.reference
                && a.options.seasons == options.seasons
        });
        let mut analysis = match reusable {
            Some(mut a) => {
                // The scale stays the one scored until `rescore` below compares it.
                a.options = AnalyzeOptions {
                    rfm: a.options.rfm.clone(),
                    ..options.clone()
                };
                a
            }
            None => match Analysis::compute(&file.table, options.clone()) {
                Ok(a) => a,
                Err(message) => return Response::Failed(message),
            },
        };
        analysis.rescore(&options.rfm);
        let choice = options
            .scheme
            .clone()
            .unwrap_or_else(|| analysis.default_choice());
        // A saved choice that no longer fits (e.g. a rule on an unmapped column) falls back
        // to the default scheme rather than leaving the merchant with nothing.
        let scheme = match analysis.segment(&choice) {
            Ok(view) => view,
            Err(_) => match analysis.segment(&analysis.default_choice()) {
                Ok(view) => view,
                Err(message) => return Response::Failed(message),
            },
        };
        let view = analysis.view(&file.table, scheme);
        self.analysis = Some(analysis);
        Response::Analyzed(Box::new(view))
    }

    fn export(&self, what: ExportRequest) -> Response {
        let download =
            |file_name: String, bytes: Vec<u8>| Response::Download(Download { file_name, bytes });
        if let (ExportRequest::Problems, Some(file)) = (&what, &self.file) {
            return download(
                format!("{}-rows-left-out.csv", slug(file_name_stem(&file.name))),
                problems_csv(&file.table, self.analysis.as_ref().map(|a| &a.shop)),
            );
        }
        let Some((a, current)) = self
            .analysis
            .as_ref()
            .and_then(|a| a.current.as_ref().map(|c| (a, c)))
        else {
            return Response::Failed("There is nothing to export yet.".into());
        };
        // Files carry the scheme, the segment and the last day of data in their names.
        let scheme = slug(&current.scheme.name);
        let day = a.reference.plus_days(-1);
        let customers = |members: &[usize]| {
            customers_csv(
                &a.shop.customers,
                &a.features,
                &current.assignment,
                &current.scheme.name,
                members,
            )
        };
        match what {
            ExportRequest::AllCustomers => {
                let everyone: Vec<usize> = (0..a.shop.customers.len()).collect();
                download(
                    format!("segmenter-{scheme}-all-customers-{day}.csv"),
                    customers(&everyone),
                )
            }
            ExportRequest::Segment(s) if s < current.assignment.segments.len() => download(
                format!(
                    "segmenter-{scheme}-{}-{day}.csv",
                    slug(&current.assignment.segments[s])
                ),
                customers(&current.assignment.members(s)),
            ),
            ExportRequest::CrossCell(row, column) => {
                let Some(cross) = &a.cross else {
                    return Response::Failed("Make a cross-tab first.".into());
                };
                let members: Vec<usize> = (0..a.features.len)
                    .filter(|&c| {
                        usize::from(current.assignment.of_customer[c]) == row
                            && usize::from(cross.of_customer[c]) == column
                    })
                    .collect();
                download(
                    format!(
                        "segmenter-{scheme}-{}-{}-{day}.csv",
                        slug(
                            current
                                .assignment
                                .segments
                                .get(row)
                                .map_or("", String::as_str)
                        ),
                        slug(cross.segments.get(column).map_or("", String::as_str))
                    ),
                    customers(&members),
                )
            }
            ExportRequest::Scheme => scheme_file(&current.scheme),
            ExportRequest::SchemeFile(saved) => scheme_file(&saved),
            ExportRequest::Summary => download(
                format!("segmenter-{scheme}-summary-{day}.csv"),
                segments_csv(&current.view.segments),
            ),
            ExportRequest::CrossSellTargets {
                segment,
                bought,
                never,
            } if segment < current.assignment.segments.len() => download(
                format!(
                    "segmenter-{scheme}-{}-bought-{}-never-{}-{day}.csv",
                    slug(&current.assignment.segments[segment]),
                    slug(&bought),
                    slug(&never)
                ),
                customers(&bought_but_never(
                    &a.shop,
                    &current.assignment.members(segment),
                    &bought,
                    &never,
                )),
            ),
            ExportRequest::Campaign(order) if order.segment < current.assignment.segments.len() => {
                playbook::campaign_list(a, current, &order)
            }
            ExportRequest::Everything(campaigns) => download(
                format!("segmenter-{scheme}-result-{day}.json"),
                playbook::result_json(
                    self.file.as_ref().map_or("", |f| f.name.as_str()),
                    a,
                    current,
                    &campaigns,
                ),
            ),
            ExportRequest::Segment(_)
            | ExportRequest::Problems
            | ExportRequest::CrossSellTargets { .. }
            | ExportRequest::Campaign(_) => {
                Response::Failed("There is nothing to export yet.".into())
            }
        }
    }

    /// The RFM scales of the latest analysis.
    pub fn scales(&self) -> Option<&RfmScales> {
        self.analysis.as_ref().map(|a| &a.scales)
    }

    /// The options of the latest analysis.
    pub fn analyzed_with(&self) -> Option<&AnalyzeOptions> {
        self.analysis.as_ref().map(|a| &a.options)
    }
}

/// Each season's next window from the reference date on, with the average customer's share
/// of orders in it.
fn upcoming_seasons(
    seasons: &[Season],
    reference: Date,
    features: &FeatureTable,
) -> Vec<UpcomingSeason> {
    seasons
        .iter()
        .filter_map(|season| {
            let (starts, ends) = season.next_window(reference)?;
            let shares = features.numbers(&ids::season_share(&season.name))?;
            let (sum, known) = shares
                .iter()
                .filter(|v| !v.is_nan())
                .fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
            Some(UpcomingSeason {
                name: season.name.clone(),
                starts,
                ends,
                shop_share: sum / known.max(1) as f64,
            })
        })
        .collect()
}

/// Number and date conventions chosen on the mapping screen switch the columns in place
/// when their other reading was kept; otherwise the file must be read again, with these
/// options.
fn conventions_needing_a_read(table: &mut Table, options: &AnalyzeOptions) -> Option<ReadOptions> {
    for (i, choice) in options.mapping.columns.iter().enumerate() {
        let Some(column) = table.columns.get_mut(i) else {
            continue;
        };
        let first = match (column.kind(), choice.number_style, choice.date_order) {
            (ColumnKind::Number, Some(style), _) => style == NumberStyle::DecimalPoint,
            (ColumnKind::Date, _, Some(order)) => order == DateOrder::DayFirst,
            _ => continue,
        };
        if column.use_convention(first).is_err() {
            let mut again = table.options.clone();
            again
                .conventions
                .resize(table.columns.len(), Default::default());
            for (j, c) in options.mapping.columns.iter().enumerate() {
                again.conventions[j].number_style =
                    c.number_style.or(again.conventions[j].number_style);
                again.conventions[j].date_order = c.date_order.or(again.conventions[j].date_order);
            }
            return Some(again);
        }
    }
    None
}

impl Analysis {
    /// Binds the file with the mapping and computes every customer's features.
    fn compute(table: &Table, options: AnalyzeOptions) -> Result<Analysis, String> {
        let shop = bind(table, &options.mapping).map_err(|incomplete| incomplete.to_string())?;
        let Some(default_ref) = default_reference(&shop) else {
            let report = row_report(table, &shop);
            return Err(format!(
                "None of the {} rows could be used. {}",
                table.rows,
                report.problems.first().cloned().unwrap_or_default()
            ));
        };
        let reference = options.reference.unwrap_or(default_ref);
        let mut features = compute_features_with(
            &shop,
            reference,
            &FeatureOptions {
                seasons: options.seasons.clone(),
            },
        );
        let scales = score_customers(&mut features, &options.rfm);
        let currency = detect_currency(table, &options.mapping);
        let baseline = ShopBaseline {
            median_monetary: features
                .numbers(ids::MONETARY)
                .and_then(|v| median(v.iter().copied()))
                .unwrap_or(0.0),
            median_interval: features
                .numbers(ids::INTERVAL)
                .and_then(|v| median(v.iter().copied())),
            currency: currency.clone(),
            seasons: upcoming_seasons(&options.seasons, reference, &features),
        };
        Ok(Analysis {
            options,
            reference,
            shop,
            features,
            scales,
            currency,
            baseline,
            current: None,
            cross: None,
            described: Vec::new(),
        })
    }

    /// RFM when the file has order dates; value and loyalty when it has none.
    fn default_choice(&self) -> SchemeChoice {
        SchemeChoice::Preset(if self.scales.recency_known {
            Preset::Rfm {
                points: self.options.rfm.points,
            }
        } else {
            Preset::ValueLoyalty
        })
    }

    /// Scores RFM again when the scale changed.
    fn rescore(&mut self, rfm: &RfmOptions) {
        if *rfm != self.options.rfm || self.features.get(R_SCORE).is_none() {
            self.scales = score_customers(&mut self.features, rfm);
            self.options.rfm = rfm.clone();
        }
    }

    /// The rules a choice stands for, adding any feature a built-in scheme needs.
    fn resolve(&mut self, choice: &SchemeChoice) -> Result<Scheme, String> {
        Ok(match choice {
            SchemeChoice::Preset(Preset::Rfm { points }) => {
                let rfm = RfmOptions {
                    points: *points,
                    ..self.options.rfm.clone()
                };
                self.rescore(&rfm);
                build(
                    &Preset::Rfm { points: *points },
                    &self.shop,
                    &mut self.features,
                    &self.currency,
                )
            }
            SchemeChoice::Preset(preset) => {
                build(preset, &self.shop, &mut self.features, &self.currency)
            }
            SchemeChoice::Custom(scheme) => scheme.clone(),
            SchemeChoice::Subdivided(outer, inner) => {
                subdivide(&self.resolve(outer)?, &self.resolve(inner)?)
            }
        })
    }

    /// Segments the customers with a scheme and makes it the one on show.
    fn segment(&mut self, choice: &SchemeChoice) -> Result<SchemeView, String> {
        let scheme = self.resolve(choice)?;
        let assignment = assign(&scheme, &self.features).map_err(|e| e.to_string())?;
        let segments = summarize(&assignment, &self.features);
        let campaigns = segments
            .iter()
            .filter(|s| s.customers > 0)
            .map(|s| suggest(s, &self.baseline))
            .collect();
        let grid = GridAxes::of_scheme(&scheme).and_then(|axes| {
            grid_view(
                &scheme,
                &self.features,
                self.options.rfm.points.clamp(3, 5),
                axes,
            )
            .ok()
        });
        let view = SchemeView {
            choice: choice.clone(),
            scheme: scheme.clone(),
            segments,
            campaigns,
            grid,
            explanation: self.explanation(&scheme),
            features: self.feature_infos(),
        };
        self.current = Some(Segmentation {
            scheme,
            assignment,
            view: view.clone(),
        });
        self.cross = None;
        Ok(view)
    }

    fn segmented(&mut self, choice: &SchemeChoice) -> Response {
        match self.segment(choice) {
            Ok(view) => Response::Segmented(Box::new(view)),
            Err(message) => Response::Failed(message),
        }
    }

    fn current_choice(&self) -> Option<SchemeChoice> {
        self.current.as_ref().map(|c| c.view.choice.clone())
    }

    /// Crosses the scheme on show with another, remembering the other's segments so a
    /// cell's customers can be listed.
    fn crosstab(&mut self, choice: &SchemeChoice) -> Result<Crosstab, String> {
        let scheme = self.resolve(choice)?;
        let other = assign(&scheme, &self.features).map_err(|e| e.to_string())?;
        let current = self
            .current
            .as_ref()
            .ok_or("Segment the customers first.")?;
        let table = crosstab(
            (&current.scheme.name, &current.assignment),
            (&scheme.name, &other),
            &self.features,
        );
        self.cross = Some(other);
        Ok(table)
    }

    /// Every feature described for the rule builder; only features set since the last
    /// call are described again.
    fn feature_infos(&mut self) -> Vec<FeatureInfo> {
        let len = self.features.len;
        let described = std::mem::take(&mut self.described);
        self.described = self
            .features
            .features
            .iter()
            .map(|f| {
                described
                    .iter()
                    .find(|(revision, info)| *revision == f.revision && info.id == f.id)
                    .cloned()
                    .unwrap_or_else(|| (f.revision, f.describe(len)))
            })
            .collect();
        self.described
            .iter()
            .map(|(_, info)| info.clone())
            .collect()
    }

    /// How a scheme's segments were made, in sentences.
    fn explanation(&self, scheme: &Scheme) -> Vec<String> {
        let read: Vec<&str> = scheme
            .rules
            .iter()
            .flat_map(|r| r.when.features())
            .collect();
        let mut lines = Vec::new();
        if read.iter().any(|f| [R_SCORE, F_SCORE, M_SCORE].contains(f)) {
            lines.extend(explain(&self.scales, &self.options.rfm, &self.currency));
        }
        if read.contains(&SPEND_IN_PERIOD) {
            if let Some(f) = self.features.get(SPEND_IN_PERIOD) {
                lines.push(format!(
                    "Tiers rank the customers who bought by their spend ({}): the top 1%, the next 4%, the next 15%, and so on.",
                    f.label.to_lowercase()
                ));
            }
        }
        lines
    }

    /// Counts per segment for a scheme being edited, without changing the one on show.
    fn preview(&self, scheme: &Scheme) -> PreviewView {
        match assign(scheme, &self.features) {
            Ok(a) => PreviewView {
                segments: counts_and_revenue(&a, &self.features),
                error: None,
            },
            Err(e) => PreviewView {
                segments: Vec::new(),
                error: Some(e.to_string()),
            },
        }
    }

    fn customers(&self, query: &CustomerQuery) -> CustomerPage {
        let Some(current) = &self.current else {
            return customer_page(
                &self.shop,
                &self.features,
                &Assignment::default(),
                Vec::new(),
                query,
            );
        };
        let assignment = &current.assignment;
        let in_cell = |c: usize| match (&self.cross, query.cross) {
            (Some(cross), Some(k)) => usize::from(cross.of_customer[c]) == k,
            _ => true,
        };
        let members: Vec<usize> = (0..self.features.len)
            .filter(|&c| {
                query
                    .segment
                    .is_none_or(|s| usize::from(assignment.of_customer[c]) == s)
            })
            .filter(|&c| in_cell(c))
            .collect();
        customer_page(&self.shop, &self.features, assignment, members, query)
    }

    fn view(&self, table: &Table, scheme: SchemeView) -> AnalysisView {
        let reference = self.reference;
        AnalysisView {
            reference,
            default_reference: default_reference(&self.shop).unwrap_or(reference),
            shape: self.shop.shape,
            shape_label: self.shop.shape.label().to_string(),
            customers: self.shop.customers.len(),
            orders: self.shop.orders.len(),
            revenue: totals(&self.features).1,
            currency: self.currency.clone(),
            dated: self.scales.recency_known,
            seasons: self.options.seasons.clone(),
            rfm: self.options.rfm.clone(),
            catalog: catalog(&self.features, &self.options.seasons),
            report: row_report(table, &self.shop),
            scheme,
        }
    }
}

/// A scheme as a JSON file to keep or share.
fn scheme_file(scheme: &Scheme) -> Response {
    Response::Download(Download {
        file_name: format!("segmenter-scheme-{}.json", slug(&scheme.name)),
        bytes: serde_json::to_vec_pretty(scheme).unwrap_or_default(),
    })
}

/// Reads a scheme from the JSON the merchant exported earlier.
fn import_scheme(bytes: &[u8]) -> Response {
    match serde_json::from_slice::<Scheme>(bytes) {
        Ok(scheme) => Response::SchemeImported(scheme),
        Err(e) => {
            let reason = e.to_string();
            let reason = reason.split(" at line").next().unwrap_or_default();
            Response::Failed(format!(
                "This file is not a Segmenter scheme (line {}, column {}: {reason}). \
                 Choose a file saved with \"Download scheme\".",
                e.line(),
                e.column()
            ))
        }
    }
}

fn file_name_stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(stem, _)| stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHOP: &str = "order_id,customer_id,email,order_date,amount\n\
        1,A,a@x.com,2024-01-01,10\n2,A,a@x.com,2024-03-01,20\n3,B,b@x.com,2024-02-15,99.50\n\
        4,C,=cmd@x.com,2024-03-09,5\n5,C,=cmd@x.com,2024-03-10,-2\n";

    fn analyzed() -> (Session, AnalysisView) {
        let mut s = Session::new();
        let overview = s
            .read_bytes("shop.csv", SHOP.as_bytes(), &ReadOptions::default())
            .unwrap();
        let options = AnalyzeOptions {
            mapping: overview.proposed,
            ..AnalyzeOptions::default()
        };
        match s.handle(Request::Analyze(options)) {
            Response::Analyzed(view) => (s, *view),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_becomes_segments_with_a_report() {
        let (_, view) = analyzed();
        assert_eq!(view.customers, 3);
        assert_eq!(view.orders, 4);
        assert_eq!(view.reference.to_string(), "2024-03-10");
        assert_eq!(view.revenue, 132.5);
        let scheme = &view.scheme;
        assert_eq!(
            scheme.segments.iter().map(|s| s.customers).sum::<usize>(),
            3
        );
        let grid = scheme.grid.as_ref().expect("RFM has a grid");
        assert_eq!(grid.cells.len(), 5);
        assert_eq!(
            grid.cells
                .iter()
                .flatten()
                .map(|c| c.customers)
                .sum::<usize>(),
            3
        );
        assert_eq!(grid.uncovered, 0);
        assert!(grid.unreached.is_empty());
        assert_eq!(view.report.rows_read, 5);
        assert_eq!(view.report.rows_used, 5);
        assert!(view.report.left_out[0].starts_with("1 rows with negative amounts"));
        assert_eq!(scheme.explanation.len(), 4);
    }

    #[test]
    fn customer_pages_sort_and_export_neutralises() {
        let (mut s, _) = analyzed();
        let page = match s.handle(Request::Customers(CustomerQuery {
            segment: None,
            cross: None,
            sort: SortKey::Monetary,
            descending: true,
            page: 0,
            page_size: 2,
        })) {
            Response::Customers(p) => p,
            other => panic!("{other:?}"),
        };
        assert_eq!(page.total, 3);
        assert_eq!(
            page.rows.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            vec!["B", "A"]
        );
        let Response::Download(d) = s.handle(Request::Export(ExportRequest::AllCustomers)) else {
            panic!()
        };
        assert!(d
            .file_name
            .starts_with("segmenter-rfm-segments-all-customers-2024-03-09"));
        let text = String::from_utf8(d.bytes).unwrap();
        assert!(text.starts_with(
            "\u{feff}customer_id,email,segment,days_since_last_order,orders,total_spent"
        ));
        assert!(text.contains("C,'=cmd@x.com,"), "{text}");
    }

    #[test]
    fn an_incomplete_mapping_says_what_is_missing() {
        let mut s = Session::new();
        s.read_bytes("x.csv", SHOP.as_bytes(), &ReadOptions::default())
            .unwrap();
        let r = s.handle(Request::Analyze(AnalyzeOptions::default()));
        assert!(matches!(r, Response::Failed(m) if m.contains("identifies the customer")));
    }
}
