//! The error screen after a panic. Release builds abort on panic, so Yew is gone by
//! then: the panic hook builds the screen with plain DOM calls, hides the app, and
//! offers a reload. Answers are saved as they are given, so nothing is lost.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

use crate::model::term::ui;
use crate::model::Content;

/// The texts of the error screen, taken from the string table when the app starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrashText {
    /// The heading.
    pub title: String,
    /// What happened and that the answers are kept.
    pub text: String,
    /// The reload link.
    pub reload: String,
}

impl CrashText {
    /// The texts in the content's language.
    pub fn from_content(content: &Content) -> CrashText {
        CrashText {
            title: content.term(ui::crash::TITLE).to_owned(),
            text: content.term(ui::crash::TEXT).to_owned(),
            reload: content.term(ui::crash::RELOAD).to_owned(),
        }
    }
}

/// Installs the panic hook: log the panic to the console, then show the error screen.
pub fn install(text: CrashText) {
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("netwhy: {info}").into());
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            // Nothing more can be done if even this fails.
            let _ = show(&document, &text);
        }
    }));
}

/// Hides the app and shows the error screen, once. Its reload control is a plain
/// link to the page without the hash (a full load that needs no script, since the
/// app's code cannot run any more); the app then returns to the saved position.
pub fn show(document: &Document, text: &CrashText) -> Option<Element> {
    if let Some(existing) = document.get_element_by_id("crash") {
        return Some(existing);
    }
    let body = document.body()?;
    if let Some(app) = document.get_element_by_id("app") {
        app.set_attribute("hidden", "").ok()?;
    }
    let main = document.create_element("main").ok()?;
    main.set_id("crash");
    main.set_class_name("page crash");
    main.set_attribute("role", "alert").ok()?;
    let heading = child(document, &main, "h1", &text.title)?;
    heading.set_attribute("tabindex", "-1").ok()?;
    child(document, &main, "p", &text.text)?;
    let link = child(document, &main, "a", &text.reload)?;
    link.set_class_name("button primary");
    let location = document.location()?;
    let href = format!("{}{}", location.pathname().ok()?, location.search().ok()?);
    link.set_attribute("href", &href).ok()?;
    body.append_child(&main).ok()?;
    if let Some(h) = heading.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
    Some(main)
}

fn child(document: &Document, parent: &Element, tag: &str, text: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_text_content(Some(text));
    parent.append_child(&element).ok()?;
    Some(element)
}
