//! netwhy: a private, offline self-assessment of why a person networks professionally
//! and which platforms and channels fit them.
//!
//! `model` is pure Rust and tested natively; `storage` is the only code that touches
//! browser storage; `state` holds the reducer, `route` the hash routes, and `app` and
//! `components` are the thin Yew user interface. `persist` writes each change once the
//! frame that shows it is painted, and `schedule` hands control back to the browser in
//! between. `navigate` moves between screens, `files` saves downloads, reads chosen files
//! and prints, `clock` tells the time and the person's own calendar day, and `crash`
//! shows an error screen after a panic.

pub mod app;
pub mod clock;
pub mod components;
pub mod crash;
pub mod files;
pub mod hooks;
pub mod model;
pub mod navigate;
pub mod route;
pub mod saver;
pub mod schedule;
pub mod state;
pub mod storage;
