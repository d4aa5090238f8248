//! netwhy: a private, offline self-assessment of why a person networks professionally
//! and which platforms and channels fit them.

pub mod model;
