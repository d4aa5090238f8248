//! The room: a workshop counts its people without anything leaving a device.
//!
//! - A participant shows a short [`RoomCode`] that carries only the coarse result: each
//!   reason's [`ScoreBand`], the [`MainReason`], and a random nonce so the same person is
//!   counted once ([`RoomCode::reveals`] lists exactly that).
//! - The facilitator's device keeps a [`Tally`] of the codes it was shown, and reveals the
//!   room as a [`RoomSummary`] (counts only) from [`MIN_REVEAL`] people.
//! - The summary goes back to everyone in a room link's fragment
//!   ([`RoomSummary::to_fragment`]); [`room_and_you`] sets a person's own result beside it.
//! - [`room_csv`] and [`room_json`] write the counts for the facilitator's report.
//! - [`count_text`] is the facilitator's one path from a typed or scanned text to the
//!   tally kept under [`TALLY_KEY`], with words for what it did ([`Taken::words`]).
//!
//! Codes and fragments come from outside: every reader caps the length of its input before
//! it looks at it, never panics, and says why it refused with an error value.
//!
//! Both texts are written with the alphabet of [`ALPHABET`]: Crockford's base 32 (the
//! digits and the capital letters without I, L, O and U).

mod alphabet;
mod code;
mod compare;
mod counting;
mod export;
mod summary;
mod tally;

pub use alphabet::ALPHABET;
pub use code::{
    CodeError, MainReason, Reveal, RoomCode, ScoreBand, Withheld, BUILT_IN_CONTENT, CODE_LENGTH,
    CODE_VERSION, HIGH_FROM, MAX_CODE_INPUT, MIDDLE_FROM, NONCE_BITS, WITHHELD,
};
pub use compare::{room_and_you, ReasonSideBySide, RoomAndYou};
pub use counting::{
    count_text, count_text_of, forget, load, people_text, room_file_name, too_few_words, Arrival,
    Counting, Kept, Taken, TALLY_KEY,
};
pub use export::{room_csv, room_json};
pub use summary::{
    FragmentError, RoomSummary, FRAGMENT_LENGTH, FRAGMENT_VERSION, MAX_FRAGMENT_INPUT,
};
pub use tally::{Added, Tally, TallyError, MAX_PEOPLE, MAX_STORED_BYTES, MIN_REVEAL, TALLY_FORMAT};
