//! The views of the results, one at a time, and the switch between them that any view may
//! turn (the campaign cards open the plan, the rule builder shows its segments).

use leptos::prelude::*;

/// The views of the results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The segments table, charts, customers and campaigns.
    Segments,
    /// The custom rule builder and saved schemes.
    Builder,
    /// k-means clusters.
    Clusters,
    /// One scheme crossed with another.
    Crosstab,
    /// Top customers and revenue concentration.
    Value,
    /// Who will buy again and what they are worth.
    Future,
    /// Who moved between segments since an earlier date or export.
    Migration,
    /// Retention by cohort of first order.
    Cohorts,
    /// Every segment's campaign, editable and printable; send lists and their results.
    Plan,
}

/// The results view on show, provided as context by the results.
#[derive(Clone, Copy)]
pub struct Tabs(pub RwSignal<Tab>);

impl Tabs {
    /// The switch of the results on show.
    pub fn get() -> Tabs {
        expect_context::<Tabs>()
    }

    /// Shows `tab`.
    pub fn show(self, tab: Tab) {
        self.0.set(tab);
    }
}
