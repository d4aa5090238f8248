//! Running a screen's code once, out of sight, before the person asks for it. The browser
//! compiles a WebAssembly function on its first call, so the first visit to a screen pays
//! for compiling its code inside the click that opens it; drawing the screen once into an
//! element outside the page, while the person reads the one before, moves that cost out of
//! the click.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::question::{Question, QuestionProps};
use crate::model::Answers;
use crate::schedule::{after_next_frame, page_shown};

/// Draws the question `item` once outside the page, when the browser is idle, and removes
/// it again a frame later. Nothing of it is seen, focused or kept.
pub fn question(item: String) {
    when_idle(move || {
        let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("div").ok())
        else {
            return;
        };
        let props = QuestionProps {
            item,
            answers: Answers::new(),
            on_answer: Callback::noop(),
            on_action: Callback::noop(),
        };
        let handle = yew::Renderer::<Question>::with_root_and_props(root, props).render();
        after_next_frame(move || handle.destroy());
    });
}

/// Runs `work` once the page is on screen, has painted and the browser has nothing else to
/// do (or soon after the next frame where it cannot say when it is idle).
fn when_idle(work: impl FnOnce() + 'static) {
    if !page_shown() {
        return;
    }
    after_next_frame(move || {
        let Some(window) = web_sys::window() else {
            return;
        };
        let idle_known =
            js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
        let callback = Closure::once_into_js(work);
        if !idle_known
            || window
                .request_idle_callback(callback.unchecked_ref())
                .is_err()
        {
            let _ = window.set_timeout_with_callback(callback.unchecked_ref());
        }
    });
}
