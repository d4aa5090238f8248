//! The structural walk of a pack's JSON before it is parsed into types: caps on counts
//! and text lengths, unknown and missing fields, wrong types and words outside the
//! vocabulary, every one with its path (the typed parse alone would stop at the first).
//!
//! The shape of a pack file is written out as data in `shape`; `content/pack.schema.json`
//! says the same for editors, and a native test keeps the two in step.

use serde_json::{Map, Value};

use super::super::strings::is_direction_control;
use super::place::{Path, Report};
use super::MAX_ID_CHARS;

/// What a value in a pack file must be.
pub(super) enum Shape {
    /// An object with exactly these fields (those marked optional may be left out).
    Object(&'static [Field]),
    /// A list of at most `max` values; `keyed` names the field whose value names each
    /// entry in a place (`id`, `language`), `noun` what the entries are.
    List {
        max: usize,
        each: &'static Shape,
        keyed: Option<&'static str>,
        noun: &'static str,
    },
    /// Exactly `len` values.
    Tuple(usize, &'static Shape),
    /// An object of at most `max` entries whose names are ids (or, `dotted`, term keys).
    Map {
        max: usize,
        dotted: bool,
        each: &'static Shape,
        noun: &'static str,
    },
    /// A text of at most this many characters.
    Text(usize),
    /// An id: 1 to [`MAX_ID_CHARS`] lower-case letters, digits, `_` or `-`.
    Id,
    /// A whole number from 0 to this.
    Number(u64),
    /// `true` or `false`.
    Bool,
    /// One of these words.
    Word(&'static [&'static str]),
}

/// One field of an object.
pub(super) struct Field {
    name: &'static str,
    shape: &'static Shape,
    optional: bool,
}

pub(super) const fn need(name: &'static str, shape: &'static Shape) -> Field {
    Field {
        name,
        shape,
        optional: false,
    }
}

pub(super) const fn may(name: &'static str, shape: &'static Shape) -> Field {
    Field {
        name,
        shape,
        optional: true,
    }
}

/// Whether a text is an id: 1 to [`MAX_ID_CHARS`] lower-case letters, digits, `_`, `-`
/// (or also `.` for a term key).
pub(super) fn is_id(text: &str, dotted: bool) -> bool {
    !text.is_empty()
        && text.len() <= MAX_ID_CHARS
        && text.bytes().all(|b| {
            b.is_ascii_lowercase()
                || b.is_ascii_digit()
                || b == b'_'
                || b == b'-'
                || (dotted && b == b'.')
        })
}

const ID_RULE: &str = "should be 1 to 64 lower-case letters a-z, digits, _ or -";

/// Checks `value` against `shape`, reporting every problem at its path. Fields a pack
/// cannot have are taken out once reported, so the rest can still be read and checked
/// (and their problems listed with these).
pub(super) fn walk(value: &mut Value, shape: &Shape, path: &Path, r: &mut Report) {
    match (shape, value) {
        (Shape::Object(fields), Value::Object(map)) => object(map, fields, path, r),
        (Shape::Object(_), _) => r.push(path, "should be a group of fields in { }"),
        (
            Shape::List {
                max,
                each,
                keyed,
                noun,
            },
            Value::Array(list),
        ) => {
            if list.len() > *max {
                let msg = format!("has {} {noun}; at most {max} are allowed", list.len());
                r.push(path, msg);
                return;
            }
            for (n, entry) in list.iter_mut().enumerate() {
                let name = keyed
                    .and_then(|k| entry.get(k))
                    .and_then(Value::as_str)
                    .map(str::to_owned);
                walk(entry, each, &path.entry(name.as_deref(), n), r);
            }
        }
        (Shape::List { noun, .. }, _) => r.push(path, format!("should be a list of {noun} in [ ]")),
        (Shape::Tuple(len, each), Value::Array(list)) if list.len() == *len => {
            for (n, entry) in list.iter_mut().enumerate() {
                walk(entry, each, &path.entry(None, n), r);
            }
        }
        (Shape::Tuple(len, _), _) => r.push(path, format!("should be a list of {len} numbers")),
        (
            Shape::Map {
                max,
                dotted,
                each,
                noun,
            },
            Value::Object(map),
        ) => {
            if map.len() > *max {
                let msg = format!("has {} {noun}; at most {max} are allowed", map.len());
                r.push(path, msg);
                return;
            }
            for (key, entry) in map.iter_mut() {
                let at = path.key(key);
                if !is_id(key, *dotted) {
                    let rule = if *dotted {
                        "is not a key a pack can have: keys are 1 to 64 lower-case letters a-z, digits, _, - or ."
                    } else {
                        "is not an id a pack can have: ids are 1 to 64 lower-case letters a-z, digits, _ or -"
                    };
                    r.push(&at, rule);
                }
                walk(entry, each, &at, r);
            }
        }
        (Shape::Map { noun, .. }, _) => {
            r.push(path, format!("should be a group of {noun} in {{ }}"))
        }
        (Shape::Text(max), Value::String(text)) => {
            let chars = text.chars().count();
            if chars > *max {
                let msg = format!("is {chars} characters long; at most {max} are allowed");
                r.push(path, msg);
            }
            if let Some(control) = text.chars().find(|c| is_direction_control(*c)) {
                let msg = format!(
                    "has the invisible character U+{:04X}, which turns text around it the \
                     other way; remove it (the app sets each language's direction itself)",
                    u32::from(control)
                );
                r.push(path, msg);
            }
        }
        (Shape::Text(_), _) => r.push(path, "should be a text in quotes"),
        (Shape::Id, Value::String(text)) if is_id(text, false) => {}
        (Shape::Id, _) => r.push(path, ID_RULE),
        (Shape::Number(max), Value::Number(n)) if n.as_u64().is_some_and(|n| n <= *max) => {}
        (Shape::Number(max), _) => {
            r.push(path, format!("should be a whole number from 0 to {max}"))
        }
        (Shape::Bool, Value::Bool(_)) => {}
        (Shape::Bool, _) => r.push(path, "should be true or false"),
        (Shape::Word(words), Value::String(w)) if words.contains(&w.as_str()) => {}
        (Shape::Word(words), _) => r.push(path, format!("should be one of: {}", words.join(", "))),
    }
}

fn object(map: &mut Map<String, Value>, fields: &[Field], path: &Path, r: &mut Report) {
    for field in fields {
        match map.get_mut(field.name) {
            Some(value) => walk(value, field.shape, &path.key(field.name), r),
            None if field.optional => {}
            None => r.push(&path.key(field.name), "is missing"),
        }
    }
    map.retain(|key, _| {
        let known = fields.iter().any(|f| f.name == key);
        if !known {
            r.left_out(&path.key(key), "is not a field a pack can have");
        }
        known
    });
}
