#!/usr/bin/env bash
# `npm start`: installs what is missing, builds the wasm module, serves the page with the sample
# article loaded and prints its URL. PORT and HOST may be set in the environment.
set -euo pipefail
root_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root_dir"
bash scripts/bootstrap.sh --no-browser
bash scripts/build.sh wasm
port=${PORT:-5173}
host=${HOST:-127.0.0.1}
printf '\nArticle Lens: open http://%s:%s/ (the sample article is loaded)\n\n' "$host" "$port"
exec npx vite --host "$host" --port "$port"
