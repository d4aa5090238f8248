//! The languages the app speaks: English, built in, and the others `build.rs` checked and
//! wrote as files of their own (`lang/<tag>.json` beside the app), which a person downloads
//! only when they choose that language.
//!
//! A language file holds texts only ([`Strings`]): keying, scale order and option ids live in
//! the model, so a translation cannot change a score. A file read at run time is checked as
//! the build checks it (every key, every `{mark}`, nothing else) before it is used, and a
//! choice read back from storage is taken only if it names a language on offer.

use std::fmt;

use super::embedded::Content;
use super::strings::Strings;
use super::term::table;
use super::validate::validate_with;

/// One language on offer: its tag, its name in its own words, and its writing direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// The language tag, e.g. `de`; also the file's name (`lang/de.json`).
    pub tag: &'static str,
    /// Its name in its own language, as the language switch shows it.
    pub name: &'static str,
}

impl Language {
    /// Whether it is written right to left.
    pub fn rtl(self) -> bool {
        is_rtl(self.tag)
    }
}

/// The tag of the language built into the app.
pub const BUILT_IN: &str = "en";

/// Every language on offer, the built-in one first, as `build.rs` found them in `content/`.
pub const LANGUAGES: &[Language] = include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The language on offer with this tag.
pub fn language(tag: &str) -> Option<Language> {
    LANGUAGES.iter().copied().find(|l| l.tag == tag)
}

/// The longest language file read (the largest written is a fraction of this).
pub const MAX_LANGUAGE_BYTES: usize = 256 * 1024;

/// The longest language tag kept as a choice.
const MAX_TAG: usize = 35;

/// Primary subtags of the languages written right to left.
const RTL: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
];

/// Primary subtags of the languages whose word for "and" is written joined to the word
/// after it: Arabic (و) and Hebrew (ו, also under its old tag `iw`).
const AND_JOINED: &[&str] = &["ar", "he", "iw"];

/// Whether, in the language with this tag, the word for "and" is written joined to the word
/// that follows it, with no space between (by its primary subtag).
pub fn and_joins_next_word(tag: &str) -> bool {
    let primary = primary_subtag(tag);
    AND_JOINED.iter().any(|t| t.eq_ignore_ascii_case(primary))
}

/// A language tag's first part, the language itself (`ar` of `ar-EG`, `de` of `de_CH`).
fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}

/// Whether text in the language with this tag runs right to left (by its primary subtag,
/// or a right-to-left script subtag such as `-Arab`).
pub fn is_rtl(tag: &str) -> bool {
    let primary = primary_subtag(tag).to_ascii_lowercase();
    let script_rtl = tag.split(['-', '_']).skip(1).any(|p| {
        matches!(
            p.to_ascii_lowercase().as_str(),
            "arab" | "hebr" | "thaa" | "syrc" | "nkoo" | "adlm" | "rohg"
        )
    });
    script_rtl || RTL.contains(&primary.as_str())
}

/// The language to start in: the first of the browser's preferred languages (`wanted`, in
/// order) that is on offer, matched exactly or by its primary subtag (`de-AT` gets `de`);
/// else the built-in one.
pub fn preferred<S: AsRef<str>>(wanted: &[S]) -> &'static str {
    wanted
        .iter()
        .find_map(|w| {
            let w = w.as_ref();
            let primary = primary_subtag(w);
            LANGUAGES
                .iter()
                .find(|l| l.tag.eq_ignore_ascii_case(w) || l.tag.eq_ignore_ascii_case(primary))
        })
        .map_or(BUILT_IN, |l| l.tag)
}

/// Where the language chosen on this device is kept (in `sessionStorage` on a shared
/// device): its tag, as text.
pub const LANGUAGE_KEY: &str = "netwhy.language";

/// A language choice read back from storage: the tag, if it names one of the languages on
/// offer (`offered`: netwhy's, or the pack's in use).
pub fn read_choice(stored: &str, offered: &[&'static str]) -> Option<&'static str> {
    let stored = stored.trim();
    if stored.is_empty() || stored.len() > MAX_TAG {
        return None;
    }
    offered.iter().copied().find(|tag| *tag == stored)
}

/// Why a language file was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LanguageError {
    /// Larger than [`MAX_LANGUAGE_BYTES`].
    TooLarge,
    /// Not a language file (the parser's message).
    Unreadable(String),
    /// A file of another language than the one asked for (its tag).
    OtherLanguage(String),
    /// Read, but not a complete translation of this version of the app (how many problems).
    Incomplete(usize),
}

impl fmt::Display for LanguageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LanguageError::TooLarge => write!(f, "larger than {MAX_LANGUAGE_BYTES} bytes"),
            LanguageError::Unreadable(why) => write!(f, "not a language file: {why}"),
            LanguageError::OtherLanguage(tag) => write!(f, "a file of another language ({tag})"),
            LanguageError::Incomplete(n) => write!(f, "{n} problems against this version"),
        }
    }
}

/// Reads the language file of `tag` (`text`, as fetched) for the model of `base`, checked
/// as `build.rs` checks it; gives the content in that language.
pub fn read_language(text: &str, tag: &str, base: &Content) -> Result<Content, LanguageError> {
    if text.len() > MAX_LANGUAGE_BYTES {
        return Err(LanguageError::TooLarge);
    }
    // Read as the pack reader reads (text, then a JSON value, then the strings), which keeps
    // one reader of language texts in the app, not two.
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LanguageError::Unreadable(e.to_string()))?;
    let strings: Strings =
        serde_json::from_value(value).map_err(|e| LanguageError::Unreadable(e.to_string()))?;
    if strings.language != tag {
        let mut shown: String = strings.language.chars().take(MAX_TAG).collect();
        if shown.len() < strings.language.len() {
            shown.push('…');
        }
        return Err(LanguageError::OtherLanguage(shown));
    }
    validate_with(&base.model, &strings, table())
        .map_err(|problems| LanguageError::Incomplete(problems.len()))?;
    Ok(Content {
        model: base.model.clone(),
        strings,
    })
}
