"""Issue 14 (copy45): a text that weaves paragraphs of two wire stories on one event joins the story it reuses most.

Two agencies' stories of one invented event (a dockers' strike at the port of Velmora), each with a repost, and two
papers that paste paragraphs of both: one takes four paragraphs of the first agency and one of the second, the other
one of the first and four of the second. Each paper is verified against both agencies, and the two agencies credit
different origins, so it may sit in one of their stories only. The pairs are given with the weaker evidence as the
stronger pair (the fact channel's strength is over the shorter text), so the strongest-first order alone would put
each paper with the agency it took one paragraph from. All texts are our own words.
"""
from __future__ import annotations

from newsweave.consolidate import stories as stories_module
from newsweave.consolidate.copies import profile
from newsweave.consolidate.records import CopyPair, DocSignature
from newsweave.consolidate.stories import group

NORTH = [
    "Dockers at the port of Velmora walked off the job on Monday, halting the loading of grain ships for the first "
    "time in a decade, the Velmora Harbour Workers Union said.",
    "The union wants the port authority to reverse a plan that would hand the night shifts at the container berths to "
    "a private contractor from next spring.",
    "Port director Amalie Strand told reporters the plan would save money the harbour needs to dredge its old "
    "channel, and that no worker would lose a job because of it.",
    "About forty vessels were waiting at anchor outside the breakwater by the evening, according to the harbour "
    "master's office, most of them bulk carriers bound for the mills upriver.",
    "The last strike at the port, over pensions, lasted eleven days and ended with a deal brokered by the regional "
    "labour court.",
]
MERIDIAN = [
    "A walkout by thousands of port workers shut down the busy harbour of Velmora on Monday as a row over the "
    "outsourcing of night work came to a head.",
    "Pickets gathered at the main gate before dawn, waving flags and blocking the lorries queueing on the coast "
    "road, while police watched from a distance.",
    "Grain traders warned that a long stoppage could push up bread prices across the region within weeks, since "
    "the mills keep only small stocks.",
    "Union leader Tomas Ekberg said members were ready to stay out for as long as it takes and called on the "
    "transport minister to step in.",
    "The port authority has said it will meet union officials on Thursday but has ruled out dropping the contract.",
]


def _text(title: str, paragraphs: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


TEXTS = {
    "north": _text("Velmora dockers strike over night shifts", NORTH),
    "north_repost": _text("Dockers strike at Velmora port", NORTH[:4]),
    "meridian": _text("Port workers shut Velmora harbour", MERIDIAN),
    "meridian_repost": _text("Walkout shuts Velmora harbour", MERIDIAN[:4]),
    # four paragraphs of one agency, one of the other, in the paper's order
    "paper_mostly_north": _text("Velmora port at a standstill", [NORTH[0], NORTH[1], MERIDIAN[2], NORTH[2], NORTH[3]]),
    "paper_mostly_meridian": _text("Strike grips Velmora", [MERIDIAN[0], MERIDIAN[1], NORTH[3], MERIDIAN[2],
                                                            MERIDIAN[3]]),
}
CREDITS = {"north": frozenset({"northwire"}), "north_repost": frozenset({"northwire"}),
           "meridian": frozenset({"meridian press"}), "meridian_repost": frozenset({"meridian press"})}
PROFILES = {name: profile(text) for name, text in TEXTS.items()}


def _signature(name: str) -> DocSignature:
    return DocSignature(doc=name, published="2030-03-04", length=len(TEXTS[name]), text_hash=name, shingles=0,
                        minhash="", anchors=0, anchor_minhash="")


def _pair(x: str, y: str, similarity: float, method: str) -> CopyPair:
    a, b = sorted((x, y))
    return CopyPair(a=a, b=b, similarity=similarity, method=method)


PAIRS = [
    _pair("north", "north_repost", 1.0, "condensed"),
    _pair("meridian", "meridian_repost", 1.0, "condensed"),
    # the pair with the agency a paper took one paragraph from comes first
    _pair("paper_mostly_north", "meridian", 0.8, "fact-sequence"),
    _pair("paper_mostly_north", "north", 0.6, "fact-sequence"),
    _pair("paper_mostly_meridian", "north", 0.8, "fact-sequence"),
    _pair("paper_mostly_meridian", "meridian", 0.6, "fact-sequence"),
]


def _stories(pairs=PAIRS) -> list[list[str]]:
    members, _copies = group({n: _signature(n) for n in TEXTS}, pairs, CREDITS, PROFILES.__getitem__)
    out: dict[str, list[str]] = {}
    for m in members:
        out.setdefault(m.story, []).append(m.doc)
    return sorted(sorted(docs) for docs in out.values())


def test_a_woven_paper_joins_the_story_it_reuses_most():
    assert _stories() == [["meridian", "meridian_repost", "paper_mostly_meridian"],
                          ["north", "north_repost", "paper_mostly_north"]]


def test_the_strongest_pair_alone_would_put_each_paper_with_the_story_it_took_one_paragraph_from(monkeypatch):
    monkeypatch.setattr(stories_module, "_moves", lambda *args: set())
    assert _stories() == [["meridian", "meridian_repost", "paper_mostly_north"],
                          ["north", "north_repost", "paper_mostly_meridian"]]


def test_the_order_of_the_pairs_does_not_decide():
    swapped = [_pair(p.a, p.b, 1.4 - p.similarity, p.method) if p.method == "fact-sequence" else p for p in PAIRS]
    assert _stories(swapped) == _stories()


def test_a_wire_story_is_not_moved_to_a_paper_that_pasted_it():
    # the agency's story is read through its repost too: the agency itself stays with its repost
    for name in ("north", "meridian"):
        assert any(name in docs and name + "_repost" in docs for docs in _stories())
