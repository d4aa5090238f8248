//! Builders shared by the model tests: answers for a described person. The people and the
//! questions each field answers come from `tests/personas.toml`, which the end-to-end tests
//! read too.

#![allow(dead_code)]

pub mod cases;

use std::sync::OnceLock;

use netwhy::model::{AnswerValue, Answers, Content, Motive};
use serde::Deserialize;

/// How strongly a person endorses a motive; each maps to raw answers on the four
/// statements (the reverse-keyed one last), as the table's `[levels]` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    High,
    Mid,
    Low,
}

impl Level {
    fn points(self) -> [u8; 4] {
        let levels = &table().levels;
        match self {
            Level::High => levels.high,
            Level::Mid => levels.mid,
            Level::Low => levels.low,
        }
    }
}

/// A described person; every field maps to answers.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Persona {
    pub name: String,
    pub motives: [Level; 3],
    pub split: [u8; 3],
    /// build online, build f2f, maintain online, maintain f2f, use online, use f2f
    pub behaviour: [u8; 6],
    /// show interest, stay in touch, known first, accept all (reverse), cold invites (reverse)
    pub habits: [u8; 5],
    pub situation: String,
    pub time: String,
    pub privacy: String,
    pub posting: String,
    pub strangers: String,
    pub stage: String,
    pub region: String,
    pub audience: String,
    pub platforms: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Levels {
    high: [u8; 4],
    mid: [u8; 4],
    low: [u8; 4],
}

/// The question each field answers.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Questions {
    split: String,
    behaviour: [String; 6],
    habits: [String; 5],
    situation: String,
    time: String,
    privacy: String,
    posting: String,
    strangers: String,
    stage: String,
    region: String,
    audience: String,
    platforms: String,
}

/// What a persona is expected to get.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Expect {
    pub top: Vec<Motive>,
    pub within: Vec<String>,
    pub outside: Vec<String>,
}

#[derive(Debug)]
pub(crate) struct Table {
    levels: Levels,
    questions: Questions,
    base: toml::Table,
    pub people: Vec<(Persona, Expect)>,
}

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/personas.toml");

/// The persona table, read once.
pub(crate) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let text = std::fs::read_to_string(PATH).unwrap_or_else(|e| panic!("{PATH}: {e}"));
        let mut doc: toml::Table = text.parse().unwrap_or_else(|e| panic!("{PATH}: {e}"));
        let mut take = |key: &str| {
            doc.remove(key)
                .unwrap_or_else(|| panic!("{PATH} has no {key}"))
        };
        let levels = take("levels").try_into().expect("[levels]");
        let questions = take("questions").try_into().expect("[questions]");
        let base = match take("base") {
            toml::Value::Table(t) => t,
            other => panic!("[base] is not a table: {other}"),
        };
        let toml::Value::Array(entries) = take("persona") else {
            panic!("{PATH}: [[persona]] is not a list")
        };
        assert!(
            doc.is_empty(),
            "{PATH}: unknown keys {:?}",
            doc.keys().collect::<Vec<_>>()
        );
        let people = entries
            .into_iter()
            .map(|entry| {
                let toml::Value::Table(mut fields) = entry else {
                    panic!("{PATH}: a [[persona]] is not a table")
                };
                let name = fields.get("name").cloned();
                let expect = fields
                    .remove("expect")
                    .unwrap_or_else(|| panic!("{name:?} has no expect"));
                let expect: Expect = expect
                    .try_into()
                    .unwrap_or_else(|e| panic!("{name:?}: expect: {e}"));
                let mut merged = base.clone();
                merged.extend(fields);
                let persona: Persona = toml::Value::Table(merged)
                    .try_into()
                    .unwrap_or_else(|e| panic!("{name:?}: {e}"));
                (persona, expect)
            })
            .collect();
        Table {
            levels,
            questions,
            base,
            people,
        }
    })
}

impl Persona {
    /// A neutral starting point (the table's `[base]`) to override field by field.
    pub fn base(name: &str) -> Persona {
        let mut fields = table().base.clone();
        fields.insert("name".into(), toml::Value::String(name.into()));
        toml::Value::Table(fields).try_into().expect("[base]")
    }

    pub fn answers(&self) -> Answers {
        let c = Content::embedded();
        let q = &table().questions;
        let mut a = Answers::new();
        for m in Motive::ALL {
            let points = self.motives[m.index()].points();
            let items = c.items().iter().filter(|i| i.motive == Some(m));
            for (item, p) in items.zip(points) {
                a.set(item.id.clone(), AnswerValue::Point(p));
            }
        }
        a.set(q.split.as_str(), AnswerValue::Split(self.split));
        for (id, p) in q.behaviour.iter().zip(self.behaviour) {
            a.set(id.as_str(), AnswerValue::Point(p));
        }
        for (id, p) in q.habits.iter().zip(self.habits) {
            a.set(id.as_str(), AnswerValue::Point(p));
        }
        let choices = [
            (&q.situation, &self.situation),
            (&q.time, &self.time),
            (&q.privacy, &self.privacy),
            (&q.posting, &self.posting),
            (&q.strangers, &self.strangers),
            (&q.stage, &self.stage),
            (&q.region, &self.region),
            (&q.audience, &self.audience),
        ];
        for (id, value) in choices {
            a.set(id.as_str(), AnswerValue::Choice(value.clone()));
        }
        a.set(
            q.platforms.as_str(),
            AnswerValue::Choices(self.platforms.clone()),
        );
        a
    }
}
