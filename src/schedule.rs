//! Handing control back to the browser between pieces of work, so that it can paint and
//! answer input in between.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Resolves in a new browser task (a message to itself, which unlike a timer is not
/// slowed down in a tab that is not shown).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let Ok(channel) = web_sys::MessageChannel::new() else {
            let _ = resolve.call0(&JsValue::UNDEFINED);
            return;
        };
        // The channel is held from here until its message has arrived: one that nothing
        // refers to may be collected with the message still on its way, which WebKit has
        // been known to do.
        let held = channel.clone();
        let arrived = resolve.clone();
        let on_message = Closure::once_into_js(move || {
            drop(held);
            let _ = arrived.call0(&JsValue::UNDEFINED);
        });
        channel
            .port1()
            .set_onmessage(Some(on_message.unchecked_ref()));
        if channel.port2().post_message(&JsValue::UNDEFINED).is_err() {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Whether the page is on screen (a hidden page paints no frames).
pub fn page_shown() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| !d.hidden())
}

/// Runs `work` in a new browser task, after the one running now.
pub fn in_next_task(work: impl FnOnce() + 'static) {
    yew::platform::spawn_local(async move {
        next_task().await;
        work();
    });
}

/// Runs `work` in the first task after the next frame has been painted. Returns false,
/// without running it, when no frame can be asked for.
pub fn after_next_frame(work: impl FnOnce() + 'static) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let callback = Closure::once_into_js(move || in_next_task(work));
    window
        .request_animation_frame(callback.unchecked_ref())
        .is_ok()
}
