//! What to do next: the window to retake the assessment (30 to 90 days after
//! completing it), a calendar reminder file for its first day, taking it again now,
//! and changing the answers.

use std::rc::Rc;

use yew::prelude::*;

use crate::clock::{local_day, now};
use crate::components::common::{day, with_marks};
use crate::files::{save, Download};
use crate::model::term::{self, ui};
use crate::model::{reminder_ics, Date, Motive, Reminder, RETAKE_AFTER_DAYS};
use crate::route::Route;
use crate::{term_fill, term_text};

/// Properties of [`Next`].
#[derive(Properties, PartialEq, Clone)]
pub struct NextProps {
    /// When the results were completed (ISO 8601); today if not recorded.
    pub completed: Option<String>,
    /// The top motive(s), for the reminder's text.
    pub top: Vec<Motive>,
    /// Whether these are the results of an earlier assessment (whose answers cannot be
    /// changed any more), not the current one.
    pub earlier: bool,
    /// Starts a new assessment.
    pub on_retake: Callback<()>,
}

/// Today, in the person's calendar.
fn today() -> Date {
    local_day(&now()).unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

/// The first day of the window to retake, for results completed at `completed` (ISO 8601;
/// today if not recorded).
fn retake_from(completed: Option<&str>) -> Date {
    completed
        .and_then(local_day)
        .unwrap_or_else(today)
        .add_days(RETAKE_AFTER_DAYS.0)
}

/// Makes the calendar reminder to retake the assessment (for results completed at
/// `completed`, whose main reasons are `top`) and asks the browser to save it; the file, for
/// a visible link to it, or `None` if the browser refused.
pub fn retake_reminder(completed: Option<&str>, top: &[Motive]) -> Option<Download> {
    let content = crate::active::content();
    let made = now();
    let description = term_fill!(
        content,
        ui::reminder::DESCRIPTION,
        motives = content.motive_names(top)
    );
    let ics = reminder_ics(&Reminder {
        on: retake_from(completed),
        made: &made,
        title: content.term(ui::reminder::TITLE),
        description: &description,
    });
    save("netwhy-retake.ics", "text/calendar", &ics).ok()
}

/// The "what next" section.
#[component]
pub fn Next(props: &NextProps) -> Html {
    let content = crate::active::content();
    let download = use_state(|| None::<Rc<Download>>);
    let done = props
        .completed
        .as_deref()
        .and_then(local_day)
        .unwrap_or_else(today);
    let (from, to) = (
        done.add_days(RETAKE_AFTER_DAYS.0),
        done.add_days(RETAKE_AFTER_DAYS.1),
    );
    let on_reminder = {
        let (download, top, completed) =
            (download.clone(), props.top.clone(), props.completed.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(file) = retake_reminder(completed.as_deref(), &top) {
                download.set(Some(Rc::new(file)));
            }
        })
    };
    let on_retake = {
        let on_retake = props.on_retake.clone();
        Callback::from(move |_: MouseEvent| on_retake.emit(()))
    };
    let window = with_marks(
        term_text!(content, ui::results::RETAKE_BETWEEN, date, until),
        |mark| match mark {
            "date" => Some(day(content, from)),
            "until" => Some(day(content, to)),
            _ => None,
        },
    );
    let first = content
        .items()
        .first()
        .filter(|_| !props.earlier)
        .map(|i| Route::Question(i.id.clone()).hash());
    html! {
        <section class="next" aria-labelledby="next-title">
            <h2 id="next-title">{ content.term(ui::results::NEXT) }</h2>
            <p>{ content.term(term::next::RETAKE) }</p>
            <p class="retake-window" data-from={from.to_string()} data-until={to.to_string()}>
                { window }
            </p>
            <div class="actions no-print">
                <button type="button" class="button" onclick={on_reminder}>{ content.term(ui::results::REMINDER) }</button>
                <button type="button" class="button" onclick={on_retake}>{ content.term(ui::results::RETAKE) }</button>
                if let Some(href) = first {
                    <a class="button" href={href}>{ content.term(ui::results::CHANGE) }</a>
                }
            </div>
            if let Some(file) = &*download {
                <p class="no-print" role="status">
                    { content.term(ui::results::REMINDER_READY) }{ " " }
                    <a class="reminder-link" href={file.url.clone()} download={file.name.clone()}>{ file.name.clone() }</a>
                </p>
            }
        </section>
    }
}
