//! Advice the results add when the person's answers call for it, in a box beside the
//! channels: how to become known without posting in public, and what that gives up.

use yew::prelude::*;

use crate::model::term::ui;
use crate::model::Note;

/// What [`notes`] draws.
pub struct NotesProps {
    /// The notes of the results (see `Results::notes`).
    pub notes: Vec<Note>,
}

/// The boxed notes; a note without a box of its own (no strong reason, which the
/// headline and the plan say) shows nothing here.
pub fn notes(props: &NotesProps) -> Html {
    let content = crate::active::content();
    html! {
        { for props.notes.iter().filter_map(|note| match note {
            Note::KnownWithoutPosting => Some(html! {
                <div class="note" role="note" data-note="known_without_posting" aria-labelledby="note-known-quiet">
                    <h3 id="note-known-quiet">{ content.term(ui::note::KNOWN_QUIET_TITLE) }</h3>
                    <p>{ content.term(ui::note::KNOWN_QUIET) }</p>
                    <p class="cost">{ content.term(ui::note::KNOWN_QUIET_COST) }</p>
                </div>
            }),
            Note::NoneStrong => None,
        }) }
    }
}
