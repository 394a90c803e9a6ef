"""Step 3, continued: the reports checked against the quotes and against each other.

Each step of :data:`REPORT_STEPS` is one check, in order: an outlet's verb closing a content ("...,"
the Post reported") is cut off it; a report that is mostly one quote attributes
that quote instead; a quote after the colon closing a report is a statement of its own; negated cues and questions claim nothing; a quote inside a report is part of it;
a frame noun's report without a speaker gives way to the same words with one; "X said Y, according to Z" and "X said Y, Z reported" are X's claims; a cue inside another claim's content is part of that claim
(unless a relative clause names its own speaker);
"X said A, adding that B" is one claim; a quote that carries a report's clause on to the end of its
sentence is part of the report, also when the parser cut the clause inside it.
"""
from __future__ import annotations

import bisect
import re

from ...spans import SpanIndex
from .grammar import _is_question
from .state import ClaimReading
from .tables import cue_role, load_nouns
from .vocab import (DOUBLE_CLOSE, DOUBLE_OPEN, QUOTED_CONTENT_SHARE, SCARE_QUOTE_MAX_WORDS, SENTENCE_END, SINGLE_CLOSE,
                    SINGLE_OPEN)


def _covered(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def _quoted_share(text: str, segs, quote_index) -> float:
    total = quoted = 0
    for s, e in segs:
        for i in range(s, e):
            if not text[i].isspace():
                total += 1
                quoted += quote_index.inside(i)
    return quoted / total if total else 0.0


def _quotes_touching(r: ClaimReading):
    """A function giving the quotes that overlap a report's segments (looked up among the quotes ending
    near it: the longest quote bounds how far after the report one may end)."""
    by_end = sorted(r.quotes, key=lambda q: q.end)
    quote_ends = [q.end for q in by_end]
    quote_reach = max((q.end - q.start for q in r.quotes), default=0)

    def overlapping(rep) -> list:
        lo_q = bisect.bisect_left(quote_ends, rep.start - 1)
        hi_q = bisect.bisect_right(quote_ends, rep.end + 1 + quote_reach)
        return [q for q in by_end[lo_q:hi_q] if q.start < rep.end + 1
                and any(q.start < e + 1 and s - 1 < q.end for s, e in rep.segments)]
    return overlapping


def _trailing_relay(r: ClaimReading, rep):
    """The first token of '..., the Post reported.' closing a report's content: a speech verb right
    after its own subject, set off by a comma, with only punctuation after it; else None."""
    doc = r.doc
    s, e = rep.segments[-1]
    span = doc.char_span(s, e, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    if len(words) < 2:
        return None
    verb = words[-1]
    role = cue_role(verb, r.lexicon)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (role is None or role[0] != "speech" or verb.i == rep.cue_token or subj is None
            or subj.right_edge.i + 1 != verb.i or subj.left_edge.i <= span.start
            or doc[subj.left_edge.i - 1].text not in (",", "\u201d", '"')):
        return None
    return subj.left_edge


def trailing_relays_cut(r: ClaimReading) -> None:
    """'The director said, "...," the Post reported.': the outlet's verb at the end of the content only
    relays the statement and is no part of it."""
    for rep in r.reports:
        first = _trailing_relay(r, rep)
        if first is None:
            continue
        s, _e = rep.segments[-1]
        cut = len(r.text[:first.idx].rstrip(" ,\u201d\"'"))
        if cut > s:
            rep.segments[-1] = (s, cut)


def _fragment_after_its_subject(text: str, rep, quotes) -> bool:
    """'insisted the mayor "remains in charge."': the quote opens in lower case, carrying on a clause whose
    subject stands unquoted before it; the report (subject and quote) is the statement, not the fragment."""
    first = min(quotes, key=lambda q: q.start)
    inside = text[first.start:first.end].lstrip(" \"'\u201c\u2018")
    before = text[rep.start:first.start].strip(" \"'\u201c\u2018")
    return inside[:1].islower() and len(before.split()) >= 1 and rep.start < first.start


def quotes_as_complements(r: ClaimReading) -> None:
    """A report whose content is mostly one quote attributes that quote: 'The pilot said: "We are
    turning back."' is a direct claim, not an indirect one."""
    overlapping, kept = _quotes_touching(r), []
    for rep in r.reports:
        quotes = overlapping(rep)
        if (not quotes or _quoted_share(r.text, rep.segments, r.qindex) < QUOTED_CONTENT_SHARE
                or _fragment_after_its_subject(r.text, rep, quotes)):
            kept.append(rep)
            continue
        row = r.lexicon.row(r.doc[rep.cue_token], rep.cue)
        for q in quotes:  # the complement is the quote: this verb attributes it
            if q.cue is None:
                q.cue, q.cue_token, q.subject = rep.cue, rep.cue_token, rep.subject
                q.rule = f"claims:quote-is-complement {row}" if row else "claims:quote-is-complement"
    r.reports = kept


def _colon_before(text: str, start: int) -> int | None:
    """Where the colon stands that a quote starting at ``start`` follows (': "...'), or None."""
    k = start - 1
    while k >= 0 and (text[k].isspace() or text[k] in "\"'" + DOUBLE_OPEN + SINGLE_OPEN):
        k -= 1
    return k if k >= 0 and text[k] == ":" else None


def colon_quotes_split(r: ClaimReading) -> None:
    """A quote after a colon that closes a report is its own statement: 'The mayor said the repairs
    had begun: "We will be open by the weekend."' is an indirect claim and a direct one, both hers."""
    overlapping = _quotes_touching(r)
    for rep in r.reports:
        if rep.role == "according":
            continue
        for q in overlapping(rep):
            colon = _colon_before(r.text, q.start)
            if (q.cue is not None or colon is None or not rep.start < colon < rep.end
                    or len(r.text[q.start:q.end].split()) <= SCARE_QUOTE_MAX_WORDS):
                continue
            head = [(s, min(e, colon)) for s, e in rep.segments if s < colon]
            head = [(s, e) for s, e in head if r.text[s:e].strip(" ,;\u2014-\"'" + DOUBLE_OPEN + SINGLE_OPEN)]
            if not head:
                continue
            rep.segments = [(s, len(r.text[:e].rstrip(" ,;"))) for s, e in head]
            row = r.lexicon.row(r.doc[rep.cue_token], rep.cue)
            q.cue, q.cue_token, q.subject = rep.cue, rep.cue_token, rep.subject
            q.rule = f"claims:quote-after-colon {row}" if row else "claims:quote-after-colon"
            break


def negated_cues_dropped(r: ClaimReading) -> None:
    """A negated cue claims nothing: "The firm did not say the plant would close."."""
    r.reports = [rep for rep in r.reports if not any(c.dep_ == "neg" for c in r.doc[rep.cue_token].children)]


def questions_dropped(r: ClaimReading) -> None:
    """A question is no claim: "The reporter asked whether the dam was safe."."""
    r.reports = [rep for rep in r.reports if rep.role == "according" or not _is_question(r.doc, rep)]


def covered_quotes_absorbed(r: ClaimReading) -> None:
    """A quote inside a report's content is part of that report: 'said the claims were "pure fiction"'."""
    overlapping = _quotes_touching(r)
    for rep in r.reports:
        for q in overlapping(rep):
            if any(_covered((q.start, q.end), (s - 1, e + 1)) for s, e in rep.segments):
                q.absorbed = True


def unspoken_frames_dropped(r: ClaimReading) -> None:
    """'The fear that A, as the police said, ...': a frame noun's report with no speaker gives way to a
    report of the same words that names its speaker."""
    named = {tuple(rep.segments) for rep in r.reports if rep.subject is not None}
    r.reports = [rep for rep in r.reports if not (rep.subject is None and rep.subject_via == "noun"
                                                  and tuple(rep.segments) in named)]


def _ancestors_in_conjunct(tok):
    """The words ``tok`` hangs under up to the clause it stands in: "Police say 20 were hurt, but the toll could be
    60, according to nurses": the first conjunct's "say" does not govern the second's "according to"; nor does a
    participle inside the content ("..., saying they wanted to go on, according to officials"), which is no
    ancestor at all."""
    while tok.head.i != tok.i and tok.dep_ != "conj":
        tok = tok.head
        yield tok


def _one_clause(cue, according) -> bool:
    """A cue and an "according to" qualify one statement when either hangs under the other within one conjunct."""
    return cue.i in {a.i for a in _ancestors_in_conjunct(according)} or \
        according.i in {a.i for a in _ancestors_in_conjunct(cue)}


def relays_dropped(r: ClaimReading) -> None:
    """"The coach said the striker was fit, according to the club": the coach's statement is the claim,
    the club only relays it. (The other claims tested are found by position and token: testing every
    claim made a long document quadratic.)"""
    doc, reported = r.doc, r.reports
    cues = sorted((doc[o.cue_token].idx, n) for n, o in enumerate(reported))
    cue_idx = [x for x, _n in cues]
    by_cue_token: dict[int, list] = {}
    for o in reported:
        by_cue_token.setdefault(o.cue_token, []).append(o)

    def relayed(rep) -> bool:
        governing = {a.i for a in _ancestors_in_conjunct(doc[rep.cue_token])}
        for s, e in rep.segments:
            for _x, n in cues[bisect.bisect_left(cue_idx, s):bisect.bisect_left(cue_idx, e)]:
                o = reported[n]
                # another "according to" inside the content relays it wherever it hangs; a cue verb, when it
                # governs this one
                if o is not rep and doc[o.cue_token].dep_ not in ("relcl", "acl") and (
                        o.role == "according" or o.cue_token in governing):
                    return True
        if rep.rule.startswith("claims:figure-according-to"):
            return False  # two figures in a row, each credited to its own source: neither relays the other
        return any(o is not rep for a in governing for o in by_cue_token.get(a, ()))

    r.reports = [rep for rep in reported if rep.role != "according" or not relayed(rep)]


def _named_cue_before(r: ClaimReading, start: int, span: tuple[int, int]):
    """The speech verb whose named subject stands inside ``span`` and which introduces the quote opening at
    ``start`` ('the mayor stated, "...'; only punctuation between them), with that subject; else None."""
    tok = r.doc.char_span(start, start + 1, alignment_mode="expand")
    k = tok[0].i - 1 if tok is not None else -1
    while k >= 0 and r.doc[k].is_punct:
        k -= 1
    if k < 0:
        return None
    verb = r.doc[k]
    role = cue_role(verb, r.lexicon)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if role else None
    if (role is None or role[0] != "speech" or subj is None or subj.pos_ not in ("NOUN", "PROPN")
            or not span[0] <= subj.idx < span[1]):
        return None
    return verb, role[1], subj


def inverted_relays_dropped(r: ClaimReading) -> None:
    """'The mayor stated, "...," the Post reported.': a report whose cue follows a whole report of someone
    named is a relay; the named speaker's statement is the claim and the outlet only passes it on."""
    doc = r.doc
    cue_at = sorted((doc[o.cue_token].idx, n) for n, o in enumerate(r.reports))
    cue_idx = [x for x, _n in cue_at]
    quotes_in = _quotes_touching(r)

    def relays(rep) -> bool:
        if doc[rep.cue_token].idx < rep.end:
            return False
        for s, e in rep.segments:
            for _x, n in cue_at[bisect.bisect_left(cue_idx, s):bisect.bisect_left(cue_idx, e)]:
                o = r.reports[n]
                subj = doc[o.subject] if o.subject is not None else None
                if (o is not rep and doc[o.cue_token].dep_ not in ("relcl", "acl") and subj is not None
                        and subj.pos_ in ("NOUN", "PROPN") and s <= subj.idx < e
                        and (rep.role != "according" or o.role == "according"
                             or _one_clause(doc[o.cue_token], doc[rep.cue_token]))):
                    return True
            # the report relayed is a quote and the verb introducing it: 'X stated, "...," the Post reported'
            for q in quotes_in(rep):
                if not s < q.start < e:
                    continue
                if q.cue is not None:  # the verb already attributes it ('X said, "..."' read as its complement)
                    if (s <= doc[q.cue_token].idx < e and q.subject is not None and s <= doc[q.subject].idx < e
                            and doc[q.subject].pos_ in ("NOUN", "PROPN")):
                        return True
                    continue
                named = _named_cue_before(r, q.start, (s, e))
                if named is not None:
                    verb, cue_text, subj = named
                    row = r.lexicon.row(verb, cue_text)
                    q.cue, q.cue_token, q.subject = cue_text, verb.i, subj.i
                    q.rule = f"claims:quote-with-cue {row}" if row else "claims:quote-with-cue"
                    return True
        return False

    r.reports = [rep for rep in r.reports if not relays(rep)]


def nested_claims_dropped(r: ClaimReading) -> None:
    """A cue inside another claim's content is part of that claim: "Economists said they doubted that
    prices would fall." is one claim. (Only claims starting within the longest content's reach of the
    cue can hold it: a window over the claims sorted by start keeps this linear.)"""
    doc = r.doc
    extents = sorted(((min(s for s, _ in o.segments), n, o) for n, o in enumerate(r.reports) if o.segments),
                     key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in extents]
    reach = max((max(e for _, e in o.segments) - x for x, _n, o in extents), default=0)

    def holders(idx: int):
        return (o for _x, _n, o in extents[bisect.bisect_left(starts, idx - reach):bisect.bisect_right(starts, idx)])

    def own_speaker(rep) -> bool:
        """'..., which engineers said caused little damage': a relative clause naming a speaker of its own."""
        subj = doc[rep.subject] if rep.subject is not None else None
        return (subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.head.i == rep.cue_token
                and subj.left_edge.i > 0 and doc[subj.left_edge.i - 1].tag_ in ("WDT", "WP"))

    r.reports = [rep for rep in r.reports
                 if own_speaker(rep) or not any(
                     o is not rep and any(s <= doc[rep.cue_token].idx < e for s, e in o.segments)
                     # "..., which X said ..., according to Z": X's statement is Z's report's too
                     and not (o.role == "according" and doc[rep.cue_token].dep_ in ("relcl", "acl"))
                     for o in holders(doc[rep.cue_token].idx))]


def added_statements_merged(r: ClaimReading) -> None:
    """"The chef said the kitchen was closed, adding that it would reopen in May": one statement of one
    speaker, the added words joined to the first claim. An accusation ("accused the board of hiding
    losses, adding that ...") is a charge, and the statement added to it a claim of its own."""
    merged = []
    by_cue = {rep.cue_token: rep for rep in r.reports}
    for rep in r.reports:
        tok = r.doc[rep.cue_token]
        parent = by_cue.get(tok.head.i) if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
        # "accused the board of X, saying that Y": the charge and the statement are two claims
        if parent is not None and parent is not rep and parent.role != "according" \
                and not (parent.rule.startswith("claims:accusation") and rep.cue_token > parent.cue_token):
            parent.segments = sorted(parent.segments + rep.segments)
            continue
        merged.append(rep)
    r.reports = merged


def closing_marks_kept(r: ClaimReading) -> None:
    """A quote mark closing right after the content stays with it: 'called the plan "a dead end".'."""
    text = r.text
    for rep in r.reports:
        s, e = rep.segments[-1]
        opened = sum(text[s:e].count(m) for m in DOUBLE_OPEN) - sum(text[s:e].count(m) for m in DOUBLE_CLOSE)
        straight_open = text[s:e].count('"') % 2
        if e < len(text) and ((opened > 0 and text[e] in DOUBLE_CLOSE) or (straight_open and text[e] == '"')):
            rep.segments[-1] = (s, e + 1)


def _ends_sentence(r: ClaimReading, q) -> int | None:
    """Where the quote's closing mark ends when only punctuation follows it to its sentence's end."""
    text = r.text
    close = q.end + 1 if q.end < len(text) and text[q.end] in DOUBLE_CLOSE + SINGLE_CLOSE + "\"'" else q.end
    tail_end = r.par_of(q.end).end
    sentence_tail = re.match(r"[\s,.;!?)\u201d\u2019\"']*", text[close:tail_end])
    if sentence_tail is None or not (close + sentence_tail.end() >= tail_end
                                     or text[close:close + sentence_tail.end()].strip()[:1] in (".", "!", "?")):
        return None
    return close


def trailing_quotes_absorbed(r: ClaimReading) -> None:
    """A quote that carries the content clause on to the end of its sentence is part of the report:
    'predicted that the market would stay quiet "until the harvest is in".' is one indirect claim."""
    text, quote_starts = r.text, SpanIndex(r.quotes)
    for rep in r.reports:
        s, e = rep.segments[-1]
        for q in quote_starts.starting(e + 1, e + 3):
            if q.absorbed or q.start <= e or q.start - e > 3 or len(q.segments) > 1:
                continue
            gap = text[e:q.start]
            # '..., "because ...': past a comma only a quote opening in lower case goes on with the clause
            comma = "," if text[q.start:q.start + 1].islower() else ""
            if gap.strip(" \"'" + DOUBLE_OPEN + SINGLE_OPEN + comma) or text[e - 1:e] in SENTENCE_END:
                continue
            close = _ends_sentence(r, q)
            if close is None:
                continue
            rep.segments[-1] = (s, close)
            q.absorbed = True
            break


def cut_quotes_completed(r: ClaimReading) -> None:
    """A content the parser ended inside a quote that closes its sentence ('said the rules "weaken... the
    harbour's authority."', cut at the ellipsis) runs on to the quote's end, the quote part of it."""
    overlapping = _quotes_touching(r)
    for rep in r.reports:
        s, e = rep.segments[-1]
        for q in overlapping(rep):
            if q.absorbed or len(q.segments) > 1 or not (s < q.start < e < q.end):
                continue
            close = _ends_sentence(r, q)
            if close is not None:
                rep.segments[-1] = (s, close)
                q.absorbed = True
                break


def _act_noun(doc, i: int | None) -> bool:
    return i is not None and doc[i].pos_ == "NOUN" and doc[i].lemma_.lower() in load_nouns("act")


def act_noun_speakers_dropped(r: ClaimReading) -> None:
    """A cue whose subject is an act, not a speaker ("The move came after a vote that condemned the
    plan and accused the mayor of ...", "accused" misread onto "came"), claims nothing for it."""
    r.reports = [rep for rep in r.reports if not _act_noun(r.doc, rep.subject)]
    for q in r.quotes:
        if not q.absorbed and _act_noun(r.doc, q.subject):
            q.absorbed = True


def _amount_noun(doc, i: int | None) -> bool:
    """The subject at ``i`` names an amount (claims/amount_nouns.tsv, the word as written): a common noun, or the same word capitalised
    at the start of its sentence and tagged as a name, with no named entity on it ("Total reported injured stood
    at 90": "Total" is no company there)."""
    if i is None:
        return False
    tok = doc[i]
    # the word as written, not its lemma: the table's singular "figure" is an amount, the plural "figures" a
    # document that speaks ("figures released by the ministry show ...")
    if tok.lower_ not in load_nouns("amount") or _counts_speakers(tok):
        return False
    if tok.pos_ == "NOUN":
        return True
    first = next((t for t in tok.sent if not (t.is_punct or t.is_space)), None)
    return tok.pos_ == "PROPN" and first is not None and first.i == tok.i and not tok.ent_type_


def _counts_speakers(tok) -> bool:
    """Rule partitive_speakers: "according to a number of witnesses", "a number of officials said": an amount noun
    counting people or bodies (its "of" object a person or body noun, claims/person_nouns.tsv and body_nouns.tsv)
    names speakers, not an amount."""
    speakers = load_nouns("person") | load_nouns("body")
    return any(o.dep_ == "pobj" and o.lemma_.lower() in speakers
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)


def amount_noun_speakers_dropped(r: ClaimReading) -> None:
    """A cue whose subject is an amount, not a speaker ("The number announced on Monday is the highest",
    "Total reported injured stood at 90": a participle read as the cue) claims nothing for it."""
    r.reports = [rep for rep in r.reports if not _amount_noun(r.doc, rep.subject)]
    for q in r.quotes:
        if not q.absorbed and _amount_noun(r.doc, q.subject):
            q.absorbed = True


REPORT_STEPS = (trailing_relays_cut, quotes_as_complements, colon_quotes_split, negated_cues_dropped, questions_dropped,
                inverted_relays_dropped, covered_quotes_absorbed, unspoken_frames_dropped, relays_dropped, nested_claims_dropped,
                added_statements_merged,
                closing_marks_kept, cut_quotes_completed, trailing_quotes_absorbed)
