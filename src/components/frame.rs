//! The page frame around every screen: the brand link home and the site navigation, the
//! main landmark with the notices, and the footer's privacy line. The pre-rendered first screen uses it too, so the
//! page shown before the WebAssembly loads is the very markup the app then renders.

use yew::prelude::*;

use crate::components::language_switch::LanguageSwitch;
use crate::components::notices::{notices, NoticesProps};
use crate::components::pack::footer_line;
use crate::components::site_nav::{site_nav, SiteNavProps};
use crate::model::term::ui;
use crate::route::Route;
use crate::state::{Notice, Saving};

/// What [`frame`] draws around a screen.
pub struct FrameProps {
    /// The screen shown, for the navigation's current page.
    pub route: Route,
    /// Whether there are results to link to.
    pub has_results: bool,
    /// Notices to show above the screen.
    pub notices: Vec<Notice>,
    /// Whether answers are being kept on this device.
    pub saving: Saving,
    /// Dismisses a notice.
    pub on_dismiss: Callback<Notice>,
    /// Shown before the header, first on the page: a shared device's banner, and what goes
    /// with it.
    pub before: Html,
    /// Called with the tag of a language chosen in the header.
    pub on_language: Callback<&'static str>,
    /// The screen.
    pub children: Html,
}

impl FrameProps {
    /// The frame of a first visit: the welcome screen's place in the navigation, no results,
    /// no notices, answers kept.
    pub fn first_screen(children: Html) -> Self {
        Self {
            route: Route::Welcome,
            has_results: false,
            notices: Vec::new(),
            saving: Saving::Kept,
            on_dismiss: Callback::noop(),
            before: Html::default(),
            on_language: Callback::noop(),
            children,
        }
    }
}

/// Header, main landmark (notices, then the screen) and footer.
pub fn frame(props: &FrameProps) -> Html {
    let content = crate::active::content();
    html! {
        <>
            { props.before.clone() }
            <header class="site-header">
                <a class="brand" href="#/" aria-label={content.term(ui::HOME).to_owned()}>
                    { content.term(ui::BRAND) }
                </a>
                <LanguageSwitch on_choose={props.on_language.clone()} />
                { site_nav(&SiteNavProps { route: props.route.clone(), has_results: props.has_results,
                    language: crate::active::shown_language() }) }
            </header>
            <main id="main" class="page">
                { notices(&NoticesProps {
                    notices: props.notices.clone(),
                    saving: props.saving.clone(),
                    on_dismiss: props.on_dismiss.clone(),
                }) }
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ content.term(ui::FOOTER) }</p>
                <p class="content-in-use">{ footer_line(content) }</p>
            </footer>
        </>
    }
}
