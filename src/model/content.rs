//! The language-neutral content read from `content/model.toml`: items, scales,
//! channels, actions and the scoring parameters.
//!
//! Depends only on std, serde and [`super::vocab`], so `build.rs` can include it and
//! check the content before it is compiled into the app. User-visible text lives in
//! [`super::strings`], never here.

use serde::{Deserialize, Serialize};

use super::vocab::{
    Activity, Habit, ItemKind, Layer, Level, Mode, Motive, Role, Rule, Situation, Stage,
};

/// The content format version this build understands.
pub const FORMAT_VERSION: u32 = 2;

/// Everything in `content/model.toml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Content format version; must equal [`FORMAT_VERSION`].
    pub format: u32,
    /// Answer scales referred to by scale items.
    pub scales: Vec<Scale>,
    /// The questionnaire items, in the order they are asked.
    pub items: Vec<Item>,
    /// The channel catalogue.
    pub channels: Vec<Channel>,
    /// The action library the weekly plan draws from.
    pub actions: Vec<Action>,
    /// Scoring parameters.
    pub scoring: Scoring,
}

/// A labelled answer scale whose points are `1..=points`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Stable id; its labels are in the string table under the same id.
    pub id: String,
    /// Number of points (at least 2).
    pub points: u8,
}

/// One questionnaire item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Stable id; answers are stored under it.
    pub id: String,
    /// The layer it belongs to.
    pub layer: Layer,
    /// How it is answered.
    pub kind: ItemKind,
    /// For scale items: the scale id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<String>,
    /// For motive items: the motive it measures.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motive: Option<Motive>,
    /// For motive and habit items: agreement counts against the motive or habit.
    #[serde(default, skip_serializing_if = "is_false")]
    pub reverse: bool,
    /// Relative weight of a motive item within its motive (default 1).
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: u8,
    /// For behaviour frequency items: building, maintaining or using contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
    /// For behaviour frequency items: online or face to face.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mode: Option<Mode>,
    /// For behaviour frequency items: the motives this behaviour serves (for the gap).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub serves: Vec<Motive>,
    /// For habit items: the habit measured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub habit: Option<Habit>,
    /// For constraints items: what the answer means to scoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// For split items: the number of points to share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<u8>,
    /// For choice items: the options in display order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ChoiceOption>,
}

/// One option of a single- or multi-choice item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// Stable id; for the platforms item it is a channel id.
    pub id: String,
    /// Meaning for scoring: minutes for the time budget, a 0–3 level for comfort items.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<u16>,
}

/// One channel of the catalogue: a platform, community or kind of event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    /// Stable id; its name and rationale are in the string table.
    pub id: String,
    /// How well it serves each motive, 0–3, in [`Motive::ALL`] order.
    pub ratings: [u8; 3],
    /// Minutes per week it needs to work.
    pub minutes: u16,
    /// How much of yourself it exposes, 0–3.
    pub privacy: u8,
    /// Whether it only works if you post publicly.
    pub posting: bool,
    /// Whether it happens face to face.
    pub face_to_face: bool,
    /// Whether it means meeting people you do not know yet.
    #[serde(default, skip_serializing_if = "is_false")]
    pub strangers: bool,
    /// Region option ids where it is especially relevant (empty: everywhere alike).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub regions: Vec<String>,
    /// Whether it is little used outside `regions` (fit drops for other regions).
    #[serde(default, skip_serializing_if = "is_false")]
    pub regional: bool,
    /// Region option ids where it is blocked or hardly used: it is left out there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unavailable: Vec<String>,
    /// Field (audience option) ids where it is especially relevant (empty: all alike).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub audiences: Vec<String>,
    /// Whether it is of little use outside `audiences` (fit drops for other fields).
    #[serde(default, skip_serializing_if = "is_false")]
    pub specialist: bool,
    /// Situations it especially suits (empty: all alike).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<Situation>,
    /// Whether it only makes sense in `situations` (it is left out for the others).
    #[serde(default, skip_serializing_if = "is_false")]
    pub situation_only: bool,
}

impl Channel {
    /// This channel's rating for one motive.
    pub fn rating(&self, motive: Motive) -> u8 {
        self.ratings[motive.index()]
    }
}

/// One concrete behaviour for the weekly plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    /// Stable id; its text is in the string table.
    pub id: String,
    /// Motives it serves.
    pub motives: Vec<Motive>,
    /// The channel it happens on, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// Stages it suits.
    pub stages: Vec<Stage>,
    /// Minutes per week.
    pub minutes: u16,
    /// Whether it happens face to face.
    pub face_to_face: bool,
    /// The rule it serves.
    pub rule: Rule,
    /// Comfort with public posting it needs, 0 (nothing public) to 3 (regular posts).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub posting: u8,
    /// How much of yourself it shows, 0–3, against the privacy comfort.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub privacy: u8,
    /// Comfort meeting strangers it needs, 0 (none) to 3 (walking up to people).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub strangers: u8,
    /// The only situations it is for (empty: every situation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub situations: Vec<Situation>,
    /// The relationship habit it builds, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub habit: Option<Habit>,
    /// What kind of networking it is: building, maintaining or using contacts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity: Option<Activity>,
    /// A first step, or a step up for someone who already does a lot of `activity`.
    #[serde(default, skip_serializing_if = "is_start")]
    pub level: Level,
}

/// Tunable scoring parameters. Formulas using them are documented where applied.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scoring {
    /// Percent of a priority weight taken from the point split (rest: Likert share).
    pub split_share: u8,
    /// Weights within this many percentage points of the top are joint priorities.
    pub joint_threshold: u8,
    /// Importance minus activity beyond this many points counts as a gap.
    pub gap_threshold: u8,
    /// Fit lost when a channel needs more minutes than the weekly budget.
    pub time_penalty: u8,
    /// Fit lost per level a channel's privacy exposure exceeds the person's comfort.
    pub privacy_penalty: u8,
    /// Fit lost per level posting comfort falls below `comfort_needed`.
    pub posting_penalty: u8,
    /// Fit lost per level strangers comfort falls below `comfort_needed`.
    pub strangers_penalty: u8,
    /// Comfort level (0–3) at which posting or meeting strangers costs nothing.
    pub comfort_needed: u8,
    /// Fit gained for a channel already used.
    pub used_bonus: u8,
    /// Fit gained for a channel especially relevant to the person's region.
    pub region_bonus: u8,
    /// Fit lost by a regional channel for a person in another region.
    pub outside_region_penalty: u8,
    /// Fit gained for a channel especially relevant to the person's audience.
    pub audience_bonus: u8,
    /// Lowest fit of each band: strong, good, possible (below: poor).
    pub bands: [u8; 3],
    /// The power the priority weights are raised to before they meet the channel
    /// ratings (then scaled back to sum to 100), so the main reason leads: 1 leaves
    /// them as they are.
    pub sharpen: u8,
    /// Fit lost by a specialist channel for a person in another field.
    pub outside_field_penalty: u8,
    /// Fit gained for a channel that especially suits the person's situation.
    pub situation_bonus: u8,
    /// A reason counts as strong from this statement score (0–100); when none is, the
    /// results say so and the plan is kept light.
    pub strong_motive: u8,
    /// A habit or a kind of networking below this score (0–100) is worth building.
    pub weak_below: u8,
    /// From this score (0–100) the person already does a lot of a kind of networking,
    /// so first steps in it give way to steps up.
    pub active_from: u8,
}

fn one() -> u8 {
    1
}

fn is_one(v: &u8) -> bool {
    *v == 1
}

fn is_zero(v: &u8) -> bool {
    *v == 0
}

fn is_start(v: &Level) -> bool {
    *v == Level::Start
}

fn is_false(v: &bool) -> bool {
    !*v
}
