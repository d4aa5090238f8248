//! What "I'm done — forget my answers" offers on a shared device: first to take the plan
//! along (print the results, or save the calendar reminder to retake), then, after the
//! one confirmation of the app, to forget everything of the person.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::components::results::next::retake_reminder;
use crate::files::{print, Download};
use crate::model::score;
use crate::model::store::Session;
use crate::model::term::ui;
use crate::route::Route;

/// Properties of [`DonePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct DonePanelProps {
    /// The assessment of the person, if any.
    pub session: Option<Session>,
    /// Whether the results are on screen (printing prints them).
    pub on_results: bool,
    /// Forgets everything of the person.
    pub on_forget: Callback<()>,
    /// Closes the panel, keeping everything.
    pub on_close: Callback<()>,
}

/// The panel, under the banner; focus moves to its heading when it opens.
#[component]
pub fn DonePanel(props: &DonePanelProps) -> Html {
    let content = crate::active::content();
    let download = use_state(|| None::<Rc<Download>>);
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        });
    }
    let complete = props
        .session
        .as_ref()
        .filter(|s| s.answers.is_complete(content));
    let take = match complete {
        None => Html::default(),
        Some(_) if !props.on_results => html! {
            <>
                <p>{ content.term(ui::shared::TAKE_ELSEWHERE) }</p>
                <div class="actions">
                    <a class="button" href={Route::Results.hash()}>{ content.term(ui::shared::SEE_RESULTS) }</a>
                </div>
            </>
        },
        Some(session) => {
            let on_print = Callback::from(|_: MouseEvent| print());
            let on_calendar = {
                let download = download.clone();
                let session = session.clone();
                Callback::from(move |_: MouseEvent| {
                    let top = score(crate::active::content(), &session.answers)
                        .priorities
                        .top;
                    if let Some(file) = retake_reminder(session.snapshot.as_deref(), &top) {
                        download.set(Some(Rc::new(file)));
                    }
                })
            };
            html! {
                <>
                    <p>{ content.term(ui::shared::TAKE) }</p>
                    <div class="actions">
                        <button type="button" class="button" onclick={on_print}>{ content.term(ui::shared::PRINT) }</button>
                        <button type="button" class="button" onclick={on_calendar}>{ content.term(ui::shared::CALENDAR) }</button>
                    </div>
                    if let Some(file) = &*download {
                        <p role="status">
                            { content.term(ui::results::REMINDER_READY) }{ " " }
                            <a class="reminder-link" href={file.url.clone()} download={file.name.clone()}>{ file.name.clone() }</a>
                        </p>
                    }
                </>
            }
        }
    };
    let on_yes = {
        let on_forget = props.on_forget.clone();
        Callback::from(move |_: MouseEvent| on_forget.emit(()))
    };
    let on_no = {
        let on_close = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    html! {
        <section id="done-panel" class="done-panel no-print" aria-labelledby="done-title">
            <h2 id="done-title" tabindex="-1" ref={heading}>{ content.term(ui::shared::DONE_TITLE) }</h2>
            { take }
            <Confirm text_id="done-confirm" text={content.term(ui::shared::CONFIRM)}
                yes={content.term(ui::shared::FORGET)} on_yes={on_yes}
                no={content.term(ui::shared::NOT_YET)} on_no={on_no} />
        </section>
    }
}
