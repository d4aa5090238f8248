//! One question on its own screen: where the person is (a progress bar with a text
//! equivalent and the part of the questionnaire), the question as a labelled group
//! of native controls, and Back and Next set apart from the answers.

use yew::prelude::*;

use crate::components::choices::Choices;
use crate::components::split::Split;
use crate::model::term::ui;
use crate::model::{AnswerValue, Answers, ItemKind, Layer};
use crate::navigate::{back_to, go};
use crate::route::Route;
use crate::state::Action;
use crate::term_fill;

/// Properties of [`Question`].
#[derive(Properties, PartialEq, Clone)]
pub struct QuestionProps {
    /// The item id (a valid one: the reducer sends unknown ids home).
    pub item: String,
    /// All answers so far.
    pub answers: Answers,
    /// Records an answer to an item.
    pub on_answer: Callback<(String, AnswerValue)>,
    /// Sends other actions to the app (the steps of the point split).
    pub on_action: Callback<Action>,
}

/// The question screen.
#[component]
pub fn Question(props: &QuestionProps) -> Html {
    let content = crate::active::content();
    let items = content.items();
    let Some(index) = items.iter().position(|i| i.id == props.item) else {
        return html! {};
    };
    let item = &items[index];
    let (n, total) = ((index + 1).to_string(), items.len().to_string());
    let counter = term_fill!(content, ui::QUESTION_OF, n = n, total = total);
    let layer_n = Layer::ALL
        .iter()
        .position(|l| *l == item.layer)
        .unwrap_or(0)
        + 1;
    let part = term_fill!(
        content,
        ui::PART_OF,
        n = layer_n.to_string(),
        total = Layer::ALL.len().to_string(),
        name = content.layer_name(item.layer)
    );
    let first_of_layer = index == 0 || items[index - 1].layer != item.layer;
    let help = content.help(&item.id);
    let current = props.answers.get(&item.id).cloned();
    let on_change = {
        let (on_answer, id) = (props.on_answer.clone(), item.id.clone());
        Callback::from(move |value: AnswerValue| on_answer.emit((id.clone(), value)))
    };
    let control = match item.kind {
        ItemKind::Split => {
            html! { <Split item={item.id.clone()} value={current} on_action={props.on_action.clone()} /> }
        }
        _ => html! { <Choices item={item.id.clone()} value={current} on_change={on_change} /> },
    };

    let back = {
        let target = match index {
            0 => Route::Welcome,
            i => Route::Question(items[i - 1].id.clone()),
        };
        // Back steps through the browser's history when it can, so the browser's own
        // back button afterwards goes further back, not forward again.
        Callback::from(move |_: MouseEvent| back_to(&target))
    };
    let last = index + 1 == items.len();
    let next = {
        let target = match items.get(index + 1) {
            Some(i) => Route::Question(i.id.clone()),
            None => Route::Results,
        };
        // Moving on from the platforms question without ticking any is an answer: none.
        let skip_multi = item.kind == ItemKind::Multi && current_is_none(&props.answers, &item.id);
        let (on_answer, id) = (props.on_answer.clone(), item.id.clone());
        Callback::from(move |_: MouseEvent| {
            if skip_multi {
                on_answer.emit((id.clone(), AnswerValue::Choices(Vec::new())));
            }
            go(&target);
        })
    };
    let next_label = if last {
        content.term(ui::SEE_RESULTS)
    } else {
        content.term(ui::NEXT)
    };
    let help_id = help.map(|_| "q-help");

    html! {
        <section class="question" aria-labelledby="q-title" data-item={item.id.clone()}>
            <div class="where">
                <p class="part">{ part }</p>
                <label for="q-progress" class="counter">{ &counter }</label>
                <progress id="q-progress" max={total.clone()} value={n.clone()}>{ &counter }</progress>
            </div>
            if first_of_layer {
                <p class="layer-intro">{ content.layer_text(item.layer) }</p>
            }
            <fieldset class="answer" aria-describedby={help_id}>
                <legend><h1 id="q-title" tabindex="-1">{ content.prompt(&item.id) }</h1></legend>
                if let Some(help) = help {
                    <p id="q-help" class="help">{ help }</p>
                }
                { control }
            </fieldset>
            <nav class="flow-nav" aria-label={content.term(ui::QUESTION_NAV).to_owned()}>
                <button type="button" class="button" onclick={back}>{ content.term(ui::BACK) }</button>
                <button type="button" class="button primary" onclick={next}>{ next_label }</button>
            </nav>
        </section>
    }
}

fn current_is_none(answers: &Answers, item: &str) -> bool {
    answers.get(item).is_none()
}
