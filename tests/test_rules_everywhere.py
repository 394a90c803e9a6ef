"""Every record type of the contract says which rule, pattern or data row made it (issue 18)."""
from __future__ import annotations

import pytest

from newsweave.model import to_dict
from newsweave.pipeline import run
from newsweave.store import Store

ARTICLE = ("LIMA, May 4 (Example Wire) - Peru and Chile signed a fishing accord on Monday after two years of "
           "talks, the Peruvian foreign ministry said.\n\n"
           "\"This ends a long quarrel at sea,\" Foreign Minister Ana Roe told reporters in Lima. She said 120 "
           "boats would be allowed to fish in the shared waters from June.\n\n"
           "Chile accused Peru last year of seizing two of its trawlers, and Peru rejected the charge.\n")


@pytest.fixture(scope="module")
def records(tmp_path_factory, options):
    folder = tmp_path_factory.mktemp("rules")
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE, encoding="utf-8")  # a repost: a copy record
    with Store(":memory:") as store:
        run([str(folder / "a.txt"), str(folder / "b.txt")], store, options)
        return [to_dict(r) for r in store.contract_records()]


@pytest.mark.parametrize("kind", ["document", "entity", "mention", "claim", "quantity", "event", "copy"])
def test_every_record_of_the_contract_names_its_rule(records, kind):
    found = [r for r in records if r["type"] == kind]
    assert found, f"no {kind} record from the test article"
    assert all(r.get("rule") for r in found), [r for r in found if not r.get("rule")][:2]
