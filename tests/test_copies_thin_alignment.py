"""Issue 14 (copy58): a thin alignment. Two short independent reports of one verdict name the defendant, the city, the
year, the party and the sentencing date, and in the order the story is naturally told: three sentences of each align
on those generic facts alone, and over so few sentences every bar of the rewrite channel was met by chance (the
shorter text keeps four anchor sentences). A rewrite's aligned sentences keep its source's wording (its skeleton of
function words); independent reports' do not. All texts are our own words about invented events.
"""
from __future__ import annotations

from newsweave.config import load_options
from newsweave.consolidate.copies import Sentence, align, profile
from newsweave.consolidate.copy_thresholds import REWRITE_MIN_SKELETON, REWRITE_MIN_SKELETON_THIN
from newsweave.consolidate.run import copy_stories
from newsweave.documents import build_document
from newsweave.model import RawArticle

VERDICT = (
    "A jury in Larkspur on Tuesday found former mayor Corvin Maddox guilty of taking bribes from a builder during "
    "his 2019 campaign.\n\n"
    "Jurors deliberated for about six hours before returning the verdict against the Westmark Party politician.\n\n"
    "Maddox, who had denied every charge, showed no emotion as the decision was read out in Courtroom 4 of the "
    "Halvern County courthouse.\n\n"
    "Judge Elena Posadas set sentencing for March 14, a week before the Westmark Party convention in Duneport.\n")
# written apart: the lede's who, where and when, the courtroom, the sentencing date before the convention, then its own
OWN_REPORT = (
    "LARKSPUR — Corvin Maddox, once the mayor of Larkspur, was convicted on Tuesday of corruption tied to his 2019 run "
    "for office.\n\n"
    "The conviction is the heaviest blow yet to a man who spent two decades shaping the city's skyline.\n\n"
    "Maddox sat still in a Halvern County courtroom while his supporters waited outside in the rain.\n\n"
    "His sentencing on March 14 falls days before the Westmark Party meets for its convention in Duneport.\n\n"
    "Prosecutors in Halvern County would not say what term they would seek for Maddox.\n\n"
    "Lawyers for Maddox said he would appeal by Friday.\n\n"
    "Voters in Larkspur go to the polls again in November.\n")
# a content farm's rewrite of VERDICT, sentence by sentence, content words swapped, one sentence dropped
REWRITE = (
    "A jury in Larkspur on Tuesday found ex-mayor Corvin Maddox guilty of accepting kickbacks from a developer during "
    "his 2019 campaign.\n\n"
    "Jurors debated for roughly six hours before delivering the decision against the Westmark Party figure.\n\n"
    "Judge Elena Posadas fixed sentencing for March 14, a week ahead of the Westmark Party convention in Duneport.\n")


def _sentences(text: str) -> list[Sentence]:
    doc = build_document(RawArticle(source="x.txt", text=text), load_options())
    return list(profile(doc.text, doc.credit, doc.outlet.name).sentences)


def test_two_short_independent_reports_of_one_verdict_do_not_align_as_a_rewrite():
    al = align(_sentences(VERDICT), _sentences(OWN_REPORT))
    # every bar of the human path but the thin one is met: three sentences, 0.75 of the shorter, half the longer
    assert al.aligned == 3 and al.short >= 0.6 and al.long >= 0.5 and al.anchors >= 0.5
    assert REWRITE_MIN_SKELETON <= al.skeleton < REWRITE_MIN_SKELETON_THIN
    assert not al.is_rewrite


def test_a_short_rewrite_keeping_its_sources_facts_and_wording_still_joins():
    al = align(_sentences(VERDICT), _sentences(REWRITE))
    assert al.aligned == 3 and al.skeleton >= REWRITE_MIN_SKELETON_THIN
    assert al.is_rewrite


def test_the_same_skeleton_over_more_aligned_sentences_is_not_thin():
    # five sentences aligned in order, their function words half alike: the plain bar, not the thin one
    a = [Sentence(frozenset({f"n{i}", f"m{i}", "kessa"}), "the of in a to") for i in range(5)]
    b = [Sentence(frozenset({f"n{i}", f"m{i}", "kessa"}), "a the on by an") for i in range(5)]
    al = align(a, b)
    assert al.aligned == 5 and REWRITE_MIN_SKELETON <= al.skeleton < REWRITE_MIN_SKELETON_THIN
    assert al.is_rewrite
    # the same kind of pair cut to three sentences is thin, and apart
    assert not align(a[:3], b[:3]).is_rewrite


def test_the_verdict_the_rewrite_and_the_independent_report_as_the_store_groups_them():
    options = load_options()
    named = {"verdict": VERDICT, "report": OWN_REPORT, "rewrite": REWRITE}
    docs = [build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in named.items()]
    name = {d.id: n for d, n in zip(docs, named)}
    stories, _copies, _pairs = copy_stories(docs, options)
    members: dict[str, set[str]] = {}
    for s in stories:
        members.setdefault(s.story, set()).add(name[s.doc])
    assert sorted(map(sorted, members.values())) == [["report"], ["rewrite", "verdict"]]
