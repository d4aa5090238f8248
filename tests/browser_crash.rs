//! Browser tests of the error screen shown after a panic, run in headless Chromium.
#![cfg(target_arch = "wasm32")]

use netwhy::crash::{show, CrashText};
use netwhy::model::Content;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_error_screen_replaces_the_app_says_answers_are_kept_and_offers_a_reload() {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let app = document.create_element("div").expect("div");
    app.set_id("app");
    document
        .body()
        .expect("body")
        .append_child(&app)
        .expect("append");

    let text = CrashText::from_content(Content::embedded());
    let screen = show(&document, &text).expect("the screen is shown");
    assert!(app.has_attribute("hidden"));
    assert_eq!(screen.get_attribute("role").as_deref(), Some("alert"));
    let content = screen.text_content().unwrap_or_default();
    assert!(content.contains("Something went wrong"), "{content}");
    assert!(content.contains("answers you gave are kept"), "{content}");
    let link = screen.query_selector("a").expect("query").expect("a link");
    assert_eq!(link.text_content().as_deref(), Some("Reload"));
    let href = link.get_attribute("href").unwrap_or_default();
    assert!(!href.contains('#'), "{href}");
    let focused = document.active_element().and_then(|e| e.text_content());
    assert_eq!(focused.as_deref(), Some("Something went wrong"));

    // Showing it twice keeps the one screen.
    let again = show(&document, &text).expect("still shown");
    assert!(again.is_same_node(Some(&screen)));
}
