#!/usr/bin/env bash
# Builds the release into dist/ with the pinned tools (run scripts/setup.sh build first).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"
cd "$ROOT"

# `--offline` keeps Trunk from downloading tools; fetch crates first since it makes cargo offline too.
cargo fetch --quiet
trunk build --release --offline --dist "${NETWHY_DIST:-dist}" "$@"
