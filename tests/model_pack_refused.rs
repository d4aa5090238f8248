//! Packs that break one rule each (`tests/fixtures/packs/`) are refused with that problem
//! at its place in the file, in plain words; every problem is listed, not only the first;
//! and packs that only look odd (markup in a name, terms left out) load.
//!
//! A fixture is either a small pack written out (`pack` or, for text that is not JSON,
//! `text`) or a list of `edits` to the built-in content as a pack, so that a fixture stays
//! a few lines long: `set` a JSON pointer `to` a value (or to `repeat` a text `times`),
//! `remove` one, `copy` one `to` another (`-` appends), `grow` a list or group `to` a
//! number of entries by copying its first, or `pad_to` a length with spaces at the end.

use netwhy::model::{pack_file_of, read_pack, About, Content, PackProblem};
use serde_json::{Map, Value};

fn load(name: &str) -> Value {
    let path = format!(
        "{}/tests/fixtures/packs/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The parent of a pointer's target and the target's last part.
fn parent<'a>(doc: &'a mut Value, pointer: &str) -> (&'a mut Value, String) {
    let (up, last) = pointer.rsplit_once('/').expect("a pointer");
    let parent = doc.pointer_mut(up).unwrap_or_else(|| panic!("no {up}"));
    (parent, last.to_owned())
}

fn put(doc: &mut Value, pointer: &str, value: Value) {
    match parent(doc, pointer) {
        (Value::Object(map), key) => {
            map.insert(key, value);
        }
        (Value::Array(list), key) if key == "-" => list.push(value),
        (Value::Array(list), key) => list[key.parse::<usize>().expect("an index")] = value,
        _ => panic!("cannot set {pointer}"),
    }
}

/// The text of the pack a fixture describes.
fn pack_text(fixture: &Value) -> String {
    if let Some(text) = fixture["text"].as_str() {
        return text.to_owned();
    }
    if let Some(pack) = fixture.get("pack") {
        return serde_json::to_string_pretty(pack).expect("json");
    }
    let file = pack_file_of(Content::embedded(), &About::built_in(), None);
    let mut doc = serde_json::to_value(&file).expect("json");
    let mut pad = 0;
    for edit in fixture["edits"].as_array().expect("edits") {
        let at = |key: &str| edit[key].as_str().map(str::to_owned);
        if let Some(pointer) = at("set") {
            let value = match edit["repeat"].as_str() {
                Some(text) => {
                    Value::String(text.repeat(edit["times"].as_u64().expect("times") as usize))
                }
                None => edit["to"].clone(),
            };
            put(&mut doc, &pointer, value);
        } else if let Some(pointer) = at("remove") {
            match parent(&mut doc, &pointer) {
                (Value::Object(map), key) => assert!(map.remove(&key).is_some(), "no {pointer}"),
                (Value::Array(list), key) => {
                    list.remove(key.parse::<usize>().expect("an index"));
                }
                _ => panic!("cannot remove {pointer}"),
            }
        } else if let Some(from) = at("copy") {
            let value = doc.pointer(&from).expect("copy from").clone();
            put(&mut doc, edit["to"].as_str().expect("to"), value);
        } else if let Some(pointer) = at("grow") {
            let to = edit["to"].as_u64().expect("to") as usize;
            grow(doc.pointer_mut(&pointer).expect("grow"), to);
        } else if let Some(len) = edit["pad_to"].as_u64() {
            pad = len as usize;
        } else {
            panic!("unknown edit {edit}");
        }
    }
    let mut text = serde_json::to_string_pretty(&doc).expect("json");
    while text.len() < pad {
        text.push(' ');
    }
    text
}

/// Fills a list or group to `to` entries with copies of its first, under new ids.
fn grow(target: &mut Value, to: usize) {
    match target {
        Value::Array(list) => {
            let first = list[0].clone();
            for n in list.len()..to {
                let mut copy = first.clone();
                if let Some(Value::String(id)) = copy.get_mut("id") {
                    id.push_str(&format!("_{n}"));
                }
                list.push(copy);
            }
        }
        Value::Object(map) => {
            let (key, value) = map
                .iter()
                .next()
                .map(|(k, v)| (k.clone(), v.clone()))
                .expect("an entry");
            let mut n = 0;
            while map.len() < to {
                map.insert(format!("{key}_{n}"), value.clone());
                n += 1;
            }
        }
        _ => panic!("cannot grow {target}"),
    }
}

/// A message reads as plain words after "place: ": a lower-case start, one line, and
/// nothing of the code or the parser in it.
fn assert_plain(problem: &PackProblem) {
    let m = &problem.message;
    assert!(!problem.place.trim().is_empty(), "no place: {problem:?}");
    assert!(m.starts_with(|c: char| c.is_lowercase()), "{problem}");
    for code in [
        "`",
        "::",
        "Some(",
        "None",
        "invalid type",
        "expected",
        "OutOfRange",
        "Malformed",
        "\n",
        "{:",
    ] {
        assert!(!m.contains(code), "{code} in {problem}");
    }
    assert!(m.len() < 400, "{problem}");
}

fn check(name: &str) {
    let fixture = load(name);
    assert!(
        fixture["rule"].is_string(),
        "{name}: say which rule it breaks"
    );
    let result = read_pack(&pack_text(&fixture), Content::embedded());
    if fixture["loads"] == Value::Bool(true) {
        if let Err(problems) = result {
            panic!("{name} refused: {problems:#?}");
        }
        return;
    }
    let Err(found) = result else {
        panic!("{name} was read");
    };
    for p in &found {
        assert_plain(p);
    }
    let expected = fixture["problems"].as_array().expect("problems");
    let places: Vec<&str> = found.iter().map(|p| p.place.as_str()).collect();
    let wanted: Vec<&str> = expected
        .iter()
        .map(|p| p["place"].as_str().expect("place"))
        .collect();
    let (mut places_sorted, mut wanted_sorted) = (places.clone(), wanted.clone());
    places_sorted.sort_unstable();
    wanted_sorted.sort_unstable();
    assert_eq!(places_sorted, wanted_sorted, "{name}: {found:#?}");
    for want in expected {
        let place = want["place"].as_str().expect("place");
        let message = want["message"].as_str().expect("message");
        assert!(
            found
                .iter()
                .any(|p| p.place == place && p.message.contains(message)),
            "{name}: no “{place}: …{message}…” in {found:#?}"
        );
    }
}

macro_rules! fixtures {
    ($($name:ident),+ $(,)?) => {
        $(#[test] fn $name() { check(stringify!($name)); })+
        const NAMES: &[&str] = &[$(stringify!($name)),+];
    };
}

fixtures!(
    oversized,
    not_json,
    not_json_syntax,
    not_an_object,
    unknown_format,
    too_many_channels,
    too_many_terms,
    over_long_text,
    over_long_id,
    unknown_field,
    missing_field,
    wrong_type,
    unknown_word,
    bad_id,
    bad_date,
    empty_name,
    no_languages,
    duplicate_language,
    unknown_channel_reference,
    rating_of_five,
    sharpen_of_four,
    lost_mark,
    extra_mark,
    unknown_term,
    empty_text,
    many_at_once,
    reverse_on_behaviour,
    specialist_without_field,
    time_option_without_minutes,
    duplicate_channel,
    unknown_region,
    label_count,
    stray_text,
    weight_of_nine,
    markup_in_names,
    missing_terms,
    unknown_field_and_rating_of_five,
    direction_control,
    data_copy,
    nested_too_deep,
);

#[test]
fn every_fixture_is_run() {
    let dir = format!("{}/tests/fixtures/packs", env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("fixtures")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".json").map(str::to_owned))
        .collect();
    files.sort();
    let mut names: Vec<String> = NAMES.iter().map(|n| (*n).to_owned()).collect();
    names.sort();
    assert_eq!(files, names);
}

#[test]
fn markup_is_kept_verbatim() {
    let fixture = load("markup_in_names");
    let pack = read_pack(&pack_text(&fixture), Content::embedded()).expect("loads");
    let name = &pack.content.strings.channels["linkedin_posts"].name;
    assert_eq!(name, "<script>alert('hi')</script> <b>LinkedIn</b> posts");
    assert!(pack.changes.wording_only());
}

#[test]
fn a_flood_of_problems_is_listed_up_to_a_cap_and_counted() {
    let file = pack_file_of(Content::embedded(), &About::built_in(), None);
    let mut doc = serde_json::to_value(&file).expect("json");
    let Some(Value::Array(channels)) = doc.pointer_mut("/model/channels") else {
        panic!("channels");
    };
    for c in channels.iter_mut() {
        let map: &mut Map<String, Value> = c.as_object_mut().expect("object");
        for field in ["minutes", "privacy", "posting", "face_to_face", "strangers"] {
            map.insert(field.into(), Value::String("?".into()));
        }
        map.insert("extra".into(), Value::Bool(true));
    }
    let text = serde_json::to_string(&doc).expect("json");
    let Err(problems) = read_pack(&text, Content::embedded()) else {
        panic!("read");
    };
    assert_eq!(problems.len(), netwhy::model::pack::MAX_PROBLEMS + 1);
    let last = problems.last().expect("last");
    assert_eq!(last.place, "(file)");
    assert!(last.message.contains("more problems"), "{last}");
}

#[test]
#[ignore = "prints every fixture's problems, to read them"]
fn show() {
    for name in NAMES {
        if let Err(problems) = read_pack(&pack_text(&load(name)), Content::embedded()) {
            for p in problems {
                println!("{name}: {p}");
            }
        }
    }
}

#[test]
fn problems_of_each_language_are_placed_under_it_and_model_problems_listed_once() {
    let mut file = pack_file_of(Content::embedded(), &About::built_in(), None);
    let mut german = file.languages[0].clone();
    german.language = "de".into();
    german
        .channels
        .get_mut("linkedin_posts")
        .expect("text")
        .name = String::new();
    file.languages.push(german);
    file.model.scoring.sharpen = 0;
    let text = serde_json::to_string(&file).expect("json");
    let Err(problems) = read_pack(&text, Content::embedded()) else {
        panic!("read");
    };
    let places: Vec<&str> = problems.iter().map(|p| p.place.as_str()).collect();
    assert_eq!(
        places,
        vec![
            "model › scoring › sharpen",
            "languages › de › channels › linkedin_posts › name"
        ],
        "{problems:#?}"
    );
    for p in &problems {
        assert_plain(p);
    }
}

#[test]
fn a_language_without_a_tag_is_named_by_its_number() {
    let mut file = pack_file_of(Content::embedded(), &About::built_in(), None);
    file.languages[0].language = " ".into();
    let text = serde_json::to_string(&file).expect("json");
    let Err(problems) = read_pack(&text, Content::embedded()) else {
        panic!("read");
    };
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0].place, "languages › #1 › language");
    assert_plain(&problems[0]);
}
