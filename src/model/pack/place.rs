//! Places in a pack file, and the list of problems found at them.

use std::collections::BTreeSet;

use super::{PackProblem, MAX_PROBLEMS, WHOLE_FILE};

/// The longest name of a place's part shown; longer ones are cut with `…`.
const MAX_PART_CHARS: usize = 40;

/// A place in a pack file: the names of the fields and ids that lead to it.
#[derive(Debug, Clone, Default)]
pub(super) struct Path(Vec<String>);

impl Path {
    /// The whole file.
    pub(super) fn root() -> Path {
        Path(Vec::new())
    }

    /// A field or key of the object here.
    pub(super) fn key(&self, key: &str) -> Path {
        let mut parts = self.0.clone();
        parts.push(shown(key));
        Path(parts)
    }

    /// The `n`th entry (from 0) of the list here, named by its id when it has one.
    pub(super) fn entry(&self, id: Option<&str>, n: usize) -> Path {
        match id.filter(|id| !id.trim().is_empty()) {
            Some(id) => self.key(id),
            None => self.key(&format!("#{}", n + 1)),
        }
    }

    /// The place as written for a facilitator, `model › channels › linkedin`.
    pub(super) fn text(&self) -> String {
        if self.0.is_empty() {
            WHOLE_FILE.to_owned()
        } else {
            self.0.join(" › ")
        }
    }
}

/// A part of a place as shown: control characters left out, a long one cut.
fn shown(part: &str) -> String {
    let clean: String = part.chars().filter(|c| !c.is_control()).collect();
    if clean.chars().count() > MAX_PART_CHARS {
        let cut: String = clean.chars().take(MAX_PART_CHARS).collect();
        format!("{cut}…")
    } else {
        clean
    }
}

/// The problems found so far, each once, at most [`MAX_PROBLEMS`] listed and the rest
/// counted.
#[derive(Debug, Default)]
pub(super) struct Report {
    problems: Vec<PackProblem>,
    seen: BTreeSet<(String, String)>,
    more: usize,
    /// Problems noted as left out of the file ([`Report::left_out`]), which do not stop
    /// the rest from being read.
    left_out: usize,
}

impl Report {
    /// Notes a field that was taken out of the file as a problem: the rest can still be
    /// read without it.
    pub(super) fn left_out(&mut self, path: &Path, message: impl Into<String>) {
        self.left_out += 1;
        self.push(path, message);
    }

    /// Whether every problem so far is a field left out, so the rest can still be read.
    pub(super) fn only_left_out(&self) -> bool {
        self.problems.len() + self.more <= self.left_out
    }

    /// Notes a problem at a place.
    pub(super) fn push(&mut self, path: &Path, message: impl Into<String>) {
        self.add(PackProblem::new(path.text(), message));
    }

    /// Notes a problem, unless the same one is listed already.
    pub(super) fn add(&mut self, problem: PackProblem) {
        // The model's problems come once per language validated; they are listed once.
        if !self
            .seen
            .insert((problem.place.clone(), problem.message.clone()))
        {
            return;
        }
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.more += 1;
        }
    }

    /// Whether nothing was found.
    pub(super) fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    /// Every problem, with a last line counting those not listed.
    pub(super) fn finish(mut self) -> Vec<PackProblem> {
        if self.more > 0 {
            let msg = format!(
                "has {} more problems not listed here; mend these first",
                self.more
            );
            self.problems.push(PackProblem::new(WHOLE_FILE, msg));
        }
        self.problems
    }
}
