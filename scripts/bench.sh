#!/usr/bin/env bash
# Whole-process throughput (MB/s) and peak memory of depeche, as a user runs it.
#
#   scripts/bench.sh [CORPUS.jsonl] [SIZE_MB]
#
# CORPUS defaults to ../shared/corpus/general.jsonl when present (the project's
# general news corpus), else fixtures/wikinews/sample.jsonl (bundled, CC BY 2.5).
# Its texts are written as one .txt file per document, repeated until the
# folder holds about SIZE_MB megabytes (default 100), in a temporary folder.
# Measures, each with /usr/bin/time -v (wall time, maximum resident set size):
#   - the folder with --jobs 1 and --jobs 2 (MB/s, peak memory, speed-up);
#   - a 2 MB folder (peak memory must not depend on the folder's size);
#   - the same texts as one JSONL stream on stdin (--input-format jsonl);
#   - a one-file run (mean wall time of 20 runs: start-up included).
# Set BIG=1 to add a 200 MB folder.
set -euo pipefail
cd "$(dirname "$0")/.."
here=$(pwd)
corpus=${1:-}
if [[ -z "$corpus" ]]; then
  for c in ../shared/corpus/general.jsonl /work/shared/corpus/general.jsonl fixtures/wikinews/sample.jsonl; do
    if [[ -f "$c" ]]; then corpus=$c; break; fi
  done
fi
size_mb=${2:-100}
cargo build --release --quiet
bin=$here/target/release/depeche
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# make_folder DIR MB: the corpus texts as .txt files, repeated to about MB megabytes.
make_folder() {
  python3 - "$corpus" "$1" "$2" <<'PY'
import json, os, sys
corpus, out, mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
texts = [json.loads(l)["text"] for l in open(corpus, encoding="utf-8") if l.strip()]
os.makedirs(out, exist_ok=True)
total, i, rep = 0, 0, 0
while total < mb * 1e6:
    sub = os.path.join(out, f"r{rep:03d}")
    os.makedirs(sub, exist_ok=True)
    for j, t in enumerate(texts):
        b = t.encode("utf-8")
        with open(os.path.join(sub, f"d{j:05d}.txt"), "wb") as f:
            f.write(b)
        total += len(b); i += 1
        if total >= mb * 1e6:
            break
    rep += 1
print(f"{i} files, {total/1e6:.1f} MB", file=sys.stderr)
PY
}

# measure LABEL BYTES CMD...: one run, prints MB/s, wall time and peak RSS.
measure() {
  local label=$1 bytes=$2; shift 2
  /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err" || true
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
  python3 - "$label" "$bytes" "$wall" "$rss" <<'PY'
import sys
label, b, wall, rss = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
parts = [float(x) for x in wall.split(":")]
secs = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
print(f"{label:<34} {b/1e6:8.1f} MB {secs:8.2f} s {b/1e6/secs:8.2f} MB/s  peak {rss/1024:7.1f} MB")
PY
  tail -1 "$tmp/err" | sed 's/^/    /'
}

folder_bytes() { find "$1" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}'; }

echo "corpus: $corpus; machine: $(nproc) cores; $("$bin" --version)"
make_folder "$tmp/big" "$size_mb"
make_folder "$tmp/small" 2
big=$(folder_bytes "$tmp/big"); small=$(folder_bytes "$tmp/small")
# Warm the page cache so that both runs read from memory.
find "$tmp/big" -name "*.txt" -exec cat {} + > /dev/null

measure "folder ${size_mb} MB, --jobs 1" "$big" "$bin" -j 1 --format jsonl "$tmp/big"
measure "folder ${size_mb} MB, --jobs 2" "$big" "$bin" -j 2 --format jsonl "$tmp/big"
measure "folder 2 MB, --jobs 2" "$small" "$bin" -j 2 --format jsonl "$tmp/small"
if [[ "${BIG:-0}" == 1 ]]; then
  make_folder "$tmp/huge" 200
  huge=$(folder_bytes "$tmp/huge")
  measure "folder 200 MB, --jobs 2" "$huge" "$bin" -j 2 --format jsonl "$tmp/huge"
  rm -rf "$tmp/huge"
fi

# The same texts as a JSONL stream on stdin (the RDD.pipe / Hadoop Streaming path).
python3 - "$tmp/big" "$tmp/stream.jsonl" <<'PY'
import json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "w", encoding="utf-8") as f:
    for d, _, files in sorted(os.walk(root)):
        for n in sorted(files):
            t = open(os.path.join(d, n), encoding="utf-8").read()
            f.write(json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n")
PY
measure "jsonl stream, --jobs 1" "$big" sh -c "'$bin' -j 1 --input-format jsonl --format jsonl < '$tmp/stream.jsonl'"
measure "jsonl stream, --jobs 2" "$big" sh -c "'$bin' -j 2 --input-format jsonl --format jsonl < '$tmp/stream.jsonl'"

# One file, start to finish (mean of 20 runs).
one=$(find "$tmp/small" -name '*.txt' | sort | sed -n 1p)
python3 - "$bin" "$one" <<'PY'
import subprocess, sys, time
binp, one = sys.argv[1], sys.argv[2]
runs = []
for _ in range(20):
    t = time.perf_counter()
    subprocess.run([binp, "-q", one], stdout=subprocess.DEVNULL, check=True)
    runs.append(time.perf_counter() - t)
runs.sort()
print(f"one file ({one.rsplit('/',1)[-1]}): mean {1000*sum(runs)/len(runs):.1f} ms, "
      f"median {1000*runs[len(runs)//2]:.1f} ms, min {1000*runs[0]:.1f} ms over 20 runs")
PY
