//! The content in use in this tab: the content built into the app, or a content pack the
//! person chose (kept under `netwhy.pack`, see [`crate::storage::load_pack`]). Every screen
//! reads its questions, channels and words through [`content`].
//!
//! The pack in use lives for the rest of the tab's life once chosen: it is put in place
//! with [`set`] before the state that names it ([`crate::state::AppState::content`])
//! changes, so every component drawn after that change reads the new content.

use std::cell::Cell;

use crate::model::pack::{ContentTag, Fingerprint, Pack};
use crate::model::room::BUILT_IN_CONTENT;
use crate::model::Content;

thread_local! {
    static PACK: Cell<Option<&'static Pack>> = const { Cell::new(None) };
}

/// The content in use.
pub fn content() -> &'static Content {
    pack().map_or_else(Content::embedded, |p| &p.content)
}

/// The pack in use, if any (none: the built-in content).
pub fn pack() -> Option<&'static Pack> {
    PACK.with(Cell::get)
}

/// What names the content in use, as snapshots and the room code carry it (none: the
/// built-in content).
pub fn tag() -> Option<ContentTag> {
    pack().map(Pack::tag)
}

/// Puts a pack in use, or the built-in content back.
///
/// A pack put in use is never freed: components drawn before the switch may still hold
/// its texts. A pack is a few hundred kilobytes at most and a person switches a handful of
/// times, so this costs little.
pub fn set(pack: Option<Pack>) {
    let kept: Option<&'static Pack> = pack.map(|p| &*Box::leak(Box::new(p)));
    PACK.with(|cell| cell.set(kept));
}

/// The content field of this device's room codes: [`BUILT_IN_CONTENT`] for the built-in
/// content, else the pack's, so a tally never counts two contents together.
pub fn room_content() -> u8 {
    pack().map_or(BUILT_IN_CONTENT, |p| p.fingerprint.room_content())
}

/// The fingerprint of the content in use, as every screen's footer and the Workshop
/// screen show it.
pub fn fingerprint() -> Fingerprint {
    pack().map_or_else(Fingerprint::built_in, |p| p.fingerprint)
}
