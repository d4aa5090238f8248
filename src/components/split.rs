//! The priority split: a fixed number of points shared across the three motives
//! with − and + steppers (never drag-only), the number shown, and the points left
//! announced politely as they change.

use yew::prelude::*;

use crate::clock::now;
use crate::model::term::{self, ui};
use crate::model::{AnswerValue, Motive};
use crate::state::Action;
use crate::term_fill;

/// Properties of [`Split`].
#[derive(Properties, PartialEq, Clone)]
pub struct SplitProps {
    /// The split item's id.
    pub item: String,
    /// The current answer, if any (a partial split is kept as it is).
    pub value: Option<AnswerValue>,
    /// Sends a press of a stepper to the app, which counts it from the current split.
    pub on_action: Callback<Action>,
}

/// The stepper group.
#[component]
pub fn Split(props: &SplitProps) -> Html {
    let content = crate::active::content();
    let total = content
        .item(&props.item)
        .and_then(|i| i.total)
        .unwrap_or(10);
    let points = match &props.value {
        Some(AnswerValue::Split(p)) => *p,
        _ => [0; 3],
    };
    let used: u8 = points.iter().sum();
    let left = total.saturating_sub(used);
    let left_text = match left {
        0 => content.term(ui::split::NONE_LEFT).to_owned(),
        1 => content.term(ui::split::ONE_LEFT).to_owned(),
        n => format!("{n} {}", content.term(term::split::REMAINING)),
    };
    let step = |motive: Motive, delta: i8| {
        let (on_action, item) = (props.on_action.clone(), props.item.clone());
        let allowed = if delta > 0 {
            left > 0
        } else {
            points[motive.index()] > 0
        };
        // The press is counted from the state when it arrives, not from this rendering, so
        // presses in quick succession each count (the reducer keeps within the points).
        let onclick = Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Step {
                item: item.clone(),
                motive,
                delta,
                at: now(),
            });
        });
        (onclick, (!allowed).then_some("true"))
    };
    html! {
        <div class="split" data-item={props.item.clone()}>
            { for Motive::ALL.into_iter().map(|m| {
                let name = content.motive_name(m);
                let (minus, minus_off) = step(m, -1);
                let (plus, plus_off) = step(m, 1);
                let label_id = format!("split-{}", m.id());
                html! {
                    <div class="split-row" role="group" aria-labelledby={label_id.clone()}>
                        <span class="split-name" id={label_id}>{ name }</span>
                        // −, the points and + stay together when the name needs a line of its own.
                        <span class="split-steps">
                            <button type="button" class="button step" onclick={minus} aria-disabled={minus_off}
                                aria-label={term_fill!(content, ui::split::REMOVE, motive = name)}>{ "−" }</button>
                            <span class="split-value">{ points[m.index()] }</span>
                            <button type="button" class="button step" onclick={plus} aria-disabled={plus_off}
                                aria-label={term_fill!(content, ui::split::ADD, motive = name)}>{ "+" }</button>
                        </span>
                    </div>
                }
            }) }
            <p class="split-left" aria-live="polite">{ left_text }</p>
        </div>
    }
}
