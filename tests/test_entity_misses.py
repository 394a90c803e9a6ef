"""The grouping of ``benchmarks/entity_misses.py`` (issue 13): each missed gold entity and each extra predicted
entity gets one reason; records and gold written for these tests."""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from contract_scorer import Prediction

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import entity_misses as em  # noqa: E402

TEXT = "Ana Roe met Vel Tark in Oslo. Roe Holdings said the Harbour Board would meet."


def reasons(entities: list[dict], gold_entities: dict) -> dict[str, list[str]]:
    records = [{"type": "document", "id": "d1", "source": "a.txt", "text": TEXT}]
    for k, e in enumerate(entities):
        records.append({"type": "entity", "id": f"e{k}", "aliases": [], **e})
        records.append({"type": "mention", "doc": "d1", "entity": f"e{k}"})
    out: dict[str, list[str]] = defaultdict(list)
    em.doc_errors({"source": "a.txt", "entities": gold_entities}, Prediction(records), out)
    return dict(out)


def test_a_person_typed_as_a_body_is_missed_and_extra_as_mistyped():
    got = reasons([{"name": "Ana Roe", "kind": "organization"}], {"persons": ["Roe"]})
    assert got == {"missed person: mistyped:organization": ["a.txt: Roe"],
                   "extra organization: mistyped (gold person)": ["a.txt: Ana Roe"]}


def test_a_matched_person_leaves_no_error():
    assert reasons([{"name": "Ana Roe", "kind": "person"}], {"persons": ["Roe"]}) == {}


def test_names_in_the_text_with_no_entity_and_names_absent_from_it():
    got = reasons([], {"persons": ["Tark", "Ivo Brandt"], "organizations": [["Harbour Board"]]})
    assert got == {"missed person: not-extracted": ["a.txt: Tark"],
                   "missed person: absent-text": ["a.txt: Ivo Brandt"],
                   "missed organization: not-extracted": ["a.txt: ['Harbour Board']"]}


def test_a_second_entity_for_a_gold_name_is_a_variant_and_an_unrelated_one_no_gold():
    got = reasons([{"name": "Harbour Board", "kind": "organization"},
                   {"name": "Oslo Harbour Board", "kind": "organization"},
                   {"name": "Roe Holdings", "kind": "organization"}],
                  {"organizations": [["Harbour Board"]]})
    assert got == {"extra organization: variant of a gold name": ["a.txt: Oslo Harbour Board"],
                   "extra organization: no-gold": ["a.txt: Roe Holdings"]}
