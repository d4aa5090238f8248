//! The content in use in this tab: the content built into the app, or a content pack the
//! person chose (kept under `netwhy.pack`, see [`crate::storage::load_pack`]), in the
//! language the person chose (see [`crate::model::language`]). Every screen reads its
//! questions, channels and words through [`content`].
//!
//! The pack in use lives for the rest of the tab's life once chosen: it is put in place
//! with [`set`] before the state that names it ([`crate::state::AppState::content`])
//! changes, so every component drawn after that change reads the new content.

use std::cell::{Cell, RefCell};

use crate::model::language;
use crate::model::pack::{ContentTag, Fingerprint, Pack};
use crate::model::room::BUILT_IN_CONTENT;
use crate::model::Content;

/// A pack put in use, with its content in each of its languages.
struct InUse {
    pack: Pack,
    languages: Vec<(String, Content)>,
}

thread_local! {
    static PACK: Cell<Option<&'static InUse>> = const { Cell::new(None) };
    static LANGUAGE: Cell<&'static str> = const { Cell::new(language::BUILT_IN) };
    /// The built-in content in each language loaded so far (English is built in).
    static LOADED: RefCell<Vec<(&'static str, &'static Content)>> = const { RefCell::new(Vec::new()) };
}

/// The content in use: the pack's in the chosen language (or its first, when it lacks that
/// language), else the built-in content in the chosen language.
pub fn content() -> &'static Content {
    let tag = LANGUAGE.with(Cell::get);
    match PACK.with(Cell::get) {
        Some(in_use) => in_use
            .languages
            .iter()
            .find(|(t, _)| t == tag)
            .map_or(&in_use.pack.content, |(_, c)| c),
        None => built_in_in(tag).unwrap_or_else(Content::embedded),
    }
}

/// The built-in content in the language with this tag, if it is built in or loaded.
pub fn built_in_in(tag: &str) -> Option<&'static Content> {
    if tag == language::BUILT_IN {
        return Some(Content::embedded());
    }
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|(t, _)| *t == tag)
            .map(|(_, c)| *c)
    })
}

/// Keeps the built-in content in a language read from its file, for the rest of the tab's
/// life (a few tens of kilobytes each).
pub fn add_language(tag: &'static str, content: Content) {
    if built_in_in(tag).is_none() {
        let kept: &'static Content = Box::leak(Box::new(content));
        LOADED.with(|loaded| loaded.borrow_mut().push((tag, kept)));
    }
}

/// Whether the pack in use has a language with this tag.
pub fn pack_has(tag: &str) -> bool {
    PACK.with(Cell::get)
        .is_some_and(|in_use| in_use.languages.iter().any(|(t, _)| t == tag))
}

/// The languages a person can choose between, as (tag, name in its own words): those of the
/// pack in use, else those netwhy speaks.
pub fn offered() -> Vec<(&'static str, &'static str)> {
    match PACK.with(Cell::get) {
        Some(in_use) => in_use
            .pack
            .file
            .languages
            .iter()
            .map(|strings| {
                let tag = strings.language.as_str();
                let name = language::language(tag).map_or_else(
                    || {
                        strings
                            .terms
                            .get("language.name")
                            .map_or(tag, String::as_str)
                    },
                    |l| l.name,
                );
                (tag, name)
            })
            .collect(),
        None => language::LANGUAGES
            .iter()
            .map(|l| (l.tag, l.name))
            .collect(),
    }
}

/// The tag of the language chosen.
pub fn language_tag() -> &'static str {
    LANGUAGE.with(Cell::get)
}

/// Chooses the language the screens are drawn in (loaded first with [`add_language`] when it
/// is not built in). A pack without that language is shown in its first one.
pub fn set_language(tag: &'static str) {
    LANGUAGE.with(|cell| cell.set(tag));
}

/// The language the content in use is shown in: the one chosen, or the pack's own when the
/// pack lacks it.
pub fn shown_language() -> &'static str {
    let tag = language_tag();
    match PACK.with(Cell::get) {
        Some(in_use) if !in_use.languages.iter().any(|(t, _)| t == tag) => {
            language_of(&in_use.pack.content)
        }
        _ => tag,
    }
}

/// A content's language tag, as a `'static` text (for the page's `lang` attribute).
fn language_of(content: &'static Content) -> &'static str {
    content.strings.language.as_str()
}

/// The pack in use, if any (none: the built-in content).
pub fn pack() -> Option<&'static Pack> {
    PACK.with(Cell::get).map(|in_use| &in_use.pack)
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
    let kept: Option<&'static InUse> = pack.map(|pack| {
        let languages = pack.contents();
        &*Box::leak(Box::new(InUse { pack, languages }))
    });
    PACK.with(|cell| cell.set(kept));
}

/// The content field of this device's room codes: [`BUILT_IN_CONTENT`] for the built-in
/// content (also as a pack that holds it unchanged, which has its fingerprint), else the
/// pack's, so a tally never counts two contents together.
pub fn room_content() -> u8 {
    match pack() {
        Some(p) if p.fingerprint != Fingerprint::built_in() => p.fingerprint.room_content(),
        _ => BUILT_IN_CONTENT,
    }
}

/// The fingerprint of the content in use, as every screen's footer and the Workshop
/// screen show it.
pub fn fingerprint() -> Fingerprint {
    pack().map_or_else(Fingerprint::built_in, |p| p.fingerprint)
}
