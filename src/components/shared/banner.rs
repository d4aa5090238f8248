//! The banner shown above every screen while the device is shared: that answers are
//! forgotten, and the way to finish ("I'm done — forget my answers").

use yew::prelude::*;

use crate::model::term::ui;

/// What [`shared_banner`] draws.
pub struct SharedBannerProps {
    /// Whether what "done" offers is showing.
    pub open: bool,
    /// Opens what "done" offers.
    pub on_done: Callback<()>,
}

/// The banner: a landmark of its own, first on the page, so a screen reader meets it
/// once rather than at every change of screen.
pub fn shared_banner(props: &SharedBannerProps) -> Html {
    let content = crate::active::content();
    let on_done = {
        let on_done = props.on_done.clone();
        Callback::from(move |_: MouseEvent| on_done.emit(()))
    };
    html! {
        <aside class="shared-banner no-print" aria-label={content.term(ui::shared::LABEL).to_owned()}>
            <p>{ content.term(ui::shared::BANNER) }</p>
            <button type="button" class="button" onclick={on_done}
                aria-expanded={props.open.to_string()} aria-controls="done-panel">
                { content.term(ui::shared::DONE) }
            </button>
        </aside>
    }
}
