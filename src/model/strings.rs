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
    /// Labels of fixed terms (bands, reasons, flags, behaviour dimensions) by key.
    /// The keys the model uses are listed in [`TERM_KEYS`].
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

/// Keys of [`Strings::terms`] that every language file must define.
pub const TERM_KEYS: &[&str] = &[
    "band.strong",
    "band.good",
    "band.possible",
    "band.poor",
    "reason.motive_match.known",
    "reason.motive_match.equipped",
    "reason.motive_match.connected",
    "reason.over_time_budget",
    "reason.over_privacy",
    "reason.needs_posting",
    "reason.meets_strangers",
    "reason.already_used",
    "reason.region_relevant",
    "reason.audience_relevant",
    "reason.outside_region",
    "flag.joint",
    "flag.disagreement",
    "flag.straight_lining",
    "gap.aligned",
    "gap.under",
    "gap.over",
    "activity.building",
    "activity.maintaining",
    "activity.using",
    "mode.online",
    "mode.face_to_face",
    "habit.show_interest",
    "habit.stay_in_touch",
    "habit.known_first",
    "habit.no_mass_invites",
    "plan.for_motive",
    "plan.face_to_face",
    "plan.extra",
    "split.remaining",
    "next.retake",
    "ui.brand",
    "ui.home",
    "ui.footer",
    "ui.noscript",
    "ui.update.ready",
    "ui.update.update",
    "ui.update.updating",
    "ui.update.later",
    "ui.update.other_tab",
    "ui.update.reload",
    "ui.welcome.title",
    "ui.welcome.lead",
    "ui.welcome.known",
    "ui.welcome.equipped",
    "ui.welcome.connected",
    "ui.welcome.time",
    "ui.welcome.time_text",
    "ui.welcome.private",
    "ui.welcome.private_text",
    "ui.welcome.explained",
    "ui.welcome.explained_text",
    "ui.start",
    "ui.in_progress",
    "ui.finished",
    "ui.resume",
    "ui.start_over",
    "ui.start_over_confirm",
    "ui.start_over_confirm_history",
    "ui.start_over_yes",
    "ui.start_over_no",
    "ui.question_of",
    "ui.part_of",
    "ui.question_nav",
    "ui.back",
    "ui.next",
    "ui.see_results",
    "ui.split.add",
    "ui.split.remove",
    "ui.split.one_left",
    "ui.split.none_left",
    "ui.missing.title",
    "ui.missing.text",
    "ui.results.title",
    "ui.results.why",
    "ui.results.reason",
    "ui.results.score",
    "ui.results.points",
    "ui.results.channels",
    "ui.results.because",
    "ui.results.but",
    "ui.and",
    "ui.date",
    "ui.month.1",
    "ui.month.2",
    "ui.month.3",
    "ui.month.4",
    "ui.month.5",
    "ui.month.6",
    "ui.month.7",
    "ui.month.8",
    "ui.month.9",
    "ui.month.10",
    "ui.month.11",
    "ui.month.12",
    "ui.results.plan",
    "ui.results.plan_total",
    "ui.results.minutes",
    "ui.results.rules",
    "ui.results.change",
    "ui.notice.set_aside",
    "ui.notice.migrated",
    "ui.notice.not_kept",
    "ui.notice.stuck",
    "ui.notice.other_tab",
    "ui.notice.conflict",
    "ui.notice.not_erased",
    "ui.notice.dismiss",
    "ui.crash.title",
    "ui.crash.text",
    "ui.crash.reload",
    "ui.chart.describe",
    "ui.chart.key_points",
    "ui.chart.key_score",
    "ui.chart.points",
    "ui.chart.title",
    "ui.compare.added",
    "ui.compare.dropped",
    "ui.compare.fell",
    "ui.compare.first",
    "ui.compare.kept",
    "ui.compare.scores",
    "ui.compare.change",
    "ui.compare.rose",
    "ui.compare.same",
    "ui.compare.second",
    "ui.compare.title",
    "ui.compare.top_changed",
    "ui.compare.top_same",
    "ui.data.here",
    "ui.data.in_progress",
    "ui.data.limit_backup",
    "ui.data.limit_clear",
    "ui.data.limit_private",
    "ui.data.limit_safari",
    "ui.data.no_results",
    "ui.data.no_session",
    "ui.data.one_result",
    "ui.data.results",
    "ui.data.title",
    "ui.data.where",
    "ui.data.where_text",
    "ui.erase.button",
    "ui.erase.confirm",
    "ui.erase.done",
    "ui.erase.no",
    "ui.erase.text",
    "ui.erase.title",
    "ui.erase.yes",
    "ui.export.button",
    "ui.export.failed",
    "ui.export.ready",
    "ui.export.text",
    "ui.export.title",
    "ui.history.all",
    "ui.history.channels",
    "ui.history.data_link",
    "ui.history.delete",
    "ui.history.delete_confirm",
    "ui.history.delete_no",
    "ui.history.delete_one",
    "ui.history.delete_yes",
    "ui.history.empty",
    "ui.history.text",
    "ui.history.title",
    "ui.history.top",
    "ui.how.adds",
    "ui.how.back",
    "ui.how.blend",
    "ui.how.blend_text",
    "ui.how.fit",
    "ui.how.fit_bands",
    "ui.how.fit_bonus",
    "ui.how.fit_comfort",
    "ui.how.fit_match",
    "ui.how.fit_region",
    "ui.how.fit_time",
    "ui.how.motive_score",
    "ui.how.points_of",
    "ui.how.reverse",
    "ui.how.statement",
    "ui.how.statements",
    "ui.how.statements_text",
    "ui.how.title",
    "ui.how.your_answer",
    "ui.import.broken",
    "ui.import.cancel",
    "ui.import.choose",
    "ui.import.contains",
    "ui.import.label",
    "ui.import.limit",
    "ui.import.merge",
    "ui.import.merge_help",
    "ui.import.merged",
    "ui.import.newer",
    "ui.import.not_json",
    "ui.import.not_netwhy",
    "ui.import.nothing_changed",
    "ui.import.replace",
    "ui.import.replaced",
    "ui.import.text",
    "ui.import.title",
    "ui.import.too_large",
    "ui.import.unreadable",
    "ui.nav.data",
    "ui.nav.history",
    "ui.nav.label",
    "ui.nav.results",
    "ui.persist.ask",
    "ui.persist.checking",
    "ui.persist.granted",
    "ui.persist.not_granted",
    "ui.persist.now_granted",
    "ui.persist.refused",
    "ui.persist.unsupported",
    "ui.reminder.description",
    "ui.reminder.title",
    "ui.results.completed",
    "ui.results.disagreement_detail",
    "ui.results.earlier",
    "ui.results.how_link",
    "ui.results.next",
    "ui.results.print",
    "ui.results.printed_note",
    "ui.results.reminder",
    "ui.results.reminder_ready",
    "ui.results.retake",
    "ui.results.retake_between",
    "ui.results.top_joint",
    "ui.results.top_one",
    "ui.results.used_poorly",
    "ui.results.weak_match",
    "ui.results.weight",
    "ui.what_if.changed",
    "ui.what_if.posting",
    "ui.what_if.privacy",
    "ui.what_if.reset",
    "ui.what_if.same",
    "ui.what_if.text",
    "ui.what_if.time",
    "ui.what_if.title",
];

/// The `{name}` marks of the terms that have them, which the app fills in: a language
/// file must keep every one (it may move them), and no other term may have marks.
pub const TERM_MARKS: &[(&str, &[&str])] = &[
    ("ui.welcome.lead", &["known", "equipped", "connected"]),
    ("ui.date", &["month", "day", "year"]),
    ("ui.welcome.time_text", &["count"]),
    ("ui.in_progress", &["answered", "total"]),
    ("ui.question_of", &["n", "total"]),
    ("ui.part_of", &["n", "total", "name"]),
    ("ui.split.add", &["motive"]),
    ("ui.split.remove", &["motive"]),
    ("ui.results.points", &["total"]),
    ("ui.results.because", &["reasons"]),
    ("ui.results.but", &["reasons"]),
    ("ui.results.plan_total", &["total", "budget"]),
    ("ui.results.minutes", &["minutes"]),
    ("ui.results.completed", &["date"]),
    ("ui.results.earlier", &["date"]),
    ("ui.results.top_one", &["motive"]),
    ("ui.results.top_joint", &["motives"]),
    ("ui.results.disagreement_detail", &["statements", "points"]),
    ("ui.results.retake_between", &["date", "until"]),
    ("ui.reminder.description", &["motives"]),
    ("ui.chart.describe", &["motive", "score"]),
    ("ui.chart.points", &["points", "total"]),
    ("ui.how.motive_score", &["motive", "score"]),
    ("ui.how.points_of", &["points", "max"]),
    ("ui.how.blend_text", &["statements", "points", "joint"]),
    ("ui.how.fit_time", &["penalty"]),
    ("ui.how.fit_comfort", &["privacy", "posting", "strangers"]),
    ("ui.how.fit_region", &["penalty"]),
    ("ui.how.fit_bonus", &["used", "region", "audience"]),
    ("ui.how.fit_bands", &["strong", "good", "possible"]),
    ("ui.history.top", &["motives"]),
    ("ui.history.channels", &["channels"]),
    ("ui.history.delete_one", &["date"]),
    ("ui.compare.rose", &["by"]),
    ("ui.compare.fell", &["by"]),
    ("ui.compare.top_changed", &["before", "after"]),
    ("ui.compare.top_same", &["motives"]),
    ("ui.compare.added", &["channels"]),
    ("ui.compare.dropped", &["channels"]),
    ("ui.compare.kept", &["channels"]),
    ("ui.data.results", &["count"]),
    ("ui.data.in_progress", &["answered", "total"]),
    ("ui.import.limit", &["mb"]),
];

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

impl Strings {
    /// The label of a fixed term, or the key itself when missing (never in a
    /// validated table).
    pub fn term<'a>(&'a self, key: &'a str) -> &'a str {
        self.terms.get(key).map(String::as_str).unwrap_or(key)
    }
}
