#!/usr/bin/env bash
# Peers side by side on the same texts: chrono-node's French date parser
# (dates only, in-process, JIT warm-up included) and depeche (every
# extractor and events, whole process), one thread each.
#
#   scripts/peers.sh [CORPUS.jsonl]
#
# CORPUS: JSONL lines with a "text" field (default ../shared/corpus/general.jsonl).
# chrono-node is installed from the npm registry into a cache folder
# (DEPECHE_PEERS, default ~/.cache/depeche-peers) on first use; nothing of it
# is committed. Needs node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/general.jsonl}
peers=${DEPECHE_PEERS:-$HOME/.cache/depeche-peers}
mkdir -p "$peers"
if [[ ! -d "$peers/node_modules/chrono-node" ]]; then
  (cd "$peers" && npm init -y > /dev/null && npm install --silent chrono-node@2 > /dev/null)
fi
cat > "$peers/chrono_bench.js" <<'JS'
// Throughput of chrono-node's French parser over a JSONL corpus ({text} per line).
const chrono = require('chrono-node');
const fs = require('fs');
const texts = fs.readFileSync(process.argv[2], 'utf8').split('\n')
  .filter(l => l.trim()).map(l => JSON.parse(l).text);
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
const ref = new Date(2017, 0, 1);
let n = 0;
const t0 = process.hrtime.bigint();
for (const t of texts) n += chrono.fr.parse(t, ref).length;
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const version = JSON.parse(fs.readFileSync(require.resolve('chrono-node').replace(/dist.*$/, 'package.json'), 'utf8')).version;
console.log(`chrono-node ${version} (French, dates only): ` +
  `${(bytes / 1e6).toFixed(2)} MB in ${s.toFixed(3)} s = ${(bytes / 1e6 / s).toFixed(2)} MB/s, ${n} dates`);
JS
cargo build --release --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The corpus as {id, text} lines for depeche's JSONL input.
python3 - "$corpus" "$tmp/in.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, line in enumerate(open(sys.argv[1], encoding="utf-8")):
        if line.strip():
            d = json.loads(line)
            out.write(json.dumps({"id": d.get("id", str(i)), "text": d["text"], "date": d.get("date")}) + "\n")
PY
for run in 1 2 3; do
  NODE_PATH="$peers/node_modules" node "$peers/chrono_bench.js" "$tmp/in.jsonl"
  bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$tmp/in.jsonl")
  /usr/bin/time -f "%e" -o "$tmp/t" target/release/depeche -q -j 1 --input-format jsonl --format jsonl "$tmp/in.jsonl" > /dev/null
  python3 -c "import sys; b=int(sys.argv[1]); s=float(open(sys.argv[2]).read()); print(f'depeche (everything, whole process, -j 1): {b/1e6:.2f} MB in {s:.2f} s = {b/1e6/s:.2f} MB/s')" "$bytes" "$tmp/t"
done
