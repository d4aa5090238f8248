//! [`Results`]: everything scored from one set of answers, in one structure the UI
//! renders with strings looked up by id.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::behaviour::{behaviour_profile, gaps, BehaviourProfile, Gap};
use super::constraints::Constraints;
use super::embedded::Content;
use super::fit::{rank_channels, ChannelFit};
use super::plan::{build_plan, Plan};
use super::priority::{priorities, PerMotive, Priorities};
use super::scoring::{is_straight_lining, motive_scores, Contribution};
use super::vocab::{ItemKind, Motive};

/// The full result of an assessment. Contains ids and numbers only, no text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Results {
    /// Motive scores 0–100 from the statements alone.
    pub scores: PerMotive<u8>,
    /// The point split as answered (known, equipped, connected), if answered.
    pub split: Option<[u8; 3]>,
    /// How each statement moved its motive score.
    pub contributions: Vec<Contribution>,
    /// Blended priority weights, top and joint motives, and flags.
    pub priorities: Priorities,
    /// What the person does now.
    pub behaviour: BehaviourProfile,
    /// What matters against what they do, per motive.
    pub gaps: Vec<Gap>,
    /// The constraints used for channels and the plan.
    pub constraints: Constraints,
    /// Every channel, best fit first.
    pub channels: Vec<ChannelFit>,
    /// The weekly plan.
    pub plan: Plan,
    /// Whether every required item was answered.
    pub complete: bool,
}

/// Advice the results add when the person's answers call for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Note {
    /// No reason is strong now: the plan is light, and the results say so honestly.
    NoneStrong,
    /// The person wants to become better known but would rather not post: how to
    /// become known without posting, and what that gives up.
    KnownWithoutPosting,
}

impl Results {
    /// The notes these results carry, in the order they are shown.
    pub fn notes(&self) -> Vec<Note> {
        let mut notes = Vec::new();
        if self.priorities.none_strong {
            notes.push(Note::NoneStrong);
        }
        if self.priorities.top.contains(&Motive::Known) && self.constraints.posting == 0 {
            notes.push(Note::KnownWithoutPosting);
        }
        notes
    }
}

/// Scores the answers with the constraints they contain.
pub fn score(content: &Content, answers: &Answers) -> Results {
    score_with(
        content,
        answers,
        &Constraints::from_answers(content, answers),
    )
}

/// Scores the answers, but with the given constraints in place of the answered
/// ones (for what-if views: a different time budget or comfort level).
pub fn score_with(content: &Content, answers: &Answers, constraints: &Constraints) -> Results {
    let scoring = &content.model.scoring;
    let (scores, contributions) = motive_scores(content, answers);
    let split_item = content.items().iter().find(|i| i.kind == ItemKind::Split);
    let split = split_item
        .filter(|i| answers.is_answered(content, i))
        .and_then(|i| answers.split(&i.id).zip(i.total));
    let straight = is_straight_lining(content, answers);
    let priorities = priorities(scoring, scores, split, straight);
    let behaviour = behaviour_profile(content, answers);
    let gaps = gaps(scoring, scores, &behaviour);
    let channels = rank_channels(content, priorities.fit_weights, constraints);
    let plan = build_plan(
        content,
        &priorities,
        constraints,
        &channels,
        &behaviour,
        &gaps,
    );
    Results {
        scores,
        split: split.map(|(s, _)| s),
        contributions,
        priorities,
        behaviour,
        gaps,
        constraints: constraints.clone(),
        channels,
        plan,
        complete: answers.is_complete(content),
    }
}
