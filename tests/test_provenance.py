"""Claim provenance: the outlet a claim is attributed through (via), its primary source (origin), and
corroboration counting independent origins rather than echoes."""
from __future__ import annotations

import pytest

from newsweave.consolidate.graph import Corpus, merge_claims
from newsweave.extract.provenance import attach_provenance, cited
from newsweave.model import Claim, Document, Quantity


@pytest.mark.parametrize("sentence, via, origin", [
    ("The harbour will close for a week, according to Yonhap.", "Yonhap News Agency", None),
    ("Yonhap reported that the harbour would close, citing the Port Authority.", "Yonhap News Agency", "Port Authority"),
    ("The ferry operator lost 12 boats, the New York Times reported.", "The New York Times", None),
    ("The ferry operator lost 12 boats, Kyodo News said, citing the Coast Guard.", "Kyodo News", "Coast Guard"),
    ("Twelve boats were lost, according to the Coast Guard.", None, "Coast Guard"),
    ("A harbour official told Reuters the port would reopen.", "Reuters", None),
    ("The story was reported by Interfax on Monday.", "Interfax", None),
    ("The mayor said the port would reopen on Friday.", None, None),
    ("According to him, the port will reopen.", None, None),
])
def test_cited(sentence, via, origin):
    assert cited(sentence) == (via, origin)


def _doc(doc_id: str, text: str, credit: str | None = None) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site=None, published="2025-05-01",
                    language="en", text=text, credit=credit)


def _claim(doc: Document, phrase: str, speaker_text: str | None, claim_id: str | None = None) -> Claim:
    start = doc.text.index(phrase)
    return Claim(id=claim_id or f"claim_{doc.id}", doc=doc.id, speaker="org:port-authority" if speaker_text else None,
                 speaker_text=speaker_text, kind="indirect", text=phrase, cue="said", hedged=False,
                 start=start, end=start + len(phrase))


def test_claims_and_their_figures_get_via_and_origin():
    doc = _doc("d1", "The port will stay shut for 10 days, the Port Authority said, according to Yonhap. "
                     "Other ports stayed open.\nAbout 300 ships wait offshore.", credit="Associated Press")
    claim = _claim(doc, "The port will stay shut for 10 days", "the Port Authority")
    in_claim = Quantity(id="q1", doc="d1", value=10, value_max=None, unit="duration", per=None, counted="days",
                        approximate=False, claim=claim.id, start=29, end=36, text="10 days")
    alone_at = doc.text.index("300")
    alone = Quantity(id="q2", doc="d1", value=300, value_max=None, unit="count", per=None, counted="ships",
                     approximate=True, claim=None, start=alone_at, end=alone_at + 3, text="300")
    (c,), (q1, q2) = attach_provenance(doc, (claim,), (in_claim, alone))
    assert (c.via, c.origin) == ("Yonhap News Agency", "the Port Authority")
    assert (q1.via, q1.origin) == ("Yonhap News Agency", "the Port Authority")
    assert (q2.via, q2.origin) == ("Associated Press", None)  # the document's credit, nothing cited


def test_corroboration_counts_one_origin_for_a_wire_story_its_reposts_and_a_rewrite():
    phrase = "The port will stay shut for ten days"
    texts = {
        "wire": f"{phrase}, the Port Authority said, according to Yonhap.",
        "repost1": f"{phrase}, the Port Authority said, according to Yonhap. Shipping firms were told on Monday.",
        "repost2": f"Ferries were cancelled. {phrase}, the Port Authority said, according to Yonhap.",
        "rewrite": f"Citing Yonhap, the agency wrote that {phrase.lower()}, the Port Authority said.",
    }
    claims = []
    for doc_id, text in texts.items():
        doc = _doc(doc_id, text)
        at = text.lower().index(phrase.lower())
        raw = Claim(id=f"c_{doc_id}", doc=doc_id, speaker="org:port-authority", speaker_text="the Port Authority",
                    kind="indirect", text=text[at:at + len(phrase)], cue="said", hedged=False, start=at,
                    end=at + len(phrase))
        (with_via,), _ = attach_provenance(doc, (raw,), ())
        claims.append(with_via)
    assert {c.via for c in claims} == {"Yonhap News Agency"}
    # no copy detected between them: four stories, yet one origin
    corpus = Corpus(story_of={d: f"story_{d}" for d in texts}, published={d: "2025-05-01" for d in texts})
    (merged,) = merge_claims(claims, {}, corpus)
    assert len(merged.stories) == 4 and merged.sources == 1
    # the same four claims heard first hand by four outlets are four sources
    first_hand = [Claim(**{**{f: getattr(c, f) for f in c.__slots__}, "via": None}) for c in claims]
    (merged,) = merge_claims(first_hand, {}, corpus)
    assert merged.sources == 4
