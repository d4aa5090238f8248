//! The facilitator's count of the codes it was shown, kept on that device.
//!
//! Each nonce is counted once. The counts stay hidden until the facilitator reveals them,
//! and [`Tally::reveal`] refuses while fewer than [`MIN_REVEAL`] people are counted.
//!
//! Kept across reloads as JSON (shown indented; stored on one line):
//!
//! ```json
//! { "format": 1, "codes": ["4AK-B7H-6NM", "…"] }
//! ```
//!
//! - `format` is [`TALLY_FORMAT`]; another is refused.
//! - `codes` are the codes counted, in the order they came, each read again with
//!   [`RoomCode::parse`] when the tally is loaded: a stored tally is as good as the codes
//!   it was made from, and no better. At most [`MAX_PEOPLE`] of them.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::code::{CodeError, RoomCode};
use super::summary::RoomSummary;
use crate::model::priority::PerMotive;

/// Fewest people a room is shown for: with fewer, a person's band could be told from
/// the count.
pub const MIN_REVEAL: usize = 5;

/// Most people a tally counts (a large workshop, with room to spare).
pub const MAX_PEOPLE: usize = 500;

/// The format version of a stored tally.
pub const TALLY_FORMAT: u32 = 1;

/// Largest stored tally read, in bytes: [`MAX_PEOPLE`] codes of 14 bytes each with room
/// to spare.
pub const MAX_STORED_BYTES: usize = 16 * 1024;

/// The codes a facilitator has counted.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "Stored", try_from = "Stored")]
pub struct Tally {
    codes: Vec<RoomCode>,
}

/// What adding a code did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// It is a new person: counted.
    Added,
    /// A code with this nonce is already counted (the same code shown again, or the same
    /// person with a new result): nothing changed.
    AlreadyCounted,
}

/// Why a tally refused something. Nothing changes in any of these cases.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TallyError {
    /// [`MAX_PEOPLE`] people are counted already.
    Full,
    /// The code was made with other content (its content) than the codes counted so far
    /// (theirs): the two cannot be added up.
    OtherContent {
        /// The content of the codes counted.
        counted: u8,
        /// The content of the code refused.
        code: u8,
    },
    /// Fewer than [`MIN_REVEAL`] people are counted (that many): nothing is shown.
    TooFew(usize),
    /// A stored tally is larger than [`MAX_STORED_BYTES`] (its size), so it was not read.
    TooLarge(usize),
    /// A stored tally is not in the shape of one (the reason).
    Unreadable(String),
    /// A stored tally is of a format this app does not know.
    UnknownFormat(u32),
    /// A stored tally holds a code that does not read (its position and why).
    BadCode(usize, CodeError),
    /// A stored tally holds two codes with one nonce, codes of different content, or more
    /// than [`MAX_PEOPLE`] codes.
    Inconsistent,
}

impl fmt::Display for TallyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TallyError::Full => write!(f, "{MAX_PEOPLE} people are counted already"),
            TallyError::OtherContent { counted, code } => {
                write!(
                    f,
                    "a code of content {code} in a tally of content {counted}"
                )
            }
            TallyError::TooFew(n) => write!(f, "{n} people is fewer than {MIN_REVEAL}"),
            TallyError::TooLarge(n) => write!(f, "{n} bytes is more than {MAX_STORED_BYTES}"),
            TallyError::Unreadable(e) => write!(f, "not a stored tally: {e}"),
            TallyError::UnknownFormat(v) => write!(f, "tally format {v} is not known"),
            TallyError::BadCode(i, e) => write!(f, "code {}: {e}", i + 1),
            TallyError::Inconsistent => f.write_str("the stored codes do not go together"),
        }
    }
}

impl Tally {
    /// An empty tally.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// How many people are counted.
    pub fn people(&self) -> usize {
        self.codes.len()
    }

    /// Whether no one is counted yet.
    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The content of the codes counted, once there is one.
    pub fn content(&self) -> Option<u8> {
        self.codes.first().map(RoomCode::content)
    }

    /// Counts a code, unless its nonce is counted already.
    pub fn add(&mut self, code: RoomCode) -> Result<Added, TallyError> {
        if self.codes.iter().any(|c| c.nonce() == code.nonce()) {
            return Ok(Added::AlreadyCounted);
        }
        if let Some(counted) = self.content().filter(|&c| c != code.content()) {
            return Err(TallyError::OtherContent {
                counted,
                code: code.content(),
            });
        }
        if self.codes.len() >= MAX_PEOPLE {
            return Err(TallyError::Full);
        }
        self.codes.push(code);
        Ok(Added::Added)
    }

    /// The room, once at least [`MIN_REVEAL`] people are counted.
    pub fn reveal(&self) -> Result<RoomSummary, TallyError> {
        if self.codes.len() < MIN_REVEAL {
            return Err(TallyError::TooFew(self.codes.len()));
        }
        let mut main = [0u16; 8];
        let mut bands = PerMotive([[0u16; 3]; 3]);
        for code in &self.codes {
            main[code.main().index()] += 1;
            for (m, band) in code.bands().iter() {
                bands.0[m.index()][band.index()] += 1;
            }
        }
        let content = self.content().unwrap_or_default();
        // The counts add up by construction and stay within MAX_PEOPLE; the error is
        // passed on rather than assumed away.
        RoomSummary::new(content, main, bands).map_err(|_| TallyError::Inconsistent)
    }

    /// The text to keep on the facilitator's device (see the module documentation).
    pub fn to_stored(&self) -> String {
        serde_json::to_string(&Stored::from(self.clone())).unwrap_or_default()
    }

    /// Reads a tally kept by [`Tally::to_stored`].
    pub fn from_stored(text: &str) -> Result<Tally, TallyError> {
        if text.len() > MAX_STORED_BYTES {
            return Err(TallyError::TooLarge(text.len()));
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| TallyError::Unreadable(e.to_string()))?;
        match value.get("format").map(serde_json::Value::as_u64) {
            Some(Some(v)) if v == u64::from(TALLY_FORMAT) => {}
            Some(Some(v)) => return Err(TallyError::UnknownFormat(saturate(v))),
            _ => return Err(TallyError::Unreadable("no format".into())),
        }
        let stored: Stored =
            serde_json::from_value(value).map_err(|e| TallyError::Unreadable(e.to_string()))?;
        Tally::try_from(stored)
    }
}

fn saturate(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

/// The stored form of a tally.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    format: u32,
    codes: Vec<String>,
}

impl From<Tally> for Stored {
    fn from(tally: Tally) -> Stored {
        Stored {
            format: TALLY_FORMAT,
            codes: tally.codes.iter().map(RoomCode::to_text).collect(),
        }
    }
}

impl TryFrom<Stored> for Tally {
    type Error = TallyError;

    fn try_from(stored: Stored) -> Result<Tally, TallyError> {
        if stored.format != TALLY_FORMAT {
            return Err(TallyError::UnknownFormat(stored.format));
        }
        if stored.codes.len() > MAX_PEOPLE {
            return Err(TallyError::Inconsistent);
        }
        let mut tally = Tally::new();
        for (i, text) in stored.codes.iter().enumerate() {
            let code = RoomCode::parse(text).map_err(|e| TallyError::BadCode(i, e))?;
            match tally.add(code) {
                Ok(Added::Added) => {}
                _ => return Err(TallyError::Inconsistent),
            }
        }
        Ok(tally)
    }
}
