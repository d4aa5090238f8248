//! The join code: the app's own address as a QR code, drawn as one SVG path with a quiet
//! zone, and the address shortened for people to type; and a room code as a QR code. Pure: the screen reads the address
//! from the browser and hands it here.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// Light modules around the code on every side, as the QR standard asks (ISO/IEC 18004).
pub const QUIET_ZONE: usize = 4;

/// A QR code ready to draw: its side in modules, quiet zone included, and the SVG path of
/// its dark modules in a `0 0 side side` view box, one unit a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    /// Modules on each side, with the quiet zone.
    pub side: usize,
    /// The dark modules as SVG path data: one rectangle a run of dark modules in a row.
    pub path: String,
}

impl QrDrawing {
    /// The QR code of `text` (medium error correction, raised where that costs no size),
    /// or `None` when the text is too long for any QR code.
    pub fn of(text: &str) -> Option<QrDrawing> {
        // Bytes: an address is rarely all digits and capitals.
        let bytes = [QrSegment::make_bytes(text.as_bytes())];
        let code = QrCode::encode_segments(&bytes, QrCodeEcc::Medium).ok()?;
        QrDrawing::of_code(&code)
    }

    /// The QR code of a room code, or of any text of capital letters, digits, spaces and
    /// `$%*+-./:` only, in QR's alphanumeric mode (5.5 bits a character, against 8 in
    /// [`QrDrawing::of`]), so `4AK-B7H-6NM` fits the smallest symbol, 21 modules a side, at
    /// quartile error correction. `None` for any other text, or text too long.
    pub fn of_alphanumeric(text: &str) -> Option<QrDrawing> {
        if !QrSegment::is_alphanumeric(text) {
            return None;
        }
        let segments = [QrSegment::make_alphanumeric(text)];
        let code = QrCode::encode_segments(&segments, QrCodeEcc::Medium).ok()?;
        QrDrawing::of_code(&code)
    }

    fn of_code(code: &QrCode) -> Option<QrDrawing> {
        let size = usize::try_from(code.size()).ok()?;
        let dark = |x: usize, y: usize| {
            let (Ok(x), Ok(y)) = (i32::try_from(x), i32::try_from(y)) else {
                return false;
            };
            code.get_module(x, y)
        };
        Some(QrDrawing::from_modules(size, dark))
    }

    /// Draws a square of `size` modules, `dark(x, y)` telling which are dark, inside the
    /// quiet zone.
    pub fn from_modules(size: usize, dark: impl Fn(usize, usize) -> bool) -> QrDrawing {
        let mut path = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if !dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < size && dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!(
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            }
        }
        QrDrawing {
            side: size + 2 * QUIET_ZONE,
            path,
        }
    }

    /// The SVG view box: the whole code with its quiet zone.
    pub fn view_box(&self) -> String {
        format!("0 0 {0} {0}", self.side)
    }

    /// The dark modules the path draws, row by row (quiet zone included): what a reader
    /// of the drawing sees. The inverse of [`QrDrawing::from_modules`].
    pub fn modules(&self) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; self.side]; self.side];
        for rect in self.path.split('z').filter(|r| !r.is_empty()) {
            let numbers: Vec<usize> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|n| !n.is_empty())
                .filter_map(|n| n.parse().ok())
                .collect();
            if let [x, y, run, _, _] = numbers[..] {
                for cell in grid[y].iter_mut().skip(x).take(run) {
                    *cell = true;
                }
            }
        }
        grid
    }
}

/// The address as people type it: without `https://`, and without the lone `/` of a
/// site at the root of its host. Any other scheme stays (a browser would try `https`).
pub fn short_address(address: &str) -> String {
    let rest = address.strip_prefix("https://").unwrap_or(address);
    let host = rest.find("://").map_or(0, |i| i + 3);
    match rest[host..].find('/') {
        Some(slash) if host + slash + 1 == rest.len() => rest[..rest.len() - 1].to_owned(),
        _ => rest.to_owned(),
    }
}
