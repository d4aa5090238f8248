//! Moving between screens: the address (`location.hash`) and the browser's session
//! history. Every move the app makes pushes an entry that remembers the screen it came
//! from, so the in-app Back button can step back through the same entries as the
//! browser's back button instead of piling new ones on top.

use wasm_bindgen::{JsCast, JsValue};

use crate::route::Route;

const FROM: &str = "from";

/// The screen the address names.
pub fn current_route() -> Route {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok());
    Route::parse(&hash.unwrap_or_default())
}

/// Shows `route` in a new history entry that remembers where it came from. The
/// `hashchange` listener does the rest, as for the browser's own moves.
pub fn go(route: &Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let here = current_route();
    if here == *route {
        return;
    }
    let entry = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&entry, &JsValue::from_str(FROM), &here.hash().into());
    let pushed = window
        .history()
        .and_then(|h| h.push_state_with_url(&entry, "", Some(&route.hash())));
    match pushed {
        // Pushing a state changes the address without an event; announce it.
        Ok(()) => {
            if let Ok(event) = web_sys::Event::new("hashchange") {
                let _ = window.dispatch_event(&event);
            }
        }
        Err(_) => {
            let _ = window.location().set_hash(&route.hash());
        }
    }
}

/// Goes back to `route`, the screen before this one in the app's own order: through
/// the browser's history when this entry was reached from `route` (so the browser's
/// back and forward buttons keep agreeing with the app), otherwise by replacing this
/// entry, never by adding one.
pub fn back_to(route: &Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let history = window.history().ok();
    let came_from = history
        .as_ref()
        .and_then(|h| h.state().ok())
        .and_then(|state| js_sys::Reflect::get(&state, &JsValue::from_str(FROM)).ok())
        .and_then(|from| from.as_string());
    if let (Some(history), Some(from)) = (history, came_from) {
        if from == route.hash() && history.back().is_ok() {
            return;
        }
    }
    let _ = window.location().replace(&route.hash());
}

/// Moves focus to the shown screen's heading, so screen readers start there: once the screen
/// is complete, when it is drawn in steps (marked busy until its last step is in, see
/// [`crate::hooks::use_steps`]).
pub fn focus_heading() {
    focus_heading_when_drawn(STEP_FRAMES);
}

/// How many frames focus waits for a screen drawn in steps at most.
const STEP_FRAMES: u8 = 8;

fn focus_heading_when_drawn(frames: u8) {
    let busy = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main [aria-busy='true']").ok().flatten())
        .is_some();
    if busy
        && frames > 0
        && crate::schedule::after_next_frame(move || focus_heading_when_drawn(frames - 1))
    {
        return;
    }
    focus("main h1");
}

/// Moves focus to the first element that matches `selector`, if any.
pub fn focus(selector: &str) {
    let document = web_sys::window().and_then(|w| w.document());
    let found = document.and_then(|d| d.query_selector(selector).ok().flatten());
    if let Some(e) = found.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// Starts the app again at `route`, in place of this history entry (say, after shared-device
/// mode was turned on or off, which decides where answers are kept at start).
pub fn reload_at(route: &Route) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&route.hash()));
    }
    let _ = window.location().reload();
}
