//! The persona table (`tests/personas.toml`): people a coach would recognise, with the top
//! motive and the channels a sensible coach would expect in and out of the top of their list.

use super::{table, Persona};
use netwhy::model::Motive;

pub struct Case {
    pub persona: Persona,
    /// The expected top motive, or all motives expected among joint priorities.
    pub top: &'static [Motive],
    /// Channels expected among the first three of the list.
    pub within: Vec<&'static str>,
    /// Channels that must not be among the five the results show.
    pub outside: Vec<&'static str>,
}

pub fn cases() -> Vec<Case> {
    table()
        .people
        .iter()
        .map(|(persona, expect)| Case {
            persona: persona.clone(),
            top: &expect.top,
            within: expect.within.iter().map(String::as_str).collect(),
            outside: expect.outside.iter().map(String::as_str).collect(),
        })
        .collect()
}
