//! The views of the results, one at a time, and the switch between them that any view may
//! turn (the campaign cards open the plan, the rule builder shows its segments).

use leptos::prelude::*;
use segmenter_words::Key;
use wasm_bindgen::JsCast;

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

/// Every view in the order the tab list shows them: the view, its label's message and its
/// element id.
pub const TABS: [(Tab, Key, &str); 9] = [
    (Tab::Segments, Key::TabsSegments, "tab-segments"),
    (Tab::Builder, Key::TabsBuilder, "tab-builder"),
    (Tab::Clusters, Key::TabsClusters, "tab-clusters"),
    (Tab::Crosstab, Key::TabsCrosstab, "tab-crosstab"),
    (Tab::Value, Key::TabsValue, "tab-value"),
    (Tab::Future, Key::TabsFuture, "tab-future"),
    (Tab::Migration, Key::TabsMigration, "tab-migration"),
    (Tab::Cohorts, Key::TabsCohorts, "tab-cohorts"),
    (Tab::Plan, Key::TabsPlan, "tab-plan"),
];

impl Tab {
    /// The id of its tab in the tab list.
    pub fn id(self) -> &'static str {
        TABS.iter()
            .find(|(t, _, _)| *t == self)
            .map_or("tab-segments", |(_, _, id)| id)
    }

    /// Whether opening it asks the engine for its figures (the top customers, the cohorts):
    /// a view that would ask again for the work Cancel stopped, were the results brought
    /// back on it.
    pub fn works_on_opening(self) -> bool {
        matches!(self, Tab::Value | Tab::Cohorts)
    }

    /// Its place in the tab list.
    fn position(self) -> usize {
        TABS.iter().position(|(t, _, _)| *t == self).unwrap_or(0)
    }
}

/// The results view on show (the page state's [`AppState::tab`](super::state::AppState::tab), which
/// Cancel keeps), provided as context by the results.
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

    /// The tab list's keys, as the WAI-ARIA tabs pattern has them: the left and right
    /// arrows show the previous and next view (wrapping round), Home and End the first and
    /// last, and the focus follows onto the tab shown.
    pub fn on_key(self, ev: &web_sys::KeyboardEvent) {
        let at = self.0.get_untracked().position();
        let last = TABS.len() - 1;
        let next = match ev.key().as_str() {
            "ArrowRight" => {
                if at == last {
                    0
                } else {
                    at + 1
                }
            }
            "ArrowLeft" => {
                if at == 0 {
                    last
                } else {
                    at - 1
                }
            }
            "Home" => 0,
            "End" => last,
            _ => return,
        };
        ev.prevent_default();
        let (tab, _, id) = TABS[next];
        self.show(tab);
        if let Some(button) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    }
}
