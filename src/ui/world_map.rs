//! The world map of a country scheme: each country shaded by its share of customers, its
//! figures on hover, and the places no country was found for said beside it. The outlines,
//! the names that find a country and the shading are [`segmenter_world`]'s. The ranked list
//! the map sits above is its text equivalent, so the map is one image to a screen reader.

use super::words::{t, t_with, tr};
use leptos::prelude::*;
use segmenter_words::{Arg, Key};
use segmenter_world::{country_of, outlines, shade, FRAME};

/// A place of the scheme, as the map shows it.
pub struct Place {
    /// The place as the file writes it (the segment's name).
    pub name: String,
    /// Its share of customers, 0–1.
    pub share: f64,
    /// Its figures in words, for the hover text.
    pub figures: String,
}

/// The map, or nothing when no place is a country on it (a scheme of regions or cities
/// written like no country).
#[component]
pub fn WorldMap(places: Vec<Place>) -> impl IntoView {
    let (found, missing): (Vec<_>, Vec<_>) = places
        .into_iter()
        .map(|p| (country_of(&p.name), p))
        .partition(|(code, _)| code.is_some());
    if found.is_empty() {
        return None;
    }
    // A country may be written several ways in one file ("UK", "England" and "Wales" are
    // all GB): it is shaded by all of them together and names each on hover.
    let places_in = |code: &str| -> Vec<&Place> {
        found
            .iter()
            .filter(|(c, _)| *c == Some(code))
            .map(|(_, p)| p)
            .collect()
    };
    let share_of = |places: &[&Place]| places.iter().map(|p| p.share).sum::<f64>();
    let most = outlines()
        .map(|o| share_of(&places_in(o.code)))
        .fold(0.0, f64::max);
    let countries = outlines()
        .map(|outline| {
            let places = places_in(outline.code);
            if places.is_empty() {
                return view! { <path class="land" d=outline.path></path> }.into_any();
            }
            let opacity = format!("{:.2}", shade(share_of(&places), most));
            let said = places
                .iter()
                .map(|place| {
                    t_with(
                        Key::ChartsMapCountry,
                        &[
                            ("place", Arg::from(place.name.as_str())),
                            ("figures", Arg::from(place.figures.as_str())),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("\n");
            // A country too small to see also gets a dot, in the same shade.
            let dot = outline.dot.map(|(x, y)| {
                view! { <circle class="customers" cx=x cy=y r="3" fill-opacity=opacity.clone()></circle> }
            });
            view! {
                <g data-country=outline.code>
                    <title>{said}</title>
                    <path class="customers" d=outline.path fill-opacity=opacity.clone()></path>
                    {dot}
                </g>
            }
            .into_any()
        })
        .collect_view();
    let missing = (!missing.is_empty()).then(|| {
        let names: Vec<&str> = missing.iter().map(|(_, p)| p.name.as_str()).collect();
        let said = t_with(
            Key::ChartsMapMissing,
            &[("places", Arg::from(names.join(", ").as_str()))],
        );
        view! { <p class="hint" data-testid="map-missing">{said}</p> }
    });
    let (width, height) = FRAME;
    Some(view! {
        <div class="world-map">
            <svg
                viewBox=format!("0 0 {width} {height}")
                role="img"
                aria-label=t(Key::ChartsMapLabel)
                data-testid="world-map"
            >
                {countries}
            </svg>
            <p class="hint">{tr(Key::ChartsMapKey)}</p>
            {missing}
        </div>
    })
}
