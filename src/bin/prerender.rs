//! Writes netwhy's first screen, rendered to HTML, into a built `index.html`, so the welcome
//! screen appears as soon as the page arrives, before the WebAssembly has loaded. The app
//! then renders the same markup in its place (or the screen the person was on). Also writes
//! the texts of the update banner, which `assets/sw-register.js` shows outside the app, from
//! the same string table, and the language files beside the page (`lang/<tag>.json`, as
//! `build.rs` checked and wrote them).
//!
//!     cargo run --features prerender --bin prerender -- dist/index.html

use std::process::ExitCode;

use netwhy::components::frame::{frame, FrameProps};
use netwhy::components::welcome::Welcome;
use netwhy::model::language::{is_rtl, read_language, BUILT_IN};
use netwhy::model::term::ui;
use netwhy::model::{Content, Key};
use yew::prelude::*;
use yew::LocalServerRenderer;

/// Where the rendered screen goes in the page.
const MOUNT: &str = r#"<div id="app"></div>"#;

/// Where the message for browsers without JavaScript goes.
const NOSCRIPT: &str = "<noscript></noscript>";

/// The screen a first visit starts on: the frame around the welcome screen, with no
/// assessment in progress.
#[component]
fn FirstScreen() -> Html {
    frame(&FrameProps::first_screen(html! {
        <Welcome session={None} on_start={Callback::noop()} />
    }))
}

/// The terms `assets/sw-register.js` reads from the page: the `ui.update.*` ones.
fn update_terms() -> impl Iterator<Item = Key> {
    Key::all().filter(|key| key.name().starts_with("ui.update."))
}

/// Every language's content: the built-in one, and each language file read as the app reads
/// it (the build checked them already).
fn every_language() -> Vec<(&'static str, Content)> {
    let base = Content::embedded();
    let mut all = vec![(BUILT_IN, base.clone())];
    for (tag, json) in LANGUAGE_FILES {
        match read_language(json, tag, base) {
            Ok(content) => all.push((tag, content)),
            Err(e) => panic!("lang/{tag}.json does not read back: {e:?}"),
        }
    }
    all
}

/// The update banner's texts in every language, inert in a `<template>` for the banner
/// script to read by key and language.
#[component]
fn UpdateTexts() -> Html {
    html! {
        <template id="netwhy-texts">
            { for every_language().into_iter().flat_map(|(tag, content)| {
                update_terms().map(move |key| html! {
                    <p data-key={key.name()} lang={tag}>{ content.term(key).to_owned() }</p>
                })
            }) }
        </template>
    }
}

/// What a browser without JavaScript shows instead of the app: in every language, since
/// without the app nothing can choose one.
#[component]
fn NoScript() -> Html {
    html! {
        <div class="page">
            { for every_language().into_iter().map(|(tag, content)| html! {
                <p lang={tag} dir={if is_rtl(tag) { "rtl" } else { "ltr" }}>{ content.term(ui::NOSCRIPT).to_owned() }</p>
            }) }
        </div>
    }
}

/// Every language file but the built-in language's: its tag and its JSON.
const LANGUAGE_FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/language_files.rs"));

/// Writes the language files into `lang/` beside the page at `page`.
fn write_languages(page: &std::path::Path) -> std::io::Result<()> {
    let dir = page
        .parent()
        .unwrap_or(std::path::Path::new("."))
        .join("lang");
    std::fs::create_dir_all(&dir)?;
    for (tag, json) in LANGUAGE_FILES {
        std::fs::write(dir.join(format!("{tag}.json")), json)?;
    }
    Ok(())
}

/// The first screen in every other language, inert in `<template id="first-<tag>">`, and the
/// script that, before the first paint, puts the one of the language this device chose (or
/// the browser prefers, as the app decides) in place of the English one. The script's hash
/// goes into the page's policy with the others (`scripts/pwa_postbuild.py`).
fn other_first_screens() -> String {
    let mut out = String::new();
    let mut tags = Vec::new();
    for (tag, content) in every_language().into_iter().skip(1) {
        netwhy::active::add_language(tag, content);
        netwhy::active::set_language(tag);
        let dir = if is_rtl(tag) { "rtl" } else { "ltr" };
        out.push_str(&format!(
            r#"<template id="first-{tag}" data-dir="{dir}">{}</template>"#,
            render::<FirstScreen>()
        ));
        tags.push(format!("{tag:?}"));
    }
    netwhy::active::set_language(BUILT_IN);
    if tags.is_empty() {
        return out;
    }
    out.push_str(
        &FIRST_SCREEN_SCRIPT
            .replace("OFFERED", &tags.join(","))
            .replace("BUILT_IN", &format!("{BUILT_IN:?}")),
    );
    out
}

/// Chooses the first screen's language as `src/languages.rs` chooses the app's: the choice
/// kept (in this tab's storage on a shared device), else the first of the browser's languages
/// on offer, exactly or by its primary subtag.
const FIRST_SCREEN_SCRIPT: &str = r#"<script>(function () {
  var offered = [BUILT_IN,OFFERED], tag = null;
  try {
    var store = sessionStorage.getItem("netwhy.shared") === "on" ? sessionStorage : localStorage;
    tag = store.getItem("netwhy.language");
  } catch (e) {}
  if (offered.indexOf(tag) < 0) {
    tag = null;
    var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < wanted.length && tag === null; i++) {
      var w = String(wanted[i]).toLowerCase(), primary = w.split(/[-_]/)[0];
      for (var j = 0; j < offered.length && tag === null; j++) {
        var t = offered[j].toLowerCase();
        if (t === w || t === primary) tag = offered[j];
      }
    }
  }
  var first = tag && document.getElementById("first-" + tag);
  if (first) {
    var app = document.getElementById("app");
    app.replaceChildren(first.content.cloneNode(true));
    document.documentElement.lang = tag;
    document.documentElement.dir = first.getAttribute("data-dir");
  }
})();</script>"#;

fn render<C: BaseComponent<Properties = ()>>() -> String {
    futures::executor::block_on(LocalServerRenderer::<C>::new().hydratable(false).render())
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender <built index.html>");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    for mark in [MOUNT, NOSCRIPT] {
        if page.matches(mark).count() != 1 {
            eprintln!("prerender: {path} must contain {mark} exactly once (already pre-rendered?)");
            return ExitCode::FAILURE;
        }
    }
    let screen = render::<FirstScreen>();
    let others = other_first_screens();
    let page = page.replacen(
        MOUNT,
        &format!(r#"<div id="app" data-prerendered>{screen}</div>{others}"#),
        1,
    );
    let page = page.replacen(
        NOSCRIPT,
        &format!("<noscript>{}</noscript>", render::<NoScript>()),
        1,
    );
    let page = page.replacen(
        "</body>",
        &format!("{}\n</body>", render::<UpdateTexts>()),
        1,
    );
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    if let Err(e) = write_languages(std::path::Path::new(&path)) {
        eprintln!("prerender: cannot write the language files beside {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
