//! Plain-language notices about the stored answers: set aside, brought up to date,
//! changed in another tab, or not kept on this device. They sit in a polite live
//! region at the top of the page, never in a modal.

use yew::prelude::*;

use crate::model::term::ui;
use crate::state::{Notice, Saving};

/// What [`notices`] draws.
pub struct NoticesProps {
    /// Notices the person can close.
    pub notices: Vec<Notice>,
    /// Whether answers are kept; when not, a notice stays until they are.
    pub saving: Saving,
    /// Closes a notice.
    pub on_dismiss: Callback<Notice>,
}

/// The notice area. Always rendered, so screen readers announce what is added.
pub fn notices(props: &NoticesProps) -> Html {
    let content = crate::active::content();
    let persistent = match props.saving {
        Saving::Kept => None,
        Saving::NotKept(_) => Some(("not-kept", content.term(ui::notice::NOT_KEPT))),
        Saving::Frozen => Some(("stuck", content.term(ui::notice::STUCK))),
    };
    html! {
        <div class="notices" role="status" aria-live="polite">
            if let Some((kind, text)) = persistent {
                <div class="notice warning" data-notice={kind}>
                    <p>{ text }</p>
                </div>
            }
            { for props.notices.iter().map(|&notice| {
                let on_dismiss = props.on_dismiss.clone();
                let onclick = Callback::from(move |_: MouseEvent| on_dismiss.emit(notice));
                html! {
                    <div class="notice" data-notice={notice.term_key().name()}>
                        <p>{ content.term(notice.term_key()) }</p>
                        <button type="button" class="button" onclick={onclick}>
                            { content.term(ui::notice::DISMISS) }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}
