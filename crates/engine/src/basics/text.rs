//! Text made from names (file-name-safe slugs), and numbers as the engine's sentences
//! write them.

use segmenter_words::{Arg, Language};

/// A file-name-safe form of a name: `Can't Lose Them` → `cant-lose-them`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if (c.is_whitespace() || c == '-' || c == '_' || c == '/')
            && !out.is_empty()
            && !out.ends_with('-')
        {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A count in a sentence. English keeps the plain digits its sentences have always had
/// (`12345 rows`: the command line's and the browser's tests compare them); the other
/// languages group thousands (`12.345`) and choose a plural form by it.
pub fn count(language: Language, n: usize) -> Arg<'static> {
    if language == Language::English {
        digits(n)
    } else {
        Arg::Count(n as u64)
    }
}

/// A number written as it is in every language: a line of a file, a position in a list.
pub fn digits(n: impl std::fmt::Display) -> Arg<'static> {
    Arg::Text(n.to_string().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_for_file_names() {
        assert_eq!(slug("Can't Lose Them"), "cant-lose-them");
        assert_eq!(slug("RFM segments"), "rfm-segments");
        assert_eq!(slug("  Top 20% / DE "), "top-20-de");
    }
}
