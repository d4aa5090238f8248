//! Saving a copy: everything kept on the device as one JSON file (see
//! [`crate::model::transfer`]), downloaded from memory, with a link to the same file in
//! case the browser did not start the download.

use std::rc::Rc;

use yew::prelude::*;

use crate::clock::{now, utc_offset_at};
use crate::files::{save, Download};
use crate::model::store::Stored;
use crate::model::term::ui;
use crate::model::transfer::{export, file_name};

/// Properties of [`Export`].
#[derive(Properties, PartialEq, Clone)]
pub struct ExportProps {
    /// Everything kept on the device.
    pub stored: Stored,
}

/// The export section.
#[component]
pub fn Export(props: &ExportProps) -> Html {
    let content = crate::active::content();
    let file = use_state(|| None::<Rc<Download>>);
    let failed = use_state(|| false);
    let onclick = {
        let (file, failed, stored) = (file.clone(), failed.clone(), props.stored.clone());
        Callback::from(move |_: MouseEvent| {
            let at = now();
            match save(
                &file_name(&at, utc_offset_at(&at)),
                "application/json",
                &export(&stored, &at),
            ) {
                Ok(download) => {
                    file.set(Some(Rc::new(download)));
                    failed.set(false);
                }
                Err(_) => failed.set(true),
            }
        })
    };
    html! {
        <section aria-labelledby="export-title" class="export">
            <h2 id="export-title">{ content.term(ui::export::TITLE) }</h2>
            <p>{ content.term(ui::export::TEXT) }</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={onclick}>{ content.term(ui::export::BUTTON) }</button>
            </div>
            <div role="status">
                if let Some(file) = &*file {
                    <p class="export-ready">
                        { content.term(ui::export::READY) }{ " " }
                        <a class="export-link" href={file.url.clone()} download={file.name.clone()}>{ file.name.clone() }</a>
                    </p>
                }
                if *failed {
                    <p class="error">{ content.term(ui::export::FAILED) }</p>
                }
            </div>
        </section>
    }
}
