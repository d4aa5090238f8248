//! The application root: mounts the user interface and switches between screens.

use yew::prelude::*;

use crate::components::welcome::Welcome;

/// The root component.
#[function_component(App)]
pub fn app() -> Html {
    html! {
        <main id="main" class="page">
            <Welcome />
        </main>
    }
}

/// Mount the app on the page's `#app` element (or the body when it is missing).
pub fn start() {
    let root = app_root();
    match root {
        Some(element) => yew::Renderer::<App>::with_root(element).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}

fn app_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("app")
}
