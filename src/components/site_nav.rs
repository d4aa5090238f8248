//! The site's main navigation, in the header: the results (once there are any), past
//! results, the person's data and the facilitator's screen for a workshop, with the
//! current one marked.

use yew::prelude::*;

use crate::model::term::ui;
use crate::route::Route;

/// What [`site_nav`] draws.
pub struct SiteNavProps {
    /// The screen shown.
    pub route: Route,
    /// Whether there are results to show.
    pub has_results: bool,
    /// The language shown, so the links are drawn again in a newly chosen one.
    pub language: &'static str,
}

/// The navigation.
pub fn site_nav(props: &SiteNavProps) -> Html {
    let content = crate::active::content();
    let results = props
        .has_results
        .then_some((Route::Results, ui::nav::RESULTS));
    let links = results.into_iter().chain([
        (Route::History, ui::nav::HISTORY),
        (Route::Data, ui::nav::DATA),
        (Route::Room, ui::nav::ROOM),
    ]);
    let current = |route: &Route| {
        let here = match props.route {
            Route::How => Route::Results,
            ref other => other.clone(),
        };
        (*route == here).then_some("page")
    };
    html! {
        <nav class="site-nav" aria-label={content.term(ui::nav::LABEL).to_owned()}>
            <ul>
                { for links.map(|(route, key)| html! {
                    <li><a href={route.hash()} aria-current={current(&route)}>{ content.term(key) }</a></li>
                }) }
            </ul>
        </nav>
    }
}
