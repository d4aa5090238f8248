//! The facilitator's switch for shared-device mode, on the workshop screen: turning it on
//! for this tab (the app then starts again with the tab's own storage, showing none of this
//! device's saved results), and off again after a confirmation.

use yew::prelude::*;

use crate::components::confirm::Confirm;
use crate::model::idle::IDLE_AFTER_MS;
use crate::model::shared::Place;
use crate::model::term::ui;
use crate::navigate::{focus, reload_at};
use crate::route::Route;
use crate::schedule::after_next_frame;
use crate::storage::{set_shared, shared_place};
use crate::term_fill;

/// The section "A shared laptop for people without a phone".
#[component]
pub fn SharedSwitch() -> Html {
    let content = crate::active::content();
    // Read at each render: the flag changes only here, and the app starts again after.
    let on = shared_place() == Place::Tab;
    let refused = use_state(|| false);
    let confirming = use_state(|| false);
    // Turning it off needs no flush first: a change waits only until the next frame, nothing
    // on this screen changes the answers, and the saving rules never write over a store that
    // was emptied under them.
    let turn = |to: bool, then: Route| {
        let refused = refused.clone();
        Callback::from(move |_: MouseEvent| match set_shared(to) {
            Ok(()) => reload_at(&then),
            Err(_) => refused.set(true),
        })
    };
    let ask = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| {
            confirming.set(true);
            // The button pressed is gone: focus goes to the answer that keeps things as they are.
            after_next_frame(|| focus(".shared-switch .confirm .button:not(.danger)"));
        })
    };
    let keep = {
        let confirming = confirming.clone();
        Callback::from(move |_: MouseEvent| confirming.set(false))
    };
    let minutes = (IDLE_AFTER_MS / 60_000).to_string();
    let body = if on {
        html! {
            <>
                <p class="shared-state">{ content.term(ui::shared::SWITCH_ON) }</p>
                if *confirming {
                    <Confirm text_id="shared-off-text" text={content.term(ui::shared::OFF_CONFIRM)}
                        yes={content.term(ui::shared::OFF_YES)} on_yes={turn(false, Route::Room)}
                        no={content.term(ui::shared::OFF_NO)} on_no={keep} />
                } else {
                    <div class="actions">
                        <button type="button" class="button" onclick={ask}>{ content.term(ui::shared::TURN_OFF) }</button>
                    </div>
                }
            </>
        }
    } else {
        html! {
            <>
                <p>{ term_fill!(content, ui::shared::SWITCH_OFF, minutes = minutes) }</p>
                <div class="actions">
                    <button type="button" class="button" onclick={turn(true, Route::Welcome)}>
                        { content.term(ui::shared::TURN_ON) }
                    </button>
                </div>
                if *refused {
                    <p role="alert">{ content.term(ui::shared::CANNOT) }</p>
                }
            </>
        }
    };
    html! {
        <section class="shared-switch no-print" aria-labelledby="shared-switch-title">
            <h2 id="shared-switch-title">{ content.term(ui::shared::SWITCH_TITLE) }</h2>
            { body }
        </section>
    }
}
