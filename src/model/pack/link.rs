//! A pack behind a link or QR code, `#/pack/<payload>`: only what differs from the
//! built-in content, as a JSON delta, deflated and written in base64url.
//!
//! The delta names the fingerprint of the content it was made against, so a link made
//! for another version of the app is refused in plain words rather than read wrongly.
//! Inflating stops past [`super::MAX_PACK_BYTES`], and the pack the delta gives goes
//! through every check of [`super::read_pack`].

use super::super::embedded::Content;
use super::{Pack, PackFile, PackProblem};

/// The longest payload read, in characters, before anything is decoded.
pub const MAX_LINK_PAYLOAD: usize = 16 * 1024;

/// The payload of a link to `file`, as a delta from `base` (the built-in content as a
/// pack file): base64url without padding of the deflated JSON delta.
pub fn link_payload(file: &PackFile, base: &PackFile) -> String {
    let _ = (file, base);
    todo!()
}

/// Reads the payload of a pack link made against `base` (the built-in content) and
/// checks the pack it gives as [`super::read_pack`] does.
pub fn read_link(payload: &str, base: &Content) -> Result<Pack, Vec<PackProblem>> {
    let _ = (payload, base);
    todo!()
}
