//! The world map of a country scheme: each country shaded by its share of customers, its
//! figures on hover, and the places no country was found for said beside it.
//!
//! A place is found on the map by its code (ISO alpha-2 or alpha-3) or its name in any of
//! the page's six languages, compared with [`folded`]. The outlines are data written by
//! `scripts/make-world-map` into [`super::world`], as text a line per country. The ranked list the map sits above is
//! its text equivalent, so the map is one image to a screen reader.

use super::words::{t, t_with, tr};
use super::world::{FRAME, NAMES, OUTLINES};
use leptos::prelude::*;
use segmenter_words::{Arg, Key};

/// A place of the scheme, as the map shows it.
pub struct Place {
    /// The place as the file writes it (the segment's name).
    pub name: String,
    /// Its share of customers, 0–1.
    pub share: f64,
    /// Its figures in words, for the hover text.
    pub figures: String,
}

/// The country a place's name or code stands for, as an ISO alpha-2 code: "DE", "DEU",
/// "Germany" and "Deutschland" are all `Some("DE")`; "Atlantis" is `None`.
pub fn country_of(place: &str) -> Option<&'static str> {
    let key = folded(place);
    NAMES
        .lines()
        .find_map(|line| line.split_once(' ').filter(|(name, _)| *name == key))
        .map(|(_, code)| code)
}

/// A country's outline on the map.
struct Outline {
    /// Its ISO alpha-2 code; `--` for land without one.
    code: &'static str,
    /// Where it gets a dot, when it is too small to be seen.
    dot: Option<(u16, u16)>,
    /// Its outline, an SVG path.
    path: &'static str,
}

/// Every country's outline, read from the lines of [`OUTLINES`].
fn outlines() -> impl Iterator<Item = Outline> {
    OUTLINES.lines().filter_map(|line| {
        let mut fields = line.splitn(3, ' ');
        let (code, dot, path) = (fields.next()?, fields.next()?, fields.next()?);
        let dot = dot
            .split_once(',')
            .and_then(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)));
        Some(Outline { code, dot, path })
    })
}

/// A name as it is compared: lower case, accented letters plain, without spaces or
/// punctuation. The same table as `scripts/make-world-map`'s `FOLDS`, which folded the
/// names the map knows.
fn folded(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à'..='å' => "a",
            'æ' => "ae",
            'ç' => "c",
            'è'..='ë' => "e",
            'ì'..='ï' => "i",
            'ñ' => "n",
            'ò'..='ö' | 'ø' => "o",
            'œ' => "oe",
            'ù'..='ü' => "u",
            'ý' | 'ÿ' => "y",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => continue,
        };
        out.push_str(plain);
    }
    out
}

/// How strong a country with `share` of customers is drawn (its colour's opacity), when the largest has `most`: the
/// square root, so that small markets still show against a dominant one.
fn shade(share: f64, most: f64) -> f64 {
    0.18 + 0.82 * (share / most.max(f64::EPSILON)).sqrt()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_found_by_code_or_name_in_any_language() {
        assert_eq!(country_of("DE"), Some("DE"));
        assert_eq!(country_of("deu"), Some("DE"));
        assert_eq!(country_of(" Deutschland "), Some("DE"));
        assert_eq!(country_of("Österreich"), Some("AT"));
        assert_eq!(country_of("Oesterreich"), None);
        assert_eq!(country_of("Royaume-Uni"), Some("GB"));
        assert_eq!(country_of("UK"), Some("GB"));
        assert_eq!(country_of("United States of America"), Some("US"));
        assert_eq!(country_of("España"), Some("ES"));
        assert_eq!(country_of("Atlantis"), None);
        assert_eq!(country_of(""), None);
    }

    #[test]
    fn every_country_a_name_finds_is_drawn() {
        let drawn: Vec<Outline> = outlines().collect();
        assert_eq!(drawn.len(), OUTLINES.lines().count());
        assert!(drawn.len() > 200);
        for line in NAMES.lines() {
            let code = line.split_once(' ').map(|(_, code)| code);
            assert!(drawn.iter().any(|o| Some(o.code) == code), "{line}");
        }
        let singapore = drawn.iter().find(|o| o.code == "SG").map(|o| o.dot);
        assert!(matches!(singapore, Some(Some(_))), "a dot for Singapore");
        assert!(drawn
            .iter()
            .all(|o| o.path.starts_with('M') && o.path.ends_with('z')));
    }

    #[test]
    fn smaller_markets_are_lighter_but_still_show() {
        assert_eq!(shade(0.5, 0.5), 1.0);
        assert!(shade(0.01, 0.5) > 0.18 && shade(0.01, 0.5) < shade(0.1, 0.5));
    }
}
