//! What a pack changes against the content it adapts: every difference between two
//! contents, each in exactly one list, split into those that change how results are
//! calculated and those that only change wording.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::super::embedded::Content;
use super::super::order::map_of;
use super::super::strings::Strings;

/// A thing added or removed: its id and its name (or text) in the language compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    /// Its id.
    pub id: String,
    /// Its name, prompt or text, for the preview.
    pub name: String,
}

/// A channel whose ratings for the three reasons changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rerated {
    /// The channel's id.
    pub id: String,
    /// Its ratings before, in [`crate::model::Motive::ALL`] order.
    pub from: [u8; 3],
    /// Its ratings in the pack.
    pub to: [u8; 3],
}

/// A thing some of whose fields changed: its id and the names of those fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    /// Its id.
    pub id: String,
    /// The fields changed, as named in the file (`minutes`, `options.weekly.value`).
    pub fields: Vec<String>,
}

/// A number that changed: a scoring parameter or a scale's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParameterChange {
    /// Its name as in the file, e.g. `sharpen` or `bands`.
    pub name: String,
    /// Its value before, as text.
    pub from: String,
    /// Its value in the pack, as text.
    pub to: String,
}

/// Everything a pack changes against the content it adapts. Each difference is in
/// exactly one list; the lists marked "calculation" below change how results are
/// calculated, the others only wording or what is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// Channels the pack adds (calculation).
    pub channels_added: Vec<Named>,
    /// Channels the pack leaves out (calculation).
    pub channels_removed: Vec<Named>,
    /// Channels rated differently for the three reasons (calculation).
    pub channels_rerated: Vec<Rerated>,
    /// Channels with other fields changed: minutes, privacy, posting, regions… (calculation).
    pub channels_changed: Vec<Fields>,
    /// Whether the channels come in another order, which settles ties (calculation).
    pub channels_reordered: bool,
    /// Channels renamed or described differently (wording).
    pub channels_reworded: Vec<Fields>,
    /// Questions the pack adds (calculation).
    pub items_added: Vec<Named>,
    /// Questions the pack leaves out (calculation).
    pub items_removed: Vec<Named>,
    /// Questions scored differently: reverse, weight, scale, motive, options… (calculation).
    pub items_rekeyed: Vec<Fields>,
    /// Whether the questions are asked in another order (neither: no result changes).
    pub items_reordered: bool,
    /// Questions worded differently: prompt, help, option labels (wording).
    pub items_reworded: Vec<Fields>,
    /// Answer scales added (calculation).
    pub scales_added: Vec<String>,
    /// Answer scales removed (calculation).
    pub scales_removed: Vec<String>,
    /// Answer scales with another number of points (calculation).
    pub scales_changed: Vec<ParameterChange>,
    /// Answer scales whose labels are worded differently, by scale id (wording).
    pub scales_reworded: Vec<String>,
    /// Plan actions the pack adds (calculation).
    pub actions_added: Vec<Named>,
    /// Plan actions the pack leaves out (calculation).
    pub actions_removed: Vec<Named>,
    /// Plan actions with other numbers, motives, stages… (calculation).
    pub actions_changed: Vec<Fields>,
    /// Whether the actions come in another order, which settles ties (calculation).
    pub actions_reordered: bool,
    /// Plan actions worded differently, by id (wording).
    pub actions_reworded: Vec<String>,
    /// Scoring parameters changed (calculation).
    pub scoring: Vec<ParameterChange>,
    /// Other texts worded differently: motives, layers, rules, truths and interface
    /// terms, by their key in the language, e.g. `terms.ui.brand` (wording).
    pub texts_reworded: Vec<String>,
    /// Languages the pack has that the content it adapts has not.
    pub languages_added: Vec<String>,
    /// Languages of the content it adapts that the pack has not.
    pub languages_removed: Vec<String>,
    /// Interface terms the pack's language lacked, taken from the built-in content (an
    /// app update adds terms; older packs keep loading).
    pub terms_filled: usize,
}

impl Changes {
    /// Whether the pack changes how results are calculated: a score, a ranking, the plan
    /// or which questions are asked.
    pub fn changes_calculation(&self) -> bool {
        !(self.channels_added.is_empty()
            && self.channels_removed.is_empty()
            && self.channels_rerated.is_empty()
            && self.channels_changed.is_empty()
            && !self.channels_reordered
            && self.items_added.is_empty()
            && self.items_removed.is_empty()
            && self.items_rekeyed.is_empty()
            && self.scales_added.is_empty()
            && self.scales_removed.is_empty()
            && self.scales_changed.is_empty()
            && self.actions_added.is_empty()
            && self.actions_removed.is_empty()
            && self.actions_changed.is_empty()
            && !self.actions_reordered
            && self.scoring.is_empty())
    }

    /// Whether anything is worded differently (or another language is offered).
    fn changes_wording(&self) -> bool {
        !(self.channels_reworded.is_empty()
            && self.items_reworded.is_empty()
            && self.scales_reworded.is_empty()
            && self.actions_reworded.is_empty()
            && self.texts_reworded.is_empty()
            && self.languages_added.is_empty()
            && self.languages_removed.is_empty())
    }

    /// Whether the pack changes nothing at all (terms filled in from the built-in content
    /// do not count: they are the built-in wording).
    pub fn is_empty(&self) -> bool {
        !self.changes_calculation() && !self.changes_wording() && !self.items_reordered
    }

    /// Whether the pack changes only wording (texts, or the languages offered): something
    /// is worded differently, and nothing changes how results are calculated or the order
    /// the questions come in.
    pub fn wording_only(&self) -> bool {
        self.changes_wording() && !self.changes_calculation() && !self.items_reordered
    }
}

/// Every difference between `base` (the content a pack adapts) and `pack`, each in
/// exactly one list of [`Changes`]. The languages are compared by their tags only (a
/// pack's other languages are counted by [`super::read_pack`]), and the order of the
/// scales, which nothing depends on, is not compared.
pub fn diff(base: &Content, pack: &Content) -> Changes {
    let mut out = Changes::default();
    let (b, p) = (&base.model, &pack.model);
    let (bs, ps) = (&base.strings, &pack.strings);
    if bs.language != ps.language {
        out.languages_added.push(ps.language.clone());
        out.languages_removed.push(bs.language.clone());
    }

    let matched = pair(&b.channels, &p.channels, |c| &c.id);
    out.channels_added = added(
        &b.channels,
        &p.channels,
        |c| &c.id,
        |id| channel_name(ps, id),
    );
    out.channels_removed = added(
        &p.channels,
        &b.channels,
        |c| &c.id,
        |id| channel_name(bs, id),
    );
    out.channels_reordered = reordered(&b.channels, &p.channels, |c| &c.id);
    for (bc, pc) in matched {
        if bc.ratings != pc.ratings {
            out.channels_rerated.push(Rerated {
                id: bc.id.clone(),
                from: bc.ratings,
                to: pc.ratings,
            });
        }
        push_fields(
            &mut out.channels_changed,
            &bc.id,
            fields(bc, pc, &["id", "ratings"]),
        );
        let (bt, pt) = (bs.channels.get(&bc.id), ps.channels.get(&bc.id));
        let mut texts = Vec::new();
        if bt.map(|t| &t.name) != pt.map(|t| &t.name) {
            texts.push("name".to_owned());
        }
        if bt.map(|t| &t.rationale) != pt.map(|t| &t.rationale) {
            texts.push("rationale".to_owned());
        }
        push_fields(&mut out.channels_reworded, &bc.id, texts);
    }

    out.items_added = added(&b.items, &p.items, |i| &i.id, |id| prompt(ps, id));
    out.items_removed = added(&p.items, &b.items, |i| &i.id, |id| prompt(bs, id));
    out.items_reordered = reordered(&b.items, &p.items, |i| &i.id);
    for (bi, pi) in pair(&b.items, &p.items, |i| &i.id) {
        let mut keyed = fields(bi, pi, &["id", "options"]);
        let mut worded = Vec::new();
        let options = pair(&bi.options, &pi.options, |o| &o.id);
        for o in added(&bi.options, &pi.options, |o| &o.id, |_| String::new())
            .into_iter()
            .chain(added(
                &pi.options,
                &bi.options,
                |o| &o.id,
                |_| String::new(),
            ))
        {
            keyed.push(format!("options.{}", o.id));
        }
        for (bo, po) in &options {
            if bo.value != po.value {
                keyed.push(format!("options.{}.value", bo.id));
            }
        }
        if reordered(&bi.options, &pi.options, |o| &o.id) {
            worded.push("options order".to_owned());
        }
        push_fields(&mut out.items_rekeyed, &bi.id, keyed);
        let (bt, pt) = (bs.items.get(&bi.id), ps.items.get(&bi.id));
        if bt.map(|t| &t.prompt) != pt.map(|t| &t.prompt) {
            worded.push("prompt".to_owned());
        }
        if bt.map(|t| &t.help) != pt.map(|t| &t.help) {
            worded.push("help".to_owned());
        }
        let empty = Default::default();
        let (bl, pl) = (
            bt.map_or(&empty, |t| &t.options),
            pt.map_or(&empty, |t| &t.options),
        );
        // Labels of options both have; an added or removed option is a change of its own.
        for (bo, _) in &options {
            if bl.get(&bo.id) != pl.get(&bo.id) {
                worded.push(format!("options.{}", bo.id));
            }
        }
        push_fields(&mut out.items_reworded, &bi.id, worded);
    }

    out.scales_added = added(&b.scales, &p.scales, |s| &s.id, |_| String::new())
        .into_iter()
        .map(|n| n.id)
        .collect();
    out.scales_removed = added(&p.scales, &b.scales, |s| &s.id, |_| String::new())
        .into_iter()
        .map(|n| n.id)
        .collect();
    for (bsc, psc) in pair(&b.scales, &p.scales, |s| &s.id) {
        if bsc.points != psc.points {
            out.scales_changed.push(ParameterChange {
                name: bsc.id.clone(),
                from: bsc.points.to_string(),
                to: psc.points.to_string(),
            });
        }
        if bs.scales.get(&bsc.id) != ps.scales.get(&bsc.id) {
            out.scales_reworded.push(bsc.id.clone());
        }
    }

    out.actions_added = added(&b.actions, &p.actions, |a| &a.id, |id| action_text(ps, id));
    out.actions_removed = added(&p.actions, &b.actions, |a| &a.id, |id| action_text(bs, id));
    out.actions_reordered = reordered(&b.actions, &p.actions, |a| &a.id);
    for (ba, pa) in pair(&b.actions, &p.actions, |a| &a.id) {
        push_fields(&mut out.actions_changed, &ba.id, fields(ba, pa, &["id"]));
        if bs.actions.get(&ba.id) != ps.actions.get(&ba.id) {
            out.actions_reworded.push(ba.id.clone());
        }
    }

    let (bv, pv) = (as_object(&b.scoring), as_object(&p.scoring));
    for key in keys(&bv, &pv) {
        let (from, to) = (bv.get(&key), pv.get(&key));
        if from != to {
            let text = |v: Option<&Value>| v.map_or_else(|| "none".to_owned(), Value::to_string);
            out.scoring.push(ParameterChange {
                name: key,
                from: text(from),
                to: text(to),
            });
        }
    }

    out.texts_reworded = texts_reworded(bs, ps);
    out
}

/// The keys of the other texts that differ: reasons, parts, rules, truths, terms.
fn texts_reworded(bs: &Strings, ps: &Strings) -> Vec<String> {
    let mut out = Vec::new();
    for (section, b, p) in [
        ("motives", &bs.motives, &ps.motives),
        ("layers", &bs.layers, &ps.layers),
        ("rules", &bs.rules, &ps.rules),
    ] {
        for key in keys(b, p) {
            let (bd, pd) = (b.get(&key), p.get(&key));
            if bd.map(|d| &d.name) != pd.map(|d| &d.name) {
                out.push(format!("{section}.{key}.name"));
            }
            if bd.map(|d| &d.text) != pd.map(|d| &d.text) {
                out.push(format!("{section}.{key}.text"));
            }
        }
    }
    fn truths(s: &Strings) -> BTreeMap<&str, &str> {
        map_of(s.truths.iter().map(|t| (t.id.as_str(), t.text.as_str())))
    }
    let (bt, pt) = (truths(bs), truths(ps));
    for key in keys(&bt, &pt) {
        if bt.get(key) != pt.get(key) {
            out.push(format!("truths.{key}"));
        }
    }
    if reordered(&bs.truths, &ps.truths, |t| &t.id) {
        out.push("truths order".to_owned());
    }
    for key in keys(&bs.terms, &ps.terms) {
        if bs.terms.get(&key) != ps.terms.get(&key) {
            out.push(format!("terms.{key}"));
        }
    }
    out
}

/// Every key of two maps, once each, in order.
fn keys<K: Ord + Clone, V>(a: &BTreeMap<K, V>, b: &BTreeMap<K, V>) -> Vec<K> {
    let mut all = BTreeSet::new();
    all.extend(a.keys().chain(b.keys()));
    all.into_iter().cloned().collect()
}

/// The entries of `base` and `pack` with the same id, in `base`'s order.
fn pair<'a, T>(base: &'a [T], pack: &'a [T], id: impl Fn(&T) -> &String) -> Vec<(&'a T, &'a T)> {
    base.iter()
        .filter_map(|b| pack.iter().find(|p| id(p) == id(b)).map(|p| (b, p)))
        .collect()
}

/// The entries of `to` whose id `from` lacks, named by `name`.
fn added<T>(
    from: &[T],
    to: &[T],
    id: impl Fn(&T) -> &String,
    name: impl Fn(&str) -> String,
) -> Vec<Named> {
    to.iter()
        .filter(|t| !from.iter().any(|f| id(f) == id(t)))
        .map(|t| Named {
            id: id(t).clone(),
            name: name(id(t)),
        })
        .collect()
}

/// Whether the entries both lists have come in another order.
fn reordered<T>(base: &[T], pack: &[T], id: impl Fn(&T) -> &String) -> bool {
    let common = |of: &[T], other: &[T]| -> Vec<String> {
        of.iter()
            .filter(|x| other.iter().any(|y| id(y) == id(x)))
            .map(|x| id(x).clone())
            .collect()
    };
    common(base, pack) != common(pack, base)
}

/// A value's fields as JSON, to compare them one by one by their names in the file.
fn as_object<T: Serialize>(value: &T) -> BTreeMap<String, Value> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map_of(map),
        _ => BTreeMap::new(),
    }
}

/// The names of the fields in which two values differ, leaving out `skip`.
fn fields<T: Serialize>(base: &T, pack: &T, skip: &[&str]) -> Vec<String> {
    let (b, p) = (as_object(base), as_object(pack));
    keys(&b, &p)
        .into_iter()
        .filter(|k| !skip.contains(&k.as_str()) && b.get(k) != p.get(k))
        .collect()
}

fn push_fields(list: &mut Vec<Fields>, id: &str, fields: Vec<String>) {
    if !fields.is_empty() {
        list.push(Fields {
            id: id.to_owned(),
            fields,
        });
    }
}

fn channel_name(strings: &Strings, id: &str) -> String {
    strings
        .channels
        .get(id)
        .map_or_else(|| id.to_owned(), |t| t.name.clone())
}

fn prompt(strings: &Strings, id: &str) -> String {
    strings
        .items
        .get(id)
        .map_or_else(|| id.to_owned(), |t| t.prompt.clone())
}

fn action_text(strings: &Strings, id: &str) -> String {
    strings
        .actions
        .get(id)
        .cloned()
        .unwrap_or_else(|| id.to_owned())
}
