//! What a pack changes against the content it adapts: every difference between two
//! contents, each in exactly one list, split into those that change how results are
//! calculated and those that only change wording.

use serde::{Deserialize, Serialize};

use super::super::embedded::Content;

/// A thing added or removed: its id and its name (or text) in the language compared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    /// Its id.
    pub id: String,
    /// Its name, prompt or text, for the preview.
    pub name: String,
}

/// A channel whose ratings for the three reasons changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rerated {
    /// The channel's id.
    pub id: String,
    /// Its ratings before, in [`crate::model::Motive::ALL`] order.
    pub from: [u8; 3],
    /// Its ratings in the pack.
    pub to: [u8; 3],
}

/// A thing some of whose fields changed: its id and the names of those fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    /// Its id.
    pub id: String,
    /// The fields changed, as named in the file (`minutes`, `options.weekly.value`).
    pub fields: Vec<String>,
}

/// A number that changed: a scoring parameter or a scale's points.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParameterChange {
    /// Its name as in the file, e.g. `sharpen` or `bands`.
    pub name: String,
    /// Its value before, as text.
    pub from: String,
    /// Its value in the pack, as text.
    pub to: String,
}

/// Everything a pack changes against the content it adapts. Each difference is in
/// exactly one list; the lists marked "calculation" below change how results are
/// calculated, the others only wording or what is shown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Changes {
    /// Channels the pack adds (calculation).
    pub channels_added: Vec<Named>,
    /// Channels the pack leaves out (calculation).
    pub channels_removed: Vec<Named>,
    /// Channels rated differently for the three reasons (calculation).
    pub channels_rerated: Vec<Rerated>,
    /// Channels with other fields changed: minutes, privacy, posting, regions… (calculation).
    pub channels_changed: Vec<Fields>,
    /// Whether the channels come in another order, which settles ties (calculation).
    pub channels_reordered: bool,
    /// Channels renamed or described differently (wording).
    pub channels_reworded: Vec<Fields>,
    /// Questions the pack adds (calculation).
    pub items_added: Vec<Named>,
    /// Questions the pack leaves out (calculation).
    pub items_removed: Vec<Named>,
    /// Questions scored differently: reverse, weight, scale, motive, options… (calculation).
    pub items_rekeyed: Vec<Fields>,
    /// Whether the questions are asked in another order (neither: no result changes).
    pub items_reordered: bool,
    /// Questions worded differently: prompt, help, option labels (wording).
    pub items_reworded: Vec<Fields>,
    /// Answer scales added (calculation).
    pub scales_added: Vec<String>,
    /// Answer scales removed (calculation).
    pub scales_removed: Vec<String>,
    /// Answer scales with another number of points (calculation).
    pub scales_changed: Vec<ParameterChange>,
    /// Answer scales whose labels are worded differently, by scale id (wording).
    pub scales_reworded: Vec<String>,
    /// Plan actions the pack adds (calculation).
    pub actions_added: Vec<Named>,
    /// Plan actions the pack leaves out (calculation).
    pub actions_removed: Vec<Named>,
    /// Plan actions with other numbers, motives, stages… (calculation).
    pub actions_changed: Vec<Fields>,
    /// Whether the actions come in another order, which settles ties (calculation).
    pub actions_reordered: bool,
    /// Plan actions worded differently, by id (wording).
    pub actions_reworded: Vec<String>,
    /// Scoring parameters changed (calculation).
    pub scoring: Vec<ParameterChange>,
    /// Other texts worded differently: motives, layers, rules, truths and interface
    /// terms, by their key in the language, e.g. `terms.ui.brand` (wording).
    pub texts_reworded: Vec<String>,
    /// Languages the pack has that the content it adapts has not.
    pub languages_added: Vec<String>,
    /// Languages of the content it adapts that the pack has not.
    pub languages_removed: Vec<String>,
    /// Interface terms the pack's language lacked, taken from the built-in content (an
    /// app update adds terms; older packs keep loading).
    pub terms_filled: usize,
}

impl Changes {
    /// Whether the pack changes how results are calculated: a score, a ranking, the plan
    /// or which questions are asked.
    pub fn changes_calculation(&self) -> bool {
        todo!()
    }

    /// Whether the pack changes nothing at all (terms filled in from the built-in content
    /// do not count: they are the built-in wording).
    pub fn is_empty(&self) -> bool {
        todo!()
    }

    /// Whether the pack changes only wording: something changed, and nothing of it
    /// changes how results are calculated or which languages there are.
    pub fn wording_only(&self) -> bool {
        todo!()
    }
}

/// Every difference between `base` (the content a pack adapts) and `pack`, each in
/// exactly one list of [`Changes`]. Languages are compared by their tags only; a pack's
/// other languages are counted by [`super::read_pack`].
pub fn diff(base: &Content, pack: &Content) -> Changes {
    let _ = (base, pack);
    todo!()
}
