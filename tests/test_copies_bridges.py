"""Issue 14 (copy23): story grouping refuses a single weak bridge between two stories, and a shared credit
alone (with no shared narrative) does not make two reports one story. All texts are invented."""
from __future__ import annotations

from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match
from newsweave.consolidate.records import CopyPair, DocSignature
from newsweave.consolidate.stories import BRIDGE_FACTS_MIN, group

# -- story A: a flood in Varnholm -----------------------------------------------------------------------
FLOOD = ("VARNHOLM - The Selka river rose 3 metres overnight on Tuesday and flooded 240 homes in Varnholm, the "
         "regional office said. Mayor Greta Olsund ordered 12 schools closed until Friday. About 1,800 people "
         "spent the night in the Brannvik sports hall, where the Red Cross handed out blankets. Engineers from "
         "Torsdal checked the Kallberg dam at dawn and found no damage. Insurer Nordfast put the losses at 35 "
         "million crowns. Forecasters at the Meteorological Institute expect 60 millimetres more rain by Thursday.")
FLOOD_REPOST = FLOOD + " Share this story with your friends."
FLOOD_REWRITE = ("Residents of Varnholm woke to water in their streets on Tuesday after the Selka climbed 3 metres "
                 "and reached 240 homes, according to the regional office. Greta Olsund, the mayor, shut 12 schools "
                 "until Friday. Roughly 1,800 people slept at the Brannvik sports hall, with blankets from the Red "
                 "Cross. Torsdal engineers inspected the Kallberg dam early and reported it intact. Nordfast, the "
                 "insurer, estimated the bill at 35 million crowns. The Meteorological Institute warned of 60 "
                 "millimetres of further rain before Thursday.")
FLOOD_REWRITE_OF_REWRITE = ("The Selka rose 3 metres and swamped 240 homes in Varnholm on Tuesday, the regional "
                            "office reported. Mayor Greta Olsund kept 12 schools shut until Friday, and some 1,800 "
                            "residents sheltered at the Brannvik sports hall, where the Red Cross gave out blankets. "
                            "Torsdal engineers found the Kallberg dam undamaged. Nordfast estimated losses of 35 "
                            "million crowns, and the Meteorological Institute forecast 60 millimetres more rain by "
                            "Thursday.")
# -- story B: a mine strike in Osterhavn, nothing in common with A -----------------------------------------
STRIKE = ("OSTERHAVN - Some 900 miners at the Grauberg copper pit walked out on Monday over a 4 percent pay offer, "
          "the Metalworkers Union said. Union leader Piet Lammers called the offer an insult. The owner, Kovar "
          "Mining, said output fell by 7,000 tonnes in the first shift. Labour minister Ruth Abensen invited both "
          "sides to talks in Lindau on Wednesday. The pit supplies 15 percent of the copper shipped from Osterhavn.")
STRIKE_CONDENSED = ("OSTERHAVN - Some 900 miners at the Grauberg copper pit walked out on Monday over a 4 percent "
                    "pay offer, the Metalworkers Union said. Labour minister Ruth Abensen invited both sides to "
                    "talks in Lindau on Wednesday.")


def _sig(doc: str, text: str) -> DocSignature:
    return DocSignature(doc=doc, published="2026-04-0" + doc[-1], length=len(text), text_hash=doc, shingles=0,
                        minhash="", anchors=0, anchor_minhash="")


def _groups(texts: dict[str, str], pairs: list[CopyPair], credits=None, with_profiles: bool = True) -> list[list[str]]:
    profiles = {d: profile(t) for d, t in texts.items()}
    stories, _copies = group({d: _sig(d, t) for d, t in texts.items()}, pairs, credits,
                             profiles.__getitem__ if with_profiles else None)
    out: dict[str, list[str]] = {}
    for s in stories:
        out.setdefault(s.story, []).append(s.doc)
    return sorted(sorted(m) for m in out.values())


def test_one_loose_pair_between_two_stories_does_not_chain_them():
    """Two true pairs (a wire story and its repost; a report and its condensed copy) and one wrong fact-level
    pair between them, as a loose rewrite meeting an independent report would make: two stories, not one
    story of four with four false pairs."""
    texts = {"d1": FLOOD, "d2": FLOOD_REWRITE, "d3": STRIKE, "d4": STRIKE_CONDENSED}
    pairs = [CopyPair("d1", "d2", 0.8, "fact-sequence"), CopyPair("d3", "d4", 0.9, "condensed"),
             CopyPair("d2", "d3", 0.3, "fact-sequence")]
    assert _groups(texts, pairs) == [["d1", "d2"], ["d3", "d4"]]
    # without profiles (the old grouping) the bridge chains all four
    assert _groups(texts, pairs, with_profiles=False) == [["d1", "d2", "d3", "d4"]]
    # a word-for-word bridge is no weak bridge: it joins
    word_for_word = pairs[:2] + [CopyPair("d2", "d3", 0.95, "near-duplicate")]
    assert _groups(texts, word_for_word) == [["d1", "d2", "d3", "d4"]]


def test_a_chain_of_rewrites_stays_one_story():
    """An original and its repost, a rewrite and a rewrite of the rewrite: two pairs of two joined by one
    fact-level pair, borne out by the other pairs across them (the same facts in the same order)."""
    texts = {"d1": FLOOD, "d2": FLOOD_REPOST, "d3": FLOOD_REWRITE, "d4": FLOOD_REWRITE_OF_REWRITE}
    across = [fact_match(profile(texts[x]), profile(texts[y])) for x in ("d1", "d2") for y in ("d3", "d4")]
    assert sum(m.facts >= BRIDGE_FACTS_MIN for m in across) >= 2
    pairs = [CopyPair("d1", "d2", 0.99, "near-duplicate"), CopyPair("d3", "d4", 0.7, "fact-sequence"),
             CopyPair("d1", "d3", 0.6, "fact-sequence")]
    assert _groups(texts, pairs) == [["d1", "d2", "d3", "d4"]]
    # one member joining a story of two is never asked for more (a rewrite of a wire story and its repost)
    assert _groups(texts, pairs[:1] + pairs[2:]) == [["d1", "d2", "d3"], ["d4"]]


def test_a_credit_conflict_still_refuses_the_weaker_pair():
    texts = {"d1": FLOOD, "d2": FLOOD_REWRITE, "d3": STRIKE, "d4": STRIKE_CONDENSED}
    pairs = [CopyPair("d1", "d2", 0.8, "fact-sequence"), CopyPair("d2", "d3", 0.3, "fact-sequence")]
    credits = {"d1": frozenset({"example wire"}), "d3": frozenset({"other agency"})}
    assert _groups(texts, pairs, credits, with_profiles=False) == [["d1", "d2"], ["d3"], ["d4"]]


# -- shared credits -------------------------------------------------------------------------------------
QUOTED_A = ("Varnholm counted 240 flooded homes on Tuesday after the Selka rose 3 metres. \"We have never seen the "
            "river this high,\" Mayor Greta Olsund told Example Wire. Our reporter walked the Brannvik district, "
            "where volunteers stacked sandbags outside the bakery and a pharmacy handed out bottled water. The "
            "Red Cross opened the sports hall to 1,800 people. Nordfast, which insures most shops on the square, "
            "said it would send assessors once the water falls, and estimated 35 million crowns in claims. The "
            "Meteorological Institute expects 60 millimetres of rain by Thursday. Kallberg dam held, Torsdal engineers said.")
QUOTED_B = ("Flooding in Varnholm: the Selka river is up 3 metres and 240 homes are under water, officials say. Mayor "
            "Greta Olsund told Example Wire: \"We have never seen the river this high.\" In a phone interview, a "
            "teacher described pupils being sent home as the first streets filled. About 1,800 residents moved to "
            "the Brannvik hall run by the Red Cross. Insurer Nordfast sees claims near 35 million crowns. More rain, "
            "60 millimetres, is due by Thursday, the Meteorological Institute says. Torsdal engineers called the "
            "Kallberg dam sound.")
MORNING = ("VARNHOLM (Example Wire) - The Selka river burst its banks in Varnholm early on Tuesday, and the regional "
           "office said water had entered 240 homes. Mayor Greta Olsund closed 12 schools. Crews from Torsdal were "
           "sent to the Kallberg dam. The Red Cross prepared the Brannvik sports hall for 1,800 people. Insurer "
           "Nordfast declined to estimate losses. The Meteorological Institute expects 60 millimetres of rain by "
           "Thursday.")
EVENING = ("VARNHOLM (Example Wire) - Water began to recede from Varnholm's lower town by Tuesday evening, leaving "
           "mud-caked kitchens in 240 homes behind, officials said. Mayor Greta Olsund said 12 schools would reopen "
           "only after cleaning. At the Brannvik sports hall, 1,800 evacuees queued for hot soup served by the Red "
           "Cross. Torsdal engineers reported the Kallberg dam unharmed after a day of checks. Nordfast now puts "
           "claims at 35 million crowns. Another 60 millimetres of rain is forecast by Thursday, according to the "
           "Meteorological Institute.")


def test_two_reports_crediting_one_agency_for_a_quote_stay_apart():
    a, b = profile(QUOTED_A, "Example Wire"), profile(QUOTED_B, "Example Wire")
    m = fact_match(a, b)
    assert m.credited and m.facts >= 0.4 and m.containment >= 0.5  # what the credited tier accepted alone
    assert not m.shares_text and not m.is_copy


def test_two_dispatches_of_one_agency_on_one_event_stay_apart():
    m = fact_match(profile(MORNING, "Example Wire"), profile(EVENING, "Example Wire"))
    assert m.credited and m.facts >= 0.4 and m.containment >= 0.5
    assert not m.shares_text and not m.is_copy


def test_credited_rewrites_still_join():
    # a rewrite keeping a little of the narrative's wording
    m = fact_match(profile(FLOOD, "Example Wire"), profile(FLOOD_REWRITE_OF_REWRITE, "Example Wire"))
    assert m.credited and m.shares_text and m.is_copy
    # a rewrite keeping almost none joins as it would uncredited: most facts, in one long run outside quotes
    m = fact_match(profile(FLOOD, "Example Wire"), profile(FLOOD_REWRITE, "Example Wire"))
    assert not m.shares_text and m.is_copy
    assert fact_match(profile(FLOOD), profile(FLOOD_REWRITE)).is_copy
