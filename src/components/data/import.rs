//! Bringing in a copy: choose an exported file, see what it holds, then add it to what
//! is here or replace what is here. A file that is too large, not JSON, not from
//! netwhy or from a newer version gets a plain message, and nothing changes.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::clock::utc_offset_at;
use crate::components::data::holdings;
use crate::files::{read_text, ReadError};
use crate::model::term::ui;
use crate::model::transfer::{self, preview, ImportError, Imported, Mode, MAX_BYTES};
use crate::model::Key;
use crate::state::Action;
use crate::term_fill;

/// Properties of [`Import`].
#[derive(Properties, PartialEq, Clone)]
pub struct ImportProps {
    /// Sends actions to the app.
    pub on_action: Callback<Action>,
}

/// Where the import is.
#[derive(Clone, PartialEq)]
enum Step {
    Idle,
    Ready(Box<Imported>),
    Refused(Key),
    Done(Mode),
}

fn refusal(error: &ImportError) -> Key {
    match error {
        ImportError::TooLarge(_) => ui::import::TOO_LARGE,
        ImportError::NotJson(_) => ui::import::NOT_JSON,
        ImportError::NotNetwhy => ui::import::NOT_NETWHY,
        ImportError::ContentPack => ui::import::CONTENT_PACK,
        ImportError::Newer(_) => ui::import::NEWER,
        ImportError::Unknown(_) | ImportError::WrongShape(_) => ui::import::BROKEN,
    }
}

/// The import section.
#[component]
pub fn Import(props: &ImportProps) -> Html {
    let content = crate::active::content();
    let step = use_state(|| Step::Idle);
    let onchange = {
        let step = step.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // Let the same file be chosen again after a refusal or a cancel.
            input.set_value("");
            let step = step.clone();
            spawn_local(async move {
                let next = match read_text(file, MAX_BYTES).await {
                    Err(ReadError::TooLarge(_)) => Step::Refused(ui::import::TOO_LARGE),
                    Err(ReadError::Failed) => Step::Refused(ui::import::UNREADABLE),
                    Ok(text) => match transfer::read(&text) {
                        Ok(imported) => Step::Ready(Box::new(imported)),
                        Err(error) => Step::Refused(refusal(&error)),
                    },
                };
                step.set(next);
            });
        })
    };
    let choose = |mode: Mode| {
        let (step, on_action) = (step.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            if let Step::Ready(imported) = &*step {
                on_action.emit(Action::Import {
                    incoming: imported.stored.clone(),
                    mode,
                });
                step.set(Step::Done(mode));
            }
        })
    };
    let cancel = {
        let step = step.clone();
        Callback::from(move |_: MouseEvent| step.set(Step::Idle))
    };
    let limit = (MAX_BYTES / 1024 / 1024).to_string();
    let shown = match &*step {
        Step::Idle => html! {},
        Step::Refused(key) => html! {
            <div class="notice warning import-refused" data-refused={key.name()}>
                <p>{ content.term(*key) }{ " " }{ content.term(ui::import::NOTHING_CHANGED) }</p>
            </div>
        },
        Step::Done(mode) => html! {
            <p class="import-done">{ content.term(match mode {
                Mode::Merge => ui::import::MERGED,
                Mode::Replace => ui::import::REPLACED,
            }) }</p>
        },
        Step::Ready(imported) => html! {
            <div class="import-preview">
                <h3>{ content.term(ui::import::CONTAINS) }</h3>
                { holdings(content, &preview(content, &imported.stored, utc_offset_at)) }
                <p>{ content.term(ui::import::CHOOSE) }</p>
                <div class="actions">
                    <button type="button" class="button primary" onclick={choose(Mode::Merge)}>{ content.term(ui::import::MERGE) }</button>
                    <button type="button" class="button" onclick={choose(Mode::Replace)}>{ content.term(ui::import::REPLACE) }</button>
                    <button type="button" class="button" onclick={cancel}>{ content.term(ui::import::CANCEL) }</button>
                </div>
                <p class="meta">{ content.term(ui::import::MERGE_HELP) }</p>
            </div>
        },
    };
    html! {
        <section aria-labelledby="import-title" class="import">
            <h2 id="import-title">{ content.term(ui::import::TITLE) }</h2>
            <p>{ content.term(ui::import::TEXT) }</p>
            <div class="field">
                <label for="import-file">{ content.term(ui::import::LABEL) }</label>
                <input type="file" id="import-file" accept=".json,application/json"
                    aria-describedby="import-limit" onchange={onchange} />
                <p id="import-limit" class="meta">{ term_fill!(content, ui::import::LIMIT, mb = limit) }</p>
            </div>
            <div role="status">{ shown }</div>
        </section>
    }
}
