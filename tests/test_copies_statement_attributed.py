"""Issue 14 (copy43): words both reports attribute to one statement are that party's, as a quotation is.

Own-words texts (invented): a water utility's statement on a boil notice in the town of Fenwick Vale, retold at length
without quote marks ("the utility said in a statement", "the statement added") by two newsrooms that wrote the rest
of the event apart; and a wire story carrying the same statement with its repost on another site. ``wording``'s
"statement" rows of ``data/crossdoc/release_forms.tsv`` mark the attributed paragraphs; ``factseq.fact_match`` does not
count as shared wording the 3-grams both texts hold in such paragraphs (``Profile.statement_trigrams``).
"""
from __future__ import annotations

import pytest

from newsweave.consolidate import wording
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match

from test_copies_pasted_block import _joined

# the utility's words, as both newsrooms retell them (two paragraphs, each attributed)
STATEMENT_1 = ("Samples taken from the Harlow Road reservoir on Monday showed traces of coliform bacteria above the "
               "permitted level, and as a precaution all 18,000 households supplied by the reservoir must boil their "
               "tap water before drinking it, Calder Water said in a statement on Tuesday.")
STATEMENT_2 = ("Engineers have isolated the reservoir, are flushing the mains from the Ashby pumping station and "
               "expect to lift the notice within four days once two clean samples in a row are confirmed by the "
               "laboratory in Norbridge, the statement added.")

REPORT_A = f"""Boil notice for 18,000 Fenwick Vale homes after bacteria found

Residents of Fenwick Vale were queueing at supermarkets on Tuesday morning as bottled water sold out within hours of
the warning reaching their phones.

{STATEMENT_1}

{STATEMENT_2}

At the Kingsmead primary school the head teacher, Olwen Pryce, had the drinking fountains taped over and asked parents
to send children in with a filled flask.

Councillor Dev Sandhu said the town had been told too late and wanted to know why the first results took a day to
reach families with babies.

The last notice of this kind in the county was lifted after a week in 2019.
"""

REPORT_B = f"""Fenwick Vale cafes close their doors as water warning bites

Half the cafes on Mill Street had handwritten signs in their windows by lunchtime, their owners unwilling to serve
drinks made with kettles they could not trust.

{STATEMENT_1}

{STATEMENT_2}

Tomas Reyes, who runs a bakery near the market hall, said he had poured away two batches of dough and would stay
shut until the notice ends.

A pharmacist on Church Lane reported a run on rehydration sachets among older customers.

Opposition members on the council called for compensation for traders hit by the closure.
"""

# a credited wire story carrying the same statement, and its repost on another site (a light edit of the headline);
# the credit no longer lets an independent report that retells the statement join the wire story (copy42's loophole)
WIRE = f"""Bacteria in Fenwick Vale reservoir: 18,000 homes told to boil water

FENWICK VALE (Reuters) - Households across Fenwick Vale were told on Tuesday to boil their drinking water after
routine testing found bacteria in the main reservoir serving the town.

{STATEMENT_1}

{STATEMENT_2}

The notice covers the town centre, the Brookside estate and the villages of Elm Cross and Tarrow, the utility's map
shows, and care homes were contacted first by telephone.

Supermarkets in the town limited bottled water to four packs per customer, and the council opened a distribution
point at the leisure centre on Quarry Lane.

Calder Water was fined in 2021 for a sewage spill into the River Lune and has faced questions over the age of its
pipes in the valley.
"""
REPOST = WIRE.replace("Bacteria in Fenwick Vale reservoir: 18,000 homes told to boil water",
                      "Fenwick Vale told to boil water after bacteria found in reservoir")


def _match(a: str, b: str):
    return fact_match(profile(a), profile(b))


@pytest.mark.parametrize("paragraph,attributed", [
    (STATEMENT_1, True),
    (STATEMENT_2, True),
    ("The board said in a press release that prices would rise.", True),
    ("According to a statement from the ministry, the talks will resume next week.", True),
    ("The mayor said on X that the bridge would reopen.", True),
    # a report's own attribution to a speaker, and a statement merely mentioned, are not the forms
    ("The mayor said the bridge would reopen on Monday.", False),
    ("The ministry has not issued a statement on the closure.", False),
])
def test_statement_forms_mark_the_attributed_paragraph(paragraph, attributed):
    assert bool(wording.statement_trigrams(paragraph)) is attributed
    assert wording.is_borrowed(paragraph) is attributed


def test_independent_reports_retelling_one_statement_stay_apart():
    match = _match(REPORT_A, REPORT_B)
    assert match is not None and not match.is_copy


def test_without_the_statement_rule_they_join(monkeypatch):
    """The two reports share the statement's two paragraphs word for word and nothing else: with the statement rows
    switched off the fact-sequence channel accepts them (so the rule, not another bar, keeps them apart)."""
    monkeypatch.setattr(wording, "STATEMENTS", False)
    assert _match(REPORT_A, REPORT_B).is_copy


def test_a_wire_story_and_its_repost_carrying_the_statement_still_join():
    match = _match(WIRE, REPOST)
    assert match.is_copy
    # the discount is of the statement's words only: the repost's own sentences are still shared
    assert match.own >= 0.3


TEXTS = {"report_a": REPORT_A, "report_b": REPORT_B, "wire": WIRE, "repost": REPOST}


def test_in_the_store_path_only_the_repost_joins_the_wire_story():
    """Through every channel (``run.copy_stories``): the wire story and its repost are one story; neither independent
    report joins them or each other, though the wire story credits an agency (copy42's veto spares credited pairs)
    and the statement is half of each report's text (the near-duplicate channel's narrative leaves it out)."""
    assert _joined(TEXTS) == {frozenset(("wire", "repost"))}


def test_without_the_statement_rule_every_pair_joins(monkeypatch):
    monkeypatch.setattr(wording, "STATEMENTS", False)
    joined = _joined(TEXTS)
    pairs = (("report_a", "report_b"), ("report_a", "wire"), ("report_b", "wire"))
    assert {frozenset(p) for p in pairs} <= joined


def test_a_statement_one_text_attributes_and_the_other_does_not_is_still_shared_wording():
    """Only words both texts attribute to a statement are discounted: a rewrite that drops the attribution keeps the
    wire's wording as its own."""
    unattributed = REPORT_B.replace(", Calder Water said in a statement on Tuesday", "").replace(
        ", the statement added", "")
    attributed = _match(REPORT_A, REPORT_B)
    plain = _match(REPORT_A, unattributed)
    assert plain.own > attributed.own
