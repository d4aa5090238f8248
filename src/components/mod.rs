//! User-interface components, one per file.

pub mod welcome;
