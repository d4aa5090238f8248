//! The assessment model: content, answers, scoring, channel fit and the action plan.
//!
//! Pure Rust: nothing in here may import yew, web-sys, js-sys, gloo or wasm-bindgen,
//! so the whole model is tested natively with `cargo test`.
