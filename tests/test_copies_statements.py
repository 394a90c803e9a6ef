"""Issue 14 (copy39): one long official statement quoted by independent reports is not copying.

Invented reports, in our own words, of one invented chlorine leak at a water plant: the utility's statement of
four long sentences is quoted word for word by three newsrooms, each with its own narrative, its own selection
and order of the statement's sentences, and the same figures (37 in hospital, two kept in, an 800-metre cordon).
Newsrooms print a statement in several forms: over several paragraphs (each paragraph opens with a quote mark,
only the last one closes), in single quotes, in guillemets. The copy measures read the narrative outside quoted
passages (``wording.ANY_QUOTE``); before copy39 only double quotes closed on their line were read, so each form
left the whole statement in the narrative, and the three reports joined one story with the wire story's repost.
"""
from __future__ import annotations

import re

import pytest

from newsweave.config import load_options
from newsweave.consolidate import copies, narrative, wording
from newsweave.consolidate.run import copy_stories
from newsweave.consolidate.wording import ANY_QUOTE
from newsweave.documents import build_document
from newsweave.model import RawArticle

S1 = ("At 6.40 this morning a valve on the chlorine dosing line at our Brannock Weir plant failed during routine "
      "maintenance, and a quantity of chlorine gas escaped into the pump hall before the automatic shut-off closed the line")
S2 = ("Our first concern is for the 37 people, staff and neighbours, who were taken to hospital for checks, and we are "
      "told that two of them remain under observation with breathing difficulties")
S3 = ("Drinking water supplied to homes and businesses has not been affected in any way, and customers do not need to "
      "boil their water or change how they use it")
S4 = ("We are working with the fire service and the environment regulator to find out why the valve failed, and we will "
      "publish what we learn as soon as we are able to do so")

# the first newsroom: the statement over four paragraphs, only the last closing its quote
MULTI_PARAGRAPH = f"""Chlorine leak at Brannock Weir water plant sends 37 to hospital
Residents of the village of Brannock Weir were told to keep their windows shut on Monday after gas leaked from the local water treatment works, sending 37 people to hospital.
Firefighters in breathing apparatus sealed the pump hall within an hour, and police closed the road to the village school, which was evacuated as a precaution.
Tarnfield Water, which runs the plant, said in a statement released at midday:
“{S1}.
“{S2}.
“{S3}.
“{S4}.”
Neighbours said a sharp smell drifted across the allotments behind the works shortly before 7am.
A cordon of 800 metres stayed in place until early afternoon, when air readings returned to normal.
"""
# a second newsroom: single quotes, the statement's sentences in another order
SINGLE_QUOTES = f"""Water firm apologises after gas escape at treatment works
Thirty-seven people needed hospital checks after chlorine gas escaped at Tarnfield Water's plant in Brannock Weir on Monday morning.
The company said its tap water was safe to drink. '{S3},' it said.
Parents collected children from the primary school near the works, which closed for the day, while a cordon of 800 metres kept traffic out of the lanes around the site.
In its statement the company set out what had happened. '{S1},' the utility said.
'{S2}.
'{S4}.'
The regulator confirmed it had opened an inquiry. Local councillors asked for a meeting with the company this week.
"""
# a third newsroom: guillemets
GUILLEMETS = f"""Brannock Weir: dozens checked in hospital after chlorine release
A release of chlorine gas at the Brannock Weir treatment plant on Monday left 37 people in need of medical checks, two of them kept in overnight.
Tarnfield Water said: «{S1}. {S2}.»
Emergency crews shut off the lanes around the works for most of the day and the village primary school sent its pupils home.
«{S3}. {S4}», the statement added.
Residents said it was the second alarm at the plant in three years.
"""
# copies of the first report: a repost in another site's chrome and a light edit
REPOST = "Local news | Weather | Sport\n" + MULTI_PARAGRAPH + "Share on social media\n"
LIGHT_EDIT = (MULTI_PARAGRAPH.replace("were told to keep their windows shut", "were asked to keep windows closed")
              .replace("sealed the pump hall within an hour", "had sealed off the pump hall inside an hour")
              .replace("a sharp smell drifted across the allotments", "a strong smell drifted over the allotments"))
TEXTS = {"multi": MULTI_PARAGRAPH, "single": SINGLE_QUOTES, "guillemets": GUILLEMETS, "repost": REPOST,
         "edit": LIGHT_EDIT}
# the reader of quotes before copy39: double quotes closed within 400 characters
DOUBLE_ONLY = re.compile(r"[\"“][^\"“”]{0,400}[\"”]")


def _stories() -> list[list[str]]:
    options = load_options()
    docs = [build_document(RawArticle(source=f"{n}.txt", text=t), options) for n, t in TEXTS.items()]
    name = {d.id: n for d, n in zip(docs, TEXTS)}
    stories, _copies, _pairs = copy_stories(docs, options)
    members: dict[str, set[str]] = {}
    for s in stories:
        members.setdefault(s.story, set()).add(name[s.doc])
    return sorted(map(sorted, members.values()))


def test_reports_quoting_one_long_statement_stay_apart_and_the_copies_join():
    assert _stories() == [["edit", "multi", "repost"], ["guillemets"], ["single"]]


def test_with_double_quotes_alone_read_the_statement_joined_the_reports(monkeypatch):
    # copy43's statement rows (words attributed to a statement in both texts are the utility's) also keep the
    # single-quoted report apart: off here, to show what copy39's reading of quotes does alone
    monkeypatch.setattr(wording, "STATEMENTS", False)
    for module, attribute in ((wording, "ANY_QUOTE"), (narrative, "QUOTED"), (copies, "_ANY_QUOTE")):
        monkeypatch.setattr(module, attribute, DOUBLE_ONLY)
    copies._read.cache_clear()
    try:
        stories = _stories()
    finally:
        copies._read.cache_clear()
    assert ["edit", "guillemets", "multi", "repost", "single"] in stories


@pytest.mark.parametrize("text,quoted", [
    ('He said "we will go" and left. "Fine," she said.', ['"we will go"', '"Fine,"']),
    ("It said:\n“One thing.\n\n“Another thing.\n“The last thing.”\nThen it ended.",
     ["“One thing.", "“Another thing.", "“The last thing.”"]),
    ("'All measures have been taken,' police said. 'We're sure it's over.'", ["'All measures have been taken,'",
                                                                            "'We're sure it's over.'"]),
    ("They said: 'It began at dawn.\n'It ended at noon.'", ["'It began at dawn.", "'It ended at noon.'"]),
    ("Le maire a dit «nous restons» et „wir bleiben“ hier.", ["«nous restons»", "„wir bleiben“"]),
])
def test_quoted_passages_in_each_printed_form(text, quoted):
    assert ANY_QUOTE.findall(text) == quoted


@pytest.mark.parametrize("text", [
    "Oman's police don't say, and the officials' car of the '90s stayed.",  # apostrophes and a decade
    "Then Zambia 's office said it won't comment.",                           # an apostrophe cut off its word
    'A stray " mark here\nand another " there on the next line.',             # never paired across paragraphs
    "It said: “No closing mark on this line.\nThe next paragraph is narrative.",  # no quote runs on
])
def test_apostrophes_and_unpaired_marks_are_not_quotes(text):
    assert ANY_QUOTE.findall(text) == []
