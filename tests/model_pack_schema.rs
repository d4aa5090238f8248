//! `content/pack.schema.json`, the JSON Schema editors use to explain a pack file while it
//! is typed, agrees with what the app reads: it is a valid draft 2020-12 schema, it accepts
//! the built-in content as a pack and the fixtures that load, it refuses the fixtures with
//! structural problems, and its caps and words are the reader's.

use boon::{Compiler, SchemaIndex, Schemas};
use netwhy::model::pack::{
    MAX_ACTIONS, MAX_CHANNELS, MAX_ID_CHARS, MAX_ITEMS, MAX_LANGUAGES, MAX_NAME_CHARS, MAX_OPTIONS,
    MAX_SCALES, MAX_SCHEMA_CHARS, MAX_TERMS, MAX_TEXT_CHARS, MAX_TRUTHS,
};
use netwhy::model::{
    pack_file_of, read_pack, About, Activity, Content, Habit, ItemKind, Layer, Level, Mode, Motive,
    Role, Rule, Situation, Stage, FORMAT_VERSION, PACK_FORMAT,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

const SCHEMA: &str = include_str!("../content/pack.schema.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn compiled() -> (Schemas, SchemaIndex) {
    let mut schemas = Schemas::new();
    let mut compiler = Compiler::new();
    compiler.enable_format_assertions();
    compiler
        .add_resource("file:///pack.schema.json", schema())
        .expect("added");
    let index = compiler
        .compile("file:///pack.schema.json", &mut schemas)
        .unwrap_or_else(|e| panic!("the schema does not compile: {e}"));
    (schemas, index)
}

fn built_in() -> Value {
    let file = pack_file_of(
        Content::embedded(),
        &About::built_in(),
        Some("./pack.schema.json"),
    );
    serde_json::to_value(file).expect("json")
}

#[test]
fn the_built_in_content_fits_the_schema() {
    let (schemas, index) = compiled();
    if let Err(e) = schemas.validate(&built_in(), index) {
        panic!("{e:#}");
    }
}

/// The fixture's pack as JSON, built the way `model_pack_refused.rs` builds it, for the
/// fixtures whose edits are simple `set` and `remove`s (the others are tested there).
fn fixture(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/packs/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let fixture: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    if let Some(pack) = fixture.get("pack") {
        return pack.clone();
    }
    let mut doc = built_in();
    for edit in fixture["edits"].as_array().expect("edits") {
        let pointer = edit["set"]
            .as_str()
            .or(edit["remove"].as_str())
            .or(edit["grow"].as_str())
            .expect("an edit");
        let (up, last) = pointer.rsplit_once('/').expect("pointer");
        let parent = doc.pointer_mut(up).expect("parent");
        if edit.get("remove").is_some() {
            parent.as_object_mut().expect("object").remove(last);
            continue;
        }
        if let Some(to) = edit.get("grow").and(edit["to"].as_u64()) {
            let target = parent.get_mut(last).expect("target");
            match target {
                Value::Array(list) => {
                    let first = list[0].clone();
                    list.resize(to as usize, first);
                }
                Value::Object(map) => {
                    let first = map.values().next().cloned().expect("an entry");
                    for n in map.len()..to as usize {
                        map.insert(format!("k{n}"), first.clone());
                    }
                }
                _ => panic!("grow"),
            }
            continue;
        }
        let value = match edit["repeat"].as_str() {
            Some(text) => {
                Value::String(text.repeat(edit["times"].as_u64().expect("times") as usize))
            }
            None => edit["to"].clone(),
        };
        match parent {
            Value::Object(map) => {
                map.insert(last.to_owned(), value);
            }
            Value::Array(list) => list[last.parse::<usize>().expect("index")] = value,
            _ => panic!("set"),
        }
    }
    doc
}

#[test]
fn the_schema_refuses_what_the_reader_refuses_for_its_shape() {
    let (schemas, index) = compiled();
    for name in [
        "not_an_object",
        "unknown_format",
        "too_many_channels",
        "too_many_terms",
        "over_long_text",
        "over_long_id",
        "unknown_field",
        "missing_field",
        "wrong_type",
        "unknown_word",
        "bad_id",
        "bad_date",
        "empty_name",
        "no_languages",
        "rating_of_five",
        "sharpen_of_four",
        "empty_text",
    ] {
        let pack = fixture(name);
        let text = serde_json::to_string(&pack).expect("json");
        assert!(
            read_pack(&text, Content::embedded()).is_err(),
            "{name}: read"
        );
        assert!(
            schemas.validate(&pack, index).is_err(),
            "{name}: the schema accepts it"
        );
    }
}

#[test]
fn the_schema_accepts_what_the_reader_accepts() {
    let (schemas, index) = compiled();
    for name in ["markup_in_names", "missing_terms"] {
        let pack = fixture(name);
        let text = serde_json::to_string(&pack).expect("json");
        assert!(
            read_pack(&text, Content::embedded()).is_ok(),
            "{name}: refused"
        );
        if let Err(e) = schemas.validate(&pack, index) {
            panic!("{name}: {e:#}");
        }
    }
}

fn at<'a>(schema: &'a Value, pointer: &str) -> &'a Value {
    schema
        .pointer(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the schema"))
}

fn number(schema: &Value, pointer: &str) -> usize {
    at(schema, pointer)
        .as_u64()
        .unwrap_or_else(|| panic!("{pointer} is no number")) as usize
}

#[test]
fn the_schema_has_the_readers_caps() {
    let s = schema();
    let model = "/$defs/model/properties";
    let language = "/$defs/language/properties";
    for (pointer, cap) in [
        (format!("{model}/items/maxItems"), MAX_ITEMS),
        (format!("{model}/channels/maxItems"), MAX_CHANNELS),
        (format!("{model}/actions/maxItems"), MAX_ACTIONS),
        (format!("{model}/scales/maxItems"), MAX_SCALES),
        (
            "/$defs/item/properties/options/maxItems".to_owned(),
            MAX_OPTIONS,
        ),
        ("/properties/languages/maxItems".to_owned(), MAX_LANGUAGES),
        (format!("{language}/terms/maxProperties"), MAX_TERMS),
        (format!("{language}/truths/maxItems"), MAX_TRUTHS),
        (format!("{language}/items/maxProperties"), MAX_ITEMS),
        (format!("{language}/channels/maxProperties"), MAX_CHANNELS),
        (format!("{language}/actions/maxProperties"), MAX_ACTIONS),
        (format!("{language}/language/maxLength"), MAX_ID_CHARS),
        ("/$defs/text/maxLength".to_owned(), MAX_TEXT_CHARS),
        ("/properties/name/maxLength".to_owned(), MAX_NAME_CHARS),
        ("/properties/author/maxLength".to_owned(), MAX_NAME_CHARS),
        ("/properties/$schema/maxLength".to_owned(), MAX_SCHEMA_CHARS),
    ] {
        assert_eq!(number(&s, &pointer), cap, "{pointer}");
    }
    assert_eq!(
        at(&s, "/$defs/id/pattern"),
        &Value::String(format!("^[a-z0-9_-]{{1,{MAX_ID_CHARS}}}$"))
    );
    assert_eq!(
        number(&s, "/properties/pack_format/const"),
        PACK_FORMAT as usize
    );
    assert_eq!(
        number(&s, &format!("{model}/format/const")),
        FORMAT_VERSION as usize
    );
    assert_eq!(
        number(&s, &format!("{language}/format/const")),
        FORMAT_VERSION as usize
    );
}

/// The words a vocabulary enum has in the schema, each read by serde as `T`, and as many
/// as `T` has.
fn words<T: DeserializeOwned + PartialEq + std::fmt::Debug>(name: &str, all: &[T]) {
    let s = schema();
    let list = at(&s, &format!("/$defs/{name}/enum"))
        .as_array()
        .expect("enum");
    let read: Vec<T> = list
        .iter()
        .map(|w| serde_json::from_value(w.clone()).unwrap_or_else(|e| panic!("{name} {w}: {e}")))
        .collect();
    assert_eq!(read.len(), all.len(), "{name}");
    for word in all {
        assert!(read.contains(word), "{name}: {word:?} missing");
    }
}

#[test]
fn the_schema_has_the_vocabulary() {
    words("motive", &Motive::ALL);
    words("layer", &Layer::ALL);
    words(
        "kind",
        &[
            ItemKind::Scale,
            ItemKind::Split,
            ItemKind::Single,
            ItemKind::Multi,
        ],
    );
    words("activity", &Activity::ALL);
    words("mode", &Mode::ALL);
    words("habit", &Habit::ALL);
    words("role", &Role::ALL);
    words("situation", &Situation::ALL);
    words("level", &[Level::Start, Level::StepUp]);
    words("stage", &Stage::ALL);
    words("rule", &Rule::ALL);
}

#[test]
fn every_field_in_the_content_is_in_the_schema_with_a_description() {
    let s = schema();
    let doc = built_in();
    let lists = [
        ("/model/items", "item"),
        ("/model/channels", "channel"),
        ("/model/actions", "action"),
        ("/model/scales", "scale"),
    ];
    for (list, def) in lists {
        let props = at(&s, &format!("/$defs/{def}/properties"))
            .as_object()
            .expect("properties");
        for entry in doc.pointer(list).and_then(Value::as_array).expect("list") {
            for key in entry.as_object().expect("object").keys() {
                assert!(props.contains_key(key), "{def}.{key} is not in the schema");
            }
        }
    }
    fn described(v: &Value, at: &str) {
        if let Value::Object(map) = v {
            if let Some(Value::Object(props)) = map.get("properties") {
                for (key, p) in props {
                    assert!(
                        p.get("description").is_some() || p.get("$ref").is_some(),
                        "{at}/{key} has no description"
                    );
                }
            }
            for (key, x) in map {
                described(x, &format!("{at}/{key}"));
            }
        }
    }
    described(&s, "");
}
