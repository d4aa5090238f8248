//! The warning a shared device shows before it forgets an idle person: how long is left, and
//! "I'm still here". Focus moves to that button, so a keyboard user answers with one key and
//! a screen reader reads the warning (an alert dialog, described by its text) at once; it
//! goes back where it was when the person stays.

use yew::prelude::*;

use crate::components::common::with_marks;
use crate::model::idle::IDLE_AFTER_MS;
use crate::model::term::ui;
use crate::{term_fill, term_text};

/// Properties of [`IdleWarning`].
#[derive(Properties, PartialEq, Clone)]
pub struct IdleWarningProps {
    /// Whole seconds left.
    pub seconds_left: u64,
    /// The person is still here.
    pub on_stay: Callback<()>,
}

/// The warning, fixed at the bottom of the view.
#[component]
pub fn IdleWarning(props: &IdleWarningProps) -> Html {
    let content = crate::active::content();
    let button = use_node_ref();
    {
        let button = button.clone();
        use_effect_with((), move |_| {
            let before = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok());
            if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
            move || {
                if let Some(before) = before {
                    let _ = before.focus();
                }
            }
        });
    }
    let left = if props.seconds_left == 1 {
        content.term(ui::shared::ONE_SECOND).to_owned()
    } else {
        term_fill!(
            content,
            ui::shared::SECONDS,
            count = props.seconds_left.to_string()
        )
    };
    let minutes = (IDLE_AFTER_MS / 60_000).to_string();
    let text = with_marks(
        term_text!(content, ui::shared::IDLE_TEXT, minutes, left),
        |mark| match mark {
            "minutes" => Some(html! { { minutes.clone() } }),
            "left" => Some(html! { <strong class="countdown">{ left.clone() }</strong> }),
            _ => None,
        },
    );
    let on_stay = {
        let on_stay = props.on_stay.clone();
        Callback::from(move |_: MouseEvent| on_stay.emit(()))
    };
    html! {
        <div class="idle-warning no-print" role="alertdialog" aria-modal="false"
            aria-labelledby="idle-title" aria-describedby="idle-text">
            <h2 id="idle-title">{ content.term(ui::shared::IDLE_TITLE) }</h2>
            <p id="idle-text">{ text }</p>
            <div class="actions">
                <button type="button" id="idle-stay" class="button primary" ref={button} onclick={on_stay}>
                    { content.term(ui::shared::STAY) }
                </button>
            </div>
        </div>
    }
}
