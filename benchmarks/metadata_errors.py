"""Every wrong document field (title, author, published) of an extraction against a gold directory.

The fields and the matching are the contract scorer's (``tests/contract_scorer.py``); this lists each
miss with its predicted and gold value, grouped by field, with the per-field tallies::

    PYTHONPATH=src:tests python benchmarks/metadata_errors.py /tmp/dev.jsonl [--gold tests/corpus/real/dev]

With ``--build`` instead of an extraction, the gold directory's texts are only read and cleaned (pipeline stages
1-2, no parsing: seconds, not minutes), which is all the document fields need.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from contract_scorer import FIELDS_SCORED, Prediction, metadata_field_ok  # noqa: E402


def built(folder: Path) -> Prediction:
    """The document records of the folder's texts, cleaned as ``extract`` cleans them."""
    from newsweave.config import load_options
    from newsweave.pipeline import load_documents, load_knowledge
    options = load_options()
    load_knowledge(options)
    texts = sorted(str(p) for p in folder.iterdir() if p.suffix != ".json")
    return Prediction([{"type": "document", "id": d.id, "source": d.source, "title": d.title,
                        "author": d.author, "published": d.published}
                       for d in load_documents(texts, options) if hasattr(d, "text")])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pred", type=Path, nargs="?")
    ap.add_argument("--build", action="store_true", help="clean the gold directory's texts instead of reading pred")
    ap.add_argument("--gold", type=Path, default=Path("tests/corpus/real/dev"))
    args = ap.parse_args()
    pred = built(args.gold) if args.build else Prediction.from_jsonl(args.pred)
    total, wrong = Counter(), {f: [] for f in FIELDS_SCORED}
    for gf in sorted(args.gold.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        gd = gold.get("document", {})
        did = pred.doc_for_source(gold["source"])
        doc = pred.docs.get(did, {}) if did else {}
        for field in FIELDS_SCORED:
            if not gd.get(field):
                continue
            total[field] += 1
            if not metadata_field_ok(field, gd[field], doc.get(field)):
                wrong[field].append((gold["source"], doc.get(field), gd[field]))
    for field in FIELDS_SCORED:
        print(f"## {field}: {total[field] - len(wrong[field])}/{total[field]} right")
        for src, got, want in wrong[field]:
            print(f"  {src}\n    got  {got!r}\n    gold {want!r}")
    n = sum(total.values())
    print(f"metadata: {n - sum(map(len, wrong.values()))}/{n} fields right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
