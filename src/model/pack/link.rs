//! A pack behind a link or QR code, `#/pack/<payload>`: only what differs from the
//! built-in content, as a JSON delta (see `delta`), deflated and written in base64url.
//!
//! The delta names the fingerprint of the content it was made against, so a link made
//! for another version of the app is refused in plain words rather than read wrongly.
//! Inflating stops past [`super::MAX_PACK_BYTES`], and the pack the delta gives goes
//! through every check of [`super::read_pack`].

use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib_with_limit;
use serde_json::{json, Value};

use super::super::embedded::Content;
use super::delta::{apply, delta};
use super::{
    pack_file_of, read_pack, About, Fingerprint, Pack, PackFile, PackProblem, MAX_PACK_BYTES,
};

/// The longest payload read, in characters, before anything is decoded: about 12 KB of
/// deflated delta, far more than a QR code holds.
pub const MAX_LINK_PAYLOAD: usize = 16 * 1024;

/// What comes before the payload in the app's address: `…/#/pack/<payload>`.
pub const LINK_PREFIX: &str = "#/pack/";

/// The place of a problem with the link itself.
pub const LINK_PLACE: &str = "(link)";

/// The format of the delta a link carries.
const LINK_FORMAT: u64 = 1;

/// How hard deflate works (miniz's 0–10); links are made rarely and kept short.
const LEVEL: u8 = 9;

/// The payload of a link to `file`, as a delta from `base` (the built-in content as a
/// pack file): base64url without padding of the JSON delta, deflated in a zlib
/// stream (whose checksum tells a damaged link). `$schema` is left
/// out: a pack read from a link has none.
///
/// A payload longer than [`MAX_LINK_PAYLOAD`] is refused by [`read_link`] (a pack with a
/// language of its own is about that long): offer the pack file instead. A QR code holds
/// about 2,900 characters of it at most.
pub fn link_payload(file: &PackFile, base: &PackFile) -> String {
    let strip = |f: &PackFile| {
        serde_json::to_value(PackFile {
            schema: None,
            ..f.clone()
        })
        .unwrap_or(Value::Null)
    };
    let change = delta(&strip(base), &strip(file)).unwrap_or_else(|| json!({}));
    let wrapped = json!({
        "link": LINK_FORMAT,
        "base": Fingerprint::of_file(base).to_string(),
        "delta": change,
    });
    let bytes = serde_json::to_vec(&wrapped).unwrap_or_default();
    encode(&compress_to_vec_zlib(&bytes, LEVEL))
}

/// Reads the payload of a pack link made against `base` (the built-in content) and
/// checks the pack it gives as [`super::read_pack`] does. A whole link (anything ending in
/// [`LINK_PREFIX`] and the payload) is read as its payload.
pub fn read_link(payload: &str, base: &Content) -> Result<Pack, Vec<PackProblem>> {
    let refuse = |message: &str| vec![PackProblem::new(LINK_PLACE, message)];
    // A whole link pasted in place of its payload is read as its payload.
    let payload = payload.trim();
    let payload = payload.rsplit_once(LINK_PREFIX).map_or(payload, |(_, p)| p);
    if payload.len() > MAX_LINK_PAYLOAD {
        return Err(refuse(
            "is too long for a pack link; ask for the pack file instead",
        ));
    }
    let damaged = "is damaged or cut short: copy the whole link, or ask for the pack file";
    let deflated = decode(payload).ok_or_else(|| refuse(damaged))?;
    let bytes =
        decompress_to_vec_zlib_with_limit(&deflated, MAX_PACK_BYTES).map_err(|e| {
            match e.status {
                miniz_oxide::inflate::TINFLStatus::HasMoreOutput => {
                    refuse("unpacks to more than a pack can hold; ask for the pack file instead")
                }
                _ => refuse(damaged),
            }
        })?;
    let wrapped: Value = serde_json::from_slice(&bytes).map_err(|_| refuse(damaged))?;
    match wrapped.get("link").and_then(Value::as_u64) {
        Some(LINK_FORMAT) => {}
        Some(_) => {
            return Err(refuse(
                "was made by a newer version of netwhy: update the app, or ask for the pack file",
            ))
        }
        None => return Err(refuse(damaged)),
    }
    let base_file = pack_file_of(base, &About::built_in(), None);
    let made_for = wrapped.get("base").and_then(Value::as_str);
    if made_for != Some(Fingerprint::of_file(&base_file).to_string().as_str()) {
        return Err(refuse(
            "was made for another version of netwhy: ask for the pack file",
        ));
    }
    let change = wrapped.get("delta").ok_or_else(|| refuse(damaged))?;
    let from = serde_json::to_value(&base_file).map_err(|_| refuse(damaged))?;
    let text = serde_json::to_string(&apply(&from, change)).map_err(|_| refuse(damaged))?;
    read_pack(&text, base)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Bytes as base64url without padding.
fn encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// Base64url without padding as bytes; `None` for any other character or a length no
/// encoding has.
fn decode(text: &str) -> Option<Vec<u8>> {
    let digits: Vec<u32> = text
        .bytes()
        .map(|c| ALPHABET.iter().position(|a| *a == c).map(|p| p as u32))
        .collect::<Option<_>>()?;
    if digits.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, d)| n | d << (18 - 6 * i));
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{decode, encode};

    #[test]
    fn base64url_round_trips_every_length() {
        let bytes: Vec<u8> = (0..=255).collect();
        for len in 0..40 {
            let text = encode(&bytes[..len]);
            assert!(!text.contains('='));
            assert_eq!(decode(&text).as_deref(), Some(&bytes[..len]));
        }
        assert_eq!(encode(b"\xfb\xff"), "-_8");
        assert_eq!(decode("a"), None);
        assert_eq!(decode("ab+c"), None);
    }
}
