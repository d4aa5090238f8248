#!/usr/bin/env bash
# Trunk's post_build hook (see Trunk.toml): finishes the staged build in order. First the
# first screen is rendered into the page and its styles inlined (the rest waits for the first
# paint), then the scripts and stylesheets are minified, then the page's security policy and the
# service worker are made from the final files (they hash them, so they must come last).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
stage="${TRUNK_STAGING_DIR:?scripts/postbuild.sh is run by Trunk as a post_build hook}"
cargo run --quiet --offline --features prerender --bin prerender -- "$stage/index.html"
python3 scripts/first_styles.py "$stage"
python3 scripts/minify.py "$stage"
# exec: the service-worker step looks at its parent process to tell `trunk serve` builds apart.
exec python3 scripts/pwa_postbuild.py "$stage"
