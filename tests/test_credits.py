"""Wire and syndication credits: the origin a text says it was copied from."""
from __future__ import annotations

import pytest

from newsweave.documents import build_document
from newsweave.documents.credits import credit_of, find_credits
from newsweave.model import RawArticle


@pytest.mark.parametrize("text, expected", [
    ("OSLO (AP) — Ferry services resumed on Friday after the storm.", ["Associated Press"]),
    ("LIMA, March 4 (Reuters) - The central bank held its rate.", ["Reuters"]),
    ("NAIROBI, Nov. 2 (Xinhua) -- A new bridge opened on Sunday.", ["Xinhua"]),
    ("The ferry company said repairs would take a week. — AFP", ["Agence France-Presse"]),
    ("Ferries resumed on Friday.\nAFP", ["Agence France-Presse"]),
    ("Ferry services resume after the storm | BBC\nFerries resumed on Friday.", ["BBC"]),
    ("Ferries resumed on Friday, officials said (with AFP).", ["Agence France-Presse"]),
    ("Ferries resumed on Friday.\n\nThe Associated Press contributed to this report.", ["Associated Press"]),
    ("Ferries resumed on Friday.\n\nSource: Al Jazeera", ["Al Jazeera"]),
    ("Ferries resumed on Friday.\n(Source: CNN)", ["CNN"]),
    ("This story was originally published by The Harbour Ledger.", ["The Harbour Ledger"]),
    ("This article first appeared on Deutsche Welle.", ["Deutsche Welle"]),
    # a site not in the outlet table, written after its section as a page title writes it: the site
    ("Ferries resumed.\nThis post was originally published at World - Fjordline Weekly", ["Fjordline Weekly"]),
    ("Ferries resumed.\nThis post first appeared on Harbour Daily.", ["Harbour Daily"]),
    # a portal carrying a partner's story links back to it on a closing line of its own
    ("Ferries resumed on Friday.\n(with newswires)\nRead more on RFI English", ["Radio France Internationale"]),
    ("Ferries resumed on Friday.\nRead the full story at BBC", ["BBC"]),
    ("Ferries resumed on Friday.\nContinue reading on Al Jazeera.", ["Al Jazeera"]),
    ("By Reuters\nFerries resumed on Friday.", ["Reuters"]),
    ("Reuters staff\nFerries resumed on Friday.", ["Reuters"]),
    ("Jane Roe, Associated Press\nFerries resumed on Friday.", ["Associated Press"]),
    ("Ferries resumed.\n(Reporting by Jane Roe in Oslo; Editing by John Doe)", ["Reuters"]),
    ("TIRANA (Example Post / Sputnik - 3rd May, 2021) Ferries resumed.", ["Sputnik"]),
    # a national agency's dateline on the site relaying it: the agency first, a spaced dash, the sites and date
    ("date 2023-05-04 Bergen, (APP - Harbour Daily / Fjord News - 4th May, 2023) Ferries resumed.",
     ["Associated Press of Pakistan"]),
    ("QUITO (Xinhua – Andes Wire) Ferries resumed on Friday.", ["Xinhua"]),
    ("KARACHI (APP/AFP) Ferries resumed on Friday.", ["Associated Press of Pakistan", "Agence France-Presse"]),
    # an agency's dateline in capitals where a page left it: glued to the paragraph before, or stranded at the
    # end of a story a site cut short
    ("“We waited a week,” the skipper said.BERGEN (Reuters) - The harbour reopened.", ["Reuters"]),
    ("Ferries resumed on Friday, the skipper said. “We waited a week.” BERGEN (Reuters)", ["Reuters"]),
    ("Repairs took a week.\nTROMSO, June 9 (AFP)", ["Agence France-Presse"]),
    ("HAMMERFEST, Norway (TNS) — Ferries resumed on Friday.", ["Tribune News Service"]),
    ("A harbour official told AFP that repairs would take a week.", ["Agence France-Presse"]),
    ("Reuters could not independently verify the figures.", ["Reuters"]),
    ("OSLO (AP) — Ferries resumed.\n\nReuters contributed to this report.", ["Associated Press", "Reuters"]),
    # not credits: photo credits, citations of another outlet's reporting, the word in passing
    ("Photo: AFP", []),
    ("Ferries at the pier on Friday. AFP/Getty Images", []),
    ("The AP reported that two ferries were damaged.", []),
    # another newsroom introducing the agency it cites: where one statement came from, not the text's origin
    ("A harbour official told the Reuters news agency that repairs would take a week.", []),
    ("The skipper told the Kyodo news agency the hull was intact.", []),
    ("Papers seen by the AFP news agency list two damaged ferries.", []),
    ("(AP-NORC poll) Most voters backed the ferry subsidy.", []),  # a poll's name, no dateline
    ("Bergen (Norway) Ferries resumed on Friday.", []),  # a place in parentheses
    ("A ferry leaves the pier in Bergen (Xinhua)\n\nFerries resumed on Friday.", []),  # a photo caption's credit
    ("A ferry leaves the pier in BERGEN (REUTERS/Jane Roe)\n\nFerries resumed on Friday.", []),  # a caption's credit
    ("The HARBOUR BOARD (AP) met on Friday.", []),  # capitals before "(Agency)" with prose after it: no dateline
    ("Bergen, (Harbour Daily - 4th May) Ferries resumed.", []),  # a site and a date, no agency
    ("Ferries resumed on Friday (AP - file photo) after the storm.", []),  # not opening a paragraph
    ("The ferry company said in a statement that services resumed.", []),
    ("Menu\nReport\nTime\nFerries resumed on Friday.", []),  # menu items that are also outlet names
    ("Ferries resumed.\nRead more on ferry safety", []),  # a related-topics link, no outlet
    ("Ferries resumed. Read more on BBC coverage of the strike in our archive.", []),  # not a line of its own
])
def test_find_credits(text, expected):
    assert find_credits(text) == expected


def test_credit_joins_several_origins():
    assert credit_of("OSLO (AP) — Ferries resumed.\n\nReuters contributed to this report.") == \
        "Associated Press; Reuters"
    assert credit_of("Ferries resumed on Friday.") is None


def test_a_closing_credit_line_is_found_although_the_cleaner_drops_it(options):
    text = ("Harbour workers end strike\n\nDock workers in the port city returned to work on Monday after a "
            "three-day strike over pay, the union said in a statement.\n\nThe union said talks would go on. — AFP")
    doc = build_document(RawArticle(source="page.txt", text=text), options)
    assert doc.credit == "Agence France-Presse"


@pytest.mark.parametrize("title, expected", [
    ("Harbour workers end three-day strike Reuters", "Harbour workers end three-day strike"),
    ("Harbour workers end three-day strike - Reuters", "Harbour workers end three-day strike"),
    # an outlet the text does not credit stays: it is part of the headline
    ("Harbour union takes its case to AFP", "Harbour union takes its case to AFP"),
])
def test_a_title_loses_the_credited_agency_glued_to_its_end(options, title, expected):
    text = (f"{title}\n\nOSLO (Reuters) - Dock workers in the port city returned to work on Monday after a "
            "three-day strike over pay, the union said in a statement.\n\nThe union said talks would go on.")
    doc = build_document(RawArticle(source="page.txt", text=text, title=title), options)
    assert doc.title == expected


_LEDE = ("A ferry carrying forty passengers ran aground off the northern cape on Tuesday, stranding the travellers "
         "for most of the night, the coast guard said, {}.")
_PROSE = "Rescue boats reached the stranded ferry at dawn and towed it back to the harbour before the next tide came in."


@pytest.mark.parametrize("text, expected", [
    # a rewriting site's lede names the story it retells
    ("Ferry runs aground\n" + _LEDE.format("Al Jazeera reports") + "\n\n" + _PROSE, ["Al Jazeera"]),
    ("Ferry runs aground\n" + _LEDE.format("the Xinhua news agency reported") + "\n\n" + _PROSE, ["Xinhua"]),
    ("Ferry runs aground\n" + _PROSE + "\n\n" + _LEDE.format("Al Jazeera reports"), ["Al Jazeera"]),
    # further down, the same words cite a source for one statement (a via): no credit
    ("Ferry runs aground\n" + "\n\n".join([_PROSE] * 2) + "\n\n" + _LEDE.format("Al Jazeera reports"), []),
    # a title or caption with the formula is no lede
    ("Ferry aground, passengers safe, Al Jazeera reports.\n" + _PROSE, []),
    # an outlet the table does not hold is not credited
    ("Ferry runs aground\n" + _LEDE.format("the Harbour Gazette reports") + "\n\n" + _PROSE, []),
])
def test_a_lede_names_the_story_it_retells(text, expected):
    assert find_credits(text) == expected
