//! Lookups of user-visible strings by id, so the UI never builds text itself and a
//! translation only swaps the string table.

use super::behaviour::GapKind;
use super::date::Date;
use super::embedded::Content;
use super::fit::{Band, ReasonKind};
use super::language::is_rtl;
use super::plan::StepPurpose;
use super::strings::{fill, is_direction_control};
use super::term::{ui, Key};
use super::vocab::{Layer, Motive, Role, Rule};
use crate::term_fill;

impl Content {
    /// A fixed term's text (the key itself if the table lacks it, which validated content
    /// never does).
    pub fn term(&self, key: Key) -> &str {
        let name = key.name();
        self.strings.terms.get(name).map_or(name, String::as_str)
    }

    /// A term's text with its marks filled in, as [`crate::term_fill!`] writes it. In a
    /// language written right to left each value is isolated (first-strong isolate … pop
    /// directional isolate), so a name or number in Latin script keeps its own order and does
    /// not reorder the sentence around it.
    ///
    /// A value never carries a direction embedding, override or isolate of its own
    /// ([`is_direction_control`]): names come from packs and imported files, and one such
    /// character would turn the rest of the sentence around.
    pub fn fill_marks(&self, template: &str, values: &[(&str, &str)]) -> String {
        let rtl = is_rtl(&self.strings.language);
        if !rtl
            && !values
                .iter()
                .any(|(_, v)| v.chars().any(is_direction_control))
        {
            return fill(template, values);
        }
        let isolated: Vec<(&str, String)> = values
            .iter()
            .map(|(mark, value)| {
                let value: String = value
                    .chars()
                    .filter(|c| !is_direction_control(*c))
                    .collect();
                (
                    *mark,
                    if rtl {
                        format!("\u{2068}{value}\u{2069}")
                    } else {
                        value
                    },
                )
            })
            .collect();
        let values: Vec<(&str, &str)> = isolated.iter().map(|(m, v)| (*m, v.as_str())).collect();
        fill(template, &values)
    }

    /// A calendar day written out in words by the language file's `ui.date` pattern and
    /// month names, e.g. "November 26, 2026".
    pub fn long_day(&self, date: Date) -> String {
        let month_key = usize::from(date.month)
            .checked_sub(1)
            .and_then(|n| ui::month::ALL.get(n));
        let month = month_key.map_or_else(|| date.month.to_string(), |k| self.term(*k).to_owned());
        let (day, year) = (date.day.to_string(), date.year.to_string());
        term_fill!(self, ui::DATE, month = month, day = day, year = year)
    }

    /// A motive's short name.
    pub fn motive_name(&self, motive: Motive) -> &str {
        self.strings
            .motives
            .get(motive.id())
            .map_or("", |d| &d.name)
    }

    /// A motive's description.
    pub fn motive_text(&self, motive: Motive) -> &str {
        self.strings
            .motives
            .get(motive.id())
            .map_or("", |d| &d.text)
    }

    /// A layer's title.
    pub fn layer_name(&self, layer: Layer) -> &str {
        self.strings.layers.get(layer.id()).map_or("", |d| &d.name)
    }

    /// A layer's introduction.
    pub fn layer_text(&self, layer: Layer) -> &str {
        self.strings.layers.get(layer.id()).map_or("", |d| &d.text)
    }

    /// An item's prompt.
    pub fn prompt(&self, item: &str) -> &str {
        self.strings.items.get(item).map_or("", |t| &t.prompt)
    }

    /// An item's help line, if it has one.
    pub fn help(&self, item: &str) -> Option<&str> {
        self.strings.items.get(item)?.help.as_deref()
    }

    /// The label of a choice option. For the platforms item it is the channel name.
    pub fn option_label(&self, item: &str, option: &str) -> &str {
        let platforms = self
            .role_item(Role::Platforms)
            .is_some_and(|i| i.id == item);
        if platforms {
            return self.channel_name(option);
        }
        let t = self.strings.items.get(item);
        t.and_then(|t| t.options.get(option))
            .map_or("", String::as_str)
    }

    /// A scale's labels, lowest point first (label `n − 1` belongs to point `n`).
    pub fn scale_labels(&self, scale: &str) -> &[String] {
        self.strings.scales.get(scale).map_or(&[], Vec::as_slice)
    }

    /// A channel's display name.
    pub fn channel_name(&self, channel: &str) -> &str {
        self.strings.channels.get(channel).map_or("", |t| &t.name)
    }

    /// A channel's one-line rationale.
    pub fn channel_rationale(&self, channel: &str) -> &str {
        self.strings
            .channels
            .get(channel)
            .map_or("", |t| &t.rationale)
    }

    /// An action's text.
    pub fn action_text(&self, action: &str) -> &str {
        self.strings.actions.get(action).map_or("", String::as_str)
    }

    /// A rule's name.
    pub fn rule_name(&self, rule: Rule) -> &str {
        self.strings.rules.get(rule.id()).map_or("", |d| &d.name)
    }

    /// A rule's explanation.
    pub fn rule_text(&self, rule: Rule) -> &str {
        self.strings.rules.get(rule.id()).map_or("", |d| &d.text)
    }

    /// A band's label.
    pub fn band_name(&self, band: Band) -> &str {
        self.term(band.term_key())
    }

    /// The "because …" phrase of a reason.
    pub fn reason_text(&self, kind: ReasonKind) -> &str {
        self.term(kind.term_key())
    }

    /// The sentence for a gap kind.
    pub fn gap_text(&self, kind: GapKind) -> &str {
        self.term(kind.term_key())
    }

    /// The label for why a plan step was chosen.
    pub fn purpose_text(&self, purpose: StepPurpose) -> &str {
        self.term(purpose.term_key())
    }
}
