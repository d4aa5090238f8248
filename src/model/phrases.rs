//! Plain text built from the string table: lists in words, the "because … but …" line of a
//! channel, and names with a fallback for ids the content no longer knows. The UI only puts
//! these strings in place; markup (dates in `<time>`, bold words) stays in the components.

use super::embedded::Content;
use super::fit::ReasonLine;
use super::term::ui;
use super::vocab::Motive;
use crate::term_fill;

impl Content {
    /// "a, b and c", with the language's word for "and".
    pub fn join(&self, parts: &[&str]) -> String {
        match parts {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), self.term(ui::AND)),
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
}
