#!/usr/bin/env bash
# Two binaries side by side: run them alternately N times (default 7) on the
# same arguments and print the median and minimum wall time of each, so that
# a busy or slow machine weighs on both alike.
#
#   scripts/ab.sh OLD_BIN NEW_BIN ARGS...
#   N=21 scripts/ab.sh /tmp/old/depeche target/release/depeche -q fixtures/seed_kazakhstan.txt
#
# An old binary: git worktree add /tmp/old <commit> && (cd /tmp/old && cargo build --release).
set -euo pipefail
old=$1 new=$2
shift 2
n=${N:-7}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq 1 "$n"); do
  for b in old new; do
    bin=$old
    [[ $b == new ]] && bin=$new
    /usr/bin/time -f "%e" -a -o "$tmp/$b" "$bin" "$@" > /dev/null
  done
done
for b in old new; do
  sort -n "$tmp/$b" | awk -v b="$b" '{w[NR] = $1} END {printf "%s: median %.2f s, min %.2f s over %d runs\n", b, w[int((NR + 1) / 2)], w[1], NR}'
done
