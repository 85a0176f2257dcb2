//! Text made from names: file-name-safe slugs.

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
