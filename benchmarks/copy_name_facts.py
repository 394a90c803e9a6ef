"""Does a name counted as several facts inflate the fact-sequence channel? (issue 14, copy46)

The fact sequence (``copies._facts_by_sentence``) counts each capitalised non-stop word as a fact, so "Danish Prime
Minister Mette Frederiksen" is five facts in a fixed order and any two reports naming her share a run of five.
This reads every labelled pair of real dev and the copy-calibration set (``copies_real.labelled_pairs``) three ways:

- ``shipped``: the fact sequence as it is;
- ``head``: a run of capitalised words (spaces only between them) counts once, by its last non-stop word ("Prime
  Minister Mette Frederiksen", "Ms Frederiksen" and "Frederiksen" are one fact); a possessive ends a name;
- ``no-title``: the title and office words of ``data/gazetteer/roles.tsv`` before another capitalised word are not
  facts ("Prime Minister Mette Frederiksen" is two).

For each reading it prints how much the runs and the FACTS share shrink for same-story and for independent pairs,
and, over a grid of the channel's bars (run, FACTS and containment of the tiers, the long narrative run, tier 3),
the setting under which the channel accepts no independent pair and the most same-story pairs, with the pairs it
gains and loses against the shipped reading at the shipped bars. Only the fact sequence and the narrative facts
are re-read; the anchors of the rewrite channel and the stored signatures are not.

    PYTHONPATH=src .venv/bin/python benchmarks/copy_name_facts.py
"""
from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
import sys
from pathlib import Path

from newsweave.consolidate import copies as cp, factseq as fs
from newsweave.consolidate.narrative import narrative_facts
from newsweave.consolidate.wording import release_paragraphs
from newsweave.sentences import punctuation_spans

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies_real import labelled_pairs  # noqa: E402

_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")
_ROLES = Path(cp.__file__).resolve().parent.parent / "data" / "gazetteer" / "roles.tsv"
_TITLES = frozenset(line.split("\t")[0].casefold() for line in _ROLES.read_text(encoding="utf-8").splitlines()
                    if not line.startswith("#") and line.count("\t") and line.split("\t")[1] in {"title", "office"})
# the bars the grid tries (the shipped value of each is among them)
GRID = {"FACTS_RUN_MIN_UNCREDITED": (4, 5, 6), "FACTS_MIN_WITH_WORDING": (0.18, 0.22, 0.27),
        "FACTS_MIN_KEPT": (0.35, 0.4, 0.45), "FACT_CONTAINMENT_MIN_KEPT": (0.5, 0.55, 0.6),
        "FACTS_RUN_MIN_KEPT": (10, 14, 18),
        ("FACTS_MIN_CONDENSED", "FACT_CONTAINMENT_MIN_CONDENSED", "FACTS_RUN_MIN_CONDENSED"): ((0.75, 0.9, 10),
                                                                                              (0.7, 0.85, 7))}


def _words(name: str, reading: str) -> list[str]:
    """The facts one run of capitalised words gives under ``reading``."""
    stop, out, last = cp._stop_words(), [], None
    words = name.split()
    for i, raw in enumerate(words):
        word = raw.casefold().replace("’", "'")
        possessive = word.endswith("'s")
        word = word[:-2] if possessive else word
        if word in stop or len(word) <= 1 or (reading == "no-title" and i + 1 < len(words) and word in _TITLES):
            continue
        if reading == "no-title":
            out.append(word)
            continue
        last = word
        if possessive:  # "Nepal's Prime Minister X": the country is a name of its own
            out.append(last)
            last = None
    return out + ([last] if last else [])


def _reader(reading: str):
    def facts_by_sentence(texts: list[str]) -> list[tuple[str, list[str]]]:
        out = []
        for sentence in texts:
            facts = [n.replace(",", "") for n in cp._NUMBER.findall(sentence)]
            facts += [f for name in _NAME.findall(sentence) for f in _words(name, reading)]
            facts += ["q:" + cp.text_hash(cp.normalise(q))[:12] for q in cp._QUOTE.findall(sentence)]
            out.append((sentence, facts))
        return out
    return facts_by_sentence


def reread(p, text: str, reading: str):
    """The profile ``p`` of ``text`` with its fact sequence and narrative facts read under ``reading``."""
    if reading == "shipped":
        return p
    read = _reader(reading)
    facts = tuple(dict.fromkeys(f for _s, fl in read([text[s:e] for s, e in punctuation_spans(text)]) for f in fl))
    return dataclasses.replace(p, facts=facts, narrative_facts=narrative_facts(release_paragraphs(text), read, facts))


def accepted(matches, bars: dict) -> set:
    """The pairs the fact channel accepts with the module's bars set to ``bars``."""
    saved = {k: getattr(fs, k) for k in bars}
    try:
        for k, v in bars.items():
            setattr(fs, k, v)
        return {key for key, m in matches.items() if m is not None and m.is_copy}
    finally:
        for k, v in saved.items():
            setattr(fs, k, v)


def _settings():
    keys = list(GRID)
    for values in itertools.product(*GRID.values()):
        bars = {}
        for k, v in zip(keys, values):
            bars.update(zip(k, v) if isinstance(k, tuple) else [(k, v)])
        yield bars


def main() -> None:
    rows = list(labelled_pairs())
    same = {(x, y) for _n, x, y, s, *_ in rows if s}
    matches = {r: {} for r in ("shipped", "head", "no-title")}
    for _n, x, y, _s, dx, dy, px, py in rows:
        for reading, out in matches.items():
            out[(x, y)] = fs.fact_match(reread(px, dx.text, reading), reread(py, dy.text, reading))
    shipped = accepted(matches["shipped"], {}) & same
    for reading, ms in matches.items():
        for label, keep in (("same-story", True), ("independent", False)):
            both = [(matches["shipped"][k], m) for k, m in ms.items() if (k in same) == keep
                    and m is not None and matches["shipped"][k] is not None and matches["shipped"][k].run >= 4]
            print(f"{reading:9} {label:11} pairs {len(both):3}  run x{statistics.mean(m.run / s.run for s, m in both):.2f}"
                  f"  FACTS {statistics.mean(s.facts for s, _m in both):.3f} -> {statistics.mean(m.facts for _s, m in both):.3f}"
                  f"  max run {max(m.run for _s, m in both)}  max narrative run {max(m.narrative_run for _s, m in both)}")
        best = None
        for bars in _settings():
            got = accepted(ms, bars)
            if not got - same and (best is None or len(got) > len(best[1])):
                best = bars, got
        bars, got = best
        print(f"  best bars with no independent pair: {len(got)} same-story pairs (shipped: {len(shipped)}) {bars}")
        print(f"    lost {sorted(shipped - got)}\n    gained {sorted(got - shipped)}")


if __name__ == "__main__":
    main()
