# Shared environment for the netwhy scripts: where the pinned tools live.
# shellcheck shell=bash
export PATH="$ROOT/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}"
LOG_DIR="${NETWHY_LOG_DIR:-$ROOT/target/setup-logs}"
