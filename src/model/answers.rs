//! [`Answers`]: what the person has answered so far, keyed by stable item id, and
//! helpers for progress and completeness. This type is stored on the device, so its
//! serialised form is part of the storage format.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::Item;
use super::embedded::Content;
use super::vocab::{ItemKind, Motive};

/// One answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerValue {
    /// A point on the item's scale, `1..=points` (1 is the first label).
    Point(u8),
    /// The id of the chosen option of a single-choice item.
    Choice(String),
    /// The ids of the chosen options of a multi-choice item (may be empty).
    Choices(Vec<String>),
    /// Points given to known, equipped and connected, summing to the item's total.
    Split([u8; 3]),
}

/// All answers given so far, by item id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers {
    values: BTreeMap<String, AnswerValue>,
}

/// How far through the questionnaire the person is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Required items with a valid answer.
    pub answered: usize,
    /// Required items in all.
    pub required: usize,
}

impl Progress {
    /// Whole percent done, 0–100.
    pub fn percent(self) -> u8 {
        if self.required == 0 {
            return 100;
        }
        // answered <= required, so the quotient is at most 100.
        u8::try_from(self.answered * 100 / self.required).unwrap_or(100)
    }
}

/// Whether an item must be answered before results are shown (everything except
/// multi-choice items, where choosing nothing is a valid answer).
pub fn is_required(item: &Item) -> bool {
    item.kind != ItemKind::Multi
}

/// The points of a split after one press of a stepper: `delta` points more (or fewer) for
/// `motive`, counted from the split as it is now (`None`: no points yet), so that presses
/// in quick succession each count. A press never gives out more than `total` points in all
/// nor takes a motive below zero; `None` when it changes nothing.
pub fn stepped_split(
    current: Option<[u8; 3]>,
    total: u8,
    motive: Motive,
    delta: i8,
) -> Option<[u8; 3]> {
    let mut points = current.unwrap_or([0; 3]);
    let used = points.iter().fold(0u8, |sum, p| sum.saturating_add(*p));
    let left = total.saturating_sub(used);
    let i = motive.index();
    let before = points[i];
    points[i] = if delta >= 0 {
        before.saturating_add(delta.unsigned_abs().min(left))
    } else {
        before.saturating_sub(delta.unsigned_abs())
    };
    (points[i] != before).then_some(points)
}

impl Answers {
    /// No answers yet.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// Records (or replaces) the answer to an item.
    pub fn set(&mut self, item: impl Into<String>, value: AnswerValue) {
        self.values.insert(item.into(), value);
    }

    /// Removes the answer to an item.
    pub fn clear(&mut self, item: &str) {
        self.values.remove(item);
    }

    /// The stored answer to an item, valid or not.
    pub fn get(&self, item: &str) -> Option<&AnswerValue> {
        self.values.get(item)
    }

    /// Every stored answer, by item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &AnswerValue)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The scale point answered, if the answer is a point.
    pub fn point(&self, item: &str) -> Option<u8> {
        match self.get(item)? {
            AnswerValue::Point(p) => Some(*p),
            _ => None,
        }
    }

    /// The option chosen, if the answer is a single choice.
    pub fn choice(&self, item: &str) -> Option<&str> {
        match self.get(item)? {
            AnswerValue::Choice(c) => Some(c),
            _ => None,
        }
    }

    /// The options chosen, if the answer is a multi choice (else empty).
    pub fn choices(&self, item: &str) -> &[String] {
        match self.get(item) {
            Some(AnswerValue::Choices(c)) => c,
            _ => &[],
        }
    }

    /// The point split, if answered.
    pub fn split(&self, item: &str) -> Option<[u8; 3]> {
        match self.get(item)? {
            AnswerValue::Split(s) => Some(*s),
            _ => None,
        }
    }

    /// Whether the item has an answer of the right kind and in range.
    pub fn is_answered(&self, content: &Content, item: &Item) -> bool {
        let has = |id: &String| item.options.iter().any(|o| &o.id == id);
        match (item.kind, self.get(&item.id)) {
            (ItemKind::Scale, Some(AnswerValue::Point(p))) => content
                .scale_of(item)
                .is_some_and(|s| (1..=s.points).contains(p)),
            (ItemKind::Single, Some(AnswerValue::Choice(c))) => has(c),
            (ItemKind::Multi, Some(AnswerValue::Choices(cs))) => cs.iter().all(has),
            (ItemKind::Split, Some(AnswerValue::Split(s))) => {
                let sum: u16 = s.iter().map(|&v| u16::from(v)).sum();
                item.total.is_some_and(|t| sum == u16::from(t))
            }
            _ => false,
        }
    }

    /// Ids of the items with a valid answer, in questionnaire order.
    pub fn answered<'c>(&self, content: &'c Content) -> Vec<&'c str> {
        let items = content.items().iter();
        items
            .filter(|i| self.is_answered(content, i))
            .map(|i| i.id.as_str())
            .collect()
    }

    /// Ids of the required items still without a valid answer, in questionnaire order.
    pub fn missing<'c>(&self, content: &'c Content) -> Vec<&'c str> {
        let items = content.items().iter();
        items
            .filter(|i| is_required(i) && !self.is_answered(content, i))
            .map(|i| i.id.as_str())
            .collect()
    }

    /// Progress through the required items.
    pub fn progress(&self, content: &Content) -> Progress {
        let required: Vec<&Item> = content.items().iter().filter(|i| is_required(i)).collect();
        let answered = required
            .iter()
            .filter(|i| self.is_answered(content, i))
            .count();
        Progress {
            answered,
            required: required.len(),
        }
    }

    /// Whether every required item has a valid answer.
    pub fn is_complete(&self, content: &Content) -> bool {
        self.missing(content).is_empty()
    }
}
