//! Turns validation problems ([`Problem`], named by an id or a string key) into problems
//! at a place in a pack file, in plain words.
//!
//! Validation names a model problem by the id it concerns (`linkedin`, `channel x`,
//! `scoring.sharpen`) and a language problem by its key (`channels.linkedin.name`). Ids
//! in a pack hold no dots (the walk refuses them), so a dotted id is a language key,
//! except an item's option (`item.option`), which is told apart by the model itself.

use super::super::content::{Model, FORMAT_VERSION};
use super::super::strings::Strings;
use super::super::validate::{Problem, ProblemKind, TermTable};
use super::place::Path;
use super::PackProblem;

/// The place and plain message of one validation problem of `model` with `strings`, the
/// pack's language number `n` (from 0).
pub(super) fn explain(
    problem: &Problem,
    model: &Model,
    (strings, n): (&Strings, usize),
    terms: TermTable<'_>,
) -> PackProblem {
    let language = Path::root()
        .key("languages")
        .entry(Some(&strings.language), n);
    let (path, message) = if is_language_problem(problem, model, strings) {
        language_place(problem, &language, terms)
    } else {
        model_place(problem, model)
    };
    PackProblem::new(path.text(), message)
}

/// The sections of a language, as validation names them.
const SECTIONS: &[&str] = &[
    "motives", "layers", "rules", "scales", "items", "channels", "actions", "terms", "truths",
];

fn is_language_problem(problem: &Problem, model: &Model, strings: &Strings) -> bool {
    let id = problem.id.as_str();
    let section = id.split('.').next().unwrap_or_default();
    match &problem.kind {
        ProblemKind::UnknownFormat(_) => id == "strings",
        ProblemKind::MissingString
        | ProblemKind::EmptyText
        | ProblemKind::LabelCount(..)
        | ProblemKind::MissingMark(_)
        | ProblemKind::UnknownMark(_) => true,
        ProblemKind::UnknownReference(_) => id.contains('.') && SECTIONS.contains(&section),
        ProblemKind::DuplicateId => {
            let truth = id.strip_prefix("truths.").unwrap_or_default();
            strings.truths.iter().filter(|t| t.id == truth).count() > 1
                && !option_of(model, id).is_some_and(|(item, option)| {
                    item.options.iter().filter(|o| o.id == option).count() > 1
                })
        }
        _ => false,
    }
}

/// The item and option id of an `item.option` id, if the model has that item.
fn option_of<'a>(
    model: &'a Model,
    id: &'a str,
) -> Option<(&'a super::super::content::Item, &'a str)> {
    let (item, option) = id.split_once('.')?;
    model
        .items
        .iter()
        .find(|i| i.id == item)
        .map(|i| (i, option))
}

fn language_place(problem: &Problem, language: &Path, terms: TermTable<'_>) -> (Path, String) {
    let id = problem.id.as_str();
    let path = match id {
        "strings" => language.key("format"),
        "language" => language.key("language"),
        _ => match id.split_once('.') {
            Some(("terms", key)) => language.key("terms").key(key),
            Some((section, rest)) => {
                let mut path = language.key(section);
                for part in rest.split('.') {
                    path = match part.split_once('[') {
                        Some((name, n)) => {
                            let n = n.trim_end_matches(']').parse::<usize>().unwrap_or(0);
                            path.key(name).entry(None, n)
                        }
                        None => path.key(part),
                    };
                }
                path
            }
            None => language.key(id),
        },
    };
    let message = match &problem.kind {
        ProblemKind::UnknownFormat(v) => {
            format!("is {v}; this version of netwhy reads language format {FORMAT_VERSION}")
        }
        ProblemKind::MissingString if id == "truths" => {
            "has no truths; a language needs at least one".to_owned()
        }
        ProblemKind::MissingString => "is missing; every language needs this text".to_owned(),
        ProblemKind::EmptyText => "is empty; write a text here".to_owned(),
        ProblemKind::LabelCount(points, labels) => format!(
            "has {labels} labels, but the scale has {points} points: give one label per point"
        ),
        ProblemKind::MissingMark(mark) => {
            format!("has lost the mark {{{mark}}}; keep it where the app should put its value")
        }
        ProblemKind::UnknownMark(mark) => {
            let key = id.strip_prefix("terms.").unwrap_or(id);
            let wanted = terms
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(&[][..], |(_, marks)| *marks);
            let marks: Vec<String> = wanted.iter().map(|m| format!("{{{m}}}")).collect();
            if marks.is_empty() {
                format!("has the mark {{{mark}}}, which the app does not fill in; this text has no marks")
            } else {
                format!(
                    "has the mark {{{mark}}}, which the app does not fill in; the marks of this text are {}",
                    marks.join(", ")
                )
            }
        }
        ProblemKind::UnknownReference(_) if id.starts_with("terms.") => {
            "is not a text this version of netwhy has; remove it".to_owned()
        }
        ProblemKind::UnknownReference(_) => {
            "is filed under an id the pack's model does not have, so it would never be shown"
                .to_owned()
        }
        ProblemKind::DuplicateId => "is used twice; each truth needs its own id".to_owned(),
        other => plain(other),
    };
    (path, message)
}

fn model_place(problem: &Problem, model: &Model) -> (Path, String) {
    let id = problem.id.as_str();
    let kind = &problem.kind;
    let root = Path::root().key("model");
    let items = root.key("items");
    if let Some(rest) = id.strip_prefix("scoring.") {
        return (root.key("scoring").key(rest), plain(kind));
    }
    for (prefix, list) in [
        ("scale ", "scales"),
        ("channel ", "channels"),
        ("action ", "actions"),
    ] {
        if let Some(rest) = id.strip_prefix(prefix) {
            return (root.key(list).key(rest), plain(kind));
        }
    }
    match kind {
        ProblemKind::UnknownFormat(v) => {
            let msg = format!("is {v}; this version of netwhy reads model format {FORMAT_VERSION}");
            (root.key("format"), msg)
        }
        ProblemKind::TooFewItems(n) => (
            items,
            format!("the reason “{id}” has {n} questions; it needs at least 4"),
        ),
        ProblemKind::NoReverseItem => (
            items,
            format!(
                "the reason “{id}” has no reverse-keyed question (\"reverse\": true); it needs one"
            ),
        ),
        ProblemKind::RoleCount(n) if id == "split item" => (
            items,
            format!("exactly one question must be of kind “split”; this pack has {n}"),
        ),
        ProblemKind::RoleCount(n) => {
            let role = snake(id.strip_prefix("role ").unwrap_or(id));
            let msg =
                format!("exactly one question must have the role “{role}”; this pack has {n}");
            (items, msg)
        }
        ProblemKind::NoFaceToFaceAction => {
            let (stage, situation) = id.split_once(' ').unwrap_or((id, ""));
            let msg = format!(
                "no face-to-face action fits someone at the stage “{stage}” in the situation \
                 “{situation}” with the smallest time budget: one needs no channel, no posting, \
                 privacy or strangers comfort, and suits that stage and situation"
            );
            (root.key("actions"), msg)
        }
        _ => thing_place(id, kind, model, &root),
    }
}

/// The place of a problem named by a plain id (or `item.option`): the question, channel,
/// action or scale that has it, down to the field where the model shows which.
fn thing_place(id: &str, kind: &ProblemKind, model: &Model, root: &Path) -> (Path, String) {
    let (field, message) = field_and_message(kind);
    let channel = model.channels.iter().find(|c| c.id == id);
    let action = model.actions.iter().find(|a| a.id == id);
    let item = model.items.iter().find(|i| i.id == id);
    let scale = model.scales.iter().find(|s| s.id == id);
    let found: Option<(Path, Option<&str>)> = match kind {
        ProblemKind::OutOfRange(v, 11) if scale.is_some() => {
            let msg = format!("is {v}; a scale has from 2 to 11 points");
            return (root.key("scales").key(id).key("points"), msg);
        }
        ProblemKind::OutOfRange(v, max) => {
            let v = u16::try_from(*v).unwrap_or(u16::MAX);
            let over = |x: u8| u16::from(x) == v;
            if let Some(c) =
                channel.filter(|c| c.ratings.iter().any(|r| over(*r)) || over(c.privacy))
            {
                let f = if c.ratings.iter().any(|r| over(*r)) {
                    "ratings"
                } else {
                    "privacy"
                };
                Some((root.key("channels").key(id), Some(f)))
            } else if let Some(a) = action {
                let f = if over(a.posting) {
                    "posting"
                } else if over(a.privacy) {
                    "privacy"
                } else {
                    "strangers"
                };
                Some((root.key("actions").key(id), Some(f)))
            } else if item.is_some() && *max == 5 {
                Some((root.key("items").key(id), Some("weight")))
            } else {
                option_of(model, id).map(|(i, o)| {
                    (
                        root.key("items").key(&i.id).key("options").key(o),
                        Some("value"),
                    )
                })
            }
        }
        ProblemKind::UnknownReference(r) => {
            if let Some(c) = channel.filter(|c| {
                c.regions.contains(r) || c.unavailable.contains(r) || c.audiences.contains(r)
            }) {
                let f = if c.regions.contains(r) {
                    "regions"
                } else if c.unavailable.contains(r) {
                    "unavailable"
                } else {
                    "audiences"
                };
                Some((root.key("channels").key(id), Some(f)))
            } else if action.is_some_and(|a| a.channel.as_ref() == Some(r)) {
                Some((root.key("actions").key(id), Some("channel")))
            } else {
                item.map(|i| {
                    let f = if i.scale.as_ref() == Some(r) {
                        "scale"
                    } else {
                        "options"
                    };
                    (root.key("items").key(id), Some(f))
                })
            }
        }
        ProblemKind::Malformed(what)
            if what.starts_with("channel")
                || what.starts_with("specialist")
                || what.starts_with("situation-only") =>
        {
            channel.map(|_| (root.key("channels").key(id), field))
        }
        ProblemKind::Malformed(what)
            if what.starts_with("action") || what.starts_with("a face-to-face") =>
        {
            action.map(|_| (root.key("actions").key(id), field))
        }
        _ => None,
    };
    let (path, field) = match found {
        Some(found) => found,
        None => match (item, option_of(model, id)) {
            (Some(_), _) => (root.key("items").key(id), field),
            (None, Some((i, o))) => (root.key("items").key(&i.id).key("options").key(o), field),
            (None, None) => (root.key(id), None),
        },
    };
    let message = match kind {
        ProblemKind::UnknownReference(r) => {
            format!("refers to “{r}”, which this pack does not have")
        }
        ProblemKind::OutOfRange(v, max) => {
            let min = u8::from(field == Some("weight"));
            format!("is {v}; it should be a number from {min} to {max}")
        }
        _ => message,
    };
    (field.map_or(path.clone(), |f| path.key(f)), message)
}

/// The field a malformed thing's problem is in, where the text tells, and a plain message.
fn field_and_message(kind: &ProblemKind) -> (Option<&'static str>, String) {
    let ProblemKind::Malformed(what) = kind else {
        return (None, plain(kind));
    };
    let (field, message) = match *what {
        "channel needs minutes per week" | "action needs minutes per week" => {
            (Some("minutes"), "should be more than 0 minutes a week")
        }
        "action serves no motive" => (Some("motives"), "should name at least one reason"),
        "action suits no stage" => (Some("stages"), "should name at least one stage"),
        "specialist channel names no field" => (
            Some("audiences"),
            "is empty, but the channel is marked specialist: name at least one field",
        ),
        "situation-only channel names no situation" => (
            Some("situations"),
            "is empty, but the channel is marked situation_only: name at least one situation",
        ),
        "channel both used and unavailable in a region" => (
            Some("regions"),
            "names a region that is also in unavailable; a region can be in only one of them",
        ),
        "a face-to-face step cannot need posting" => (
            Some("posting"),
            "should be 0: a face-to-face action without a channel cannot need posting",
        ),
        "scale item without a scale" => (Some("scale"), "is missing; a scale question needs one"),
        "split item without a total" => (
            Some("total"),
            "is missing or 0; a split question needs the number of points to share",
        ),
        "choice item without options" => {
            (Some("options"), "is empty; a choice question needs options")
        }
        "weight must be at least 1" => (Some("weight"), "should be a number from 1 to 5"),
        "motive items must be scale items in the why layer" => (
            None,
            "measures a reason (it has a motive), so it should be a scale question in the why part",
        ),
        "why-layer scale item without a motive" => (
            Some("motive"),
            "is missing; a scale question in the why part measures one of the three reasons",
        ),
        "behaviour items need both an activity and a mode" => {
            (None, "should have both an activity and a mode, or neither")
        }
        "only motive and habit items can be reverse-keyed" => (
            Some("reverse"),
            "can only be true for a question with a motive or a habit",
        ),
        "time option needs minutes" => (Some("value"), "should be the minutes a week, more than 0"),
        "comfort option needs a level" => (Some("value"), "should be a level from 0 to 3"),
        _ => return (None, plain(kind)),
    };
    (field, message.to_owned())
}

/// A plain sentence for a problem whose place says what it concerns.
fn plain(kind: &ProblemKind) -> String {
    match kind {
        ProblemKind::UnknownFormat(v) => format!("is format {v}, which this version of netwhy does not read"),
        ProblemKind::DuplicateId => "is used twice; each id in a list must be different".to_owned(),
        ProblemKind::UnknownReference(r) => format!("refers to “{r}”, which this pack does not have"),
        ProblemKind::MissingString => "is missing".to_owned(),
        ProblemKind::EmptyText => "is empty; write a text here".to_owned(),
        ProblemKind::TooFewItems(n) => format!("has {n} questions; it needs at least 4"),
        ProblemKind::NoReverseItem => "has no reverse-keyed question; it needs one".to_owned(),
        ProblemKind::OutOfRange(v, max) => format!("is {v}; it should be a number from 0 to {max}"),
        ProblemKind::LabelCount(p, n) => format!("has {n} labels for {p} points"),
        ProblemKind::Malformed("sharpen must be 1, 2 or 3") => "should be 1, 2 or 3".to_owned(),
        ProblemKind::Malformed("bands must fall from 100 or less") => {
            "should be three numbers, each lower than the one before, the first 100 or less"
                .to_owned()
        }
        ProblemKind::Malformed("wrong kind for its role") => {
            "is the wrong kind of question for its role: the platforms question is \"multi\", the others \"single\"".to_owned()
        }
        ProblemKind::Malformed("situation item must offer every situation") => {
            "should offer every situation as an option".to_owned()
        }
        ProblemKind::Malformed("stage item must offer every stage") => {
            "should offer every stage as an option".to_owned()
        }
        ProblemKind::Malformed(what) => sentence(what),
        ProblemKind::RoleCount(n) => format!("needs exactly one question; this pack has {n}"),
        ProblemKind::NoFaceToFaceAction => {
            "has no face-to-face action that fits the smallest time budget".to_owned()
        }
        ProblemKind::MissingMark(m) => format!("has lost the mark {{{m}}}"),
        ProblemKind::UnknownMark(m) => format!("has the mark {{{m}}}, which the app does not fill in"),
    }
}

/// A validation note this module has no words of its own for, as a sentence about the
/// thing at the place.
fn sentence(what: &str) -> String {
    format!("is not right: {what}")
}

/// `TimeBudget` as `time_budget`, as roles are written in a file.
fn snake(name: &str) -> String {
    let mut out = String::new();
    for (n, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if n > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}
