"""Issue 14: a condensed rewrite keeps the original's facts in its order while changing every word.

Invented texts: a regional paper's story of a ferry grounding, a summariser's digest of it (shorter, every
sentence reworded but one clause, the facts kept in the story's order) and a report by another newsroom that chose its
own facts and its own order. Tier 3 of the fact-sequence channel (``FACTS_MIN_CONDENSED``) joins the digest
and leaves the independent report apart; a digest sharing no text at all would not join (an independent
brief can hold every fact of a story in news order: tests/test_copies.py, CABLE_CAR_OWN_REPORT).
"""
from __future__ import annotations

from newsweave.config import load_options
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import FACTS_MIN_CONDENSED, WORDING_MIN, fact_match
from newsweave.consolidate.run import copy_stories
from newsweave.documents import build_document
from newsweave.model import RawArticle

STORY = """Ferry Helga Marit runs aground off Skarvik with 212 passengers on board
SKARVIK - The passenger ferry Helga Marit ran aground on a sandbank off Skarvik early on Sunday morning, and coastguard crews spent most of the day taking its 212 passengers ashore in small boats.
Captain Rolf Dahlberg radioed the coastguard station at Brennvik at 6.40 a.m. to report that the hull had struck bottom in thick fog.
Nobody was seriously hurt, according to the harbour master, Lene Vaag, though 14 people were checked by paramedics for bruises and mild hypothermia.
The vessel belongs to Nordvest Linjer, which runs six ferries between Skarvik and the Tollholm islands.
A tug from Marstad was due to try to pull the ship free at high tide on Monday evening.
Divers found a gash about three metres long in the bow, but the fuel tanks were intact, said Vaag.
The Maritime Safety Board in Oslo has opened an inquiry, its second into Nordvest Linjer since 2021.
"""
DIGEST = """Helga Marit grounding: what we know
Around dawn on Sunday the Helga Marit, a passenger vessel, became stuck on a shoal near Skarvik; coastguard boats then spent most of the day bringing all 212 people aboard back to land.
At 6.40 a.m. its skipper, Rolf Dahlberg, alerted Brennvik's coastguard post that the vessel struck bottom in thick fog.
Lene Vaag, who runs the harbour, reports no serious injuries, while 14 travellers needed paramedics to treat minor bruising and cold.
Operator Nordvest Linjer sails six boats linking Skarvik with the isles of Tollholm.
When the tide peaks late on Monday, a Marstad tugboat will attempt to free the ship.
Vaag said a roughly three-metre tear was spotted on the bow by divers, with nothing leaking from the diesel storage.
Oslo's Maritime Safety Board is investigating the operator for the second time since 2021.
"""
OTHER_REPORT = """Inquiry opened after Skarvik ferry grounding
The Maritime Safety Board in Oslo said on Sunday it would investigate Nordvest Linjer after one of the company's ferries grounded in fog near Skarvik.
It is the second such inquiry into the operator since 2021, when a ramp failure stranded cars at Tollholm for a day.
Lene Vaag, the harbour master, told reporters that 14 passengers had been treated for cold and minor injuries, none of them serious.
All 212 people on the Helga Marit were brought ashore by the coastguard from Brennvik, a rescue that took most of the day.
Captain Rolf Dahlberg sent the first alert at 6.40 a.m.
Nordvest Linjer, which has six ferries, said a tug from Marstad would try to refloat the vessel on Monday.
"""


def _docs():
    options = load_options()
    named = {"story": STORY, "digest": DIGEST, "other": OTHER_REPORT}
    return [build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in named.items()], options


def _profile(doc):
    return profile(doc.text, doc.credit, doc.outlet.name)


def test_a_digest_keeps_the_story_s_facts_in_order_with_little_of_its_wording():
    (story, digest, other), _ = _docs()
    kept = fact_match(_profile(story), _profile(digest))
    assert kept is not None and kept.facts >= FACTS_MIN_CONDENSED and kept.wording < WORDING_MIN and kept.shares_text
    assert kept.is_copy
    apart = fact_match(_profile(story), _profile(other))
    assert apart is None or (apart.facts < FACTS_MIN_CONDENSED and not apart.is_copy)


def test_the_digest_joins_its_story_and_the_other_newsroom_s_report_stays_apart():
    docs, options = _docs()
    name = {d.id: n for d, n in zip(docs, ("story", "digest", "other"))}
    stories, _copies, _pairs = copy_stories(docs, options)
    members: dict[str, set[str]] = {}
    for s in stories:
        members.setdefault(s.story, set()).add(name[s.doc])
    assert sorted(map(sorted, members.values())) == [["digest", "story"], ["other"]]
