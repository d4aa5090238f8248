//! The scanner's worker: reads the QR codes in camera frames off the page's thread. Trunk
//! builds it as a worker of its own (`data-type="worker"` in `index.html`: `scanner.js`,
//! `scanner_bg.wasm` and the start script `scanner_loader.js`), so the app's own wasm
//! carries no decoder, and the page starts it only when the facilitator starts scanning
//! (`src/camera.rs`).
//!
//! It says "ready" once it can take frames (messages sent before then would be lost), then
//! answers each message `[width, height, pixels]` (an RGBA `ArrayBuffer`, moved to it) with
//! an array of the texts found: empty when none, or when the frame is refused
//! (`model::scan` checks and caps everything).

#[cfg(target_arch = "wasm32")]
fn main() {
    use std::cell::RefCell;

    use js_sys::{Array, ArrayBuffer, Uint8Array};
    use netwhy::model::scan::Reader;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reader = RefCell::new(Reader::new());
    let answer_to = scope.clone();
    let on_frame = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let message = Array::from(&event.data());
        // Sizes as whole numbers; anything else becomes 0 and is refused.
        let side = |i| {
            message
                .get(i)
                .as_f64()
                .filter(|n| n.fract() == 0.0 && *n >= 0.0)
                .map_or(0, |n| n.min(f64::from(u32::MAX)) as u32)
        };
        let (width, height) = (side(0), side(1));
        let texts = match message.get(2).dyn_into::<ArrayBuffer>() {
            Ok(buffer) => {
                let pixels = Uint8Array::new(&buffer).to_vec();
                reader
                    .borrow_mut()
                    .read_rgba(width, height, &pixels)
                    .unwrap_or_default()
            }
            Err(_) => Vec::new(),
        };
        let answer: Array = texts.iter().map(|t| JsValue::from_str(t)).collect();
        let _ = answer_to.post_message(&answer);
    });
    scope.set_onmessage(Some(on_frame.as_ref().unchecked_ref()));
    on_frame.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

/// Natively there is nothing to run: the worker exists only in the browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
