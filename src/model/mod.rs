//! The assessment model: content, answers, scoring, channel fit and the action plan.
//!
//! Pure Rust: nothing in here may import yew, web-sys, js-sys, gloo or wasm-bindgen,
//! so the whole model is tested natively with `cargo test`.
//!
//! Start from [`Content::embedded`] for the questions and strings, collect
//! [`Answers`], then call [`score`] for a [`Results`]. [`store`] defines how they are
//! kept on the device, [`transfer`] the export file and [`room`] what a workshop room
//! counts. For what-if views change a [`Constraints`] and call [`rank_channels`] and
//! [`build_plan`] (or [`score_with`]).

#![warn(missing_docs)]

pub mod answers;
pub mod backend;
pub mod behaviour;
pub mod calendar;
pub mod constraints;
pub mod content;
pub mod date;
pub mod embedded;
pub mod fit;
pub mod history;
pub mod idle;
pub mod language;
pub mod order;
pub mod pack;
pub mod phrases;
pub mod plan;
pub mod priority;
pub mod qr;
pub mod results;
pub mod room;
pub mod scan;
pub mod scoring;
pub mod shared;
pub mod store;
pub mod strings;
pub mod term;
pub mod text;
pub mod transfer;
pub mod validate;
pub mod vault;
pub mod vocab;

pub use answers::{stepped_split, AnswerValue, Answers, Progress};
pub use behaviour::{
    behaviour_profile, gaps, BehaviourProfile, Gap, GapKind, HabitLevel, HabitScore,
};
pub use calendar::{reminder_ics, Reminder, RETAKE_AFTER_DAYS};
pub use constraints::Constraints;
pub use content::{Action, Channel, ChoiceOption, Item, Model, Scale, Scoring, FORMAT_VERSION};
pub use date::{Date, UtcOffset};
pub use embedded::{validate, Content, LoadError};
pub use fit::{
    fit_channel, rank_channels, reason_lines, shortlist, Band, ChannelFit, Reason, ReasonKind,
    ReasonLine,
};
pub use history::{compare, ChannelBand, Comparison, MotiveChange, Snapshot, Summary};
pub use pack::{
    built_in_file, pack_file_of, read_pack, to_text, About, Changes, ContentTag, Fingerprint, Pack,
    PackFile, PackProblem, BUILT_IN_ID, MAX_PACK_BYTES, PACK_FORMAT,
};
pub use plan::{build_plan, Plan, PlanStep, StepPurpose};
pub use priority::{priorities, sharpened, PerMotive, Priorities};
pub use results::{score, score_with, Note, Results};
pub use room::{
    room_and_you, room_csv, room_json, Added, CodeError, FragmentError, MainReason,
    ReasonSideBySide, Reveal, RoomAndYou, RoomCode, RoomSummary, ScoreBand, Tally, TallyError,
    Withheld, MIN_REVEAL,
};
pub use scoring::{is_straight_lining, motive_scores, Contribution};
pub use strings::{fill, pieces, Piece, Strings};
pub use term::Key;
pub use validate::{validate_with, Problem, ProblemKind, TermTable};
pub use vocab::{
    Activity, Habit, ItemKind, Layer, Level, Mode, Motive, Role, Rule, Situation, Stage,
};
