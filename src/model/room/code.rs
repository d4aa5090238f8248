//! The room code a participant shows: the coarse result in nine characters.
//!
//! The code is 40 bits in eight symbols of [`super::ALPHABET`], most significant first,
//! then one check symbol, written in groups of three: `4AK-B7H-6NM`.
//!
//! | bits | what |
//! |---|---|
//! | 3 | format version, [`CODE_VERSION`] |
//! | 3 | content: 0 for the content built into the app ([`BUILT_IN_CONTENT`]); 1–7 kept for content packs |
//! | 5 | the three bands, `known · 9 + equipped · 3 + connected` with low 0, middle 1, high 2 (27 and up is impossible) |
//! | 3 | the main reason: bit 0 known, bit 1 equipped, bit 2 connected; none set is "none strong" |
//! | 26 | the nonce |
//!
//! The check symbol makes the sum of the nine values, each weighted by its own power of x,
//! zero in GF(32) (x⁵ = x² + 1), so a single mistyped character or two swapped neighbours
//! are always caught. Every version
//! keeps the alphabet, the nine characters and the check; the version sits in the first
//! character, so a code from a newer app is told apart from a mistyped one.
//!
//! The channel at the top of the list is not carried: the content has no coarse kind of
//! channel to put in a few bits, and the name of a channel would say more than a band.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::alphabet::{check_value, symbol, value_forgiving, weighted_sum};
use crate::model::priority::PerMotive;
use crate::model::results::Results;
use crate::model::vocab::Motive;

/// The format version a code of this build carries.
pub const CODE_VERSION: u8 = 1;

/// The content value of a code made with the content built into the app.
pub const BUILT_IN_CONTENT: u8 = 0;

/// Characters in a code, without the dashes: eight of data and the check character.
pub const CODE_LENGTH: usize = 9;

/// Longest input [`RoomCode::parse`] reads, in bytes; anything longer is refused unread.
/// Room for a code with a space or dash between every character, and some to spare.
pub const MAX_CODE_INPUT: usize = 40;

/// Bits of the nonce a code keeps (the low bits of the one it is given).
pub const NONCE_BITS: u32 = 26;

/// Lowest motive score (0–100) in the middle band.
pub const MIDDLE_FROM: u8 = 40;

/// Lowest motive score (0–100) in the high band.
pub const HIGH_FROM: u8 = 70;

const DATA_LENGTH: usize = CODE_LENGTH - 1;
const NONCE_MASK: u32 = (1 << NONCE_BITS) - 1;
const MAX_CONTENT: u8 = 7;

/// How much a reason matters to someone, coarsely: the band of its motive score.
///
/// The thresholds are part of the code format, not of the content, so a band means the
/// same on every device whatever content it runs: low below [`MIDDLE_FROM`], middle below
/// [`HIGH_FROM`], high from it. A reason counts as strong from 50 in the built-in content,
/// inside the middle band.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ScoreBand {
    /// A motive score below [`MIDDLE_FROM`].
    Low,
    /// A motive score from [`MIDDLE_FROM`] to below [`HIGH_FROM`].
    Middle,
    /// A motive score of [`HIGH_FROM`] or more.
    High,
}

impl ScoreBand {
    /// All bands, lowest first (the order of every per-band count).
    pub const ALL: [ScoreBand; 3] = [ScoreBand::Low, ScoreBand::Middle, ScoreBand::High];

    /// The band of a motive score (0–100).
    pub fn of(score: u8) -> ScoreBand {
        if score >= HIGH_FROM {
            ScoreBand::High
        } else if score >= MIDDLE_FROM {
            ScoreBand::Middle
        } else {
            ScoreBand::Low
        }
    }

    /// Position in [`ScoreBand::ALL`].
    pub fn index(self) -> usize {
        match self {
            ScoreBand::Low => 0,
            ScoreBand::Middle => 1,
            ScoreBand::High => 2,
        }
    }

    /// The stable id used in exports and string tables.
    pub fn id(self) -> &'static str {
        match self {
            ScoreBand::Low => "low",
            ScoreBand::Middle => "middle",
            ScoreBand::High => "high",
        }
    }

    fn from_index(i: u8) -> Option<ScoreBand> {
        ScoreBand::ALL.get(usize::from(i)).copied()
    }
}

/// The main reason a code carries: one reason, two or three joint reasons, or none strong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MainReason {
    /// To become better known.
    Known,
    /// To become better equipped.
    Equipped,
    /// To become better connected.
    Connected,
    /// Known and equipped, jointly.
    KnownEquipped,
    /// Known and connected, jointly.
    KnownConnected,
    /// Equipped and connected, jointly.
    EquippedConnected,
    /// All three, jointly.
    AllThree,
    /// No reason is strong now.
    NoneStrong,
}

impl MainReason {
    /// Every main reason, in the order of every per-reason count: single reasons, joint
    /// ones, none strong.
    pub const ALL: [MainReason; 8] = [
        MainReason::Known,
        MainReason::Equipped,
        MainReason::Connected,
        MainReason::KnownEquipped,
        MainReason::KnownConnected,
        MainReason::EquippedConnected,
        MainReason::AllThree,
        MainReason::NoneStrong,
    ];

    /// The main reason of a result: none strong when no reason is strong
    /// (`priorities.none_strong`), otherwise the top or joint top motives
    /// (`priorities.top`; none strong as well if that were ever empty).
    pub fn of(results: &Results) -> MainReason {
        if results.priorities.none_strong {
            MainReason::NoneStrong
        } else {
            MainReason::of_motives(&results.priorities.top)
        }
    }

    /// The main reason that names these motives (in any order; none: none strong).
    pub fn of_motives(motives: &[Motive]) -> MainReason {
        let mask = motives.iter().fold(0, |m, &motive| m | bit(motive));
        MainReason::from_mask(mask)
    }

    /// The motives it names, in [`Motive::ALL`] order (none for none strong).
    pub fn motives(self) -> Vec<Motive> {
        let mask = self.mask();
        Motive::ALL
            .into_iter()
            .filter(|&m| mask & bit(m) != 0)
            .collect()
    }

    /// Whether it names more than one reason.
    pub fn is_joint(self) -> bool {
        self.motives().len() > 1
    }

    /// Position in [`MainReason::ALL`].
    pub fn index(self) -> usize {
        MainReason::ALL.iter().position(|&r| r == self).unwrap_or(0)
    }

    /// The stable id used in exports and string tables.
    pub fn id(self) -> &'static str {
        match self {
            MainReason::Known => "known",
            MainReason::Equipped => "equipped",
            MainReason::Connected => "connected",
            MainReason::KnownEquipped => "known_equipped",
            MainReason::KnownConnected => "known_connected",
            MainReason::EquippedConnected => "equipped_connected",
            MainReason::AllThree => "known_equipped_connected",
            MainReason::NoneStrong => "none_strong",
        }
    }

    fn mask(self) -> u8 {
        match self {
            MainReason::NoneStrong => 0,
            MainReason::Known => 1,
            MainReason::Equipped => 2,
            MainReason::KnownEquipped => 3,
            MainReason::Connected => 4,
            MainReason::KnownConnected => 5,
            MainReason::EquippedConnected => 6,
            MainReason::AllThree => 7,
        }
    }

    fn from_mask(mask: u8) -> MainReason {
        match mask & 7 {
            1 => MainReason::Known,
            2 => MainReason::Equipped,
            3 => MainReason::KnownEquipped,
            4 => MainReason::Connected,
            5 => MainReason::KnownConnected,
            6 => MainReason::EquippedConnected,
            7 => MainReason::AllThree,
            _ => MainReason::NoneStrong,
        }
    }
}

fn bit(motive: Motive) -> u8 {
    1 << motive.index()
}

/// What a room code carries: the coarse result, a nonce and its content.
///
/// Made from a result with [`RoomCode::from_results`], written with
/// [`RoomCode::to_text`] and read back with [`RoomCode::parse`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoomCode {
    bands: PerMotive<ScoreBand>,
    main: MainReason,
    nonce: u32,
    content: u8,
}

/// One thing a room code tells whoever reads it, for the screen to put in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    /// How much a reason matters to the person, as a band (not the score).
    Band(Motive, ScoreBand),
    /// Their main reason, joint reasons, or that none is strong now.
    Main(MainReason),
    /// A random number so the same code is counted once; it says nothing about the person.
    Nonce,
    /// Which questions the result came from (0: those built into the app).
    Content(u8),
}

/// Something a room code does not carry, for the screen to say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withheld {
    /// The name, the device, or anything else that says who the person is.
    Identity,
    /// The answers to any question.
    Answers,
    /// The exact scores and the point split.
    Scores,
    /// The channels, their order and their fit.
    Channels,
    /// The weekly plan.
    Plan,
    /// What the person does now: how often they network, their habits.
    Behaviour,
    /// Time, comfort with posting, privacy and strangers.
    Limits,
    /// Situation, stage, region and field.
    Background,
}

/// Everything a room code does not carry.
pub const WITHHELD: [Withheld; 8] = [
    Withheld::Identity,
    Withheld::Answers,
    Withheld::Scores,
    Withheld::Channels,
    Withheld::Plan,
    Withheld::Behaviour,
    Withheld::Limits,
    Withheld::Background,
];

/// Why a text is not a room code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// There is nothing but spaces and dashes.
    Empty,
    /// It is longer than [`MAX_CODE_INPUT`] bytes (its length), so it was not read.
    TooLong(usize),
    /// These characters are not in a code (each once, in the order they appear).
    WrongCharacters(Vec<char>),
    /// It has this many characters, not [`CODE_LENGTH`] (spaces and dashes not counted).
    WrongLength(usize),
    /// The check character does not match: a character is mistyped or two are swapped.
    WrongCheck,
    /// It is a code of a format version this app does not know (a newer app's code).
    UnknownVersion(u8),
    /// It passes the check but carries something no app writes (made up, not mistyped).
    ImpossibleContent,
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => f.write_str("no code"),
            CodeError::TooLong(n) => write!(f, "{n} bytes is longer than {MAX_CODE_INPUT}"),
            CodeError::WrongCharacters(chars) => {
                let shown: Vec<String> = chars.iter().map(|c| format!("{c:?}")).collect();
                write!(f, "not in a code: {}", shown.join(" "))
            }
            CodeError::WrongLength(n) => write!(f, "{n} characters, not {CODE_LENGTH}"),
            CodeError::WrongCheck => f.write_str("the check character does not match"),
            CodeError::UnknownVersion(v) => write!(f, "code version {v} is not known"),
            CodeError::ImpossibleContent => f.write_str("the code carries impossible values"),
        }
    }
}

impl RoomCode {
    /// The code for a result, with the nonce the caller drew at random (only its low
    /// [`NONCE_BITS`] bits are kept): each motive score's band and the main reason.
    pub fn from_results(results: &Results, nonce: u32) -> RoomCode {
        RoomCode::new(
            PerMotive(results.scores.0.map(ScoreBand::of)),
            MainReason::of(results),
            nonce,
        )
    }

    /// A code of the built-in content with these bands and main reason (only the nonce's
    /// low [`NONCE_BITS`] bits are kept).
    pub fn new(bands: PerMotive<ScoreBand>, main: MainReason, nonce: u32) -> RoomCode {
        RoomCode {
            bands,
            main,
            nonce: nonce & NONCE_MASK,
            content: BUILT_IN_CONTENT,
        }
    }

    /// The same code, for another content (0–7); `None` beyond 7.
    pub fn with_content(self, content: u8) -> Option<RoomCode> {
        (content <= MAX_CONTENT).then_some(RoomCode { content, ..self })
    }

    /// Each reason's band, in [`Motive::ALL`] order.
    pub fn bands(&self) -> PerMotive<ScoreBand> {
        self.bands
    }

    /// The main reason.
    pub fn main(&self) -> MainReason {
        self.main
    }

    /// The nonce (below 2^[`NONCE_BITS`]).
    pub fn nonce(&self) -> u32 {
        self.nonce
    }

    /// The content the result came from ([`BUILT_IN_CONTENT`] for the app's own).
    pub fn content(&self) -> u8 {
        self.content
    }

    /// Exactly what the code tells whoever reads it, in the order to say it: the three
    /// bands, the main reason, the content and the nonce. What it does not carry is
    /// [`WITHHELD`].
    pub fn reveals(&self) -> Vec<Reveal> {
        let mut out: Vec<Reveal> = self
            .bands
            .iter()
            .map(|(m, band)| Reveal::Band(m, band))
            .collect();
        out.push(Reveal::Main(self.main));
        out.push(Reveal::Content(self.content));
        out.push(Reveal::Nonce);
        out
    }

    /// The code as a person reads it: nine characters in groups of three, `4AK-B7H-6NM`.
    pub fn to_text(&self) -> String {
        let values = self.values();
        let mut out = String::with_capacity(CODE_LENGTH + 2);
        for (i, &v) in values.iter().enumerate() {
            if i > 0 && i % 3 == 0 {
                out.push('-');
            }
            out.push(symbol(v));
        }
        out
    }

    /// Reads a code as a person typed it: either case, with or without spaces and dashes,
    /// O for 0 and I or L for 1.
    pub fn parse(text: &str) -> Result<RoomCode, CodeError> {
        if text.len() > MAX_CODE_INPUT {
            return Err(CodeError::TooLong(text.len()));
        }
        let mut values = Vec::with_capacity(CODE_LENGTH);
        let mut wrong: Vec<char> = Vec::new();
        for c in text.chars().filter(|&c| !is_separator(c)) {
            match value_forgiving(c) {
                Some(v) => values.push(v),
                None if !wrong.contains(&c) => wrong.push(c),
                None => {}
            }
        }
        if !wrong.is_empty() {
            return Err(CodeError::WrongCharacters(wrong));
        }
        if values.is_empty() {
            return Err(CodeError::Empty);
        }
        let values: [u8; CODE_LENGTH] = values
            .try_into()
            .map_err(|v: Vec<u8>| CodeError::WrongLength(v.len()))?;
        if weighted_sum(&values) != 0 {
            return Err(CodeError::WrongCheck);
        }
        RoomCode::from_values(&values)
    }

    /// The nine symbol values: the 40 data bits, most significant first, and the check.
    fn values(&self) -> [u8; CODE_LENGTH] {
        let bands = self
            .bands
            .0
            .iter()
            .fold(0u64, |acc, b| acc * 3 + b.index() as u64);
        let bits = u64::from(CODE_VERSION) << 37
            | u64::from(self.content) << 34
            | bands << 29
            | u64::from(self.main.mask()) << 26
            | u64::from(self.nonce & NONCE_MASK);
        let mut values = [0u8; CODE_LENGTH];
        for (i, v) in values.iter_mut().take(DATA_LENGTH).enumerate() {
            *v = ((bits >> (5 * (DATA_LENGTH - 1 - i))) & 31) as u8;
        }
        values[DATA_LENGTH] = check_value(&values[..DATA_LENGTH]);
        values
    }

    fn from_values(values: &[u8; CODE_LENGTH]) -> Result<RoomCode, CodeError> {
        let bits = values
            .iter()
            .take(DATA_LENGTH)
            .fold(0u64, |acc, &v| acc << 5 | u64::from(v & 31));
        let field = |shift: u32, width: u32| ((bits >> shift) & ((1 << width) - 1)) as u8;
        let version = field(37, 3);
        if version != CODE_VERSION {
            return Err(CodeError::UnknownVersion(version));
        }
        let packed = field(29, 5);
        let band = |div: u8| ScoreBand::from_index(packed / div % 3);
        let bands = match (packed < 27, band(9), band(3), band(1)) {
            (true, Some(k), Some(e), Some(c)) => PerMotive([k, e, c]),
            _ => return Err(CodeError::ImpossibleContent),
        };
        Ok(RoomCode {
            bands,
            main: MainReason::from_mask(field(26, 3)),
            nonce: (bits & u64::from(NONCE_MASK)) as u32,
            content: field(34, 3),
        })
    }
}

impl fmt::Display for RoomCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

/// Characters a person may put between the characters of a code: spaces of any kind and
/// dashes, including those a phone's keyboard puts in for a hyphen.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '‐' | '‑' | '‒' | '–' | '—' | '−' | '_' | '.')
}
