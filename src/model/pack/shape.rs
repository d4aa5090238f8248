//! The shape of a pack file, as data for the structural walk (`walk`): every field, its
//! type, the words of the vocabulary and the caps on counts and lengths.

use super::walk::{may, need, Shape};
use super::{
    MAX_ACTIONS, MAX_CHANNELS, MAX_ID_CHARS, MAX_ITEMS, MAX_LABELS, MAX_LANGUAGES, MAX_LIST,
    MAX_NAME_CHARS, MAX_OPTIONS, MAX_SCALES, MAX_SCHEMA_CHARS, MAX_TERMS, MAX_TEXT_CHARS,
    MAX_TRUTHS,
};

/// The words of the vocabulary (`src/model/vocab.rs`), as they are written in a file.
pub(super) mod words {
    pub const MOTIVE: &[&str] = &["known", "equipped", "connected"];
    pub const LAYER: &[&str] = &["why", "how", "constraints"];
    pub const KIND: &[&str] = &["scale", "split", "single", "multi"];
    pub const ACTIVITY: &[&str] = &["building", "maintaining", "using"];
    pub const MODE: &[&str] = &["online", "face_to_face"];
    pub const HABIT: &[&str] = &[
        "show_interest",
        "stay_in_touch",
        "known_first",
        "no_mass_invites",
    ];
    pub const ROLE: &[&str] = &[
        "time_budget",
        "privacy",
        "posting",
        "strangers",
        "stage",
        "region",
        "audience",
        "platforms",
        "situation",
    ];
    pub const SITUATION: &[&str] = &[
        "employed",
        "self_employed",
        "business_owner",
        "job_seeking",
        "changing_career",
        "studying",
    ];
    pub const LEVEL: &[&str] = &["start", "step_up"];
    pub const STAGE: &[&str] = &["curiosity", "focus", "strategy"];
    pub const RULE: &[&str] = &[
        "engage_not_promote",
        "be_consistent",
        "show_interest",
        "develop_over_time",
        "stay_in_touch",
        "known_first",
        "common_ground",
        "meet_in_person",
    ];
}

const BYTE: Shape = Shape::Number(u8::MAX as u64);
const MINUTES: Shape = Shape::Number(u16::MAX as u64);
const FORMAT: Shape = Shape::Number(u32::MAX as u64);
const BOOL: Shape = Shape::Bool;
const ID: Shape = Shape::Id;
const TEXT: Shape = Shape::Text(MAX_TEXT_CHARS);
const IDS: Shape = Shape::List {
    max: MAX_LIST,
    each: &ID,
    keyed: None,
    noun: "ids",
};
const MOTIVE: Shape = Shape::Word(words::MOTIVE);
const MOTIVES: Shape = Shape::List {
    max: MAX_LIST,
    each: &MOTIVE,
    keyed: None,
    noun: "reasons",
};
const HABIT: Shape = Shape::Word(words::HABIT);
const ACTIVITY: Shape = Shape::Word(words::ACTIVITY);
const SITUATIONS: Shape = Shape::List {
    max: MAX_LIST,
    each: &Shape::Word(words::SITUATION),
    keyed: None,
    noun: "situations",
};

const SCALE: Shape = Shape::Object(&[need("id", &ID), need("points", &BYTE)]);

const OPTION: Shape = Shape::Object(&[need("id", &ID), may("value", &MINUTES)]);

const ITEM: Shape = Shape::Object(&[
    need("id", &ID),
    need("layer", &Shape::Word(words::LAYER)),
    need("kind", &Shape::Word(words::KIND)),
    may("scale", &ID),
    may("motive", &MOTIVE),
    may("reverse", &BOOL),
    may("weight", &BYTE),
    may("activity", &ACTIVITY),
    may("mode", &Shape::Word(words::MODE)),
    may("serves", &MOTIVES),
    may("habit", &HABIT),
    may("role", &Shape::Word(words::ROLE)),
    may("total", &BYTE),
    may(
        "options",
        &Shape::List {
            max: MAX_OPTIONS,
            each: &OPTION,
            keyed: Some("id"),
            noun: "options",
        },
    ),
]);

const CHANNEL: Shape = Shape::Object(&[
    need("id", &ID),
    need("ratings", &Shape::Tuple(3, &BYTE)),
    need("minutes", &MINUTES),
    need("privacy", &BYTE),
    need("posting", &BOOL),
    need("face_to_face", &BOOL),
    may("strangers", &BOOL),
    may("regions", &IDS),
    may("regional", &BOOL),
    may("unavailable", &IDS),
    may("audiences", &IDS),
    may("specialist", &BOOL),
    may("situations", &SITUATIONS),
    may("situation_only", &BOOL),
]);

const ACTION: Shape = Shape::Object(&[
    need("id", &ID),
    need("motives", &MOTIVES),
    may("channel", &ID),
    need(
        "stages",
        &Shape::List {
            max: MAX_LIST,
            each: &Shape::Word(words::STAGE),
            keyed: None,
            noun: "stages",
        },
    ),
    need("minutes", &MINUTES),
    need("face_to_face", &BOOL),
    need("rule", &Shape::Word(words::RULE)),
    may("posting", &BYTE),
    may("privacy", &BYTE),
    may("strangers", &BYTE),
    may("situations", &SITUATIONS),
    may("habit", &HABIT),
    may("activity", &ACTIVITY),
    may("level", &Shape::Word(words::LEVEL)),
]);

const SCORING: Shape = Shape::Object(&[
    need("split_share", &BYTE),
    need("joint_threshold", &BYTE),
    need("gap_threshold", &BYTE),
    need("time_penalty", &BYTE),
    need("privacy_penalty", &BYTE),
    need("posting_penalty", &BYTE),
    need("strangers_penalty", &BYTE),
    need("comfort_needed", &BYTE),
    need("used_bonus", &BYTE),
    need("region_bonus", &BYTE),
    need("outside_region_penalty", &BYTE),
    need("audience_bonus", &BYTE),
    need("bands", &Shape::Tuple(3, &BYTE)),
    need("sharpen", &BYTE),
    need("outside_field_penalty", &BYTE),
    need("situation_bonus", &BYTE),
    need("strong_motive", &BYTE),
    need("weak_below", &BYTE),
    need("active_from", &BYTE),
]);

const MODEL: Shape = Shape::Object(&[
    need("format", &FORMAT),
    need(
        "scales",
        &Shape::List {
            max: MAX_SCALES,
            each: &SCALE,
            keyed: Some("id"),
            noun: "scales",
        },
    ),
    need(
        "items",
        &Shape::List {
            max: MAX_ITEMS,
            each: &ITEM,
            keyed: Some("id"),
            noun: "questions",
        },
    ),
    need(
        "channels",
        &Shape::List {
            max: MAX_CHANNELS,
            each: &CHANNEL,
            keyed: Some("id"),
            noun: "channels",
        },
    ),
    need(
        "actions",
        &Shape::List {
            max: MAX_ACTIONS,
            each: &ACTION,
            keyed: Some("id"),
            noun: "actions",
        },
    ),
    need("scoring", &SCORING),
]);

const DESCRIBED: Shape = Shape::Object(&[need("name", &TEXT), need("text", &TEXT)]);

const fn described(noun: &'static str) -> Shape {
    Shape::Map {
        max: MAX_LIST,
        dotted: false,
        each: &DESCRIBED,
        noun,
    }
}

const ITEM_TEXT: Shape = Shape::Object(&[
    need("prompt", &TEXT),
    may("help", &TEXT),
    may(
        "options",
        &Shape::Map {
            max: MAX_OPTIONS,
            dotted: false,
            each: &TEXT,
            noun: "option labels",
        },
    ),
]);

const STRINGS: Shape = Shape::Object(&[
    need("format", &FORMAT),
    need("language", &Shape::Text(MAX_ID_CHARS)),
    need("motives", &described("reasons")),
    need("layers", &described("parts")),
    need(
        "scales",
        &Shape::Map {
            max: MAX_SCALES,
            dotted: false,
            each: &Shape::List {
                max: MAX_LABELS,
                each: &TEXT,
                keyed: None,
                noun: "labels",
            },
            noun: "scales",
        },
    ),
    need(
        "items",
        &Shape::Map {
            max: MAX_ITEMS,
            dotted: false,
            each: &ITEM_TEXT,
            noun: "questions",
        },
    ),
    need(
        "channels",
        &Shape::Map {
            max: MAX_CHANNELS,
            dotted: false,
            each: &Shape::Object(&[need("name", &TEXT), need("rationale", &TEXT)]),
            noun: "channels",
        },
    ),
    need(
        "actions",
        &Shape::Map {
            max: MAX_ACTIONS,
            dotted: false,
            each: &TEXT,
            noun: "actions",
        },
    ),
    need("rules", &described("rules")),
    need(
        "truths",
        &Shape::List {
            max: MAX_TRUTHS,
            each: &Shape::Object(&[need("id", &ID), need("text", &TEXT)]),
            keyed: Some("id"),
            noun: "truths",
        },
    ),
    need(
        "terms",
        &Shape::Map {
            max: MAX_TERMS,
            dotted: true,
            each: &TEXT,
            noun: "terms",
        },
    ),
]);

const NAME: Shape = Shape::Text(MAX_NAME_CHARS);

/// The shape of a whole pack file.
pub(super) const PACK: Shape = Shape::Object(&[
    may("$schema", &Shape::Text(MAX_SCHEMA_CHARS)),
    need("pack_format", &FORMAT),
    need("id", &ID),
    need("name", &NAME),
    need("author", &NAME),
    need("date", &Shape::Text(10)),
    need("model", &MODEL),
    need(
        "languages",
        &Shape::List {
            max: MAX_LANGUAGES,
            each: &STRINGS,
            keyed: Some("language"),
            noun: "languages",
        },
    ),
]);
