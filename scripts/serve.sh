#!/usr/bin/env bash
# Sets up what is missing, builds the release and serves it on http://127.0.0.1:8080/.
#   NETWHY_PORT=9000 scripts/serve.sh    to use another port
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

"$ROOT/scripts/setup.sh" build
"$ROOT/scripts/build.sh"
exec python3 "$ROOT/scripts/static_server.py" --root "$ROOT/dist" --port "${NETWHY_PORT:-8080}"
