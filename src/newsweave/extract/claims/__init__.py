"""Claims: direct quotes and reported speech, attributed to a speaker, with hedging.

:func:`extract_claims` reads one parsed document in six steps; steps 2-4 are the named rules of
:data:`STEPS`, run in order over a shared :class:`~.state.ClaimReading` (each a short function whose
docstring says what it catches, with an example):

1. layout (``layout.py``): the page's blocks from :mod:`newsweave.documents.layout`, one per line or
   paragraph; nothing in a heading (a line without sentence-final punctuation) becomes a claim, but a list
   item's point does (``holds_claims``, rule ``list_points_read``: "• Police say the road is closed")
2. quotes (``quotes.py``): quoted spans found in the characters (curly, straight and single marks, an
   opening mark after a quote's last comma or stop read as its close; a
   paragraph that opens a quote without closing it continues when the next one opens with a quote mark);
   a quoted excerpt of another outlet's report is read as text (``quoted_excerpts_read_as_text``)
3. reported speech (``reported.py``, ``forms.py``, ``checks.py``): every cue verb of ``data/claims/cues.tsv``
   with content found by the first rule of ``CONTENT_RULES`` (a clause complement, a contact clause, a
   parenthetical, a trailing speaker, a noun phrase), accusations, "as reported by X", "according to
   X", a closing phrase that only names who spoke (``closing.py``: "..., reported the Associated Press",
   "..., Tanjug quoted the minister as saying") and frame nouns with a that-clause ("remarks by X that ...", "there were fears that ..."); then the checks of ``REPORT_STEPS`` (a report that is mostly one quote attributes the quote,
   a quote after the colon closing a report is its own statement, negated cues and questions dropped, quotes inside a report absorbed, relays and nested cues dropped,
   "adding that" merged, a quote carrying the clause to its sentence's end absorbed)
4. attribution of the remaining quotes (``attribution.py``): a short quote by ``SHORT_QUOTE_RULES`` (else
   it is a scare quote or a term), a longer one by ``QUOTE_RULES``, a whole sentence with no cue continues
   the previous speaker; an interrupted quote ('"...," she said, "..."') is one claim
5. speakers (``speakers.py``): the cue's subject linked to an entity mention; pronouns resolved only when
   unambiguous; anonymous and collective speakers kept as written
6. records (``records.py``): one :class:`~newsweave.model.Claim` per statement, hedged when the cue or the
   content carries a hedge cue (:mod:`newsweave.extract.modality`)

Every claim says which rule made it (``Claim.rule``), with the cue's row when a cue verb did:

==========================================================  ============================================
record rule                                                 made by
==========================================================  ============================================
``claims:reported-speech cues.tsv:<line>``                  ``complement_clause``
``claims:contact-clause cues.tsv:<line>``                   ``contact_clause``
``claims:parenthetical cues.tsv:<line>``                    ``parenthetical_clause``, ``closing_named_cue``
``claims:trailing-attribution cues.tsv:<line>``             ``trailing_attribution``
``claims:closing-speaker cues.tsv:<line>``                  ``closing_speaker`` ("..., Mayor Roe said on Monday.")
``claims:fronted-cue cues.tsv:<line>``                      ``fronted_cue`` ("He said so far, ...")
``claims:nominal-report cues.tsv:<line>``                   ``nominal_report``
``claims:counted-object cues.tsv:<line>``                   ``counted_object`` ("confirmed 40 arrests")
``claims:figure-at cues.tsv:<line>``                        ``figure_at`` ("put the death toll at nine")
``claims:accusation cues.tsv:<line>``                       ``accusation``
``claims:as-reported-by cues.tsv:<line>``                   ``as_reported_by``
``claims:closing-inverted cues.tsv:<line>``                 ``closing_attribution`` ("..., reported the Associated Press.")
``claims:closing-named cues.tsv:<line>``                    ``closing_attribution`` ("..., the daily Nord reported.")
``claims:closing-quoted-as cues.tsv:<line>``                ``closing_attribution`` ("..., Tanjug quoted X as saying."; X speaks)
``claims:closing-as-reported cues.tsv:<line>``              ``closing_attribution`` ("..., as reported by the coastguard.")
``claims:according-to``                                     ``according_to``
``claims:figure-according-to``                              ``figure_according_to`` ("...: 2.1 million according to X")
``claims:noun-report cues.tsv:<line>``                      ``noun_report`` ("the accusation that ...")
``claims:described-as cues.tsv:<line>``                     ``described_as`` ("described the plan as reckless")
``claims:closing-cue-noun cues.tsv:<line>``                 ``closing_cue_noun`` ("..., local radio reports.")
``claims:quote-is-complement cues.tsv:<line>``              ``quotes_as_complements``
``claims:quote-with-cue cues.tsv:<line>``                   ``quote_with_cue``
``claims:quote-named-by-verb cues.tsv:<line>``              ``quote_named_by_verb``
``claims:short-quote-with-cue cues.tsv:<line>``             ``short_quote_with_cue``
``claims:quote-after-colon``                                ``quote_after_colon``
``claims:quote-after-colon cues.tsv:<line>``                ``colon_quotes_split`` (a report's closing quote)
``claims:quote-opens-with-cue cues.tsv:<line>``             ``quote_opens_with_cue``
``claims:quote-after-label cues.tsv:<line>``                ``quote_after_label`` ("Quote from X:")
``claims:quote-after-name-label``                           ``quote_after_name_label`` ('[Jane Roe/resident: "..."]')
``claims:quote-continues-speaker``                          ``quote_continues_speaker``
``claims:quote-continues-paragraph-person``                 the same, speaker from the paragraph before
``claims:quote-continues-paragraph-role``                   the same, a role noun introduced in the paragraph before
``claims:quote-without-speaker``                            the same, no speaker found
==========================================================  ============================================

A row of a user's cue file (``Options.claim_cue_files``) is cited by its file name, ``mine.tsv:<line>``.
Any rule above, and any step of ``STEPS`` or ``REPORT_STEPS``, is switched off by its function name with
``extract_claims(..., rules_off=...)`` (to test or diagnose one rule).

Not claims: statements in the first person outside quotes (the author), sentences with no cue, quotes
in headings, negated cues ("did not say"), questions ("asked whether"), nested attitudes inside
another claim ("said they did not think that ..." is one claim).  When a speaker cannot be resolved
with confidence, ``speaker`` stays None.  Knowledge lives in ``data/claims/``: ``cues.tsv`` (reporting
verbs and their role), ``hedges.tsv`` (see :mod:`newsweave.extract.modality`), ``person_nouns.tsv``.
"""
from __future__ import annotations

import logging

from ...config import Options
from ...model import Claim, Document
from ..entities import EntityResult
from .attribution import (QUOTE_RULES, SHORT_QUOTE_RULES, interrupted_quotes_joined, quote_after_label,
                          quote_after_name_label, quote_continues_speaker, quoted_excerpts_read_as_text, quotes_attributed)
from .checks import REPORT_STEPS, act_noun_speakers_dropped, amount_noun_speakers_dropped
from .layout import Paragraph, holds_claims, paragraph_index, paragraphs
from .quotes import Quote, QuoteIndex, find_quotes
from .records import claim_records
from .reported import CONTENT_RULES, REPORT_FORMS, reported_speech
from .speakers import Heard, Speaker, SpeakerResolver
from .state import Candidate, ClaimReading
from .tables import CUES_FILE, PERSON_NOUNS_FILE, CueLexicon, cue_role, load_cues, load_nouns
from .vocab import CONTINUATION_MAX_PARAGRAPHS, QUOTED_CONTENT_SHARE, SCARE_QUOTE_MAX_WORDS

__all__ = ["extract_claims", "find_claim_candidates", "find_quotes", "paragraphs", "paragraph_index",
           "load_cues", "load_nouns", "cue_role", "CueLexicon", "Quote", "QuoteIndex", "Candidate",
           "Paragraph", "Speaker", "SpeakerResolver", "Heard", "STEPS", "RULE_NAMES", "CUES_FILE",
           "PERSON_NOUNS_FILE", "SCARE_QUOTE_MAX_WORDS", "CONTINUATION_MAX_PARAGRAPHS", "QUOTED_CONTENT_SHARE"]

log = logging.getLogger(__name__)

# the steps 2-4, in the order they run over the reading state
STEPS = (
    # 2. quotes
    quoted_excerpts_read_as_text,
    # 3. reported speech, then its checks
    reported_speech, *REPORT_STEPS,
    # 4. attribution of the remaining quotes
    quotes_attributed, interrupted_quotes_joined, act_noun_speakers_dropped, amount_noun_speakers_dropped,
)
RULE_NAMES = frozenset([*(s.__name__ for s in STEPS), *(f.__name__ for f in CONTENT_RULES), *REPORT_FORMS,
                        *(f.__name__ for f in (*SHORT_QUOTE_RULES, *QUOTE_RULES, quote_continues_speaker,
                                               quote_after_label, quote_after_name_label))])


def _check_rules(rules_off) -> frozenset:
    unknown = set(rules_off) - RULE_NAMES
    if unknown:
        raise ValueError(f"unknown claim rule(s) {', '.join(sorted(unknown))}; the rules are "
                         f"{', '.join(sorted(RULE_NAMES))}")
    return frozenset(rules_off)


def find_claim_candidates(doc, text: str, lexicon: CueLexicon | None = None, *,
                          rules_off: frozenset[str] = frozenset()):
    """Candidates before speaker resolution (steps 1-4), with the layout and quotes; for tests and diagnostics."""
    off = _check_rules(rules_off)
    # 1. layout
    pars = paragraphs(text)
    if not pars:
        return [], pars, []
    # 2. quotes (none in a heading)
    quotes = [q for q in find_quotes(text, pars) if holds_claims(pars[paragraph_index(pars, q.start)])]
    r = ClaimReading(doc=doc, text=text, pars=pars, lexicon=lexicon or load_cues(), off=off, quotes=quotes,
                     qindex=QuoteIndex(quotes))
    # 2.-4. the rules
    for step in STEPS:
        if r.on(step):
            step(r)
    direct = [Candidate(kind="direct", segments=list(q.segments), cue=q.cue, cue_token=q.cue_token,
                        subject=q.subject, rule=q.rule,
                        subject_via="label" if q.label else "subject" if q.cue else "continuation")
              for q in r.quotes if not q.absorbed]
    cands = sorted(r.reports + direct, key=lambda c: c.start)
    # headings never hold claims
    cands = [c for c in cands if holds_claims(pars[paragraph_index(pars, c.start)])]
    return cands, pars, r.quotes


def extract_claims(document: Document, parsed, entities: EntityResult, options: Options, *,
                   rules_off: frozenset[str] = frozenset()) -> tuple[Claim, ...]:
    """Every quote and piece of reported speech in the document, attributed and hedge-marked.
    ``rules_off``: names of rules (see :data:`RULE_NAMES`) to skip.

    A rule that trips over one odd sentence loses that statement only (logged), never the
    document's other claims or its other records."""
    off = _check_rules(rules_off)
    text = document.text
    if parsed is None or not text.strip():
        return ()
    lexicon = load_cues(tuple(options.claim_cue_files))
    try:
        cands, pars, quotes = find_claim_candidates(parsed, text, lexicon, rules_off=off)
    except Exception as e:  # noqa: BLE001 - the document's entities and events must survive a claims bug
        log.warning("%s: claims skipped: %s: %s", document.source, type(e).__name__, e)
        return ()
    return claim_records(document, parsed, cands, pars, quotes, entities)
