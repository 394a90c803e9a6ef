"""The contract scorer's matching rules (../shared/eval/score.py), for quality gates that must run without ../shared.

One copy for every test (and benchmark) that scores records against gold files: text normalisation,
greedy one-to-one matching where optional gold items count neither way, and precision/recall/F1.
Each caller keeps its own rule for when one prediction matches one gold item, and its own floors.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Callable, Sequence, TypeVar

G = TypeVar("G")
P = TypeVar("P")


def norm(s: str | None) -> str:
    """Case, curly quotes, dashes, hyphens and white space do not matter (as in score.py's ``norm``)."""
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                                   "\u2013": "-", "\u2014": "-"}))
    s = re.sub(r"[\"'`]", "", s).replace("-", " ")
    return re.sub(r"\s+", " ", s).strip()


def match(gold: Sequence[dict], preds: Sequence[P], ok: Callable[[dict, P], bool]) -> tuple[int, int, int, list, list]:
    """Each gold item takes the first unused prediction ``ok`` accepts, required gold first; an optional
    gold item absorbs a prediction without counting. Returns tp, fp, fn, missed gold, extra predictions."""
    used = [False] * len(preds)
    tp = fn = 0
    missed = []
    for g in sorted(gold, key=lambda g: bool(g.get("optional"))):
        hit = next((i for i, p in enumerate(preds) if not used[i] and ok(g, p)), None)
        if hit is not None:
            used[hit] = True
            tp += not g.get("optional")
        elif not g.get("optional"):
            fn += 1
            missed.append(g)
    extra = [p for p, u in zip(preds, used) if not u]
    return tp, len(extra), fn, missed, extra


def greedy_match(gold: Sequence[dict], preds: Sequence[P], ok: Callable[[dict, P], bool]) -> tuple[int, int, int]:
    """tp, fp, fn of :func:`match`."""
    return match(gold, preds, ok)[:3]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side scores 1.0 (nothing predicted wrongly / nothing missed)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_shared_scorer():
    """../shared/eval/score.py as a module, or skip the calling test when this checkout has no ../shared."""
    import importlib.util

    from conftest import shared_path

    path = shared_path("eval", "score.py")
    spec = importlib.util.spec_from_file_location("shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
