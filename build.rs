//! Build script: reads the content files, checks them with the model's own
//! validation, and writes them into `OUT_DIR` as one Rust expression that builds the
//! content (see `build/bake.rs`), so the app neither carries a parser for them nor spends
//! time parsing when it starts. Broken content fails the build with the id and the
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
#[path = "src/model/validate.rs"]
mod validate;

#[path = "src/model/validate_catalogue.rs"]
mod validate_catalogue;

#[path = "src/model/validate_strings.rs"]
mod validate_strings;

#[path = "build/bake.rs"]
mod bake;

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
    if let Err(problems) = validate::validate(&model, &strings) {
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
    // The modules this script includes, so a change to the content types rebuilds it.
    for source in [
        "build/bake.rs",
        "src/model/vocab.rs",
        "src/model/content.rs",
        "src/model/strings.rs",
        "src/model/validate.rs",
        "src/model/validate_catalogue.rs",
        "src/model/validate_strings.rs",
    ] {
        println!("cargo:rerun-if-changed={source}");
    }
}
