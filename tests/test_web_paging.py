"""The web view on a store larger than a page: long lists are cut into pages with links between them,
and a request reads the snapshot's indexes rather than scanning every record."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsweave.model import Claim, Document, DocumentRecords, Entity, Mention
from newsweave.outputs.web import create_app
from newsweave.outputs.webindex import PAGE_SIZE
from newsweave.store import Store

N_DOCS = 2 * PAGE_SIZE + 7
SPEAKER = Entity("ent_orla", "Orla Venn", "person")
OTHER = Entity("ent_tamsin", "Tamsin Rook", "person")


def _records(i: int) -> DocumentRecords:
    text = f"Orla Venn said the ferry to Kell Island {i} would run daily. Tamsin Rook agreed with Orla Venn."
    doc = f"doc_{i:04d}"
    first = text.index(".") + 1
    return DocumentRecords(
        document=Document(doc, f"{doc}.txt", f"Ferry note {i:04d}", None, None, f"2025-01-{1 + i % 28:02d}", "en", text),
        entities=(SPEAKER, OTHER),
        mentions=(Mention(doc, SPEAKER.id, 0, 9, "Orla Venn"), Mention(doc, OTHER.id, first + 1, first + 12, "Tamsin Rook"),
                  Mention(doc, SPEAKER.id, len(text) - 10, len(text) - 1, "Orla Venn")),
        claims=(Claim(f"claim_{doc}", doc, SPEAKER.id, None, "indirect", f"the ferry to Kell Island {i} would run daily",
                      "said", False, 15, first - 1),
                Claim(f"claim2_{doc}", doc, OTHER.id, None, "indirect", "agreed with Orla Venn", "agreed", False,
                      first + 13, len(text) - 1)))


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("big") / "big.duckdb")
    with Store(path) as s:
        s.add_documents([_records(i) for i in range(N_DOCS)])
    with Store(path, read_only=True) as s:
        return TestClient(create_app(s))


def _doc_links(html: str) -> list[str]:
    return re.findall(r'<a class="doc-link" href="/doc/(doc_\d+)"', html)


def test_home_lists_the_first_page_of_articles_with_a_link_to_the_next(big):
    home = big.get("/").text
    assert f"{N_DOCS} articles" in home
    first = _doc_links(home.split('id="articles"')[1])
    assert len(first) == PAGE_SIZE
    assert 'rel="next" href="/?page=2"' in home and 'rel="prev"' not in home
    last = big.get("/", params={"page": 3}).text
    rest = _doc_links(last.split('id="articles"')[1])
    assert len(rest) == N_DOCS - 2 * PAGE_SIZE and not set(rest) & set(first)
    assert 'rel="prev" href="/?page=2"' in last and 'rel="next"' not in last
    # every article is on exactly one page
    middle = _doc_links(big.get("/", params={"page": 2}).text.split('id="articles"')[1])
    assert sorted(first + middle + rest) == sorted(f"doc_{i:04d}" for i in range(N_DOCS))


def test_actor_page_pages_its_claims(big):
    page1 = big.get("/actor/ent_orla").text
    assert f"{2 * N_DOCS} mentions in {N_DOCS} articles" in page1
    assert page1.count("would run daily") == PAGE_SIZE
    assert 'rel="next" href="/actor/ent_orla?page=2"' in page1
    page3 = big.get("/actor/ent_orla", params={"page": 3}).text
    assert page3.count("would run daily") == N_DOCS - 2 * PAGE_SIZE
    # claims about her: the other speaker's claims whose span holds one of her mentions
    assert page1.count("agreed with Orla Venn") == PAGE_SIZE


def test_claims_about_an_actor_leave_out_its_own(big):
    page = big.get("/actor/ent_tamsin").text
    assert page.count("agreed with Orla Venn") == PAGE_SIZE  # her own claims, once each
    assert "would run daily" not in page  # no claim holds a mention of her


def test_a_page_number_out_of_range_is_refused_or_empty(big):
    assert big.get("/", params={"page": 0}).status_code == 422
    assert _doc_links(big.get("/", params={"page": 99}).text.split('id="articles"')[1]) == []


def test_home_names_ten_articles_per_contested_side_and_counts_the_rest():
    from newsweave.consolidate.records import ContradictionSide

    docs = tuple(f"doc_{i:04d}" for i in range(25))

    def side(value):
        return ContradictionSide("contra_1", "number", "ferries", value, "undated", (), docs, docs, 25, (), None, None)

    with Store(":memory:") as s:
        s.add_documents([_records(i) for i in range(25)])
        s.replace_records("contradictions", [side("4"), side("9")])
        home = TestClient(create_app(s)).get("/").text
    contested = home.split("Contested numbers")[1].split("</section>")[0]
    assert contested.count('href="/doc/') == 2 * 10 and contested.count("and 15 more articles") == 2
