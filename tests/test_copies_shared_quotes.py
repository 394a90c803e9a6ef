"""Issue 14 (copy47): two reports quoting one speech word for word are evidence of one source, not of one copying the other.

Own-words texts (invented): the governor of an imaginary province dismisses her chief minister and suspends the
provincial assembly in a televised address. Two newsrooms report it apart, each quoting the same two passages of the
address word for word and naming the same people in their ledes; a content site rewrites the first report, keeping
its quotes and its reporting around them. When two texts share quoted passages (``wording.quote_trigrams``,
``factseq.shared_quoted_facts``), ``factseq.fact_match`` asks that their run of facts outside the shared quotes span
more than one sentence (``FactMatch.quote_led``).
"""
from __future__ import annotations

from newsweave.consolidate import wording
from newsweave.consolidate.copies import profile
from newsweave.consolidate.factseq import fact_match, shared_quoted_facts

QUOTE_1 = ("\u201cToo many people in this province were fooled by men who sold their votes and stole the bread of the "
           "poor,\u201d")
QUOTE_2 = ("\u201cWhoever fires a single shot at the guards of this building will be answered by the full weight of "
           "the army,\u201d")

REPORT_A = f"""Orvana governor dismisses chief minister, suspends assembly

Orvana Governor Lidia Marsh on Friday dismissed Chief Minister Tomas Vell and suspended every sitting of the Orvana
Provincial Assembly for thirty days.

The governor announced the decision in a televised address from the residence in Kessling after an emergency meeting
with her police and army commanders.

Marsh said she would run the provincial cabinet herself until she names a new chief minister, and she lifted the
immunity of all members of the assembly.

{QUOTE_1} she said in the address, which was carried on the provincial broadcaster.

{QUOTE_2} she warned.

Vell, who had led the cabinet since March 2022, did not comment on Friday night.
"""

REPORT_B = f"""The governor sacks her chief minister after weeks of unrest

Governor Lidia Marsh of Orvana has sacked Chief Minister Tomas Vell and suspended the provincial assembly, after a
month of strikes that closed the ports of Dalby and Fennick.

Speaking on television late in the evening, she said the cabinet would answer to her directly until a new chief
minister is found, and she cited Section 41 of the charter to lift the immunity of members of the assembly.

{QUOTE_1} the governor said in the address.

Earlier that day she had held an emergency meeting with the heads of the police and the army, aides said.

{QUOTE_2} she added, addressing the opposition parties.

Within minutes, crowds gathered outside the governor's residence, waving flags and sounding car horns.
"""

# a content site's rewrite of REPORT_A: the same sentences in the same order, some words changed, quotes kept
REWRITE_A = f"""Orvana governor removes chief minister and suspends the assembly

Orvana Governor Lidia Marsh on Friday removed Chief Minister Tomas Vell and suspended every sitting of the Orvana
Provincial Assembly for thirty days.

The governor made the announcement in a televised address from the residence in Kessling after an emergency meeting
with her police and army commanders.

Marsh said she would lead the provincial cabinet herself until she names a new chief minister, and she also lifted
the immunity of all members of the assembly.

{QUOTE_1} she said in the address, carried on the provincial broadcaster.

{QUOTE_2} she warned.

Vell, who had headed the cabinet since March 2022, did not comment on Friday night.
"""


def _match(a: str, b: str):
    return fact_match(profile(a), profile(b))


def test_the_two_reports_share_the_quotes():
    """The hard negative is what it claims: both print the same two passages, and they hold facts only there."""
    a, b = profile(REPORT_A), profile(REPORT_B)
    assert len(a.quote_trigrams & b.quote_trigrams) >= 20
    assert shared_quoted_facts(a, b)


def test_two_reports_quoting_one_speech_stay_apart():
    match = _match(REPORT_A, REPORT_B)
    assert match is not None and match.quote_led and not match.is_copy


def test_without_the_shared_quote_rule_they_join(monkeypatch):
    """With the rule off, the two reports pass the fact-sequence channel (so the rule, not another bar, keeps them
    apart): their ledes name the same people in one order and their reporting shares the event's phrases."""
    monkeypatch.setattr(wording, "SHARED_QUOTES", False)
    match = _match(REPORT_A, REPORT_B)
    assert match.run_sentences is None and match.is_copy


def test_a_rewrite_keeping_the_quotes_and_the_reporting_joins():
    match = _match(REPORT_A, REWRITE_A)
    assert match.run_sentences is not None and match.run_sentences >= 3
    assert not match.quote_led and match.is_copy


def test_the_rewrite_and_the_other_report_stay_apart():
    assert not _match(REWRITE_A, REPORT_B).is_copy


def _reference_run_sentences(a, b, facts_a, facts_b) -> int:
    """The quadratic table over every fact, walked back from the start: what run_sentences computes faster."""
    n, m = len(facts_a), len(facts_b)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (table[i + 1][j + 1] + 1 if facts_a[i] == facts_b[j]
                           else max(table[i + 1][j], table[i][j + 1]))
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if facts_a[i] == facts_b[j]:
            pairs.append(facts_a[i])
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    spans = []
    for p in (a, b):
        first = {}
        for k, sentence in enumerate(p.sentence_grams):
            for f in sentence.facts:
                first.setdefault(f, k)
        spans.append(len({first.get(f, -1) for f in pairs}))
    return min(spans)


def test_run_sentences_walks_the_same_subsequence_as_the_full_table():
    import random
    from types import SimpleNamespace

    from newsweave.consolidate.factseq import run_sentences

    rng = random.Random(49)

    def profile(facts):
        sentences, current = [], []
        for f in facts:
            current.append(f)
            if rng.random() < 0.3:
                sentences.append(SimpleNamespace(facts=current))
                current = []
        return SimpleNamespace(sentence_grams=[*sentences, SimpleNamespace(facts=current)])

    for _ in range(400):
        words = [f"fact{k}" for k in range(rng.randint(1, 15))]
        facts_a = [rng.choice(words) for _ in range(rng.randint(0, 20))]
        facts_b = [rng.choice(words) for _ in range(rng.randint(0, 20))]
        if rng.random() < 0.5:  # a profile holds each fact once
            facts_a, facts_b = list(dict.fromkeys(facts_a)), list(dict.fromkeys(facts_b))
        a, b = profile(facts_a), profile(facts_b)
        assert run_sentences(a, b, facts_a, facts_b) == _reference_run_sentences(a, b, facts_a, facts_b)


def test_the_quote_led_bar_only_turns_copies_away():
    """``fact_match`` walks the run around shared quotes only for a pair the other bars accept, which is exact only
    because the bar can refuse a pair and never accept one: over the generated copy corpus's pairs (copies, rewrites
    and independent texts), a pair that is no copy stays none whatever run the walk would give."""
    from dataclasses import replace
    from itertools import combinations
    from pathlib import Path

    texts = sorted(Path(__file__).parent.joinpath("corpus", "copies").rglob("*.txt"))[:40]
    profiles = [profile(p.read_text(encoding="utf-8")) for p in texts]
    judged = 0
    for a, b in combinations(profiles, 2):
        match = fact_match(a, b)
        if match is None or match.is_copy:
            continue
        judged += 1
        for walked in (0, 1, 5):
            assert not replace(match, run_sentences=walked).is_copy
    assert judged > 100
