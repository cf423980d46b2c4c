#!/usr/bin/env python3
"""Compare the one-file wall time of depeche binaries, run alternately.

usage: python3 scripts/onefile_compare.py BIN_A,BIN_B FILE[,FILE...] [RUNS]

Each round runs every binary once on the file (`BIN -q FILE`, output
discarded), so that the machine's noise falls on all of them alike; prints
the median and the minimum wall time of each binary per file (30 rounds by
default). The one-file measure of scripts/bench.sh, side by side.
"""
import statistics
import subprocess
import sys
import time

bins = sys.argv[1].split(",")
files = sys.argv[2].split(",")
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 30
for f in files:
    runs = {b: [] for b in bins}
    for _ in range(rounds):
        for b in bins:
            t = time.perf_counter()
            subprocess.run([b, "-q", f], stdout=subprocess.DEVNULL, check=True)
            runs[b].append(time.perf_counter() - t)
    print(f)
    for b, r in runs.items():
        print(f"  {b}: median {1000 * statistics.median(r):.1f} ms, min {1000 * min(r):.1f} ms")
