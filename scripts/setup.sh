#!/usr/bin/env bash
# Installs whatever is missing for building, serving and testing netwhy, at pinned versions.
# Idempotent: everything already present at the right version is skipped.
#
#   scripts/setup.sh build   what `scripts/serve.sh` needs (Rust target, Trunk, wasm-bindgen, wasm-opt)
#   scripts/setup.sh test    all of the above plus browsers, drivers and the test tools
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

MODE="${1:-test}"

TRUNK_VERSION="0.21.14"
GECKODRIVER_VERSION="0.37.1"
# The wasm-bindgen CLI must equal the library version that Cargo.lock resolved.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep "install ok installed" >/dev/null || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    say "Installing Debian packages: ${missing[*]} (a few minutes)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

# cargo_tool <binary> <wanted version> <crate> <expected duration> [cargo install flags...]
cargo_tool() {
  local bin="$1" version="$2" crate="$3" duration="$4"
  shift 4
  # grep reads the whole output (no -q): stopping early would kill a tool that prints more
  # lines (geckodriver) with SIGPIPE, and pipefail would then count it as missing.
  if command -v "$bin" >/dev/null 2>&1 && "$bin" --version 2>/dev/null | grep -F " $version" >/dev/null; then
    return 0
  fi
  say "Installing $crate $version with cargo (about $duration on 2 cores; output in $LOG_DIR/$crate.log)"
  mkdir -p "$LOG_DIR"
  if ! cargo install "$crate" --version "$version" --force "$@" >"$LOG_DIR/$crate.log" 2>&1; then
    tail -n 30 "$LOG_DIR/$crate.log" >&2
    say "Installing $crate failed; the full log is $LOG_DIR/$crate.log"
    exit 1
  fi
}

setup_build() {
  command -v cargo >/dev/null || { say "cargo is missing: install Rust with rustup first"; exit 1; }
  if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
    say "Adding the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
  command -v npm >/dev/null || apt_install nodejs npm
  # Trunk 0.21.14 only compiles with its own lock file.
  cargo_tool trunk "$TRUNK_VERSION" trunk "11 minutes" --locked
  # wasm-bindgen-cli's lock file names a crate the registry lacks, so it builds unlocked.
  cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli "8 minutes"
  if [ ! -x "$ROOT/tools/node_modules/.bin/wasm-opt" ] || ! (cd "$ROOT/tools" && npm ls --depth=0 >/dev/null 2>&1); then
    say "Installing npm tools (binaryen's wasm-opt, terser, csso, axe-core, the Nu Html Checker) into tools/node_modules"
    # --ignore-scripts: vnu-jar's install script would download a Java runtime from GitHub when
    # none is found; the tests run its jar with the Debian Java installed below.
    (cd "$ROOT/tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  fi
}

setup_test() {
  # Java runs the Nu Html Checker (tools/node_modules/vnu-jar) in the HTML validity test;
  # poppler-utils reads the printed results (pdftotext) in the print test; zbar-tools decodes
  # the facilitator's join code (zbarimg) in its tests.
  apt_install chromium chromium-driver firefox-esr webkit2gtk-driver xvfb openjdk-17-jre-headless poppler-utils zbar-tools
  cargo_tool geckodriver "$GECKODRIVER_VERSION" geckodriver "4 minutes" --locked
  if ! rustup component list --installed | grep '^clippy' >/dev/null; then rustup component add clippy; fi
  if ! rustup component list --installed | grep '^rustfmt' >/dev/null; then rustup component add rustfmt; fi
  local venv="$ROOT/tools/.venv" stamp="$ROOT/tools/.venv/.requirements"
  if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/tools/requirements.txt" "$stamp"; then
    say "Installing Python test tools into tools/.venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/tools/requirements.txt"
    cp "$ROOT/tools/requirements.txt" "$stamp"
  fi
}

case "$MODE" in
  build) setup_build ;;
  test) setup_build; setup_test ;;
  *) echo "usage: $0 [build|test]" >&2; exit 2 ;;
esac
say "Tools are ready ($MODE)."
