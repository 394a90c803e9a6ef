"""Step 4, attribution of quotes: the cue of each quote no report has taken, tried rule by rule.

A short quote (at most ``SCARE_QUOTE_MAX_WORDS`` words) is a claim only when a naming verb frames it or it
opens its sentence with an attribution (:data:`SHORT_QUOTE_RULES`), otherwise it is a scare quote or a term;
a longer one takes the first cue of :data:`QUOTE_RULES`; a whole sentence quoted with no cue continues the
previous speaker (``quote_continues_speaker``); an interrupted quote ('"...," she said, "..."') is one claim.
"""
from __future__ import annotations

import re

from ...nlp.columns import doc_text
from .grammar import _same_paragraph_subject, _subject_of
from .layout import Paragraph, paragraph_index
from .quotes import Quote, QuoteIndex
from .state import ClaimReading
from .tables import cue_role
from .vocab import (DOUBLE_CLOSE, DOUBLE_OPEN, FIRST_PERSON, SCARE_QUOTE_MAX_WORDS, SINGLE_CLOSE,
                    SINGLE_OPEN)

def _quote_tokens(doc, q: Quote):
    toks = []
    for s, e in q.segments:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            toks.extend(span)
    return toks


def _words(text: str, q: Quote) -> int:
    return sum(len(text[s:e].split()) for s, e in q.segments)


def _governing_cue(doc, q: Quote, lexicon):
    """The naming verb that frames a short quoted fragment ('calling the plan a "cheap trick"',
    'described the deal as a "blank cheque"'), or None for a scare quote or a term."""
    toks = _quote_tokens(doc, q)
    if not toks:
        return None
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
    if len(roots) == 1 and roots[0].dep_ in ("amod", "compound") and roots[0].head.i not in ids:
        return None  # 'called it an "existential" threat': a quoted modifier of the named thing, a scare quote
    if roots and roots[0].pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in roots[0].children):
        return None  # 'called on the crowd to walk to "free the square"': a purpose or a request, no name given
    v = roots[0].head if roots else None
    for _ in range(6):
        if v is None:
            return None
        if v.i not in ids and v.pos_ in ("VERB", "AUX"):
            found = cue_role(v, lexicon)
            if not found or found[0] != "naming":
                return None
            # "what they call a 'partnership'" only names a thing; it asserts nothing
            if any(c.dep_ in ("dobj", "nsubj") and c.tag_ in ("WP", "WDT") for c in v.children):
                return None
            return v, found[1], found[0]
        if v.head.i == v.i:
            return None
        v = v.head
    return None


# a quote this long that reports others' speech in the third person is an excerpt of a report
EXCERPT_MIN_WORDS = 20


def _reported_excerpt(doc, q: Quote, lexicon) -> bool:
    """A long quote that speaks of others, not for its speaker: no first or second person, and a
    reporting verb inside it whose subject is a name or a noun inside it ("the minister said ...")."""
    toks = _quote_tokens(doc, q)
    if sum(1 for t in toks if not t.is_punct) < EXCERPT_MIN_WORDS:
        return False
    if any(t.lower_ in FIRST_PERSON or t.lower_ in ("you", "your", "our", "my") for t in toks):
        return False
    ids = {t.i for t in toks}
    for t in toks:
        found = cue_role(t, lexicon)
        if not found or found[0] != "speech":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i in ids and subj.pos_ in ("PROPN", "NOUN") \
                and any(c.dep_ == "ccomp" and c.i in ids for c in t.children):
            return True
    return False


def _quoted_predicate(doc, q: Quote, quote_index: QuoteIndex, lexicon):
    """'The two mayors "stressed the need for calm."': the quote opens with the reporting verb and its
    subject stands before the quote, so the cue is inside the quote and the speaker outside it."""
    toks = _quote_tokens(doc, q)
    first = next((t for t in toks if not t.is_punct), None)
    if first is None:
        return None
    found = cue_role(first, lexicon)
    if not found or found[0] != "speech" or first.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    subj = next((c for c in first.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i >= first.i or quote_index.inside(subj.idx):
        return None
    return first, found[1], found[0]


ATTRIBUTION_GAP_CHARS = 3  # between a quote's closing mark and the attribution the parser split off


def _attribution_sentence_after(doc, q: Quote, quote_index: QuoteIndex, lexicon, end_sent, hi: int):
    """ '"Shall we open the road?" Okafor told reporters.': a quote closing on a question or exclamation
    mark ends the parser's sentence, and its attribution becomes a sentence of its own. That next sentence,
    starting right after the closing mark in the same paragraph, is the quote's attribution when its root
    is a cue with nothing reported of its own (no clause, no quote)."""
    if end_sent.end >= len(doc):
        return None
    nxt = doc[end_sent.end].sent
    if nxt.start_char - q.end > ATTRIBUTION_GAP_CHARS or nxt.start_char >= hi or \
            any(not c.isspace() and c not in "\u201d\u2019\"'" for c in doc_text(doc)[q.end:nxt.start_char]):
        return None
    root = nxt.root
    if any(quote_index.inside(t.idx) for t in nxt) or any(c.dep_ in ("ccomp", "xcomp") for c in root.children):
        return None
    found = cue_role(root, lexicon)
    if found and found[0] != "naming" and any(c.dep_ == "nsubj" and c.i < root.i for c in root.children):
        return root, found[1], found[0]
    return None


def _window_cue(doc, q: Quote, quote_index: QuoteIndex, lexicon, par: Paragraph | None = None):
    """A reporting verb outside quotes in the quote's sentence: after it ('"...," he said'), else before."""
    lo, hi = (par.start, par.end) if par is not None else (0, len(doc_text(doc)))
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    last = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
    if first is None or last is None:
        return None
    end_sent = last[0].sent
    after = [t for t in end_sent if q.end <= t.idx < hi and not quote_index.inside(t.idx)]
    # stop at the next quote: its own attribution is not ours
    cut = []
    for t in after:
        if quote_index.inside(t.idx + len(t)) and t.idx > q.end + 1:
            break
        cut.append(t)
    for t in cut:
        found = cue_role(t, lexicon)
        if found and found[0] != "naming":
            return t, found[1], found[0]
    if not cut:
        found = _attribution_sentence_after(doc, q, quote_index, lexicon, end_sent, hi)
        if found is not None:
            return found
    start_sent = first[0].sent
    before = [t for t in start_sent if lo <= t.idx and t.idx + len(t) <= q.start and not quote_index.inside(t.idx)]
    prev_sent_end = start_sent.start - 1
    if not before and prev_sent_end >= 0:
        # 'He said:' closing the previous sentence, then the quote
        prev = doc[prev_sent_end].sent
        if prev.text.rstrip().endswith(":"):
            before = [t for t in prev if not quote_index.inside(t.idx)]
    for t in reversed(before):
        found = cue_role(t, lexicon)
        if found:
            return t, found[1], found[0]
    return None


def _interrupted(prev: Quote, q: Quote, text: str) -> bool:
    """'"The talks failed," she said, "but we will try again."': two parts of one quote around one cue."""
    if prev.cue_token is None or prev.cue_token != q.cue_token:
        return False
    between = text[prev.end:q.start]
    if between.count("\n") > 1 or "\n\n" in between or len(between.split()) > 12:
        return False
    marks = " \"'" + DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE
    first_breaks_off = between.lstrip(marks).startswith(",")
    second_continues = between.rstrip(marks).endswith(",") or text[q.start:q.start + 1].islower()
    return first_breaks_off and second_continues


def _opens_sentence(doc, text: str, q: Quote, pars) -> bool:
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if first is None:
        return False
    lo = max(first[0].sent.start_char, pars[paragraph_index(pars, q.start)].start)
    return text[lo:q.start].strip(" \n\"'\u201c\u2018(") == ""


def _colon_lead(doc, text: str, q: Quote, quote_index: QuoteIndex):
    """'The press office issued a clarification: "..."': the clause before the colon introduces the
    quote, so its main verb stands in for the cue and its subject is the speaker."""
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if first is None:
        return None
    sent = first[0].sent
    lead = text[sent.start_char:q.start].rstrip(" \"'\u201c\u2018")
    if not lead.endswith(":"):
        return None
    verbs = [t for t in sent if t.idx < q.start and not quote_index.inside(t.idx) and t.pos_ in ("VERB", "AUX")
             and any(c.dep_ == "nsubj" for c in t.children)]
    if not verbs:
        return None
    return verbs[-1], verbs[-1].text, "speech"


def _sentence_level(doc, text: str, q: Quote, pars) -> bool:
    """A quote that is a whole statement: it opens its sentence (or follows a colon) and has a verb."""
    toks = _quote_tokens(doc, q)
    ends_sentence = text[q.end - 1:q.end] in (".", "!", "?")
    if not ends_sentence and not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    first = doc.char_span(q.start, q.start + 1, alignment_mode="expand")
    if first is None:
        return False
    sent = first[0].sent
    lead = text[max(sent.start_char, pars[paragraph_index(pars, q.start)].start):q.start].strip(" \n\"'\u201c\u2018(")
    last = doc.char_span(q.end - 1, q.end, alignment_mode="expand")
    end_sent = last[0].sent if last is not None else sent
    tail = text[q.end:min(end_sent.end_char, pars[paragraph_index(pars, q.end)].end)]
    # words after the quote in its sentence name someone else ('"...?" asked Olena Bondar')
    if re.search(r"\w", tail):
        return False
    return lead == "" or lead.endswith(":")



# -- the attribution rules: each returns (verb, cue as written, role) or None --------------------------
def quote_named_by_verb(q: Quote, r: ClaimReading):
    """A short quote framed by a naming verb: 'the mayor called the budget a "house of cards"'. A quoted
    complement of the verb's object says what the speaker holds of that object, so the claim is the
    object with it: 'calling the reply "excessive"' claims 'the reply "excessive"'."""
    found = _governing_cue(r.doc, q, r.lexicon)
    if found is not None and so_called(found[0]):
        return None
    if found is not None:
        _with_named_object(q, r.doc, found[0])
    return found


def so_called(verb) -> bool:
    """Rule so_called_skipped: 'assets, so called "modules", ...' is the writer's label for a term, not a naming
    by the verb's subject: the naming verb carries the adverb "so"."""
    return verb.lower_ == "called" and any(c.dep_ == "advmod" and c.lower_ == "so" for c in verb.children)


# the quoted word is what the naming verb's object is called ('called the plan "reckless"')
_COMPLEMENT_DEPS = ("oprd", "acomp", "xcomp", "attr")


def _quoted_object_phrase(q: Quote, doc, verb, root) -> None:
    """'denounced a "swindle" in the grain sale that ...': a quoted noun that is the naming verb's own
    object is a label for what follows; the claim is the object's phrase with a phrase of place or topic
    right after it (the parser may hang it on the verb), never a relative clause."""
    words = [root, *(c for c in root.rights if c.dep_ == "prep")]
    nxt = doc[root.right_edge.i + 1] if root.right_edge.i + 1 < len(doc) else None
    if nxt is not None and nxt.dep_ == "prep" and nxt.head.i == verb.i and nxt.lower_ in ("in", "of", "over", "at", "on"):
        words.append(nxt)
    clauses = {t.i for w in words for d in w.subtree if d.dep_ in ("relcl", "acl") for t in d.subtree}
    toks = [t for w in words for t in w.subtree if t.i not in clauses and not (t.is_punct and t.i > root.right_edge.i)]
    last = max(toks, key=lambda t: t.i)
    q.segments = [(root.left_edge.idx, max(q.segments[0][1], last.idx + len(last.text)))]


def _with_named_object(q: Quote, doc, verb) -> None:
    toks = _quote_tokens(doc, q)
    ids = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in ids]
    if (len(roots) == 1 and len(q.segments) == 1 and roots[0].dep_ == "dobj" and roots[0].head.i == verb.i
            and roots[0].pos_ == "NOUN"):
        _quoted_object_phrase(q, doc, verb, roots[0])
        return
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i not in ids), None)
    if len(roots) != 1 or obj is None or obj.i > roots[0].i or len(q.segments) != 1:
        return
    comp = roots[0]
    # 'described the deal as a "blank cheque" written for ...': the "as" phrase, on the verb or its object
    as_phrase = comp.dep_ == "pobj" and comp.head.lower_ == "as" and comp.head.head.i in (verb.i, obj.i)
    if not as_phrase and (comp.head.i != verb.i or comp.dep_ not in _COMPLEMENT_DEPS):
        return
    last = comp.right_edge
    end = max(q.segments[0][1], last.idx + len(last.text))
    q.segments = [(obj.left_edge.idx, end)]


def short_quote_with_cue(q: Quote, r: ClaimReading):
    """A short quote opening its sentence, with a cue there: '"Never again," the captain said.'."""
    if not _opens_sentence(r.doc, r.text, q, r.pars):
        return None
    return _window_cue(r.doc, q, r.qindex, r.lexicon, r.par_of(q.end))


def quote_with_cue(q: Quote, r: ClaimReading):
    """A cue verb outside quotes in the quote's sentence, after it or before it: '"The lights are back
    on in every district," the utility said.'."""
    return _window_cue(r.doc, q, r.qindex, r.lexicon, r.par_of(q.end))


def quote_after_colon(q: Quote, r: ClaimReading):
    """A clause ending in a colon introduces the quote: 'The club posted a notice: "Tonight's game is off."'."""
    return _colon_lead(r.doc, r.text, q, r.qindex)


def quote_opens_with_cue(q: Quote, r: ClaimReading):
    """The quote opens with the cue, its subject before it: 'The two coaches "praised the referees."'."""
    return _quoted_predicate(r.doc, q, r.qindex, r.lexicon)


# tried in order; the first that finds a cue attributes the quote
SHORT_QUOTE_RULES = (quote_named_by_verb, short_quote_with_cue)
QUOTE_RULES = (quote_with_cue, quote_after_colon, quote_opens_with_cue)
# rule names in a claim's ``rule`` (a rule without a cue row cites none)
RULE_LABELS = {"quote_named_by_verb": "quote-named-by-verb", "short_quote_with_cue": "short-quote-with-cue",
               "quote_with_cue": "quote-with-cue", "quote_after_colon": "quote-after-colon",
               "quote_opens_with_cue": "quote-opens-with-cue"}


def _first_cue(q: Quote, rules, r: ClaimReading):
    for rule in rules:
        if r.on(rule) and (found := rule(q, r)) is not None:
            return (*found, rule.__name__)
    return None


def _label_before(q: Quote, r: ClaimReading):
    """The quote label opening the quote's paragraph ("Quote from Jane Roe:"), as (label, name tokens)."""
    par = r.par_of(q.start)
    lead = r.text[par.start:q.start].rstrip(" \"'" + DOUBLE_OPEN + SINGLE_OPEN)
    if not lead.endswith(":") or not lead[:-1].strip():
        return None
    words = lead[:-1].split()
    for n in range(min(3, len(words)), 0, -1):
        label = " ".join(words[:n]).lower()
        if label in r.lexicon.labels:
            span = r.doc.char_span(par.start, par.start + len(lead) - 1, alignment_mode="expand")
            names = [t for t in (span or ())[n:] if t.pos_ in ("PROPN", "NOUN")]
            return label, names
    return None


def quote_after_label(q: Quote, r: ClaimReading) -> bool:
    """A paragraph opening with a quote label ('Quote from Jane Roe: "..."', data rows ``quote_label`` of
    cues.tsv): the name after the label speaks; a bare 'Quote:' gives the story's last named speaker."""
    found = _label_before(q, r)
    if found is None:
        return False
    label, names = found
    q.cue, q.subject, q.label = label, (names[-1].i if names else None), not names
    row = r.lexicon.labels[label]
    q.rule = f"claims:quote-after-label {row}"
    return True


# the entity types a speaker label's name may carry ('Jane Roe/resident: "..."')
NAME_LABEL_TYPES = ("PERSON", "ORG")
# words at most in a speaker label before its colon (a longer lead is a sentence, not a label)
NAME_LABEL_MAX_WORDS = 15


def quote_after_name_label(q: Quote, r: ClaimReading) -> bool:
    """A paragraph opening with a speaker's name as a label, the quote right after its colon: the
    interview caption of broadcast pages '[Jane Roe/shop owner in the old town: "..."]', 'Jane Roe, shop
    owner: "..."'. The label holds no verb (a clause before a colon is :func:`quote_after_colon`'s), and
    its first part (before a slash or comma) is a name the parser tags as a person or an organisation
    ('Update:' or 'Headline:' are no names); that name speaks."""
    par = r.par_of(q.start)
    opening = len(r.text[par.start:q.start]) - len(r.text[par.start:q.start].lstrip(" [(\u2014-"))
    start = par.start + opening
    lead = r.text[start:q.start].rstrip(" \"'" + DOUBLE_OPEN + SINGLE_OPEN)
    if not lead.endswith(":") or len(lead.split()) > NAME_LABEL_MAX_WORDS:
        return False
    span = r.doc.char_span(start, start + len(lead) - 1, alignment_mode="expand")
    if span is None or not len(span) or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    name = []
    for t in span:
        if t.text in ("/", ",", "(", "-", "\u2014"):
            break
        name.append(t)
    if not name or not all(t.pos_ == "PROPN" or t.is_punct and t.text in "-." for t in name):
        return False
    if name[-1].ent_type_ not in NAME_LABEL_TYPES:
        return False
    q.cue, q.subject = None, name[-1].i
    q.rule = "claims:quote-after-name-label"
    return True


def quote_continues_speaker(q: Quote, r: ClaimReading) -> bool:
    """A whole sentence quoted with no cue of its own continues the previous speaker: after 'The coach
    said the team was tired.' the next paragraph '"We need a week off."'."""
    return _sentence_level(r.doc, r.text, q, r.pars)


# A text or quote is in another script than the Latin alphabet when fewer than this share of its letters are Latin.
LATIN_SHARE_MIN = 0.5


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c < "\u0250" for c in letters) / len(letters) >= LATIN_SHARE_MIN


FINITE_TAGS = ("VBZ", "VBP", "VBD", "MD")


def _quoted_adverbial(q: Quote, r: ClaimReading) -> bool:
    """'plans to open the line "within a few weeks."': a quote opening in lower case on a preposition, with
    no finite verb, inside a sentence begun outside the marks, quotes a phrase of the writer's clause: no
    statement."""
    s, e = q.segments[0]
    span = r.doc.char_span(s, e, alignment_mode="expand")
    first = next((t for t in span or () if not t.is_punct), None)
    before = r.text[max(0, s - 3):s].strip(" \"'" + DOUBLE_OPEN + SINGLE_OPEN)
    return (first is not None and first.pos_ == "ADP" and first.text[:1].islower() and first.i > first.sent.start + 2
            and before[-1:].isalnum() and not any(t.tag_ in FINITE_TAGS for t in span))


def _attribute(q: Quote, r: ClaimReading) -> None:
    """Give ``q`` its cue, speaker and rule, or mark it absorbed (no statement)."""
    if len(q.segments) == 1 and _quoted_adverbial(q, r):
        q.absorbed = True
        return
    short = _words(r.text, q) <= SCARE_QUOTE_MAX_WORDS
    if not short and r.on(quote_after_label) and quote_after_label(q, r):
        return
    if not short and r.on(quote_after_name_label) and quote_after_name_label(q, r):
        return
    found = _first_cue(q, SHORT_QUOTE_RULES if short else QUOTE_RULES, r)
    if found is None:
        # an untranslated passage in another script than the text's, with no cue, continues no one
        foreign = not _latin(r.text[q.start:q.end]) and _latin(r.text)
        if short or foreign or not (r.on(quote_continues_speaker) and quote_continues_speaker(q, r)):
            q.absorbed = True  # a scare quote, a term, a quoted title or phrase: no statement
        else:
            q.rule = "claims:quote-continues-speaker"
        return
    v, cue_text, _role, name = found
    subj, _via = _subject_of(v, r.qindex)
    subj = _same_paragraph_subject(subj, v, r.text, r.pars, r.qindex)
    if subj is not None and subj.lower_ in FIRST_PERSON:
        q.absorbed = True
        return
    q.cue, q.cue_token, q.subject = cue_text, v.i, (subj.i if subj is not None else None)
    row = "" if name == "quote_after_colon" else r.lexicon.row(v, cue_text)
    q.rule = f"claims:{RULE_LABELS[name]} {row}" if row else f"claims:{RULE_LABELS[name]}"


def quotes_attributed(r: ClaimReading) -> None:
    """Every quote no report took is attributed by the rules above, or dropped as no statement."""
    for q in [q for q in r.quotes if not q.absorbed]:
        if q.cue is None:
            _attribute(q, r)


def interrupted_quotes_joined(r: ClaimReading) -> None:
    """Two parts of one quote around one cue are one claim: '"The road is open," he said, "for now."'."""
    joined: list[Quote] = []
    for q in [q for q in r.quotes if not q.absorbed]:
        if joined and _interrupted(joined[-1], q, r.text):
            joined[-1].segments = joined[-1].segments + q.segments
            q.absorbed = True
            continue
        joined.append(q)


def quoted_excerpts_read_as_text(r: ClaimReading) -> None:
    """A long quoted excerpt of another outlet's report ('"The council said the vote failed. ..." writes
    the Herald') is read as text: the statements it reports are the claims, not the quote."""
    r.quotes = [q for q in r.quotes if not _reported_excerpt(r.doc, q, r.lexicon)]
    r.qindex = QuoteIndex(r.quotes)
