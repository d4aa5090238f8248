//! Drawing a screen in steps, a frame apart, so the click that opens it waits only for the
//! first: the screen's heading in the frame after the click, the rest in the frames after.
//! Each step is a short task of its own (much of it code run for the first time on a first
//! visit, which the browser compiles then), so no click waits for the whole screen.

use yew::prelude::*;

use crate::schedule::{after_next_frame, page_shown};

/// The step a screen drawn in steps `0..=last` has reached: 0 at its first drawing, then one
/// more in each frame until `last`. A page not on screen paints no frames: it gets all of it
/// at once. The screen marks itself busy (`aria-busy`) until the last step is in, and focus
/// moves to its heading only then (see [`crate::navigate::focus_heading`]).
#[hook]
pub fn use_steps(last: u8) -> u8 {
    let shown = use_state(|| 0u8);
    {
        let shown = shown.clone();
        use_effect_with(*shown, move |&step| {
            if step < last {
                let next = shown.clone();
                if !page_shown() || !after_next_frame(move || next.set(step + 1)) {
                    shown.set(last);
                }
            }
        });
    }
    *shown
}
