#!/usr/bin/env python3
"""Event coding on the PLOVER gold-standard records (sentence level).

Converts ``PLOVER_GSR_CAMEO.txt`` into JSON Lines (one document per record: ``{"text": ..., "url": id}``;
our JSONL reader uses ``url`` as the document's source), runs ``newsweave extract`` on it and scores
the output with the shared scorer's ``--plover`` mode.  Prints the scorer's result plus a per-category table.

These sentences measure generalisation: never tune the lexicon to them entry by entry.

    cd /work/main && .venv/bin/python benchmarks/plover_eval.py
    .venv/bin/python benchmarks/plover_eval.py --out /tmp/plover.jsonl --keep
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GSR = SHARED / "data" / "plover" / "PLOVER_GSR_CAMEO.txt"
SCORER = SHARED / "eval" / "score.py"


def load_plover(path: Path) -> list[dict]:
    """The gold file is a sequence of JSON-like objects with trailing commas (parser copied from score.py)."""
    raw = path.read_text(encoding="utf-8")
    raw = re.sub(r",\s*}", "}", raw)
    raw = re.sub(r",\s*]", "]", raw)
    raw = raw.strip().rstrip(",")
    if not raw.startswith("["):
        raw = "[" + raw + "]"
    return json.loads(raw)


def write_input(records: list[dict], path: Path, min_chars: int) -> int:
    """One JSONL line per record with text; returns how many are shorter than the pipeline's minimum."""
    short = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            text = rec.get("text")
            if not text:
                continue
            short += len(text.strip()) < min_chars
            fh.write(json.dumps({"text": text, "url": rec["id"]}, ensure_ascii=False) + "\n")
    return short


def roles_by_category(gsr: Path, pred_path: Path) -> dict[tuple[str, str], str]:
    """(category, "actor" | "recipient") -> "right/asked" for the records whose category was found, judged by the
    shared scorer's own functions (a record whose gold side has no state code is not asked)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("plover_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    with open(pred_path, encoding="utf-8") as fh:
        pred = score.Prediction([json.loads(line) for line in fh if line.strip()])
    tally: dict[tuple[str, str], list[int]] = {}
    for rec in score.load_plover(gsr):
        want = score.OLD_PLOVER.get(rec["event"], rec["event"])
        did = pred.doc_for_source(rec["id"]) if want in score.PLOVER else None
        events = pred.by_doc.get(did, {}).get("event", []) if did else []
        ev = next((e for e in events if e.get("event_type") == want), None)
        for side, field in (("source", "actor"), ("target", "recipient")):
            codes = [a["code"] for a in (rec.get(side) or []) if isinstance(a, dict)
                     and len(a.get("code", "")) == 3 and a["code"] != "IGO"]
            if ev is not None and codes:
                t = tally.setdefault((want, field), [0, 0])
                t[0] += score.gold_actor_ok(codes, ev.get(field, []), pred)
                t[1] += 1
    return {k: f"{ok}/{n}" for k, (ok, n) in tally.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gsr", type=Path, default=GSR)
    ap.add_argument("--out", type=Path, help="where to write the extracted records (default: a temp file)")
    ap.add_argument("--keep", action="store_true", help="keep the generated input and output files")
    ap.add_argument("--json", action="store_true", help="print the scorer's JSON only")
    ap.add_argument("--config", type=Path, help="a newsweave.toml to run with (e.g. other event_sources)")
    args = ap.parse_args()
    if not args.gsr.exists() or not SCORER.exists():
        print(f"needs {args.gsr} and {SCORER}", file=sys.stderr)
        return 2

    sys.path.insert(0, str(ROOT / "src"))
    from newsweave.config import load_options

    min_chars = load_options().min_text_chars
    tmp = Path(tempfile.mkdtemp(prefix="plover-eval-"))
    src = tmp / "plover_gsr.jsonl"
    out = args.out or tmp / "plover_pred.jsonl"
    records = load_plover(args.gsr)
    short = write_input(records, src, min_chars)
    if short:
        print(f"warning: {short} record(s) shorter than min_text_chars={min_chars} will be skipped", file=sys.stderr)
    # this checkout's code, whichever interpreter runs the benchmark
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}
    cmd = [sys.executable, "-c", "import sys; from newsweave.cli import main; sys.exit(main())",
           "extract", str(src), "-o", str(out), "-q", *(["--config", str(args.config)] if args.config else [])]
    subprocess.run(cmd, check=False, env=env)
    res = subprocess.run([sys.executable, str(SCORER), "--plover", str(args.gsr), "--pred", str(out), "--json"],
                         capture_output=True, text=True, check=True)
    result = json.loads(res.stdout)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        print(f"records {result['records']}  event-type recall {result['event_type_recall']:.3f}  "
              f"actor accuracy {result['actor_accuracy_when_typed']:.3f}  "
              f"recipient accuracy {result['recipient_accuracy_when_typed']:.3f}")
        roles = roles_by_category(args.gsr, out)
        print(f"{'category':10s} {'gold':>5s} {'found':>5s} {'recall':>7s} {'extra':>6s} {'prec':>6s} {'actor':>10s} {'recipient':>10s}")
        for cat, s in sorted(result["per_type"].items()):
            gold = s["tp"] + s["fn"]
            print(f"{cat:10s} {gold:5d} {s['tp']:5d} {s['recall']:7.3f} {s['fp']:6d} {s['precision']:6.3f} "
                  f"{roles.get((cat, 'actor'), ''):>10s} {roles.get((cat, 'recipient'), ''):>10s}")
    if not args.keep and args.out is None:
        src.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        tmp.rmdir()
    else:
        print(f"input {src}, output {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
