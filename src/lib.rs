//! netwhy: a private, offline self-assessment of why a person networks professionally
//! and which platforms and channels fit them.
//!
//! `model` is pure Rust and tested natively: content, scoring, the storage format and
//! the storage backend trait. `storage` is the only code that touches browser storage;
//! `saver` holds the saving rules of a tab (pure, over any backend) and `state` the
//! reducer. `hooks` wires them to the browser (`use_saved_state`, `use_address`), `route`
//! names the screens, and `app` (used by `main.rs` only) and `components` are the thin Yew
//! user interface, which reads the content in use (built in, or a content pack) from
//! `active`. `schedule` hands control back to the browser between pieces of work, `warm` runs a
//! screen's code out of sight before its first visit,
//! `navigate` moves between screens, `random` draws random numbers, `files` saves
//! downloads, reads chosen files and prints, `camera` opens the camera and reads the codes
//! in its frames (for the scanner), `languages` loads the language chosen, `clock` tells the time and the person's own calendar
//! day, and `crash` shows an error screen after a panic.

pub mod active;
pub mod app;
pub mod camera;
pub mod clock;
pub mod components;
pub mod crash;
pub mod files;
pub mod hooks;
pub mod languages;
pub mod model;
pub mod navigate;
pub mod random;
pub mod route;
pub mod saver;
pub mod schedule;
pub mod state;
pub mod storage;
pub mod warm;
