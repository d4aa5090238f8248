//! Running a screen's code once, out of sight, before the person asks for it. The browser
//! compiles a WebAssembly function on its first call, so the first visit to a screen pays
//! for compiling its code inside the click that opens it; drawing the screen once into an
//! element outside the page, while the person reads the one before, moves that cost out of
//! the click. The browser's first layout of a screen's text is also slower than later ones
//! (at 4× CPU, 13–30 ms for the first question against 1–10 ms once laid out before), so the
//! drawn screen is laid out once inside the page and taken out again in the same task: no
//! frame, script or assistive technology ever meets it. Before the results, the answers are
//! scored once the same way; once there are results, the browser's date formatters, which
//! History needs, are made the same way.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::question::{Question, QuestionProps};
use crate::model::Answers;
use crate::schedule::{after_next_frame, page_shown};

/// Draws the question `item` once outside the page, when the browser is idle, and a frame
/// later lays it out once where it would be shown and removes it. Nothing of it is seen,
/// focused or kept.
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
        let handle = yew::Renderer::<Question>::with_root_and_props(root.clone(), props).render();
        after_next_frame(move || {
            lay_out_once(root);
            handle.destroy();
        });
    });
}

/// Scores `answers` once, when the browser is idle, and forgets the result, so the click
/// that completes the assessment (which scores it to keep a snapshot) finds the scoring code
/// compiled.
pub fn results(answers: Answers) {
    when_idle(move || {
        std::hint::black_box(crate::model::score(crate::active::content(), &answers));
    });
}

/// Makes the date formatters for `language` when the browser is idle (see
/// [`crate::clock::prepare`]), so History, which writes out when each result was taken,
/// does not make them inside the click that opens it.
pub fn dates(language: String) {
    when_idle(move || crate::clock::prepare(&language));
}

/// Puts `drawn` into the page's main part, hidden, has the browser lay it out and takes it
/// out again, all in one task, so the page is never drawn or read with it in.
fn lay_out_once(drawn: web_sys::Element) {
    let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"))
    else {
        return;
    };
    let _ = drawn.set_attribute("class", "warm-up");
    let _ = drawn.set_attribute("aria-hidden", "true");
    let _ = drawn.set_attribute("inert", "");
    if main.append_child(&drawn).is_ok() {
        if let Some(drawn) = drawn.dyn_ref::<web_sys::HtmlElement>() {
            // Reading a size makes the browser lay the page out now.
            let _ = drawn.offset_height();
        }
        drawn.remove();
    }
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
