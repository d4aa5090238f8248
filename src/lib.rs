//! netwhy: a private, offline self-assessment of why a person networks professionally
//! and which platforms and channels fit them.
//!
//! `model` is pure Rust and tested natively; `storage` is the only code that touches
//! browser storage; `app` and `components` are the thin Yew user interface.

pub mod app;
pub mod components;
pub mod model;
pub mod storage;
