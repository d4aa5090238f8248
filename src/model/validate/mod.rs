//! Content validation: the checks of the language-neutral model data here, those of the
//! channel and action catalogue in `catalogue`, those of a language file in `strings`, and
//! the [`Problem`] type every check reports.
//!
//! Each check reports every problem it finds, each with the id it concerns, so one
//! run shows all that is wrong. Depends only on std, serde and sibling content
//! modules so `build.rs` can run it and fail the build on broken content.

use std::collections::BTreeSet;
use std::fmt;

use super::content::{Item, Model, FORMAT_VERSION};
use super::strings::Strings;
use super::vocab::{ItemKind, Layer, Motive, Role};

mod catalogue;
mod strings;

/// One thing wrong with the content, and the id it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The id (or string key) the problem concerns.
    pub id: String,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// What is wrong with a piece of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file declares a format version this build does not understand.
    UnknownFormat(u32),
    /// The id is used twice within one list.
    DuplicateId,
    /// The id refers to something that does not exist.
    UnknownReference(String),
    /// A string the model needs is missing from the language file.
    MissingString,
    /// A string is present but blank.
    EmptyText,
    /// A motive has fewer than four items (the count found).
    TooFewItems(usize),
    /// A motive has no reverse-keyed item.
    NoReverseItem,
    /// A number is outside its allowed range (value, allowed maximum).
    OutOfRange(u32, u32),
    /// A scale has a different number of labels than points (points, labels).
    LabelCount(u8, usize),
    /// An item lacks a field its kind or layer needs, or has one it must not.
    Malformed(&'static str),
    /// A role must be carried by exactly one item (the count found).
    RoleCount(usize),
    /// No face-to-face action fits the smallest time budget at this stage.
    NoFaceToFaceAction,
    /// A text lacks a `{name}` mark the app fills in (the mark's name).
    MissingMark(String),
    /// A text has a `{name}` mark the app does not fill in, which would be shown as it is.
    UnknownMark(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.id)?;
        match &self.kind {
            ProblemKind::UnknownFormat(v) => {
                write!(f, "format {v} is not supported (expected {FORMAT_VERSION})")
            }
            ProblemKind::DuplicateId => write!(f, "duplicate id"),
            ProblemKind::UnknownReference(r) => write!(f, "refers to unknown id `{r}`"),
            ProblemKind::MissingString => write!(f, "missing string"),
            ProblemKind::EmptyText => write!(f, "empty text"),
            ProblemKind::TooFewItems(n) => write!(f, "has {n} items, needs at least 4"),
            ProblemKind::NoReverseItem => write!(f, "has no reverse-keyed item"),
            ProblemKind::OutOfRange(v, max) => write!(f, "value {v} is out of range 0..={max}"),
            ProblemKind::LabelCount(p, n) => write!(f, "{p} points but {n} labels"),
            ProblemKind::Malformed(what) => write!(f, "{what}"),
            ProblemKind::RoleCount(n) => write!(f, "role needs exactly one item, found {n}"),
            ProblemKind::NoFaceToFaceAction => {
                write!(f, "no face-to-face action fits the smallest time budget")
            }
            ProblemKind::MissingMark(m) => write!(f, "lacks the mark {{{m}}}"),
            ProblemKind::UnknownMark(m) => {
                write!(f, "has the mark {{{m}}}, which nothing fills in")
            }
        }
    }
}

/// A list of problems, collected by the checks below.
#[derive(Debug, Default)]
pub(crate) struct Report(pub(crate) Vec<Problem>);

impl Report {
    pub(crate) fn push(&mut self, id: impl Into<String>, kind: ProblemKind) {
        self.0.push(Problem {
            id: id.into(),
            kind,
        });
    }

    pub(crate) fn range(&mut self, id: &str, value: u32, max: u32) {
        if value > max {
            self.push(id, ProblemKind::OutOfRange(value, max));
        }
    }

    pub(crate) fn unique<'a>(&mut self, prefix: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.push(format!("{prefix}{id}"), ProblemKind::DuplicateId);
            }
        }
    }
}

/// The term keys a language file must define, each with the `{name}` marks its text must
/// keep (the generated [`crate::model::term::table`] in the app; `build.rs` derives the same
/// from the reference language file).
pub type TermTable<'a> = &'a [(&'a str, &'a [&'a str])];

/// Checks the model data and its string table against a table of term keys; returns every
/// problem found.
pub fn validate_with(
    model: &Model,
    strings: &Strings,
    terms: TermTable<'_>,
) -> Result<(), Vec<Problem>> {
    let mut r = Report::default();
    check_model(model, &mut r);
    strings::check_strings(model, strings, terms, &mut r);
    if r.0.is_empty() {
        Ok(())
    } else {
        Err(r.0)
    }
}

fn check_model(m: &Model, r: &mut Report) {
    if m.format != FORMAT_VERSION {
        r.push("model", ProblemKind::UnknownFormat(m.format));
    }
    r.unique("scale ", m.scales.iter().map(|s| s.id.as_str()));
    r.unique("", m.items.iter().map(|i| i.id.as_str()));
    r.unique("channel ", m.channels.iter().map(|c| c.id.as_str()));
    r.unique("action ", m.actions.iter().map(|a| a.id.as_str()));
    for s in &m.scales {
        if !(2..=11).contains(&s.points) {
            r.push(&s.id, ProblemKind::OutOfRange(s.points.into(), 11));
        }
    }
    for item in &m.items {
        check_item(m, item, r);
    }
    for motive in Motive::ALL {
        let items: Vec<&Item> = m
            .items
            .iter()
            .filter(|i| i.motive == Some(motive))
            .collect();
        if items.len() < 4 {
            r.push(motive.id(), ProblemKind::TooFewItems(items.len()));
        }
        if !items.iter().any(|i| i.reverse) {
            r.push(motive.id(), ProblemKind::NoReverseItem);
        }
    }
    for role in Role::ALL {
        let n = m.items.iter().filter(|i| i.role == Some(role)).count();
        if n != 1 {
            r.push(format!("role {role:?}"), ProblemKind::RoleCount(n));
        }
    }
    let splits = m.items.iter().filter(|i| i.kind == ItemKind::Split).count();
    if splits != 1 {
        r.push("split item", ProblemKind::RoleCount(splits));
    }
    catalogue::check_catalogue(m, r);
    let s = &m.scoring;
    r.range("scoring.split_share", s.split_share.into(), 100);
    r.range("scoring.joint_threshold", s.joint_threshold.into(), 100);
    r.range("scoring.comfort_needed", s.comfort_needed.into(), 3);
    r.range("scoring.strong_motive", s.strong_motive.into(), 100);
    r.range("scoring.weak_below", s.weak_below.into(), 100);
    r.range("scoring.active_from", s.active_from.into(), 100);
    if !(1..=3).contains(&s.sharpen) {
        r.push(
            "scoring.sharpen",
            ProblemKind::Malformed("sharpen must be 1, 2 or 3"),
        );
    }
    if !(s.bands[0] > s.bands[1] && s.bands[1] > s.bands[2] && s.bands[0] <= 100) {
        r.push(
            "scoring.bands",
            ProblemKind::Malformed("bands must fall from 100 or less"),
        );
    }
}

fn check_item(m: &Model, item: &Item, r: &mut Report) {
    let id = item.id.as_str();
    let bad = |r: &mut Report, what| r.push(id, ProblemKind::Malformed(what));
    match item.kind {
        ItemKind::Scale => match &item.scale {
            None => bad(r, "scale item without a scale"),
            Some(s) if !m.scales.iter().any(|x| &x.id == s) => {
                r.push(id, ProblemKind::UnknownReference(s.clone()))
            }
            Some(_) => {}
        },
        ItemKind::Split => {
            if item.total.unwrap_or(0) == 0 {
                bad(r, "split item without a total");
            }
        }
        ItemKind::Single | ItemKind::Multi => {
            if item.options.is_empty() {
                bad(r, "choice item without options");
            }
            r.unique(
                &format!("{id}."),
                item.options.iter().map(|o| o.id.as_str()),
            );
        }
    }
    if item.motive.is_some() && (item.layer != Layer::Why || item.kind != ItemKind::Scale) {
        bad(r, "motive items must be scale items in the why layer");
    }
    if item.kind == ItemKind::Scale && item.layer == Layer::Why && item.motive.is_none() {
        bad(r, "why-layer scale item without a motive");
    }
    if item.activity.is_some() != item.mode.is_some() {
        bad(r, "behaviour items need both an activity and a mode");
    }
    if item.reverse && item.motive.is_none() && item.habit.is_none() {
        bad(r, "only motive and habit items can be reverse-keyed");
    }
    r.range(id, item.weight.into(), 5);
    if item.weight == 0 {
        bad(r, "weight must be at least 1");
    }
    if let Some(role) = item.role {
        catalogue::check_role(m, item, role, r);
    }
}
