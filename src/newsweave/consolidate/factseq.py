"""The fact-sequence channel of copy detection: two texts' facts compared in order.

A human or machine rewrite keeps the facts (names, numbers, dates, quotes) in their order but few
words. :func:`fact_match` compares the ordered facts of two :class:`~newsweave.consolidate.copies.Profile`
records (the longest common subsequence over the shorter sequence), the share of the writer's own
wording they share (names, titles and quotes aside) and the origins they credit; :attr:`FactMatch.is_copy` is the acceptance rule
(:func:`newsweave.consolidate.copies.contained_pairs` asks it for candidates of its containment indexes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from array import array
from bisect import bisect_left
from typing import TYPE_CHECKING, Sequence

import numpy as np
from rapidfuzz.distance import LCSseq

from . import wording as wording_module
from .wording import common_trigrams

_NONE: frozenset[int] = frozenset()
# a figure as ``copies._facts`` writes it: digits, thousands separators removed, an optional decimal part
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# switched off by tests and benchmarks to show what the precision-conflict bar changes (copy53)
PRECISION_CONFLICTS = True

if TYPE_CHECKING:
    from .copies import Profile

# Calibrated on tests/corpus/real/dev (12 same-story pairs, 24 independent-report pairs), the real
# copy-calibration set tests/corpus/real/copies (30 same-story pairs, 62 independent-report pairs;
# benchmarks/copies_real.py) and tests/corpus/copies (33 pairs). FACTS = the longest common subsequence
# of the two fact sequences over the shorter sequence; OWN = the share of the shorter text's own wording
# (word 3-grams outside quotes with a lower-case content word: copies.own_trigrams) found in the other.
# - The first wording measure counted every 3-gram with a content word, names and quoted words included:
#   independent reports of one announcement share those ("Prime Minister Anwar Ibrahim", "immediate and
#   unconditional ceasefire") and reached 0.10-0.17 on the calibration set, above rewrites (0.04-0.09):
#   17 false pairs there. On their own wording the same independent reports reach at most 0.07.
# - Every pair keeps the first bar, WORDING >= 0.09 (independent reports in tests/corpus/copies, our
#   own prose with its formulaic phrasing, reach OWN 0.08 but WORDING <= 0.07).
# - Tier 1: FACTS >= 0.27 and OWN >= 0.08 (independent reports: OWN <= 0.07 on both real sets).
# - Tier 2, a rewrite that keeps most facts in order and set needs less of the wording: FACTS >= 0.45,
#   fact containment >= 0.6 and OWN >= 0.04. The independent reports nearest it have FACTS 0.47 with
#   containment 0.47, or FACTS 0.46 / containment 0.65 with OWN 0.00 (in tests/corpus/copies: 0.64 /
#   0.79 / OWN 0.05 but WORDING 0.06); the dev pair it exists for (two rewrites of one BBC story) has
#   0.47 / 0.65 / OWN 0.047 / WORDING 0.10. These margins are thin.
# Heavy rewrites of one wire story (OWN 0.02-0.07, FACTS 0.40-0.47) stay missed: facts and wording do
# not tell them from independent reports of the same event (docs/copies.md).
FACTS_MIN_WITH_WORDING = 0.27
WORDING_MIN = 0.09
OWN_WORDING_MIN = 0.08
FACTS_MIN_KEPT = 0.45
FACT_CONTAINMENT_MIN_KEPT = 0.6
OWN_WORDING_MIN_KEPT = 0.04
# Shared text, not only shared facts (issue 14: on blind first runs the false joins were independent
# reports of one event, uncredited, joined here because one event's reports share its names, numbers and
# the 3-grams around them: "17 people were", "Mayor Jane Roe said"). TEXT = the share of the shorter
# text's word 3-grams outside quotes with a lower-case content word and no capitalised word or digit
# (copies.own_trigrams(names_and_figures=False)) found in the other. Both tiers need TEXT >= 0.05:
# same-story pairs accepted on dev and the calibration set reach >= 0.06 (one exception below), the
# accepted independent pair of dev (two reports of one concession, AP rewrite and Reuters, OWN 0.13 on
# names and figures) 0.03. The exception, two rewrites of one BBC story (TEXT 0.01), keeps tier 2 on a
# long run of facts in one order: >= 18 facts (it has 20; independent reports on both real sets reach
# at most 14, most <= 10). The run counted there is of facts outside quoted passages (narrative_run; the
# BBC pair keeps 19): independent reports of one press conference share its quotes and the names and
# figures said in them in the speaker's order, a run of 42 for two invented reports of one briefing whose
# narratives share 7 facts (tests/test_copies.py).
# The shared 3-grams that only state the event's act ("have agreed to", "killed at least": every content word a PLOVER
# trigger, ``wording.predicate_trigrams``) are not counted (copy36): three such 3-grams were all the text of the
# calibration set's independent reports nearest tier 2 (c05~c07, c05~c11: TEXT exactly 0.05 over 3, FACTS 0.39 the
# only bar missed); no verified pair changed (docs/copies.md).
TEXT_MIN = 0.05
# ...and over at least this many shared 3-grams: a brief made of quotes has a handful of its own 3-grams,
# and two stock phrases ("at the town hall") make a share (accepted same-story pairs share >= 4 on
# both real sets, one pair 1 through the run exception above)
TEXT_MIN_SHARED = 3
FACTS_RUN_MIN_KEPT = 18
# ...and that run is read sentence by sentence: each sentence of either text adds at most RUN_FACTS_PER_SENTENCE of
# its facts to it (``sentence_run``, the fewer of the two texts' counts; copy54). Within one sentence the order of
# the facts is its grammar's, not the writer's: a title comes before its name, a state before its premier, a chain
# of "<state> premier <name> and state Interior Minister <name>" is 8 facts any report of the event writes in that
# order. What shows one text following another is the order kept across sentences. Measured on dev: dpa's story
# of a vigil and DW's own report of it (r39_01~03, independent, TEXT 0.025 over 3 3-grams) reach a narrative run of
# 19, 7 of them in one sentence; counted so they hold 15, where the BBC rewrites the exception exists for
# (r3_03~04), at most 4 facts a sentence ("Prime Minister Abiy Ahmed"), keep 19. Five is one titled name and a
# place, the most one sentence says about one actor.
RUN_FACTS_PER_SENTENCE = 5
# ...and tier 1, where the facts say least (FACTS from 0.27), needs that text in at least this many separate
# passages (runs of consecutive shared 3-grams in the shorter text, each 3-gram counted once: ``passages``). One
# phrase counts as many 3-grams as it has words less two, and independent reports of one event, each retelling
# the same source, describe its one striking detail in the same words (copy33: a minister's post "showing a photo
# of himself aboard the plane with the officers", 8 shared 3-grams in 3 passages, FACTS 0.29, OWN 0.10, TEXT 0.13,
# an AP rewrite and an RFI report of dev, passed tier 1 and was kept apart only by not being proposed). A rewrite
# keeps the wire's wording in many places: the tier-1-only same-story pairs of dev and the calibration set share
# >= 5 passages (most >= 8); pairs passing tier 2 or 3 or credited are not asked (one credited condensed copy shares
# 2 long passages, one dev rewrite of tier 2 two short ones over FACTS 0.74).
TEXT_MIN_PASSAGES = 4
# ...and tier 2, which asks no such count, needs the facts of a rewrite when its shared text is that thin (fewer than
# TEXT_MIN_PASSAGES passages, uncredited): most of the shorter text's facts in the other (containment >= 0.8) and in
# its order (FACTS >= 0.6), between tier 2's bars and the condensed tier's (0.75 / 0.9). Short reports of one event
# share its own descriptive phrases ("has been living in hiding", "white smoke billowed from"), 4-6 3-grams in 3
# passages, over the event's names in news order (issue 14, copy56). Measured on the calibration set: the four
# independent pairs tier 2 joined so (c61~c62, c61~c63, c64~c66, c66~c67) have FACTS 0.46-0.59 with containment
# 0.62-0.93, no pair reaching both bars; the same-story pairs tier 2 holds on thin text (r14_01~02 and r20_01~02 of
# dev, two short passages each) have FACTS 0.74 / 0.65 with containment 0.89 / 0.90. The long-run exception (a run of
# FACTS_RUN_MIN_KEPT narrative facts, no shared text asked) is not asked.
FACTS_MIN_THIN_TEXT = 0.6
FACT_CONTAINMENT_MIN_THIN_TEXT = 0.8
# a shared credit ("(Agency) -" in both, or one crediting the other's outlet) lowers the wording bars
# (WORDING, OWN) but needs more of the facts: independent stories of one agency on one topic, days
# apart, share FACTS <= 0.24 and fact containment <= 0.29 on dev. It still needs shared text
# (``shares_text``, issue 14, copy23): reports by different newsrooms that each credit one agency for a
# quote or a figure, and two dispatches of one agency on one event (the morning story and the evening
# update, each written anew), share the event's facts but not its narrative. No credited pair of dev or
# the calibration set is joined by this tier alone (each passes a tier above; the least text among
# them is 0.29 over 12 shared 3-grams)
FACTS_MIN_CREDITED = 0.4
FACT_CONTAINMENT_MIN_CREDITED = 0.5
# too few facts say nothing about a sequence
FACTS_MIN_COUNT = 8
# ...and a handful of facts in one order is not a sequence either: any two reports of one event name its place,
# its toll, its official and its day, mostly in news order (who, where, how many, who said), so an uncredited
# pair needs a longer run than that (issue 14, copy31). Measured: a broadcaster's short story and a newspaper's
# own report of the same fire, whose ledes both follow the first official statement, share 6 facts with a run
# of 4 and pass tier 1 on their shared lede wording (FACTS 0.50, OWN 0.21, TEXT 0.27 over the 8-fact repost);
# every uncredited same-story pair the channel accepts on dev and the calibration set has a run >= 7
# (benchmarks/copies_real.py). A shared credit is evidence of one origin by itself, so credited pairs are
# not asked (one credited condensed copy accepted on tier 1 has a run of 5).
FACTS_RUN_MIN_UNCREDITED = 6
# Tier 3, a condensed rewrite (an AI summary or a content farm's digest of one story, every word changed):
# nearly all of the shorter text's facts are in the longer one (containment >= 0.9) and in the longer
# one's order (FACTS >= 0.75) over a run of >= 10 facts, with a trace of shared own wording (OWN >= 0.04)
# and shared text (``shares_text``); the wording bar (WORDING >= 0.09) is not asked. Measured (copy24): the
# dev pair it exists for, a BBC story and its AI rewrite (r9_01/r9_02), has 0.85 / 1.00 / run 11 / OWN 0.05
# / TEXT 0.06 / WORDING 0.06; the real independent reports nearest it on dev and the calibration set (175
# pairs, r34d's hard negatives among them) have FACTS <= 0.67 (containment 0.67), or containment 0.91 with
# FACTS 0.50. Facts alone do not suffice: an invented brief written apart from its story, all the facts in
# news order (tests/test_copies.py, CABLE_CAR_OWN_REPORT), has 0.89 / 0.94 / run 16 but TEXT 0.00.
FACTS_MIN_CONDENSED = 0.75
FACT_CONTAINMENT_MIN_CONDENSED = 0.9
FACTS_RUN_MIN_CONDENSED = 10
# Two reports quoting one speech (issue 14, copy47): what they share inside the quotes (the quotes themselves, the
# names and figures said only in them: ``shared_quoted_facts``) is evidence of one source, not of one text copying the
# other. What must align is the reporting around the quotes: when the two share a quoted passage (a quote fact, or
# SHARED_QUOTE_MIN_TRIGRAMS 3-grams inside both texts' quotes: ``wording.quote_trigrams``), an uncredited pair's run of
# facts outside the shared quotes must span at least QUOTED_RUN_MIN_SENTENCES sentences of each text
# (``FactMatch.quote_led``). Measured on dev r51d_04~05 (two outlets quoting the same two passages of a leader's
# speech word for word): without the quotes its run is 7 facts, the two protagonists' names and titles in one lede
# sentence. Every uncredited same-story pair of dev and the calibration set the channel accepts that shares quotes
# spans >= 2 (the r10 copies exactly 2, each held by the near-duplicate channel too). Leaving the shared quotes out of
# the measures themselves (facts, run, wording) was measured and rejected: it took a channel from 8 true pairs
# (docs/copies.md).
SHARED_QUOTE_MIN_TRIGRAMS = 3
QUOTED_RUN_MIN_SENTENCES = 2
# Two texts that give the same quantities at different precision took them from different sources (issue 14, copy53).
# A copy carries its original's figures as written (a repost, an edit, a spun or machine rewrite keep "63.36 percent");
# independent reports of one official count each write the figure as their source or their own style gives it, one
# "63.36 percent", another "63 per cent". A *precision conflict* is a figure outside quotes written with decimals in one
# text and, rounded or cut to a whole number, written so in the other, neither form being in the other text
# (``precision_conflicts``: matched one to one). An uncredited pair with at least FIGURE_CONFLICTS_MIN of them is no copy
# for this channel, as two conflicting credits are. One alone is not enough: a rewrite rounds one figure now and then
# ("61.55" -> "61", the Ecuador referendum pair r17d_01~02 of dev), and a decimal number beside a whole one
# ("1.5 million people", "1 million tonnes") can meet by chance. Measured on dev and the calibration set
# (benchmarks/copies_real.py): no same-story pair has two, the independent c44~c46 (the Irish presidential count,
# "63%" / "29%" against "63.36" / "29.46 percent") and c55~c56 (55 / 44 against 55.8 / 44.1) have two.
FIGURE_CONFLICTS_MIN = 2


@dataclass(frozen=True, slots=True)
class FactMatch:
    facts: float        # longest common subsequence of the fact sequences over the shorter one
    containment: float  # share of the shorter fact set inside the other
    wording: float      # share of the shorter text's word 3-grams inside the other
    own: float          # the same for the writer's own wording (no names, titles or quoted words)
    text: float         # the same without any 3-gram holding a capitalised word or a figure
    run: int            # the longest common subsequence itself: facts in one order
    credited: bool      # both credit one origin, or one credits the other's outlet
    conflicting: bool   # both credit origins and none in common
    narrative_run: int = 0  # the run of facts outside quoted passages (quotes, and names said in them, aside)
    text_shared: int = 0    # how many 3-grams ``text`` counts
    text_passages: int = 0  # in how many separate passages of the shorter text they lie (``passages``)
    # when the two share quoted passages and the other bars accept the pair: how many sentences of either text the
    # run outside the shared quotes spans (the fewer); None otherwise
    run_sentences: int | None = None
    # figures written at different precision in the two texts (``precision_conflicts``): different sources (copy53)
    figure_conflicts: int = 0
    # the narrative run with each sentence adding at most RUN_FACTS_PER_SENTENCE facts (``sentence_run``), read where
    # it decides (a pair whose tier 2 rests on the long-run exception); None otherwise (copy54)
    narrative_sentence_run: int | None = None

    @property
    def kept_run(self) -> int:
        """The run of narrative facts the long-run exception of tier 2 reads: counted sentence by sentence where
        that was read (``narrative_sentence_run``)."""
        return self.narrative_run if self.narrative_sentence_run is None else self.narrative_sentence_run

    @property
    def shares_text(self) -> bool:
        return self.text >= TEXT_MIN and self.text_shared >= TEXT_MIN_SHARED

    @property
    def thin_text_loose_facts(self) -> bool:
        """Shared text in fewer passages than tier 1 asks, uncredited, over facts short of a rewrite's: what short
        reports of one event share by describing it (tier 2's bar, issue 14, copy56)."""
        return (not self.credited and self.text_passages < TEXT_MIN_PASSAGES
                and (self.facts < FACTS_MIN_THIN_TEXT or self.containment < FACT_CONTAINMENT_MIN_THIN_TEXT))

    @property
    def quote_led(self) -> bool:
        """Two texts that quote one source and whose reporting around the quotes agrees in one sentence only (the
        lede's names): both quote one speech; nothing says one copies the other (issue 14, copy47)."""
        return self.run_sentences is not None and self.run_sentences < QUOTED_RUN_MIN_SENTENCES

    @property
    def is_copy(self) -> bool:
        if self.conflicting or (not self.credited and self.run < FACTS_RUN_MIN_UNCREDITED):
            return False
        if not self.credited and self.quote_led:
            return False
        if not self.credited and self.figure_conflicts >= FIGURE_CONFLICTS_MIN:
            return False
        if self.wording >= WORDING_MIN:
            if (self.facts >= FACTS_MIN_WITH_WORDING and self.own >= OWN_WORDING_MIN and self.shares_text
                    and (self.text_passages >= TEXT_MIN_PASSAGES or self.credited)):
                return True
            if (self.facts >= FACTS_MIN_KEPT and self.containment >= FACT_CONTAINMENT_MIN_KEPT
                    and self.own >= OWN_WORDING_MIN_KEPT
                    and ((self.shares_text and not self.thin_text_loose_facts) or self.kept_run >= FACTS_RUN_MIN_KEPT)):
                return True
        if (self.facts >= FACTS_MIN_CONDENSED and self.containment >= FACT_CONTAINMENT_MIN_CONDENSED
                and self.run >= FACTS_RUN_MIN_CONDENSED and self.own >= OWN_WORDING_MIN_KEPT and self.shares_text):
            return True
        return (self.credited and self.facts >= FACTS_MIN_CREDITED and self.containment >= FACT_CONTAINMENT_MIN_CREDITED
                and self.shares_text)


def fact_match(a: Profile, b: Profile) -> FactMatch | None:
    """Compare two texts' ordered facts; None when either has too few facts to say."""
    if min(len(a.facts), len(b.facts)) < FACTS_MIN_COUNT:
        return None
    common = set(a.facts) & set(b.facts)
    short = min(len(a.facts), len(b.facts))
    # what one event's reports share by reporting it (quotes, a name with its apposed role, figures) is not
    # counted as shared wording (``wording.event_trigrams``, issue 14, copy35); the denominators stay
    event = a.event_trigrams | b.event_trigrams
    # ...nor the words both texts attribute to one statement, release or post: that party's, as a quotation is
    # (``wording.statement_trigrams``, issue 14, copy43)
    event = event | (a.statement_trigrams & b.statement_trigrams)
    # ...nor what any two English news texts share: the 3-grams many unrelated reference pages hold ("the end of",
    # "on social media": ``wording.common_trigrams``, a document-frequency table, issue 14, copy37)
    usual = common_trigrams()
    measures = wording_module.COMMON_MEASURES if usual else frozenset()
    tri = min(len(a.trigrams), len(b.trigrams))
    wording = len((a.trigrams & b.trigrams) - event - (usual if "wording" in measures else _NONE)) / tri if tri else 0.0
    credited = bool(a.credits & b.credits) or (a.outlet in b.credits) or (b.outlet in a.credits)
    conflicting = bool(a.credits and b.credits and not (a.credits & b.credits)) and not credited
    n_own = min(len(a.own_trigrams), len(b.own_trigrams))
    own = len((a.own_trigrams & b.own_trigrams) - event - (usual if "own" in measures else _NONE)) / n_own if n_own else 0.0
    # ...and the text measure, the one meant to hold no wording of the event's, does not count the wording that states
    # its act either ("have agreed to an", "killed at least": ``wording.predicate_trigrams``, issue 14, copy36)
    event = event | a.predicate_trigrams | b.predicate_trigrams
    n_text = min(len(a.text_trigrams), len(b.text_trigrams))
    text_shared = len((a.text_trigrams & b.text_trigrams) - event - (usual if "text" in measures else _NONE))
    short_text, long_text = (a, b) if len(a.text_trigrams) <= len(b.text_trigrams) else (b, a)
    text = text_shared / n_text if n_text else 0.0
    # the facts the two do not share are in no common subsequence: no need to filter them out first
    run = _lcs(a.facts, b.facts)
    # two texts quoting one source: the facts both hold only inside quotes are the source's, so the run that must
    # span the reporting is read without them (copy47)
    # (asked only where it can decide: an uncredited pair past the run bar)
    quoted = shared_quoted_facts(a, b)
    shares_quotes = (not credited and run >= FACTS_RUN_MIN_UNCREDITED
                     and (bool(quoted) or len(a.quote_trigrams & b.quote_trigrams) >= SHARED_QUOTE_MIN_TRIGRAMS))
    match = FactMatch(run / short, len(common) / short, wording, own, text, run, credited, conflicting,
                      _lcs(a.narrative_facts, b.narrative_facts), text_shared,
                      passages(short_text.text_sequence, long_text.text_trigrams - event - (usual if "text" in measures else _NONE)) if text_shared else 0,
                      figure_conflicts=precision_conflicts(a.narrative_facts, b.narrative_facts))
    # the long-run exception reads the run sentence by sentence (copy54); it can only lower the run, so it is walked
    # only for a pair whose tier 2 would rest on it (no shared text, the run past the bar)
    if not match.shares_text and match.narrative_run >= FACTS_RUN_MIN_KEPT:
        match = replace(match, narrative_sentence_run=sentence_run(a, b, a.narrative_facts, b.narrative_facts))
    # the quote-led bar can only turn a copy into no copy: its run is walked only for a pair the other bars accept
    # (most candidate pairs are not copies, and the walk was the channel's largest cost on many related texts)
    if shares_quotes and match.is_copy:
        match = replace(match, run_sentences=run_sentences(a, b, [f for f in a.facts if f not in quoted],
                                                           [f for f in b.facts if f not in quoted]))
    return match


def _figures(facts: Sequence[str]) -> set[str]:
    return {f for f in facts if _FIGURE.fullmatch(f)}


def precision_conflicts(facts_a: Sequence[str], facts_b: Sequence[str]) -> int:
    """How many figures one text writes with decimals and the other as the whole number they round or cut to, neither
    form being in the other text ("63.36" against "63"), matched one to one: the same quantity from different sources
    (``FIGURE_CONFLICTS_MIN``). Read on the facts outside quotes (figures a speaker said are the speaker's)."""
    if not PRECISION_CONFLICTS:
        return 0
    fa, fb = _figures(facts_a), _figures(facts_b)
    only_a, only_b = fa - fb, fb - fa
    count = 0
    for precise, whole in ((only_a, only_b), (only_b, only_a)):
        wholes = {w for w in whole if "." not in w}
        for f in sorted(precise):
            if "." not in f:
                continue
            value = float(f)
            if value < 1:
                continue
            forms = {str(int(value)), str(int(value + 0.5))}
            hit = sorted(forms & wholes)
            if hit:
                wholes.discard(hit[0])
                count += 1
    return count


def shared_quoted_facts(a: Profile, b: Profile) -> frozenset[str]:
    """The facts both texts hold only inside quoted passages (a quote itself, a name or figure the speaker said): evidence
    that both quote one source, not that one copies the other (issue 14, copy47)."""
    if not wording_module.SHARED_QUOTES:
        return _NONE
    return frozenset((set(a.facts) - set(a.narrative_facts)) & (set(b.facts) - set(b.narrative_facts)))


def run_sentences(a: Profile, b: Profile, facts_a: Sequence[str], facts_b: Sequence[str]) -> int:
    """How many sentences a longest common subsequence of the two fact sequences spans, in the text where it spans
    fewer (each fact read in the first sentence that holds it: ``Profile.sentence_grams``)."""
    pairs = common_subsequence(facts_a, facts_b)
    spans = []
    for p in (a, b):
        sentence = _sentence_of(p)
        spans.append(len({sentence.get(f, -1) for f in pairs}))
    return min(spans)


def sentence_run(a: Profile, b: Profile, facts_a: Sequence[str], facts_b: Sequence[str]) -> int:
    """A longest common subsequence of the two fact sequences counted sentence by sentence: each sentence adds at most
    RUN_FACTS_PER_SENTENCE of its facts (each fact read in the first sentence that holds it), in the text where that
    makes fewer (copy54)."""
    pairs = common_subsequence(facts_a, facts_b)
    counts = []
    for p in (a, b):
        sentence = _sentence_of(p)
        per: dict[int | str, int] = {}
        for f in pairs:
            k = sentence.get(f)
            key = f if k is None else k  # a fact no sentence holds counts alone
            per[key] = per.get(key, 0) + 1
        counts.append(sum(min(n, RUN_FACTS_PER_SENTENCE) for n in per.values()))
    return min(counts)


def common_subsequence(facts_a: Sequence[str], facts_b: Sequence[str]) -> list[str]:
    """One longest common subsequence of two fact sequences, in order."""
    # a fact of ``facts_a`` that ``facts_b`` never holds leaves its table row equal to the next one and the walk back
    # always steps over it: left out first, the table and the subsequence walked are the same, and the work is
    # (shared facts x facts) instead of (facts x facts)
    in_b = set(facts_b)
    facts_a = [f for f in facts_a if f in in_b]
    n, m = len(facts_a), len(facts_b)
    # table[i][j]: the longest common subsequence of facts_a[i:] and facts_b[j:]; a row is the running maximum, from
    # the right, of the row below shifted where the fact matches (a row never exceeds the one below by more than one),
    # so each row is one numpy pass
    number = {f: k for k, f in enumerate(dict.fromkeys(facts_b))}
    ids_b = np.fromiter((number[f] for f in facts_b), dtype=np.int64, count=m)
    table = np.zeros((n + 1, m + 1), dtype=np.int32)
    for i in range(n - 1, -1, -1):
        below = table[i + 1]
        step = np.where(ids_b == number[facts_a[i]], below[1:] + 1, below[:-1])
        table[i, :m] = np.maximum.accumulate(step[::-1])[::-1]
    rows = table.tolist()
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if facts_a[i] == facts_b[j]:
            pairs.append(facts_a[i])
            i, j = i + 1, j + 1
        elif rows[i + 1][j] >= rows[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _sentence_of(p: Profile) -> dict[str, int]:
    out: dict[str, int] = {}
    for k, sentence in enumerate(p.sentence_grams):
        for f in sentence.facts:
            out.setdefault(f, k)
    return out


def passages(sequence: bytes, other: frozenset[int]) -> int:
    """How many separate passages of a text (``Profile.text_sequence``: its 3-grams in order, 0 at breaks) lie in
    ``other``: runs of consecutive 3-grams found there, each 3-gram counted the first time only (a phrase the text
    repeats is one passage)."""
    count, inside, seen = 0, False, set()
    for h in array("q", sequence):
        found = h != 0 and h in other and h not in seen
        if found:
            seen.add(h)
            count += not inside
        inside = found
    return count


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence of ``a`` and ``b``. When ``b`` holds each fact once (a
    profile's facts do), it is the longest strictly increasing run of the positions in ``b`` of ``a``'s
    facts (n log n); otherwise rapidfuzz's bit-parallel LCS over the facts numbered in order of first
    appearance (equal facts, equal numbers). Either is hundreds of times faster than the quadratic
    table in Python on sequences of hundreds."""
    if not a or not b:
        return 0
    position = {f: j for j, f in enumerate(b)}
    if len(position) == len(b):
        tails: list[int] = []
        for j in (position[f] for f in a if f in position):
            i = bisect_left(tails, j)
            if i == len(tails):
                tails.append(j)
            else:
                tails[i] = j
        return len(tails)
    code: dict[str, int] = {}
    for f in a:
        code.setdefault(f, len(code))
    return int(LCSseq.similarity([code[f] for f in a], [code.setdefault(f, len(code)) for f in b]))
