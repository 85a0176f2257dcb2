//! One mapping and reference date, analysed: the shop bound from the file, every customer's
//! features (computed once), the RFM scales, and the segmentation on show. Every scheme
//! after the first only re-assigns customers.

use super::error::EngineError;
use super::explain::explanation;
use super::listing::customer_page;
use super::overview::row_report;
use super::protocol::{AnalyzeOptions, CustomerQuery};
use super::views::{AnalysisView, CustomerPage, PreviewView, SchemeView};
use crate::basics::calendar::Date;
use crate::basics::money::{iso_code, Currency, MoneyStyle};
use crate::basics::parallel::join;
use crate::basics::profile::{lap, Step};
use crate::campaigns::suggest::{suggest, ShopBaseline};
use crate::export::problems::rows_left_out;
use crate::export::sql::Models;
use crate::features::{
    add_detail_features, add_period_spend, default_reference, ids, order_features, period_spend,
    Feature, FeatureData, FeatureInfo, FeatureOptions, FeatureTable, Period,
};
use crate::insight::crosssell::strongest_pairs;
use crate::insight::crosstab::{crosstab, Crosstab};
use crate::insight::segments::{counts_and_revenue, summarize, totals};
use crate::insight::value::{value_view, ValueView};
use crate::reading::Table;
use crate::segmentation::choice::SchemeChoice;
use crate::segmentation::clustering::ClusterModel;
use crate::segmentation::grid::{grid_view, GridAxes};
use crate::segmentation::presets::{build, catalog, preset_name, Preset};
use crate::segmentation::rfm::{score_customers, RfmOptions, RfmScales};
use crate::segmentation::scheme::{assign, subdivide, Assignment, Scheme};
use crate::shop::currency::{currencies, currency_code, detect_currency};
use crate::shop::{bind_with, rows_dated_before, BindOptions, Shop};
use segmenter_words::{Key, Language};
use std::cell::OnceCell;

/// Everything computed for one mapping and reference date.
pub(super) struct Analysis {
    pub(super) options: AnalyzeOptions,
    /// The date recency is measured from.
    pub(super) reference: Date,
    pub(super) shop: Shop,
    pub(super) features: FeatureTable,
    pub(super) scales: RfmScales,
    pub(super) currency: Currency,
    /// The currencies the file names row by row (in a currency column or in the marks of
    /// its amounts), with their rows; empty when it names none.
    pub(super) currencies: Vec<(String, usize)>,
    /// The one counted when there are several.
    pub(super) counted_currency: Option<String>,
    pub(super) baseline: ShopBaseline,
    /// The segmentation on show.
    pub(super) current: Option<Segmentation>,
    /// The number given last to segments on show ([`SchemeView::segmentation`]).
    segmentations: u32,
    /// A scheme asked for before the prediction its rules read was made, the default on
    /// show in its place: it is shown once the prediction is made, unless another scheme is
    /// asked for first.
    pub(super) shown_once_predicted: Option<SchemeChoice>,
    /// The last cross-tab's other scheme and its columns.
    pub(super) cross: Option<Cross>,
    /// Each feature's description for the rule builder, with the revision it describes.
    described: Vec<(u64, FeatureInfo)>,
    /// The models of the last prediction, whose figures for each customer are features.
    pub(super) prediction: Option<Models>,
    /// Each customer's chance of ordering in the next days a holdout plan counts, by those
    /// models: worked out for the first plan after the prediction, then read by every plan
    /// (a plan is asked again with each figure the merchant types).
    pub(super) ordering_soon: OnceCell<Vec<f64>>,
    /// The clusters last found, which put this analysis's customers in the `cluster` feature.
    pub(super) clusters: Option<ClusterModel>,
    /// The periods of the spend in a period a rule or the clusters may read: an analysis
    /// as of another day, or a snapshot of a comparison, computes it again as of its own.
    pub(super) periods: SpendPeriods,
    /// How many of the features were computed from the file: those after them were added
    /// for a scheme, clusters, a period or a prediction.
    pub(super) computed_features: usize,
    /// The spend in the period the rule builder's draft read last, when that was not the
    /// shop's (see [`Analysis::preview`]): kept with the analysis, or until the shop's
    /// spend moves to that period, which then takes it.
    draft_spend: Option<(Period, Feature)>,
}

/// The periods of the spend in a period ([`ids::SPEND_IN_PERIOD`]) an analysis computed.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct SpendPeriods {
    /// The one computed last (the Value tab's, or a tier scheme's): the one a rule reads.
    pub(super) asked: Option<Period>,
    /// The one the clusters were found on, if they read the spend: each customer is put in
    /// them by their spend in it, which the clusters' names quote.
    pub(super) clusters: Option<Period>,
}

/// A scheme's rules as resolved from a choice, and the period of the spend in a period
/// before resolving them made their own: what is put back if they fail to segment or wait
/// for the prediction ([`Analysis::let_go`]).
#[must_use = "a scheme resolved and not segmented is let go, else its spend stays"]
pub(super) struct Resolved {
    pub(super) scheme: Scheme,
    spend_before: Option<Period>,
}

/// A scheme's rules, who each customer is in, and what the page was shown of it.
pub(super) struct Segmentation {
    pub(super) scheme: Scheme,
    pub(super) assignment: Assignment,
    pub(super) view: SchemeView,
    /// The thresholds of the scores its rules read, if they read any.
    scored_with: Option<RfmOptions>,
}

/// The other scheme of a cross-tab, and who is in which of its segments: the table's
/// columns, whose cells the page may list.
pub(super) struct Cross {
    pub(super) choice: SchemeChoice,
    pub(super) columns: Assignment,
    /// Whether its segments follow the predicted figures ([`Analysis::follows_prediction`]),
    /// as resolved when it was asked for: what changes that (other clusters, another
    /// analysis) shows other segments, which end the cross-tab.
    pub(super) follows_prediction: bool,
}

impl Analysis {
    /// Binds the file with the mapping and computes every customer's features.
    pub(super) fn compute(table: &Table, options: AnalyzeOptions) -> Result<Analysis, EngineError> {
        let feature_options = FeatureOptions {
            seasons: options.seasons.clone(),
            language: options.words(),
        };
        // The features of the orders are computed while the customers' details are gathered.
        // A file in several currencies is segmented one currency at a time.
        let currencies = currencies(table, &options.mapping);
        let counted = match &options.currency {
            // Asked by its code or its mark (`eur`, `€`).
            Some(asked) if currencies.len() > 1 => {
                let code = currency_code(iso_code(asked.trim()));
                if !currencies.iter().any(|(c, _)| *c == code) {
                    return Err(EngineError::CurrencyNotInFile {
                        asked: code,
                        named: currencies,
                    });
                }
                Some(code)
            }
            _ => (currencies.len() > 1).then(|| currencies[0].0.clone()),
        };
        let bind_options = BindOptions {
            before: options.reference,
            currency: counted.clone(),
        };
        let (shop, computed) = bind_with(table, &options.mapping, &bind_options, |shop| {
            let reference = options.reference.or(default_reference(shop))?;
            Some((reference, order_features(shop, reference, &feature_options)))
        })?;
        lap(Step::Bind);
        let Some((reference, mut features)) = computed else {
            // In a file of several currencies, what failed is the one counted.
            let (rows, currency) = counted
                .and_then(|code| currencies.into_iter().find(|(c, _)| *c == code))
                .map_or((table.rows, None), |(code, rows)| (rows, Some(code)));
            return Err(EngineError::NothingUsable {
                rows,
                currency,
                first_problem: rows_left_out(table, Some(&shop)).into_iter().next(),
            });
        };
        if shop.customers.is_empty() && table.rows > 0 {
            if let Some(day) = options.reference {
                return Err(match rows_dated_before(table, &options.mapping, day) {
                    0 => EngineError::NoCustomersYet { day },
                    rows => EngineError::NoUsableOrderYet { day, rows },
                });
            }
        }
        if let (Some(asked), Some(earliest)) = (options.reference, default_reference(&shop)) {
            if shop.customers.summary.is_some() && asked < earliest {
                return Err(EngineError::SummaryBeforeLastOrder {
                    reference: asked,
                    earliest,
                });
            }
        }
        add_detail_features(&shop, reference, &mut features);
        lap(Step::Details);
        let scales = score_customers(&mut features, &options.rfm);
        lap(Step::Scores);
        let style = MoneyStyle::of_language(options.language.as_deref().unwrap_or("en"));
        let currency = match &counted {
            Some(code) => Currency::from_mark(code),
            None => detect_currency(table, &options.mapping),
        }
        .in_style(style);
        let baseline = ShopBaseline::of(&features, &options.seasons, reference, &currency);
        lap(Step::Baseline);
        Ok(Analysis {
            computed_features: features.features.len(),
            options,
            reference,
            shop,
            features,
            scales,
            currency,
            currencies,
            counted_currency: counted,
            baseline,
            current: None,
            segmentations: 0,
            shown_once_predicted: None,
            cross: None,
            described: Vec::new(),
            prediction: None,
            ordering_soon: OnceCell::new(),
            clusters: None,
            periods: SpendPeriods::default(),
            draft_spend: None,
        })
    }

    /// Each customer's spend in `period` as of this analysis's date, as the feature
    /// [`ids::SPEND_IN_PERIOD`]; returns its id.
    pub(super) fn spend_in(&mut self, period: Period) -> &'static str {
        self.periods.asked = Some(period);
        // The rule builder's draft may have made it already.
        match self.draft_spend.take_if(|(kept, _)| *kept == period) {
            Some((_, spend)) => {
                self.features.put(spend);
                ids::SPEND_IN_PERIOD
            }
            None => add_period_spend(&self.shop, &mut self.features, period),
        }
    }

    /// Puts back the spend in the period `asked` (with none, no spend in a period at all)
    /// after a scheme not on show computed another: what the scheme on show and the next
    /// one read.
    fn spend_back_to(&mut self, asked: Option<Period>) {
        if self.periods.asked == asked {
            return;
        }
        match asked {
            Some(period) => {
                self.spend_in(period);
            }
            None => {
                self.features.remove(ids::SPEND_IN_PERIOD);
                self.periods.asked = None;
            }
        }
    }

    /// The analysis with the `clusters` and the spend in the `periods` of an analysis of
    /// the same shop, as of this one's day: each customer put in the clusters by their
    /// spend in the period the clusters were found on, then the spend in the period asked
    /// for last, which a rule may read.
    pub(super) fn with_added(
        mut self,
        clusters: Option<&ClusterModel>,
        periods: SpendPeriods,
    ) -> Analysis {
        if let Some(period) = periods.clusters {
            self.spend_in(period);
        }
        let mut analysis = self.with_clusters(clusters);
        analysis.periods.clusters = analysis.clusters.as_ref().and(periods.clusters);
        if let Some(period) = periods.asked.filter(|&p| periods.clusters != Some(p)) {
            analysis.spend_in(period);
        }
        analysis
    }

    /// The analysis with its customers put in `clusters` (found on this shop, or on it at
    /// another date or in another export), so a scheme of clusters segments it too. Clusters
    /// found on a figure this analysis has not computed (a prediction, spend in a period)
    /// are let go: the analysis stands without them, and a scheme of them says what it
    /// lacks, as any scheme on a missing figure does.
    fn with_clusters(mut self, clusters: Option<&ClusterModel>) -> Analysis {
        if let Some(model) = clusters {
            if let Ok(feature) = model.feature(&self.features) {
                self.set_clusters(model.clone(), feature);
            }
        }
        self
    }

    /// Keeps `clusters` and each customer's cluster, `feature`, as the `cluster` feature.
    pub(super) fn set_clusters(&mut self, clusters: ClusterModel, feature: FeatureData) {
        let label = self.options.words().text(Key::FeaturesCluster, &[]);
        self.features.set(ids::CLUSTER, &label, feature);
        self.clusters = Some(clusters);
    }

    /// Whether features computed with `self.options` serve `options` too: they depend on the
    /// mapping, the reference date and the seasons only.
    pub(super) fn serves(&self, options: &AnalyzeOptions) -> bool {
        self.options.mapping == options.mapping
            && self.options.reference == options.reference
            && self.options.seasons == options.seasons
            && self.options.currency == options.currency
            && self.options.language == options.language
    }

    /// RFM when the file has order dates; value and loyalty when it has none.
    pub(super) fn default_choice(&self) -> SchemeChoice {
        SchemeChoice::Preset(if self.scales.recency_known {
            Preset::Rfm {
                points: self.options.rfm.points,
            }
        } else {
            Preset::ValueLoyalty
        })
    }

    /// Gives the segments on show the number `segmentation`: those of an analysis made
    /// again in place of one that failed are the segments the page still shows, under the
    /// number it knows them by.
    pub(super) fn number_segments(&mut self, segmentation: u32) {
        if let Some(current) = &mut self.current {
            current.view.segmentation = segmentation;
            self.segmentations = segmentation;
        }
    }

    /// The number of the segments on show, if any ([`SchemeView::segmentation`]).
    pub(super) fn segmentation(&self) -> Option<u32> {
        self.current.as_ref().map(|c| c.view.segmentation)
    }

    /// The choice on show, if any.
    pub(super) fn current_choice(&self) -> Option<SchemeChoice> {
        self.current.as_ref().map(|c| c.view.choice.clone())
    }

    /// The choice on show, or the one shown first when none was segmented yet.
    pub(super) fn choice_on_show(&self) -> SchemeChoice {
        self.current_choice()
            .unwrap_or_else(|| self.default_choice())
    }

    /// Scores RFM again when the scale changed.
    pub(super) fn rescore(&mut self, rfm: &RfmOptions) {
        if *rfm != self.options.rfm || self.features.get(crate::features::ids::R_SCORE).is_none() {
            self.scales = score_customers(&mut self.features, rfm);
            self.options.rfm = rfm.clone();
        }
    }

    /// The rules a choice stands for, adding any feature a built-in scheme needs, with the
    /// period of the spend in a period they read, if they read it.
    pub(super) fn resolve(&mut self, choice: &SchemeChoice) -> Resolved {
        let spend_before = self.periods.asked;
        let (language, currency) = (self.options.words(), self.currency.clone());
        let mut scheme = self.resolve_in(&choice.with_one_period(), language, &currency);
        scheme.period = (scheme.reads_spend_in_period())
            .then_some(self.periods.asked)
            .flatten();
        Resolved {
            scheme,
            spend_before,
        }
    }

    /// The rules a choice stands for, built-in schemes and segments named in `language`
    /// with amounts written in `currency`'s style.
    fn resolve_in(
        &mut self,
        choice: &SchemeChoice,
        language: Language,
        currency: &Currency,
    ) -> Scheme {
        match choice {
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
                    currency,
                    language,
                )
            }
            SchemeChoice::Preset(preset) => {
                // Tiers set the spend in their period, which a rule may read next; the
                // draft's, if over that period, is theirs now.
                if let Preset::ValueTiers { period } = preset {
                    self.periods.asked = Some(*period);
                    self.draft_spend.take_if(|(kept, _)| kept == period);
                }
                build(preset, &self.shop, &mut self.features, currency, language)
            }
            SchemeChoice::Custom(scheme) => {
                // A scheme naming its period reads its spend in it (one from a file, or
                // made again for another period on the Value tab).
                let named = scheme.period_read();
                if let Some(period) = named.filter(|&p| self.periods.asked != Some(p)) {
                    self.spend_in(period);
                }
                scheme.clone()
            }
            SchemeChoice::Subdivided(outer, inner) => subdivide(
                &self.resolve_in(outer, language, currency),
                &self.resolve_in(inner, language, currency),
                language,
            ),
        }
    }

    /// `shown`, made from `choice`, and its `segments` named in English: what identifies
    /// them whatever language the page speaks (see
    /// [`CampaignKey`](crate::campaigns::uplift::CampaignKey)). In another language the
    /// scheme is built again in English, which names nothing after the data differently:
    /// its rules come in the same order.
    fn in_english(
        &mut self,
        shown: &Scheme,
        segments: &[String],
        choice: &SchemeChoice,
    ) -> (String, Vec<String>) {
        let as_shown = || (shown.name.clone(), segments.to_vec());
        if self.options.words() == Language::English {
            return as_shown();
        }
        let currency = self
            .currency
            .clone()
            .in_style(MoneyStyle::of_language("en"));
        let english = self.resolve_in(choice, Language::English, &currency);
        if english.rules.len() != shown.rules.len() {
            // Not the same rules after all: the names on show are all there is.
            return as_shown();
        }
        let in_english = |name: &String| {
            let rule = shown.rules.iter().position(|r| r.segment == *name);
            match rule {
                Some(r) => english.rules[r].segment.clone(),
                None if *name == shown.otherwise => english.otherwise.clone(),
                None => name.clone(),
            }
        };
        (
            english.name.clone(),
            segments.iter().map(in_english).collect(),
        )
    }

    /// Lets `resolved` go unshown for now (it waits for the prediction): the spend in the
    /// period asked before it was resolved is put back, which the segments on show, *Top
    /// customers* and the rule builder read meanwhile.
    pub(super) fn let_go(&mut self, resolved: Resolved) {
        self.spend_back_to(resolved.spend_before);
    }

    /// Segments the customers with a scheme and makes it the one on show.
    pub(super) fn segment(&mut self, choice: &SchemeChoice) -> Result<SchemeView, EngineError> {
        let resolved = self.resolve(choice);
        self.segment_with(choice, resolved)
    }

    /// Segments the customers with `scheme`, the rules `choice` was resolved to, and makes it
    /// the one on show, its parts naming the one period their rules read.
    pub(super) fn segment_with(
        &mut self,
        choice: &SchemeChoice,
        resolved: Resolved,
    ) -> Result<SchemeView, EngineError> {
        let choice = &choice.with_one_period();
        let Resolved {
            scheme,
            spend_before,
        } = resolved;
        let assignment = match assign(&scheme, &self.features) {
            Ok(assignment) => assignment,
            Err(e) => {
                // Resolving it may have made the spend over its own period: what the
                // segments on show, *Top customers* and the next scheme read is put back.
                self.spend_back_to(spend_before);
                return Err(e.into());
            }
        };
        lap(Step::Assign);
        // The same segments shown again (summarised with a prediction's figures, which moved
        // no one, or asked for again) keep their number and the cross-tab, which the page
        // still shows; other rules, customers in other segments, or scores on other
        // thresholds (which a cross-tab's columns may read too) end it.
        let scored_with = (scheme.reads_any(&[ids::R_SCORE, ids::F_SCORE, ids::M_SCORE]))
            .then(|| self.options.rfm.clone());
        let same = |current: &Segmentation| {
            current.scheme == scheme
                && current.scored_with == scored_with
                && current.assignment.of_customer == assignment.of_customer
        };
        if !(self.current.as_ref()).is_some_and(same) {
            self.segmentations += 1;
            self.cross = None;
        }
        // The segments' figures, the pairs bought together and the features' descriptions
        // need nothing of one another: on a big shop each is a tenth of a second, so they
        // share out over the cores.
        let (features, shop) = (&self.features, &self.shop);
        let old = std::mem::take(&mut self.described);
        let ((mut segments, pairs), described) = join(
            || {
                join(
                    || summarize(&assignment, features),
                    || strongest_pairs(shop, &assignment),
                )
            },
            || describe_features(features, old),
        );
        self.described = described;
        for (summary, pair) in segments.iter_mut().zip(pairs) {
            summary.top_pair = pair;
        }
        lap(Step::Figures);
        let campaigns = segments
            .iter()
            .filter(|s| s.customers > 0)
            .map(|s| suggest(s, &self.baseline, self.options.words()))
            .collect();
        let grid = GridAxes::of_scheme(&scheme, self.options.words()).and_then(|axes| {
            grid_view(
                &scheme,
                &self.features,
                self.options.rfm.points.clamp(3, 5),
                axes,
            )
            .ok()
        });
        let english = self.in_english(&scheme, &assignment.segments, choice);
        // As the picker lists it: a split scheme by the scheme it splits.
        let outer = match choice {
            SchemeChoice::Subdivided(outer, _) => &**outer,
            whole => whole,
        };
        let picked = match outer {
            SchemeChoice::Preset(preset) => preset_name(preset, self.options.words()),
            _ => scheme.name.clone(),
        };
        let view = SchemeView {
            segmentation: self.segmentations,
            choice: choice.clone(),
            scheme: scheme.clone(),
            picked,
            english,
            segments,
            campaigns,
            grid,
            explanation: explanation(
                &scheme,
                &self.features,
                &self.scales,
                &self.options.rfm,
                &self.currency,
                self.options.words(),
            ),
            features: self
                .described
                .iter()
                .map(|(_, info)| info.clone())
                .collect(),
        };
        self.current = Some(Segmentation {
            scheme,
            scored_with,
            assignment,
            view: view.clone(),
        });
        self.shown_once_predicted = None;
        lap(Step::View);
        Ok(view)
    }

    /// Segments with `choice`, or with the default scheme when `choice` no longer fits this
    /// file (e.g. a saved rule on a column no longer mapped), rather than leaving the
    /// merchant with nothing. A choice that does not fit only because it reads predicted
    /// figures not made yet is kept, to be shown once they are.
    pub(super) fn segment_or_default(
        &mut self,
        choice: &SchemeChoice,
    ) -> Result<SchemeView, EngineError> {
        let resolved = self.resolve(choice);
        let waits = self.prediction.is_none() && resolved.scheme.reads_any(&ids::PREDICTED);
        match self.segment_with(choice, resolved) {
            Ok(view) => Ok(view),
            Err(_) => {
                let view = self.segment(&self.default_choice())?;
                if waits {
                    self.shown_once_predicted = Some(choice.clone());
                }
                Ok(view)
            }
        }
    }

    /// Crosses the scheme on show with another, remembering the other's segments so a
    /// cell's customers can be listed.
    pub(super) fn crosstab(&mut self, choice: &SchemeChoice) -> Result<Crosstab, EngineError> {
        // Tiers as the columns make the spend in their own period, where the rows on show,
        // and what comes next, read the one asked for before: it is kept aside to be put
        // back, not made again.
        let spend_id = ids::SPEND_IN_PERIOD;
        let tiers_elsewhere = (choice.tiers_period())
            .is_some_and(|tiers| self.periods.asked.is_some_and(|asked| asked != tiers));
        let kept = tiers_elsewhere
            .then(|| self.features.get(spend_id).cloned())
            .flatten();
        let Resolved {
            scheme,
            spend_before,
        } = self.resolve(choice);
        let other = assign(&scheme, &self.features);
        match kept {
            Some(spend) => {
                self.features.put(spend);
                self.periods.asked = spend_before;
            }
            None => self.spend_back_to(spend_before),
        }
        let other = other?;
        let current = self.current.as_ref().ok_or(EngineError::NoAnalysis)?;
        let table = crosstab(
            (&current.scheme.name, &current.assignment),
            (&scheme.name, &other),
            &self.features,
        );
        self.cross = Some(Cross {
            choice: choice.clone(),
            columns: other,
            follows_prediction: self.follows_prediction(&scheme),
        });
        Ok(table)
    }

    /// The last cross-tab made again with the predicted figures just made, if its columns
    /// follow them (another horizon moves customers between them) and it is still there:
    /// rows whose customers moved ended it, and the page closes it. One that cannot be
    /// made again is kept as it was, as the page keeps showing it.
    pub(super) fn crosstab_following_prediction(&mut self) -> Option<Crosstab> {
        let choice = (self.cross.as_ref())
            .filter(|cross| cross.follows_prediction)
            .map(|cross| cross.choice.clone())?;
        let kept = self.cross.take();
        match self.crosstab(&choice) {
            Ok(table) => Some(table),
            Err(_) => {
                self.cross = kept;
                None
            }
        }
    }

    /// Whether the segments of `scheme` follow the predicted figures: it reads them, or
    /// the clusters it reads were found on them.
    pub(super) fn follows_prediction(&self, scheme: &Scheme) -> bool {
        let clusters_predicted =
            (self.clusters.as_ref()).is_some_and(|m| m.reads_any(&ids::PREDICTED));
        scheme.reads_any(&ids::PREDICTED) || scheme.reads_any(&[ids::CLUSTER]) && clusters_predicted
    }

    /// The segments on show made again after `figures` were computed anew, when their
    /// rules read one: customers may have moved, and the page shows them at once rather
    /// than at the segments' next summary. None when they read none. Clusters found on one
    /// keep their customers: their names quote the figures they were found on.
    pub(super) fn segments_following(
        &mut self,
        figures: &[&str],
    ) -> Result<Option<SchemeView>, EngineError> {
        let choice = (self.current.as_ref())
            .filter(|current| current.scheme.reads_any(figures))
            .map(|current| current.view.choice.with_period(self.periods.asked));
        choice.map(|choice| self.segment(&choice)).transpose()
    }

    /// The top customers ranked by their spend over `period` (all time with none), and the
    /// segments on show made again when they follow it (rules on the spend in a period that
    /// a tier scheme does not hold to its own). Ranked over the period the shop's spend is
    /// in already, nothing is made again; beside tiers on show, the period's spend is put
    /// in for the ranking and theirs taken back in its place. Were the spend over another
    /// period than the segments on show read (no request should leave it so: checked, not
    /// trusted), they would be made again, which puts theirs back.
    pub(super) fn value(
        &mut self,
        period: Option<Period>,
    ) -> Result<(ValueView, Option<SchemeView>), EngineError> {
        let ranked = |a: &Self, id| value_view(&a.features, &a.shop.customers, id);
        let Some(period) = period else {
            return Ok((ranked(self, ids::MONETARY), None));
        };
        let spend = ids::SPEND_IN_PERIOD;
        // Whether the spend is over the period the segments on show read, if they read one.
        let on_show = (self.current.as_ref()).filter(|c| c.scheme.reads_spend_in_period());
        let in_step = on_show.is_none_or(|c| c.scheme.period == self.periods.asked);
        if in_step && self.periods.asked == Some(period) && self.features.get(spend).is_some() {
            return Ok((ranked(self, spend), None));
        }
        let tiers_on_show = on_show.is_some_and(|c| c.view.choice.tiers_period().is_some());
        if in_step && tiers_on_show {
            let made = period_spend(&self.shop, &mut self.features, period);
            let tiers = self.features.put(made);
            let value = ranked(self, spend);
            match tiers {
                Some(tiers) => self.features.put(tiers),
                None => self.features.take(spend),
            };
            return Ok((value, None));
        }
        self.spend_in(period);
        let value = ranked(self, spend);
        Ok((value, self.segments_following(&[spend])?))
    }

    /// Every feature described for the rule builder; only features set since the last
    /// call are described again.
    pub(super) fn feature_infos(&mut self) -> Vec<FeatureInfo> {
        let described = std::mem::take(&mut self.described);
        self.described = describe_features(&self.features, described);
        self.described
            .iter()
            .map(|(_, info)| info.clone())
            .collect()
    }

    /// Counts per segment for a scheme being edited, over the period its rules read,
    /// without changing the one on show, and the spend in that period described. A draft
    /// naming another period than the shop's reads its own spend in place of the shop's for
    /// the count, then gives it back: computed once per period and kept, so that each edit
    /// swaps two columns rather than counting the orders twice (its period's, then the
    /// shop's again). Only the last period's is kept: a draft switched between two makes
    /// each again.
    pub(super) fn preview(&mut self, scheme: &Scheme) -> PreviewView {
        let read = scheme.period_read();
        let own = read.filter(|&p| self.periods.asked != Some(p));
        let shops = own.map(|period| {
            // Another period's kept is let go before this one is made.
            let draft = match self.draft_spend.take().filter(|(kept, _)| *kept == period) {
                Some((_, spend)) => spend,
                None => period_spend(&self.shop, &mut self.features, period),
            };
            self.features.put(draft)
        });
        let spend = read.and_then(|period| {
            let feature = self.features.get(ids::SPEND_IN_PERIOD)?;
            Some((period, feature.describe()))
        });
        let (segments, error) = match assign(scheme, &self.features) {
            Ok(a) => (counts_and_revenue(&a, &self.features), None),
            Err(e) => (Vec::new(), Some(e)),
        };
        if let Some(period) = own {
            let draft = match shops.flatten() {
                Some(shops) => self.features.put(shops),
                None => self.features.take(ids::SPEND_IN_PERIOD),
            };
            self.draft_spend = draft.map(|draft| (period, draft));
        }
        PreviewView {
            segments,
            error,
            spend,
        }
    }

    /// A page of the customers of a segment (or of everyone), or of one cell of the last
    /// cross-tab.
    pub(super) fn customers(&self, query: &CustomerQuery) -> CustomerPage {
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
            (Some(cross), Some(k)) => usize::from(cross.columns.of_customer[c]) == k,
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

    /// A page of the customers `members`, with their segments in the scheme on show.
    pub(super) fn customers_among(
        &self,
        members: Vec<usize>,
        query: &CustomerQuery,
    ) -> CustomerPage {
        let none = Assignment::default();
        let assignment = self.current.as_ref().map_or(&none, |c| &c.assignment);
        customer_page(&self.shop, &self.features, assignment, members, query)
    }

    /// What the page shows of the analysis, with its first segmentation.
    pub(super) fn view(&self, table: &Table, scheme: SchemeView) -> AnalysisView {
        let reference = self.reference;
        AnalysisView {
            reference,
            // The day after the file's last order, cut off or not.
            default_reference: (self.shop.report.after_reference.latest)
                .map(|d| d.plus_days(1))
                .or(default_reference(&self.shop))
                .unwrap_or(reference),
            earliest_reference: self.shop.orders.date.iter().min().map(|d| d.plus_days(1)),
            orders_after_reference: self.shop.report.after_reference.orders,
            currencies: self.currencies.clone(),
            counted_currency: self.counted_currency.clone(),
            shape: self.shop.shape,
            language: self.options.words(),
            customers: self.shop.customers.len(),
            orders: self.shop.orders.len(),
            revenue: totals(&self.features).1,
            currency: self.currency.clone(),
            dated: self.scales.recency_known,
            seasons: self.options.seasons.clone(),
            rfm: self.options.rfm.clone(),
            catalog: catalog(&self.features, &self.options.seasons, self.options.words()),
            report: row_report(table, &self.shop),
            scheme,
            scheme_stands_in: self.shown_once_predicted.is_some(),
        }
    }
}

/// Every feature described for the rule builder, with the revision described; a feature
/// `described` already holds at its revision is not described again.
fn describe_features(
    features: &FeatureTable,
    described: Vec<(u64, FeatureInfo)>,
) -> Vec<(u64, FeatureInfo)> {
    features
        .features
        .iter()
        .map(|f| {
            described
                .iter()
                .find(|(revision, info)| *revision == f.revision && info.id == f.id)
                .cloned()
                .unwrap_or_else(|| (f.revision, f.describe()))
        })
        .collect()
}
