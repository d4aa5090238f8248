//! Past results: every completed assessment as a dated entry (its main reason, top
//! channels and any room kept with it), newest first, each deletable after a confirmation; and a comparison of
//! any two.

pub mod compare;

use yew::prelude::*;

use crate::components::common::{moment, moment_text};
use crate::components::confirm::Confirm;
use crate::hooks::use_steps;
use crate::model::room::RoomSummary;
use crate::model::{Content, Snapshot};
use crate::route::Route;
use crate::state::Action;
use crate::term_fill;

use crate::model::term::ui;
use compare::Compare;

/// How many channels an entry names.
const ENTRY_CHANNELS: usize = 3;

/// Properties of [`HistoryScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct HistoryProps {
    /// The snapshots, oldest first.
    pub history: Vec<Snapshot>,
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// The line for a room kept with a result: its size and its most common main reason.
fn room_line(content: &Content, room: &RoomSummary) -> String {
    let names: Vec<String> = room
        .most_common()
        .into_iter()
        .map(|r| content.main_reason_name(r))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    term_fill!(
        content,
        ui::history::ROOM,
        people = room.people().to_string(),
        reasons = content.join(&names)
    )
}

/// The history screen.
#[component]
pub fn HistoryScreen(props: &HistoryProps) -> Html {
    let content = crate::active::content();
    let confirming = use_state(|| None::<String>);
    // The heading in the frame after the click, the list (whose dates and names are the
    // screen's work) in the next.
    let step = use_steps(1);
    let entries = props.history.iter().rev().map(|s| {
        let channels: Vec<&str> = s
            .summary
            .channels
            .iter()
            .take(ENTRY_CHANNELS)
            .map(|c| content.channel_name_or_id(&c.channel))
            .collect();
        let ask = {
            let (confirming, taken) = (confirming.clone(), s.taken.clone());
            Callback::from(move |_: MouseEvent| confirming.set(Some(taken.clone())))
        };
        let keep = {
            let confirming = confirming.clone();
            Callback::from(move |_: MouseEvent| confirming.set(None))
        };
        let delete = {
            let (on_action, confirming, taken) =
                (props.on_action.clone(), confirming.clone(), s.taken.clone());
            Callback::from(move |_: MouseEvent| {
                confirming.set(None);
                on_action.emit(Action::DeleteSnapshot {
                    taken: taken.clone(),
                });
            })
        };
        let asking = confirming.as_deref() == Some(s.taken.as_str());
        let label = term_fill!(content, ui::history::DELETE_ONE, date = moment_text(content, &s.taken, false));
        html! {
            <li key={s.taken.clone()} data-taken={s.taken.clone()}>
                <h3>{ moment(content, &s.taken) }</h3>
                <p>{ term_fill!(content, ui::history::TOP, motives = content.motive_names(&s.summary.top)) }</p>
                <p class="meta">{ term_fill!(content, ui::history::CHANNELS, channels = content.join(&channels)) }</p>
                if let Some(room) = &s.room {
                    <p class="history-room">{ room_line(content, room) }</p>
                }
                if let Some(tag) = &s.content {
                    <p class="meta history-pack">{ term_fill!(content, ui::pack::HISTORY_PACK,
                        name = tag.name, fingerprint = tag.fingerprint.to_string()) }</p>
                }
                if asking {
                    <Confirm label={label.clone()} text={content.term(ui::history::DELETE_CONFIRM)}
                        yes={content.term(ui::history::DELETE_YES)} on_yes={delete}
                        no={content.term(ui::history::DELETE_NO)} on_no={keep} />
                } else {
                    <button type="button" class="button" aria-label={label} onclick={ask}>
                        { content.term(ui::history::DELETE) }
                    </button>
                }
            </li>
        }
    });
    html! {
        <section class="history" aria-labelledby="history-title" aria-busy={(step < 1).then_some("true")}>
            <h1 id="history-title" tabindex="-1">{ content.term(ui::history::TITLE) }</h1>
            if step >= 1 {
                if props.history.is_empty() {
                    <p class="empty">{ content.term(ui::history::EMPTY) }</p>
                } else {
                    <p>{ content.term(ui::history::TEXT) }</p>
                    if props.history.len() >= 2 {
                        <Compare key={props.history.len().to_string()} history={props.history.clone()} />
                    }
                    <h2>{ content.term(ui::history::ALL) }</h2>
                    <ol class="history-list">{ for entries }</ol>
                }
                <p><a href={Route::Data.hash()}>{ content.term(ui::history::DATA_LINK) }</a></p>
            }
        </section>
    }
}
