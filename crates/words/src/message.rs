//! Messages as the build script encodes them, and how one is written with its arguments.
//!
//! A message is its text as written, with control characters around the rest:
//! `\u{1}name\u{5}` for a variable, and for a selection `\u{2}name\u{6}` followed by its arms,
//! each `\u{3}key\u{6}…\u{5}` (`\u{4}` opening the default arm), and a closing `\u{5}`.

use crate::{Arg, Key, Language};
use std::fmt::Write as _;

include!("marks.rs");

fn is_mark(c: char) -> bool {
    ('\u{1}'..='\u{6}').contains(&c)
}

/// A message in every language: their encodings one after another, and where each ends
/// (an empty one: the language lacks the message).
pub(crate) struct Message {
    pub(crate) text: &'static str,
    pub(crate) ends: [u16; 6],
}

impl Key {
    /// The message in `language`, if the language has it.
    pub(crate) fn in_language(self, language: Language) -> Option<&'static str> {
        let l = language as usize;
        let start = if l == 0 {
            0
        } else {
            self.0.ends[l - 1] as usize
        };
        let end = self.0.ends[l] as usize;
        (start < end).then(|| &self.0.text[start..end])
    }

    /// The variables the message uses in `language` (in any arm), or `None` where the
    /// language lacks it.
    pub fn variables(self, language: Language) -> Option<Vec<&'static str>> {
        let text = self.in_language(language)?;
        let mut names: Vec<&str> = text
            .split([VARIABLE, SELECT])
            .skip(1)
            .map(|rest| rest.split([END, KEY_END]).next().unwrap_or(""))
            .collect();
        names.sort_unstable();
        names.dedup();
        Some(names)
    }
}

/// `text` up to the end of its name or key, and what follows the mark that ends it.
fn name(text: &str) -> (&str, &str) {
    let at = text.find([END, KEY_END]).unwrap_or(text.len());
    (&text[..at], text.get(at + 1..).unwrap_or(""))
}

/// The length of the pattern at the start of `text`, up to the `END` that closes it.
fn pattern_len(text: &str) -> usize {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            VARIABLE | SELECT | ARM | DEFAULT_ARM => depth += 1,
            END if depth == 0 => return at,
            END => depth -= 1,
            _ => {}
        }
    }
    text.len()
}

impl Language {
    /// Writes the pattern at the start of `text` into `out`; returns what follows its end.
    pub(crate) fn write<'t>(
        self,
        mut text: &'t str,
        args: &[(&str, Arg)],
        out: &mut String,
    ) -> &'t str {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| a);
        loop {
            let at = text.find(is_mark).unwrap_or(text.len());
            out.push_str(&text[..at]);
            let Some(mark) = text[at..].chars().next() else {
                return "";
            };
            text = &text[at + 1..];
            match mark {
                VARIABLE => {
                    let (variable, rest) = name(text);
                    match arg(variable) {
                        Some(Arg::Text(value)) => out.push_str(value),
                        Some(Arg::Count(n)) => out.push_str(&self.count(*n)),
                        // As Fluent writes a variable it was not given, so the gap shows.
                        None => {
                            let _ = write!(out, "{{${variable}}}");
                        }
                    }
                    text = rest;
                }
                SELECT => {
                    let (variable, mut rest) = name(text);
                    let (exact, category) = match arg(variable) {
                        Some(Arg::Count(n)) => (n.to_string(), self.plural(*n).name()),
                        Some(Arg::Text(value)) => (value.to_string(), ""),
                        None => (String::new(), ""),
                    };
                    // The arm whose key is the value itself, else its plural category,
                    // else the default arm.
                    let (mut by_value, mut by_category, mut by_default) = (None, None, None);
                    while let Some(arm @ (ARM | DEFAULT_ARM)) = rest.chars().next() {
                        let (key, body) = name(&rest[1..]);
                        let len = pattern_len(body);
                        let pattern = &body[..len];
                        if key == exact {
                            by_value.get_or_insert(pattern);
                        } else if key == category {
                            by_category.get_or_insert(pattern);
                        }
                        if arm == DEFAULT_ARM {
                            by_default = Some(pattern);
                        }
                        rest = body.get(len + 1..).unwrap_or("");
                    }
                    if let Some(pattern) = by_value.or(by_category).or(by_default) {
                        self.write(pattern, args, out);
                    }
                    // Past the selection's closing mark.
                    text = rest.get(1..).unwrap_or("");
                }
                // The end of an arm: the caller goes on after it.
                _ => return text,
            }
        }
    }
}
