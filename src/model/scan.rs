//! Reading QR codes in camera frames: the pure part of the facilitator's scanner. A frame
//! is untrusted input (any size the browser reports, any pixels), so its dimensions are
//! checked before anything is allocated, and what comes back is capped: a few texts of
//! bounded length, valid UTF-8, each once. The camera, the canvas and the worker that runs
//! this in the browser live outside the model (`src/camera.rs`, `src/bin/scanner.rs`).
//!
//! The decoder is `quircs` (MIT), a pure Rust port of the quirc C library: it finds every
//! code in a greyscale image, turned or seen at an angle, and adds about 35 KB to the
//! worker's wasm (14 KB brotli). Only the scanner's worker links it, never the app.

use quircs::Quirc;

/// The longest side a frame is drawn at before it is read: large enough for a code held
/// up across a room, small enough to read quickly on a phone.
pub const FRAME_SIDE: u32 = 640;
/// The largest side a frame may have: larger frames are refused, not read.
pub const MAX_SIDE: u32 = 1280;
/// The smallest side a frame may have: a version 1 code is 21 modules wide.
pub const MIN_SIDE: u32 = 21;
/// At most this many texts are returned from one frame.
pub const MAX_TEXTS: usize = 8;
/// At most this many candidate codes are decoded in one frame (noise can make many).
pub const MAX_CANDIDATES: usize = 16;
/// A text longer than this (in bytes) is dropped: a room code is a dozen characters.
pub const MAX_TEXT_BYTES: usize = 256;

/// Why a frame was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameError {
    /// A side is shorter than [`MIN_SIDE`] (or zero).
    TooSmall,
    /// A side is longer than [`MAX_SIDE`].
    TooLarge,
    /// The pixels do not fill the stated width and height exactly.
    WrongLength,
}

/// The size to draw a `width` × `height` video frame at for reading: the same shape with
/// its longest side at most [`FRAME_SIDE`]. `None` while the video has no size yet.
pub fn frame_size(width: u32, height: u32) -> Option<(u32, u32)> {
    if width == 0 || height == 0 {
        return None;
    }
    let longest = width.max(height);
    if longest <= FRAME_SIDE {
        return Some((width, height));
    }
    let scale = |side: u32| ((u64::from(side) * u64::from(FRAME_SIDE)) / u64::from(longest)).max(1);
    // Both fit in u32: each is at most FRAME_SIDE.
    Some((scale(width) as u32, scale(height) as u32))
}

/// Checks a frame's dimensions against its pixel count (`bytes_per_pixel` bytes each)
/// and returns them as sizes to index with.
fn checked(
    width: u32,
    height: u32,
    len: usize,
    bytes_per_pixel: usize,
) -> Result<(usize, usize), FrameError> {
    if width < MIN_SIDE || height < MIN_SIDE {
        return Err(FrameError::TooSmall);
    }
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(FrameError::TooLarge);
    }
    let (w, h) = (width as usize, height as usize);
    if w * h * bytes_per_pixel != len {
        return Err(FrameError::WrongLength);
    }
    Ok((w, h))
}

/// The brightness of each pixel of an RGBA frame (as a canvas gives it), alpha ignored:
/// `(77 R + 150 G + 29 B) / 256`, the ITU-R BT.601 weights.
pub fn luma_of_rgba(width: u32, height: u32, rgba: &[u8]) -> Result<Vec<u8>, FrameError> {
    checked(width, height, rgba.len(), 4)?;
    Ok(rgba
        .chunks_exact(4)
        .map(|p| ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2])) >> 8) as u8)
        .collect())
}

/// Reads the QR codes in frames, one after another, reusing its buffers.
#[derive(Default)]
pub struct Reader {
    quirc: Quirc,
}

impl Reader {
    /// A reader with no frame read yet.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// The texts of the codes in a greyscale frame (one byte a pixel, row by row): at most
    /// [`MAX_TEXTS`], each valid UTF-8 of at most [`MAX_TEXT_BYTES`] bytes, each once, in
    /// the order they were found. Codes that cannot be decoded are left out.
    pub fn read_luma(
        &mut self,
        width: u32,
        height: u32,
        luma: &[u8],
    ) -> Result<Vec<String>, FrameError> {
        let (w, h) = checked(width, height, luma.len(), 1)?;
        let decoded = self
            .quirc
            .identify(w, h, luma)
            .take(MAX_CANDIDATES)
            .filter_map(|code| code.ok()?.decode().ok())
            .filter(|data| data.payload.len() <= MAX_TEXT_BYTES)
            .filter_map(|data| String::from_utf8(data.payload).ok());
        Ok(keep_texts(decoded))
    }

    /// The texts of the codes in an RGBA frame, as [`Reader::read_luma`].
    pub fn read_rgba(
        &mut self,
        width: u32,
        height: u32,
        rgba: &[u8],
    ) -> Result<Vec<String>, FrameError> {
        let luma = luma_of_rgba(width, height, rgba)?;
        self.read_luma(width, height, &luma)
    }
}

/// The texts worth passing on from one frame, whoever read them: at most [`MAX_TEXTS`],
/// each of at most [`MAX_TEXT_BYTES`] bytes (longer ones are dropped, not cut: a cut code
/// would be another code), each once, in the order they came.
pub fn keep_texts(texts: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    for text in texts {
        if kept.len() == MAX_TEXTS {
            break;
        }
        if text.len() <= MAX_TEXT_BYTES && !kept.contains(&text) {
            kept.push(text);
        }
    }
    kept
}
