"""One invented text through the per-document extractors up to its events, for the events tests."""
from __future__ import annotations

from newsweave.extract.claims import extract_claims
from newsweave.extract.entities import extract_entities
from newsweave.extract.events import extract_events
from newsweave.extract.quantities import extract_quantities
from newsweave.extract.time import extract_times
from newsweave.model import Document


def events_of(nlp, options, text, *, doc_id="doc_events", published=None, off=(), entity_off=()):
    """(events, entities) of ``text``, with the named event rules in ``off`` and entity rules in ``entity_off``
    switched off."""
    doc = Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site=None, published=published,
                   language="en", text=text)
    parsed = nlp(text)
    entities = extract_entities(doc, parsed, options, rules_off=frozenset(entity_off))
    claims = extract_claims(doc, parsed, entities, options)
    quantities = extract_quantities(doc, parsed, claims, options)
    times = extract_times(doc, parsed, options)
    events = extract_events(doc, parsed, entities, claims, quantities, times, options, rules_off=frozenset(off))
    return events, entities


def coded(nlp, options, text, *, off=(), doc_id="doc_events", entity_off=()):
    """(type, actors, recipients, rule) of each event of ``text``: a country by its ISO3 code, anything else by its
    name; the named event rules in ``off`` (entity rules in ``entity_off``) switched off."""
    events, entities = events_of(nlp, options, text, doc_id=doc_id, off=off, entity_off=entity_off)
    names = {e.id: (e.country if e.kind == "country" else e.name) for e in entities.entities}
    return [(e.event_type, [names[a] for a in e.actor], [names[r] for r in e.recipient], e.rule) for e in events]


def types(nlp, options, text, off=()):
    """The event type of each event of ``text`` in order, the named event rules in ``off`` switched off."""
    return [e[0] for e in coded(nlp, options, text, off=off)]


def assert_rule_makes(nlp, options, text, rule, event, *, doc_id="doc_events"):
    """``rule`` codes ``event`` (type, actors, recipients) in ``text``, and with the rule off no event has those roles."""
    found = coded(nlp, options, text, doc_id=doc_id)
    assert any((t, a, r) == event and rule in why for t, a, r, why in found), found
    off = coded(nlp, options, text, off=(rule,), doc_id=doc_id)
    assert not any((t, a, r) == event for t, a, r, _why in off), off


def roles(nlp, options, text, off=()):
    """(type, actors, recipients) of each event of ``text``, as ``coded`` gives them without the rule."""
    return [(t, a, r) for t, a, r, _why in coded(nlp, options, text, off=off)]


def without_lexicon_rows(options, tmp_path, tag, lemma=None):
    """The options with the shipped lexicon minus the rows whose source names ``tag`` (all of them, or those of
    ``lemma``), given as the user's lexicon file in its place: what a review's rows add is what goes with them."""
    from newsweave.extract.plover import LEXICON_FILE

    lines = LEXICON_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if not (tag in ln and (lemma is None or ln.startswith(f"{lemma}\t")))]
    assert len(kept) < len(lines)
    own = tmp_path / "lexicon_without_review.tsv"
    own.write_text("".join(kept), encoding="utf-8")
    return options.replace(event_lexicon_files=(str(own),),
                           event_sources=tuple(s for s in options.event_sources if s != "lexicon"))
