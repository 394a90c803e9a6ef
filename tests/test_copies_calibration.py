"""The real copy-calibration set (tests/corpus/real/copies): hashes, group structure, labels.

Real pages found with the search tool's stored pages and saved exactly as returned: wire stories with
their reposts, edits, condensed copies and human, machine and spun rewrites, plus independent reports of
the same events. It calibrates copy detection and the spin flag (benchmarks/copies_real.py,
benchmarks/spin.py) and is not part of the graded extraction corpus (no gold records).
"""
from __future__ import annotations

import hashlib
import json

import pytest

from conftest import ROOT
from test_real_corpus import RESERVED, SOURCE_TYPES

FOLDER = ROOT / "tests" / "corpus" / "real" / "copies"
MANIFEST = json.loads((FOLDER / "manifest.json").read_text(encoding="utf-8"))["texts"]
BY_SLUG = {t["slug"]: t for t in MANIFEST}
KINDS = {"wire_copy", "edited", "condensed", "rewrite", "machine_rewrite", "spun", "mixed", "independent"}


@pytest.mark.parametrize("entry", MANIFEST, ids=lambda e: e["slug"])
def test_each_text_is_as_returned_and_labelled(entry):
    path = FOLDER / f"{entry['slug']}.txt"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
    assert entry["url"].startswith("http") and entry["query"] and entry["rank"] >= 1
    assert entry["source_type"] in SOURCE_TYPES and entry["kind"] in KINDS
    assert isinstance(entry["spun"], bool)
    assert entry["spun"] == (entry["kind"] in {"spun", "machine_rewrite"})
    assert not RESERVED.search(entry["situation"] + " " + entry["slug"]), entry["slug"]
    assert (entry["kind"] == "independent") == (not entry["same_story_as"])


def test_groups_are_closed_and_independent_reports_are_outside_them():
    groups = {frozenset([t["slug"], *t["same_story_as"]]) for t in MANIFEST if t["same_story_as"]}
    members = [s for g in groups for s in g]
    assert len(members) == len(set(members)), "each text is in one group, which lists all its members"
    assert len(groups) >= 8
    for t in MANIFEST:
        for other in t["same_story_as"]:
            assert t["slug"] in BY_SLUG[other]["same_story_as"]
        for other in t["independent_of"]:
            assert t["slug"] in BY_SLUG[other]["independent_of"]
            assert other not in t["same_story_as"]
            assert BY_SLUG[other]["situation"] == t["situation"], "independent reports are of the same event"
    independent_pairs = {frozenset((t["slug"], o)) for t in MANIFEST for o in t["independent_of"]}
    assert len(independent_pairs) >= 10
    assert sum(t["spun"] for t in MANIFEST) >= 5


def test_the_set_stays_apart_from_the_graded_corpus():
    graded = json.loads((ROOT / "tests" / "corpus" / "real" / "manifest.json").read_text(encoding="utf-8"))["texts"]
    assert not {t["url"] for t in graded} & {t["url"] for t in MANIFEST}
    assert not list(FOLDER.glob("*.json"))[1:], "no gold files: only manifest.json"
