//! Plain text built from the string table: lists in words, the "because … but …" line of a
//! channel, and names with a fallback for ids the content no longer knows. The UI only puts
//! these strings in place; markup (dates in `<time>`, bold words) stays in the components.

use super::embedded::Content;
use super::fit::ReasonLine;
use super::language::and_joins_next_word;
use super::room::{MainReason, ScoreBand};
use super::term::ui;
use super::vocab::Motive;
use crate::term_fill;

impl Content {
    /// "a, b and c", with the language's comma and word for "and" (written joined to the
    /// last part in a language that joins it, as Arabic does: "أ، ب وج").
    pub fn join(&self, parts: &[&str]) -> String {
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
