"""Issue 14 (copy44): two independent reports of one event name the same actors, place and day in their ledes and
quote the same statement; that is not a rewrite's sequence of sentences.

The rewrite channel aligns anchor sentences (names, numbers, quotes) in order. Two things let an agency's own report
align with a magazine's: the statement both quote runs over two sentences, and read sentence by sentence its opening
sentence (the event's who, where and when) did not count as quoted; and the agency told its lede twice, both times
matching the magazine's lede, which counted as two aligned sentences. All texts are our own words about an invented
event: a magazine's one-paragraph report, a content farm's rewrite of it (sentence by sentence, reworded) and an
agency's report written apart.
"""
from __future__ import annotations

import dataclasses

from newsweave.config import load_options
from newsweave.consolidate.copies import Sentence, align, profile
from newsweave.consolidate.run import copy_stories
from newsweave.documents import build_document
from newsweave.model import RawArticle

REPORT = """Lantoria governor struck at Oldhaven market
Governor Ilse Marwick of Lantoria was struck by a man at the heart of Oldhaven on Saturday morning. “Governor Ilse Marwick was struck on Saturday morning at the Brannock market in Oldhaven by a man who was later detained. The Governor is unhurt but shaken,” her office said in a statement. Pieter Vosk, a fishmonger who keeps a stall at the Brannock market, the covered hall where the assault happened, told the Lantoria Courier that Marwick had looked “tired but cheerful” minutes earlier. A man was detained at the scene and officers are now looking into the incident, according to the Courier. “Ilse is of course upset by what happened. It upsets all of us who work with her,” Transport Commissioner Ruben Halloway wrote in a Facebook post. The attack came three days before Lantorians elect a new Provincial Assembly.
"""
REWRITE = """Assault on Lantoria governor Ilse Marwick in Oldhaven
Governor Ilse Marwick of Lantoria was attacked by a man in the centre of Oldhaven on Saturday morning. “Governor Ilse Marwick was hit by a man at the Brannock market in Oldhaven on Saturday morning, and he was later detained. The Governor is unhurt but shaken,” the Governor's office said in a statement. Pieter Vosk, a fishmonger with a stall at the Brannock market, the covered hall where the attack took place, told the Lantoria Courier that Marwick had seemed “weary but in good spirits.” A man has been detained in connection with the attack and officers are currently examining the incident, according to the Courier. “Ilse is naturally upset by what happened. It upsets all of us who work with her,” Lantoria Transport Commissioner Ruben Halloway wrote in a Facebook message. The attack took place three days before Lantorians choose a new Provincial Assembly.
Read more at the Lantoria Courier
"""
AGENCY = """Lantoria governor Ilse Marwick struck by man at Oldhaven market

Governor Ilse Marwick of Lantoria was struck by a man at an Oldhaven market, her office said, adding that he had been detained.

Governor Ilse Marwick of Lantoria was on Saturday "hit" by a man at a market in Oldhaven, her office told reporters, adding that the man was in custody.

Her office said in a statement to reporters that Marwick was "shaken by the attack" but gave no further details.

"Governor Ilse Marwick was struck on Saturday morning at the Brannock market in Oldhaven. The man was later detained," the statement said.

Oldhaven police confirmed that an incident involving the governor had taken place but would not comment further.

"We have detained one person and are investigating. We will say nothing more for now," police said on their website.

"It upsets all of us who work with her," Transport Commissioner Ruben Halloway said in a post on Facebook.

"Nothing like this should ever happen in our quiet and peaceful province," he said.
"""
NAMED = {"report": REPORT, "rewrite": REWRITE, "agency": AGENCY}


def _sentences(text: str) -> list[Sentence]:
    doc = build_document(RawArticle(source="x.txt", text=text), load_options())
    return list(profile(doc.text, doc.credit, doc.outlet.name).sentences)


def _unquoted(sentences: list[Sentence]) -> list[Sentence]:
    return [dataclasses.replace(s, quoted=False) for s in sentences]


def test_the_rewrite_joins_its_report_and_the_agency_report_stays_apart():
    options = load_options()
    docs = [build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in NAMED.items()]
    name = {d.id: n for d, n in zip(docs, NAMED)}
    stories, _copies, _pairs = copy_stories(docs, options)
    members: dict[str, set[str]] = {}
    for s in stories:
        members.setdefault(s.story, set()).add(name[s.doc])
    assert sorted(map(sorted, members.values())) == [["agency"], ["report", "rewrite"]]


def test_each_sentence_of_a_quotation_over_two_sentences_is_quoted():
    report, agency = _sentences(REPORT), _sentences(AGENCY)
    # the statement's opening sentence: the governor, the market, the town and the day, inside the quote marks
    opening = [s for s in report if {"brannock", "saturday", "oldhaven"} <= s.anchors and "vosk" not in s.anchors]
    assert len(opening) == 1 and opening[0].quoted
    assert [s.quoted for s in agency if {"brannock", "saturday"} <= s.anchors] == [True]
    assert not any(s.quoted for s in report if "vosk" in s.anchors or "provincial" in s.anchors)
    # read sentence by sentence (no quotation flagged), the agency report aligned with the magazine's as a rewrite
    assert not align(report, agency).is_rewrite
    assert align(_unquoted(report), _unquoted(agency)).is_rewrite


def test_a_sentence_of_the_other_text_is_aligned_once():
    lede, restated = Sentence(frozenset({"ilse", "marwick", "oldhaven"}), "was by a at"), Sentence(
        frozenset({"ilse", "marwick", "oldhaven", "saturday"}), "was on by a at")
    other = [Sentence(frozenset({"ilse", "marwick", "oldhaven", "saturday"}), "was by a at on"),
             Sentence(frozenset({"pieter", "vosk", "courier"}), "a who told the"),
             Sentence(frozenset({"ruben", "halloway", "facebook"}), "wrote in a"),
             Sentence(frozenset({"provincial", "assembly"}), "the came before")]
    # both the lede and its restatement take the other text's lede as their best match: one aligned sentence
    assert align([lede, restated, other[2]], other).aligned == 2
    assert align([lede, other[1], other[2]], other).aligned == 3
    # on the reports: the agency tells its lede twice, the magazine once
    assert align(_sentences(REPORT), _sentences(AGENCY)).aligned == 2
    assert align(_sentences(REPORT), _sentences(REWRITE)).is_rewrite
