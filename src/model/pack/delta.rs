//! A JSON delta: what turns one JSON value into another, small when they differ little.
//!
//! - Objects: only the fields that differ; `null` for a field removed. (A pack file holds
//!   no `null`.)
//! - Lists of objects named by a field (`id`, or `language` for the languages):
//!   `{"~by": "id", "~order": [...], "~set": {id: delta}}`; `~order` only when the ids or
//!   their order changed, `~set` only for entries that differ (a new entry is a delta
//!   from `{}`, so it is written whole).
//! - Anything else that differs: the new value whole.

use serde_json::{Map, Value};

const BY: &str = "~by";
const ORDER: &str = "~order";
const SET: &str = "~set";

/// The fields that name the entries of a list of objects, tried in this order.
const NAMING: &[&str] = &["id", "language"];

/// The delta that turns `from` into `to` (`None` when they are equal).
pub(super) fn delta(from: &Value, to: &Value) -> Option<Value> {
    if from == to {
        return None;
    }
    Some(match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            let mut out = Map::new();
            for (key, value) in b {
                match a.get(key) {
                    Some(old) => {
                        if let Some(d) = delta(old, value) {
                            out.insert(key.clone(), d);
                        }
                    }
                    None => {
                        let d = delta(&Value::Object(Map::new()), value)
                            .unwrap_or_else(|| value.clone());
                        out.insert(key.clone(), d);
                    }
                }
            }
            for key in a.keys().filter(|k| !b.contains_key(*k)) {
                out.insert(key.clone(), Value::Null);
            }
            Value::Object(out)
        }
        (Value::Array(a), Value::Array(b)) => match naming(a, b) {
            Some(by) => keyed(a, b, by),
            None => to.clone(),
        },
        _ => to.clone(),
    })
}

/// The field that names every entry of both lists, uniquely, if there is one.
fn naming(a: &[Value], b: &[Value]) -> Option<&'static str> {
    NAMING.iter().copied().find(|by| {
        let unique = |list: &[Value]| {
            let names: Vec<&str> = list.iter().filter_map(|v| v.get(by)?.as_str()).collect();
            names.len() == list.len()
                && names
                    .iter()
                    .enumerate()
                    .all(|(n, x)| !names[..n].contains(x))
        };
        !a.is_empty() && unique(a) && unique(b)
    })
}

fn name_of<'a>(value: &'a Value, by: &str) -> &'a str {
    value.get(by).and_then(Value::as_str).unwrap_or_default()
}

fn keyed(a: &[Value], b: &[Value], by: &str) -> Value {
    let mut out = Map::new();
    out.insert(BY.to_owned(), Value::String(by.to_owned()));
    let old: Vec<&str> = a.iter().map(|v| name_of(v, by)).collect();
    let new: Vec<&str> = b.iter().map(|v| name_of(v, by)).collect();
    if old != new {
        let order = new.iter().map(|n| Value::String((*n).to_owned())).collect();
        out.insert(ORDER.to_owned(), Value::Array(order));
    }
    let mut set = Map::new();
    let empty = Value::Object(Map::new());
    for entry in b {
        let name = name_of(entry, by);
        let before = a.iter().find(|v| name_of(v, by) == name).unwrap_or(&empty);
        if let Some(d) = delta(before, entry) {
            set.insert(name.to_owned(), d);
        }
    }
    if !set.is_empty() {
        out.insert(SET.to_owned(), Value::Object(set));
    }
    Value::Object(out)
}

/// Applies a delta made by [`delta`] to `from`. A delta that does not fit `from` gives
/// whatever it says; the result is checked as any pack is.
pub(super) fn apply(from: &Value, delta: &Value) -> Value {
    match (from, delta) {
        (Value::Array(list), Value::Object(d)) if d.contains_key(BY) => apply_keyed(list, d),
        (Value::Object(old), Value::Object(d)) => {
            let mut out = old.clone();
            for (key, change) in d {
                if change.is_null() {
                    out.remove(key);
                } else {
                    let before = old.get(key).cloned().unwrap_or(Value::Object(Map::new()));
                    out.insert(key.clone(), apply(&before, change));
                }
            }
            Value::Object(out)
        }
        (_, Value::Object(d)) if !d.contains_key(BY) => apply(&Value::Object(Map::new()), delta),
        _ => delta.clone(),
    }
}

fn apply_keyed(list: &[Value], d: &Map<String, Value>) -> Value {
    let by = d.get(BY).and_then(Value::as_str).unwrap_or("id");
    let names: Vec<String> = match d.get(ORDER).and_then(Value::as_array) {
        Some(order) => order
            .iter()
            .map(|n| n.as_str().unwrap_or_default().to_owned())
            .collect(),
        None => list.iter().map(|v| name_of(v, by).to_owned()).collect(),
    };
    let empty = Value::Object(Map::new());
    let set = d.get(SET).and_then(Value::as_object);
    let out = names
        .iter()
        .map(|name| {
            let before = list
                .iter()
                .find(|v| name_of(v, by) == name)
                .unwrap_or(&empty);
            match set.and_then(|s| s.get(name)) {
                Some(change) => apply(before, change),
                None => before.clone(),
            }
        })
        .collect();
    Value::Array(out)
}
