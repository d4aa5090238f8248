//! Writes the typed term keys: one constant per key of the reference language's
//! `[terms]` table, in modules that follow the key's dots (`ui.results.because` becomes
//! `ui::results::BECAUSE`): a `Key` for a text without marks, a `Marked` (the key and its
//! marks) for one with `{name}` marks for the app to fill. Also the table of every key with
//! the marks its text must keep. `src/model/term.rs` includes the result, so a misspelled key does not
//! compile and validation checks every language file against the same table.

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::bake::SEPARATOR;
use crate::strings::{pieces, Piece};

/// Every key with its marks, sorted by key: the table validation checks a language file
/// against. A key's index in it is its typed key's number.
pub fn table(terms: &BTreeMap<String, String>) -> Vec<(&str, Vec<&str>)> {
    terms
        .iter()
        .map(|(key, text)| {
            let mut marks: Vec<&str> = Vec::new();
            for piece in pieces(text) {
                if let Piece::Mark(name) = piece {
                    if !marks.contains(&name) {
                        marks.push(name);
                    }
                }
            }
            (key.as_str(), marks)
        })
        .collect()
}

/// The keys under one dotted prefix: its own keys (name, index, text, marks) and its
/// sub-prefixes.
#[derive(Default)]
struct Node<'a> {
    keys: Vec<(&'a str, usize, &'a str, &'a [&'a str])>,
    children: BTreeMap<&'a str, Node<'a>>,
}

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "do", "dyn",
    "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let",
    "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return",
    "static", "struct", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

fn checked(key: &str, segment: &str) -> String {
    let fine = !segment.is_empty()
        && segment
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !fine || ["self", "super", "crate"].contains(&segment) {
        panic!(
            "content/en.toml: terms.{key}: a term key is made of lower-case letters, digits \
             and `_` between dots, and no part may be `self`, `super` or `crate`"
        );
    }
    segment.to_owned()
}

fn module_name(key: &str, segment: &str) -> String {
    let name = checked(key, segment);
    if KEYWORDS.contains(&name.as_str()) || name.starts_with(|c: char| c.is_ascii_digit()) {
        panic!("content/en.toml: terms.{key}: `{segment}` cannot name a group of keys");
    }
    name
}

fn const_name(key: &str, segment: &str) -> String {
    let name = checked(key, segment).to_ascii_uppercase();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("N{name}")
    } else {
        name
    }
}

fn write_node(node: &Node, path: &str, out: &mut String) {
    for &(key, index, text, marks) in &node.keys {
        let doc = format!("`{key}`: {text}");
        let name = const_name(key, key.rsplit('.').next().unwrap_or(key));
        let value = if marks.is_empty() {
            format!("Key = Key({index})")
        } else {
            format!("Marked = Marked(Key({index}), &{marks:?})")
        };
        let _ = writeln!(out, "#[doc = {doc:?}]\npub const {name}: {value};");
    }
    // A group of only numbered keys (`ui.month.1` …) also comes as an array in their
    // order, for lookups by number; no other key can then be called `ALL`.
    let mut numbers: Vec<(u32, usize)> = node
        .keys
        .iter()
        .filter_map(|&(key, index, _, _)| Some((key.rsplit('.').next()?.parse().ok()?, index)))
        .collect();
    if !numbers.is_empty() && numbers.len() == node.keys.len() {
        numbers.sort();
        if numbers
            .iter()
            .enumerate()
            .any(|(i, (n, _))| *n as usize != i + 1)
        {
            panic!(
                "content/en.toml: terms.{path}.*: numbered keys must run 1, 2, 3 … without gaps"
            );
        }
        let keys: Vec<String> = numbers.iter().map(|(_, i)| format!("Key({i})")).collect();
        let _ = writeln!(
            out,
            "/// The keys of `{path}.*` in their order (the first is number 1).\n\
             pub const ALL: [Key; {}] = [{}];",
            keys.len(),
            keys.join(", ")
        );
    }
    for (segment, child) in &node.children {
        let child_path = if path.is_empty() {
            (*segment).to_owned()
        } else {
            format!("{path}.{segment}")
        };
        let name = module_name(&child_path, segment);
        let _ = writeln!(
            out,
            "/// The terms `{child_path}.*`.\npub mod {name} {{\n#[allow(unused_imports)]\nuse super::{{Key, Marked}};"
        );
        write_node(child, &child_path, out);
        out.push_str("}\n");
    }
}

/// The Rust source of the keys and their table, for `src/model/term.rs` to include.
pub fn generated(table: &[(&str, Vec<&str>)], terms: &BTreeMap<String, String>) -> String {
    if table.len() > usize::from(u16::MAX) {
        panic!("content/en.toml: too many terms");
    }
    let mut root = Node::default();
    for (index, (key, marks)) in table.iter().enumerate() {
        let mut node = &mut root;
        let segments: Vec<&str> = key.split('.').collect();
        for &segment in &segments[..segments.len() - 1] {
            node = node.children.entry(segment).or_default();
        }
        node.keys
            .push((key, index, terms[*key].as_str(), marks.as_slice()));
    }
    let mut out = String::from("// Built by build.rs from the [terms] of content/en.toml.\n\n");
    // The keys as one string, not a list of strings: each of those would be a pointer and a
    // length in the app's data, which barely compress.
    let names: String = table
        .iter()
        .map(|(key, _)| format!("{key}{SEPARATOR}"))
        .collect();
    let _ = writeln!(
        out,
        "/// How many terms there are.\nconst COUNT: usize = {};\n\n\
         /// What follows each key in [`NAME_TEXT`].\n\
         const SEPARATOR: char = {SEPARATOR:?};\n\n\
         /// Every term key in order, each followed by [`SEPARATOR`].\n\
         static NAME_TEXT: &str = {names:?};\n\n\
         /// The keys whose texts have `{{name}}` marks, by number, with those marks.\n\
         static MARKED: &[(u16, &[&str])] = &[",
        table.len()
    );
    for (index, (_, marks)) in table.iter().enumerate() {
        if !marks.is_empty() {
            let _ = writeln!(out, "({index}, &{marks:?}),");
        }
    }
    out.push_str("];\n\n");
    write_node(&root, "", &mut out);
    out
}
