#!/usr/bin/env bash
# Run time on pathological text at 1 MB and 10 MB (CPU seconds of one
# `depeche -j 1` process each); linear means a ratio near 10.
# The criterion version is `cargo bench --bench pathological` (slower: it
# repeats each run at least ten times).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=$(pwd)/target/release/depeche
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import sys
out = sys.argv[1]
cases = {
    "numbers": "1 ", "number_words": "vingt-trois mille quatre cents ",
    "capitalised": "Jean Pierre Le Grand De La Fontaine Saint ", "abbreviations": "M. ",
    "quotes": "« ", "dates": "le 6 janvier 2021, ", "casualties": "au moins 3 morts et 12 blessés, ",
    "one_line_prose": "la situation reste calme dans la région selon les habitants ",
    "tiny_paragraphs": "Un.\n", "sentences": "Un homme est mort. Deux autres ont été blessés. ",
    "places": "à Paris, Lyon, Moscou et Alep ", "actors": "le président Emmanuel Macron et le ministre ",
}
for mb in (1, 10):
    size = mb * 1_000_000
    for name, unit in cases.items():
        with open(f"{out}/{name}-{mb}.txt", "w", encoding="utf-8") as f:
            f.write(unit * (size // len(unit.encode()) + 1))
    half = size // 2
    with open(f"{out}/parentheses-{mb}.txt", "w") as f:
        f.write("(" * half + "Paris" + ")" * half)
PY
printf '%-16s %10s %10s %7s\n' case "1 MB (s)" "10 MB (s)" ratio
for f in "$tmp"/*-1.txt; do
  name=$(basename "$f" -1.txt)
  t1=$( { /usr/bin/time -f %U "$bin" -q -j 1 --format jsonl "$f" > /dev/null; } 2>&1 )
  t10=$( { /usr/bin/time -f %U "$bin" -q -j 1 --format jsonl "$tmp/$name-10.txt" > /dev/null; } 2>&1 )
  python3 -c "import sys; a,b=float(sys.argv[2]),float(sys.argv[3]); print(f'{sys.argv[1]:<16} {a:10.2f} {b:10.2f} {b/max(a,0.01):7.1f}')" "$name" "$t1" "$t10"
done
