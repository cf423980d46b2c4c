#!/usr/bin/env python3
"""Run depeche over a JSONL corpus with Spark, as a streaming mapper (RDD.pipe).

Each input line is a document {"id": ..., "text": ..., "date": "YYYY-MM-DD"?}.
Every Spark partition is piped through one `depeche --input-format jsonl`
process, which writes exactly one JSON line per input line, in order (an
error record {"source", "error"} for a malformed line). The script writes:

  OUT/documents/   the document objects, one JSON line each (Spark text files)
  OUT/events.jsonl  one flat row per event (source, id, type, date, place,
                    country, killed, injured, modality, trigger), sorted
  OUT/errors.jsonl  the error records, if any

and prints a summary. Usage (Spark local mode, no cluster needed):

  python3 examples/spark/depeche_spark.py CORPUS.jsonl OUT \
      [--bin target/release/depeche] [--partitions 4] [--master local[2]]

On a cluster, ship the binary with `spark-submit --files target/release/depeche`
and pass `--bin ./depeche` (each executor runs it from its working folder).
"""

import argparse
import json
import os
import shlex
import sys


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", help="JSONL input: one {id, text, date?} per line")
    ap.add_argument("out", help="output folder (must not exist)")
    ap.add_argument("--bin", default="target/release/depeche", help="the depeche binary")
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--ref-date", help="reference date for lines without a date")
    args = ap.parse_args()

    from pyspark.sql import SparkSession  # imported here so --help works without Spark

    binary = os.path.abspath(args.bin) if os.path.exists(args.bin) else args.bin
    cmd = [binary, "--input-format", "jsonl", "--format", "jsonl", "--quiet", "--jobs", "1"]
    if args.ref_date:
        cmd += ["--ref-date", args.ref_date]

    spark = (
        SparkSession.builder.master(args.master)
        .appName("depeche")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    try:
        lines = sc.textFile(args.corpus, minPartitions=args.partitions)
        # The mapper: one depeche process per partition, fed on stdin.
        # (depeche exits 1 when a line is malformed; its error records are
        # the output for those lines, so the exit status is not checked.)
        piped = lines.pipe(" ".join(shlex.quote(c) for c in cmd), checkCode=False)
        docs = piped.map(json.loads).cache()

        n_in, n_out = lines.count(), docs.count()
        if n_in != n_out:
            print(f"depeche_spark: {n_in} input lines but {n_out} output lines", file=sys.stderr)
            return 1

        ok = docs.filter(lambda d: "error" not in d)
        errors = docs.filter(lambda d: "error" in d)
        ok.map(lambda d: json.dumps(d, ensure_ascii=False)).saveAsTextFile(
            os.path.join(args.out, "documents")
        )
        rows = ok.flatMap(event_rows).collect()
        rows.sort(key=lambda r: (r["source"], int(r["id"][1:]) if r["id"][1:].isdigit() else 0))
        with open(os.path.join(args.out, "events.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        errs = errors.collect()
        if errs:
            with open(os.path.join(args.out, "errors.jsonl"), "w", encoding="utf-8") as f:
                for e in errs:
                    f.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(
            f"depeche_spark: {n_in} lines, {n_in - len(errs)} documents, "
            f"{len(rows)} events, {len(errs)} errors -> {args.out}"
        )
    finally:
        spark.stop()
    return 0


def event_rows(doc):
    """Flatten a document's events into rows."""
    for e in doc.get("events", []):
        toll = {}
        for c in e.get("casualties", []):
            if c.get("count") is not None:
                toll[c["category"]] = toll.get(c["category"], 0) + c["count"]
        date = e.get("date") or {}
        place = e.get("place") or {}
        yield {
            "source": doc["source"],
            "id": e["id"],
            "type": e["type"],
            "date": date.get("value"),
            "place": place.get("name"),
            "country": place.get("country"),
            "killed": toll.get("killed"),
            "injured": toll.get("injured"),
            "modality": e.get("modality"),
            "trigger": e["trigger"]["text"],
        }


if __name__ == "__main__":
    sys.exit(main())
