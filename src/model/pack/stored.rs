//! The pack in use, kept on the device under [`PACK_KEY`] in a versioned envelope,
//! `{"format":1,"pack":<pack file>}`, and checked again in full whenever it is read.

use std::fmt;

use serde_json::{json, Value};

use super::super::embedded::Content;
use super::{read_pack, Pack, PackProblem};

/// The storage key of the pack in use.
pub const PACK_KEY: &str = "netwhy.pack";

/// The format of the stored envelope this build writes and reads.
pub const PACK_STORE_FORMAT: u32 = 1;

/// The place of a problem with the stored envelope itself.
const STORED_PLACE: &str = "(stored pack)";

/// The pack in use as the text to store.
pub fn encode_stored(pack: &Pack) -> String {
    let envelope = json!({ "format": PACK_STORE_FORMAT, "pack": pack.file });
    serde_json::to_string(&envelope).unwrap_or_default()
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
        match self {
            StoredPackError::Unreadable(problems) => {
                write!(
                    f,
                    "The content pack kept on this device can no longer be read, so the \
                     built-in content is used. Load the pack file again to see why"
                )?;
                match problems.first() {
                    Some(first) if problems.len() > 1 => {
                        write!(f, " ({first}, and {} more problems).", problems.len() - 1)
                    }
                    Some(first) => write!(f, " ({first})."),
                    None => write!(f, "."),
                }
            }
            StoredPackError::Newer(format) => write!(
                f,
                "The content pack kept on this device was saved by a newer version of netwhy \
                 (storage format {format}; this one reads {PACK_STORE_FORMAT}). Update the app \
                 to use it; until then the built-in content is used."
            ),
        }
    }
}

impl std::error::Error for StoredPackError {}

/// Reads a stored pack and checks it again against `base` (the built-in content).
pub fn decode_stored(text: &str, base: &Content) -> Result<Pack, StoredPackError> {
    let unreadable =
        |message: &str| StoredPackError::Unreadable(vec![PackProblem::new(STORED_PLACE, message)]);
    let envelope: Value = serde_json::from_str(text)
        .map_err(|_| unreadable("is not a stored content pack: it is not JSON"))?;
    let format = envelope
        .get("format")
        .and_then(Value::as_u64)
        .ok_or_else(|| unreadable("is not a stored content pack: it has no format"))?;
    match u32::try_from(format) {
        Ok(PACK_STORE_FORMAT) => {}
        Ok(newer) if newer > PACK_STORE_FORMAT => return Err(StoredPackError::Newer(newer)),
        Err(_) => return Err(StoredPackError::Newer(u32::MAX)),
        Ok(_) => {
            return Err(unreadable(
                "has a storage format this version does not read",
            ))
        }
    }
    let pack = envelope
        .get("pack")
        .ok_or_else(|| unreadable("is not a stored content pack: it holds no pack"))?;
    let text = serde_json::to_string(pack).map_err(|_| unreadable("holds no readable pack"))?;
    read_pack(&text, base).map_err(StoredPackError::Unreadable)
}
