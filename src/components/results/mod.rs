//! The results screen, summary first: why the person networks (a chart with the
//! numbers) and, if they choose, their room code to share; where to spend their time and
//! why (with advice boxes when the answers call for them), what they do now, the plan for the coming weeks, the basic rules and what
//! to do next. Shows the open questions instead while required ones are unanswered, or,
//! for an earlier result the current questions can no longer score, what it said then.

pub mod behaviour;
pub mod channels;
pub mod chart;
pub mod earlier;
pub mod formula;
pub mod how;
pub mod next;
pub mod note;
pub mod plan;
pub mod profile;
pub mod share;
pub mod weights;
pub mod what_if;

use yew::prelude::*;

use crate::components::common::{day_of, with_marks};
use crate::components::missing::Missing;
use crate::files::print;
use crate::hooks::use_steps;
use crate::model::{score, Answers, Summary};
use crate::route::Route;
use crate::state::Action;

use crate::model::term::ui;
use crate::{term_fill, term_text};
use behaviour::{behaviour, BehaviourProps};
use channels::{channels, ChannelsProps};
use earlier::EarlierSummary;
use next::Next;
use note::{notes, NotesProps};
use plan::{plan_section, PlanProps};
use profile::{profile, ProfileProps};
use share::Share;

/// Properties of [`ResultsScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct ResultsProps {
    /// The answers to show the results of.
    pub answers: Answers,
    /// When these results were first seen complete (ISO 8601), if they were.
    #[prop_or_default]
    pub completed: Option<String>,
    /// Whether these are the results of an earlier assessment, not the current one.
    #[prop_or_default]
    pub earlier: bool,
    /// What an earlier result said when it was taken, shown instead of scoring its answers
    /// again when the current content cannot score them as they were scored then.
    #[prop_or_default]
    pub summary: Option<Summary>,
    /// Starts a new assessment.
    pub on_retake: Callback<()>,
    /// The nonce of this device's room codes, once one is kept.
    #[prop_or_default]
    pub room_nonce: Option<u32>,
    /// Sends other actions to the app.
    pub on_action: Callback<Action>,
    /// On a shared device, opens what "I'm done" offers.
    #[prop_or_default]
    pub on_done: Option<Callback<()>>,
    /// The earlier result shown from its summary was taken with other content.
    #[prop_or_default]
    pub other_content: bool,
}

/// The steps in which the results screen is drawn (see [`ResultsScreen`]).
const LAST_STEP: u8 = 3;

/// The results screen.
#[component]
pub fn ResultsScreen(props: &ResultsProps) -> Html {
    let content = crate::active::content();
    // The screen comes in steps, a frame apart: the title in the frame after the click, then
    // why, where, and what to do.
    let step = use_steps(LAST_STEP);
    if let (true, Some(summary), Some(taken)) = (props.earlier, &props.summary, &props.completed) {
        return html! {
            <EarlierSummary summary={summary.clone()} taken={taken.clone()} other_content={props.other_content}
                on_retake={props.on_retake.clone()} />
        };
    }
    if !props.answers.is_complete(content) {
        return html! { <Missing answers={props.answers.clone()} /> };
    }
    // Scored from the second step on: the title, which the click's own frame shows, needs no
    // score.
    let r = (step >= 1).then(|| score(content, &props.answers));
    let on_print = Callback::from(|_: MouseEvent| print());
    let done = props.on_done.clone().map(|on_done| {
        let onclick = Callback::from(move |_: MouseEvent| on_done.emit(()));
        html! {
            <div class="finished no-print">
                <p>{ content.term(ui::shared::FINISHED) }</p>
                <div class="actions">
                    <button type="button" class="button primary" aria-controls="done-panel" {onclick}>
                        { content.term(ui::shared::DONE) }
                    </button>
                </div>
            </div>
        }
    });
    let completed = props.completed.as_deref().map(|taken| {
        let text = if props.earlier {
            term_text!(content, ui::results::EARLIER, date)
        } else {
            term_text!(content, ui::results::COMPLETED, date)
        };
        let line = with_marks(text, |mark| {
            (mark == "date").then(|| day_of(content, taken))
        });
        html! { <p class="meta">{ line }</p> }
    });
    html! {
        <section class="results" aria-labelledby="results-title" aria-busy={(step < LAST_STEP).then_some("true")}>
            <h1 id="results-title" tabindex="-1">{ content.term(ui::results::TITLE) }</h1>
            { for completed }
            if let Some(pack) = crate::active::pack().filter(|p| p.changes.changes_calculation()) {
                <p class="notice results-pack">{ term_fill!(content, ui::pack::RESULTS_NOTE, name = pack.file.name) }</p>
            }
            <div class="toolbar no-print">
                <a class="button" href={Route::How.hash()}>{ content.term(ui::results::HOW_LINK) }</a>
                <button type="button" class="button" onclick={on_print}>{ content.term(ui::results::PRINT) }</button>
            </div>
            if let Some(r) = r {
                { profile(&ProfileProps { results: r.clone() }) }
                <Share results={r.clone()} nonce={props.room_nonce} on_action={props.on_action.clone()} />
                if step >= 2 {
                    { channels(&ChannelsProps { results: r.clone() }) }
                    { notes(&NotesProps { notes: r.notes() }) }
                }
                if step >= LAST_STEP {
                    { behaviour(&BehaviourProps { results: r.clone(), answers: props.answers.clone() }) }
                    { plan_section(&PlanProps { plan: r.plan.clone(), top: r.priorities.top.clone() }) }
                    <Next completed={props.completed.clone()} top={r.priorities.top.clone()} earlier={props.earlier}
                        on_retake={props.on_retake.clone()} />
                    { for done }
                }
            }
            <p class="print-only print-note">{ content.term(ui::results::PRINTED_NOTE) }</p>
        </section>
    }
}
