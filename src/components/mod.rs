//! User-interface components, one per file.

pub mod across;
pub mod choices;
pub mod common;
pub mod confirm;
pub mod data;
pub mod frame;
pub mod history;
pub mod language_switch;
pub mod missing;
pub mod notices;
pub mod pack;
pub mod question;
pub mod results;
pub mod room;
pub mod room_chart;
pub mod room_you;
pub mod scanner;
pub mod screen;
pub mod shared;
pub mod site_nav;
pub mod split;
pub mod tally;
pub mod welcome;
