//! The world map of the country scheme, as data: every country's outline, the names that
//! find a country on it, and how strongly a country's share of customers is shaded. The
//! page draws it (`src/ui/world_map.rs`); kept apart from the page so that it is tested
//! natively without building the page's browser crates.
//!
//! A place is found on the map by its code (ISO alpha-2 or alpha-3) or its name in any of
//! the page's six languages, compared with `folded`. The outlines and names are data
//! written by `scripts/make-world-map` into `src/data.rs`, as text a line per country.
//!
//! ```
//! use segmenter_world::{country_of, outlines};
//! assert_eq!(country_of(" Deutschland "), Some("DE"));
//! assert!(outlines().any(|outline| outline.code == "DE"));
//! ```

mod data;

pub use data::FRAME;
use data::{NAMES, OUTLINES};

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
pub struct Outline {
    /// Its ISO alpha-2 code; `--` for land without one.
    pub code: &'static str,
    /// Where it gets a dot, when it is too small to be seen.
    pub dot: Option<(u16, u16)>,
    /// Its outline, an SVG path in [`FRAME`].
    pub path: &'static str,
}

/// Every country's outline.
pub fn outlines() -> impl Iterator<Item = Outline> {
    OUTLINES.lines().filter_map(|line| {
        let mut fields = line.splitn(3, ' ');
        let (code, dot, path) = (fields.next()?, fields.next()?, fields.next()?);
        let dot = dot
            .split_once(',')
            .and_then(|(x, y)| Some((x.parse().ok()?, y.parse().ok()?)));
        Some(Outline { code, dot, path })
    })
}

/// How strong a country with `share` of customers is drawn (its colour's opacity), when
/// the largest has `most`: the square root, so that small markets still show against a
/// dominant one.
pub fn shade(share: f64, most: f64) -> f64 {
    0.18 + 0.82 * (share / most.max(f64::EPSILON)).sqrt()
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
