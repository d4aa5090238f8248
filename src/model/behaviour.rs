//! The behaviour profile (how often the person builds, maintains and uses contacts,
//! online and face to face, and their relationship habits) and the gap between
//! what matters to them and what they do.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::content::{Item, Scoring};
use super::embedded::Content;
use super::priority::PerMotive;
use super::scoring::keyed_point;
use super::term::{self, Key};
use super::vocab::{Activity, Habit, Mode, Motive};

/// One relationship habit, scored 0–100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct HabitScore {
    /// The habit.
    pub habit: Habit,
    /// 0 (never like me) to 100 (always like me); reverse items flipped.
    pub score: u8,
}

/// What the person currently does. Every value is 0–100: the mean of the answered
/// items of that kind, where the lowest scale point is 0 and the highest 100
/// (0 when none is answered).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BehaviourProfile {
    /// Making new contacts.
    pub building: u8,
    /// Keeping up contacts.
    pub maintaining: u8,
    /// Asking contacts for advice, introductions or referrals.
    pub using: u8,
    /// All behaviour online.
    pub online: u8,
    /// All behaviour face to face.
    pub face_to_face: u8,
    /// Each habit, in [`Habit::ALL`] order.
    pub habits: Vec<HabitScore>,
    /// Activity serving each motive (from the items' `serves` tags).
    pub per_motive: PerMotive<u8>,
}

impl BehaviourProfile {
    /// How often the person does one kind of networking, 0–100.
    pub fn activity(&self, activity: Activity) -> u8 {
        match activity {
            Activity::Building => self.building,
            Activity::Maintaining => self.maintaining,
            Activity::Using => self.using,
        }
    }

    /// One habit's score, 0–100 (0 if the content does not ask about it).
    pub fn habit(&self, habit: Habit) -> u8 {
        self.habits
            .iter()
            .find(|h| h.habit == habit)
            .map_or(0, |h| h.score)
    }

    /// The habits scoring below `weak_below`, weakest first (ties in [`Habit::ALL`]
    /// order).
    pub fn weak_habits(&self, weak_below: u8) -> Vec<Habit> {
        let mut weak: Vec<&HabitScore> = self
            .habits
            .iter()
            .filter(|h| h.score < weak_below)
            .collect();
        super::order::sort_short_by_key(&mut weak, |h| h.score);
        weak.into_iter().map(|h| h.habit).collect()
    }
}

impl Activity {
    /// Key of its name in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            Activity::Building => term::activity::BUILDING,
            Activity::Maintaining => term::activity::MAINTAINING,
            Activity::Using => term::activity::USING,
        }
    }
}

impl Mode {
    /// Key of its name in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            Mode::Online => term::mode::ONLINE,
            Mode::FaceToFace => term::mode::FACE_TO_FACE,
        }
    }
}

impl Habit {
    /// Key of its name in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            Habit::ShowInterest => term::habit::SHOW_INTEREST,
            Habit::StayInTouch => term::habit::STAY_IN_TOUCH,
            Habit::KnownFirst => term::habit::KNOWN_FIRST,
            Habit::NoMassInvites => term::habit::NO_MASS_INVITES,
        }
    }
}

/// How far along a habit is, in words rather than a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HabitLevel {
    /// Below `scoring.weak_below`: worth building.
    Weak,
    /// Between: on its way.
    Growing,
    /// From `scoring.active_from`: a strength.
    Strong,
}

impl HabitLevel {
    /// The level of a habit score under the content's thresholds.
    pub fn of(score: u8, scoring: &Scoring) -> HabitLevel {
        if score < scoring.weak_below {
            HabitLevel::Weak
        } else if score >= scoring.active_from {
            HabitLevel::Strong
        } else {
            HabitLevel::Growing
        }
    }

    /// The stable id used in markup.
    pub fn id(self) -> &'static str {
        match self {
            HabitLevel::Weak => "weak",
            HabitLevel::Growing => "growing",
            HabitLevel::Strong => "strong",
        }
    }

    /// Key of its words in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            HabitLevel::Weak => term::habit_level::WEAK,
            HabitLevel::Growing => term::habit_level::GROWING,
            HabitLevel::Strong => term::habit_level::STRONG,
        }
    }
}

impl Content {
    /// The person's answer, as the scale's label, to the frequency question of one kind
    /// of networking in one place (`None` if unanswered or not asked).
    pub fn frequency_label(
        &self,
        answers: &Answers,
        activity: Activity,
        mode: Mode,
    ) -> Option<&str> {
        let item = self
            .items()
            .iter()
            .find(|i| i.activity == Some(activity) && i.mode == Some(mode))?;
        let point = answers.point(&item.id)?;
        let labels = self.scale_labels(item.scale.as_deref()?);
        labels
            .get(usize::from(point).checked_sub(1)?)
            .map(String::as_str)
    }

    /// Whether any statement about a habit is answered (one nobody answered has no level).
    pub fn habit_answered(&self, answers: &Answers, habit: Habit) -> bool {
        self.items()
            .iter()
            .filter(|i| i.habit == Some(habit))
            .any(|i| answers.point(&i.id).is_some())
    }
}

/// How what matters compares with what the person does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// Within the gap threshold.
    Aligned,
    /// It matters more than the person's habits show.
    Under,
    /// The person does more of it than it matters to them.
    Over,
}

impl GapKind {
    /// The stable id used in markup.
    pub fn id(self) -> &'static str {
        match self {
            GapKind::Aligned => "aligned",
            GapKind::Under => "under",
            GapKind::Over => "over",
        }
    }

    /// Key of its label in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            GapKind::Aligned => term::gap::ALIGNED,
            GapKind::Under => term::gap::UNDER,
            GapKind::Over => term::gap::OVER,
        }
    }
}

/// The gap for one motive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gap {
    /// The motive.
    pub motive: Motive,
    /// Its motive score, 0–100.
    pub importance: u8,
    /// The behaviour serving it, 0–100.
    pub activity: u8,
    /// `importance − activity`.
    pub difference: i16,
    /// Whether the difference exceeds `scoring.gap_threshold`, and which way.
    pub kind: GapKind,
}

fn mean(content: &Content, answers: &Answers, pick: impl Fn(&Item) -> bool) -> u8 {
    let (mut num, mut den) = (0u32, 0u32);
    for item in content.items().iter().filter(|i| pick(i)) {
        if let Some(k) = keyed_point(content, answers, item) {
            num += u32::from(k.keyed - 1) * 100;
            den += u32::from(k.points - 1);
        }
    }
    if den == 0 {
        return 0;
    }
    u8::try_from((num + den / 2) / den).unwrap_or(100)
}

/// Builds the behaviour profile from the how-layer items.
pub fn behaviour_profile(content: &Content, answers: &Answers) -> BehaviourProfile {
    let act = |a: Activity| mean(content, answers, |i| i.activity == Some(a));
    let mode = |m: Mode| {
        mean(content, answers, |i| {
            i.activity.is_some() && i.mode == Some(m)
        })
    };
    let habits = Habit::ALL
        .into_iter()
        .map(|h| HabitScore {
            habit: h,
            score: mean(content, answers, |i| i.habit == Some(h)),
        })
        .collect();
    let per_motive =
        PerMotive(Motive::ALL.map(|m| mean(content, answers, |i| i.serves.contains(&m))));
    BehaviourProfile {
        building: act(Activity::Building),
        maintaining: act(Activity::Maintaining),
        using: act(Activity::Using),
        online: mode(Mode::Online),
        face_to_face: mode(Mode::FaceToFace),
        habits,
        per_motive,
    }
}

/// The gap per motive between its score and the behaviour that serves it.
pub fn gaps(scoring: &Scoring, scores: PerMotive<u8>, profile: &BehaviourProfile) -> Vec<Gap> {
    let threshold = i16::from(scoring.gap_threshold);
    Motive::ALL
        .into_iter()
        .map(|motive| {
            let importance = scores.get(motive);
            let activity = profile.per_motive.get(motive);
            let difference = i16::from(importance) - i16::from(activity);
            let kind = if difference > threshold {
                GapKind::Under
            } else if difference < -threshold {
                GapKind::Over
            } else {
                GapKind::Aligned
            };
            Gap {
                motive,
                importance,
                activity,
                difference,
                kind,
            }
        })
        .collect()
}
