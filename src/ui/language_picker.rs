//! The language picker in the masthead: the languages by their own names; the choice is
//! shown at once and remembered.

use super::state::AppState;
use super::words::{choose, language, tr};
use leptos::prelude::*;
use segmenter_words::{Key, Language};

/// The picker, showing the page's language.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_change = move |ev: leptos::ev::Event| {
        let chosen = Language::of_tag(&event_target_value(&ev)).unwrap_or_default();
        choose(chosen);
        state.change_preferences(|p| p.language = Some(chosen));
        // The engine's words on show (segment names, campaigns) are written again.
        if state.analysis.with_untracked(Option::is_some) {
            state.analyze();
        }
    };
    view! {
        <label class="language-picker">
            <span>{tr(Key::LanguageChoice)}</span>
            <select data-testid="language" on:change=on_change>
                {Language::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() lang=l.tag() selected=move || language() == l>
                                {l.name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
