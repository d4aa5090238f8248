//! Reusable behaviour of the root component, each behind one `use_…` call:
//! [`use_saved_state()`] owns the state and has every change saved, and
//! [`use_address()`] follows the address bar, and [`use_idle()`] runs a shared device's idle
//! timeout, and [`use_pack_sync()`] follows another tab's change of the content in use, and
//! [`use_steps()`] draws a large screen in steps.

mod use_address;
mod use_idle;
mod use_pack_sync;
mod use_saved_state;
mod use_steps;

pub use use_address::use_address;
pub use use_idle::{use_idle, IdleHandle};
pub use use_pack_sync::use_pack_sync;
pub use use_saved_state::{use_saved_state, Boot, TabSaver};
pub use use_steps::use_steps;
