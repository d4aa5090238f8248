//! The weekly action plan: a few concrete behaviours that fit the time budget, the
//! stage, the situation and every comfort limit, cover the main reason (and joint
//! ones), always include a face-to-face step, prefer the best-fitting channels, close
//! the gap between what matters and what the person does, build a weak habit, and give
//! someone who already does a lot a step up rather than a first step.

use std::cmp::Reverse;

use serde::{Deserialize, Serialize};

use super::behaviour::{BehaviourProfile, Gap, GapKind};
use super::constraints::Constraints;
use super::content::Action;
use super::embedded::Content;
use super::fit::{Band, ChannelFit, ReasonKind};
use super::priority::Priorities;
use super::term::{self, Key};
use super::vocab::{Activity, Habit, Level, Motive, Rule};

/// Most steps in a plan.
pub const MAX_STEPS: usize = 5;

/// Steps a plan aims for when the budget allows.
pub const MIN_STEPS: usize = 3;

/// Most steps in a light plan, for someone with no strong reason to network now.
pub const LIGHT_STEPS: usize = 2;

/// Value lost by an action on a channel already in the plan.
const REPEAT_PENALTY: i32 = 30;

/// Value lost by an action for each step of the plan that follows its rule already: two
/// steps that practise the same thing (two ways of showing an interest) teach less than two
/// that practise different things.
const RULE_REPEAT_PENALTY: i32 = 20;

/// Value gained by an action that serves a reason the person does too little for.
const GAP_BONUS: i32 = 20;

/// Value gained by an action that builds a weak habit.
const HABIT_BONUS: i32 = 20;

/// Value gained by an action written for the person's situation.
const SITUATION_BONUS: i32 = 15;

/// Value gained by a step up, and lost by a first step, in a kind of networking the
/// person already does a lot of.
const LEVEL_SHIFT: i32 = 25;

/// The channel fit an action on no channel counts with: such steps (a coffee, a
/// question in person, a note) suit almost anyone.
const NO_CHANNEL_FIT: i32 = 50;

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
    /// It serves a reason that matters more than the person's habits show.
    CloseGap(Motive),
    /// It builds a habit the person does not have yet.
    BuildHabit(Habit),
    /// It fills the remaining time well.
    Extra,
}

impl StepPurpose {
    /// Key of its label in the string table's terms.
    pub fn term_key(self) -> Key {
        match self {
            StepPurpose::ForMotive(_) => term::plan::FOR_MOTIVE,
            StepPurpose::FaceToFace => term::plan::FACE_TO_FACE,
            StepPurpose::CloseGap(_) => term::plan::CLOSE_GAP,
            StepPurpose::BuildHabit(_) => term::plan::BUILD_HABIT,
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
    /// A reason it serves that matters more to the person than their habits show (only at
    /// the first step that serves it).
    pub gap: Option<Motive>,
    /// A weak habit it builds (only at the first step that builds it).
    pub habit: Option<Habit>,
    /// The kind of networking it is a step up in, for someone who already does a lot (only
    /// at the first step up in it).
    pub step_up: Option<Activity>,
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
    /// Whether it is a light plan, because no reason is strong now.
    pub light: bool,
}

/// What the plan is built from besides the content.
struct Inputs<'a> {
    p: &'a Priorities,
    c: &'a Constraints,
    fits: &'a [ChannelFit],
    /// Reasons that matter more than the person's habits show, biggest gap first.
    under: Vec<Motive>,
    /// Habits below the content's `weak_below`, weakest first.
    weak: Vec<Habit>,
    /// Kinds of networking the person already does a lot of.
    active: Vec<Activity>,
}

impl Inputs<'_> {
    /// Ranks an action: `2 · (highest fit weight among its motives) + channel fit`
    /// ([`NO_CHANNEL_FIT`] for actions without a channel) `+ 15` on a top channel, `+ 20` if it serves
    /// a reason with a gap, `+ 20` if it builds a weak habit, `+ 15` if it is written
    /// for the person's situation, `± 25` for a step up
    /// (or a first step) in a kind of networking the person already does a lot of,
    /// minus its share of the budget in percent, so tight budgets favour short actions.
    fn value(&self, a: &Action) -> i32 {
        let weight = a
            .motives
            .iter()
            .map(|m| self.p.fit_weights.get(*m))
            .max()
            .unwrap_or(0);
        let (fit, top) = match &a.channel {
            None => (NO_CHANNEL_FIT, false),
            Some(ch) => match self.fits.iter().position(|f| &f.channel == ch) {
                Some(i) => (i32::from(self.fits[i].fit), i < TOP_CHANNELS),
                None => (0, false),
            },
        };
        let share = i32::from(a.minutes) * 100 / i32::from(self.c.minutes.max(1));
        let gap = self.gap(a).map_or(0, |_| GAP_BONUS);
        let habit = self.habit(a).map_or(0, |_| HABIT_BONUS);
        let level = match (a.level, a.activity.filter(|x| self.active.contains(x))) {
            (Level::StepUp, Some(_)) => LEVEL_SHIFT,
            (Level::Start, Some(_)) => -LEVEL_SHIFT,
            _ => 0,
        };
        // A step written for the person's situation (past clients for a freelancer,
        // recruiters for a job seeker) beats a general one.
        let situation = if !a.situations.is_empty()
            && self.c.situation.is_some_and(|s| a.situations.contains(&s))
        {
            SITUATION_BONUS
        } else {
            0
        };
        2 * i32::from(weight) + fit + if top { 15 } else { 0 } + gap + habit + level + situation
            - share
    }

    /// The first reason with a gap that the action serves.
    fn gap(&self, a: &Action) -> Option<Motive> {
        self.under.iter().copied().find(|m| a.motives.contains(m))
    }

    /// The weak habit the action builds.
    fn habit(&self, a: &Action) -> Option<Habit> {
        a.habit.filter(|h| self.weak.contains(h))
    }

    /// Whether the person could take this step at all: their stage and situation,
    /// within their comfort with posting, privacy and strangers, a step up only where
    /// they already do a lot, and on no channel or on one that is not left out for
    /// them (with `any_channel`) or fits them well.
    fn allowed(&self, a: &Action, any_channel: bool) -> bool {
        let c = self.c;
        let situation =
            a.situations.is_empty() || c.situation.is_some_and(|s| a.situations.contains(&s));
        let level = match a.level {
            Level::Start => true,
            Level::StepUp => a.activity.is_some_and(|x| self.active.contains(&x)),
        };
        // Never a step on a regional channel little used where the person works, however
        // well it would otherwise serve them: nobody they meet would be there.
        let channel = match &a.channel {
            None => true,
            Some(ch) => self.fits.iter().any(|f| {
                &f.channel == ch
                    && !f
                        .reasons
                        .iter()
                        .any(|r| r.kind == ReasonKind::OutsideRegion)
                    && if any_channel {
                        f.fit > 0
                    } else {
                        matches!(f.band, Band::Strong | Band::Good)
                    }
            }),
        };
        a.stages.contains(&c.stage)
            && situation
            && a.posting <= c.posting
            && a.privacy <= c.privacy
            && a.strangers <= c.strangers
            && level
            && channel
    }
}

/// Lowers the value of an action on a channel the plan already uses, or following a rule a
/// step already follows, so a plan spreads over channels and rules when it can.
fn repeat(plan: &Plan, a: &Action) -> i32 {
    let same_channel = |s: &PlanStep| s.channel.is_some() && s.channel == a.channel;
    let channel = if plan.steps.iter().any(same_channel) {
        REPEAT_PENALTY
    } else {
        0
    };
    let rule: i32 = plan
        .steps
        .iter()
        .filter(|s| s.rule == a.rule)
        .map(|_| RULE_REPEAT_PENALTY)
        .sum();
    channel + rule
}

/// Builds the plan. Deterministic: equal values keep the action library's order,
/// and an action on a channel already in the plan loses value.
///
/// Candidates are the actions the person could take (see `allowed`: stage,
/// situation, every comfort limit, step ups only where they already do a lot, and a
/// channel that fits them well). Each pick leaves room for the steps still wanted at
/// the shortest candidate's length, and leaves room for fewer only when nothing else
/// fits.
///
/// 1. The best face-to-face action that fits (from actions on any channel that is not
///    left out, if none on a well-fitting channel fits).
/// 2. For each top motive, the best action serving it that still fits; for better
///    connected, one that asks contacts for something, if one fits.
/// 3. If a habit is weak and no step builds it yet, the best action that does.
/// 4. If a reason matters more than the person's habits show and no step serves it
///    yet, the best action that does.
/// 5. The best remaining actions while they fit, up to [`MAX_STEPS`].
///
/// When no reason is strong (`Priorities::none_strong`), the plan stops after
/// [`LIGHT_STEPS`]: a face-to-face step and one for the top reason.
pub fn build_plan(
    content: &Content,
    p: &Priorities,
    c: &Constraints,
    fits: &[ChannelFit],
    behaviour: &BehaviourProfile,
    gaps: &[Gap],
) -> Plan {
    let scoring = &content.model.scoring;
    let mut under: Vec<&Gap> = gaps.iter().filter(|g| g.kind == GapKind::Under).collect();
    super::order::sort_short_by_key(&mut under, |g| Reverse(g.difference));
    let inputs = Inputs {
        p,
        c,
        fits,
        under: under.into_iter().map(|g| g.motive).collect(),
        weak: behaviour.weak_habits(scoring.weak_below),
        active: Activity::ALL
            .into_iter()
            .filter(|x| behaviour.activity(*x) >= scoring.active_from)
            .collect(),
    };
    let light = p.none_strong;
    let max_steps = if light { LIGHT_STEPS } else { MAX_STEPS };
    let budget = c.minutes;
    let mut plan = Plan {
        steps: Vec::new(),
        total_minutes: 0,
        budget,
        light,
    };
    let possible: Vec<&Action> = content
        .model
        .actions
        .iter()
        .filter(|a| inputs.allowed(a, true))
        .collect();
    // Leave room for the steps still to come, so one long action cannot crowd out
    // the rest of a small budget.
    let shortest = possible.iter().map(|a| a.minutes).min().unwrap_or(0);
    let extra_aims = usize::from(!inputs.weak.is_empty()) + usize::from(!inputs.under.is_empty());
    let wanted = (1 + p.top.len() + extra_aims).max(MIN_STEPS).min(max_steps);
    // The best action meeting the first of `needs` (in order of preference) that some
    // action meets while leaving room for as many later steps as possible.
    let pick_first = |plan: &Plan, needs: &[&dyn Fn(&Action) -> bool], any_channel: bool| {
        let later = u16::try_from(wanted.saturating_sub(plan.steps.len() + 1)).unwrap_or(0);
        let fits_with = |a: &Action, keep: u16| plan.total_minutes + a.minutes + keep <= budget;
        let best = |need: &dyn Fn(&Action) -> bool, keep: u16| {
            possible
                .iter()
                .copied()
                .filter(|a| any_channel || inputs.allowed(a, false))
                .filter(|a| !plan.steps.iter().any(|s| s.action == a.id))
                .filter(|a| need(a) && fits_with(a, keep))
                .enumerate()
                .max_by_key(|(i, a)| (inputs.value(a) - repeat(plan, a), Reverse(*i)))
                .map(|(_, a)| a)
        };
        (0..=later)
            .rev()
            .find_map(|k| needs.iter().find_map(|need| best(need, shortest * k)))
    };
    let pick = |plan: &Plan, need: &dyn Fn(&Action) -> bool, any_channel: bool| {
        pick_first(plan, &[need], any_channel)
    };
    let face = |a: &Action| a.face_to_face;
    if let Some(a) = pick(&plan, &face, false).or_else(|| pick(&plan, &face, true)) {
        push(&mut plan, &inputs, a, StepPurpose::FaceToFace);
    }
    let top = if light {
        &p.top[..1.min(p.top.len())]
    } else {
        &p.top[..]
    };
    for &m in top {
        if plan.steps.len() >= max_steps {
            break;
        }
        let serves = |a: &Action| a.motives.contains(&m);
        // Relationships pay off when you ask: for someone who wants to be better
        // connected, the step for it asks for something (an introduction, a referral, a
        // conversation) where one fits.
        let asks = |a: &Action| serves(a) && a.activity == Some(Activity::Using);
        let chosen = if m == Motive::Connected {
            pick_first(&plan, &[&asks, &serves], false)
        } else {
            pick(&plan, &serves, false)
        };
        if let Some(a) = chosen {
            push(&mut plan, &inputs, a, StepPurpose::ForMotive(m));
        }
    }
    if light {
        return plan;
    }
    if let Some(&h) = inputs.weak.first() {
        if !plan.steps.iter().any(|s| s.habit.is_some()) && plan.steps.len() < max_steps {
            if let Some(a) = pick(&plan, &|a: &Action| a.habit == Some(h), false) {
                push(&mut plan, &inputs, a, StepPurpose::BuildHabit(h));
            }
        }
    }
    for &m in &inputs.under {
        let served = plan.steps.iter().any(|s| s.gap == Some(m));
        if !served && plan.steps.len() < max_steps {
            if let Some(a) = pick(&plan, &|a: &Action| a.motives.contains(&m), false) {
                push(&mut plan, &inputs, a, StepPurpose::CloseGap(m));
            }
        }
    }
    while plan.steps.len() < max_steps {
        match pick(&plan, &|_: &Action| true, false) {
            Some(a) => push(&mut plan, &inputs, a, StepPurpose::Extra),
            None => break,
        }
    }
    plan
}

fn push(plan: &mut Plan, inputs: &Inputs<'_>, a: &Action, purpose: StepPurpose) {
    // Each gap, weak habit and step up is named at the first step that serves it: the same
    // line under a later step would only repeat it.
    let gap = inputs
        .gap(a)
        .filter(|m| plan.steps.iter().all(|s| s.gap != Some(*m)));
    let habit = inputs
        .habit(a)
        .filter(|h| plan.steps.iter().all(|s| s.habit != Some(*h)));
    let step_up = (a.level == Level::StepUp)
        .then_some(a.activity)
        .flatten()
        .filter(|x| plan.steps.iter().all(|s| s.step_up != Some(*x)));
    // A step that fills the time but also builds a weak habit or closes a gap no step
    // named yet is there for that too, and says so.
    let purpose = match (purpose, habit, gap) {
        (StepPurpose::Extra, Some(h), _) => StepPurpose::BuildHabit(h),
        (StepPurpose::Extra, None, Some(m)) => StepPurpose::CloseGap(m),
        (other, _, _) => other,
    };
    plan.total_minutes += a.minutes;
    plan.steps.push(PlanStep {
        action: a.id.clone(),
        minutes: a.minutes,
        face_to_face: a.face_to_face,
        channel: a.channel.clone(),
        rule: a.rule,
        purpose,
        gap,
        habit,
        step_up,
    });
}
