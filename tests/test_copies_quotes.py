"""Issue 14: quoted speech shared by independent reports is weak evidence of copying.

Invented reports of one invented briefing (a harbour bridge closed after cracks were found): a wire
story, its repost, a light edit of it, and reports written by other newsrooms quoting the same officials
word for word, with the same figures. Copying needs shared narrative (the writer's own sentences, facts
in order outside the quotes); each test shows the channel that joined the independent reports before.
"""
from __future__ import annotations

import dataclasses
import itertools

from newsweave.config import load_options
from newsweave.consolidate.copies import align, narrative_near_duplicate, profile
from newsweave.consolidate.factseq import FACTS_RUN_MIN_KEPT, TEXT_MIN, fact_match
from newsweave.consolidate.narrative import narrative_facts, narrative_shingles, outside_quotes
from newsweave.consolidate.run import copy_stories
from newsweave.documents import build_document
from newsweave.model import RawArticle

Q1 = ("We found cracks in three of the main steel girders, and we are not prepared to gamble with the lives "
      "of the people who cross this bridge every morning")
Q2 = "The repairs will take at least three months, and until they are finished no car, bus or lorry will be allowed onto the deck"
Q3 = "I understand that this is a heavy blow for commuters and for the shops on both banks, but safety has to come before convenience"
Q4 = "We have asked the national government for emergency funding and we expect an answer before the end of the week"
Q5 = ("Engineers from Kessler Hall University and the Nordmark Highway Agency will examine every joint between "
      "the Eastgate ramp and the Quay Street pier")
Q6 = "If the Lindqvist fund in Oslo and the Baltic Transport Bank in Riga say yes, the work on Pier 4 and Pier 7 can begin in June"
Q7 = "I spoke to Minister Arvid Holm in Stockholm this morning, and Premier Katja Brandt in Turku has promised to call me tonight"

WIRE = f"""Varnholm shuts its harbour bridge after engineers find cracked girders
VARNHOLM - The city of Varnholm closed its harbour bridge to all traffic on Tuesday after an inspection turned up cracks in the structure, forcing some 14,000 vehicles a day onto a long detour around the bay.
Chief engineer Tomas Ellery told a news conference at the town hall that the damage had been spotted during a routine check over the weekend.
"{Q1}," Ellery said.
The closure came into force at noon, and police officers in yellow jackets turned back drivers who had not heard the news at both ends of the span.
"{Q2}," he added.
Mayor Ingrid Sovik, who stood beside the engineer, said the repair bill was likely to reach 12 million euros, a sum the city cannot raise on its own.
"{Q3}," Sovik said. "{Q4}."
Ferry operators said they would add extra crossings from Wednesday, and the regional rail company promised longer trains on the coastal line.
The bridge, which opened in 1968, was last strengthened eleven years ago.
"""
REPOST = "Home | News | Local\n" + WIRE + "Share this article\n"
LIGHT_EDIT = (WIRE.replace("closed its harbour bridge to all traffic", "shut its harbour bridge to every vehicle")
              .replace("forcing some 14,000 vehicles a day onto a long detour", "sending about 14,000 vehicles a day on a lengthy detour")
              .replace("police officers in yellow jackets turned back drivers", "police in yellow jackets sent back motorists"))
OWN_REPORT = f"""Cracks close Varnholm's harbour crossing for months
Commuters in Varnholm face a summer of queues: the harbour bridge is off limits from today after inspectors discovered fractures in its steel frame.
About 14,000 vehicles use the crossing daily. From noon on Tuesday they were sent round the bay instead, a trip that adds half an hour at rush hour.
Speaking at the town hall, Tomas Ellery, the city's chief engineer, was blunt. "{Q1}," he told reporters.
Asked how long the closure would last, Ellery gave no exact date. "{Q2}," he said.
Mayor Ingrid Sovik put the cost at 12 million euros and said Varnholm would need outside help to pay it.
"{Q3}," she said, adding: "{Q4}."
Shopkeepers near the northern ramp were already counting the cost. A baker on Quay Street said half her morning customers came over the bridge.
The span dates from 1968; its last major overhaul was eleven years ago.
"""
OTHER_ORDER = f"""Harbour bridge in Varnholm closed indefinitely over structural damage
Varnholm's city government on Tuesday barred all vehicles from the harbour bridge, saying an inspection had revealed damaged girders.
Mayor Ingrid Sovik said the city would seek help from the state to cover repairs she estimated at 12 million euros. "{Q4}," Sovik said.
"{Q3}," she added.
Chief engineer Tomas Ellery said the faults were found last weekend. "{Q1}," Ellery said.
"{Q2}," he said.
Roughly 14,000 vehicles crossed the 1968 bridge each day before the closure. Ferries and trains are expected to take up some of the traffic.
"""
QUOTE_BRIEF = f"""Varnholm bridge shut
Varnholm's harbour bridge was closed to traffic on Tuesday.
"{Q1}," chief engineer Tomas Ellery said at the town hall.
"{Q2}," Ellery said.
"{Q3}," Mayor Ingrid Sovik said. "{Q4}," Sovik said.
"""
QUOTES_ONLY = f"""Town hall briefing: the harbour bridge
Chief engineer Tomas Ellery spoke first. "{Q1}," Ellery said. "{Q2}," Ellery said.
Mayor Ingrid Sovik followed him. "{Q3}," Sovik said. "{Q4}," Sovik said. "{Q5}," Ellery said.
"""
MORE_QUOTES = f"""Ellery said outside experts would be brought in. "{Q5}," he said.
Sovik said two lenders had been approached. "{Q6}," she said.
She said she had also raised the matter with ministers. "{Q7}," Sovik said.
"""
OWN_MORE_QUOTES = f"""Ellery told reporters the city would not work alone: "{Q5}."
Sovik named the lenders she hopes will step in. "{Q6}," the mayor said.
She said she had been on the phone all morning. "{Q7}."
"""


def _profile(text: str):
    doc = build_document(RawArticle(source="x.txt", text=text), load_options())
    return profile(doc.text, doc.credit, doc.outlet.name)


def test_a_repost_and_a_light_edit_join_and_reports_quoting_the_same_officials_do_not():
    named = {"wire": WIRE, "repost": REPOST, "edit": LIGHT_EDIT, "own": OWN_REPORT, "order": OTHER_ORDER,
             "brief": QUOTE_BRIEF, "quotes": QUOTES_ONLY}
    options = load_options()
    docs = [build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in named.items()]
    name = {d.id: n for d, n in zip(docs, named)}
    stories, _copies, _pairs = copy_stories(docs, options)
    members: dict[str, set[str]] = {}
    for s in stories:
        members.setdefault(s.story, set()).add(name[s.doc])
    assert sorted(map(sorted, members.values())) == [["brief"], ["edit", "repost", "wire"], ["order"], ["own"], ["quotes"]]


def test_narrative_is_the_text_outside_quotes():
    assert outside_quotes('He said "we will go" and left. "Fine," she said.') == ["He said ", " and left. ", " she said."]
    facts = narrative_facts('Anna Berg met Olaf Dahl. "Tell Oslo and Riga we agree," Berg said.',
                            lambda sentences: [(s, [w for w in s.split() if w[0].isupper()]) for s in sentences])
    assert "Oslo" not in facts and facts[:2] == ("Anna", "Berg")
    assert narrative_shingles('"one two three four five six"') == b""
    assert len(narrative_shingles("one two three four five six")) == 2 * 4  # two shingles of 32 bits


def test_a_brief_of_quotes_reaches_the_near_duplicate_bar_on_its_quotes_but_not_on_its_narrative():
    wire, brief, edit = _profile(WIRE), _profile(QUOTE_BRIEF), _profile(LIGHT_EDIT)
    assert not narrative_near_duplicate(wire, brief, 0.8)   # the word-shingle estimate the quotes give
    assert narrative_near_duplicate(wire, edit, 0.8)
    # a text of quotes and attributions alone joins only when nearly all of it is inside the other
    quotes = _profile(QUOTES_ONLY)
    assert not narrative_near_duplicate(wire, quotes, 0.7) and narrative_near_duplicate(wire, quotes, 0.95)


def test_quoted_sentences_are_left_out_of_the_sentence_alignment():
    a, b = list(_profile(OTHER_ORDER).sentences), list(_profile(QUOTE_BRIEF).sentences)
    assert any(s.quoted for s in a) and any(s.quoted for s in b)
    assert not align(a, b).is_rewrite
    # with the quoted sentences counted, the quotes' identical skeletons made the pair a spun rewrite
    unflagged = [dataclasses.replace(s, quoted=False) for s in a], [dataclasses.replace(s, quoted=False) for s in b]
    assert align(*unflagged).is_rewrite


def test_the_long_run_exception_counts_facts_outside_quotes():
    match = fact_match(_profile(WIRE + MORE_QUOTES), _profile(OWN_REPORT + OWN_MORE_QUOTES))
    # the names and figures said in the quotes made a long run of facts in the speakers' order
    assert match.run >= FACTS_RUN_MIN_KEPT > match.narrative_run
    assert not match.is_copy


def test_a_text_share_needs_more_than_two_stock_phrases():
    match = fact_match(_profile(OWN_REPORT + OWN_MORE_QUOTES), _profile(QUOTE_BRIEF))
    assert match.text >= TEXT_MIN and match.text_shared < 3 and not match.is_copy
    for a, b in itertools.combinations((WIRE, REPOST, LIGHT_EDIT), 2):
        assert fact_match(_profile(a), _profile(b)).is_copy
