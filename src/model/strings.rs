//! The user-visible string table read from a language file such as `content/en.toml`.
//!
//! Every string is keyed by the id of the thing it describes. A string table never
//! carries keying, scale order or scoring values, so a translation cannot change a
//! result. Depends only on std and serde so `build.rs` can include it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Everything in one language file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strings {
    /// Content format version; must equal [`super::content::FORMAT_VERSION`].
    pub format: u32,
    /// Language tag, e.g. `en`.
    pub language: String,
    /// Motive names and descriptions by motive id.
    pub motives: BTreeMap<String, Described>,
    /// Layer titles and introductions by layer id.
    pub layers: BTreeMap<String, Described>,
    /// Scale point labels by scale id, lowest point first.
    pub scales: BTreeMap<String, Vec<String>>,
    /// Item texts by item id.
    pub items: BTreeMap<String, ItemText>,
    /// Channel names and one-line rationales by channel id.
    pub channels: BTreeMap<String, ChannelText>,
    /// Action texts by action id.
    pub actions: BTreeMap<String, String>,
    /// Rule names and explanations by rule id.
    pub rules: BTreeMap<String, Described>,
    /// Cross-cutting truths, in display order.
    pub truths: Vec<Entry>,
    /// Labels of fixed terms (bands, reasons, flags, interface texts) by key. The keys of
    /// the reference language (`content/en.toml`) become typed keys at build time
    /// (`model::term`), and every language file must define exactly those.
    pub terms: BTreeMap<String, String>,
}

/// A name with a longer description.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Described {
    /// Short name.
    pub name: String,
    /// One or two sentences.
    pub text: String,
}

/// The texts of one questionnaire item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemText {
    /// The question or statement.
    pub prompt: String,
    /// Optional help line shown under the prompt (concrete examples).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Option labels by option id (choice items other than the platforms item,
    /// whose labels are the channel names).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub options: BTreeMap<String, String>,
}

/// The texts of one channel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChannelText {
    /// Display name.
    pub name: String,
    /// Why and when it works, in one line.
    pub rationale: String,
}

/// An id with a text, for ordered lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable id.
    pub id: String,
    /// The text.
    pub text: String,
}

/// Whether `c` is a Unicode direction embedding, override or isolate (U+202A–U+202E,
/// U+2066–U+2069). In a name or text from a pack one of these would turn the app's own words
/// around it (the date, the fingerprint) the other way; the marks U+200E and U+200F, which
/// only hint a direction, are allowed.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Fills the `{name}` marks of a string with values; marks without a value stay.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// A part of a string with `{name}` marks: text as it is, or a mark by its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Text to show as it is.
    Text(&'a str),
    /// The name of a `{name}` mark, for the caller to put something in its place (say,
    /// an emphasised word).
    Mark(&'a str),
}

/// Splits a string at its `{name}` marks (a name of letters, digits and `_`), keeping
/// the order, so that a translation can move the marks and the caller can still put
/// markup in their place. Braces around anything else stay text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let (mut text_from, mut search_from) = (0, 0);
    while let Some(open) = template[search_from..].find('{').map(|i| search_from + i) {
        let rest = &template[open + 1..];
        let name = rest.find('}').map(|close| &rest[..close]).filter(|name| {
            !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        });
        match name {
            Some(name) => {
                if open > text_from {
                    out.push(Piece::Text(&template[text_from..open]));
                }
                out.push(Piece::Mark(name));
                text_from = open + name.len() + 2;
                search_from = text_from;
            }
            None => search_from = open + 1,
        }
    }
    if text_from < template.len() {
        out.push(Piece::Text(&template[text_from..]));
    }
    out
}
