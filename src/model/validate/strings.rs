//! Checks of a language file against the model and the reference language's term table:
//! every id the model uses and every term key has its string, each term keeps its marks,
//! no string is blank, scale label counts match the points, and no string is filed under
//! an id or key nobody knows.

use std::collections::BTreeMap;

use super::super::content::{Model, FORMAT_VERSION};
use super::super::strings::{pieces, Piece, Strings};
use super::super::vocab::{ItemKind, Layer, Motive, Role, Rule};
use super::{ProblemKind, Report, TermTable};

fn text(r: &mut Report, key: String, value: Option<&String>) {
    match value {
        None => r.push(key, ProblemKind::MissingString),
        Some(v) if v.trim().is_empty() => r.push(key, ProblemKind::EmptyText),
        Some(_) => {}
    }
}

fn no_strays<V>(r: &mut Report, section: &str, map: &BTreeMap<String, V>, known: &[&str]) {
    for key in map.keys() {
        if !known.contains(&key.as_str()) {
            r.push(
                format!("{section}.{key}"),
                ProblemKind::UnknownReference(key.clone()),
            );
        }
    }
}

/// A term has exactly the `{name}` marks the app fills in (those of the reference
/// language's table), in any order.
fn marks(r: &mut Report, terms: TermTable<'_>, key: &str, value: &str) {
    let wanted = terms
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(&[][..], |(_, marks)| *marks);
    let found: Vec<&str> = pieces(value)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Mark(name) => Some(name),
            Piece::Text(_) => None,
        })
        .collect();
    for mark in wanted.iter().filter(|m| !found.contains(m)) {
        r.push(
            format!("terms.{key}"),
            ProblemKind::MissingMark((*mark).to_owned()),
        );
    }
    for mark in found.iter().filter(|m| !wanted.contains(m)) {
        r.push(
            format!("terms.{key}"),
            ProblemKind::UnknownMark((*mark).to_owned()),
        );
    }
}

pub(crate) fn check_strings(m: &Model, s: &Strings, terms: TermTable<'_>, r: &mut Report) {
    if s.format != FORMAT_VERSION {
        r.push("strings", ProblemKind::UnknownFormat(s.format));
    }
    text(r, "language".into(), Some(&s.language));
    for motive in Motive::ALL {
        let d = s.motives.get(motive.id());
        text(
            r,
            format!("motives.{}.name", motive.id()),
            d.map(|d| &d.name),
        );
        text(
            r,
            format!("motives.{}.text", motive.id()),
            d.map(|d| &d.text),
        );
    }
    for layer in Layer::ALL {
        let d = s.layers.get(layer.id());
        text(r, format!("layers.{}.name", layer.id()), d.map(|d| &d.name));
        text(r, format!("layers.{}.text", layer.id()), d.map(|d| &d.text));
    }
    for rule in Rule::ALL {
        let d = s.rules.get(rule.id());
        text(r, format!("rules.{}.name", rule.id()), d.map(|d| &d.name));
        text(r, format!("rules.{}.text", rule.id()), d.map(|d| &d.text));
    }
    for scale in &m.scales {
        match s.scales.get(&scale.id) {
            None => r.push(format!("scales.{}", scale.id), ProblemKind::MissingString),
            Some(labels) => {
                if labels.len() != usize::from(scale.points) {
                    let kind = ProblemKind::LabelCount(scale.points, labels.len());
                    r.push(format!("scales.{}", scale.id), kind);
                }
                for (n, l) in labels.iter().enumerate() {
                    text(r, format!("scales.{}[{n}]", scale.id), Some(l));
                }
            }
        }
    }
    for item in &m.items {
        let t = s.items.get(&item.id);
        text(r, format!("items.{}.prompt", item.id), t.map(|t| &t.prompt));
        if let Some(help) = t.and_then(|t| t.help.as_ref()) {
            text(r, format!("items.{}.help", item.id), Some(help));
        }
        let labelled = matches!(item.kind, ItemKind::Single | ItemKind::Multi)
            && item.role != Some(Role::Platforms);
        let option_ids: Vec<&str> = item.options.iter().map(|o| o.id.as_str()).collect();
        if labelled {
            for o in &option_ids {
                let label = t.and_then(|t| t.options.get(*o));
                text(r, format!("items.{}.options.{o}", item.id), label);
            }
        }
        if let Some(t) = t {
            let known: &[&str] = if labelled { &option_ids } else { &[] };
            no_strays(r, &format!("items.{}.options", item.id), &t.options, known);
        }
    }
    for c in &m.channels {
        let t = s.channels.get(&c.id);
        text(r, format!("channels.{}.name", c.id), t.map(|t| &t.name));
        text(
            r,
            format!("channels.{}.rationale", c.id),
            t.map(|t| &t.rationale),
        );
    }
    for a in &m.actions {
        text(r, format!("actions.{}", a.id), s.actions.get(&a.id));
    }
    for (key, _) in terms {
        text(r, format!("terms.{key}"), s.terms.get(*key));
    }
    for (key, value) in &s.terms {
        marks(r, terms, key, value);
    }
    if s.truths.is_empty() {
        r.push("truths", ProblemKind::MissingString);
    }
    r.unique("truths.", s.truths.iter().map(|t| t.id.as_str()));
    for t in &s.truths {
        text(r, format!("truths.{}", t.id), Some(&t.text));
    }
    let items: Vec<&str> = m.items.iter().map(|i| i.id.as_str()).collect();
    let channels: Vec<&str> = m.channels.iter().map(|c| c.id.as_str()).collect();
    let actions: Vec<&str> = m.actions.iter().map(|a| a.id.as_str()).collect();
    let scales: Vec<&str> = m.scales.iter().map(|c| c.id.as_str()).collect();
    no_strays(r, "items", &s.items, &items);
    no_strays(r, "channels", &s.channels, &channels);
    no_strays(r, "actions", &s.actions, &actions);
    no_strays(r, "scales", &s.scales, &scales);
    let term_keys: Vec<&str> = terms.iter().map(|(key, _)| *key).collect();
    no_strays(r, "terms", &s.terms, &term_keys);
}
