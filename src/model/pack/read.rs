//! Reading a pack's text, in this order: the size cap on the raw text, the JSON, the
//! pack format, the structural walk (caps, unknown fields, wrong types) with the pack's
//! own fields (name, date, languages), the typed parse, then the validation `build.rs`
//! runs, for every language with missing interface terms filled in from the built-in
//! content. Validation problems are found once the file can be read as a pack: fields a
//! pack cannot have are listed and left out, so they do not hide the rest; any other
//! problem of the structure is listed with all the others the walk found, and stops there.

use serde_json::Value;

use super::super::date::Date;
use super::super::embedded::Content;
use super::super::strings::Strings;
use super::super::term::table;
use super::super::transfer::APP;
use super::super::validate::validate_with;
use super::diff::diff;
use super::explain::explain;
use super::place::{Path, Report};
use super::shape::PACK;
use super::walk::walk;
use super::{Fingerprint, Pack, PackFile, PackProblem, MAX_PACK_BYTES, PACK_FORMAT, WHOLE_FILE};

/// The language used when a pack has it.
const PREFERRED_LANGUAGE: &str = "en";

/// Reads and checks a pack's text against the content it adapts (`base`, the built-in
/// content): either the pack, or every problem found, each at its place in the file.
pub fn read_pack(text: &str, base: &Content) -> Result<Pack, Vec<PackProblem>> {
    let (file, report) = parse(text)?;
    check(file, base, report)
}

/// The text as a pack file, with the problems of its structure that did not stop it
/// being read (fields a pack cannot have, texts over their length, its own fields); or
/// every problem found, if it could not be read.
fn parse(text: &str) -> Result<(PackFile, Report), Vec<PackProblem>> {
    let whole = |message: String| vec![PackProblem::new(WHOLE_FILE, message)];
    // Some editors start a file with a byte order mark; it is not part of the JSON.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.len() > MAX_PACK_BYTES {
        return Err(whole(format!(
            "is {} KB; a pack can be at most {} KB",
            text.len().div_ceil(1024),
            MAX_PACK_BYTES / 1024
        )));
    }
    if text.trim().is_empty() {
        return Err(whole("is empty; a pack is a JSON file".to_owned()));
    }
    let mut value: Value = serde_json::from_str(text).map_err(|e| whole(json_error(&e)))?;
    if let Some(problem) = format_problem(&value) {
        return Err(vec![problem]);
    }
    let mut report = Report::default();
    walk(&mut value, &PACK, &Path::root(), &mut report);
    about(&value, &mut report);
    // A file whose only problems are fields a pack cannot have (taken out by the walk)
    // is read and checked on, so those do not hide the rest; any other problem of the
    // structure stops here, with every one the walk found.
    if !report.only_left_out() {
        return Err(report.finish());
    }
    // The walk has checked every field and type, so this seldom fails (its shape and the
    // types agree, which a test keeps so); when it does, the parser's own words are given
    // for the whole file.
    let file = serde_json::from_value::<PackFile>(value).map_err(|e| {
        vec![PackProblem::new(
            WHOLE_FILE,
            format!("could not be read: {e}"),
        )]
    })?;
    Ok((file, report))
}

/// A JSON syntax error in plain words, with its line and column.
fn json_error(e: &serde_json::Error) -> String {
    let (line, column) = (e.line(), e.column());
    // The reader stops at 128 levels of brackets inside brackets; a pack has a handful.
    if e.to_string().starts_with("recursion limit exceeded") {
        return format!(
            "has brackets nested more than 128 levels deep, at line {line}; a pack's fields go only a few levels deep"
        );
    }
    match e.classify() {
        serde_json::error::Category::Eof => format!(
            "ends too early, at line {line}: it may have been cut short, or a bracket or quote is not closed"
        ),
        _ => format!(
            "is not valid JSON: something is wrong at line {line}, column {column} (a missing comma, quote or bracket?)"
        ),
    }
}

/// A pack of another format is refused for that alone: its other fields may mean
/// something else, so listing them as problems would mislead.
fn format_problem(value: &Value) -> Option<PackProblem> {
    let Value::Object(map) = value else {
        return Some(PackProblem::new(
            WHOLE_FILE,
            "should be a pack: a group of fields in { }, starting with \"pack_format\"",
        ));
    };
    let place = "pack_format";
    if !map.contains_key(place) && map.get("app").and_then(Value::as_str) == Some(APP) {
        return Some(PackProblem::new(
            WHOLE_FILE,
            "is a copy of answers and results saved from Your data, not a content pack: bring it in under “Bring in a copy” instead",
        ));
    }
    let format = map.get(place)?;
    match format.as_u64() {
        Some(n) if n == u64::from(PACK_FORMAT) => None,
        Some(n) if n > u64::from(PACK_FORMAT) => Some(PackProblem::new(
            place,
            format!("is {n}: this pack was made for a newer version of netwhy; this one reads pack format {PACK_FORMAT}"),
        )),
        Some(n) => Some(PackProblem::new(
            place,
            format!("is {n}; this version of netwhy reads pack format {PACK_FORMAT}"),
        )),
        None => Some(PackProblem::new(
            place,
            format!("should be the whole number {PACK_FORMAT}"),
        )),
    }
}

/// Checks a pack's own fields: its name, author and date, and that it has languages,
/// each once. (The walk has checked their types and the id.)
fn about(value: &Value, report: &mut Report) {
    let root = Path::root();
    for field in ["name", "author"] {
        if value
            .get(field)
            .and_then(Value::as_str)
            .is_some_and(|v| v.trim().is_empty())
        {
            report.push(
                &root.key(field),
                "is empty; write what the pack is and who made it",
            );
        }
    }
    if let Some(date) = value.get("date").and_then(Value::as_str) {
        if date.len() != 10 || Date::parse(date).is_none() {
            report.push(
                &root.key("date"),
                "should be a real date written YYYY-MM-DD, like 2026-03-14",
            );
        }
    }
    let path = root.key("languages");
    let Some(languages) = value.get("languages").and_then(Value::as_array) else {
        return;
    };
    if languages.is_empty() {
        report.push(&path, "has no language; a pack needs at least one");
    }
    let tags: Vec<Option<&str>> = languages
        .iter()
        .map(|l| l.get("language").and_then(Value::as_str))
        .collect();
    for (n, tag) in tags.iter().enumerate() {
        if tag.is_some() && tags[..n].contains(tag) {
            report.push(
                &path.entry(*tag, n),
                "is in the pack twice; each language can be there once",
            );
        }
    }
}

/// Validates a pack file's content against `base` (as `build.rs` validates the built-in
/// content), and puts the pack together.
fn check(file: PackFile, base: &Content, mut report: Report) -> Result<Pack, Vec<PackProblem>> {
    let languages = Path::root().key("languages");
    let mut filled = Vec::with_capacity(file.languages.len());
    for (n, strings) in file.languages.iter().enumerate() {
        let (strings, count) = fill_terms(strings, &base.strings);
        if let Err(problems) = validate_with(&file.model, &strings, table()) {
            for problem in &problems {
                report.add(explain(problem, &file.model, (&strings, n), table()));
            }
        }
        filled.push((strings, count));
    }
    if !report.is_empty() {
        return Err(report.finish());
    }
    let in_use = filled
        .iter()
        .position(|(s, _)| s.language == PREFERRED_LANGUAGE)
        .unwrap_or(0);
    let Some((strings, terms_filled)) = filled.into_iter().nth(in_use) else {
        return Err(vec![PackProblem::new(
            languages.text(),
            "has no language; a pack needs at least one",
        )]);
    };
    let content = Content {
        model: file.model.clone(),
        strings,
    };
    let mut changes = diff(base, &content);
    changes.terms_filled = terms_filled;
    changes.languages_added = file
        .languages
        .iter()
        .map(|s| s.language.clone())
        .filter(|tag| *tag != base.strings.language)
        .collect();
    changes.languages_removed = if file
        .languages
        .iter()
        .any(|s| s.language == base.strings.language)
    {
        Vec::new()
    } else {
        vec![base.strings.language.clone()]
    };
    Ok(Pack {
        fingerprint: Fingerprint::of_file(&file),
        file,
        content,
        changes,
    })
}

/// A language with the interface terms it lacks taken from `base` (an app update adds
/// terms; a pack made before it keeps loading), and how many were taken.
pub(super) fn fill_terms(strings: &Strings, base: &Strings) -> (Strings, usize) {
    let mut strings = strings.clone();
    let mut count = 0;
    for (key, _) in table() {
        if !strings.terms.contains_key(*key) {
            if let Some(text) = base.terms.get(*key) {
                strings.terms.insert((*key).to_owned(), text.clone());
                count += 1;
            }
        }
    }
    (strings, count)
}
