//! A pack behind a link (`#/pack/<payload>`), as a facilitator shares it or puts it behind
//! the join code: the same preview as a pack from a file, and nothing is used until the
//! person chooses to; a link that does not carry a usable pack is refused in words.

use std::rc::Rc;

use yew::prelude::*;

use super::preview::{PackPreview, Problems};
use super::switch_to;
use crate::active;
use crate::model::pack::{read_link, Pack};
use crate::model::term::ui;
use crate::model::Content;
use crate::navigate::go;
use crate::route::Route;
use crate::state::Action;

/// Properties of [`PackLinkScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct PackLinkProps {
    /// The link's payload, as it came.
    pub payload: String,
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// The screen of a pack link.
#[component]
pub fn PackLinkScreen(props: &PackLinkProps) -> Html {
    let content = active::content();
    let read = use_memo(props.payload.clone(), |payload| {
        read_link(payload, Content::embedded())
            .map(Rc::new)
            .map_err(Rc::new)
    });
    let not_kept = use_state(|| false);
    let on_use = {
        let (on_action, not_kept) = (props.on_action.clone(), not_kept.clone());
        Callback::from(move |pack: Rc<Pack>| {
            match switch_to(Some(Rc::unwrap_or_clone(pack)), &on_action) {
                Ok(()) => go(&Route::Welcome),
                Err(_) => not_kept.set(true),
            }
        })
    };
    let on_cancel = Callback::from(|()| go(&Route::Welcome));
    let body = match &*read {
        Ok(pack) => html! {
            <>
                <p>{ content.term(ui::pack::FROM_LINK_TEXT) }</p>
                <PackPreview pack={pack.clone()} on_use={on_use} on_cancel={on_cancel} />
                if *not_kept {
                    <p class="error pack-not-kept" role="alert">{ content.term(ui::pack::NOT_KEPT) }</p>
                }
            </>
        },
        Err(problems) => html! {
            <div class="notice warning pack-refused" data-refused="link">
                <p>{ content.term(ui::pack::LINK_REFUSED) }</p>
                <Problems problems={problems.clone()} />
            </div>
        },
    };
    html! {
        <section class="pack-link-screen" aria-labelledby="pack-link-title">
            <h1 id="pack-link-title" tabindex="-1">{ content.term(ui::pack::FROM_LINK) }</h1>
            { body }
        </section>
    }
}
