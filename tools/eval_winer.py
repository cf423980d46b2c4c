#!/usr/bin/env python3
"""Entity evaluation on WiNER-fr (1,192 Wikinews articles with Location,
Person and Organization spans on `raw_text`).

usage: tools/eval_winer.py [WINER.jsonl] [--bin target/release/depeche] [--limit N] [--errors TYPE]

Runs depeche once over the whole file (`--input-format jsonl --format jsonl`)
and prints exact-span and overlap precision/recall/F1 per type:
places -> Location; actors of kind person -> Person; organization -> Organization.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT = os.path.join(HERE, "..", "..", "shared", "corpus", "winer_fr_ner.jsonl")


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("winer", nargs="?", default=DEFAULT)
    ap.add_argument("--bin", default=os.path.join(HERE, "..", "target", "release", "depeche"))
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--errors", choices=["Location", "Person", "Organization"], help="print misses and false hits of one type")
    args = ap.parse_args()

    docs = [json.loads(l) for l in open(args.winer, encoding="utf-8") if l.strip()]
    if args.limit:
        docs = docs[: args.limit]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "text": d["raw_text"], "date": d.get("date")}, ensure_ascii=False) + "\n")
        tmp = f.name
    res = subprocess.run([args.bin, "--input-format", "jsonl", "--format", "jsonl", tmp], capture_output=True, text=True)
    os.unlink(tmp)
    outs = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    if len(outs) != len(docs):
        sys.exit(f"expected {len(docs)} output lines, got {len(outs)}: {res.stderr[:500]}")

    types = ["Location", "Person", "Organization"]
    exact = {t: [0, 0, 0] for t in types}
    over = {t: [0, 0, 0] for t in types}
    for d, o in zip(docs, outs):
        gold = {t: {(e["start"], e["end"]) for e in d["entities"] if e["type"] == t} for t in types}
        pred = {t: set() for t in types}
        for p in o.get("places", []):
            pred["Location"].add((p["start"], p["end"]))
        for a in o.get("actors", []):
            if a["kind"] == "person":
                pred["Person"].add((a["start"], a["end"]))
            elif a["kind"] == "organization":
                pred["Organization"].add((a["start"], a["end"]))
        for t in types:
            g, p = gold[t], pred[t]
            exact[t][0] += len(g & p)
            exact[t][1] += len(p - g)
            exact[t][2] += len(g - p)
            ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
            over[t][0] += sum(1 for x in p if any(ov(x, y) for y in g))
            over[t][1] += sum(1 for x in p if not any(ov(x, y) for y in g))
            over[t][2] += sum(1 for y in g if not any(ov(x, y) for x in p))
            if args.errors == t:
                text = d["raw_text"]
                for s, e in sorted(g - p):
                    print(f"MISS {d['id']}: {text[s:e]!r}")
                for s, e in sorted(p - g):
                    print(f"FALSE {d['id']}: {text[s:e]!r}")
    print(f"WiNER-fr, {len(docs)} articles")
    print(f"{'type':<13} {'exact P':>8} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}")
    for t in types:
        p, r, f = prf(*exact[t])
        op, orr, of = prf(*over[t])
        print(f"{t:<13} {p:>8.3f} {r:>6.3f} {f:>6.3f}   {op:>9.3f} {orr:>6.3f} {of:>6.3f}")


if __name__ == "__main__":
    main()
