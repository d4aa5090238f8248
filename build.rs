//! Build script: reads the content files, checks them with the model's own
//! validation, and writes them as compact JSON into `OUT_DIR`, so the app embeds the
//! content without carrying a TOML parser. Broken content fails the build with the
//! id and the problem.

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

const MODEL: &str = "content/model.toml";
const STRINGS: &str = "content/en.toml";

fn parse<T: serde::de::DeserializeOwned>(path: &str) -> T {
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write<T: serde::Serialize>(dir: &Path, name: &str, value: &T) {
    let json = serde_json::to_string(value).unwrap_or_else(|e| panic!("{name}: {e}"));
    std::fs::write(dir.join(name), json).unwrap_or_else(|e| panic!("{name}: {e}"));
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
    write(dir, "model.json", &model);
    write(dir, "en.json", &strings);
}
