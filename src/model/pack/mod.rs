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

use serde::{Deserialize, Serialize};

use super::content::Model;
use super::embedded::Content;
use super::strings::Strings;

mod delta;
pub mod diff;
mod explain;
mod fingerprint;
pub mod link;
mod place;
mod read;
mod shape;
pub mod stored;
mod walk;
pub mod words;

pub use diff::{diff, Changes, Fields, Named, ParameterChange, Rerated};
pub use fingerprint::{Fingerprint, FingerprintError};
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
    /// Its content in each of its languages, by tag, in the file's order; the terms a
    /// language lacks are taken from the built-in content (as [`Pack::content`] has them).
    pub fn contents(&self) -> Vec<(String, Content)> {
        let base = &Content::embedded().strings;
        self.file
            .languages
            .iter()
            .map(|strings| {
                let (strings, _) = read::fill_terms(strings, base);
                (
                    strings.language.clone(),
                    Content {
                        model: self.file.model.clone(),
                        strings,
                    },
                )
            })
            .collect()
    }

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
    /// The tag of the built-in content (`content` is [`Content::embedded`]): its id, name
    /// and fingerprint, and no change to how results are calculated.
    pub fn built_in(content: &Content) -> ContentTag {
        ContentTag {
            id: BUILT_IN_ID.to_owned(),
            name: BUILT_IN_NAME.to_owned(),
            fingerprint: Fingerprint::of_content(content),
            calculation: false,
        }
    }

    /// The content field of a room code: 0 for the built-in content (whatever a pack with
    /// the very same content is called), else 1 to 7 from the fingerprint
    /// ([`Fingerprint::room_content`]).
    pub fn room_content(&self) -> u8 {
        if self.fingerprint == Fingerprint::built_in() {
            0
        } else {
            self.fingerprint.room_content()
        }
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

/// The built-in content as a pack file to edit, for "download this content to edit": its model
/// and English, and `shown`, the built-in content in the language the screens are read in,
/// when that is another, so a facilitator who adapts the content has its words in their own
/// language too. (A pack that offers a second language has a fingerprint of its own: everyone
/// in the room then uses the pack.)
pub fn built_in_file(shown: &Content, schema: Option<&str>) -> PackFile {
    let base = Content::embedded();
    let mut file = pack_file_of(base, &About::built_in(), schema);
    if shown.strings.language != base.strings.language {
        file.languages.push(shown.strings.clone());
    }
    file
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

/// The most questions a pack may have.
pub const MAX_ITEMS: usize = 150;
/// The most channels a pack may have.
pub const MAX_CHANNELS: usize = 150;
/// The most plan actions a pack may have.
pub const MAX_ACTIONS: usize = 400;
/// The most answer scales a pack may have.
pub const MAX_SCALES: usize = 20;
/// The most options one question may have (the platforms question lists channels).
pub const MAX_OPTIONS: usize = 160;
/// The most labels one answer scale may have.
pub const MAX_LABELS: usize = 20;
/// The most entries of a short list: the reasons, stages, regions… one thing names, and
/// the reasons, parts and rules a language describes.
pub const MAX_LIST: usize = 40;
/// The most languages a pack may have.
pub const MAX_LANGUAGES: usize = 6;
/// The most interface terms one language may have.
pub const MAX_TERMS: usize = 2000;
/// The most truths one language may have.
pub const MAX_TRUTHS: usize = 40;
/// The longest text, in characters: a prompt, a label, a term.
pub const MAX_TEXT_CHARS: usize = 800;
/// The longest id or key, in characters.
pub const MAX_ID_CHARS: usize = 64;
/// The longest name or author of a pack, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// The longest `$schema` address, in characters.
pub const MAX_SCHEMA_CHARS: usize = 400;
/// The most problems listed for one pack; past it a last line says how many more.
pub const MAX_PROBLEMS: usize = 200;
