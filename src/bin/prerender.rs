//! Writes netwhy's first screen, rendered to HTML, into a built `index.html`, so the welcome
//! screen appears as soon as the page arrives, before the WebAssembly has loaded. The app
//! then renders the same markup in its place (or the screen the person was on).
//!
//!     cargo run --features prerender --bin prerender -- dist/index.html

use std::process::ExitCode;

use netwhy::components::frame::Frame;
use netwhy::components::welcome::Welcome;
use yew::prelude::*;
use yew::ServerRenderer;

/// Where the rendered screen goes in the page.
const MOUNT: &str = r#"<div id="app"></div>"#;

/// The screen a first visit starts on: the frame around the welcome screen, with no
/// assessment in progress.
#[function_component(FirstScreen)]
fn first_screen() -> Html {
    html! {
        <Frame>
            <Welcome session={None} on_start={Callback::noop()} />
        </Frame>
    }
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
    if page.matches(MOUNT).count() != 1 {
        eprintln!("prerender: {path} must contain {MOUNT} exactly once (already pre-rendered?)");
        return ExitCode::FAILURE;
    }
    let screen = futures::executor::block_on(
        ServerRenderer::<FirstScreen>::new()
            .hydratable(false)
            .render(),
    );
    let page = page.replacen(
        MOUNT,
        &format!(r#"<div id="app" data-prerendered>{screen}</div>"#),
        1,
    );
    if let Err(e) = std::fs::write(&path, page) {
        eprintln!("prerender: cannot write {path}: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
