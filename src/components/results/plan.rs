//! The action plan for the coming weeks (a few concrete weekly behaviours within the
//! time budget, one of them face to face), each with its minutes, what it is for and a
//! short list of why it is there (its rule, the gap it closes, the habit it builds, the
//! step up); a line when the plan is light; and the three basic rules.

use yew::prelude::*;

use crate::model::term::ui;
use crate::model::{Content, Motive, Plan, PlanStep, Rule, StepPurpose};
use crate::term_fill;

/// What [`plan_section`] draws.
pub struct PlanProps {
    /// The plan.
    pub plan: Plan,
    /// The top motive(s), to say which main reason a step is for.
    pub top: Vec<Motive>,
}

fn purpose_id(p: StepPurpose) -> &'static str {
    match p {
        StepPurpose::ForMotive(_) => "for_motive",
        StepPurpose::FaceToFace => "face_to_face",
        StepPurpose::CloseGap(_) => "close_gap",
        StepPurpose::BuildHabit(_) => "build_habit",
        StepPurpose::Extra => "extra",
    }
}

/// What a step is for, in words: for a main reason it names the reason.
fn purpose(content: &Content, purpose: StepPurpose, top: &[Motive]) -> String {
    match purpose {
        StepPurpose::ForMotive(m) if top.len() > 1 => {
            term_fill!(
                content,
                ui::plan::FOR_JOINT,
                motive = content.motive_name(m)
            )
        }
        StepPurpose::ForMotive(m) => {
            term_fill!(
                content,
                ui::plan::FOR_MOTIVE,
                motive = content.motive_name(m)
            )
        }
        other => content.purpose_text(other).to_owned(),
    }
}

/// Why a step is in the plan: its rule, and the gap, habit and step up it serves.
fn serves(content: &Content, s: &PlanStep) -> Vec<(&'static str, String)> {
    let mut lines = vec![(
        "rule",
        term_fill!(content, ui::plan::RULE, rule = content.rule_name(s.rule)),
    )];
    if let Some(m) = s.gap {
        lines.push((
            "gap",
            term_fill!(content, ui::plan::GAP, motive = content.motive_name(m)),
        ));
    }
    if let Some(h) = s.habit {
        lines.push((
            "habit",
            term_fill!(content, ui::plan::HABIT, habit = content.term(h.term_key())),
        ));
    }
    if let Some(a) = s.step_up {
        lines.push((
            "step_up",
            term_fill!(
                content,
                ui::plan::STEP_UP,
                activity = content.term(a.term_key())
            ),
        ));
    }
    lines
}

/// The plan and the rules.
pub fn plan_section(props: &PlanProps) -> Html {
    let content = crate::active::content();
    let plan = &props.plan;
    html! {
        <>
            <section class="plan-section" aria-labelledby="plan-title">
                <h2 id="plan-title">{ content.term(ui::results::PLAN) }</h2>
                if plan.light {
                    <p class="plan-light">{ content.term(ui::results::PLAN_LIGHT) }</p>
                }
                <ol class="plan">
                    { for plan.steps.iter().map(|s| html! {
                        <li data-action={s.action.clone()} data-purpose={purpose_id(s.purpose)}>
                            <p class="step-text">{ content.action_text(&s.action) }</p>
                            <p class="meta">
                                { term_fill!(content, ui::results::MINUTES, minutes = s.minutes.to_string()) }
                                { content.term(ui::COMMA) }{ purpose(content, s.purpose, &props.top) }
                            </p>
                            <ul class="serves" aria-label={content.term(ui::plan::SERVES).to_owned()}>
                                { for serves(content, s).into_iter().map(|(kind, line)| html! {
                                    <li data-serves={kind}>{ line }</li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ol>
                <p>{ term_fill!(content, ui::results::PLAN_TOTAL, total = plan.total_minutes.to_string(), budget = plan.budget.to_string()) }</p>
            </section>
            <section class="rules-section" aria-labelledby="rules-title">
                <h2 id="rules-title">{ content.term(ui::results::RULES) }</h2>
                <ul class="rules">
                    { for Rule::BASIC.into_iter().map(|rule| html! {
                        <li><strong>{ content.rule_name(rule) }</strong>{ ": " }{ content.rule_text(rule) }</li>
                    }) }
                </ul>
            </section>
        </>
    }
}
