//! Typing a room code: a field read as the facilitator types (a code is counted the moment
//! it is whole) and on Enter, and what came of it, said politely to screen readers. The
//! field keeps a refused text for correcting and is cleared once a code is taken.

use yew::prelude::*;

use crate::model::room::{Arrival, Taken, MAX_CODE_INPUT};
use crate::model::term::ui;

/// What the screen said about the last text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The words.
    pub words: String,
    /// Whether it was a refusal.
    pub refusal: bool,
}

/// Properties of [`CodeEntry`].
#[derive(Properties, PartialEq, Clone)]
pub struct CodeEntryProps {
    /// Takes a text as a code and says what it did.
    pub on_text: Callback<(String, Arrival), Taken>,
    /// What was said about the last text.
    pub said: Option<Said>,
}

/// The code field, its button and its message.
#[component]
pub fn CodeEntry(props: &CodeEntryProps) -> Html {
    let content = crate::active::content();
    let text = use_state(String::new);
    let take = {
        let (text, on_text) = (text.clone(), props.on_text.clone());
        move |value: String, arrival: Arrival| {
            let taken = on_text.emit((value.clone(), arrival));
            text.set(if taken.clears_input() {
                String::new()
            } else {
                value
            });
        }
    };
    let on_input = {
        let take = take.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            take(input.value(), Arrival::Typing);
        })
    };
    let on_submit = {
        let text = text.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            take((*text).clone(), Arrival::Whole);
        })
    };
    let (words, class) = match &props.said {
        Some(said) => (
            said.words.clone(),
            if said.refusal {
                "tally-said error"
            } else {
                "tally-said done"
            },
        ),
        None => (String::new(), "tally-said"),
    };
    html! {
        <form class="code-entry" onsubmit={on_submit} novalidate=true>
            <label for="room-code">{ content.term(ui::count::LABEL) }</label>
            <p id="room-code-hint" class="meta">{ content.term(ui::count::HINT) }</p>
            <div class="code-row">
                <input id="room-code" type="text" value={(*text).clone()} oninput={on_input}
                    maxlength={MAX_CODE_INPUT.to_string()} autocomplete="off" autocapitalize="characters"
                    spellcheck="false" enterkeyhint="done" aria-describedby="room-code-hint room-code-said"
                    aria-invalid={props.said.as_ref().filter(|s| s.refusal).map(|_| "true")} />
                <button type="submit" class="button primary">{ content.term(ui::count::ADD) }</button>
            </div>
            <p id="room-code-said" class={class} role="status" aria-live="polite">{ words }</p>
        </form>
    }
}
