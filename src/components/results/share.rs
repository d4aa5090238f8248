//! Share with the room: a participant's room code, shown only when they ask. The code in
//! large type and as a QR code (dark on white in both colour schemes), with exactly what
//! it tells whoever reads it and what it does not. Nothing is sent anywhere: the person
//! shows it or reads it out.

use yew::prelude::*;

use crate::model::qr::QrDrawing;
use crate::model::room::{Reveal, RoomCode, Withheld, BUILT_IN_CONTENT, WITHHELD};
use crate::model::term::ui;
use crate::model::{Content, Results};
use crate::random::random_u32;
use crate::state::Action;
use crate::term_fill;

/// Properties of [`Share`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareProps {
    /// The results the code is made from.
    pub results: Results,
    /// The nonce of this device's room codes, once one is kept.
    pub nonce: Option<u32>,
    /// Sends actions to the app (to keep a new nonce).
    pub on_action: Callback<Action>,
}

/// A line of what a code tells.
fn reveal_text(content: &Content, reveal: Reveal) -> String {
    match reveal {
        Reveal::Band(motive, band) => term_fill!(
            content,
            ui::share::REVEAL_BAND,
            motive = content.motive_name(motive),
            band = content.score_band_word(band)
        ),
        Reveal::Main(reason) => term_fill!(
            content,
            ui::share::REVEAL_MAIN,
            reason = content.main_reason_name(reason)
        ),
        Reveal::Content(BUILT_IN_CONTENT) => content.term(ui::share::REVEAL_CONTENT).to_owned(),
        Reveal::Content(_) => content.term(ui::share::REVEAL_CONTENT_OTHER).to_owned(),
        Reveal::Nonce => content.term(ui::share::REVEAL_NONCE).to_owned(),
    }
}

/// A line of what a code does not tell.
fn withheld_text(content: &Content, withheld: Withheld) -> &str {
    content.term(match withheld {
        Withheld::Identity => ui::share::WITHHELD_IDENTITY,
        Withheld::Answers => ui::share::WITHHELD_ANSWERS,
        Withheld::Scores => ui::share::WITHHELD_SCORES,
        Withheld::Channels => ui::share::WITHHELD_CHANNELS,
        Withheld::Plan => ui::share::WITHHELD_PLAN,
        Withheld::Behaviour => ui::share::WITHHELD_BEHAVIOUR,
        Withheld::Limits => ui::share::WITHHELD_LIMITS,
        Withheld::Background => ui::share::WITHHELD_BACKGROUND,
    })
}

/// The code as a screen reader should say it: each character on its own, a pause
/// between the groups ("4 A K, B 7 H, 6 N M").
fn spoken(code: &str) -> String {
    code.split('-')
        .map(|group| {
            let chars: Vec<String> = group.chars().map(String::from).collect();
            chars.join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The code, its QR code and what it tells.
fn panel(content: &Content, code: &RoomCode) -> Html {
    let text = code.to_text();
    let label = term_fill!(content, ui::share::CODE_LABEL, code = spoken(&text));
    let qr = QrDrawing::of_alphanumeric(&text).map(|drawing| {
        html! {
            <svg class="share-qr" role="img" aria-label={label.clone()} viewBox={drawing.view_box()}>
                <rect width="100%" height="100%" fill="#ffffff" />
                <path d={drawing.path} fill="#000000" />
            </svg>
        }
    });
    html! {
        <>
            <p class="share-code-label">{ content.term(ui::share::CODE) }</p>
            <p class="room-code" data-code={text.clone()}>
                <span aria-hidden="true">{ text.clone() }</span>
                <span class="visually-hidden">{ spoken(&text) }</span>
            </p>
            { for qr }
            <p>{ content.term(ui::share::SAME) }</p>
            <h3>{ content.term(ui::share::REVEALS) }</h3>
            <ul class="share-reveals">
                { for code.reveals().into_iter().map(|r| html! { <li>{ reveal_text(content, r) }</li> }) }
            </ul>
            <h3>{ content.term(ui::share::WITHHELD) }</h3>
            <ul class="share-withheld">
                { for WITHHELD.into_iter().map(|w| html! { <li>{ withheld_text(content, w) }</li> }) }
            </ul>
            <p class="share-nothing-sent"><strong>{ content.term(ui::share::NOTHING_SENT) }</strong></p>
        </>
    }
}

/// The "share with the room" section.
#[component]
pub fn Share(props: &ShareProps) -> Html {
    let content = crate::active::content();
    let open = use_state(|| false);
    let on_toggle = {
        let (open, nonce, on_action) = (open.clone(), props.nonce, props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            if !*open && nonce.is_none() {
                if let Some(drawn) = random_u32() {
                    on_action.emit(Action::RoomNonce { drawn });
                }
            }
            open.set(!*open);
        })
    };
    let code = props
        .nonce
        .map(|nonce| RoomCode::from_results(&props.results, nonce))
        .and_then(|code| code.with_content(crate::active::room_content()));
    html! {
        <section class="share no-print" aria-labelledby="share-title">
            <h2 id="share-title">{ content.term(ui::share::TITLE) }</h2>
            <p>{ content.term(ui::share::INTRO) }</p>
            <button type="button" class="button" aria-expanded={(*open).to_string()}
                aria-controls="share-panel" onclick={on_toggle}>
                { content.term(if *open { ui::share::HIDE } else { ui::share::SHOW }) }
            </button>
            <div id="share-panel" class="share-panel" hidden={!*open}>
                if let (true, Some(code)) = (*open, code) {
                    { panel(content, &code) }
                }
            </div>
        </section>
    }
}
