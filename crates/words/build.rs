//! Compiles the Fluent files in `locales/<language>/*.ftl` into Rust tables: one `Key` per
//! English message, and each language's messages already parsed into pieces.
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

fn main() {
    let root = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let catalogs: Vec<Catalog> = LANGUAGES
        .iter()
        .map(|language| catalog(&root.join(language)))
        .collect();
    let english = &catalogs[0];
    let ids: Vec<&String> = english.messages.keys().collect();

    let mut out = String::new();
    out.push_str("/// A message of the interface: one per message of the English Fluent files.\n");
    out.push_str("#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\n#[allow(missing_docs)]\npub enum Key {\n");
    for id in &ids {
        let _ = writeln!(out, "    {},", variant(id));
    }
    out.push_str("}\n\n");
    let _ = writeln!(
        out,
        "/// Every key's Fluent id, in `Key` order.\npub const IDS: [&str; {}] = [",
        ids.len()
    );
    for id in &ids {
        let _ = writeln!(out, "    {id:?},");
    }
    out.push_str("];\n\n");
    out.push_str(
        "/// Each language's messages in `Key` order; `None` where the language lacks one.\n",
    );
    let _ = writeln!(
        out,
        "pub static TABLES: [[Option<Pattern>; {}]; {}] = [",
        ids.len(),
        LANGUAGES.len()
    );
    for catalog in &catalogs {
        out.push_str("    [\n");
        for id in &ids {
            match catalog.messages.get(*id) {
                Some(source) => {
                    let pieces = pieces(&source.pattern, catalog, &source.place, 0);
                    let _ = writeln!(out, "        Some(Pattern(&[{pieces}])),");
                }
                None => out.push_str("        None,\n"),
            }
        }
        out.push_str("    ],\n");
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
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(target, out).unwrap();
}

/// Every message and term of one language's files.
fn catalog(folder: &Path) -> Catalog {
    let mut catalog = Catalog::default();
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let line_of = |at: usize| text[..at].matches('\n').count() + 1;
        let resource = match fluent_syntax::parser::parse(text.clone()) {
            Ok(resource) => resource,
            Err((_, errors)) => {
                let e = &errors[0];
                panic!("{}:{}: {:?}", path.display(), line_of(e.pos.start), e.kind)
            }
        };
        for entry in resource.body {
            let (map, id, pattern, attributes) = match entry {
                ast::Entry::Message(m) => match m.value {
                    Some(value) => (&mut catalog.messages, m.id.name, value, m.attributes),
                    None => panic!("{}: {} has no value", path.display(), m.id.name),
                },
                ast::Entry::Term(t) => (&mut catalog.terms, t.id.name, t.value, t.attributes),
                _ => continue,
            };
            if !attributes.is_empty() {
                panic!(
                    "{}: {id}: attributes are not used; make each its own message",
                    path.display()
                );
            }
            let place = format!("{}: {id}", path.display());
            if map.insert(id.clone(), Source { pattern, place }).is_some() {
                panic!("{}: {id} is written twice", path.display());
            }
        }
    }
    catalog
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

/// The Rust expression of a pattern's pieces, terms and messages written in place.
fn pieces(pattern: &ast::Pattern<String>, catalog: &Catalog, place: &str, depth: usize) -> String {
    if depth > 8 {
        panic!("{place}: messages refer to each other in a circle");
    }
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let _ = write!(out, "Piece::Text({value:?}),");
            }
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => {
                    out.push_str(&inline_pieces(inline, catalog, place, depth))
                }
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        panic!("{place}: only a $variable can be selected on");
                    };
                    let default = variants.iter().position(|v| v.default).unwrap();
                    let arms: Vec<String> = variants
                        .iter()
                        .map(|v| {
                            let key = match &v.key {
                                ast::VariantKey::Identifier { name } => name,
                                ast::VariantKey::NumberLiteral { value } => value,
                            };
                            format!(
                                "({key:?}, &[{}])",
                                pieces(&v.value, catalog, place, depth + 1)
                            )
                        })
                        .collect();
                    let _ = write!(
                        out,
                        "Piece::Select {{ variable: {:?}, arms: &[{}], default: {default} }},",
                        id.name,
                        arms.join(",")
                    );
                }
            },
        }
    }
    out
}

fn inline_pieces(
    inline: &ast::InlineExpression<String>,
    catalog: &Catalog,
    place: &str,
    depth: usize,
) -> String {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            format!("Piece::Text({:?}),", unescape(value))
        }
        ast::InlineExpression::NumberLiteral { value } => format!("Piece::Text({value:?}),"),
        ast::InlineExpression::VariableReference { id } => {
            format!("Piece::Variable({:?}),", id.name)
        }
        ast::InlineExpression::TermReference {
            id,
            attribute: None,
            arguments: None,
        } => {
            let term = catalog
                .terms
                .get(&id.name)
                .unwrap_or_else(|| panic!("{place}: no term -{}", id.name));
            pieces(&term.pattern, catalog, &term.place, depth + 1)
        }
        ast::InlineExpression::MessageReference {
            id,
            attribute: None,
        } => {
            let message = catalog
                .messages
                .get(&id.name)
                .unwrap_or_else(|| panic!("{place}: no message {}", id.name));
            pieces(&message.pattern, catalog, &message.place, depth + 1)
        }
        ast::InlineExpression::Placeable { expression } => {
            let pattern = ast::Pattern {
                elements: vec![ast::PatternElement::Placeable {
                    expression: (**expression).clone(),
                }],
            };
            pieces(&pattern, catalog, place, depth)
        }
        other => {
            panic!("{place}: {other:?} is not supported; use text, {{ $variable }} or a selection")
        }
    }
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
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some('U') => {
                let hex: String = chars.by_ref().take(6).collect();
                out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
