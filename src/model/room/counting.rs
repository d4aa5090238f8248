//! Counting the room on the facilitator's device: one path for every text that may be a
//! code (typed, pasted or scanned), the tally kept under its own key, and the words the
//! screen says back.
//!
//! [`count_text`] reads what storage holds now (another tab may have counted since), adds
//! the code and writes the tally back at once, so a reload keeps it and two tabs never
//! count over each other. What it did comes back as a [`Taken`], which
//! [`Taken::words`] puts in plain words; the words never repeat a code or what it carries.

use super::code::{CodeError, RoomCode, BUILT_IN_CONTENT, CODE_LENGTH};
use super::tally::{Added, Tally, TallyError, MAX_PEOPLE, MIN_REVEAL};
use crate::model::backend::{Backend, StorageError};
use crate::model::date::{Date, UtcOffset};
use crate::model::embedded::Content;
use crate::model::term::ui;
use crate::term_fill;

/// The storage key the facilitator's tally is kept under, apart from the person's own
/// answers (`netwhy`).
pub const TALLY_KEY: &str = "netwhy.tally";

/// What storage holds for the tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// A tally (empty when nothing is stored).
    Tally(Tally),
    /// Something that is not a tally this app can read (why).
    Unreadable(TallyError),
    /// Storage cannot be used here (why).
    Unavailable(StorageError),
}

/// Reads the tally kept in `store`.
pub fn load(store: &dyn Backend) -> Kept {
    match store.get(TALLY_KEY) {
        Ok(None) => Kept::Tally(Tally::new()),
        Ok(Some(text)) => match Tally::from_stored(&text) {
            Ok(tally) => Kept::Tally(tally),
            Err(e) => Kept::Unreadable(e),
        },
        Err(e) => Kept::Unavailable(e),
    }
}

/// Forgets the kept tally (for a new room).
pub fn forget(store: &dyn Backend) -> Result<(), StorageError> {
    store.remove(TALLY_KEY)
}

/// Whether a text comes in while it is being typed (a code may still be half written) or
/// as a whole (Enter, a button, a scan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arrival {
    /// Still being typed: a text shorter than a code is not an error yet.
    Typing,
    /// Finished: judged as it is.
    Whole,
}

/// What one text did to the tally.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// Still being typed and not yet a code's length: nothing to say.
    Incomplete,
    /// A new person: counted, and now this many people are.
    Counted(usize),
    /// This person is counted already: nothing changed.
    AlreadyCounted,
    /// Not a code (why); nothing changed.
    NotACode(CodeError),
    /// A code the tally refused (why); nothing changed.
    Refused(TallyError),
    /// What storage holds cannot be read, so nothing is counted over it.
    StoredUnreadable,
}

/// What [`count_text`] did: the outcome, the tally to show, and, if the tally could not be
/// kept on the device, why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counting {
    /// What the text did.
    pub taken: Taken,
    /// The tally now.
    pub tally: Tally,
    /// Set when the tally is counted but could not be written to storage.
    pub not_kept: Option<StorageError>,
}

/// Reads a text as a code and counts it: the one path for typed and scanned codes.
///
/// Starts from what `store` holds now (or from `shown` when storage cannot be used) and
/// writes the tally back as soon as a code is counted.
pub fn count_text(store: &dyn Backend, shown: &Tally, text: &str, arrival: Arrival) -> Counting {
    count_text_of(store, shown, text, arrival, BUILT_IN_CONTENT)
}

/// As [`count_text`], on a device whose content in use has the room-code content value
/// `content` ([`BUILT_IN_CONTENT`], or a pack's): a code made with other content is
/// refused even as the first one, so a room is never counted across two contents.
pub fn count_text_of(
    store: &dyn Backend,
    shown: &Tally,
    text: &str,
    arrival: Arrival,
    content: u8,
) -> Counting {
    let unchanged = |taken| Counting {
        taken,
        tally: shown.clone(),
        not_kept: None,
    };
    let code = match RoomCode::parse(text) {
        Ok(code) => code,
        Err(CodeError::Empty) if arrival == Arrival::Typing => return unchanged(Taken::Incomplete),
        Err(CodeError::WrongLength(n)) if arrival == Arrival::Typing && n < CODE_LENGTH => {
            return unchanged(Taken::Incomplete)
        }
        Err(e) => return unchanged(Taken::NotACode(e)),
    };
    if code.content() != content {
        return unchanged(Taken::Refused(TallyError::OtherContent {
            counted: content,
            code: code.content(),
        }));
    }
    let (mut tally, kept) = match load(store) {
        Kept::Tally(tally) => (tally, true),
        Kept::Unreadable(_) => return unchanged(Taken::StoredUnreadable),
        Kept::Unavailable(_) => (shown.clone(), false),
    };
    let taken = match tally.add(code) {
        Ok(Added::Added) => Taken::Counted(tally.people()),
        Ok(Added::AlreadyCounted) => Taken::AlreadyCounted,
        Err(e) => Taken::Refused(e),
    };
    let not_kept = match (&taken, kept) {
        (Taken::Counted(_), true) => store.set(TALLY_KEY, &tally.to_stored()).err(),
        (Taken::Counted(_), false) => Some(StorageError::Unavailable),
        _ => None,
    };
    Counting {
        taken,
        tally,
        not_kept,
    }
}

impl Taken {
    /// Whether the text is done with: counted or already counted, so the field can be
    /// cleared for the next code. Anything else keeps the text for correcting.
    pub fn clears_input(&self) -> bool {
        matches!(self, Taken::Counted(_) | Taken::AlreadyCounted)
    }

    /// Whether it is a refusal the facilitator should look at.
    pub fn is_refusal(&self) -> bool {
        matches!(
            self,
            Taken::NotACode(_) | Taken::Refused(_) | Taken::StoredUnreadable
        )
    }

    /// What to say, in plain words (nothing while a code is still being typed). Never
    /// the code itself nor anything it carries.
    pub fn words(&self, content: &Content) -> String {
        match self {
            Taken::Incomplete => String::new(),
            Taken::Counted(people) => term_fill!(
                content,
                ui::count::COUNTED,
                count = people_text(content, *people)
            ),
            Taken::AlreadyCounted => content.term(ui::count::ALREADY).to_owned(),
            Taken::NotACode(e) => code_error_words(content, e),
            Taken::Refused(TallyError::Full) => {
                term_fill!(content, ui::count::FULL, count = MAX_PEOPLE.to_string())
            }
            Taken::Refused(TallyError::OtherContent { .. }) => {
                content.term(ui::count::OTHER_CONTENT).to_owned()
            }
            // A tally refuses nothing else when a code is added.
            Taken::Refused(_) | Taken::StoredUnreadable => {
                content.term(ui::count::UNREADABLE).to_owned()
            }
        }
    }
}

/// Why a text is not a code, in plain words.
fn code_error_words(content: &Content, error: &CodeError) -> String {
    let length = CODE_LENGTH.to_string();
    match error {
        CodeError::Empty => content.term(ui::count::EMPTY).to_owned(),
        CodeError::TooLong(_) => term_fill!(content, ui::count::TOO_LONG, length = length),
        CodeError::WrongCharacters(chars) => {
            let chars: String = chars.iter().take(8).collect();
            term_fill!(content, ui::count::NOT_NETWHY, chars = chars)
        }
        CodeError::WrongLength(n) if *n < CODE_LENGTH => {
            term_fill!(
                content,
                ui::count::SHORT,
                count = n.to_string(),
                length = length
            )
        }
        CodeError::WrongLength(n) => {
            term_fill!(
                content,
                ui::count::LONG,
                count = n.to_string(),
                length = length
            )
        }
        CodeError::WrongCheck => content.term(ui::count::WRONG_CHECK).to_owned(),
        CodeError::UnknownVersion(_) => content.term(ui::count::NEWER).to_owned(),
        CodeError::ImpossibleContent => content.term(ui::count::IMPOSSIBLE).to_owned(),
    }
}

/// "1 person", "12 people".
pub fn people_text(content: &Content, people: usize) -> String {
    if people == 1 {
        content.term(ui::count::ONE_PERSON).to_owned()
    } else {
        term_fill!(content, ui::count::PEOPLE, count = people.to_string())
    }
}

/// Why the room is not shown yet, while fewer than [`MIN_REVEAL`] people are counted.
pub fn too_few_words(content: &Content, people: usize) -> String {
    term_fill!(
        content,
        ui::count::TOO_FEW,
        min = MIN_REVEAL.to_string(),
        count = people_text(content, people)
    )
}

/// The name of a room export made at `now` (ISO 8601), with the day it is where the clocks
/// are `offset` ahead of UTC: `netwhy-room-2026-12-02.csv` for `extension` `csv`.
pub fn room_file_name(now: &str, offset: UtcOffset, extension: &str) -> String {
    match Date::local(now, offset) {
        Some(day) => format!("netwhy-room-{day}.{extension}"),
        None => format!("netwhy-room.{extension}"),
    }
}
