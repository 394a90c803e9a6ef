"""Reports that are not a verb and its clause: accusations, "as reported by", a trailing speaker, a noun
phrase as content, "according to", a frame noun and its that-clause ("the accusation that ..."). Each makes a candidate from the cue token and the clause region."""
from __future__ import annotations

from .grammar import _contiguous_segments, _set_off_name, _subject_of, _trim_tokens
from .state import Candidate
from .tables import CueLexicon, cue_role, load_cues, load_issuing_verbs, load_nouns
from .vocab import FIRST_PERSON

ACCUSATION_PREPS = ("of", "for")
# a phrase after the alleged act giving its grounds ("of war crimes for the shelling of the port")
ACCUSATION_GROUNDS = ("for", "over")


def _by_agent(tok):
    """The agent noun of a passive: 'by X' as the parser's agent, or a 'by' phrase it hung on a child."""
    for c in tok.children:
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return c, pobj
    return None, None


def _accusation(tok, region, cue_text: str) -> Candidate | None:
    """"X accused Y of doing Z" / "Y is accused (by X) of doing Z": a claim by X that Y did Z. The
    content is the accused and the act; a passive with no agent names no speaker and gives no claim."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    target = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    by, agent = _by_agent(tok)
    # "accused the army of ...": the parser often hangs the "of" phrase on the accused
    holders = [tok] + ([agent] if agent is not None else []) + ([target] if target is not None else [])
    prep = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ACCUSATION_PREPS), None)
    act = next((c for c in prep.children if c.dep_ in ("pcomp", "pobj")), None) if prep is not None else None
    if act is None or target is None:
        return None
    if subj is None:
        if agent is None:
            by, agent = _by_agent(act)
        subj = agent
    if subj is None and tok.dep_ == "conj" and target.dep_ == "dobj":
        # "criticised the plan and accused the board of ...": the subject of the verb it is coordinated with
        subj = _subject_of(tok)[0]
    if subj is None and tok.tag_ == "VBG" and target.dep_ == "dobj":
        # "called a strike after accusing the board of ...": the participle's subject is its clause's
        subj = (_subject_of(tok) or (None,))[0]
    if subj is None or subj.lower_ in FIRST_PERSON:
        return None
    skip = {t.i for t in by.subtree} - {t.i for t in prep.subtree} if by is not None else set()
    # "of X and stating that Y": a conjunct taking a clause is the accuser's own statement, as in _listed_acts
    skip |= {t.i for c in act.children if c.dep_ == "conj" and any(m.dep_ == "ccomp" for m in c.children)
             for t in [*c.subtree, *(x for x in act.children if x.dep_ == "cc" and x.i < c.i)]}
    more = [t for c in [*_listed_acts(tok, act), *_reason_of_act(tok, act)] for t in c.subtree]
    toks = {t.i: t for t in [*target.subtree, *act.subtree, *more] if t.i not in skip and region[0] <= t.idx < region[1]}
    toks = _trim_tokens(sorted(toks.values(), key=lambda t: t.i))
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=subj.i, subject_via="subject", role="speech")


def _reason_of_act(tok, act) -> list:
    """'accused the owners of negligence over the pier's collapse': a "for"/"over" phrase the parser hangs
    on the cue right after the alleged act gives the act's grounds, part of what is alleged ("in a
    statement", "on Monday" tell of the accusing and stay out)."""
    end = max(t.i for t in act.subtree)
    grounds = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ACCUSATION_GROUNDS and c.i == end + 1]
    # "accused the firm of subjecting its staff to pressure": a "to" phrase misread as a clause of the cue,
    # starting right where the act ends, still belongs to the act
    return grounds + [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.left_edge.i == end + 1
                      and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux"]


def _listed_acts(tok, act) -> list:
    """'accused the firm of fraud, hiding losses and lying': the "-ing" acts after the first one, which
    the parser hangs on the cue, continue the list of what is alleged; one taking a clause ("..., saying
    that ...") is a statement of the accuser's own, not an act alleged."""
    doc = tok.doc
    return [c for c in tok.children if c.dep_ in ("advcl", "conj") and c.tag_ == "VBG" and c.i > act.i
            and doc[c.left_edge.i - 1].text == "," and not any(m.dep_ in ("mark", "ccomp") for m in c.children)]


def _as_clause_subject(tok):
    """ "As the ministry announced on Monday, ...": the subject of an active cue in an 'as' clause that
    says nothing of its own (no object, no clause: "as the ministry announced cuts" reports an act)."""
    if tok.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _fronted_agent_end(tok, clause, agent, exclude: set) -> tuple:
    """ "As reported by the radio, Novak' exit caused ...": a fronted 'as' clause ends at its comma; when the
    parser read the words after it as the agent, the agent is the last name before the comma and the rest
    is the clause's subject."""
    doc = tok.doc
    comma = next((t for t in doc[tok.i + 1:clause.i] if t.text == ","), None) if tok.i < clause.i else None
    if comma is None or agent.i < comma.i:
        return agent, exclude
    front = [t for t in doc[tok.i + 1:comma.i] if t.pos_ in ("PROPN", "NOUN")]
    if not front:
        return agent, exclude
    return front[-1], {i for i in exclude if i <= comma.i}


def _noun_clause_before(tok):
    """'The fear that the dam was sabotaged, as the police have stated, has ...': an 'as' clause right
    after a noun's that-clause qualifies that clause, even when the parser hung it on the main verb."""
    doc = tok.doc
    comma = tok.left_edge.i - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    for t in (doc[comma - 1], *doc[comma - 1].ancestors):
        if t.dep_ == "acl" and t.head.pos_ == "NOUN" and t.right_edge.i == comma - 1 and any(
                c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            return t
    return None


def _as_reported_by(tok, region, cue_text: str) -> Candidate | None:
    """'..., as stated by the police', 'As the police said, ...': a cue in an 'as' clause with an agent
    or a subject and nothing said of its own attributes the clause it qualifies to that speaker."""
    if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in tok.children) or tok.head.i == tok.i:
        return None
    agent = (_by_agent(tok)[1] if tok.tag_ == "VBN" else None) or _as_clause_subject(tok)
    if agent is None:
        return None
    clause = tok.head
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in load_nouns("medium") for c in clause.children):
        return None  # "her statement was read out by her lawyer, as reported by ...": no claim, a statement's fate
    exclude = {t.i for t in tok.subtree}
    inner = _noun_clause_before(tok)
    if inner is not None:  # "the fear that A, as the police said, ...": the police said A
        clause, exclude = inner, set()
    elif not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        # "As reported by the paper, the mayor's exit caused ...": the subject the parser hung on the agent
        for ap in (c for c in agent.children if c.dep_ == "appos" and not _set_off_name(c)):
            exclude -= {t.i for t in ap.subtree}
        agent, exclude = _fronted_agent_end(tok, clause, agent, exclude)
    toks = _trim_tokens([t for t in clause.subtree if t.i not in exclude and region[0] <= t.idx < region[1]])
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=agent.i, subject_via="according", role="according")


# a noun-phrase content ("the death of a guard") has at least this many words; "the story" is none
NOMINAL_MIN_WORDS = 3


_TRAILING_NP_POS = ("NOUN", "PROPN", "DET", "ADJ", "CCONJ", "NUM", "PART")


def _trailing_attribution(tok, region):
    """"The storm killed three people, locals and media reports said.": the parser made the cue a
    conjunct of the clause and the speakers conjuncts of its object. When a subject-less cue verb is
    preceded by a comma and a bare noun phrase, that phrase is the speaker and the clause the content.
    Returns the speaker's head noun, or None."""
    if tok.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.head.i >= tok.i:
        return None
    doc = tok.doc
    j = tok.i - 1
    while j > tok.head.i and doc[j].pos_ in _TRAILING_NP_POS and doc[j].text != ",":
        j -= 1
    if j >= tok.i - 1 or doc[j].text != "," or doc[j].idx < region[0]:
        return None
    phrase = list(doc[j + 1:tok.i])
    nouns = [t for t in phrase if t.pos_ in ("NOUN", "PROPN")]
    if not nouns or phrase[0].pos_ == "CCONJ":
        return None
    # a title and a name ("the agency's relief chief Jan Roe said"): the name closing the phrase speaks; the
    # parser may hang the title and the name anywhere in the clause before
    if phrase[-1].pos_ == "PROPN" and not any(t.pos_ == "CCONJ" for t in phrase) and any(
            t.pos_ == "NOUN" for t in phrase[:-1]):
        return phrase[-1]
    # the phrase's first head noun ("locals" of "locals and media reports")
    first = next((t for t in nouns if t.dep_ != "compound"), nouns[0])
    return first


def _nominal_content(tok, lexicon: CueLexicon, region):
    """The noun phrase a report is about when it has no clause: "warned of severe consequences",
    "reported the death of a guard" (the pairs are data: role ``nominal`` in cues.tsv)."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ == "prep" and (lemma, c.lower_) in lexicon.nominal:
            pobj = next((p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None and region[0] <= pobj.idx < region[1]:
                return pobj
        # "reported the air strikes" names a topic, not content; content says something of its noun
        # ("the death of a guard", "the army's retreat from the coast")
        if (c.dep_ == "dobj" and (lemma, "") in lexicon.nominal and c.pos_ == "NOUN" and region[0] <= c.idx < region[1]
                and tok.tag_ != "VBG" and sum(1 for t in c.subtree if not t.is_punct) >= NOMINAL_MIN_WORDS
                and any(g.dep_ in ("prep", "poss", "amod") for g in c.children)):
            return c
    return None


def _issuer(source):
    """'according to a survey by Harbour Research', 'figures from the ministry', 'figures released by the
    police': who issued the common noun a claim is credited to speaks for it."""
    if source.pos_ != "NOUN":
        return source
    for c in source.children:
        if c.dep_ == "prep" and c.lower_ in ("by", "from"):
            pobj = next((p for p in c.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")), None)
            if pobj is not None:
                return pobj
        # "figures released by the police": the agent of a participle of issuing (issuing_verbs.tsv); "sources
        # cited by an agency" stay the source, the agency relays them
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in load_issuing_verbs():
            agent = next((a for a in c.children if a.dep_ == "agent"), None)
            pobj = next((p for p in agent.children if p.dep_ == "pobj" and p.pos_ in ("PROPN", "NOUN")), None) \
                if agent is not None else None
            if pobj is not None:
                return pobj
    return source


def _written_sentence_start(tok) -> int:
    """Where the sentence holding ``tok`` starts as written: the parser's sentences before it that end
    without final punctuation (a split inside a long list of names) belong to it."""
    doc, start = tok.doc, tok.sent.start
    while start > 0:
        k = start - 1
        while k > 0 and (doc[k].is_space or doc[k].text in ("\u201d", '"', "\u2019", ")")):
            k -= 1
        if doc[k].text in (".", "!", "?", ":", ";") or "\n" in doc[k].text or "\n" in doc[start - 1].whitespace_:
            break
        start = doc[k].sent.start
    return start


def _closing_participle(tok, end: int) -> range | None:
    """'..., according to results released by the board with 90 percent of ballots counted.': the parser
    hung "according to" on the participle that closes its own source phrase ("with most ballots counted",
    the participle sometimes tagged a past tense, its noun sometimes read as its subject). Those words,
    from the phrase's end to the participle that ends the sentence, belong to the source, not the claim."""
    doc = tok.doc
    head = tok.head
    if not (head.i >= end and head.i > tok.i and head.tag_ in ("VBN", "VBG", "VBD")
            and not any(c.dep_ in ("aux", "auxpass") for c in head.children)):
        return None
    after = head.i + 1
    if after < len(doc) and not doc[after].is_punct:
        return None
    inside = {t.i for t in head.subtree}
    if any(k not in inside or doc[k].pos_ in ("VERB", "AUX") for k in range(end, head.i)):
        return None
    return range(end, head.i + 1)


DASHES = ("\u2014", "\u2013", "--")


def _dash_aside(tok, region) -> list | None:
    """'The ban — 40 barns burned down, according to a tally — stays ...': "according to" closing an
    aside between dashes qualifies the clause inside them (with a verb of its own), not the sentence."""
    doc = tok.doc
    sent = tok.sent
    opening = next((t for t in reversed(doc[sent.start:tok.i]) if t.text in DASHES), None)
    closing = next((t for t in doc[tok.i:sent.end] if t.text in DASHES), None)
    if opening is None or closing is None or doc[tok.i - 1].text != "," or any(
            t.is_punct and t.text not in ("-", ")", "]") for t in doc[tok.right_edge.i + 1:closing.i]):
        return None
    toks = _trim_tokens([t for t in doc[opening.i + 1:tok.i] if region[0] <= t.idx < region[1]])
    return toks if any(t.pos_ in ("VERB", "AUX") for t in toks) else None


# what opens a verbless figure fragment: a colon, a bracket, a comma or a semicolon, or "and"/"or" joining two figures
_FRAGMENT_OPENERS = (":", "(", ",", ";", "and", "or", "\u2014", "\u2013", "--")


def _figure_according_to(tok, doc, region) -> Candidate | None:
    """'...: 2.1 million according to the dockers and about 700,000 according to the police',
    '(310,000 walkers across the region according to the prefects, ...)': "according to" right after a
    verbless fragment that holds a figure credits that figure to the source; the fragment (from the colon,
    bracket, comma or "and" that opens it) is the claim, not the whole sentence around it."""
    to = doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None or tok.i == 0 or doc[tok.i - 1].is_punct:
        return None  # "..., according to X": a closing attribution, read by _according_to
    start = tok.i
    while start > tok.sent.start and doc[start - 1].lower_ not in _FRAGMENT_OPENERS:
        start -= 1
    toks = [t for t in doc[start:tok.i] if region[0] <= t.idx < region[1]]
    if not toks or not any(t.like_num for t in toks) or any(t.pos_ in ("VERB", "AUX") for t in toks) or len(toks) > 12:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue="according to",
                     cue_token=tok.i, subject=_issuer(source).i, subject_via="according", role="according")


def _closing_clause(clause):
    """The clause a closing "according to X." qualifies: its whole sentence, however deep the parser hung it,
    but for a conjunct after a reporting verb with a clause of its own ("Police say 20 were hurt, but the toll could be
    60, according to nurses": the nurses' claim is the second conjunct; the police's is theirs)."""
    while clause.head.i != clause.i:
        if (clause.dep_ == "conj" and any(c.dep_ == "ccomp" for c in clause.head.children)
                and cue_role(clause.head, load_cues()) is not None):
            return clause
        clause = clause.head
    return clause


def _according_report(tok, doc, region, on) -> tuple[Candidate | None, str]:
    """The report "according to" at ``tok`` makes and its rule name: a credited figure fragment first, else
    the clause it qualifies (``on``: whether a rule, by function name, is switched on)."""
    for name, form in (("figure_according_to", _figure_according_to), ("according_to", _according_to)):
        cand = form(tok, doc, region) if on(name) else None
        if cand is not None:
            return cand, name.replace("_", "-")
    return None, ""


def _according_to(tok, doc, region) -> Candidate | None:
    to = doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    if (source.lemma_.lower() in load_nouns("conformity") or source.lower_ in load_nouns("conformity")) \
            and tok.i > tok.sent.start and doc[tok.i - 1].text != ",":
        return None  # "delivered gas according to the contract": in accordance with a norm, nobody speaks
    source = _issuer(source)
    aside = _dash_aside(tok, region)
    if aside is not None:  # "... — 40 people died, according to the count — ...": the words inside the dashes
        return Candidate(kind="indirect", segments=_contiguous_segments(aside), cue="according to",
                         cue_token=tok.i, subject=source.i, subject_via="according", role="according")
    clause = tok.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    # "..., according to X." closing its sentence qualifies the whole sentence, however deep the
    # parser hung it (on a noun of a relative clause, say)
    end = tok.right_edge.i + 1
    hung = _closing_participle(tok, end)
    if hung is not None:
        end = hung.stop
    closing = tok.i > 0 and doc[tok.i - 1].text == "," and (end >= len(doc) or doc[end].text in (".", "!", "?"))
    if closing:
        clause = _closing_clause(clause)
    exclude = {t.i for t in tok.subtree} | {t.i for t in to.subtree}
    if closing and hung is not None:
        exclude |= set(hung)
    start = _written_sentence_start(tok) if closing else tok.sent.start
    if start < tok.sent.start:  # the parser split the sentence: the words before "according to" in it
        toks = _trim_tokens([t for t in doc[start:tok.i] if region[0] <= t.idx < region[1]])
        return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue="according to",
                         cue_token=tok.i, subject=source.i, subject_via="according", role="according") if toks else None
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        # "According to the envoy, Paris and Rome cannot ...": the subject the parser hung on the source
        for ap in (c for c in source.children if c.dep_ == "appos" and not _set_off_name(c)):
            exclude -= {t.i for t in ap.subtree}
    toks = [t for t in clause.subtree if t.i not in exclude and region[0] <= t.idx < region[1]]
    toks = _trim_tokens(toks)
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue="according to",
                     cue_token=tok.i, subject=source.i, subject_via="according", role="according")



def _noun_clause(noun, region, lexicon: CueLexicon):
    """The that-clause completing a frame noun ('the accusation that X', 'remarks by Y that X'): a clause
    opened by a "that" marker with a subject of its own, nothing but the noun's own phrases between."""
    for c in noun.children:
        if c.dep_ not in ("acl", "ccomp", "relcl") or c.i < noun.i or not region[0] <= c.idx < region[1]:
            continue
        that = c.left_edge
        if not (that.lower_ == "that" and that.dep_ == "mark" and that.head.i == c.i):
            continue
        if not any(x.dep_ in ("nsubj", "nsubjpass", "expl") and x.i != that.i for x in c.children):
            continue
        between = {t.i for p in noun.children if p.dep_ in ("prep", "amod") and p.i > noun.i for t in p.subtree}
        if all(k in between for k in range(noun.i + 1, that.i)):
            return c
    # the parser hung the clause right after the noun's phrase on a verb above it ('in the wake of
    # remarks by the minister that ...' read as an adverbial of the main verb)
    doc, k = noun.doc, noun.right_edge.i + 1
    that = doc[k] if k < len(doc) else None
    if that is not None and that.lower_ == "that" and that.dep_ == "mark" and region[0] <= that.idx < region[1]:
        c = that.head.head if that.head.dep_ in ("aux", "auxpass") else that.head
        # (hung on a reporting verb, it is that verb's content and the verb's report)
        if (c.dep_ in ("advcl", "ccomp") and c.head in list(noun.ancestors) and not cue_role(c.head, lexicon)
                and any(x.dep_ in ("nsubj", "nsubjpass", "expl") for x in [*c.children, *that.head.children])):
            return c
    return None


def _noun_speaker(noun, lexicon: CueLexicon):
    """Who utters a frame noun: its possessor ('the board's claim'), its 'by' phrase ('remarks by the
    mayor'), or the subject of a verb of uttering that takes it ('voiced fears that'); else None."""
    for c in noun.children:
        if c.dep_ == "poss":
            prep = noun.head
            # a group genitive the parser split ('the port office in Lima's announcement'): the
            # possessor is the whole phrase, headed by the noun before "in"/"of"
            if (noun.dep_ == "pobj" and prep.lower_ in ("in", "of", "at") and c.left_edge.i == prep.i + 1
                    and prep.head.pos_ == "PROPN"):
                return prep.head
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in lexicon.noun_verbs:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _noun_report(noun, region, lexicon: CueLexicon) -> Candidate | None:
    """'the accusation that the firms failed', 'recent remarks by the minister that ...', 'there were
    fears that ...': a frame noun of cues.tsv and its that-clause. With no speaker named, or for a
    belief noun, the claim is hedged."""
    role = lexicon.frame_nouns.get(noun.lower_) or lexicon.frame_nouns.get(noun.lemma_.lower())
    # a noun heading its sentence is a misread relative clause ('The remarks that he made were short')
    # or a headline fragment, never a report
    clause = _noun_clause(noun, region, lexicon) if role and noun.dep_ != "ROOT" else None
    if clause is None:
        return None
    toks = _trim_tokens([t for t in clause.subtree if region[0] <= t.idx < region[1]])
    if not toks:
        return None
    speaker = _noun_speaker(noun, lexicon)
    if speaker is not None and speaker.lower_ in FIRST_PERSON:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=noun.text, cue_token=noun.i,
                     subject=speaker.i if speaker is not None else None, subject_via="noun",
                     hedge_extra=role == "belief_noun" or speaker is None, role="speech")


def _described_as(tok, region, cue_text: str, quote_index) -> Candidate | None:
    """'The minister described the blockade as illegal and a threat to trade': a naming verb's object
    and its "as" phrase say what the speaker holds of it. A quoted label stays with the quote rules."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    if obj is None or as_ is None or as_.i < obj.i:
        as_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None) if obj is not None else None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if obj is None or as_ is None or subj is None or subj.lower_ in FIRST_PERSON:
        return None
    # the "as" phrase and the nouns the parser hung after it on the verb ("as illegal and a threat"),
    # never a verb; a phrase cut off with the page (no punctuation after it) is no claim
    tail = [as_, *(c for c in tok.children if c.i > as_.i and c.pos_ in ("NOUN", "ADJ", "PROPN")
                   and c.dep_ in ("conj", "dobj", "attr", "oprd", "npadvmod"))]
    end = max(t.right_edge.i for t in tail)
    if end + 1 >= len(tok.doc) or not tok.doc[end + 1].is_punct:
        return None
    toks = [t for t in tok.doc[obj.left_edge.i:end + 1] if region[0] <= t.idx < region[1]]
    if any(quote_index.inside(t.idx) for t in toks):
        return None
    toks = _trim_tokens(toks)
    if not toks:
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=cue_text, cue_token=tok.i,
                     subject=subj.i, subject_via="subject", role="naming")


# third-person cue forms a parser may read as a plural noun when they close a sentence ("..., local radio reports.")
_CLOSING_CUE_FORMS = frozenset({"reports", "says", "claims", "warns", "adds", "notes", "writes"})
# the speaker's phrase between the comma and such a cue has at most this many words ("the state news agency")
CLOSING_SPEAKER_MAX_WORDS = 4


def _closing_cue_noun(tok, region, lexicon: CueLexicon) -> Candidate | None:
    """'Two people died in the fire, local radio reports.': a cue form closing its sentence after a comma and a
    bare noun phrase, read by the parser as a plural noun; the phrase speaks, the clause before the comma is
    what it reports."""
    doc = tok.doc
    role = lexicon.verbs.get(tok.lemma_.lower()) or lexicon.verbs.get(tok.lower_[:-1])
    if (tok.pos_ != "NOUN" or tok.lower_ not in _CLOSING_CUE_FORMS or role not in ("speech", "evidential")
            or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (".", "!")):
        return None
    j = tok.i - 1
    while j > 0 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN") and tok.i - j <= CLOSING_SPEAKER_MAX_WORDS:
        j -= 1
    if doc[j].text != "," or j == tok.i - 1 or doc[tok.i - 1].pos_ not in ("NOUN", "PROPN") or doc[j].idx < region[0]:
        return None
    clause = [t for t in doc[doc[j - 1].sent.start:j] if region[0] <= t.idx < region[1]]
    toks = _trim_tokens(clause)
    if len(toks) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return Candidate(kind="indirect", segments=_contiguous_segments(toks), cue=tok.text, cue_token=tok.i,
                     subject=tok.i - 1, subject_via="subject", role=role, hedge_extra=role == "evidential")
