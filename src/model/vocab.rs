//! The fixed vocabulary of the model: motives, layers, item kinds, behaviour
//! dimensions, constraint roles, stages and rules.
//!
//! Depends only on std and serde, so `build.rs` can include it to check content.

use serde::{Deserialize, Serialize};

/// One of the three reasons people network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Motive {
    /// Raise your profile in an industry, region or group.
    Known,
    /// Learn, get advice and support, find expertise you lack.
    Equipped,
    /// Relationships that lead to introductions and referrals.
    Connected,
}

impl Motive {
    /// All motives in their canonical order (the order of every per-motive array).
    pub const ALL: [Motive; 3] = [Motive::Known, Motive::Equipped, Motive::Connected];

    /// Position of this motive in [`Motive::ALL`].
    pub fn index(self) -> usize {
        match self {
            Motive::Known => 0,
            Motive::Equipped => 1,
            Motive::Connected => 2,
        }
    }

    /// The stable id used in content files and string tables.
    pub fn id(self) -> &'static str {
        match self {
            Motive::Known => "known",
            Motive::Equipped => "equipped",
            Motive::Connected => "connected",
        }
    }
}

/// The questionnaire layer an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Layer {
    /// Why the person networks (motive items and the priority split).
    Why,
    /// What the person currently does (behaviour frequency and habits).
    How,
    /// Time, comfort, stage, region, audience and platforms already used.
    Constraints,
}

impl Layer {
    /// All layers in questionnaire order.
    pub const ALL: [Layer; 3] = [Layer::Why, Layer::How, Layer::Constraints];

    /// The stable id used in string tables.
    pub fn id(self) -> &'static str {
        match self {
            Layer::Why => "why",
            Layer::How => "how",
            Layer::Constraints => "constraints",
        }
    }
}

/// How an item is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// A point on a labelled scale (`scale` names it).
    Scale,
    /// Points shared across the three motives (`total` of them).
    Split,
    /// Exactly one of `options`.
    Single,
    /// Any number of `options`, possibly none.
    Multi,
}

/// What a scale item measures, besides a motive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Activity {
    /// Making new contacts.
    Building,
    /// Keeping up existing contacts.
    Maintaining,
    /// Asking contacts for advice, introductions or referrals.
    Using,
}

impl Activity {
    /// All kinds of networking, in display order.
    pub const ALL: [Activity; 3] = [Activity::Building, Activity::Maintaining, Activity::Using];

    /// The stable id used in string tables and markup.
    pub fn id(self) -> &'static str {
        match self {
            Activity::Building => "building",
            Activity::Maintaining => "maintaining",
            Activity::Using => "using",
        }
    }
}

/// Where a behaviour happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// On a platform or by message.
    Online,
    /// In the same room.
    FaceToFace,
}

impl Mode {
    /// Both places, in display order.
    pub const ALL: [Mode; 2] = [Mode::Online, Mode::FaceToFace];

    /// The stable id used in string tables and markup.
    pub fn id(self) -> &'static str {
        match self {
            Mode::Online => "online",
            Mode::FaceToFace => "face_to_face",
        }
    }
}

/// A relationship-quality habit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Habit {
    /// Show an interest in the other person first.
    ShowInterest,
    /// Stay in touch between needs.
    StayInTouch,
    /// Connect with people you know first.
    KnownFirst,
    /// No mass invitations.
    NoMassInvites,
}

impl Habit {
    /// All habits in display order.
    pub const ALL: [Habit; 4] = [
        Habit::ShowInterest,
        Habit::StayInTouch,
        Habit::KnownFirst,
        Habit::NoMassInvites,
    ];

    /// The stable id used in string tables and markup.
    pub fn id(self) -> &'static str {
        match self {
            Habit::ShowInterest => "show_interest",
            Habit::StayInTouch => "stay_in_touch",
            Habit::KnownFirst => "known_first",
            Habit::NoMassInvites => "no_mass_invites",
        }
    }
}

/// The special meaning of a constraints item, so scoring can find it by role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Weekly time budget; option values are minutes (the band's upper bound).
    TimeBudget,
    /// How much the person is happy to reveal; option values 0–3.
    Privacy,
    /// Comfort posting publicly; option values 0–3.
    Posting,
    /// Comfort meeting strangers; option values 0–3.
    Strangers,
    /// Curiosity, focus or strategy; option ids are [`Stage`] ids.
    Stage,
    /// Region; option ids are referred to by channels.
    Region,
    /// Industry or audience; option ids are referred to by channels.
    Audience,
    /// Platforms already used; option ids are channel ids.
    Platforms,
    /// Work situation; option ids are [`Situation`] ids.
    Situation,
}

impl Role {
    /// Every role; each must be carried by exactly one item.
    pub const ALL: [Role; 9] = [
        Role::TimeBudget,
        Role::Privacy,
        Role::Posting,
        Role::Strangers,
        Role::Stage,
        Role::Region,
        Role::Audience,
        Role::Platforms,
        Role::Situation,
    ];
}

/// The person's work situation, which decides which channels and steps make sense
/// (a freelancer's past clients, an employee's colleagues, a job seeker's recruiters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Situation {
    /// Employed by an organisation.
    Employed,
    /// Self-employed or freelance.
    SelfEmployed,
    /// Running a business with staff or partners.
    BusinessOwner,
    /// Looking for work.
    JobSeeking,
    /// Moving to another field.
    ChangingCareer,
    /// Studying or early in a career.
    Studying,
}

impl Situation {
    /// All situations in the order they are offered.
    pub const ALL: [Situation; 6] = [
        Situation::Employed,
        Situation::SelfEmployed,
        Situation::BusinessOwner,
        Situation::JobSeeking,
        Situation::ChangingCareer,
        Situation::Studying,
    ];

    /// The stable id, also the option id of the situation item.
    pub fn id(self) -> &'static str {
        match self {
            Situation::Employed => "employed",
            Situation::SelfEmployed => "self_employed",
            Situation::BusinessOwner => "business_owner",
            Situation::JobSeeking => "job_seeking",
            Situation::ChangingCareer => "changing_career",
            Situation::Studying => "studying",
        }
    }

    /// The situation with this id, if any.
    pub fn from_id(id: &str) -> Option<Situation> {
        Situation::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// Whether an action is a first step or a step up for someone who already does a lot.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// A good first step.
    #[default]
    Start,
    /// For someone who already does this kind of networking often.
    StepUp,
}

/// How far along the person is: from trying things to a deliberate strategy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Trying things out.
    Curiosity,
    /// Narrowing down to what works.
    Focus,
    /// A deliberate, reviewed plan.
    Strategy,
}

impl Stage {
    /// All stages in order.
    pub const ALL: [Stage; 3] = [Stage::Curiosity, Stage::Focus, Stage::Strategy];

    /// The stable id, also the option id of the stage item.
    pub fn id(self) -> &'static str {
        match self {
            Stage::Curiosity => "curiosity",
            Stage::Focus => "focus",
            Stage::Strategy => "strategy",
        }
    }

    /// The stage with this id, if any.
    pub fn from_id(id: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The rule of good networking an action serves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Engage rather than promote.
    EngageNotPromote,
    /// Be consistent so people recognise you.
    BeConsistent,
    /// Show an interest in the other person.
    ShowInterest,
    /// Develop the relationship over time.
    DevelopOverTime,
    /// Stay in touch.
    StayInTouch,
    /// Connect with people you know first.
    KnownFirst,
    /// With strangers, find common ground first.
    CommonGround,
    /// Meet in person.
    MeetInPerson,
}

impl Rule {
    /// Every rule.
    pub const ALL: [Rule; 8] = [
        Rule::EngageNotPromote,
        Rule::BeConsistent,
        Rule::ShowInterest,
        Rule::DevelopOverTime,
        Rule::StayInTouch,
        Rule::KnownFirst,
        Rule::CommonGround,
        Rule::MeetInPerson,
    ];

    /// The three basic rules, in the order they are taught.
    pub const BASIC: [Rule; 3] = [Rule::ShowInterest, Rule::DevelopOverTime, Rule::StayInTouch];

    /// The stable id used in string tables.
    pub fn id(self) -> &'static str {
        match self {
            Rule::EngageNotPromote => "engage_not_promote",
            Rule::BeConsistent => "be_consistent",
            Rule::ShowInterest => "show_interest",
            Rule::DevelopOverTime => "develop_over_time",
            Rule::StayInTouch => "stay_in_touch",
            Rule::KnownFirst => "known_first",
            Rule::CommonGround => "common_ground",
            Rule::MeetInPerson => "meet_in_person",
        }
    }
}
