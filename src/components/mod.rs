//! User-interface components, one per file.

pub mod choices;
pub mod frame;
pub mod missing;
pub mod notices;
pub mod question;
pub mod results;
pub mod split;
pub mod welcome;
