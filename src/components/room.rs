//! The facilitator's screen, made for a projector: the join code (a QR code of the app's
//! own address, drawn on this device) with the address in large type beside it, the three
//! reasons to network to talk over, a poster of the code to print, and the way to the
//! tally (`#/room/count`).

use yew::prelude::*;

use crate::files::print;
use crate::model::qr::{short_address, QrDrawing};
use crate::model::term::ui;
use crate::model::{Content, Motive};
use crate::route::Route;
use crate::term_fill;

/// The address the app is served from, as the browser has it, without the part after `#`:
/// whatever host or folder that is, the code opens this very copy of the app.
pub fn own_address() -> String {
    let location = web_sys::window().map(|w| w.location());
    location
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// The facilitator's screen.
#[component]
pub fn RoomScreen() -> Html {
    let content = Content::embedded();
    // Drawn at each render: the screen is rarely drawn again, and a code takes well under a
    // millisecond to make.
    let address = own_address();
    let short = short_address(&address);
    let label = term_fill!(content, ui::room::CODE_LABEL, address = short);
    let code = match QrDrawing::of(&address) {
        Some(drawing) => html! {
            <svg class="join-code" role="img" aria-label={label.clone()} viewBox={drawing.view_box()}>
                <title>{ label }</title>
                <rect width="100%" height="100%" fill="#ffffff" />
                <path d={drawing.path} fill="#000000" />
            </svg>
        },
        // Too long for any QR code (thousands of characters): the address alone.
        None => Html::default(),
    };
    let reasons = Motive::ALL.into_iter().map(|motive| {
        html! {
            <li>
                <strong>{ content.motive_name(motive) }</strong>{ " " }{ content.motive_text(motive) }
            </li>
        }
    });
    let on_print = Callback::from(|_: MouseEvent| print());
    html! {
        <section class="room" aria-labelledby="room-title">
            <h1 id="room-title" tabindex="-1">{ content.term(ui::room::TITLE) }</h1>
            { code }
            <div class="join-address">
                <p class="no-print">{ content.term(ui::room::SCAN) }</p>
                <p class="address">{ short }</p>
                <p class="no-print">{ content.term(ui::room::PRIVATE) }</p>
                <p class="print-only poster-line">{ content.term(ui::room::POSTER) }</p>
            </div>
            <div class="room-talk no-print">
                <h2>{ content.term(ui::room::REASONS) }</h2>
                <ul class="room-reasons">{ for reasons }</ul>
                <div class="actions">
                    <button type="button" class="button" onclick={on_print}>{ content.term(ui::room::PRINT) }</button>
                </div>
                <p class="meta">{ content.term(ui::room::PRINT_HINT) }</p>
                <p class="room-count-link"><a href={Route::RoomCount.hash()}>{ content.term(ui::room::COUNT_LINK) }</a></p>
            </div>
        </section>
    }
}
