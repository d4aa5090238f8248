//! The facilitator's screen, made for a projector: the join code (a QR code of the app's
//! own address, drawn on this device) with the address in large type beside it, the three
//! reasons to network to talk over, a poster of the code to print, the way to the tally
//! (`#/room/count`), and the switch for a shared laptop.

use yew::prelude::*;

use crate::components::common::with_marks;
use crate::components::pack::{pack_link, PackPanel};
use crate::components::shared::switch::SharedSwitch;
use crate::files::print;
use crate::hooks::use_steps;
use crate::model::qr::{short_address, QrDrawing};
use crate::model::term::ui;
use crate::model::{Content, Motive};
use crate::route::Route;
use crate::state::Action;
use crate::{term_fill, term_text};

/// The address the app is served from, as the browser has it, without the part after `#`:
/// whatever host or folder that is, the code opens this very copy of the app.
pub fn own_address() -> String {
    let location = web_sys::window().map(|w| w.location());
    location
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default()
}

/// Properties of [`RoomScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct RoomProps {
    /// Sends actions to the app (for the content pack).
    pub on_action: Callback<Action>,
}

/// The facilitator's screen.
#[component]
pub fn RoomScreen(props: &RoomProps) -> Html {
    let content = crate::active::content();
    // The heading, and the code's place, in the frame after the click; the code and the
    // address in the next (making the code is most of the screen's work on a first visit);
    // what to say and the switches in the one after.
    let step = use_steps(2);
    html! {
        <section class="room" aria-labelledby="room-title" aria-busy={(step < 2).then_some("true")}>
            <h1 id="room-title" tabindex="-1">{ content.term(ui::room::TITLE) }</h1>
            // One child after the heading in every step, so the heading stays the same node.
            if step >= 1 {
                { join(content) }
                if step >= 2 {
                    { talk(content, &props.on_action) }
                }
            } else {
                // The code's place, so the address does not move when the code comes.
                <div class="join-code" aria-hidden="true"></div>
            }
        </section>
    }
}

/// The code and the address to join by, with the content in use.
fn join(content: &Content) -> Html {
    // Drawn at each render: the screen is rarely drawn again.
    let address = own_address();
    let short = short_address(&address);
    let label = term_fill!(content, ui::room::CODE_LABEL, address = short);
    // With a pack in use, the code opens the pack's link (which offers the pack, then the
    // questions) when it fits in a code; the address in type stays the plain one.
    let pack = crate::active::pack();
    let with_pack = pack
        .and_then(pack_link)
        .and_then(|link| QrDrawing::of(&link).map(|drawing| (link, drawing)));
    let pack_line = pack.map(|pack| match &with_pack {
        Some(_) => term_fill!(
            content,
            ui::pack::JOIN_PACK,
            name = pack.file.name,
            fingerprint = pack.fingerprint.to_string()
        ),
        None => content.term(ui::pack::JOIN_TOO_LONG).to_owned(),
    });
    let drawing = match with_pack {
        Some((_, drawing)) => Some(drawing),
        None => QrDrawing::of(&address),
    };
    let fingerprint = crate::active::fingerprint().to_string();
    let fingerprint_line = with_marks(
        term_text!(content, ui::pack::JOIN_FINGERPRINT, fingerprint),
        |mark| {
            (mark == "fingerprint")
                .then(|| html! { <span class="fingerprint">{ fingerprint.clone() }</span> })
        },
    );
    let code = match drawing {
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
    html! {
        <>
            { code }
            <div class="join-address">
                <p class="no-print">{ content.term(ui::room::SCAN) }</p>
                <p class="address">{ short }</p>
                <p class="no-print">{ content.term(ui::room::PRIVATE) }</p>
                <p class="join-fingerprint">{ fingerprint_line }</p>
                if let Some(line) = pack_line {
                    <p class="join-pack">{ line }</p>
                }
                <p class="print-only poster-line">{ content.term(ui::room::POSTER) }</p>
            </div>
        </>
    }
}

/// What to say to the room, printing, and the switches.
fn talk(content: &Content, on_action: &Callback<Action>) -> Html {
    let reasons = Motive::ALL.into_iter().map(|motive| {
        html! {
            <li>
                <strong>{ content.motive_name(motive) }</strong>{ " " }{ content.motive_text(motive) }
            </li>
        }
    });
    let on_print = Callback::from(|_: MouseEvent| print());
    html! {
        <div class="room-talk no-print">
            <h2>{ content.term(ui::room::REASONS) }</h2>
            <ul class="room-reasons">{ for reasons }</ul>
            <div class="actions">
                <button type="button" class="button" onclick={on_print}>{ content.term(ui::room::PRINT) }</button>
            </div>
            <p class="meta">{ content.term(ui::room::PRINT_HINT) }</p>
            <p class="room-count-link"><a href={Route::RoomCount.hash()}>{ content.term(ui::room::COUNT_LINK) }</a></p>
            <SharedSwitch />
            <PackPanel on_action={on_action.clone()} />
        </div>
    }
}
