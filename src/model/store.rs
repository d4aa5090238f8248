//! The storage format: what netwhy keeps in the browser, as a versioned envelope
//! under one namespaced key, how it is decoded (migrating older formats, refusing
//! newer or broken ones with a reason) and how it is encoded.
//!
//! ```json
//! {"format":4,
//!  "current":{"content_format":2,"started":"2025-01-31T09:00:00.000Z",
//!             "updated":"2025-01-31T09:04:12.345Z",
//!             "answers":{"known_recognised":{"point":4},"priority_split":{"split":[5,3,2]}},
//!             "position":"known_stand_for"},
//!  "history":[],
//!  "room_nonce":31415926}
//! ```
//!
//! Pure: the browser adapter (`crate::storage`) reads and writes the text; nothing
//! here touches the browser. Data that cannot be read is never overwritten: the
//! adapter copies it under [`backup_key`] first.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::answers::Answers;
use super::content::FORMAT_VERSION as CONTENT_FORMAT;
use super::embedded::Content;
use super::history::Snapshot;
use super::pack::ContentTag;
use super::results::score;
use super::room::RoomSummary;

/// The key everything is stored under.
pub const KEY: &str = "netwhy";

/// Prefix of the keys that hold data set aside because it could not be read.
pub const BACKUP_PREFIX: &str = "netwhy.unreadable.";

/// The storage format this build writes.
pub const FORMAT: u32 = 4;

/// Everything stored on the device.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    /// The storage format version; always [`FORMAT`] after decoding.
    pub format: u32,
    /// The assessment in progress (or finished but not yet started over), if any.
    #[serde(default)]
    pub current: Option<Session>,
    /// Dated snapshots of completed assessments (see [`super::history`]).
    #[serde(default)]
    pub history: Vec<Snapshot>,
    /// The random number this device's room codes carry, drawn the first time a code
    /// is shown and kept, so showing the code again, or a retaken result's code, counts
    /// the same person once. A stored value that is not a number up to 2^32 − 1 reads as
    /// none (and a new one is drawn).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "or_none"
    )]
    pub room_nonce: Option<u32>,
}

/// Reads an optional field that must not stop the rest from loading: a value of the
/// wrong shape, or one its type refuses (a forged or damaged room link), reads as none.
pub(crate) fn or_none<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let value = Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).ok())
}

/// One assessment: the answers so far and where the person was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The content format the answers were given against.
    pub content_format: u32,
    /// When it was started (ISO 8601, UTC).
    pub started: String,
    /// When it last changed (ISO 8601, UTC).
    pub updated: String,
    /// The answers, by item id.
    #[serde(default)]
    pub answers: Answers,
    /// The id of the item the person was last on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// The `taken` time of the history snapshot this assessment's results were kept
    /// as, once the person has seen them complete (see [`Stored::record_completion`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
}

impl Session {
    /// A new, empty assessment started at `now`.
    pub fn start(now: &str) -> Session {
        Session {
            content_format: CONTENT_FORMAT,
            started: now.to_owned(),
            updated: now.to_owned(),
            answers: Answers::new(),
            position: None,
            snapshot: None,
        }
    }
}

impl Stored {
    /// Nothing stored yet, in the current format.
    pub fn new() -> Stored {
        Stored {
            format: FORMAT,
            current: None,
            history: Vec::new(),
            room_nonce: None,
        }
    }

    /// Keeps the results of the assessment in progress as a dated snapshot, if it is
    /// complete. Called whenever the person reaches the results, so it is idempotent:
    ///
    /// - the first time a complete session is seen, a snapshot taken `at` is added to
    ///   the history and the session remembers it;
    /// - later visits add nothing; if the answers were changed since, that snapshot is
    ///   brought up to date (it keeps its date, which is also its id);
    /// - if the person deleted that snapshot, it is not brought back.
    ///
    /// Returns whether anything changed. Retaking starts a new session, which gets a
    /// snapshot of its own.
    pub fn record_completion(&mut self, content: &Content, at: &str) -> bool {
        self.record_completion_with(content, None, at)
    }

    /// As [`Stored::record_completion`], with the content pack in use (none: the built-in
    /// content), which the snapshot records.
    pub fn record_completion_with(
        &mut self,
        content: &Content,
        tag: Option<&ContentTag>,
        at: &str,
    ) -> bool {
        let Some(session) = self.current.as_mut() else {
            return false;
        };
        if !session.answers.is_complete(content) {
            return false;
        }
        match &session.snapshot {
            None => {
                if self.history.iter().any(|s| s.taken == at) {
                    return false;
                }
                let results = score(content, &session.answers);
                let mut snapshot = Snapshot::new(at, session.answers.clone(), &results);
                snapshot.content = tag.cloned();
                self.history.push(snapshot);
                session.snapshot = Some(at.to_owned());
                true
            }
            Some(taken) => match self.history.iter_mut().find(|s| s.taken == *taken) {
                Some(snapshot) if snapshot.answers != session.answers => {
                    let results = score(content, &session.answers);
                    let room = snapshot.room.take();
                    *snapshot = Snapshot::new(taken.clone(), session.answers.clone(), &results);
                    snapshot.room = room;
                    snapshot.content = tag.cloned();
                    true
                }
                _ => false,
            },
        }
    }

    /// Removes the snapshot taken at `taken`; returns whether there was one.
    pub fn delete_snapshot(&mut self, taken: &str) -> bool {
        let before = self.history.len();
        self.history.retain(|s| s.taken != taken);
        self.history.len() != before
    }

    /// The nonce of this device's room codes: the one kept, or `drawn` (a random number
    /// the caller made), which is then kept. Returns the nonce and whether it was new
    /// (and so must be saved).
    pub fn room_nonce_or(&mut self, drawn: u32) -> (u32, bool) {
        match self.room_nonce {
            Some(kept) => (kept, false),
            None => {
                self.room_nonce = Some(drawn);
                (drawn, true)
            }
        }
    }

    /// Keeps a room with the latest result (the last snapshot of the history), replacing
    /// a room kept with it before. Returns the `taken` time of that result, or `None`
    /// when there is no result to keep it with or it already holds this room.
    pub fn keep_room(&mut self, room: RoomSummary) -> Option<String> {
        let latest = self.history.last_mut()?;
        if latest.room.as_ref() == Some(&room) {
            return None;
        }
        latest.room = Some(room);
        Some(latest.taken.clone())
    }

    /// Whether nothing at all is kept: no assessment and no history.
    pub fn is_empty(&self) -> bool {
        self.current.is_none() && self.history.is_empty()
    }
}

/// The result of reading stored text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decoded {
    /// It was in the current format.
    Read(Stored),
    /// It was in an older format and has been brought up to date.
    Migrated {
        /// The data in the current format.
        stored: Stored,
        /// The format it was stored in.
        from: u32,
    },
    /// It cannot be used; it must be set aside, not overwritten.
    Unreadable(Unreadable),
}

/// Why stored text cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// It is not JSON at all (the parser's message).
    NotJson(String),
    /// It is JSON, but not an object with a numeric `format`.
    NoFormat,
    /// It was written by a newer version of netwhy, in this format.
    Newer(u32),
    /// Its format is older than any this build can migrate.
    Unknown(u32),
    /// Its format is known, but the data does not have the expected shape.
    WrongShape(String),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NotJson(e) => write!(f, "not JSON: {e}"),
            Unreadable::NoFormat => f.write_str("no format version"),
            Unreadable::Newer(v) => write!(f, "format {v} is newer than {FORMAT}"),
            Unreadable::Unknown(v) => write!(f, "format {v} is not known"),
            Unreadable::WrongShape(e) => write!(f, "unexpected shape: {e}"),
        }
    }
}

/// One step of the migration chain: turns data of format `n` into format `n + 1`,
/// or says why it cannot.
pub type Migration = fn(Value) -> Result<Value, String>;

/// The migrations of this build: `MIGRATIONS[i]` turns format `FIRST_FORMAT + i`
/// into the next. Each step has fixtures of the older format under `tests/fixtures/`.
pub const MIGRATIONS: &[Migration] = &[format_1_to_2, format_2_to_3, format_3_to_4];

/// Statements of content format 1 that content format 2 replaced with new ones,
/// because they did not measure what they claimed (three reverse-keyed statements
/// that were not true reversals of their reason, and one that asked two things).
pub const REPLACED_IN_CONTENT_2: [&str; 4] = [
    "known_work_speaks",
    "equipped_figure_alone",
    "connected_few_enough",
    "habit_mass_invites",
];

/// Answers of content format 1 whose option now means something narrower: the
/// region "Asia-Pacific" became China, Japan, Korea, India and the rest of the region.
pub const NARROWED_IN_CONTENT_2: [(&str, &str); 1] = [("region", "asia_pacific")];

/// Format 1 to 2: the assessment in progress, answered against content format 1, loses
/// the answers whose meaning content format 2 changed (see [`REPLACED_IN_CONTENT_2`]
/// and [`NARROWED_IN_CONTENT_2`]), so those questions are asked again, and is marked as
/// answered against content format 2. Everything else is kept as it was; snapshots in
/// the history keep their answers and summary and say they were taken with format 1.
fn format_1_to_2(mut value: Value) -> Result<Value, String> {
    let root = value.as_object_mut().ok_or("not an object")?;
    if let Some(current) = root.get_mut("current").filter(|c| !c.is_null()) {
        let session = current.as_object_mut().ok_or("current is not an object")?;
        if session.get("content_format").and_then(Value::as_u64) == Some(1) {
            if let Some(answers) = session.get_mut("answers").and_then(Value::as_object_mut) {
                for id in REPLACED_IN_CONTENT_2 {
                    answers.remove(id);
                }
                for (item, option) in NARROWED_IN_CONTENT_2 {
                    let chosen = answers
                        .get(item)
                        .and_then(|a| a.get("choice"))
                        .and_then(Value::as_str);
                    if chosen == Some(option) {
                        answers.remove(item);
                    }
                }
            }
            let gone = session
                .get("position")
                .and_then(Value::as_str)
                .is_some_and(|p| REPLACED_IN_CONTENT_2.contains(&p));
            if gone {
                session.remove("position");
            }
            session.insert("content_format".into(), Value::from(2));
        }
    }
    root.insert("format".into(), Value::from(2));
    Ok(value)
}

/// Format 2 to 3: format 3 adds two optional fields, the nonce of the device's room codes
/// (`room_nonce`) and a room kept with a result (`history[].room`, a room link's
/// fragment). Data of format 2 has neither, so everything is kept as it was.
fn format_2_to_3(mut value: Value) -> Result<Value, String> {
    let root = value.as_object_mut().ok_or("not an object")?;
    root.insert("format".into(), Value::from(3));
    Ok(value)
}

/// Format 3 to 4: format 4 adds the content pack a result was taken with
/// (`history[].content`). Data of format 3 was all taken with the built-in content, which
/// that field leaves out, so everything is kept as it was.
fn format_3_to_4(mut value: Value) -> Result<Value, String> {
    let root = value.as_object_mut().ok_or("not an object")?;
    root.insert("format".into(), Value::from(4));
    Ok(value)
}

/// The first format whose migration changes nothing a person sees (it only adds
/// fields), so the app need not tell them their data was brought up to date.
pub const QUIET_FROM: u32 = 2;

/// The oldest format this build reads.
pub const FIRST_FORMAT: u32 = 1;

/// Reads stored text with this build's migrations.
pub fn decode(text: &str) -> Decoded {
    decode_with(text, FIRST_FORMAT, MIGRATIONS)
}

/// Reads stored text, migrating formats from `first` on through `steps`
/// (`steps[i]` turns format `first + i` into the next); the current format is
/// `first + steps.len()`. Extra fields the format does not name are ignored.
pub fn decode_with(text: &str, first: u32, steps: &[Migration]) -> Decoded {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return Decoded::Unreadable(Unreadable::NotJson(e.to_string())),
    };
    let Some(from) = format_of(&value) else {
        return Decoded::Unreadable(Unreadable::NoFormat);
    };
    let current = first + u32::try_from(steps.len()).unwrap_or(u32::MAX - first);
    if from > current {
        return Decoded::Unreadable(Unreadable::Newer(from));
    }
    if from < first {
        return Decoded::Unreadable(Unreadable::Unknown(from));
    }
    let mut value = value;
    for (i, step) in steps.iter().enumerate().skip((from - first) as usize) {
        value = match step(value) {
            Ok(v) => v,
            Err(e) => {
                let at = first + u32::try_from(i).unwrap_or(0);
                return Decoded::Unreadable(Unreadable::WrongShape(format!("format {at}: {e}")));
            }
        };
    }
    let mut stored: Stored = match serde_json::from_value(value) {
        Ok(s) => s,
        Err(e) => return Decoded::Unreadable(Unreadable::WrongShape(e.to_string())),
    };
    stored.format = current;
    if from == current {
        Decoded::Read(stored)
    } else {
        Decoded::Migrated { stored, from }
    }
}

fn format_of(value: &Value) -> Option<u32> {
    let n = value.as_object()?.get("format")?.as_u64()?;
    u32::try_from(n).ok()
}

/// The stored text of `stored`, in the current format.
pub fn encode(stored: &Stored) -> String {
    let mut out = stored.clone();
    out.format = FORMAT;
    // Plain structs, string keys and enums: serialising cannot fail.
    serde_json::to_string(&out).unwrap_or_default()
}

/// The key to set unreadable data aside under, made unique by the time it was
/// found (`at`, ISO 8601) and, if that is taken, by a counter (`attempt` ≥ 1).
pub fn backup_key(at: &str, attempt: u32) -> String {
    match attempt {
        0 | 1 => format!("{BACKUP_PREFIX}{at}"),
        n => format!("{BACKUP_PREFIX}{at}.{n}"),
    }
}
