//! The room's picture, counts only, and the text it travels in behind the `#` of a room
//! link.
//!
//! The fragment is [`FRAGMENT_LENGTH`] symbols of [`super::ALPHABET`], capital letters
//! and digits only, so it is safe in a URL fragment and in a QR code:
//!
//! | symbols | what |
//! |---|---|
//! | 1 | format version, [`FRAGMENT_VERSION`] |
//! | 1 | content (0 for the built-in content; up to 7) |
//! | 2 | people counted (10 bits, most significant symbol first) |
//! | 16 | people per main reason, two symbols each, in [`MainReason::ALL`] order |
//! | 18 | people per reason and band, two symbols each: known low, middle, high, then equipped, then connected |
//! | 7 | CRC-32 of the 38 symbols before it as text, in 35 bits (the top three zero) |
//!
//! The CRC-32 catches a link that was cut, mistyped or damaged on the way. It does not
//! stop anyone making up counts and the CRC that goes with them: a room link shows what
//! someone says the room was, and is read as such. Links with fewer than [`MIN_REVEAL`]
//! or more than [`MAX_PEOPLE`] people, or counts that do not add up, are refused.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::alphabet::{crc32, symbol, value_exact};
use super::code::{MainReason, ScoreBand};
use super::tally::{MAX_PEOPLE, MIN_REVEAL};
use crate::model::priority::PerMotive;
use crate::model::vocab::Motive;

/// The format version of a room link's fragment.
pub const FRAGMENT_VERSION: u8 = 1;

/// Symbols in a fragment of this version.
pub const FRAGMENT_LENGTH: usize = 45;

/// Longest input [`RoomSummary::from_fragment`] reads, in bytes; anything longer is
/// refused unread.
pub const MAX_FRAGMENT_INPUT: usize = 200;

const PAYLOAD: usize = 38;
const MAX_CONTENT: u8 = 7;

/// How many people in a room have each main reason and each reason in each band.
///
/// It holds counts only, never a nonce or a code. A summary always has between
/// [`MIN_REVEAL`] and [`MAX_PEOPLE`] people, and its counts add up: the main reasons to
/// the people, and each reason's bands to the people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct RoomSummary {
    content: u8,
    people: u16,
    main: [u16; 8],
    bands: PerMotive<[u16; 3]>,
}

/// Why a room link's fragment is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentError {
    /// There is nothing in it.
    Empty,
    /// It is longer than [`MAX_FRAGMENT_INPUT`] bytes (its length), so it was not read.
    TooLong(usize),
    /// This character is not in a room link (the first one found).
    WrongCharacter(char),
    /// It is of a format version this app does not know (a newer app's link, or damage
    /// to its first character).
    UnknownVersion(u8),
    /// It has this many characters, not [`FRAGMENT_LENGTH`]: cut short or run on.
    WrongLength(usize),
    /// The checksum does not match: the link was damaged on the way.
    WrongCheck,
    /// It counts fewer than [`MIN_REVEAL`] people (that many), too few to show.
    TooFew(u16),
    /// It counts more than [`MAX_PEOPLE`] people (that many).
    TooMany(u16),
    /// Its counts do not add up, or it names an unknown content.
    Inconsistent,
}

impl fmt::Display for FragmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FragmentError::Empty => f.write_str("no room data"),
            FragmentError::TooLong(n) => {
                write!(f, "{n} bytes is longer than {MAX_FRAGMENT_INPUT}")
            }
            FragmentError::WrongCharacter(c) => write!(f, "{c:?} is not in a room link"),
            FragmentError::UnknownVersion(v) => write!(f, "room link version {v} is not known"),
            FragmentError::WrongLength(n) => {
                write!(f, "{n} characters, not {FRAGMENT_LENGTH}")
            }
            FragmentError::WrongCheck => f.write_str("the room link is damaged"),
            FragmentError::TooFew(n) => write!(f, "{n} people is fewer than {MIN_REVEAL}"),
            FragmentError::TooMany(n) => write!(f, "{n} people is more than {MAX_PEOPLE}"),
            FragmentError::Inconsistent => f.write_str("the room's counts do not add up"),
        }
    }
}

impl RoomSummary {
    /// A summary of these counts: people per main reason in [`MainReason::ALL`] order, and
    /// per reason (in [`Motive::ALL`] order) per band (in [`ScoreBand::ALL`] order).
    /// Refused unless the counts add up to the same number of people, from
    /// [`MIN_REVEAL`] to [`MAX_PEOPLE`], and the content is 0–7.
    pub fn new(
        content: u8,
        main: [u16; 8],
        bands: PerMotive<[u16; 3]>,
    ) -> Result<RoomSummary, FragmentError> {
        let total: u32 = main.iter().map(|&n| u32::from(n)).sum();
        let people = u16::try_from(total).unwrap_or(u16::MAX);
        if usize::from(people) < MIN_REVEAL {
            return Err(FragmentError::TooFew(people));
        }
        if usize::from(people) > MAX_PEOPLE {
            return Err(FragmentError::TooMany(people));
        }
        let adds_up = bands
            .0
            .iter()
            .all(|b| b.iter().map(|&n| u32::from(n)).sum::<u32>() == total);
        if !adds_up || content > MAX_CONTENT {
            return Err(FragmentError::Inconsistent);
        }
        Ok(RoomSummary {
            content,
            people,
            main,
            bands,
        })
    }

    /// How many people were counted.
    pub fn people(&self) -> u16 {
        self.people
    }

    /// The content the codes came from ([`super::BUILT_IN_CONTENT`] for the app's own).
    pub fn content(&self) -> u8 {
        self.content
    }

    /// How many people have this main reason.
    pub fn main(&self, reason: MainReason) -> u16 {
        self.main.get(reason.index()).copied().unwrap_or(0)
    }

    /// How many people name this motive among their main reasons, alone or jointly.
    pub fn naming(&self, motive: Motive) -> u16 {
        MainReason::ALL
            .into_iter()
            .filter(|r| r.motives().contains(&motive))
            .map(|r| self.main(r))
            .sum()
    }

    /// The most common main reasons (more than one on a tie).
    pub fn most_common(&self) -> Vec<MainReason> {
        let best = self.main.iter().copied().max().unwrap_or(0);
        MainReason::ALL
            .into_iter()
            .filter(|&r| self.main(r) == best)
            .collect()
    }

    /// How many people have this reason in each band, in [`ScoreBand::ALL`] order.
    pub fn bands(&self, motive: Motive) -> [u16; 3] {
        self.bands.get(motive)
    }

    /// How many people have this reason in this band.
    pub fn band(&self, motive: Motive, band: ScoreBand) -> u16 {
        self.bands(motive)[band.index()]
    }

    /// The text for a room link's fragment (without the `#`).
    pub fn to_fragment(&self) -> String {
        let mut values = Vec::with_capacity(FRAGMENT_LENGTH);
        values.push(FRAGMENT_VERSION);
        values.push(self.content);
        let counts = std::iter::once(self.people)
            .chain(self.main)
            .chain(self.bands.0.into_iter().flatten());
        for n in counts {
            values.push((n >> 5 & 31) as u8);
            values.push((n & 31) as u8);
        }
        let mut text: String = values.into_iter().map(symbol).collect();
        let crc = u64::from(crc32(text.as_bytes()));
        for i in (0..7).rev() {
            text.push(symbol((crc >> (5 * i) & 31) as u8));
        }
        text
    }

    /// Reads a room link's fragment (without the `#`), exactly as [`Self::to_fragment`]
    /// wrote it (a browser's percent-encoding of it is not undone: no room link needs it).
    pub fn from_fragment(text: &str) -> Result<RoomSummary, FragmentError> {
        if text.len() > MAX_FRAGMENT_INPUT {
            return Err(FragmentError::TooLong(text.len()));
        }
        let mut values = Vec::with_capacity(FRAGMENT_LENGTH);
        for (at, c) in text.char_indices() {
            // A browser writes a character a link cannot hold as `%` and its bytes: the
            // character is named, not the `%`.
            let named = || percent_decoded(&text[at..]).unwrap_or(c);
            values.push(value_exact(c).ok_or_else(|| FragmentError::WrongCharacter(named()))?);
        }
        match values.first() {
            None => return Err(FragmentError::Empty),
            Some(&v) if v != FRAGMENT_VERSION => return Err(FragmentError::UnknownVersion(v)),
            Some(_) => {}
        }
        if values.len() != FRAGMENT_LENGTH {
            return Err(FragmentError::WrongLength(values.len()));
        }
        let (payload, check) = values.split_at(PAYLOAD);
        let written = check.iter().fold(0u64, |acc, &v| acc << 5 | u64::from(v));
        let crc = text.get(..PAYLOAD).map(|p| crc32(p.as_bytes()));
        if crc.map(u64::from) != Some(written) {
            return Err(FragmentError::WrongCheck);
        }
        let counts: Vec<u16> = payload
            .get(2..)
            .unwrap_or_default()
            .chunks_exact(2)
            .map(|pair| u16::from(pair[0]) << 5 | u16::from(pair[1]))
            .collect();
        let (people, rest) = counts.split_first().ok_or(FragmentError::Inconsistent)?;
        let main: [u16; 8] = rest
            .get(..8)
            .and_then(|m| m.try_into().ok())
            .ok_or(FragmentError::Inconsistent)?;
        let band =
            |m: usize| -> Option<[u16; 3]> { rest.get(8 + 3 * m..11 + 3 * m)?.try_into().ok() };
        let bands = match (band(0), band(1), band(2)) {
            (Some(k), Some(e), Some(c)) => PerMotive([k, e, c]),
            _ => return Err(FragmentError::Inconsistent),
        };
        let summary = RoomSummary::new(payload[1], main, bands)?;
        if summary.people != *people {
            return Err(FragmentError::Inconsistent);
        }
        Ok(summary)
    }
}

impl From<RoomSummary> for String {
    fn from(summary: RoomSummary) -> String {
        summary.to_fragment()
    }
}

impl TryFrom<String> for RoomSummary {
    type Error = FragmentError;

    fn try_from(text: String) -> Result<RoomSummary, FragmentError> {
        RoomSummary::from_fragment(&text)
    }
}

/// The character whose UTF-8 bytes `text` starts with, written as `%XX` each (`%3C` for
/// `<`), if it does.
fn percent_decoded(text: &str) -> Option<char> {
    let mut bytes = Vec::with_capacity(4);
    let mut rest = text;
    while bytes.len() < 4 {
        let Some(hex) = rest.strip_prefix('%').and_then(|r| r.get(..2)) else {
            break;
        };
        bytes.push(u8::from_str_radix(hex, 16).ok()?);
        rest = &rest[3..];
        if let Ok(decoded) = std::str::from_utf8(&bytes) {
            return decoded.chars().next();
        }
    }
    None
}
