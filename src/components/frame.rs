//! The page frame around every screen: the brand link home and the site navigation, the
//! main landmark with the notices, and the footer's privacy line. The pre-rendered first screen uses it too, so the
//! page shown before the WebAssembly loads is the very markup the app then renders.

use yew::prelude::*;

use crate::components::language_switch::LanguageSwitch;
use crate::components::notices::Notices;
use crate::components::pack::footer_line;
use crate::components::site_nav::SiteNav;
use crate::model::term::ui;
use crate::route::Route;
use crate::state::{Notice, Saving};

/// Properties of [`Frame`].
#[derive(Properties, PartialEq, Clone)]
pub struct FrameProps {
    /// The screen shown, for the navigation's current page.
    #[prop_or(Route::Welcome)]
    pub route: Route,
    /// Whether there are results to link to.
    #[prop_or_default]
    pub has_results: bool,
    /// Notices to show above the screen.
    #[prop_or_default]
    pub notices: Vec<Notice>,
    /// Whether answers are being kept on this device.
    #[prop_or(Saving::Kept)]
    pub saving: Saving,
    /// Dismisses a notice.
    #[prop_or_default]
    pub on_dismiss: Callback<Notice>,
    /// Shown before the header, first on the page: a shared device's banner, and what goes
    /// with it.
    #[prop_or_default]
    pub before: Html,
    /// Called with the tag of a language chosen in the header.
    #[prop_or_default]
    pub on_language: Callback<&'static str>,
    /// The screen.
    pub children: Html,
}

/// Header, main landmark (notices, then the screen) and footer.
#[component]
pub fn Frame(props: &FrameProps) -> Html {
    let content = crate::active::content();
    html! {
        <>
            { props.before.clone() }
            <header class="site-header">
                <a class="brand" href="#/" aria-label={content.term(ui::HOME).to_owned()}>
                    { content.term(ui::BRAND) }
                </a>
                <LanguageSwitch on_choose={props.on_language.clone()} />
                <SiteNav route={props.route.clone()} has_results={props.has_results}
                    language={crate::active::shown_language()} />
            </header>
            <main id="main" class="page">
                <Notices
                    notices={props.notices.clone()}
                    saving={props.saving.clone()}
                    on_dismiss={props.on_dismiss.clone()}
                />
                { props.children.clone() }
            </main>
            <footer class="site-footer">
                <p>{ content.term(ui::FOOTER) }</p>
                <p class="content-in-use">{ footer_line(content) }</p>
            </footer>
        </>
    }
}
