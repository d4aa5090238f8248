//! The action plan for the coming weeks (a few concrete weekly behaviours within the
//! time budget, one of them face to face) and the three basic rules.

use yew::prelude::*;

use crate::model::term::ui;
use crate::model::{Content, Plan, Rule};
use crate::term_fill;

/// Properties of [`PlanSection`].
#[derive(Properties, PartialEq, Clone)]
pub struct PlanProps {
    /// The plan.
    pub plan: Plan,
}

/// The plan and the rules.
#[component]
pub fn PlanSection(props: &PlanProps) -> Html {
    let content = Content::embedded();
    let plan = &props.plan;
    html! {
        <>
            <section class="plan-section" aria-labelledby="plan-title">
                <h2 id="plan-title">{ content.term(ui::results::PLAN) }</h2>
                <ol class="plan">
                    { for plan.steps.iter().map(|s| html! {
                        <li data-action={s.action.clone()}>
                            <p>{ content.action_text(&s.action) }</p>
                            <p class="meta">
                                { term_fill!(content, ui::results::MINUTES, minutes = s.minutes.to_string()) }
                                { ", " }{ content.purpose_text(s.purpose) }
                            </p>
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
