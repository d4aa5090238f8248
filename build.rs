//! Build script: reads the content files, checks them with the model's own
//! validation, and writes them into `OUT_DIR` as one Rust expression that builds the
//! content (see `build/bake.rs`), so the app neither carries a parser for them nor spends
//! time parsing when it starts, and as typed keys of the terms (see `build/terms.rs`), so
//! a misspelled key does not compile, and as the built-in content's fingerprint (see
//! [`fingerprint`]), so showing it costs the app nothing. Broken content fails the build
//! with the id and the problem.

use std::path::Path;

#[allow(dead_code)]
#[path = "src/model/vocab.rs"]
mod vocab;

#[allow(dead_code)]
#[path = "src/model/content.rs"]
mod content;

#[allow(dead_code)]
#[path = "src/model/strings.rs"]
mod strings;

#[allow(dead_code)]
#[path = "src/model/validate/mod.rs"]
mod validate;

#[path = "build/bake.rs"]
mod bake;

#[path = "build/terms.rs"]
mod terms;

const MODEL: &str = "content/model.toml";
const STRINGS: &str = "content/en.toml";

fn parse<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn main() {
    let model: content::Model = parse(MODEL);
    let strings: strings::Strings = parse(STRINGS);
    // The reference language defines the term keys: the table of its keys and marks is what
    // every language file is checked against, and what the app's typed keys are made from.
    let table = terms::table(&strings.terms);
    let refs: Vec<(&str, &[&str])> = table.iter().map(|(k, m)| (*k, m.as_slice())).collect();
    if let Err(problems) = validate::validate_with(&model, &strings, &refs) {
        let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        panic!(
            "content is invalid ({} problems):\n{}",
            list.len(),
            list.join("\n")
        );
    }
    let out = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let dir = Path::new(&out);
    let code = format!(
        "// Built by build.rs from {MODEL} and {STRINGS}.\n{}",
        bake::baked(&model, &strings)
    );
    std::fs::write(dir.join("content.rs"), code).unwrap_or_else(|e| panic!("content.rs: {e}"));
    let print = format!("{:?}\n", fingerprint(&model, &strings));
    std::fs::write(dir.join("fingerprint.rs"), print)
        .unwrap_or_else(|e| panic!("fingerprint.rs: {e}"));
    languages(dir, &model, &strings, &refs);
    let keys = terms::generated(&table, &strings.terms);
    std::fs::write(dir.join("terms.rs"), keys).unwrap_or_else(|e| panic!("terms.rs: {e}"));
    // The modules this script includes, so a change to the content types rebuilds it.
    for source in [
        "build/bake.rs",
        "build/terms.rs",
        "src/model/vocab.rs",
        "src/model/content.rs",
        "src/model/strings.rs",
        "src/model/validate/mod.rs",
        "src/model/validate/catalogue.rs",
        "src/model/validate/strings.rs",
    ] {
        println!("cargo:rerun-if-changed={source}");
    }
}

/// Checks every other language file in `content/` (`<tag>.toml`) against the model and the
/// reference language's terms, as the built-in one is checked, and writes each as JSON
/// (`OUT_DIR/lang/<tag>.json`, which the post-build step puts beside the app) and the list of
/// languages on offer (`OUT_DIR/languages.rs`: tag and own name, the built-in one first). A
/// file that lacks or adds a key, loses or invents a mark, or names another language stops the
/// build with every problem.
fn languages(
    out: &Path,
    model: &content::Model,
    reference: &strings::Strings,
    refs: &[(&str, &[&str])],
) {
    println!("cargo:rerun-if-changed=content");
    let mut found: Vec<String> = std::fs::read_dir("content")
        .unwrap_or_else(|e| panic!("content: {e}"))
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().into_string().ok()?;
            let tag = name.strip_suffix(".toml")?;
            (tag != "model" && format!("content/{name}") != STRINGS).then(|| tag.to_owned())
        })
        .collect();
    found.sort();
    let own_name = |s: &strings::Strings, path: &str| -> String {
        s.terms
            .get(LANGUAGE_NAME)
            .cloned()
            .unwrap_or_else(|| panic!("{path}: no {LANGUAGE_NAME}"))
    };
    let mut list = vec![(reference.language.clone(), own_name(reference, STRINGS))];
    let lang_dir = out.join("lang");
    std::fs::create_dir_all(&lang_dir).unwrap_or_else(|e| panic!("{}: {e}", lang_dir.display()));
    for tag in found {
        let path = format!("content/{tag}.toml");
        let strings: strings::Strings = parse(&path);
        if strings.language != tag {
            panic!(
                "{path}: says it is language {:?}; a language file is named after its tag",
                strings.language
            );
        }
        if let Err(problems) = validate::validate_with(model, &strings, refs) {
            let list: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
            panic!(
                "{path} is invalid ({} problems):\n{}",
                list.len(),
                list.join("\n")
            );
        }
        let json = serde_json::to_string(&strings).unwrap_or_else(|e| panic!("{path}: {e}"));
        std::fs::write(lang_dir.join(format!("{tag}.json")), json)
            .unwrap_or_else(|e| panic!("{tag}.json: {e}"));
        list.push((tag.clone(), own_name(&strings, &path)));
    }
    let files: Vec<String> = list
        .iter()
        .skip(1)
        .map(|(tag, _)| {
            let file = lang_dir.join(format!("{tag}.json"));
            format!("({tag:?}, include_str!({:?}))", file.display().to_string())
        })
        .collect();
    std::fs::write(
        out.join("language_files.rs"),
        format!("&[{}]\n", files.join(", ")),
    )
    .unwrap_or_else(|e| panic!("language_files.rs: {e}"));
    let entries: Vec<String> = list
        .iter()
        .map(|(tag, name)| format!("Language {{ tag: {tag:?}, name: {name:?} }}"))
        .collect();
    std::fs::write(
        out.join("languages.rs"),
        format!("&[{}]\n", entries.join(", ")),
    )
    .unwrap_or_else(|e| panic!("languages.rs: {e}"));
}

/// The term that names a language in its own words.
const LANGUAGE_NAME: &str = "language.name";

/// The built-in content's fingerprint as the app shows it (`XXXX-XXXX`): the same digest
/// as `Fingerprint::of_content` in `src/model/pack/mod.rs` (64-bit FNV-1a over the model's
/// JSON, a zero byte and the language's JSON, halves folded), which a test of the app checks
/// against this value.
fn fingerprint(model: &content::Model, strings: &strings::Strings) -> String {
    let mut bytes = serde_json::to_vec(model).unwrap_or_else(|e| panic!("model: {e}"));
    bytes.push(0);
    bytes.extend(serde_json::to_vec(strings).unwrap_or_else(|e| panic!("strings: {e}")));
    let full = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    let folded = ((full >> 32) ^ full) as u32;
    format!("{:04X}-{:04X}", folded >> 16, folded & 0xFFFF)
}
