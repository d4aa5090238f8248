//! The [`Fingerprint`] of a pack's content: a short digest two devices compare to know
//! they run the same questions, channels and wording.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::super::content::Model;
use super::super::embedded::Content;
use super::super::strings::Strings;
use super::PackFile;

/// A short, stable digest of a pack's model and every language (not of its id, name,
/// author, date or `$schema`), so two devices can check they run the same content.
///
/// Shown as eight upper-case hex digits in two groups, `3F9A-12BC`; read back with
/// [`str::parse`]. In JSON it is that text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(u32);

impl Fingerprint {
    /// The fingerprint of a pack file's model and languages.
    pub fn of_file(file: &PackFile) -> Fingerprint {
        Fingerprint::of_parts(&file.model, &file.languages)
    }

    /// The fingerprint of one content (the model and its one language), equal to that of
    /// its pack file ([`super::pack_file_of`]).
    pub fn of_content(content: &Content) -> Fingerprint {
        Fingerprint::of_parts(&content.model, std::slice::from_ref(&content.strings))
    }

    /// The fingerprint of the content built into the app, as `build.rs` worked it out
    /// with this same digest (so showing it costs the app nothing; a test checks the two
    /// agree).
    pub fn built_in() -> Fingerprint {
        const TEXT: &str = include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));
        TEXT.parse()
            .unwrap_or_else(|_| Fingerprint::of_content(Content::embedded()))
    }

    fn of_parts(model: &Model, languages: &[Strings]) -> Fingerprint {
        let mut hash = Fnv::new();
        // Serialising these types cannot fail (string keys, no non-finite floats); a
        // failure would only leave that part out of the digest. (Written out as text
        // first: the app then has one JSON writer for these types, not two.)
        hash.write_bytes(&serde_json::to_vec(model).unwrap_or_default());
        for strings in languages {
            hash.write_bytes(&[0]);
            hash.write_bytes(&serde_json::to_vec(strings).unwrap_or_default());
        }
        let full = hash.finish();
        // Folding the halves keeps every input bit in the 32 that are shown.
        Fingerprint(((full >> 32) ^ full) as u32)
    }

    /// The number it stands for.
    pub fn value(self) -> u32 {
        self.0
    }

    /// The content field of a room code, `1..=7` (0 stands for the built-in content), so
    /// a room can tell packs apart when they are not the built-in content.
    pub fn room_content(self) -> u8 {
        // `% 7` is below 7, so the cast keeps the value.
        (self.0 % 7) as u8 + 1
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04X}-{:04X}", self.0 >> 16, self.0 & 0xFFFF)
    }
}

/// Why a text is not a fingerprint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FingerprintError;

impl fmt::Display for FingerprintError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a content fingerprint is eight letters and digits 0-9, A-F, like 3F9A-12BC"
        )
    }
}

impl FromStr for Fingerprint {
    type Err = FingerprintError;

    fn from_str(text: &str) -> Result<Fingerprint, FingerprintError> {
        let digits: String = text.trim().chars().filter(|c| *c != '-').collect();
        let hex = digits.len() == 8 && digits.chars().all(|c| c.is_ascii_hexdigit());
        if !hex || text.trim().chars().filter(|c| *c == '-').count() > 1 {
            return Err(FingerprintError);
        }
        u32::from_str_radix(&digits, 16)
            .map(Fingerprint)
            .map_err(|_| FingerprintError)
    }
}

impl Serialize for Fingerprint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Fingerprint {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// 64-bit FNV-1a over whatever is written to it.
struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    fn write_bytes(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
