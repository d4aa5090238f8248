//! The weekly action plan: a few concrete behaviours that fit the time budget and
//! stage, cover the top motive (and joint ones), always include a face-to-face
//! step, and prefer the best-fitting channels.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::constraints::Constraints;
use super::content::Action;
use super::embedded::Content;
use super::fit::{Band, ChannelFit};
use super::priority::Priorities;
use super::term::{self, Key};
use super::vocab::{Motive, Rule};

/// Most steps in a plan.
pub const MAX_STEPS: usize = 5;

/// Steps a plan aims for when the budget allows.
pub const MIN_STEPS: usize = 3;

/// Value lost by an action on a channel already in the plan.
const REPEAT_PENALTY: i32 = 30;

/// Channels this high in the ranking count as top channels for the plan.
const TOP_CHANNELS: usize = 5;

/// Why a step is in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepPurpose {
    /// It serves a top motive.
    ForMotive(Motive),
    /// It is the plan's face-to-face step.
    FaceToFace,
    /// It fills the remaining time well.
    Extra,
}

impl StepPurpose {
    /// Key of its label in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            StepPurpose::ForMotive(_) => term::plan::FOR_MOTIVE,
            StepPurpose::FaceToFace => term::plan::FACE_TO_FACE,
            StepPurpose::Extra => term::plan::EXTRA,
        }
    }
}

/// One weekly behaviour.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanStep {
    /// The action id (its text is in the string table's actions).
    pub action: String,
    /// Minutes per week.
    pub minutes: u16,
    /// Whether it happens face to face.
    pub face_to_face: bool,
    /// The channel it happens on, if any.
    pub channel: Option<String>,
    /// The rule it serves.
    pub rule: Rule,
    /// Why it was chosen.
    pub purpose: StepPurpose,
}

/// The plan: steps in the order they were chosen, and the time they take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The steps, at most [`MAX_STEPS`].
    pub steps: Vec<PlanStep>,
    /// Sum of the steps' minutes (never above `budget`).
    pub total_minutes: u16,
    /// The weekly budget the plan was built for.
    pub budget: u16,
}

/// Ranks an action: `2 · (highest weight among its motives) + channel fit`
/// (40 for actions without a channel) `+ 15` on a top channel, minus its share of
/// the budget in percent, so tight budgets favour short actions.
fn value(a: &Action, p: &Priorities, fits: &[ChannelFit], budget: u16) -> i32 {
    let weight = a
        .motives
        .iter()
        .map(|m| p.weights.get(*m))
        .max()
        .unwrap_or(0);
    let (fit, top) = match &a.channel {
        None => (40, false),
        Some(ch) => match fits.iter().position(|f| &f.channel == ch) {
            Some(i) => (i32::from(fits[i].fit), i < TOP_CHANNELS),
            None => (0, false),
        },
    };
    let share = i32::from(a.minutes) * 100 / i32::from(budget.max(1));
    2 * i32::from(weight) + fit + if top { 15 } else { 0 } - share
}

/// Lowers the value of an action on a channel the plan already uses, so a plan
/// spreads over channels when it can.
fn repeat(plan: &Plan, a: &Action) -> i32 {
    let same = |s: &PlanStep| s.channel.is_some() && s.channel == a.channel;
    if plan.steps.iter().any(same) {
        REPEAT_PENALTY
    } else {
        0
    }
}

fn usable(a: &Action, fits: &[ChannelFit]) -> bool {
    match &a.channel {
        None => true,
        Some(ch) => fits
            .iter()
            .any(|f| &f.channel == ch && matches!(f.band, Band::Strong | Band::Good)),
    }
}

/// Builds the plan. Deterministic: equal values keep the action library's order,
/// and an action on a channel already in the plan loses value.
///
/// Each pick leaves room for the steps still wanted (at least [`MIN_STEPS`], one
/// per top motive plus the face-to-face one) at the shortest action's length, and
/// leaves room for fewer of them only when nothing else fits.
///
/// 1. The best face-to-face action that fits (from all face-to-face actions of the
///    stage if none on a usable channel fits).
/// 2. For each top motive, the best action serving it that still fits.
/// 3. The best remaining actions while they fit, up to [`MAX_STEPS`].
///
/// Candidates suit the stage and are on no channel or on one with a strong or good
/// fit.
pub fn build_plan(content: &Content, p: &Priorities, c: &Constraints, fits: &[ChannelFit]) -> Plan {
    let budget = c.minutes;
    let staged: Vec<&Action> = content
        .model
        .actions
        .iter()
        .filter(|a| a.stages.contains(&c.stage))
        .collect();
    let mut ranked: Vec<(&Action, i32)> = staged
        .iter()
        .map(|a| (*a, value(a, p, fits, budget)))
        .collect();
    ranked.sort_by_key(|(_, v)| std::cmp::Reverse(*v));
    let mut plan = Plan {
        steps: Vec::new(),
        total_minutes: 0,
        budget,
    };
    // Leave room for the steps still to come, so one long action cannot crowd out
    // the rest of a small budget.
    let shortest = staged.iter().map(|a| a.minutes).min().unwrap_or(0);
    let wanted = (1 + p.top.len()).clamp(MIN_STEPS, MAX_STEPS);
    let pick = |plan: &Plan, need: &dyn Fn(&Action) -> bool, any_channel: bool| {
        let later = u16::try_from(wanted.saturating_sub(plan.steps.len() + 1)).unwrap_or(0);
        let candidates = || {
            staged
                .iter()
                .copied()
                .filter(|a| any_channel || usable(a, fits))
                .filter(|a| !plan.steps.iter().any(|s| s.action == a.id))
                .filter(|a| need(a))
        };
        let fits_with = |a: &Action, keep: u16| plan.total_minutes + a.minutes + keep <= budget;
        let best = |keep: u16| {
            candidates()
                .filter(|a| fits_with(a, keep))
                .enumerate()
                .max_by_key(|(i, a)| (value(a, p, fits, budget) - repeat(plan, a), Reverse(*i)))
                .map(|(_, a)| a)
        };
        (0..=later).rev().find_map(|k| best(shortest * k))
    };
    let face = |a: &Action| a.face_to_face;
    if let Some(a) = pick(&plan, &face, false).or_else(|| pick(&plan, &face, true)) {
        push(&mut plan, a, StepPurpose::FaceToFace);
    }
    for &m in &p.top {
        if let Some(a) = pick(&plan, &|a: &Action| a.motives.contains(&m), false) {
            push(&mut plan, a, StepPurpose::ForMotive(m));
        }
    }
    while plan.steps.len() < MAX_STEPS {
        match pick(&plan, &|_: &Action| true, false) {
            Some(a) => push(&mut plan, a, StepPurpose::Extra),
            None => break,
        }
    }
    plan
}

fn push(plan: &mut Plan, a: &Action, purpose: StepPurpose) {
    plan.total_minutes += a.minutes;
    plan.steps.push(PlanStep {
        action: a.id.clone(),
        minutes: a.minutes,
        face_to_face: a.face_to_face,
        channel: a.channel.clone(),
        rule: a.rule,
        purpose,
    });
}
