"""The gazetteer's PhraseMatcher cache answers for the objects it was built for, not for a reused id."""
import spacy

from newsweave.extract.entities import matching
from newsweave.extract.gazetteer import NAME, Form, Gazetteer


def _gazetteer(*names: str) -> Gazetteer:
    return Gazetteer(entries={}, forms=tuple(Form(n, f"e{i}", NAME, "own:1") for i, n in enumerate(names)),
                     roles={}, sections=())


def _found(matcher, nlp, text: str) -> list[str]:
    doc = nlp.make_doc(text)
    return [doc[s:e].text for _, s, e in matcher(doc)]


def test_a_reused_id_builds_the_matcher_of_the_new_gazetteer():
    nlp = spacy.blank("en")
    old, new = _gazetteer("Harbour Council"), _gazetteer("Valley Front")
    old_matcher, old_forms = matching.phrase_matcher(nlp.vocab, old, nlp.make_doc)
    # what the cache holds when ``old`` is freed and ``new`` is allocated at its address
    matching._MATCHERS[(id(nlp.vocab), id(new))] = matching._MATCHERS[(id(nlp.vocab), id(old))]
    matcher, forms = matching.phrase_matcher(nlp.vocab, new, nlp.make_doc)
    assert _found(matcher, nlp, "Fighters of the Valley Front crossed.") == ["Valley Front"]
    assert set(forms) == {"Valley Front"}
    # the kept contrast: the same objects are answered from the cache
    assert matching.phrase_matcher(nlp.vocab, old, nlp.make_doc)[0] is old_matcher


def test_the_cache_stays_small():
    nlp = spacy.blank("en")
    kept = [_gazetteer(f"Place Number {i}") for i in range(matching._KEPT + 5)]
    for g in kept:
        matching.phrase_matcher(nlp.vocab, g, nlp.make_doc)
    assert len(matching._MATCHERS) <= matching._KEPT
