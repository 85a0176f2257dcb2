//! Compiles the Fluent files in `locales/<language>/*.ftl` into Rust: one `Key` constant per
//! English message, each pointing to a static holding the message in every language,
//! already parsed (control characters mark variables and selections). Plain text
//! compresses far better than tables of pointers to parsed pieces: the page's WebAssembly
//! was 44 KB (gzip -9) smaller with 511 messages in six languages.
//!
//! Only the part of Fluent the page needs is accepted: text, `{ $variable }`, string
//! literals, references to terms and messages (written in place), and selections on a
//! variable by plural category or exact number. Anything else stops the build with the
//! file and line, so a translator learns at once what to change. A message missing from a
//! language is not an error here (English is shown instead); `cargo test` lists them.

use fluent_syntax::ast;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

include!("src/marks.rs");

/// The languages, in the order of `Language`'s variants.
const LANGUAGES: [&str; 6] = ["en", "de", "fr", "es", "nl", "pt"];

/// A message or term as parsed, with where it came from.
struct Source {
    pattern: ast::Pattern<String>,
    place: String,
}

/// One language's messages and terms by id.
#[derive(Default)]
struct Catalog {
    messages: BTreeMap<String, Source>,
    terms: BTreeMap<String, Source>,
}

/// A reason the build stops, with the file and message it concerns.
type Failure = String;

fn main() {
    if let Err(failure) = run() {
        eprintln!("segmenter-words: {failure}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Failure> {
    let root = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=src/marks.rs");
    let catalogs: Vec<Catalog> = LANGUAGES
        .iter()
        .map(|language| catalog(&root.join(language)))
        .collect::<Result<_, _>>()?;
    let english = &catalogs[0];
    let ids: Vec<&String> = english.messages.keys().collect();

    // Each message is a static of its own, reached only through its `Key` constant, so a
    // program keeps the messages it can show and the linker drops the rest (the page has
    // no campaign texts, the worker no labels).
    let mut out = String::new();
    out.push_str("#[allow(non_upper_case_globals)]\nimpl Key {\n");
    let mut statics = String::new();
    for (i, id) in ids.iter().enumerate() {
        let mut text = String::new();
        let mut ends = Vec::new();
        for catalog in &catalogs {
            if let Some(source) = catalog.messages.get(*id) {
                text.push_str(&encoded(&source.pattern, catalog, &source.place, 0));
            }
            ends.push(text.len());
        }
        if text.len() > usize::from(u16::MAX) {
            return Err(format!("{id}: the six translations together pass 64 KB"));
        }
        let english = &text[..ends[0]];
        let shown: String = english
            .chars()
            .filter(|c| !('\u{1}'..='\u{6}').contains(c))
            .collect();
        let _ = writeln!(
            out,
            "    /// `{id}`: {}\n    pub const {}: Key = Key(&M{i});",
            shown.replace('\n', " ").replace('`', "'"),
            variant(id)
        );
        let _ = writeln!(
            statics,
            "static M{i}: Message = Message {{ text: {text:?}, ends: [{}] }};",
            ends.iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    out.push_str("}\n\n");
    out.push_str(&statics);
    let _ = writeln!(
        out,
        "\n/// Every key with its Fluent id, in the order of the ids.\npub static ALL: [(&str, Key); {}] = [",
        ids.len()
    );
    for id in &ids {
        let _ = writeln!(out, "    ({id:?}, Key::{}),", variant(id));
    }
    out.push_str("];\n\n");
    out.push_str("/// Messages a language has that English does not: (language tag, id).\n");
    out.push_str("pub const UNKNOWN: &[(&str, &str)] = &[\n");
    for (language, catalog) in LANGUAGES.iter().zip(&catalogs) {
        for id in catalog
            .messages
            .keys()
            .filter(|id| !english.messages.contains_key(*id))
        {
            let _ = writeln!(out, "    ({language:?}, {id:?}),");
        }
    }
    out.push_str("];\n");
    let folder = std::env::var("OUT_DIR").map_err(|e| format!("OUT_DIR: {e}"))?;
    let target = Path::new(&folder).join("messages.rs");
    std::fs::write(&target, out).map_err(|e| format!("{}: {e}", target.display()))
}

/// Every message and term of one language's files.
fn catalog(folder: &Path) -> Result<Catalog, Failure> {
    let mut catalog = Catalog::default();
    let unreadable = |e: std::io::Error| format!("{}: {e}", folder.display());
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).map_err(unreadable)? {
        let path = entry.map_err(unreadable)?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            files.push(path);
        }
    }
    files.sort();
    for path in files {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let line_of = |at: usize| text[..at].matches('\n').count() + 1;
        let resource = match fluent_syntax::parser::parse(text.clone()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                let e = &errors[0];
                return Err(format!(
                    "{}:{}: {:?}",
                    path.display(),
                    line_of(e.pos.start),
                    e.kind
                ));
            }
        };
        for entry in resource.body {
            let (map, id, pattern, attributes) = match entry {
                ast::Entry::Message(m) => match m.value {
                    Some(value) => (&mut catalog.messages, m.id.name, value, m.attributes),
                    None => return Err(format!("{}: {} has no value", path.display(), m.id.name)),
                },
                ast::Entry::Term(t) => (&mut catalog.terms, t.id.name, t.value, t.attributes),
                _ => continue,
            };
            if !attributes.is_empty() {
                return Err(format!(
                    "{}: {id}: attributes are not used; make each its own message",
                    path.display()
                ));
            }
            let place = format!("{}: {id}", path.display());
            if map.insert(id.clone(), Source { pattern, place }).is_some() {
                return Err(format!("{}: {id} is written twice", path.display()));
            }
        }
    }
    Ok(catalog)
}

/// `segment-table-title` → `SegmentTableTitle`.
fn variant(id: &str) -> String {
    id.split(['-', '_'])
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |c| {
                c.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// A pattern as `Language::write` reads it: text as written, and control characters around
/// the rest (see `src/message.rs`); terms and messages referred to are written in place.
fn encoded(pattern: &ast::Pattern<String>, catalog: &Catalog, place: &str, depth: usize) -> String {
    if depth > 8 {
        panic!("{place}: messages refer to each other in a circle");
    }
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(&plain(value, place)),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => {
                    out.push_str(&encoded_inline(inline, catalog, place, depth))
                }
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        panic!("{place}: only a $variable can be selected on");
                    };
                    let _ = write!(out, "{SELECT}{}{KEY_END}", id.name);
                    for v in variants {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name,
                            ast::VariantKey::NumberLiteral { value } => value,
                        };
                        let arm = if v.default { DEFAULT_ARM } else { ARM };
                        let body = encoded(&v.value, catalog, place, depth + 1);
                        let _ = write!(out, "{arm}{key}{KEY_END}{body}{END}");
                    }
                    out.push(END);
                }
            },
        }
    }
    out
}

fn encoded_inline(
    inline: &ast::InlineExpression<String>,
    catalog: &Catalog,
    place: &str,
    depth: usize,
) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => plain(&unescape(value), place),
        ast::InlineExpression::NumberLiteral { value } => value.clone(),
        ast::InlineExpression::VariableReference { id } => format!("{VARIABLE}{}{END}", id.name),
        ast::InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => {
            let term = catalog
                .terms
                .get(&id.name)
                .unwrap_or_else(|| panic!("{place}: no term -{}", id.name));
            encoded(&term.pattern, catalog, &term.place, depth + 1)
        }
        ast::InlineExpression::MessageReference {
            id,
            attribute: None,
        } => {
            let message = catalog
                .messages
                .get(&id.name)
                .unwrap_or_else(|| panic!("{place}: no message {}", id.name));
            encoded(&message.pattern, catalog, &message.place, depth + 1)
        }
        ast::InlineExpression::Placeable { expression } => {
            let pattern = ast::Pattern {
                elements: vec![ast::PatternElement::Placeable {
                    expression: (**expression).clone(),
                }],
            };
            encoded(&pattern, catalog, place, depth)
        }
        other => {
            panic!("{place}: {other:?} is not supported; use text, {{ $variable }} or a selection")
        }
    }
}

/// Text as written, which must not hold the control characters that mark the rest.
fn plain(text: &str, place: &str) -> String {
    if text.chars().any(|c| ('\u{1}'..='\u{6}').contains(&c)) {
        panic!("{place}: the text holds a control character");
    }
    text.to_string()
}

/// A Fluent string literal's text: `\"`, `\\` and `\uXXXX` written out.
fn unescape(literal: &str) -> String {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(escape @ ('u' | 'U')) => {
                let digits = if escape == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(digits).collect();
                // The parser accepted the escape, so it names a character.
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
