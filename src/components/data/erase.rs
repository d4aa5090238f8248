//! Deleting everything netwhy keeps on this device, after a confirmation.

use yew::prelude::*;

use crate::model::Content;
use crate::state::{Action, Erasing};

/// Properties of [`Erase`].
#[derive(Properties, PartialEq, Clone)]
pub struct EraseProps {
    /// Whether nothing is kept now.
    pub empty: bool,
    /// How the last request to delete everything went.
    pub erasing: Erasing,
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// The delete-everything section.
#[function_component(Erase)]
pub fn erase(props: &EraseProps) -> Html {
    let content = Content::embedded();
    let confirming = use_state(|| false);
    // Whether the outcome below answers a request made on this screen.
    let asked = use_state(|| false);
    let ask = {
        let (confirming, asked) = (confirming.clone(), asked.clone());
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            asked.set(false);
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let delete = {
        let (confirming, asked, on_action) =
            (confirming.clone(), asked.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::DeleteAll);
            confirming.set(false);
            asked.set(true);
        })
    };
    html! {
        <section aria-labelledby="erase-title" class="erase">
            <h2 id="erase-title">{ content.term("ui.erase.title") }</h2>
            <p>{ content.term("ui.erase.text") }</p>
            if *confirming {
                <div class="confirm" role="group" aria-labelledby="erase-confirm">
                    <p id="erase-confirm">{ content.term("ui.erase.confirm") }</p>
                    <div class="actions">
                        <button type="button" class="button danger" onclick={delete}>{ content.term("ui.erase.yes") }</button>
                        <button type="button" class="button" onclick={keep}>{ content.term("ui.erase.no") }</button>
                    </div>
                </div>
            } else {
                <div class="actions">
                    <button type="button" class="button" onclick={ask} disabled={props.empty}>
                        { content.term("ui.erase.button") }
                    </button>
                </div>
            }
            <div role="status">
                if *asked {
                    if let Erasing::Failed(_) = props.erasing {
                        <p class="failed">{ content.term("ui.erase.failed") }</p>
                    } else if props.erasing == Erasing::Done && props.empty {
                        <p class="done">{ content.term("ui.erase.done") }</p>
                    }
                }
            </div>
        </section>
    }
}
