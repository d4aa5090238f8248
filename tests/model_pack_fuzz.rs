//! Packs are untrusted input: mutated copies of the built-in pack (bytes flipped, cut,
//! inserted; numbers changed; fields dropped) and mangled or inflating links never make
//! the reader panic, and every refusal names a place and says something.

use miniz_oxide::deflate::compress_to_vec_zlib;
use netwhy::model::pack::{link_payload, read_link, MAX_LINK_PAYLOAD};
use netwhy::model::{pack_file_of, read_pack, to_text, About, Content, PackFile, PackProblem};
use proptest::prelude::*;
use serde_json::Value;
use std::sync::OnceLock;

fn base() -> &'static Content {
    Content::embedded()
}

fn file() -> PackFile {
    pack_file_of(base(), &About::built_in(), None)
}

fn text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| to_text(&file()))
}

fn value() -> &'static Value {
    static VALUE: OnceLock<Value> = OnceLock::new();
    VALUE.get_or_init(|| serde_json::to_value(file()).expect("json"))
}

/// The top-level fields of a pack file, where every place of a problem in a file whose
/// keys are all known starts.
const TOP: &[&str] = &[
    "(file)",
    "$schema",
    "pack_format",
    "id",
    "name",
    "author",
    "date",
    "model",
    "languages",
];

fn assert_named(problems: &[PackProblem], known_keys: bool) {
    assert!(!problems.is_empty());
    for p in problems {
        assert!(!p.place.trim().is_empty(), "{p:?}");
        assert!(!p.message.trim().is_empty(), "{p:?}");
        if known_keys {
            let first = p.place.split(" › ").next().unwrap_or_default();
            assert!(TOP.contains(&first), "{p}");
        }
    }
}

/// Every number in a JSON value, as pointers.
fn numbers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Number(_) => out.push(at),
        Value::Array(list) => {
            for (n, x) in list.iter().enumerate() {
                numbers(x, format!("{at}/{n}"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                numbers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
}

/// Every field of every object in a JSON value, as (pointer of the object, key).
fn fields(v: &Value, at: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::Array(list) => {
            for (n, x) in list.iter().enumerate() {
                fields(x, format!("{at}/{n}"), out);
            }
        }
        Value::Object(map) => {
            for (k, x) in map {
                out.push((at.clone(), k.clone()));
                fields(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        _ => {}
    }
}

#[derive(Debug, Clone)]
enum Edit {
    Flip(usize, u8),
    Delete(usize, usize),
    Insert(usize, Vec<u8>),
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, b)| Edit::Flip(at, b)),
        (any::<usize>(), 1usize..64).prop_map(|(at, n)| Edit::Delete(at, n)),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(at, b)| Edit::Insert(at, b)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(bytes: &mut Vec<u8>, edit: &Edit) {
    let len = bytes.len().max(1);
    match edit {
        Edit::Flip(at, b) => {
            let at = at % len;
            if at < bytes.len() {
                bytes[at] = *b;
            }
        }
        Edit::Delete(at, n) => {
            let at = at % len;
            let end = (at + n).min(bytes.len());
            bytes.drain(at.min(end)..end);
        }
        Edit::Insert(at, new) => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Edit::Truncate(at) => bytes.truncate(at % len),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn mangled_text_never_panics(edits in prop::collection::vec(edit(), 1..6)) {
        let mut bytes = text().as_bytes().to_vec();
        for e in &edits {
            apply(&mut bytes, e);
        }
        let text = String::from_utf8_lossy(&bytes);
        if let Err(problems) = read_pack(&text, base()) {
            assert_named(&problems, false);
        }
    }

    #[test]
    fn changed_numbers_never_panic(picks in prop::collection::vec((any::<prop::sample::Index>(), prop_oneof![
        (0u64..8).prop_map(Value::from),
        any::<u8>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        (-5i64..0).prop_map(Value::from),
        Just(Value::from(1.5)),
        Just(Value::from("3")),
    ]), 1..5)) {
        let mut doc = value().clone();
        let mut at = Vec::new();
        numbers(&doc, String::new(), &mut at);
        for (index, new) in picks {
            if let Some(slot) = doc.pointer_mut(&at[index.index(at.len())]) {
                *slot = new;
            }
        }
        let text = serde_json::to_string(&doc).expect("json");
        if let Err(problems) = read_pack(&text, base()) {
            assert_named(&problems, true);
        }
    }

    #[test]
    fn dropped_fields_never_panic(picks in prop::collection::vec(any::<prop::sample::Index>(), 1..4)) {
        let mut doc = value().clone();
        for index in picks {
            let mut all = Vec::new();
            fields(&doc, String::new(), &mut all);
            if all.is_empty() {
                break;
            }
            let (object, key) = &all[index.index(all.len())];
            if let Some(Value::Object(map)) = doc.pointer_mut(object) {
                map.remove(key);
            }
        }
        let text = serde_json::to_string(&doc).expect("json");
        if let Err(problems) = read_pack(&text, base()) {
            assert_named(&problems, true);
        }
    }

    #[test]
    fn mangled_links_never_panic(edits in prop::collection::vec(edit(), 1..4), rerate in 0usize..40) {
        let mut changed = file();
        let n = rerate % changed.model.channels.len();
        changed.model.channels[n].ratings[2] = (changed.model.channels[n].ratings[2] + 1) % 4;
        let payload = link_payload(&changed, &file());
        let mut bytes = payload.into_bytes();
        for e in &edits {
            apply(&mut bytes, e);
        }
        if let Err(problems) = read_link(&String::from_utf8_lossy(&bytes), base()) {
            assert_named(&problems, false);
        }
    }

    #[test]
    fn random_links_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let deflated = compress_to_vec_zlib(&bytes, 6);
        let payload = encode(&deflated);
        let problems = read_link(&payload, base()).map(|p| p.file.id).expect_err("random bytes are no pack");
        assert_named(&problems, false);
    }
}

/// Base64url without padding, written out here so the test does not trust the code it
/// tests.
fn encode(bytes: &[u8]) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = String::new();
    for b in bytes {
        bits.push_str(&format!("{b:08b}"));
    }
    bits.as_bytes()
        .chunks(6)
        .map(|c| {
            let mut v = 0usize;
            for (i, bit) in c.iter().enumerate() {
                v |= usize::from(*bit == b'1') << (5 - i);
            }
            char::from(A[v])
        })
        .collect()
}

#[test]
fn a_deflate_bomb_is_refused_not_expanded() {
    // Ten megabytes of spaces deflate to a few kilobytes: a link far inside the length cap
    // that would unpack to far more than any pack.
    let deflated = compress_to_vec_zlib(&vec![b' '; 10 << 20], 10);
    let payload = encode(&deflated);
    assert!(payload.len() < MAX_LINK_PAYLOAD, "{}", payload.len());
    let problems = read_link(&payload, base())
        .map(|p| p.file.id)
        .expect_err("refused");
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].place, "(link)");
    assert!(
        problems[0].message.contains("more than a pack can hold"),
        "{}",
        problems[0]
    );
}

#[test]
fn a_bomb_inside_valid_json_is_refused_too() {
    let json = format!(
        "{{\"link\":1,\"base\":\"0000-0000\",\"delta\":{{\"name\":\"{}\"}}}}",
        "a".repeat(2 << 20)
    );
    let payload = encode(&compress_to_vec_zlib(json.as_bytes(), 10));
    assert!(payload.len() < MAX_LINK_PAYLOAD, "{}", payload.len());
    let problems = read_link(&payload, base())
        .map(|p| p.file.id)
        .expect_err("refused");
    assert!(
        problems[0].message.contains("more than a pack can hold"),
        "{}",
        problems[0]
    );
}

#[test]
fn an_over_long_link_is_refused_before_it_is_decoded() {
    let problems = read_link(&"A".repeat(MAX_LINK_PAYLOAD + 1), base())
        .map(|p| p.file.id)
        .expect_err("refused");
    assert!(problems[0].message.contains("too long"), "{}", problems[0]);
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let problems = read_pack(&text, base())
        .map(|p| p.file.id)
        .expect_err("refused");
    assert_named(&problems, true);
    let text = format!(
        "{{\"pack_format\":1,\"model\":{}1{}}}",
        "{\"a\":".repeat(5_000),
        "}".repeat(5_000)
    );
    let problems = read_pack(&text, base())
        .map(|p| p.file.id)
        .expect_err("refused");
    assert_named(&problems, false);
}
