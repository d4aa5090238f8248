//! The pack in use, kept on the device under [`PACK_KEY`] in a versioned envelope,
//! `{"format":1,"pack":<pack file>}`, and checked again in full whenever it is read.

use std::fmt;

use super::super::embedded::Content;
use super::{Pack, PackProblem};

/// The storage key of the pack in use.
pub const PACK_KEY: &str = "netwhy.pack";

/// The format of the stored envelope this build writes and reads.
pub const PACK_STORE_FORMAT: u32 = 1;

/// The pack in use as the text to store.
pub fn encode_stored(pack: &Pack) -> String {
    let _ = pack;
    todo!()
}

/// Why a stored pack could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredPackError {
    /// The text is not a stored pack, or the pack in it no longer passes the checks
    /// (every problem found).
    Unreadable(Vec<PackProblem>),
    /// It was stored by a newer version of the app (the envelope's format).
    Newer(u32),
}

impl fmt::Display for StoredPackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let _ = f;
        todo!()
    }
}

/// Reads a stored pack and checks it again against `base` (the built-in content).
pub fn decode_stored(text: &str, base: &Content) -> Result<Pack, StoredPackError> {
    let _ = (text, base);
    todo!()
}
