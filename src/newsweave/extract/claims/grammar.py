"""Reading the parse around a cue: its subject, the noun phrase of a speaker, token runs as character spans.

Shared by the reported-speech rules (``reported.py``, ``forms.py``) and the attribution of quotes
(``attribution.py``).
"""
from __future__ import annotations

import numpy as np

from ...nlp.columns import head_indices
from .layout import paragraph_index
from .quotes import QuoteIndex
from .tables import load_nouns, state_of_a_number
from .vocab import (CONTENT_SUBORDINATORS, FIRST_PERSON, INANIMATE_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS,
                    SCARE_QUOTE_MAX_WORDS)

def _span_chars(tokens) -> tuple[int, int]:
    toks = sorted(tokens, key=lambda t: t.i)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _trim_tokens(tokens: list) -> list:
    """Drop a leading complementizer and punctuation at both ends of a content clause."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in ("mark", "cc") and toks[0].lower_ in ("that", "and", "but", "whether")
                    or toks[0].lower_ == "that" and toks[0].pos_ == "SCONJ"
                    # "..., which engineers said caused ...": the relative pronoun is not what was said
                    or toks[0].tag_ == "WDT" and toks[0].dep_ in ("nsubj", "nsubjpass")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in ("?", "!"):
        toks = toks[:-1]
    return toks


def _dateline_label(t) -> bool:
    """A name opening its sentence and closed by a colon ("Valletta: ...") labels the story's place."""
    doc = t.doc
    return (t.pos_ in ("PROPN", "NOUN") and t.text[:1].isupper() and t.left_edge.i == t.sent.start and t.i + 1 < len(doc)
            and doc[t.i + 1].text in (":", "\u2014", "\u2013"))


def _clock_time(t) -> bool:
    """Rule time_subject_skipped: a time of day the parser read as a subject ("At 2am on Monday, Kyiv time, the
    minister wrote ..."): a word tagged as a date or a time, or the noun "time" after a place or "local"."""
    if t.ent_type_ in ("DATE", "TIME"):
        return True
    return t.lower_ == "time" and any(c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "GPE"
                                                                         or c.lower_ == "local") for c in t.children)


def _bearing(t) -> bool:
    """Rule bearing_subject_skipped: a compass point or bearing the parser read as a subject ("Further west, near
    the coast, a teacher said ..."): a word of ``bearing_nouns.tsv`` with no determiner ("the West" is a bloc)."""
    return t.lower_ in load_nouns("bearing") and not any(c.dep_ in ("det", "poss") for c in t.children)


def _name_under_time(t):
    """ "..., Kyiv time (11pm GMT), 3 May, Anna Berg, head of the group, posted ...": the parser hangs the speaker's
    name on the time it follows, as a conjunct or an appositive; the first such person or organisation name
    outside brackets (the "(11pm GMT)" restating the time names no one)."""
    depth = 0
    for d in t.subtree:
        depth += (d.text == "(") - (d.text == ")")
        if (d.i > t.i and not depth and d.dep_ in ("conj", "appos") and d.pos_ == "PROPN"
                and d.ent_type_ in ("PERSON", "ORG")):
            return d
    return None


def _finite_under_infinitive(v) -> bool:
    """A finite verb (past or present tense) the parser coordinated with an infinitive ("to be voided")
    cannot share that infinitive's subject; its subject is the one of the clause above the infinitive."""
    head = v.head
    return (v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ", "VBP") and head.i != head.head.i
            and head.dep_ in ("advcl", "xcomp", "ccomp") and head.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children))


def _subject_of(verb, quote_index: "QuoteIndex | None" = None):
    """The subject of a cue verb, climbing from participles ("..., adding that") to their clause."""
    v = verb
    climbed = False

    def quoted(t):
        return quote_index is not None and quote_index.inside(t.idx) and not _quoted_name(t, verb)

    # "X condemned ..., accusing Y of ... and stating that ...": a conjunct under a preposition under a
    # participle reaches the clause's subject in five steps
    for _ in range(6):
        # "X said that A made B unlikely, adding that ...": a participle the parser hung inside the
        # reported clause belongs to the reporting verb above that clause
        # (not into a quote the parser made the root: '"A shows B," said X, adding ...' is X's)
        if climbed and v.dep_ == "ccomp" and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX") \
                and not (quote_index is not None and quote_index.inside(v.head.idx)):
            v = v.head
            continue
        if _finite_under_infinitive(v):
            v = v.head.head  # "pressed for the ballot to be voided and blamed X": the one who pressed blamed
            continue
        # a quote mark the parser read as a subject ("...,» said the head of state") names no one
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and not quoted(c) and not c.is_punct]
        # "which officials said caused ...": two subjects read on the cue, the relative pronoun is not the speaker
        if len(subjects) > 1:  # "Valletta: The captain said ...": a dateline read as a second subject
            subjects = [c for c in subjects if not _dateline_label(c)] or subjects
            # "co-Chairperson Anna Roe told ...": a hyphenated noun split into subjects; its last part is the head
            ids = {c.i for c in subjects}
            subjects = [c for c in subjects if not (c.text == "-" or c.i + 2 in ids and v.doc[c.i + 1].text == "-"
                                                    and not c.whitespace_ and not v.doc[c.i + 1].whitespace_)] or subjects
        if len(subjects) > 1:  # "At 6am, Moscow time, X wrote", "Further west, near A, X said": neither speaks
            subjects = [c for c in subjects if not (_clock_time(c) or _bearing(c))] or subjects
        subj = next((c for c in subjects if c.tag_ != "WDT"), None) if len(subjects) > 1 else next(iter(subjects), None)
        if subj is not None and _clock_time(subj):
            subj = _past_clock_time([subj])
        if subj is not None:
            return subj, "subject"
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
            # the parser took the quote for the subject ('"...," wrote Jane Roe'): the name after the verb
            named = next((c for c in v.rights if c.pos_ in ("PROPN", "NOUN") and not quoted(c)), None)
            if named is not None:
                return named, "subject"
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj, "subject"
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):  # "reports claiming that ..."
            return _issuer_of_medium(v.head) or v.head, "acl"
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ == "NOUN":
            issuer = _issuer_of_medium(v.head.head)  # "read a statement in two languages declaring ..."
            if issuer is not None:
                return issuer, "subject"
        # "..., adding that", "was quoted as saying that": the subject of the clause above
        if v.dep_ in ("advcl", "conj", "xcomp", "pcomp", "prep") and v.head.i != v.i:
            climbed = climbed or v.tag_ == "VBG"
            v = v.head
            continue
        break
    return None, "none"


def _issuer_of_medium(noun):
    """'The ministry issued a statement saying ...', 'the commander read a letter declaring ...': a medium
    noun (``medium_nouns.tsv``) that is the object of a verb speaks for that verb's subject, the body or
    person who issued it; None when the noun is no medium or its verb has no subject."""
    if noun.lemma_.lower() not in load_nouns("medium") or noun.dep_ != "dobj":
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return _past_clock_time(subjects)


def _past_clock_time(subjects):
    """The first of a verb's subjects that is not a time of day (:func:`_clock_time`); a time alone gives way to
    the name hung on it (:func:`_name_under_time`), else stays."""
    subj = next((c for c in subjects if not _clock_time(c)), None)
    if subj is None and subjects:
        subj = _name_under_time(subjects[0]) or subjects[0]
    return subj


def _quoted_name(t, verb) -> bool:
    """'the "Harbour Guard" said': a short name in quote marks right before the verb is its subject."""
    words = [x for x in t.subtree if not x.is_punct]
    return (t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verb.i and t.pos_ in ("PROPN", "NOUN")
            and len(words) <= SCARE_QUOTE_MAX_WORDS + 1 and t.right_edge.i < verb.i
            and all(x.is_punct or x.is_space for x in t.doc[t.right_edge.i + 1:verb.i]))


def _same_paragraph_subject(subj, cue_tok, text: str, pars, quote_index: "QuoteIndex | None" = None):
    """The subject, repaired when the parser glued a heading or a previous quote onto the cue's sentence.

    A line without final punctuation (a heading) is parsed as the start of the next sentence, and the
    cue's subject then lands in the heading or nowhere. In that case the speaker is the first noun phrase
    of the cue's own paragraph (outside quotes, before the cue), or the one right after the cue in
    an inverted attribution ('"...," said Jane Roe').
    """
    par = pars[paragraph_index(pars, cue_tok.idx)]
    if subj is not None and par.start <= subj.idx < par.end:
        return subj
    other = next((c for c in cue_tok.children if c.dep_ in ("nsubj", "nsubjpass") and par.start <= c.idx < par.end
                  and not (quote_index is not None and quote_index.inside(c.idx))), None)
    if other is not None:
        return other
    if subj is None and cue_tok.sent.start_char >= par.start:
        return _subject_after_comma(cue_tok) or _noun_phrase_head(cue_tok.doc, cue_tok.i + 1, par, quote_index,
                                                                  stop_at=None)
    doc = cue_tok.doc
    first = next((t for t in doc[cue_tok.sent.start:cue_tok.i] if t.idx >= par.start), None)
    head = _noun_phrase_head(doc, first.i, par, quote_index, stop_at=cue_tok.i) if first is not None else None
    return head or _noun_phrase_head(doc, cue_tok.i + 1, par, quote_index, stop_at=None)


_NP_WORDS = ("PROPN", "NOUN")


def _subject_after_comma(cue_tok):
    """'In a video, guards at the gate denied ...': a finite cue with no subject, right after a noun
    phrase that follows an opening phrase's comma; the parser took the noun phrase into the opening phrase."""
    if cue_tok.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "aux" for c in cue_tok.children):
        return None
    doc, sent = cue_tok.doc, cue_tok.sent
    end = _after_appositive(doc, cue_tok.i, sent.start)
    comma = next((k for k in range(end - 1, sent.start - 1, -1) if doc[k].text == ","), None)
    if comma is None:
        return None
    span = [t for t in doc[comma + 1:end] if not (t.dep_ in ("aux", "neg", "advmod") and t.head.i == cue_tok.i)]
    return _single_noun_phrase(span)


def _single_noun_phrase(span):
    """The head of ``span`` when it is one noun phrase (one root, a noun, no verb), else None."""
    ids = {t.i for t in span}
    roots = [t for t in span if t.head.i not in ids]
    if len(roots) != 1 or roots[0].pos_ not in _NP_WORDS or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    return roots[0]


def _after_appositive(doc, i: int, start: int) -> int:
    """'..., Ferrolux, a ferry operator, said': where the speaker's name ends when an appositive set off
    by commas and opened by an article comes between it and the verb at ``i``; else ``i``."""
    if i - 1 <= start or doc[i - 1].text != ",":
        return i
    comma = next((k for k in range(i - 2, start - 1, -1) if doc[k].text == ","), None)
    if comma is None or doc[comma + 1].lower_ not in ("a", "an", "the") \
            or _single_noun_phrase(list(doc[comma + 1:i - 1])) is None:
        return i
    return comma


def _noun_phrase_head(doc, i: int, par, quote_index, stop_at: int | None):
    """The head word of the first noun phrase from token ``i`` on, outside quotes, within ``par``."""
    end = stop_at if stop_at is not None else len(doc)
    k = i
    while k < end and doc[k].idx < par.end:
        t = doc[k]
        if (quote_index is not None and quote_index.inside(t.idx)) or t.is_punct or t.is_space \
                or t.pos_ in ("DET", "ADJ", "NUM", "ADV", "CCONJ", "INTJ"):
            k += 1
            continue
        if t.pos_ in ("ADP", "SCONJ"):  # a leading "On Friday," or "In Seoul,": skip to its comma
            while k < end and doc[k].text != "," and doc[k].idx < par.end:
                k += 1
            k += 1
            continue
        if t.pos_ == "PRON" and t.lower_ in PERSON_PRONOUNS | PLURAL_PRONOUNS | {"it"}:
            return t
        if t.pos_ not in _NP_WORDS:
            return None
        head = t
        while k + 1 < end and (doc[k + 1].pos_ in _NP_WORDS or doc[k + 1].text in ("-", "'s", "\u2019s")
                               or doc[k + 1].tag_ == "POS"):
            k += 1
            if doc[k].pos_ in _NP_WORDS:
                head = doc[k]
        return head
    return None


def _allowed_subject(subj, role: str) -> bool:
    if subj is None:
        return False
    low = subj.lower_
    if low in FIRST_PERSON:  # the author speaking (opinion pieces), never a reported claim
        return False
    if low in INANIMATE_PRONOUNS:
        return role == "speech" and low == "it" and subj.dep_ == "nsubj"
    if role == "evidential" and subj.pos_ == "PRON":
        return False
    return True


def _clause_region(cue_tok, text: str, pars) -> tuple[int, int]:
    """Character bounds a cue's content may not cross: its paragraph, and semicolons around it."""
    par = pars[paragraph_index(pars, cue_tok.idx)]
    lo = text.rfind(";", par.start, cue_tok.idx)
    hi = text.find(";", cue_tok.idx, par.end)
    return (lo + 1 if lo >= 0 else par.start), (hi if hi >= 0 else par.end)



def _is_question(doc, cand) -> bool:
    """A complement opened by whether/if or a wh-word ("asked whether", "would not say when").

    Only a word that belongs to the complement's own head counts: in "said that if talks fail, the
    army will move" the "if" opens an inner condition and the claim stands."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    # the span's tokens whose head is outside it, or themselves (from the HEAD column, no Token per word)
    own = np.arange(span.start, span.end)
    heads = head_indices(doc)[span.start:span.end]
    roots = set(own[(heads < span.start) | (heads >= span.end) | (heads == own)].tolist())
    k = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in ("whether", "if") else span.start
    first = doc[k]
    if first.lower_ in ("whether", "if") and first.dep_ == "mark":
        return first.head.i in roots
    if _told_how(first, cand, roots):
        return False
    return first.tag_ in ("WRB", "WP") and (first.i in roots or first.head.i in roots)


def _told_how(first, cand, roots) -> bool:
    """'The union disclosed how hundreds of workers were laid off': a statement verb with a plain "how"
    clause (a subject of its own, "how" on the clause's verb, not "how many") tells that it happened."""
    head = first.head
    return (first.lower_ == "how" and first.dep_ == "advmod" and cand.role == "speech" and head.i in roots
            and head.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))


def _contiguous_segments(toks) -> list:
    """Token runs as character segments; small gaps (a comma, an adverb) are bridged."""
    toks = sorted(toks, key=lambda t: t.i)
    segs = []
    run = [toks[0]]
    for t in toks[1:]:
        if t.i - run[-1].i <= 3:
            run.append(t)
        else:
            segs.append(_span_chars(run))
            run = [t]
    segs.append(_span_chars(run))
    return segs


def _set_off_name(appos) -> bool:
    """An appositive that names a person: a person entity, or a proper name closed by a comma or a
    bracket. "According to the envoy, Paris and Rome cannot ...": the parser's appositive is the
    clause's subject, not the envoy's name."""
    nxt = appos.doc[appos.right_edge.i + 1] if appos.right_edge.i + 1 < len(appos.doc) else None
    # closed by punctuation, or followed by the verb of the noun it names ("minister Jane Roe who ... said")
    owner_verb = appos.head.head
    closed = (nxt is None or nxt.text in (",", ")", ".", ";", ":", "\u2014", "\u2013") or nxt.lower_ in ("who", "whose")
              or appos.head.dep_ in ("nsubj", "nsubjpass") and (nxt.i == owner_verb.i or nxt.head.i == owner_verb.i
                                                                  and nxt.dep_ in ("aux", "auxpass", "neg", "advmod")))
    return closed and (appos.ent_type_ == "PERSON" or appos.pos_ == "PROPN" and appos.ent_type_ not in ("GPE", "LOC", "NORP"))


_SINGULAR_NOUN, _PLURAL_NOUN = ("NN", "NNP"), ("NNS", "NNPS")


def _finite_number(verb) -> str | None:
    """'sg' or 'pl' from a present-tense verb or its auxiliary ("suggest", "has said"); None when the form
    does not show it (past tense, modals)."""
    for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))):
        if t.tag_ == "VBZ":
            return "sg"
        if t.tag_ == "VBP":
            return "pl"
    return None


def relative_antecedent(verb):
    """The noun a relative clause's speaker stands for ("... that suggest", "... who said").

    The parser hangs the clause on the nearest noun; the verb's number may show it belongs to the noun
    the nearest one qualifies ("findings from the audit office that suggest ...": "suggest" agrees
    with "findings"); and a predicate noun stands for the copula's subject ("Jane Roe is an engineer who
    has said ...": Jane Roe speaks)."""
    noun = verb.head
    number = _finite_number(verb)
    wrong = _SINGULAR_NOUN if number == "pl" else _PLURAL_NOUN if number == "sg" else ()
    if noun.tag_ in wrong and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        owner = noun.head.head
        if owner.pos_ in ("NOUN", "PROPN") and owner.tag_ not in wrong:
            noun = owner
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            noun = subject
    return noun


def tally_read_on_cue(cue_tok, toks) -> list:
    """ "said it had found 40 dead, 95 hurt and 7 reported missing": the rest of a list of
    counts the parser hung on the cue as a clause of its own (its subject a number, its verb a state, no
    speech: ``tables.state_of_a_number``), right after the content, is part of the content."""
    if not toks:
        return []
    last = max(t.i for t in toks)
    for c in cue_tok.children:
        if c.dep_ == "conj" and c.i > last and state_of_a_number(c) and c.left_edge.i - last <= 2:
            return [t for t in cue_tok.doc[last + 1:c.right_edge.i + 1]]
    return []


def _reason_read_on_cue(cue_tok, toks) -> list:
    """'told the court the firm was "ruined" because it lost the contract': a reason or condition clause
    the parser hung on the cue, following the content with no comma between, is part of the content."""
    if not toks:
        return []
    last = max(t.i for t in toks)
    for c in cue_tok.children:
        mark = next((m for m in c.children if m.dep_ == "mark"), None)
        if (c.dep_ == "advcl" and c.i > last and mark is not None and mark.lower_ in CONTENT_SUBORDINATORS
                and mark.i == c.left_edge.i and all(t.is_quote for t in cue_tok.doc[last + 1:mark.i])):
            return list(c.subtree)
    return []


def _object_read_as_subject(cue_tok, heads) -> list:
    """'insisted the mayor "remains in charge."': the parser took the clause's subject for the cue's object
    and left the clause (right after it, maybe past a quote mark) without one; the subject is said too."""
    doc, found = cue_tok.doc, []
    for obj in (c for c in cue_tok.children if c.dep_ == "dobj"):
        clause = next((h for h in heads if h.i > obj.i and h.pos_ in ("VERB", "AUX")), None)
        if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
            continue
        if all(t.is_punct for t in doc[obj.right_edge.i + 1:clause.left_edge.i]):
            found.extend(obj.subtree)
    return found


def _name_after_role(subj):
    """'the city's chief negotiator Anna Berg said' read as two subjects of one verb, 'according to wire service
    Tanjug' read as two objects of one preposition: the proper name standing right after the role or body noun
    (the verb's auxiliaries aside) names the speaker."""
    doc, head = subj.doc, subj.head
    if subj.dep_ == "nsubj" and head.i > subj.i:
        between = list(doc[subj.right_edge.i + 1:head.i])
        # "the island's governor Anna Berg has told ...": the verb's auxiliaries close the name
        while between and between[-1].head.i == head.i and between[-1].dep_ in ("aux", "auxpass", "neg", "advmod"):
            between.pop()
    elif subj.dep_ == "pobj":
        end = subj.right_edge.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN":
            end += 1
        between = list(doc[subj.right_edge.i + 1:end])
    else:
        return subj
    if not between or any(t.pos_ != "PROPN" for t in between):
        return subj
    name = between[-1]
    # two objects: of one preposition, or the name hung on the first word of a two-word one ("according" of
    # "according to")
    heads = (head.i, head.head.i) if subj.dep_ == "pobj" else (head.i,)
    return name if name.dep_ == subj.dep_ and name.head.i in heads else subj
