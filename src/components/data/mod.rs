//! The person's own data: where it lives and its limits, what is kept now, asking the
//! browser to keep it, saving a copy, bringing a copy in, and deleting everything.

pub mod erase;
pub mod export;
pub mod import;
pub mod keep;

use yew::prelude::*;

use crate::clock::utc_offset_at;
use crate::components::common::day;
use crate::components::pack::PackPanel;
use crate::hooks::use_steps;
use crate::model::store::Stored;
use crate::model::transfer::{preview, Preview};
use crate::model::Content;
use crate::state::{Action, Erasing};
use crate::term_fill;

use crate::model::term::ui;
use erase::Erase;
use export::Export;
use import::Import;
use keep::KeepData;

/// Properties of [`DataScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct DataProps {
    /// Everything kept on the device.
    pub stored: Stored,
    /// How the last request to delete everything went.
    pub erasing: Erasing,
    /// Whether storage holds data that is not shown (set aside, or unreadable).
    pub unshown: bool,
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// What a [`Preview`] holds, as a list: results and their dates, and an assessment in
/// progress (or, once every question is answered, the answers behind the latest results).
pub fn holdings(content: &Content, p: &Preview) -> Html {
    let results = match (p.snapshots, p.first, p.last) {
        (0, _, _) => html! { { content.term(ui::data::NO_RESULTS) } },
        (1, Some(d), _) => {
            html! { <>{ content.term(ui::data::ONE_RESULT) }{ " " }{ day(content, d) }</> }
        }
        (n, Some(d), _) => html! {
            <>{ term_fill!(content, ui::data::RESULTS, count = n.to_string()) }{ " " }{ day(content, d) }</>
        },
        (n, _, _) => {
            html! { { term_fill!(content, ui::data::RESULTS, count = n.to_string()) } }
        }
    };
    let session = p.session.map(|s| match s.complete {
        true => term_fill!(content, ui::data::FINISHED, total = s.total.to_string()),
        false => term_fill!(
            content,
            ui::data::IN_PROGRESS,
            answered = s.answered.to_string(),
            total = s.total.to_string()
        ),
    });
    html! {
        <ul class="holdings">
            <li data-count={p.snapshots.to_string()}>{ results }</li>
            <li>{ session.unwrap_or_else(|| content.term(ui::data::NO_SESSION).to_owned()) }</li>
        </ul>
    }
}

/// The "your data" screen.
#[component]
pub fn DataScreen(props: &DataProps) -> Html {
    let content = crate::active::content();
    // The heading in the frame after the click, where the data is and what is here in the
    // next, the tools (export, import, packs, delete) in the one after.
    let step = use_steps(2);
    html! {
        <section class="data" aria-labelledby="data-title" aria-busy={(step < 2).then_some("true")}>
            <h1 id="data-title" tabindex="-1">{ content.term(ui::data::TITLE) }</h1>
            // One child after the heading in every step, so the heading stays the same node.
            if step >= 1 {
                <section aria-labelledby="data-where">
                    <h2 id="data-where">{ content.term(ui::data::WHERE) }</h2>
                    <p>{ content.term(ui::data::WHERE_TEXT) }</p>
                    <ul class="limits">
                        <li>{ content.term(ui::data::LIMIT_CLEAR) }</li>
                        <li>{ content.term(ui::data::LIMIT_SAFARI) }</li>
                        <li>{ content.term(ui::data::LIMIT_PRIVATE) }</li>
                        <li>{ content.term(ui::data::LIMIT_BACKUP) }</li>
                    </ul>
                    <KeepData />
                </section>
                <section aria-labelledby="data-here" class="here">
                    <h2 id="data-here">{ content.term(ui::data::HERE) }</h2>
                    { holdings(content, &preview(content, &props.stored, utc_offset_at)) }
                </section>
                if step >= 2 {
                    <Export stored={props.stored.clone()} />
                    <Import on_action={props.on_action.clone()} />
                    <PackPanel on_action={props.on_action.clone()} />
                    <Erase empty={props.stored.is_empty() && !props.unshown} erasing={props.erasing.clone()}
                        on_action={props.on_action.clone()} />
                }
            }
        </section>
    }
}
