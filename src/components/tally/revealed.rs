//! The room once revealed: the chart and tables, the link and QR code that take the room
//! back to everyone (the counts ride in the link's fragment, which no browser sends to a
//! server), and the counts as CSV and JSON for the facilitator's report. Never a code.

use std::rc::Rc;

use yew::prelude::*;

use crate::clock::{now, utc_offset_at};
use crate::components::room::own_address;
use crate::components::room_chart::{room_chart, RoomChartProps};
use crate::files::{save, Download};
use crate::model::qr::QrDrawing;
use crate::model::room::{people_text, room_csv, room_file_name, room_json};
use crate::model::term::ui;
use crate::model::RoomSummary;
use crate::term_fill;

/// Properties of [`Revealed`].
#[derive(Properties, PartialEq, Clone)]
pub struct RevealedProps {
    /// The room.
    pub room: RoomSummary,
}

/// The address that shows a participant the room beside their own result.
pub fn room_link(room: &RoomSummary) -> String {
    format!("{}#/room/you/{}", own_address(), room.to_fragment())
}

/// The revealed room.
#[component]
pub fn Revealed(props: &RevealedProps) -> Html {
    let content = crate::active::content();
    let room = &props.room;
    let link = room_link(room);
    let people = people_text(content, usize::from(room.people()));
    let label = term_fill!(content, ui::count::LINK_LABEL, people = people);
    let code = QrDrawing::of(&link).map(|drawing| {
        html! {
            <svg class="room-link-code" role="img" aria-label={label.clone()} viewBox={drawing.view_box()}>
                <title>{ label }</title>
                <rect width="100%" height="100%" fill="#ffffff" />
                <path d={drawing.path} fill="#000000" />
            </svg>
        }
    });
    html! {
        <div class="tally-room">
            <section class="tally-chart" aria-labelledby="tally-room-title">
                <h2 id="tally-room-title">{ content.term(ui::count::ROOM_TITLE) }</h2>
                { room_chart(&RoomChartProps { room: room.clone() }) }
            </section>
            <section class="tally-back-to-room" aria-labelledby="tally-link-title">
                <h2 id="tally-link-title">{ content.term(ui::count::BACK_TITLE) }</h2>
                { for code }
                <p>{ content.term(ui::count::BACK_TEXT) }</p>
                <p class="room-link-text"><a href={link.clone()}>{ link.clone() }</a></p>
            </section>
            <RoomFiles room={room.clone()} />
        </div>
    }
}

/// The counts to save, as CSV or JSON, with a link to the file made.
#[component]
fn RoomFiles(props: &RevealedProps) -> Html {
    let content = crate::active::content();
    let file = use_state(|| None::<Rc<Download>>);
    let failed = use_state(|| false);
    let saver = |extension: &'static str, mime: &'static str, write: fn(&RoomSummary) -> String| {
        let (file, failed, room) = (file.clone(), failed.clone(), props.room.clone());
        Callback::from(move |_: MouseEvent| {
            let at = now();
            let name = room_file_name(&at, utc_offset_at(&at), extension);
            match save(&name, mime, &write(&room)) {
                Ok(download) => {
                    file.set(Some(Rc::new(download)));
                    failed.set(false);
                }
                Err(_) => failed.set(true),
            }
        })
    };
    html! {
        <section class="tally-files" aria-labelledby="tally-files-title">
            <h2 id="tally-files-title">{ content.term(ui::count::EXPORT_TITLE) }</h2>
            <p>{ content.term(ui::count::EXPORT_TEXT) }</p>
            <div class="actions">
                <button type="button" class="button" onclick={saver("csv", "text/csv", room_csv)}>{ content.term(ui::count::CSV) }</button>
                <button type="button" class="button" onclick={saver("json", "application/json", room_json)}>{ content.term(ui::count::JSON) }</button>
            </div>
            <div role="status">
                if let Some(file) = &*file {
                    <p>
                        { content.term(ui::count::FILE_READY) }{ " " }
                        <a class="room-file-link" href={file.url.clone()} download={file.name.clone()}>{ file.name.clone() }</a>
                    </p>
                }
                if *failed {
                    <p class="error">{ content.term(ui::count::FILE_FAILED) }</p>
                }
            </div>
        </section>
    }
}
