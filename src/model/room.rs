//! The room: a workshop counts its people without anything leaving a device.
//!
//! A participant shows a short [`RoomCode`] that carries only the coarse result: each
//! reason's [`ScoreBand`], the [`MainReason`], and a random nonce so the same person is
//! counted once ([`RoomCode::reveals`] lists exactly that).
//!
//! Codes come from outside: the reader caps the length of its input before it looks at
//! it, never panics, and says why it refused with an error value.
//!
//! Codes are written with the alphabet of [`ALPHABET`]: Crockford's base 32 (the digits
//! and the capital letters without I, L, O and U).

mod alphabet;
mod code;

pub use alphabet::ALPHABET;
pub use code::{
    CodeError, MainReason, Reveal, RoomCode, ScoreBand, Withheld, BUILT_IN_CONTENT, CODE_LENGTH,
    CODE_VERSION, HIGH_FROM, MAX_CODE_INPUT, MIDDLE_FROM, NONCE_BITS, WITHHELD,
};
