//! The language the screens are drawn in: the one chosen on this device, else the first of
//! the browser's preferred languages that netwhy speaks; its texts fetched from the app's
//! own `lang/<tag>.json` the first time it is chosen (the service worker then keeps the file
//! for offline use), checked before use, and put in place in [`crate::active`].

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::active;
use crate::model::language::{self, read_language, LanguageError, MAX_LANGUAGE_BYTES};
use crate::model::Content;

/// Why a language was not put in use.
#[derive(Debug)]
pub enum Unavailable {
    /// The file could not be fetched (offline before it was ever kept, say).
    Fetch,
    /// The file was fetched but not used.
    File(LanguageError),
}

/// Makes the texts of the language `tag` ready in [`active`]: built in, in the pack in use,
/// loaded before, or fetched and checked now.
pub async fn ensure(tag: &'static str) -> Result<(), Unavailable> {
    if active::built_in_in(tag).is_some() || active::pack_has(tag) {
        return Ok(());
    }
    let text = fetch_text(&format!("lang/{tag}.json"))
        .await
        .ok_or(Unavailable::Fetch)?;
    let content = read_language(&text, tag, Content::embedded()).map_err(Unavailable::File)?;
    active::add_language(tag, content);
    Ok(())
}

/// The browser's preferred languages, most wanted first.
pub fn browser_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut wanted: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if wanted.is_empty() {
        wanted.extend(navigator.language());
    }
    wanted
}

thread_local! {
    /// A language picked in the pre-rendered first screen's list before the app could answer.
    static EARLY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Notes a language picked in the list of the pre-rendered first screen, which works before
/// the app has started (on a slow connection, seconds before): already picked when the app
/// starts (the list no longer shows the language it was drawn in, the built-in one), or
/// picked while it starts. [`early_choice`] then gives it.
pub fn watch_early_choice() {
    let Some(select) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("#app[data-prerendered] #language").ok())
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    else {
        return;
    };
    let picked = select.value();
    if picked != language::BUILT_IN {
        EARLY.with(|e| e.replace(Some(picked)));
    }
    let list = select.clone();
    gloo_events::EventListener::new(&select, "change", move |_| {
        EARLY.with(|e| e.replace(Some(list.value())));
    })
    .forget();
}

/// The language picked in the pre-rendered first screen, if it is one netwhy speaks.
pub fn early_choice() -> Option<&'static str> {
    EARLY.with(|e| {
        let picked = e.borrow();
        language::language(picked.as_deref()?).map(|l| l.tag)
    })
}

/// The language to start in: the one kept as this device's choice, else the browser's.
pub fn starting_language(kept: Option<&'static str>) -> &'static str {
    kept.unwrap_or_else(|| language::preferred(&browser_languages()))
}

/// Sets the page's `lang` and `dir` to the language the screens are drawn in, so screen
/// readers speak it and the layout runs in its direction.
pub fn mark_document() {
    let shown = active::shown_language();
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", shown);
        let _ = root.set_attribute(
            "dir",
            if language::is_rtl(shown) {
                "rtl"
            } else {
                "ltr"
            },
        );
    }
}

/// The text of a file of this app, or none when it could not be fetched, was not found, or is
/// larger than a language file may be.
async fn fetch_text(address: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response = JsFuture::from(window.fetch_with_str(address)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()?;
    (text.len() <= MAX_LANGUAGE_BYTES).then_some(text)
}
