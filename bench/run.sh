#!/usr/bin/env bash
# netwhy's benchmark (not a test): the release build against a one-file floor page (the first
# screen and its styles in one HTML file), a static copy of the first screen and a SurveyJS page
# of the same questionnaire, with Lighthouse, transfer sizes, the time from a cold start to the
# first question on a slow network, and interaction latency.
#
#   bench/run.sh                     set up, build the release, measure, print the report
#   BENCH_RUNS=1 bench/run.sh        fewer Lighthouse repetitions (default 5; 0 leaves Lighthouse out)
#   BENCH_START_RUNS=1 bench/run.sh  fewer start-to-first-question repetitions (default 3; 0: none)
#   BENCH_DIST=/some/dist bench/run.sh   measure an existing build instead of building
#
# Writes bench/results/latest.json, the Lighthouse reports and screenshots beside it.
# Lighthouse figures move with other load on the machine: take final figures on a quiet one.
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"

say() { printf '\033[1;34m[bench]\033[0m %s\n' "$*" >&2; }

"$ROOT/scripts/setup.sh" build >&2
# shellcheck source=scripts/env.sh
source "$ROOT/scripts/env.sh"

if ! command -v chromium >/dev/null 2>&1; then
  say "Installing Chromium from Debian"
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
  else sudo apt-get update -qq && sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; fi
fi

# The Python tools (Brotli for the server and the size report), as scripts/setup.sh test installs them.
venv="$ROOT/tools/.venv" stamp="$ROOT/tools/.venv/.requirements"
if [ ! -f "$stamp" ] || ! cmp -s "$ROOT/tools/requirements.txt" "$stamp"; then
  say "Installing Python tools into tools/.venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$ROOT/tools/requirements.txt"
  cp "$ROOT/tools/requirements.txt" "$stamp"
fi

if ! (cd "$BENCH" && npm ls --depth=0 >/dev/null 2>&1); then
  say "Installing the benchmark's npm packages into bench/node_modules (Lighthouse, SurveyJS, playwright-core)"
  (cd "$BENCH" && npm ci --no-audit --no-fund --loglevel=error)
fi

dist="${BENCH_DIST:-}"
if [ -z "$dist" ]; then
  say "Building the release (scripts/build.sh)"
  "$ROOT/scripts/build.sh" >&2
  dist="$ROOT/dist"
fi

exec node "$BENCH/bench.mjs" "$dist"
