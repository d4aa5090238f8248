//! Plain text built from the string table: lists in words, the "because … but …" line of a
//! channel, and names with a fallback for ids the content no longer knows. The UI only puts
//! these strings in place; markup (dates in `<time>`, bold words) stays in the components.

use super::embedded::Content;
use super::fit::ReasonLine;
use super::language::{and_joins_next_word, is_rtl};
use super::room::{MainReason, ScoreBand};
use super::term::ui;
use super::vocab::Motive;
use crate::term_fill;

impl Content {
    /// "a, b and c", with the language's comma and word for "and" (written joined to the
    /// last part in a language that joins it, as Arabic does: "أ، ب وج").
    ///
    /// In a language written right to left, a part with Latin letters in it (a channel's name
    /// such as "Reddit") is isolated (U+2068 … U+2069), so the language's commas stay between
    /// the parts and two Latin names side by side do not read as one left-to-right run.
    pub fn join(&self, parts: &[&str]) -> String {
        if is_rtl(&self.strings.language) && parts.iter().any(|p| has_latin(p)) {
            let isolated: Vec<String> = parts
                .iter()
                .map(|p| {
                    if has_latin(p) {
                        format!("\u{2068}{p}\u{2069}")
                    } else {
                        (*p).to_owned()
                    }
                })
                .collect();
            let parts: Vec<&str> = isolated.iter().map(String::as_str).collect();
            return self.join_plain(&parts);
        }
        self.join_plain(parts)
    }

    fn join_plain(&self, parts: &[&str]) -> String {
        match parts {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => {
                let space = if and_joins_next_word(&self.strings.language) {
                    ""
                } else {
                    " "
                };
                format!(
                    "{} {}{space}{last}",
                    rest.join(self.term(ui::COMMA)),
                    self.term(ui::AND)
                )
            }
        }
    }

    /// "Because …. But …." for a channel's reason line (either part left out when it
    /// names nothing; empty when neither does).
    pub fn because(&self, line: &ReasonLine) -> String {
        let texts = |kinds: &[super::fit::ReasonKind]| -> Vec<&str> {
            kinds.iter().map(|k| self.reason_text(*k)).collect()
        };
        let (ups, downs) = (texts(&line.ups), texts(&line.downs));
        [
            (!ups.is_empty())
                .then(|| term_fill!(self, ui::results::BECAUSE, reasons = self.join(&ups))),
            (!downs.is_empty())
                .then(|| term_fill!(self, ui::results::BUT, reasons = self.join(&downs))),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }

    /// A channel's name, or its id if this content does not know it (a snapshot taken
    /// with other content).
    pub fn channel_name_or_id<'a>(&'a self, id: &'a str) -> &'a str {
        match self.channel_name(id) {
            "" => id,
            name => name,
        }
    }

    /// The names of motives, joined in words.
    pub fn motive_names(&self, motives: &[Motive]) -> String {
        let names: Vec<&str> = motives.iter().map(|m| self.motive_name(*m)).collect();
        self.join(&names)
    }

    /// A main reason of a room code in words: a reason's name, joint reasons' names
    /// ("Better known and Better equipped, jointly"), or that none is strong.
    pub fn main_reason_name(&self, reason: MainReason) -> String {
        match reason.motives().as_slice() {
            [] => self.term(ui::room_chart::NONE_STRONG).to_owned(),
            [one] => self.motive_name(*one).to_owned(),
            several => term_fill!(
                self,
                ui::room_chart::JOINT,
                motives = self.motive_names(several)
            ),
        }
    }

    /// A band of a room code as a heading: Low, Middle or High.
    pub fn score_band_name(&self, band: ScoreBand) -> &str {
        self.term(match band {
            ScoreBand::Low => ui::room_chart::LOW,
            ScoreBand::Middle => ui::room_chart::MIDDLE,
            ScoreBand::High => ui::room_chart::HIGH,
        })
    }

    /// A band of a room code as a word inside a sentence: low, middle or high.
    pub fn score_band_word(&self, band: ScoreBand) -> &str {
        self.term(match band {
            ScoreBand::Low => ui::share::BAND_LOW,
            ScoreBand::Middle => ui::share::BAND_MIDDLE,
            ScoreBand::High => ui::share::BAND_HIGH,
        })
    }
}

/// Whether a text has a Latin letter, which runs left to right.
fn has_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
}
