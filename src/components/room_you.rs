//! A room link opened on a participant's own device (`#/room/you/<fragment>`): the room
//! beside their latest result, or the room alone with an invitation to take the
//! assessment; and, if they choose, the room kept with that result. A link that is
//! damaged, cut short or made up is refused in words and changes nothing.

use yew::prelude::*;

use crate::components::common::moment_text;
use crate::components::room_chart::{room_chart, RoomChartProps};
use crate::model::room::{
    room_and_you, FragmentError, RoomAndYou, RoomSummary, ScoreBand, FRAGMENT_LENGTH, MAX_PEOPLE,
    MIN_REVEAL,
};
use crate::model::term::ui;
use crate::model::{score, Content, Snapshot};
use crate::route::Route;
use crate::state::Action;
use crate::term_fill;

/// Properties of [`RoomYouScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct RoomYouProps {
    /// The fragment of the room link, as it came.
    pub fragment: String,
    /// The person's latest kept result, if any.
    pub latest: Option<Snapshot>,
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// Why a room link is refused, in plain words.
pub fn fragment_error_text(content: &Content, error: &FragmentError) -> String {
    match error {
        FragmentError::Empty => content.term(ui::room_you::ERROR_EMPTY).to_owned(),
        FragmentError::TooLong(_) => content.term(ui::room_you::ERROR_TOO_LONG).to_owned(),
        FragmentError::WrongCharacter(c) => term_fill!(
            content,
            ui::room_you::ERROR_CHARACTER,
            character = format!("{c:?}")
        ),
        FragmentError::UnknownVersion(_) => content.term(ui::room_you::ERROR_VERSION).to_owned(),
        FragmentError::WrongLength(n) => term_fill!(
            content,
            ui::room_you::ERROR_LENGTH,
            count = n.to_string(),
            expected = FRAGMENT_LENGTH.to_string()
        ),
        FragmentError::WrongCheck => content.term(ui::room_you::ERROR_CHECK).to_owned(),
        FragmentError::TooFew(_) => term_fill!(
            content,
            ui::room_you::ERROR_FEW,
            min = MIN_REVEAL.to_string()
        ),
        FragmentError::TooMany(_) => term_fill!(
            content,
            ui::room_you::ERROR_MANY,
            max = MAX_PEOPLE.to_string()
        ),
        FragmentError::Inconsistent => content.term(ui::room_you::ERROR_COUNTS).to_owned(),
    }
}

/// The person's main reason and bands beside the room's.
fn side_by_side(content: &Content, you: &RoomAndYou) -> Html {
    let names: Vec<String> = you
        .most_common
        .iter()
        .map(|&r| content.main_reason_name(r))
        .collect();
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    let common = if you.yours_is_most_common() {
        content.term(ui::room_you::YOURS_COMMON).to_owned()
    } else {
        term_fill!(
            content,
            ui::room_you::ROOM_COMMON,
            reasons = content.join(&names)
        )
    };
    html! {
        <section class="room-and-you" aria-labelledby="room-you-you">
            <h2 id="room-you-you">{ content.term(ui::room_you::YOU_TITLE) }</h2>
            <p class="room-yours" data-main={you.yours.id()}>
                { term_fill!(content, ui::room_you::YOURS,
                    reason = content.main_reason_name(you.yours),
                    same = you.same_as_yours.to_string(),
                    people = you.people.to_string()) }
                { " " }{ common }
            </p>
            <div class="table-scroll" role="region" tabindex="0" aria-labelledby="room-you-caption">
                <table class="room-table">
                    <caption id="room-you-caption">{ content.term(ui::room_you::SIDE_CAPTION) }</caption>
                    <thead><tr>
                        <th scope="col">{ content.term(ui::room_chart::REASON_COL) }</th>
                        <th scope="col">{ content.term(ui::room_you::YOU_COL) }</th>
                        { for ScoreBand::ALL.into_iter().map(|b| html! {
                            <th scope="col" class="num">
                                { content.score_band_name(b) }
                            </th>
                        }) }
                    </tr></thead>
                    <tbody>
                        { for you.reasons.iter().map(|r| html! {
                            <tr data-side={r.motive.id()} data-yours={r.yours.id()}>
                                <th scope="row">{ content.motive_name(r.motive) }</th>
                                <td class="your-band">{ content.score_band_name(r.yours) }</td>
                                { for ScoreBand::ALL.into_iter().map(|b| html! {
                                    <td class={classes!("num", (b == r.yours).then_some("yours"))}>
                                        { r.room[b.index()] }
                                    </td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The screen of a room link.
#[component]
pub fn RoomYouScreen(props: &RoomYouProps) -> Html {
    let content = crate::active::content();
    let status = use_node_ref();
    let room = match RoomSummary::from_fragment(&props.fragment) {
        Ok(room) => room,
        Err(error) => {
            return html! {
                <section class="room-you" aria-labelledby="room-you-title">
                    <h1 id="room-you-title" tabindex="-1">{ content.term(ui::room_you::ERROR_TITLE) }</h1>
                    <p class="room-error" role="alert">{ fragment_error_text(content, &error) }</p>
                    <p>{ content.term(ui::room_you::ERROR_AFTER) }</p>
                </section>
            };
        }
    };
    let latest = props.latest.as_ref();
    let you = latest
        .filter(|s| s.rescorable_with(content, crate::active::tag().as_ref()))
        .map(|s| room_and_you(&score(content, &s.answers), &room));
    let mine = match &you {
        Some(you) => side_by_side(content, you),
        None => html! {
            <section class="room-and-you" aria-labelledby="room-you-you">
                <h2 id="room-you-you">{ content.term(ui::room_you::YOU_TITLE) }</h2>
                <p>{ content.term(ui::room_you::NO_RESULT) }</p>
                <p><a class="button primary" href={Route::Welcome.hash()}>{ content.term(ui::room_you::START) }</a></p>
            </section>
        },
    };
    let keep = latest.map(|s| {
        let kept = s.room.as_ref() == Some(&room);
        let on_keep = {
            let (on_action, room, status) = (props.on_action.clone(), room.clone(), status.clone());
            Callback::from(move |_: MouseEvent| {
                on_action.emit(Action::KeepRoom { room: room.clone() });
                // The button goes once the room is kept: the line that says so takes the
                // focus, so a keyboard is not left at the top of the page.
                if let Some(line) = status.cast::<web_sys::HtmlElement>() {
                    let _ = line.focus();
                }
            })
        };
        html! {
            <div class="room-keep">
                <p class="room-kept" role="status" tabindex="-1" ref={status.clone()}>
                    if kept {
                        { term_fill!(content, ui::room_you::KEPT, date = moment_text(content, &s.taken, false)) }
                        { " " }<a href={Route::History.hash()}>{ content.term(ui::nav::HISTORY) }</a>
                    }
                </p>
                if !kept {
                    <button type="button" class="button" onclick={on_keep}>{ content.term(ui::room_you::KEEP) }</button>
                    <p class="meta">{ content.term(ui::room_you::KEEP_HINT) }</p>
                }
            </div>
        }
    });
    html! {
        <section class="room-you" aria-labelledby="room-you-title">
            <h1 id="room-you-title" tabindex="-1">{ content.term(ui::room_you::TITLE) }</h1>
            <p>{ content.term(ui::room_you::INTRO) }</p>
            { mine }
            { room_chart(&RoomChartProps { room: room.clone() }) }
            { for keep }
        </section>
    }
}
