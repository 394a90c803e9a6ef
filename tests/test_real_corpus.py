"""The real-article corpus (tests/corpus/real): its manifest, its gold, and the scorer's fidelity.

The texts are excerpts of real news and analysis pages found with the search tool's stored pages,
saved exactly as returned, with their URL; ``dev/`` may be studied, ``blind/`` never (README.md there).
The score floors for both parts are in tests/test_quality_gates.py.
"""
from __future__ import annotations

import hashlib
import json
import re

import pytest

from conftest import ROOT
from contract_scorer import Prediction, run_gold
from gold_scoring import norm

REAL = ROOT / "tests" / "corpus" / "real"
MANIFEST = json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))
SOURCE_TYPES = {"wire", "wire_repost", "major_outlet", "regional_outlet", "state_media", "think_tank",
                "newsletter", "live_blog", "content_farm", "broadcaster"}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# reserved for independent evaluation: never collected here
RESERVED = re.compile(r"sudan|south.china.sea|hezbollah|lebanon|iran|pakistan|sahel|\bmali\b|burkina|niger\b|north.korea",
                      re.I)


def test_the_corpus_is_large_and_varied_enough():
    entries = MANIFEST["texts"]
    assert len(entries) >= 60
    assert len({e["situation"] for e in entries}) >= 10
    assert len({e["source_type"] for e in entries}) >= 6
    assert {e["source_type"] for e in entries} <= SOURCE_TYPES
    groups = {frozenset([e["slug"], *e["same_story_as"]]) for e in entries if e["same_story_as"]}
    assert len(groups) >= 8
    members = [s for g in groups for s in g]
    assert len(members) == len(set(members)), "each text is in one same-story group, which lists all its members"
    assert sum(bool(e["independent_of"]) for e in entries) >= 10, "independent reports of one event as negatives"
    assert {e["split"] for e in entries} == {"dev", "blind"}
    blind = sum(e["split"] == "blind" for e in entries)
    assert 0.25 <= blind / len(entries) <= 0.4


def test_every_same_story_pair_of_the_manifest_is_in_the_gold():
    """The scorer reads same-story pairs from the gold (either member's ``same_story_as``): a pair the manifest
    names but neither gold file does would score a found copy as a false one."""
    gold_pairs = set()
    for e in MANIFEST["texts"]:
        gold = json.loads((REAL / e["split"] / f"{e['slug']}.json").read_text(encoding="utf-8"))
        gold_pairs |= {frozenset((e["slug"], o.removesuffix(".txt"))) for o in gold.get("same_story_as", [])}
    manifest_pairs = {frozenset((e["slug"], o)) for e in MANIFEST["texts"] for o in e["same_story_as"]}
    assert manifest_pairs == gold_pairs, sorted(tuple(sorted(p)) for p in manifest_pairs ^ gold_pairs)


@pytest.mark.parametrize("entry", MANIFEST["texts"], ids=lambda e: e["slug"])
def test_each_text_is_as_fetched_and_has_gold(entry):
    folder = REAL / entry["split"]
    text_path = folder / f"{entry['slug']}.txt"
    assert hashlib.sha256(text_path.read_bytes()).hexdigest() == entry["sha256"]
    assert entry["url"].startswith("http") and entry["query"]
    assert not RESERVED.search(entry["situation"]), entry["situation"]
    for other in entry["same_story_as"]:
        peer = next(e for e in MANIFEST["texts"] if e["slug"] == other)
        assert peer["split"] == entry["split"], "a same-story group stays in one split"
    gold = json.loads((folder / f"{entry['slug']}.json").read_text(encoding="utf-8"))
    assert gold["source"] == text_path.name
    text = norm(text_path.read_text(encoding="utf-8"))
    doc = gold["document"]
    phrases = [*doc["must_contain"], *doc["must_not_contain"], *(c["phrase"] for c in gold.get("claims", []))]
    if doc.get("title"):
        phrases.append(doc["title"])
    missing = [p for p in phrases if norm(p) not in text]
    assert not missing, f"gold phrases not in {text_path.name}: {missing}"
    assert doc["must_contain"], "every text keeps some body text"
    for e in gold.get("events", []):
        types = e["event_type"] if isinstance(e["event_type"], list) else [e["event_type"]]
        assert set(types) <= PLOVER and e["actor"], e
    for c in gold.get("entities", {}).get("countries", []):
        assert re.fullmatch(r"[A-Z]{3}", c)


def test_the_in_repo_scorer_agrees_with_the_contract_scorer(tmp_path):
    """Same scores as ../shared/eval/score.py on a prediction built to hit and miss (skips without it)."""
    from gold_scoring import load_shared_scorer

    shared = load_shared_scorer()
    folder = REAL / "dev"
    records = []
    for i, gf in enumerate(sorted(folder.glob("*.json"))[:6]):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        did = f"d{i}"
        records.append({"type": "document", "id": did, "source": gold["source"],
                        "title": gold["document"].get("title") if i % 2 else "wrong",
                        "text": " ".join(gold["document"]["must_contain"][:1] + gold["document"]["must_not_contain"][:1])})
        for j, c in enumerate(gold.get("claims", [])[::2]):
            records.append({"type": "claim", "id": f"c{i}{j}", "doc": did, "text": c["phrase"],
                            "speaker_text": (c.get("speakers") or [None])[0]})
        for j, q in enumerate(gold.get("quantities", [])[1::2]):
            records.append({"type": "quantity", "id": f"q{i}{j}", "doc": did, "value": q["value"], "unit": q["unit"],
                            "value_max": q.get("value_max")})
        records.append({"type": "quantity", "id": f"qx{i}", "doc": did, "value": 123456789, "unit": "person"})
    path = tmp_path / "pred.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    ours = run_gold(folder, Prediction.from_jsonl(path))["scores"]
    theirs = shared.run_gold(folder, shared.Prediction(shared.load_jsonl(path)))["scores"]
    assert ours == theirs
