//! Positions across an SVG chart in the direction of the language shown. SVG does not mirror
//! by itself: in a left-to-right language things are placed from the left edge, in a
//! right-to-left one from the right edge. Text takes the page's direction, so its start is its
//! left end in one and its right end in the other, and the same `x` serves both.

use crate::model::language::is_rtl;

/// The direction of one chart `width` units wide.
#[derive(Clone, Copy)]
pub struct Across {
    rtl: bool,
    width: u32,
}

impl Across {
    /// For a chart `width` units wide in the language shown.
    pub fn shown(width: u32) -> Self {
        Self {
            rtl: is_rtl(crate::active::shown_language()),
            width,
        }
    }

    /// The `x` of a box `size` wide whose start is `from` the start edge.
    pub fn boxed(self, from: u32, size: u32) -> String {
        if self.rtl {
            self.width.saturating_sub(from + size).to_string()
        } else {
            from.to_string()
        }
    }

    /// The `x` of text that starts `from` the start edge.
    pub fn text(self, from: u32) -> String {
        if self.rtl {
            self.width.saturating_sub(from).to_string()
        } else {
            from.to_string()
        }
    }
}
