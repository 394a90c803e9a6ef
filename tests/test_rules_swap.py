"""The attribute ruler and lemmatizer newsweave runs (``nlp.rules``) leave every token as spaCy's own do."""
from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, TAG

# invented sentences that reach the model's rarer attribute rules (contractions, pronoun cases, "there is",
# "but" as an adverb, runs of white space) beside plain news prose
TEXTS = [
    "I told them we're gonna leave, and y'all know it ain't easy.\n\nC'mon, let's go.",
    "You saw it. It saw you. They gave it to me and I gave it to you.",
    "There is a plan, but there are doubts; there was no vote and there were protests.",
    "He did it but only once.  She has had enough, and they do what they did before.",
    "The ministers   met on Tuesday.\n \nTwo  officials said the talks that ended were useful.",
    "Which of these did you mean? That is what I meant, and this is all.",
    "Gotta run: the gets and got of it, the lets and lets.",
]
COLUMNS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]


@pytest.fixture(scope="module")
def plain(nlp):
    """The same pipeline with spaCy's own attribute ruler and lemmatizer in place of newsweave's."""
    names = [n for n in nlp.pipe_names if n.startswith("newsweave_") and n != "newsweave_line_breaks"]
    assert names == ["newsweave_attribute_ruler", "newsweave_lemmatizer"]

    def parse(texts):
        with nlp.select_pipes(disable=names):
            nlp.enable_pipe("attribute_ruler")
            nlp.enable_pipe("lemmatizer")
            try:
                return list(nlp.pipe(texts))
            finally:
                nlp.disable_pipe("attribute_ruler")
                nlp.disable_pipe("lemmatizer")
    return parse


def _tokens(doc):
    return doc.to_array(COLUMNS), [(t.lemma_, str(t.morph), t.pos_) for t in doc]


def test_same_tokens_as_spacy_components(nlp, plain):
    ours = list(nlp.pipe(TEXTS))
    theirs = plain(TEXTS)
    for a, b in zip(ours, theirs):
        assert np.array_equal(_tokens(a)[0], _tokens(b)[0]) and _tokens(a)[1] == _tokens(b)[1], a.text


def test_matches_equal_the_rulers_own(nlp):
    ruler = nlp.get_pipe("attribute_ruler")
    keyed = nlp.get_pipe("newsweave_attribute_ruler")
    for doc in nlp.pipe(TEXTS):
        assert sorted(set(ruler.match(doc))) == keyed.match(doc)


def test_rare_rules_fire_on_these_texts(nlp):
    """The texts above do reach rules beyond the tag map (else the comparison would prove little)."""
    keyed = nlp.get_pipe("newsweave_attribute_ruler")
    fired = {r for doc in nlp.pipe(TEXTS) for r, _, s, e in keyed.match(doc) if e - s > 1}
    assert len(fired) >= 3


def test_matches_equal_for_every_kind_of_test(nlp):
    """Pattern tokens filed under a value they require (equality, IN, on each attribute) or tried at every kind
    (REGEX, NOT_IN only) find what a ruler's own Matcher finds, a token of several shapes included."""
    from spacy.pipeline import AttributeRuler

    from newsweave.nlp.rules import KeyedAttributeRuler

    ruler = AttributeRuler(nlp.vocab, name="shapes")
    shapes = [
        [{"LOWER": "plan"}],
        [{"LOWER": {"IN": ["met", "saw", "gave"]}, "TAG": "VBD"}],
        [{"TAG": {"IN": ["NN", "NNS"]}, "DEP": {"NOT_IN": ["nsubj"]}}],
        [{"DEP": {"IN": ["nsubj", "dobj"]}, "TAG": {"NOT_IN": ["PRP"]}}],
        [{"LOWER": {"REGEX": "^th"}}],
        [{"DEP": {"NOT_IN": ["punct", "ROOT"]}, "IS_SPACE": False}],
        [{"IS_SPACE": True}],
        [{"TAG": "DT"}, {"LOWER": {"REGEX": "s$"}, "TAG": {"IN": ["NN", "NNS"]}}],
        [{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are", "was"]}}],
    ]
    ruler.add_patterns([{"patterns": [p], "attrs": {"NORM": "x"}, "index": -1 if len(p) > 1 else 0} for p in shapes])
    keyed = KeyedAttributeRuler(ruler)
    assert not len(keyed.rest) and keyed.always and all(keyed.candidates)
    docs = list(nlp.pipe(TEXTS))
    for doc in docs + docs:  # the second time from the kinds already worked out
        assert sorted(set(ruler.match(doc))) == keyed.match(doc), doc.text
    assert {r for doc in docs for r, _, _, _ in keyed.match(doc)} == set(range(len(shapes)))


def test_set_annotations_gives_each_match_the_token_the_ruler_gives_it(nlp):
    """``rules.set_annotations`` (no Span per match) sets the attributes on the tokens spaCy's
    ``AttributeRuler.set_annotations`` sets them on, for indices from the start and from the end, in the same
    order (a later match overrides an earlier one), and an index outside its match fails as the ruler fails."""
    from spacy.pipeline import AttributeRuler

    from newsweave.nlp.rules import set_annotations

    ruler = AttributeRuler(nlp.vocab, name="indices")
    ruler.add_patterns([
        {"patterns": [[{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are", "was", "were"]}}]], "attrs": {"NORM": "a"}, "index": -1},
        {"patterns": [[{"LOWER": "there"}, {"LOWER": {"IN": ["is", "are"]}}]], "attrs": {"NORM": "b"}, "index": 0},
        {"patterns": [[{"TAG": "DT"}, {"TAG": "NN"}, {"TAG": "VBD"}]], "attrs": {"NORM": "c"}, "index": 1},
        {"patterns": [[{"TAG": "DT"}, {"TAG": "NN"}]], "attrs": {"NORM": "d"}, "index": -2},
    ])
    for text in TEXTS:
        ours, theirs = nlp(text), nlp(text)
        matches = ruler.match(ours)
        set_annotations(ruler, ours, matches)
        ruler.set_annotations(theirs, matches)
        assert [t.norm_ for t in ours] == [t.norm_ for t in theirs], text
    doc = nlp(TEXTS[2])
    bad = AttributeRuler(nlp.vocab, name="bad")
    bad.add_patterns([{"patterns": [[{"LOWER": "there"}]], "attrs": {"NORM": "z"}, "index": 3}])
    doc = nlp(TEXTS[2])
    with pytest.raises(ValueError):
        set_annotations(bad, doc, bad.match(doc))
    changed = nlp(TEXTS[2])
    ruler_matches = ruler.match(changed)
    set_annotations(ruler, changed, ruler_matches)
    assert {"a", "b", "d"} <= {t.norm_ for t in changed}
