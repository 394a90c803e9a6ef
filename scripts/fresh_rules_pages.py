"""Dump, for each dev drawing round, the pages as the cleaning rules saw them when the round was drawn (before
any rule was tuned on it): the units, which the rules dropped, and each unit as rendered. The rules of that
commit are exported with ``git archive`` into a scratch directory and run in a subprocess.

    python scripts/fresh_rules_pages.py /tmp/fresh   # writes /tmp/fresh/<round>.json

``scripts/train_line_classifier.py --fresh /tmp/fresh`` then scores, on those first-sight pages, the rules
alone against the rules with the line classifier (trained without the round): the fair comparison, since
the rules of today were written looking at every dev text.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "corpus" / "real" / "dev"

# run inside the old tree: capture the page after the last cleaning step of that commit
SHIM = r'''
import json, sys
from newsweave.documents.textclean import clean as c
from newsweave.sources.files import read_path
try:
    from newsweave.documents.textclean.body import strip_labels
except ImportError:
    strip_labels = lambda u: u.text
try:
    from newsweave.documents.textclean.spacing import respace_glued_sentences
except ImportError:
    respace_glued_sentences = lambda t: t
seen = []
c.CLEANING_STEPS = tuple(c.CLEANING_STEPS) + (seen.append,)
out = []
for path in sys.argv[1:]:
    seen.clear()
    text = c.clean_text(read_path(path)[0].text or "").text
    page = seen[0] if seen else None
    units = page.units if page else []
    out.append({"path": path, "text": text, "units": [u.text for u in units], "drop": list(page.drop) if page else [],
                "rendered": [respace_glued_sentences(strip_labels(u)) for u in units],
                "n_words": [u.n_words for u in units], "ends_sentence": [bool(u.ends_sentence) for u in units]})
print(json.dumps(out))
'''


def draw_commit(rnd: str) -> str:
    found = subprocess.run(["git", "log", "--diff-filter=A", "--format=%h", "--", f"tests/corpus/real/dev/{rnd}_*.txt",
                            f"tests/corpus/real/blind/{rnd}_*.txt"], capture_output=True, text=True, cwd=ROOT).stdout.split()
    return found[-1]


def main() -> None:
    out_dir = Path(sys.argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    rounds = sorted({p.name.split("_", 1)[0] for p in DEV.glob("*.txt")})
    dev_draws = [r for r in rounds if r[-1] in "cd"]  # drawn as dev (not rotated from blind)
    for rnd in dev_draws:
        commit = draw_commit(rnd)
        tree = out_dir / f"src_{commit}"
        if not tree.exists():
            tree.mkdir()
            archive = subprocess.run(["git", "archive", commit, "src"], capture_output=True, cwd=ROOT, check=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        paths = [str(p) for p in sorted(DEV.glob(f"{rnd}_*.txt"))]
        res = subprocess.run([sys.executable, "-c", SHIM, *paths], capture_output=True, text=True,
                             env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"})
        if res.returncode:
            print(rnd, commit, "failed:", res.stderr[-500:])
            continue
        pages = json.loads(res.stdout)
        (out_dir / f"{rnd}.json").write_text(json.dumps({"round": rnd, "commit": commit, "pages": pages}))
        print(rnd, commit, len(pages), "texts")


if __name__ == "__main__":
    main()
