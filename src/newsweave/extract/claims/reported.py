"""Step 3, reported speech: a cue verb of ``cues.tsv`` and the content it reports.

:func:`reported_speech` reads every token outside quotes and headings; "according to X" and the cue verbs
make a candidate, and the content of a cue is the first found by the rules of :data:`CONTENT_RULES`, in
order: a clause complement, a contact clause, a parenthetical, a trailing speaker, a noun phrase. A comment
after a content noun ("in a sign that ...") is never the content; an evidential participle ("...,
suggesting that") is the writer's inference, not a report.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ...nlp.columns import doc_text, mask_where
from .closing import _closing_attribution
from .forms import (_accusation, _according_report, _as_reported_by, _closing_cue_noun, _described_as, _nominal_content,
                    _noun_report, _trailing_attribution)
from .grammar import (relative_antecedent, _allowed_subject, _clause_region, _contiguous_segments, _same_paragraph_subject,
                      _subject_after_comma, _subject_of, _trim_tokens, tally_read_on_cue, _object_read_as_subject,
                      _reason_read_on_cue)
from .layout import holds_claims
from .quotes import right_after_quote
from .state import Candidate, ClaimReading
from .tables import VERB_TAGS, CueLexicon, _hedge_adverbs, cue_role, load_nouns

def _comment_phrase(t, lexicon: CueLexicon) -> bool:
    """', in a sign that ...' / ', a sign that ...': the writer's comment set off by a comma, headed by
    a content noun; not part of what the speaker said."""
    if t.i == 0 or t.doc[t.i - 1].text != ",":
        return False
    if t.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon.content_nouns for c in t.children)
    first_noun = next((x for x in t.subtree if x.pos_ == "NOUN"), None)
    return (t.dep_ in ("npadvmod", "appos", "dobj", "attr") and t.lemma_.lower() in lexicon.content_nouns
            and first_noun == t)


# a subject that could itself have spoken: a name of a person, body or state, or a noun for a person or body
_SPEAKER_ENTS = ("PERSON", "ORG", "GPE", "NORP")


def _could_speak(subj) -> bool:
    lemma = subj.lemma_.lower()
    return (subj.ent_type_ in _SPEAKER_ENTS or subj.pos_ in ("PRON", "PROPN") or lemma in load_nouns("person")
            or lemma in load_nouns("body"))


def _second_statement(t, cue_tok, lexicon: CueLexicon) -> bool:
    """'said that the ferry was late and admitted that the timetable was wrong': a subject-less cue verb
    the parser coordinated with the reported clause, in the cue's tense and with a complement of its
    own, is the speaker's second statement, not part of the first, when the clause's subject (the
    ferry) could not have made it."""
    if t.dep_ != "conj" or t.tag_ != cue_tok.tag_ or not cue_role(t, lexicon):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) or not any(c.dep_ == "ccomp" for c in t.children):
        return False
    clause = t.head
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is None or subj.dep_ == "nsubjpass" or not _could_speak(subj)


def _act_conjunct(t, lexicon: CueLexicon) -> bool:
    """'said both were held and both denied the charge': a finite cue verb coordinated inside the content
    with nothing reported of its own (no clause, no nominal report) is one more thing said, not a report."""
    return (t.dep_ == "conj" and t.tag_ != "VBG"
            and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in t.children)
            and _nominal_content(t, lexicon, (0, len(doc_text(t.doc)))) is None)


def _content_tokens(cue_tok, heads, lexicon, region=None) -> list:
    """The complement clauses' tokens, minus participial cue clauses that report a separate statement."""
    # with a complement on each side of the cue, the one after it is the content ("A; X said that B")
    after = [h for h in heads if h.i > cue_tok.i]
    if after and len(after) < len(heads):
        # "A, X said on Monday, in the strongest hint so far that B": B completes "sign"; A is the content
        own = [h for h in after if not _noun_complement(h, lexicon)]
        heads = own or [h for h in heads if h.i < cue_tok.i]
    drop = set()
    for h in heads:
        for t in h.subtree:
            if t is h:
                continue
            separate_speech = t.dep_ in ("advcl", "conj") and cue_role(t, lexicon) and (
                t.tag_ == "VBG" or any(c.dep_ == "nsubj" for c in t.children)) and not _act_conjunct(t, lexicon)
            attribution = t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to"
            second_statement = _second_statement(t, cue_tok, lexicon)
            if separate_speech or attribution or second_statement or _comment_phrase(t, lexicon):
                drop.update(x.i for x in t.subtree)
                drop.update(c.i for c in t.children if c.dep_ == "mark")
            if second_statement or (separate_speech and t.dep_ == "conj"):  # and the "and" joining it
                drop.update(c.i for c in t.head.children if c.dep_ in ("cc", "punct")
                            and t.left_edge.i - 3 < c.i < t.left_edge.i)
    toks = [t for h in heads for t in h.subtree if t.i not in drop]
    # "said hopefully a deal will come": a stance adverb the parser hung on the cue, standing right
    # before a complement with no "that", is the speaker's, so part of what is said (hedges.tsv adverbs)
    first = min((t.i for t in toks), default=None)
    for c in cue_tok.children:
        if (c.dep_ == "advmod" and first is not None and c.i == first - 1 and c.i > cue_tok.i
                and (c.lemma_.lower(), "adverb") in _hedge_adverbs()):
            toks.append(c)
    toks += _object_read_as_subject(cue_tok, heads)
    toks += _reason_read_on_cue(cue_tok, toks)
    toks += tally_read_on_cue(cue_tok, toks)
    if region is not None:
        toks = [t for t in toks if region[0] <= t.idx < region[1]]
    return _trim_tokens(sorted(toks, key=lambda t: t.i))


def _contact_clause(cue_tok, region: tuple[int, int]) -> list:
    """'a move Taiwan said undermined stability': a cue in a relative clause with no "that", followed
    directly by a finite verb without a subject of its own (the parser often hangs that verb elsewhere)."""
    doc = cue_tok.doc
    k = cue_tok.i + 1
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc) or not region[0] <= doc[k].idx < region[1]:
        return []
    verb = doc[k]
    if verb.pos_ == "AUX" and verb.head.i > verb.i and verb.head.pos_ == "VERB":
        verb = verb.head
    # a bare "-ed" form right after the cue is finite here even when tagged as a participle
    finite = verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or doc[k].tag_ in ("VBD", "VBZ", "VBP", "MD") or (
        verb.tag_ == "VBN" and verb.i == k and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    # its only subject may be the noun the cue's clause modifies (the parser's reading of "a step X said undermined")
    if not finite or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i != cue_tok.head.i for c in verb.children):
        return []
    return [verb]


def _noun_complement(head, lexicon: CueLexicon | None) -> bool:
    """A that-clause right after a content noun ("in the strongest hint so far that ..."): the noun's
    complement, even when the parser hangs it on the cue."""
    if lexicon is None:
        return False
    k = head.left_edge.i - 1
    doc = head.doc
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    return k >= 0 and doc[k].pos_ == "NOUN" and doc[k].lemma_.lower() in lexicon.content_nouns


def _complements(cue_tok, region: tuple[int, int], lexicon: CueLexicon | None = None) -> list:
    """The cue's clause complements; a that-clause hung on "in a statement (published ...)" or "at the
    time" counts too, but not one that completes a content noun ("in a sign that ...").
    Complements outside ``region`` (a heading glued on by the parser) do not count."""
    ccomps = [c for c in cue_tok.children if c.dep_ == "ccomp" and region[0] <= c.idx < region[1]
              and not _small_clause(c)]
    # "confirmed only that ..." / "has reported, citing X, that ...": a that-clause the parser labelled
    # adverbial or coordinated is the complement; a "complement" it hung on the cue from inside that
    # clause ("a list of names the city wanted returned") belongs to it
    thats = [c for c in cue_tok.children if c.dep_ in ("advcl", "conj") and c.i > cue_tok.i
             and region[0] <= c.idx < region[1] and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
             and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)]
    if thats and not any(c.left_edge.i < thats[0].left_edge.i for c in ccomps):
        return thats + [c for c in ccomps if c.i > thats[0].i]
    if ccomps:
        return ccomps
    for prep in (c for c in cue_tok.children if c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if lexicon is not None and pobj.lemma_.lower() in lexicon.content_nouns:
                continue
            for node in [pobj, *(c for c in pobj.children if c.dep_ == "acl")]:
                for c in node.children:
                    if c.dep_ in ("ccomp", "acl", "relcl") and c.i > node.i and any(
                            m.dep_ in ("mark", "advmod") and m.lower_ == "that" and m.i < c.i for m in c.children) \
                            and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
                        return [c]
    # "assured the villagers that ...": the parser hung the that-clause on the addressee
    for obj in (c for c in cue_tok.children if c.dep_ in ("dobj", "dative")):
        for c in obj.children:
            that = c.left_edge
            if (c.dep_ in ("acl", "relcl", "ccomp") and that.lower_ == "that" and that.i == obj.i + 1
                    and region[0] <= c.idx < region[1] and any(x.dep_ in ("nsubj", "nsubjpass") and x.i != that.i for x in c.children)):
                return [c]
    # "has reported, citing a source, that ...": the parser hung the that-clause on "citing"
    for cite in (c for c in cue_tok.children if c.dep_ == "advcl" and c.lemma_.lower() == "cite" and c.i > cue_tok.i):
        heads = [c for c in cite.children if c.dep_ == "ccomp" and region[0] <= c.idx < region[1]]
        if heads:
            return heads
    # the parser hung the content on a glued heading: keep the part inside this paragraph
    return [c for c in cue_tok.children if c.dep_ == "ccomp" and not _small_clause(c)
            and any(region[0] <= t.idx < region[1] and not t.is_punct for t in c.subtree)]


def _small_clause(head) -> bool:
    """'after finding the driver guilty', 'declared the count void': an object and the adjective or noun
    said of it, with no verb, no copula and no "that", is a verdict or a naming, not a reported clause."""
    return (head.pos_ in ("ADJ", "NOUN", "PROPN") and any(c.dep_ == "nsubj" for c in head.children)
            and not any(c.dep_ in ("mark", "aux", "auxpass", "cop") for c in head.children)
            and not any(t.pos_ in ("VERB", "AUX") for t in head.subtree))



# -- the content rules ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Content:
    """What a content rule found for a cue: the heads of the reported words and how to cut them."""
    heads: list
    rule: str  # the claim's rule name, "reported-speech", "parenthetical", ...
    speaker: object = None  # the speaker a trailing attribution names
    nominal: object = None  # the noun a nominal report is about
    parenthetical: bool = False
    interrupting: bool = False  # the cue and its speaker sit inside the content
    comma: int | None = None  # the comma before a trailing speaker's phrase, where the content ends


def complement_clause(tok, region, r: ClaimReading) -> Content | None:
    """The cue's clause complement: "The mayor said that the bridge would reopen." (also a that-clause
    the parser hung on the addressee or on "in a statement")."""
    heads = _complements(tok, region, r.lexicon)
    return Content(heads, "reported-speech") if heads else None


def object_then_clause(tok, region, r: ClaimReading) -> Content | None:
    """'insisted the mayor "remains in charge."' parsed as an object and a loose verb: the finite verb right
    after the cue's object (past quote marks), with no subject of its own, is the clause the object opens."""
    doc = tok.doc
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN")):
        nxt = next((t for t in doc[obj.right_edge.i + 1:min(len(doc), obj.right_edge.i + 3)] if not t.is_punct), None)
        if (nxt is not None and nxt.tag_ in ("VBZ", "VBP", "VBD", "MD") and region[0] <= nxt.idx < region[1]
                and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in nxt.children)):
            return Content([nxt], "reported-speech")
    return None


def object_with_set_off_phrase(tok, region, r: ClaimReading) -> Content | None:
    """'Officials said the raid, dubbed Operation Lantern, seized 40 boats.': after a phrase set off by
    commas, the parser read the clause's verb as one more modifier of the subject it took for the cue's
    object. A cue taking no noun content, with an object whose last modifier is such a verb (after the
    closing comma, with words of its own, running to the sentence's end), reports the whole clause."""
    doc = tok.doc
    if (tok.lemma_.lower(), "") in r.lexicon.nominal:
        return None
    for obj in (c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i > tok.i):
        mods = [c for c in obj.children if c.i > obj.i and not c.is_punct]
        verb = mods[-1] if mods else None
        if (verb is None or len(mods) < 2 or verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN")
                or doc[verb.left_edge.i - 1].text != "," or doc[mods[0].left_edge.i - 1].text != ","
                or not any(c.dep_ in ("xcomp", "dobj", "ccomp") for c in verb.children)
                or doc[min(verb.right_edge.i + 1, len(doc) - 1)].text not in (".", "!")
                or not region[0] <= obj.idx < region[1]):
            continue
        return Content([obj], "reported-speech")
    return None


def contact_clause(tok, region, r: ClaimReading) -> Content | None:
    """A cue in a relative clause without "that": "a plan the council said cost too much"."""
    heads = _contact_clause(tok, region) if tok.dep_ == "relcl" else []
    return Content(heads, "contact-clause") if heads else None


def parenthetical_clause(tok, region, r: ClaimReading) -> Content | None:
    """A cue set off by commas inside or after its content: "The ferry, the port said, will sail late."."""
    doc = tok.doc
    # "..., said one of the guards": an inverted cue the parser left unlabelled or read as a conjunct
    inverted = (tok.dep_ in ("dep", "conj") and tok.head.i < tok.i and doc[tok.i - 1].text == ","
                and cue_role(tok, r.lexicon)[0] == "speech" and tok.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "nsubj" and c.i > tok.i for c in tok.children))
    if not ((tok.dep_ == "parataxis" or inverted) and region[0] <= tok.head.idx < region[1]
            and (tok.left_edge.text == "," or tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ",")
            and not any(c.dep_ == "dobj" for c in tok.children)):
        return None
    heads = [tok.head]
    root = tok.sent.root
    if tok.head.pos_ not in ("VERB", "AUX") and root.i < tok.i and root.pos_ in ("VERB", "AUX"):
        heads = [root]  # "A barn burned, farmers said, the second this month": the clause, not the trailing noun
    return Content(heads, "parenthetical", parenthetical=True)


def interrupting_cue(tok, region, r: ClaimReading) -> Content | None:
    """'The drought, said Mayor Lund, is the worst in memory.': an inverted cue between commas that cuts
    its clause after the subject; the parser hung that subject on the cue, so the speaker is the subject
    after the verb and the content is the clause around the cue."""
    doc = tok.doc
    head = tok.head
    before = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    after = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i and c.pos_ in ("PROPN", "NOUN")), None)
    if (tok.dep_ != "parataxis" or head.i < tok.i or head.pos_ not in ("VERB", "AUX") or before is None
            or after is None or doc[tok.i - 1].text != "," or doc[tok.right_edge.i].text != ","
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
            or any(c.dep_ in ("dobj", "ccomp") for c in tok.children) or not region[0] <= head.idx < region[1]):
        return None
    return Content([head], "parenthetical", speaker=after, interrupting=True)


def _no_content_of_its_own(tok) -> bool:
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp", "advcl", "conj") for c in tok.children)


def closing_named_cue(tok, region, r: ClaimReading) -> Content | None:
    """'Troops have retaken the port, army spokesperson Jane Roe has said on Thursday.': a speaker and cue
    after a comma closing the sentence, which the parser read as a relative clause of the last noun."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    root = tok.sent.root
    if (tok.dep_ != "relcl" or subj is None or subj.tag_ in ("WDT", "WP") or subj.left_edge.i == 0
            or doc[subj.left_edge.i - 1].text != "," or not _no_content_of_its_own(tok)
            or tok.right_edge.i + 1 >= len(doc) or doc[tok.right_edge.i + 1].text not in (".", "!")
            or root.i > tok.i or root.pos_ not in ("VERB", "AUX") or not region[0] <= root.idx < region[1]):
        return None
    return Content([root], "parenthetical", parenthetical=True)


# A fronted cue's own words after the verb are a time or stance phrase of at most this many tokens ("so
# far", "on Monday", "last week"); longer, the verb has a complement of its own and reports nothing here.
FRONTED_CUE_MAX_AFTER = 3


def fronted_cue(tok, region, r: ClaimReading) -> Content | None:
    """'He said so far, the crews had no losses.': a subject and cue opening the sentence, read by the
    parser as a complement of the clause after them; that clause is what was said."""
    head = tok.head
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if (tok.dep_ != "ccomp" or head.i <= tok.i or subj is None or subj.left_edge.i != tok.sent.start
            or tok.right_edge.i - tok.i > FRONTED_CUE_MAX_AFTER
            or not _no_content_of_its_own(tok) or tok.doc[tok.right_edge.i + 1].text != ","
            or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children)
            or not region[0] <= head.idx < region[1]):
        return None
    return Content([head], "fronted-cue")


def trailing_attribution(tok, region, r: ClaimReading) -> Content | None:
    """A speaker the parser read as a conjunct after the content: "The dam held, engineers and residents said."."""
    speaker = _trailing_attribution(tok, region)
    if speaker is None:
        return None
    # the comma that opens the speaker's phrase (the parser may hang the title before a name on the content)
    comma = next((k for k in range(tok.i - 1, tok.head.i, -1) if tok.doc[k].text == ","), None)
    return Content([tok.head], "trailing-attribution", speaker=speaker, parenthetical=True, comma=comma)


def closing_speaker(tok, region, r: ClaimReading) -> Content | None:
    """'Nine boats sank in the storm, Harbour Master Ole Lund said on Monday.': a finite cue closing its
    sentence after a comma and a noun phrase, with no subject and no content of its own, which the parser
    hung on the clause before it; that clause is the content, the noun phrase the speaker."""
    doc, head = tok.doc, tok.head
    closes = tok.right_edge.i + 1 >= len(doc) or doc[tok.right_edge.i + 1].text in (".", "!")
    if (tok.dep_ not in ("advcl", "conj", "dep") or head.i >= tok.i or head.pos_ not in ("VERB", "AUX")
            or tok.tag_ not in ("VBD", "VBZ", "VBP") or not closes or not _no_content_of_its_own(tok)
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            or not region[0] <= head.idx < region[1]):
        return None
    speaker = _subject_after_comma(tok)
    if speaker is None or not region[0] <= speaker.idx < region[1]:
        return None
    return Content([head], "closing-speaker", speaker=speaker, parenthetical=True)


def nominal_report(tok, region, r: ClaimReading) -> Content | None:
    """A report whose content is a noun phrase (``nominal`` rows of cues.tsv): "warned of long delays"."""
    noun = _nominal_content(tok, r.lexicon, region)
    return Content([noun], "nominal-report", nominal=noun) if noun is not None else None


# cues whose counted object is a figure they report ("confirmed 40 arrests"): the acts of giving a toll
FIGURE_CUES = frozenset({"confirm", "report", "announce", "record"})


def counted_object(tok, region, r: ClaimReading) -> Content | None:
    """'The police confirmed 40 arrests and 12 injured officers.': a toll-giving cue whose object is counted
    reports the figure; an object with no number ("confirmed the visit") reports nothing."""
    if tok.lemma_.lower() not in FIGURE_CUES:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i and region[0] <= c.idx < region[1]), None)
    if obj is None or not any(c.dep_ == "nummod" and c.like_num for c in obj.children):
        return None
    return Content([obj], "counted-object")


def figure_at(tok, region, r: ClaimReading) -> Content | None:
    """ "A councillor put the number of homes at 300": a ``figure`` cue of cues.tsv ("put ... toll") with an "at"
    phrase holding a number reports that figure ("put the toll at risk" reports none)."""
    if (obj := next((c for c in tok.children if c.dep_ == "dobj" and region[0] <= c.idx < region[1]), None)) is None:
        return None
    at = next((c for h in (tok, obj) for c in h.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i), None)
    if at is None or not any(t.like_num for t in at.subtree):
        return None
    return Content([obj, at], "figure-at")


# the ways to find what a cue reports, tried in order: the first that finds content wins
CONTENT_RULES = (complement_clause, object_then_clause, object_with_set_off_phrase, contact_clause, parenthetical_clause, interrupting_cue, closing_named_cue, trailing_attribution,
                 closing_speaker, fronted_cue, nominal_report, counted_object)
# the content rules' names for a cue closing its sentence after the clause it reports
CLOSING_READINGS = frozenset({"claims:closing-speaker", "claims:parenthetical", "claims:trailing-attribution"})
# the other report rules, switched off by name like the content rules
REPORT_FORMS = ("closing_attribution", "according_to", "figure_according_to", "accusation", "as_reported_by", "noun_report", "described_as", "closing_cue_noun")


def _content_of(tok, content: Content, region, r: ClaimReading) -> list:
    """The tokens a cue reports, from what its content rule found."""
    if content.nominal is not None:  # the noun phrase, and a condition on it ("warned of fines if ...")
        extra = [t for c in tok.children if c.dep_ == "advcl" and c.i > content.nominal.i for t in c.subtree]
        toks = _trim_tokens([t for t in [*content.nominal.subtree, *extra] if region[0] <= t.idx < region[1]])
    elif content.rule == "figure-at":  # the total noun and its figure ("the death toll at nine")
        toks = _trim_tokens([t for t in tok.doc[content.heads[0].left_edge.i:content.heads[1].right_edge.i + 1]
                             if region[0] <= t.idx < region[1]])
    elif content.rule == "counted-object":  # the figures up to the clause's end ("40 arrests, 12 injured and ...")
        toks = _trim_tokens([t for t in tok.doc[content.heads[0].left_edge.i:tok.right_edge.i + 1]
                             if region[0] <= t.idx < region[1]])
    else:
        toks = _content_tokens(tok, content.heads, r.lexicon, region)
    if tok.dep_ == "relcl" and not content.parenthetical:  # "companies that it said had ...": the content follows the cue
        toks = _trim_tokens([t for t in toks if t.i > tok.i])
    if content.interrupting:  # the content around the cue and its speaker
        toks = _trim_tokens([t for t in toks if not tok.i - 1 <= t.i <= tok.right_edge.i])
    elif content.speaker is not None:  # the clause before the comma
        comma = content.comma if content.comma is not None else content.speaker.left_edge.i - 1
        toks = _trim_tokens([t for t in toks if t.i < comma])
    elif content.rule == "fronted-cue":  # the clause after the cue's own words
        toks = _trim_tokens([t for t in toks if t.i > tok.right_edge.i])
    elif content.parenthetical:
        cue_span = range(tok.left_edge.i, tok.right_edge.i + 1)
        keep = (lambda t: t.i < tok.left_edge.i) if tok.head.i < tok.i else (lambda t: t.i not in cue_span)
        toks = _trim_tokens([t for t in toks if keep(t)])
    return toks


SUBORDINATORS = frozenset({"if", "unless", "when", "while", "because", "although", "though", "once", "as"})


def _coordinated_cue_subject(tok, lexicon: CueLexicon):
    """'The city says it will talk if the union agrees to wait but insists that ...': a subject-less cue
    the parser coordinated with the verb of a subordinate clause shares the subject of the cue above
    that clause, not of the clause."""
    head = tok.head
    outer = head.head
    if head.dep_ == "ccomp" and cue_role(outer, lexicon) and _second_statement(tok, outer, lexicon):
        subj = next((c for c in outer.children if c.dep_ == "nsubj"), None)
        return (subj, "subject") if subj is not None else None  # "X said A and boasted that B": X boasted
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or not any(
            c.dep_ == "mark" and c.lower_ in SUBORDINATORS for c in head.children):
        return None
    for up in head.ancestors:
        subj = next((c for c in up.children if c.dep_ == "nsubj"), None)
        if subj is not None and cue_role(up, lexicon):
            return subj, "subject"
    return None


def _cue_report(tok, role: str, cue_text: str, region, r: ClaimReading) -> Candidate | None:
    """The candidate a cue verb makes with the first content a rule of ``CONTENT_RULES`` finds."""
    rules = (figure_at,) if role == "figure" else CONTENT_RULES  # a figure cue reports its figure, nothing else
    content = next((c for rule in rules if r.on(rule) and (c := rule(tok, region, r)) is not None), None)
    if content is None:
        return None
    if content.speaker is not None:
        subj, via = content.speaker, "subject"
    else:
        subj, via = _coordinated_cue_subject(tok, r.lexicon) or _subject_of(tok, r.qindex)
    subj = _same_paragraph_subject(subj, tok, r.text, r.pars, r.qindex)
    if subj is not None and subj.lower_ in ("which", "that") and tok.dep_ == "relcl" and subj.head.i == tok.i \
            and tok.head.pos_ in ("PROPN", "NOUN"):
        subj = relative_antecedent(tok)  # "the firm Ocean Watch, which noted that ...", "a notice that said ...": it speaks
    if not _allowed_subject(subj, role):
        return None
    toks = _paragraph_opening_restored(_speaker_cut(_content_of(tok, content, region, r), subj), r)
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=subj.i, subject_via=via, role=role, hedge_extra=role in ("epistemic", "evidential"),
                     rule=_rule(content.rule, r.lexicon.row(tok, cue_text)))


# at most this many words opening a paragraph may be split off its first sentence by the parser
OPENING_SPLIT_MAX_WORDS = 3


def _paragraph_opening_restored(toks: list, r: ClaimReading) -> list:
    """'Storm Ilse is now close, forecasters say.' after a heading without a final stop: the parser can
    end the heading's sentence after the paragraph's first word ("Storm"), cutting it off the content.
    A content starting a few verb-less words into its paragraph, in a new parser sentence, gets them back."""
    if not toks:
        return toks
    doc, first = r.doc, toks[0]
    start = r.par_of(first.idx).start
    before = [t for t in doc[max(first.i - OPENING_SPLIT_MAX_WORDS - 1, 0):first.i] if t.idx >= start and not t.is_space]
    if (not before or len(before) > OPENING_SPLIT_MAX_WORDS or before[0].sent == first.sent
            or any(t.sent != before[0].sent or t.pos_ not in ("PROPN", "NOUN", "ADJ", "DET") for t in before)
            or r.text[start:before[0].idx].strip()):
        return toks
    return before + toks


def _speaker_cut(toks: list, subj) -> list:
    """'Storms shut the port, Ferrolux, a ferry operator, said.': a speaker the parser read into the
    content (as an appositive of its last noun) ends the content at the comma before it."""
    ids = {t.i for t in toks}
    if subj is None or subj.i not in ids or subj.i == toks[0].i:
        return toks
    comma = subj.left_edge.i - 1
    return _trim_tokens([t for t in toks if t.i < comma]) if subj.doc[comma].text == "," else toks


def _rule(name: str, row: str = "") -> str:
    return f"claims:{name} {row}" if row else f"claims:{name}"


def _participle_with_clause(tok) -> bool:
    """ 'X said, "...", adding that the river had peaked': a participle cue after the quote that takes a clause of
    its own continues the speaker's report; it is no attribution of the quote before it."""
    return tok.tag_ == "VBG" and any(c.dep_ == "ccomp" for c in tok.children)


def _report_at(tok, r: ClaimReading) -> Candidate | None:
    """The report a token makes, if it is "according to" or a cue verb with content."""
    doc, text = tok.doc, r.text
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        cand, name = _according_report(tok, doc, _clause_region(tok, text, r.pars), r.on)
        if cand is not None:
            cand.rule = _rule(name)
        return cand
    if tok.pos_ == "NOUN" and r.on("closing_cue_noun"):
        cand = _closing_cue_noun(tok, _clause_region(tok, text, r.pars), r.lexicon)
        if cand is not None:  # "..., local radio reports."
            cand.rule = _rule("closing-cue-noun", r.lexicon.rows.get(tok.lemma_.lower()) or r.lexicon.rows.get(tok.lower_[:-1], ""))
            return cand
    if tok.pos_ == "NOUN" and (tok.lower_ in r.lexicon.frame_nouns or tok.lemma_.lower() in r.lexicon.frame_nouns):
        cand = _noun_report(tok, _clause_region(tok, text, r.pars), r.lexicon) if r.on("noun_report") else None
        if cand is not None:  # "the accusation that ...", "remarks by the minister that ..."
            cand.rule = _rule("noun-report", r.lexicon.rows.get(("noun", tok.lower_)) or
                              r.lexicon.rows.get(("noun", tok.lemma_.lower()), ""))
            return cand
    found = cue_role(tok, r.lexicon)
    if not found:
        return None
    role, cue_text = found
    if role == "naming" and r.on("described_as"):  # "described the plan as reckless"
        cand = _described_as(tok, _clause_region(tok, text, r.pars), cue_text, r.qindex)
        if cand is not None:
            cand.rule = _rule("described-as", r.lexicon.row(tok, cue_text))
        return cand
    if role in ("naming", "question"):  # 'asked that ...' requests, it does not claim
        return None
    if role == "evidential" and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj", "xcomp"):
        return None  # '..., suggesting that ...': an inference drawn from the clause before, not a report
    if right_after_quote(text, tok.idx, r.qindex) and not _participle_with_clause(tok):
        return None  # '"...," said Jane Roe, "..."': the quote's attribution, handled with the quotes
    region = _clause_region(tok, text, r.pars)
    row = r.lexicon.row(tok, cue_text)
    if role == "accusation":
        cand = _accusation(tok, region, cue_text) if r.on("accusation") else None
        if cand is not None:
            cand.rule = _rule("accusation", row)
        return cand
    if role in ("speech", "evidential") and r.on("closing_attribution"):
        found = _closing_attribution(tok, region, cue_text, role, r.qindex)
        if found is not None:  # "..., reported the Associated Press.", "..., Tanjug quoted X as saying."
            cand, form = found
            cand.rule = _rule(form, row)
            # "..., the port said.": a closing reading the parse already gives keeps its own rule
            read = _cue_report(tok, role, cue_text, region, r) if form == "closing-named" else None
            return read if read is not None and read.rule.split()[0] in CLOSING_READINGS else cand
    if role == "speech" and tok.tag_ in ("VBN", "VBD", "VBZ", "VBP") and r.on("as_reported_by"):
        cand = _as_reported_by(tok, region, cue_text)
        if cand:  # "..., as reported by the coastguard": the clause it qualifies, said by the agent
            cand.rule = _rule("as-reported-by", row)
            return cand
    return _cue_report(tok, role, cue_text, region, r)


def report_positions(doc) -> list[int]:
    """The tokens ``_report_at`` may find a report at, in order: "according", a noun (a closing cue noun, a frame
    noun), or what ``cue_role`` reads as a verb (its part of speech or its tag); any other token makes none."""
    return np.flatnonzero(mask_where(doc, "LOWER", lambda w: w == "according", ("according", None))
                          | mask_where(doc, "POS", lambda p: p in ("NOUN", "VERB", "AUX"))
                          | mask_where(doc, "TAG", lambda t: t in VERB_TAGS)).tolist()


def reported_speech(r: ClaimReading) -> None:
    """Every report outside quotes and headings: "Officials said the road was closed.", "according to
    the agency", "The union accused the firm of cutting pay."."""
    doc = r.doc
    for i in report_positions(doc):
        tok = doc[i]
        if r.qindex.inside(tok.idx) or not holds_claims(r.par_of(tok.idx)):
            continue
        cand = _report_at(tok, r)
        if cand is not None:
            r.reports.append(cand)
