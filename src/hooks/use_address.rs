//! Following the address: the browser's moves (back, forward, a typed address) and the
//! app's own become [`Action::Navigate`], and focus moves to each new screen's heading.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::clock::now;
use crate::navigate::{current_route, focus_heading};
use crate::state::{Action, AppState};

/// Keeps `state`'s screen in step with the address; once the screen is `drawn`, focus moves
/// to the heading of each new one.
#[hook]
pub fn use_address(state: &UseReducerHandle<AppState>, drawn: bool) {
    let dispatch = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "hashchange", move |_| {
                dispatch.dispatch(Action::Navigate {
                    route: current_route(),
                    at: now(),
                });
            })
        });
        move || drop(listener)
    });
    // Before the screen is drawn there is no heading; the app focuses it once it is.
    use_effect_with(state.route.clone(), move |_| {
        if drawn {
            focus_heading();
        }
    });
}
