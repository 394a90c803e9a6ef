"""Steps 5-6: speakers resolved in text order, then one :class:`~newsweave.model.Claim` per candidate,
hedged when the cue or the content carries a hedge cue (:mod:`newsweave.extract.modality`)."""
from __future__ import annotations

import logging

from ...model import Claim, Document, stable_id
from ..entities import EntityResult
from ..modality import hedge_cue
from .layout import paragraph_index
from .quotes import QuoteIndex
from .speakers import Heard, Speaker, SpeakerResolver
from .state import Candidate
from .tables import load_nouns
from .vocab import CONTINUABLE_ROLES, CONTINUATION_MAX_PARAGRAPHS

log = logging.getLogger(__name__)


def _claim_text(text: str, segments) -> str:
    parts = [text[s:e].strip().rstrip(",") for s, e in segments]
    return " ".join(p for p in parts if p)


def claim_records(document: Document, doc, cands, pars, quotes, entities: EntityResult) -> tuple[Claim, ...]:
    """The claims of the candidates, speakers resolved in text order (a pronoun looks back at who spoke).
    A rule that trips over one odd sentence loses that statement only (logged)."""
    resolver = SpeakerResolver(doc, document.text, pars, entities, QuoteIndex(quotes))
    claims: list[Claim] = []
    spoken = Heard()
    last: tuple[int, Speaker] | None = None  # position and speaker of the previous claim
    for c in cands:
        try:
            claim, speaker = _to_claim(document, doc, c, resolver, spoken, last, pars)
        except Exception as e:  # noqa: BLE001
            log.warning("%s: claim at %d skipped: %s: %s", document.source, c.start, type(e).__name__, e)
            continue
        if speaker.text is not None:
            if speaker.named or speaker.entity:
                spoken.add(c.end, speaker, entities)  # where it ends: a long quote is recent at its end
            # only someone who spoke can go on speaking: "reports suggest" or "analysts believe" cannot
            if c.role in CONTINUABLE_ROLES:
                last = (c.start, _named(speaker, entities))
        claims.append(claim)
    return tuple(claims)


def _speaker(doc, c: Candidate, resolver: SpeakerResolver, spoken, last, pars) -> tuple[Speaker, str]:
    """The candidate's speaker, and its rule (a quote with no cue says how it found its speaker)."""
    if c.subject is not None:
        return resolver.resolve(doc[c.subject], spoken, anchor=c.start), c.rule
    if c.subject_via == "label":  # "Quote:" with no name: the story's last named speaker
        return (spoken.speakers[-1][1] if spoken.speakers else Speaker(None, None, False)), c.rule
    if c.subject_via == "continuation" and last is not None and last[1].text is not None and \
            paragraph_index(pars, c.start) - paragraph_index(pars, last[0]) <= CONTINUATION_MAX_PARAGRAPHS:
        return last[1], c.rule
    if c.subject_via == "continuation":
        # a quote paragraph with no attribution of its own after a paragraph about one person
        found = resolver.paragraph_person(c.start)
        if found is not None:
            return found, "claims:quote-continues-paragraph-person"
        found = paragraph_role(doc, pars, c.start)
        if found is not None:
            return found, "claims:quote-continues-paragraph-role"
        return Speaker(None, None, False), "claims:quote-without-speaker"
    return Speaker(None, None, False), c.rule


def paragraph_role(doc, pars, start: int) -> Speaker | None:
    """A quote paragraph with no attribution after a one-sentence paragraph that introduces one person by role
    through a verb that reports nothing ("The night nurse stayed on the ward - and describes the hours after.");
    that person speaks: the sentence's subject, a singular role noun of ``person_nouns.tsv``, as written."""
    k = paragraph_index(pars, start)
    if k == 0 or pars[k - 1].heading:
        return None
    span = doc.char_span(pars[k - 1].start, pars[k - 1].end, alignment_mode="expand")
    sents = list(span.sents) if span is not None else []
    if len(sents) != 1:
        return None
    subj = next((t for t in sents[0].root.children if t.dep_ == "nsubj"), None)
    if subj is None or subj.tag_ != "NN" or subj.lemma_.lower() not in load_nouns("person"):
        return None
    toks = [t for t in subj.subtree if t.i <= subj.i]  # the noun with the words before it, no clause after
    return Speaker(doc.text[toks[0].idx:subj.idx + len(subj.text)], None, False)


def _to_claim(document: Document, doc, c: Candidate, resolver: SpeakerResolver, spoken, last, pars):
    # 5. speakers
    speaker, rule = _speaker(doc, c, resolver, spoken, last, pars)
    # 6. records
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    hedged = bool(c.hedge_extra or (span is not None and hedge_cue(span)))
    claim = Claim(
        id=stable_id("claim", document.id, c.kind, c.start, c.end),
        doc=document.id, speaker=speaker.entity, speaker_text=speaker.text, kind=c.kind,
        text=_claim_text(document.text, c.segments), cue=c.cue, hedged=hedged, start=c.start, end=c.end,
        rule=rule or None)
    return claim, speaker


def _named(speaker: Speaker, entities: EntityResult) -> Speaker:
    """For quotes continuing this speaker: the name rather than 'he' when the entity is known."""
    if speaker.named or speaker.entity is None:
        return speaker
    ent = entities.entity(speaker.entity)
    return Speaker(ent.name if ent else speaker.text, speaker.entity, True)
