#!/usr/bin/env python3
"""Accuracy evaluation of analyze against the hand-annotated gold files in ../shared/eval.

Runs the packaged tool (target/analyze) on every gold article, exactly as a user would
(`analyze entities|quotes|claims --format json FILE...`), writes the scorer's system.jsonl and
runs ../shared/eval/score.py on it. Also scores the lead-k baseline for claims (the first k
sentences of the body, no speaker) so the ranking can be compared with it.

Usage (from the repo root, after `mvn package`):
    python3 src/eval/evaluate.py [--verbose] [--gold DIR] [--corpus DIR]
"""
import argparse
import json
import os
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
OUT = os.path.join(ROOT, "target", "eval")


def run_json(command, files, extra=()):
    proc = subprocess.run([os.path.join(ROOT, "target", "analyze"), command, "--format", "json", *extra, *files],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit("analyze %s failed (exit %d): %s" % (command, proc.returncode, proc.stderr.strip()))
    data = json.loads(proc.stdout)
    return data if isinstance(data, list) else [data]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=os.path.join(SHARED, "eval", "gold"))
    ap.add_argument("--corpus", default=os.path.join(SHARED, "corpus", "wikinews"))
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--k", type=int, default=8)
    args = ap.parse_args()
    if not os.path.isdir(args.gold):
        sys.exit("no gold directory at %s" % args.gold)
    os.makedirs(OUT, exist_ok=True)

    files, docs = [], []
    for name in sorted(os.listdir(args.gold)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(args.gold, name)) as f:
            doc = json.load(f)["doc"]
        path = os.path.join(ROOT, "samples", doc) if doc == "kerry.txt" else os.path.join(args.corpus, doc)
        if not os.path.exists(path):
            path = os.path.join(SHARED, "corpus", doc)
        files.append(path)
        docs.append(doc)
    stems = [os.path.splitext(d)[0] for d in docs]

    by_doc = {stem: {"doc": doc} for stem, doc in zip(stems, docs)}
    for rec in run_json("entities", files):
        by_doc[rec["document"]]["entities"] = [
            {"name": e["name"], "type": e["type"], "count": e["count"], "aliases": e["aliases"]}
            for e in rec["entities"]]
    for rec in run_json("quotes", files):
        by_doc[rec["document"]]["quotes"] = [{"text": q["text"], "speaker": q["speaker"]} for q in rec["quotes"]]
    for rec in run_json("claims", files, ["--top", str(args.k)]):
        by_doc[rec["document"]]["claims"] = [{"text": c["text"], "speaker": c["speaker"]} for c in rec["claims"]]
    system = os.path.join(OUT, "system.jsonl")
    with open(system, "w") as f:
        for stem in stems:
            f.write(json.dumps(by_doc[stem]) + "\n")

    # lead-k baseline: the first k body sentences, no speaker
    baseline = os.path.join(OUT, "lead%d.jsonl" % args.k)
    with open(baseline, "w") as f:
        for rec in run_json("show", files):
            body = [s["text"] for s in rec["sentences"] if not s["title"]][:args.k]
            stem = rec["document"]
            f.write(json.dumps({"doc": by_doc[stem]["doc"], "claims": [{"text": t, "speaker": None} for t in body]}) + "\n")

    score = os.path.join(SHARED, "eval", "score.py")
    extra = ["--verbose"] if args.verbose else []
    print("== analyze (%s)" % system)
    sys.stdout.flush()
    subprocess.run([sys.executable, score, args.gold, system, "--k", str(args.k), *extra], check=True)
    print("\n== lead-%d baseline for claims (%s)" % (args.k, baseline))
    sys.stdout.flush()
    subprocess.run([sys.executable, score, args.gold, baseline, "--k", str(args.k)], check=True)


if __name__ == "__main__":
    main()
