//! Shared-device mode on screen: the banner on every screen with "I'm done", what "done"
//! offers before forgetting, the idle warning, and the switch on the facilitator's screen.

pub mod banner;
pub mod done;
pub mod idle;
pub mod switch;
