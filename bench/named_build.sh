#!/usr/bin/env bash
# A copy of a release build whose wasm keeps its function names, for CPU profiles
# (bench/profile_click.mjs): wasm-bindgen run again on the compiler's output of the last
# release build (target/wasm32-unknown-unknown/release/netwhy.wasm), without wasm-opt, which
# drops the names. The copy's wasm is larger and a little slower than the release's; the page,
# its scripts and the rest are the release's own.
#
#   bench/named_build.sh [release build, default dist] [copy, default target/named-dist]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dist="${1:-dist}"
out="${2:-target/named-dist}"
compiled=target/wasm32-unknown-unknown/release/netwhy.wasm
for needed in "$dist/index.html" "$compiled"; do
  if [ ! -f "$needed" ]; then
    echo "named_build: $needed is missing: build the release first (scripts/build.sh)" >&2
    exit 1
  fi
done
shopt -s nullglob
wasm=("$dist"/netwhy-*_bg.wasm)
if [ "${#wasm[@]}" -ne 1 ]; then
  echo "named_build: expected one netwhy-*_bg.wasm in $dist, found ${#wasm[@]}" >&2
  exit 1
fi
# A build writes the compiler's output first and the site after it.
if [ "$compiled" -nt "$dist/index.html" ]; then
  echo "named_build: $compiled is newer than $dist: it may be another build's code" >&2
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$work" "$compiled"
rm -rf "$out"
cp -r "$dist" "$out"
cp "$work/netwhy_bg.wasm" "$out/$(basename "${wasm[0]}")"
echo "named_build: $out (serve it with: tools/.venv/bin/python bench/serve.py $out)"
