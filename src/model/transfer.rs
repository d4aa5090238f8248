//! The export file: everything netwhy keeps on a device, as one JSON file the person
//! can save, keep as a backup, and import on another device.
//!
//! The file is the storage envelope of [`super::store`] with two more fields, so it is
//! versioned by the storage `format` and goes through the same migrations (written on
//! one line; shown indented):
//!
//! ```json
//! {
//!   "app": "netwhy",
//!   "exported": "2026-11-26T09:30:00.000Z",
//!   "format": 2,
//!   "current": { "content_format": 2, "started": "…", "updated": "…",
//!                "answers": { "known_recognised": { "point": 4 } },
//!                "position": "known_stand_for", "snapshot": "…" },
//!   "history": [ { "taken": "2026-11-26T09:20:00.000Z", "content_format": 2,
//!                  "answers": { … }, "summary": { … } } ]
//! }
//! ```
//!
//! - `app` must be `"netwhy"`; anything else is not a netwhy file.
//! - `exported` is when the file was made (ISO 8601 UTC); informational.
//! - `format` is the storage format ([`super::store::FORMAT`]); older formats are
//!   migrated, newer ones refused.
//! - `current` (optional, may be `null`) is the assessment in progress, `history` the
//!   dated snapshots (see [`super::history`]).
//! - A file larger than [`MAX_BYTES`] is refused before it is read.
//!
//! Reading a file never changes anything: [`read`] gives the data or a typed
//! [`ImportError`], [`preview`] says what it holds, and [`apply`] merges it with what
//! is on the device or replaces it, as the person chose.

use std::fmt;

use serde_json::Value;

use super::date::{Date, UtcOffset};
use super::embedded::Content;
use super::store::{self, Decoded, Session, Stored, Unreadable};

/// The value of the `app` field.
pub const APP: &str = "netwhy";

/// The largest file accepted, in bytes (1 MiB: several hundred results).
pub const MAX_BYTES: usize = 1024 * 1024;

/// The export file's text for `stored`, made at `now` (ISO 8601 UTC): the stored text
/// of [`store::encode`] with `app` and `exported` put first. Reusing the storage
/// encoder keeps the file byte-for-byte the envelope the app stores, and adds no
/// second serialiser to the WebAssembly.
pub fn export(stored: &Stored, now: &str) -> String {
    let envelope = store::encode(stored);
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let head = format!("{{\"app\":{},\"exported\":{},", quoted(APP), quoted(now));
    match envelope.strip_prefix('{') {
        Some(rest) => head + rest,
        // `encode` always writes an object; this is never reached.
        None => envelope,
    }
}

/// A file name for an export made at `now`, with the day it is where the clocks are
/// `offset` ahead of UTC: `netwhy-2026-11-26.json`.
pub fn file_name(now: &str, offset: UtcOffset) -> String {
    match Date::local(now, offset) {
        Some(day) => format!("{APP}-{day}.json"),
        None => format!("{APP}.json"),
    }
}

/// Why a file cannot be imported. Nothing is changed in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// It is larger than [`MAX_BYTES`] (its size in bytes).
    TooLarge(usize),
    /// It is not JSON (the parser's message).
    NotJson(String),
    /// It is JSON, but not a netwhy export (no `"app": "netwhy"`).
    NotNetwhy,
    /// It is a content pack (it has a `"pack_format"`), which is loaded elsewhere.
    ContentPack,
    /// It was made by a newer version of netwhy, in this storage format.
    Newer(u32),
    /// It is a netwhy file of a format this version cannot read.
    Unknown(u32),
    /// It says it is a netwhy file, but its data has an unexpected shape.
    WrongShape(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge(n) => write!(f, "{n} bytes is more than {MAX_BYTES}"),
            ImportError::NotJson(e) => write!(f, "not JSON: {e}"),
            ImportError::NotNetwhy => f.write_str("not a netwhy export"),
            ImportError::ContentPack => f.write_str("a content pack, not an export"),
            ImportError::Newer(v) => write!(f, "format {v} is newer than {}", store::FORMAT),
            ImportError::Unknown(v) => write!(f, "format {v} is not known"),
            ImportError::WrongShape(e) => write!(f, "unexpected shape: {e}"),
        }
    }
}

/// A file that was read: its data in the current format, and when it was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The data, migrated to the current storage format.
    pub stored: Stored,
    /// The file's `exported` time, if it has a readable one.
    pub exported: Option<String>,
}

/// Reads an export file's text.
pub fn read(text: &str) -> Result<Imported, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson(e.to_string()))?;
    let fields = value.as_object().ok_or(ImportError::NotNetwhy)?;
    if fields.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(if fields.contains_key("pack_format") {
            ImportError::ContentPack
        } else {
            ImportError::NotNetwhy
        });
    }
    let exported = fields
        .get("exported")
        .and_then(Value::as_str)
        .filter(|t| Date::parse(t).is_some())
        .map(str::to_owned);
    let stored = match store::decode(text) {
        Decoded::Read(stored) | Decoded::Migrated { stored, .. } => stored,
        Decoded::Unreadable(reason) => {
            return Err(match reason {
                Unreadable::NotJson(e) => ImportError::NotJson(e),
                Unreadable::NoFormat => ImportError::WrongShape("no format version".into()),
                Unreadable::Newer(v) => ImportError::Newer(v),
                Unreadable::Unknown(v) => ImportError::Unknown(v),
                Unreadable::WrongShape(e) => ImportError::WrongShape(e),
            })
        }
    };
    if let Some(bad) = stored
        .history
        .iter()
        .find(|s| Date::parse(&s.taken).is_none())
    {
        return Err(ImportError::WrongShape(format!(
            "a result dated {:?}",
            bad.taken
        )));
    }
    let mut stored = stored;
    stored.history = sorted_unique(stored.history);
    Ok(Imported { stored, exported })
}

/// What a file holds, for the person to check before importing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// How many past results it has.
    pub snapshots: usize,
    /// The day of the earliest result (in the person's time zone).
    pub first: Option<Date>,
    /// The day of the latest result (in the person's time zone).
    pub last: Option<Date>,
    /// The assessment in progress, if it has one with at least one answer.
    pub session: Option<SessionPreview>,
}

/// The assessment in progress in a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionPreview {
    /// Questions answered.
    pub answered: usize,
    /// Questions in all.
    pub total: usize,
    /// Whether every question is answered (the answers behind the latest result).
    pub complete: bool,
    /// The day it last changed (in the person's time zone).
    pub updated: Option<Date>,
}

/// What `stored` holds, with its days as they are where the clocks are `offset_at(moment)`
/// ahead of UTC at each moment (the offset can change with daylight saving time).
pub fn preview(
    content: &Content,
    stored: &Stored,
    offset_at: impl Fn(&str) -> UtcOffset,
) -> Preview {
    let day = |stamp: &str| Date::local(stamp, offset_at(stamp));
    let days: Vec<Date> = stored
        .history
        .iter()
        .filter_map(|s| day(&s.taken))
        .collect();
    let session = stored
        .current
        .as_ref()
        .filter(|s| s.answers.iter().next().is_some())
        .map(|s| SessionPreview {
            answered: s.answers.answered(content).len(),
            total: content.items().len(),
            complete: s.answers.is_complete(content),
            updated: day(&s.updated),
        });
    Preview {
        snapshots: stored.history.len(),
        first: days.iter().min().copied(),
        last: days.iter().max().copied(),
        session,
    }
}

/// How an imported file is combined with what is on the device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Keep both histories (without duplicates) and the more recent assessment in
    /// progress.
    Merge,
    /// Replace everything on the device with the file.
    Replace,
}

/// What the device holds after importing `incoming` over `local` in `mode`.
pub fn apply(mode: Mode, local: &Stored, incoming: &Stored) -> Stored {
    match mode {
        Mode::Replace => {
            let mut out = incoming.clone();
            out.format = store::FORMAT;
            out
        }
        Mode::Merge => merge(local, incoming),
    }
}

/// Both histories, each result once (by its date, which is its id; the device's copy
/// wins a tie), oldest first; whichever assessment in progress changed last (the
/// device's on a tie); and the device's room nonce, or the file's if it has none.
pub fn merge(local: &Stored, incoming: &Stored) -> Stored {
    let history = local
        .history
        .iter()
        .chain(&incoming.history)
        .cloned()
        .collect();
    Stored {
        format: store::FORMAT,
        current: newer_session(local.current.as_ref(), incoming.current.as_ref()).cloned(),
        history: sorted_unique(history),
        room_nonce: local.room_nonce.or(incoming.room_nonce),
    }
}

fn newer_session<'a>(
    local: Option<&'a Session>,
    incoming: Option<&'a Session>,
) -> Option<&'a Session> {
    match (local, incoming) {
        (Some(l), Some(i)) if i.updated > l.updated => Some(i),
        (Some(l), _) => Some(l),
        (None, i) => i,
    }
}

/// Sorts snapshots by date and keeps the first of each date.
fn sorted_unique(mut history: Vec<super::history::Snapshot>) -> Vec<super::history::Snapshot> {
    // A stable sort keeps the first copy of a date ahead of later ones.
    history.sort_by(|a, b| a.taken.cmp(&b.taken));
    history.dedup_by(|later, earlier| later.taken == earlier.taken);
    history
}
