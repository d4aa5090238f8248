//! The first screen: what netwhy is, how long it takes, the privacy promise, and
//! the way in: start, or continue an assessment in progress (with the option to
//! start over after a confirmation that says what it clears and what it keeps), and a
//! link for someone running a workshop to the screen that shows the room how to join.

use yew::prelude::*;

use crate::components::common::with_marks;
use crate::components::confirm::Confirm;
use crate::model::store::Session;
use crate::model::term::ui;
use crate::model::Key;
use crate::navigate::go;
use crate::route::Route;
use crate::{term_fill, term_text};

/// Properties of [`Welcome`].
#[derive(Properties, PartialEq, Clone)]
pub struct WelcomeProps {
    /// The assessment in progress, if any.
    pub session: Option<Session>,
    /// Whether results of completed assessments are kept in the history (starting over
    /// keeps them, and says so).
    #[prop_or_default]
    pub has_history: bool,
    /// Starts a new assessment (and shows its first question).
    pub on_start: Callback<()>,
}

/// The welcome screen.
#[component]
pub fn Welcome(props: &WelcomeProps) -> Html {
    let content = crate::active::content();
    let confirming = use_state(|| false);
    let start = {
        let (on_start, confirming) = (props.on_start.clone(), confirming.clone());
        Callback::from(move |event: MouseEvent| {
            event.prevent_default();
            confirming.set(false);
            on_start.emit(());
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(true))
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let progress = props
        .session
        .as_ref()
        .filter(|s| s.answers.iter().next().is_some());
    // Someone new is most likely to press Start next: have the first question's code run once
    // while they read.
    let first_item = progress
        .is_none()
        .then(|| content.items().first().map(|i| i.id.clone()))
        .flatten();
    use_effect_with(first_item, |item| {
        if let Some(item) = item {
            crate::warm::question(item.clone());
        }
    });
    let entry = match progress {
        // A link to the first question, so that it works in the pre-rendered page before the
        // app has loaded too (the app starts at the address it finds).
        None => {
            let first = content
                .items()
                .first()
                .map(|i| Route::Question(i.id.clone()));
            let href = first.map(|r| r.hash()).unwrap_or_default();
            html! {
                <div class="actions">
                    <a class="button primary" href={href} onclick={start}>{ content.term(ui::START) }</a>
                </div>
            }
        }
        Some(session) => {
            let answered = session.answers.answered(content).len();
            let total = content.items().len();
            let complete = session.answers.is_complete(content);
            let (status, label, target) = if complete {
                (
                    content.term(ui::FINISHED).to_owned(),
                    content.term(ui::SEE_RESULTS),
                    Route::Results,
                )
            } else {
                let (a, t) = (answered.to_string(), total.to_string());
                let status = term_fill!(content, ui::IN_PROGRESS, answered = a, total = t);
                (status, content.term(ui::RESUME), resume_route(session))
            };
            let resume = Callback::from(move |_: MouseEvent| go(&target));
            // Starting over replaces only the assessment in progress: say so when there are
            // kept results that stay.
            let confirm_key = if props.has_history {
                ui::START_OVER_CONFIRM_HISTORY
            } else {
                ui::START_OVER_CONFIRM
            };
            html! {
                <div class="resume">
                    <p class="status">{ status }</p>
                    <div class="actions">
                        <button type="button" class="button primary" onclick={resume}>{ label }</button>
                        if !*confirming {
                            <button type="button" class="button" onclick={ask}>{ content.term(ui::START_OVER) }</button>
                        }
                    </div>
                    if *confirming {
                        <Confirm text_id="confirm-text" text={content.term(confirm_key)}
                            yes={content.term(ui::START_OVER_YES)} on_yes={start}
                            no={content.term(ui::START_OVER_NO)} on_no={keep} />
                    }
                </div>
            }
        }
    };
    let lead = with_marks(
        term_text!(content, ui::welcome::LEAD, known, equipped, connected),
        |mark| emphasis(mark).map(|key| html! { <strong>{ content.term(key) }</strong> }),
    );
    let count = content.items().len().to_string();
    let facts = [
        (
            ui::welcome::TIME,
            term_fill!(content, ui::welcome::TIME_TEXT, count = count),
        ),
        (
            ui::welcome::PRIVATE,
            content.term(ui::welcome::PRIVATE_TEXT).to_owned(),
        ),
        (
            ui::welcome::EXPLAINED,
            content.term(ui::welcome::EXPLAINED_TEXT).to_owned(),
        ),
    ]
    .into_iter()
    .map(|(head, text)| html! { <li><strong>{ content.term(head) }</strong>{ " " }{ text }</li> });
    html! {
        <section class="welcome" aria-labelledby="welcome-title">
            <h1 id="welcome-title" tabindex="-1">{ content.term(ui::welcome::TITLE) }</h1>
            <p class="lead">{ lead }</p>
            { entry }
            <ul class="facts">{ for facts }</ul>
            <p class="room-link"><a href={Route::Room.hash()}>{ content.term(ui::room::LINK) }</a></p>
        </section>
    }
}

/// The term of the emphasised word that a mark of the lead paragraph stands for: the
/// three reasons to network.
fn emphasis(mark: &str) -> Option<Key> {
    match mark {
        "known" => Some(ui::welcome::KNOWN),
        "equipped" => Some(ui::welcome::EQUIPPED),
        "connected" => Some(ui::welcome::CONNECTED),
        _ => None,
    }
}

/// Where to continue: the saved position, else the first unanswered question.
fn resume_route(session: &Session) -> Route {
    let content = crate::active::content();
    let id = session
        .position
        .clone()
        .filter(|id| content.item(id).is_some())
        .or_else(|| {
            session
                .answers
                .missing(content)
                .first()
                .map(|id| (*id).to_owned())
        })
        .or_else(|| content.items().first().map(|i| i.id.clone()));
    id.map_or(Route::Welcome, Route::Question)
}
