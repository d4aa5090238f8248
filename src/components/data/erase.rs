//! Deleting everything netwhy keeps on this device, after a confirmation.

use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::model::term::ui;
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
#[component]
pub fn Erase(props: &EraseProps) -> Html {
    let content = crate::active::content();
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
            <h2 id="erase-title">{ content.term(ui::erase::TITLE) }</h2>
            <p>{ content.term(ui::erase::TEXT) }</p>
            if *confirming {
                <Confirm text_id="erase-confirm" text={content.term(ui::erase::CONFIRM)}
                    yes={content.term(ui::erase::YES)} on_yes={delete}
                    no={content.term(ui::erase::NO)} on_no={keep} />
            } else {
                <div class="actions">
                    <button type="button" class="button" onclick={ask} disabled={props.empty}>
                        { content.term(ui::erase::BUTTON) }
                    </button>
                </div>
            }
            <div role="status">
                if *asked {
                    if let Erasing::Failed(_) = props.erasing {
                        <p class="failed error">{ content.term(ui::erase::FAILED) }</p>
                    } else if props.erasing == Erasing::Done && props.empty {
                        <p class="done">{ content.term(ui::erase::DONE) }</p>
                    }
                }
            </div>
        </section>
    }
}
