//! Content packs: the questions, channels and wording adapted to an audience by a
//! facilitator, in one JSON file that the app reads on the device without a build.
//!
//! A pack file ([`PackFile`]) holds what `content/` holds (the model data and one or more
//! languages) with a format version, an id, a name, an author and a date. [`read_pack`]
//! checks it as `build.rs` checks the built-in content and either lists every problem at
//! its place in the file ([`PackProblem`]) or gives a [`Pack`]: the content to use, its
//! [`Fingerprint`] and what it changes against the built-in content ([`Changes`]).
//!
//! A pack is untrusted input: its size, counts and text lengths are capped before it is
//! parsed into types, unknown fields are refused with their path, and nothing here panics
//! on what a file holds. [`link`] carries a pack behind a link as a delta from the
//! built-in content, [`stored`] keeps the pack in use on the device.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::content::Model;
use super::embedded::Content;
use super::strings::Strings;

pub mod diff;
pub mod link;
mod place;
mod read;
pub mod stored;
mod walk;
pub mod words;

pub use diff::{diff, Changes, Fields, Named, ParameterChange, Rerated};
pub use link::{link_payload, read_link, MAX_LINK_PAYLOAD};
pub use read::read_pack;
pub use stored::{decode_stored, encode_stored, StoredPackError, PACK_KEY, PACK_STORE_FORMAT};

/// The pack file format this build reads.
pub const PACK_FORMAT: u32 = 1;

/// The id of the built-in content when it is written out as a pack.
pub const BUILT_IN_ID: &str = "netwhy";

/// The name of the built-in content when it is written out as a pack.
pub const BUILT_IN_NAME: &str = "netwhy built-in content";

/// The author of the built-in content when it is written out as a pack.
pub const BUILT_IN_AUTHOR: &str = "netwhy";

/// The date of the built-in content when it is written out as a pack (`YYYY-MM-DD`).
pub const BUILT_IN_DATE: &str = "2026-12-01";

/// The largest pack text read, in bytes: the built-in content as pretty JSON is about
/// 150 KB, so this leaves room for a model and three or four languages.
pub const MAX_PACK_BYTES: usize = 640 * 1024;

/// The file a facilitator edits. Its fields are in the order they are written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    /// Where editors find the JSON Schema of this file; otherwise ignored.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The pack file format; must be [`PACK_FORMAT`].
    pub pack_format: u32,
    /// A short id of lower-case letters, digits, `_` and `-` (at most 64).
    pub id: String,
    /// The name shown to participants.
    pub name: String,
    /// Who made it.
    pub author: String,
    /// When it was made, `YYYY-MM-DD`.
    pub date: String,
    /// The language-neutral content: items, scales, channels, actions, scoring.
    pub model: Model,
    /// One string table per language; at least one, each language once.
    pub languages: Vec<Strings>,
}

/// Who made a pack and what it is called: the fields of a [`PackFile`] besides its
/// content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct About {
    /// The pack's id.
    pub id: String,
    /// The pack's name.
    pub name: String,
    /// Who made it.
    pub author: String,
    /// When it was made, `YYYY-MM-DD`.
    pub date: String,
}

impl About {
    /// What the built-in content is called when written out as a pack.
    pub fn built_in() -> About {
        About {
            id: BUILT_IN_ID.to_owned(),
            name: BUILT_IN_NAME.to_owned(),
            author: BUILT_IN_AUTHOR.to_owned(),
            date: BUILT_IN_DATE.to_owned(),
        }
    }

    /// The id, name, author and date of a pack file.
    pub fn of(file: &PackFile) -> About {
        About {
            id: file.id.clone(),
            name: file.name.clone(),
            author: file.author.clone(),
            date: file.date.clone(),
        }
    }
}

/// A pack read and checked: everything the app needs.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    /// The file as read. Term keys a language lacks are not added here (a download gives
    /// back what the facilitator wrote); [`Pack::content`] has them filled in.
    pub file: PackFile,
    /// The model with the language in use: `en` if the pack has it, else its first.
    pub content: Content,
    /// The digest of the file's model and languages.
    pub fingerprint: Fingerprint,
    /// What the pack changes against the content it was read against.
    pub changes: Changes,
}

impl Pack {
    /// The name of this content on a snapshot, on screen and in storage.
    pub fn tag(&self) -> ContentTag {
        ContentTag {
            id: self.file.id.clone(),
            name: self.file.name.clone(),
            fingerprint: self.fingerprint,
            calculation: self.changes.changes_calculation(),
        }
    }

    /// The pack's file with its `$schema` address set (or removed), for "download this
    /// content to edit".
    pub fn file_with_schema(&self, schema: Option<&str>) -> PackFile {
        PackFile {
            schema: schema.map(str::to_owned),
            ..self.file.clone()
        }
    }
}

/// Names the content in use on a snapshot, on screen and in storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContentTag {
    /// The pack's id ([`BUILT_IN_ID`] for the built-in content).
    pub id: String,
    /// The pack's name.
    pub name: String,
    /// The digest of its model and languages.
    pub fingerprint: Fingerprint,
    /// Whether it changes how results are calculated (not only wording).
    pub calculation: bool,
}

impl ContentTag {
    /// The tag of a content: the built-in content's if it is that, else an unnamed pack's.
    pub fn built_in(content: &Content) -> ContentTag {
        ContentTag {
            id: BUILT_IN_ID.to_owned(),
            name: BUILT_IN_NAME.to_owned(),
            fingerprint: Fingerprint::of_content(content),
            calculation: false,
        }
    }
}

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
    /// its pack file ([`pack_file_of`]).
    pub fn of_content(content: &Content) -> Fingerprint {
        Fingerprint::of_parts(&content.model, std::slice::from_ref(&content.strings))
    }

    fn of_parts(model: &Model, languages: &[Strings]) -> Fingerprint {
        let mut hash = Fnv::new();
        // Serialising these types cannot fail (string keys, no non-finite floats); a
        // failure would only leave that part out of the digest.
        let _ = serde_json::to_writer(&mut hash, model);
        for strings in languages {
            hash.write_bytes(&[0]);
            let _ = serde_json::to_writer(&mut hash, strings);
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

impl std::io::Write for Fnv {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.write_bytes(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// One thing wrong with a pack, at its place in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackProblem {
    /// Where in the file, as a path a facilitator can follow by ids, e.g.
    /// `model › channels › meetup_local › ratings`; `(file)` for the whole file.
    pub place: String,
    /// What is wrong, as a plain sentence without the place.
    pub message: String,
}

impl PackProblem {
    /// A problem at a place.
    pub fn new(place: impl Into<String>, message: impl Into<String>) -> PackProblem {
        PackProblem {
            place: place.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for PackProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.place, self.message)
    }
}

/// The place of a problem with the whole file.
pub const WHOLE_FILE: &str = "(file)";

/// A content as a pack file: its model and its one language, named by `about`, with its
/// `$schema` set to `schema`. The built-in content is
/// `pack_file_of(Content::embedded(), &About::built_in(), …)`; the pack in use is
/// [`Pack::file_with_schema`] (it keeps all of the pack's languages).
pub fn pack_file_of(content: &Content, about: &About, schema: Option<&str>) -> PackFile {
    PackFile {
        schema: schema.map(str::to_owned),
        pack_format: PACK_FORMAT,
        id: about.id.clone(),
        name: about.name.clone(),
        author: about.author.clone(),
        date: about.date.clone(),
        model: content.model.clone(),
        languages: vec![content.strings.clone()],
    }
}

/// A pack file as text: pretty JSON with a two-space indent and a final newline, what
/// "download this content to edit" saves.
pub fn to_text(file: &PackFile) -> String {
    match serde_json::to_string_pretty(file) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Writing these types as JSON cannot fail; an empty text is refused when read.
        Err(_) => String::new(),
    }
}
