#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test of netwhy:
# formatting, lints (host and wasm), native model tests, browser unit tests in headless
# Chromium, the release build with its size report, and end-to-end tests in Chromium,
# Firefox and WebKit against the release build served on 127.0.0.1.
#
#   scripts/test.sh                 everything
#   scripts/test.sh -k firefox      pass arguments on to the end-to-end tests (pytest)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

"$ROOT/scripts/setup.sh" test
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

step() { printf '\n\033[1;32m==>\033[0m %s\n' "$*"; }

step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "The model stays pure: no browser crates under src/model"
if grep -rnE '\b(yew|web_sys|js_sys|gloo[a-z_]*|wasm_bindgen)::' src/model; then
  echo "src/model must not use browser crates (see the lines above)" >&2
  exit 1
fi

step "Lints for the host (cargo clippy -D warnings)"
cargo clippy --all-targets --all-features --quiet -- -D warnings

step "Lints for wasm32 (cargo clippy -D warnings)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser_storage --test browser_crash --quiet -- -D warnings

step "The code's own documentation builds without a warning (cargo doc)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --document-private-items --quiet

step "Native tests of the model (cargo test)"
cargo test --quiet

step "Browser unit tests in headless Chromium (wasm-bindgen-test)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser_storage --test browser_crash

step "Release build (trunk build --release)"
"$ROOT/scripts/build.sh"

step "Release size (fails past the budgets)"
"$ROOT/tools/.venv/bin/python" "$ROOT/scripts/size_report.py" "$ROOT/dist" --check

step "End-to-end tests in Chromium, Firefox and WebKit"
"$ROOT/tools/.venv/bin/python" -m pytest "$ROOT/e2e" "$@"

step "All checks passed."
