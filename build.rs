//! Build script: reads the content files, checks them with the model's own
//! validation, and writes them into `OUT_DIR` as one Rust expression that builds the
//! content (see `build/bake.rs`), so the app neither carries a parser for them nor spends
//! time parsing when it starts, and as typed keys of the terms (see `build/terms.rs`), so
//! a misspelled key does not compile. Broken content fails the build with the id and the
//! problem.

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
        "// Built by build.rs from {MODEL} and {STRINGS}.\nContent {{\nmodel: {},\nstrings: {},\n}}\n",
        bake::baked(&model),
        bake::baked(&strings)
    );
    std::fs::write(dir.join("content.rs"), code).unwrap_or_else(|e| panic!("content.rs: {e}"));
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
