#!/usr/bin/env python3
"""Every headline quality figure in one run: the table of docs/evaluation.md.

Runs ``newsweave extract`` (this checkout's code) on each evaluation corpus and scores it with the
contract's matching rules (tests/contract_scorer.py): the seeds (../shared), our own written corpora
(holdout, blind), the real-article corpus (dev and blind), then the PLOVER gold-standard records
(benchmarks/plover_eval.py) and the article-extraction benchmark (../shared/eval/score.py
--boilerplate). Prints Markdown with the date and commit.

    .venv/bin/python benchmarks/evaluation.py > /tmp/evaluation.md
    .venv/bin/python benchmarks/evaluation.py --only real-dev real-blind
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT / "tests"))
from contract_scorer import ROWS, Prediction, run_gold  # noqa: E402

CORPORA = {
    "seeds": (SHARED / "corpus" / "seeds", SHARED / "eval" / "gold"),
    "holdout (own)": (ROOT / "tests" / "corpus" / "holdout",) * 2,
    "blind (own)": (ROOT / "tests" / "corpus" / "blind",) * 2,
    "real-dev": (ROOT / "tests" / "corpus" / "real" / "dev",) * 2,
    "real-blind": (ROOT / "tests" / "corpus" / "real" / "blind",) * 2,
}
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
CLI = [sys.executable, "-c", "import sys; from newsweave.cli import main; sys.exit(main())"]


def extract(inputs: Path, out: Path) -> None:
    subprocess.run([*CLI, "extract", str(inputs), "-o", str(out), "-q"], env=ENV, check=True,
                   stdout=subprocess.DEVNULL)


def cell(s: dict | None) -> str:
    return "—" if not s else f"{s['f1']:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", help="corpus names to run (default: all, plus plover and benchmark)")
    args = ap.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    tmp = Path(tempfile.mkdtemp(prefix="evaluation-"))
    print(f"Measured {when} at commit {commit} (`benchmarks/evaluation.py`). F1 per row; events also P/R.\n")
    print("| corpus | texts | " + " | ".join(ROWS) + " | events P / R |")
    print("|---|---|" + "---|" * (len(ROWS) + 1))
    for name, (inputs, gold) in CORPORA.items():
        if args.only and name not in args.only:
            continue
        if not inputs.is_dir():
            print(f"| {name} | (not in this checkout) |" + " |" * (len(ROWS) + 1))
            continue
        out = tmp / f"{name.split()[0]}.jsonl"
        extract(inputs, out)
        scores = run_gold(gold, Prediction.from_jsonl(out))["scores"]
        ev = scores.get("events")
        n = len(list(gold.glob("*.json")))
        print(f"| {name} | {n} | " + " | ".join(cell(scores.get(r)) for r in ROWS)
              + (f" | {ev['precision']:.3f} / {ev['recall']:.3f} |" if ev else " | — |"))
    if not args.only or "plover" in args.only:
        res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "plover_eval.py"), "--json"],
                             capture_output=True, text=True, env=ENV)
        if res.returncode == 0:
            p = json.loads(res.stdout[res.stdout.index("{"):])
            print(f"\nPLOVER gold-standard records ({p['records']}): event-type recall "
                  f"**{p['event_type_recall']:.3f}**, actor accuracy **{p['actor_accuracy_when_typed']:.3f}**, "
                  f"recipient accuracy **{p['recipient_accuracy_when_typed']:.3f}**.\n")
            print("| category | recall | precision |\n|---|---|---|")
            for cat, s in p["per_type"].items():
                print(f"| {cat} | {s['recall']:.3f} | {s['precision']:.3f} |")
    if not args.only or "benchmark" in args.only:
        bench = SHARED / "data" / "article-extraction-benchmark"
        if bench.is_dir():
            out = tmp / "bench.jsonl"
            extract(bench / "html", out)
            res = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--boilerplate", str(bench),
                                  "--pred", str(out)], capture_output=True, text=True, check=True)
            b = json.loads(res.stdout)
            print(f"\nArticle-extraction benchmark ({b['pages']} pages): P {b['precision']:.3f}, "
                  f"R {b['recall']:.3f}, **F1 {b['f1']:.3f}**.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
