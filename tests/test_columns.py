"""Token positions read from a parsed Doc's columns (``newsweave.nlp.columns``, docs/performance.md "Text corpus,
twenty-third round"): the same tokens, in the same order, as the per-token loops they replace."""
from newsweave.extract.entities.gender import pronoun_gender
from newsweave.nlp.columns import blocks_after_breaks, positions_in, positions_of_pos, positions_where, token_at

TEXTS = [
    "Harbour talks\n\nThe ferry co-operative's chair said she would meet the mayor. He agreed.\nTheir U.S.-based "
    "lawyers were not told.\n\n\nA Kyiv-Warsaw train left late; its crew blamed him and her.",
    "One line only, no break at all, and no pronoun of a person",
    "\n\nShe\nhe\n  \nHER his Hers\n",
    "",
]


def _blocks_per_token(doc):
    out, n = [], 0
    for t in doc:
        out.append(n)
        if "\n" in t.text:
            n += 1
    return out


def test_positions_are_those_of_the_per_token_test(nlp):
    for text in TEXTS:
        doc = nlp(text)
        assert positions_where(doc, "LOWER", lambda w: pronoun_gender(w) is not None) == \
            [t.i for t in doc if pronoun_gender(t.lower_) is not None]
        assert positions_where(doc, "ORTH", lambda w: "-" in w[1:-1]) == [t.i for t in doc if "-" in t.text[1:-1]]
        assert positions_of_pos(doc, "PROPN") == [t.i for t in doc if t.pos_ == "PROPN"]
        assert positions_of_pos(doc, "VERB", "NOUN", "ADJ") == [t.i for t in doc if t.pos_ in ("VERB", "NOUN", "ADJ")]
        assert blocks_after_breaks(doc) == _blocks_per_token(doc)


def test_the_columns_find_what_the_texts_hold(nlp):
    doc = nlp(TEXTS[2])
    assert [doc[i].text for i in positions_where(doc, "LOWER", lambda w: pronoun_gender(w) is not None)] == \
        ["She", "he", "HER", "his", "Hers"]
    assert blocks_after_breaks(doc)[-1] >= 3
    assert positions_where(nlp(TEXTS[1]), "ORTH", lambda w: "\n" in w) == []


def test_the_claims_stage_visits_every_token_a_report_can_start_at(nlp):
    from newsweave.extract.claims.reported import report_positions
    from newsweave.extract.claims.tables import VERB_TAGS

    for text in TEXTS[:3] + ["According to the harbour master, the crane fell; officials reported damage, "
                             "and the union's complaint was filed. Workers had been warned, a spokesman says."]:
        doc = nlp(text)
        assert report_positions(doc) == [t.i for t in doc if t.lower_ == "according" or t.pos_ in ("NOUN", "VERB", "AUX")
                                         or t.tag_ in VERB_TAGS]


def test_column_strings_are_the_tokens_strings_across_docs_and_a_cleared_cache(nlp, monkeypatch):
    """``_distinct`` reads each hash's string from a per-process cache (docs/performance.md, twenty-seventh
    round): the strings stay each token's own, Doc after Doc, and after the cache is cleared at its limit."""
    from newsweave.nlp import columns
    from newsweave.nlp.columns import distinct_strings, token_strings

    getters = {"ORTH": lambda t: t.text, "LOWER": lambda t: t.lower_, "TAG": lambda t: t.tag_,
               "POS": lambda t: t.pos_, "DEP": lambda t: t.dep_, "LEMMA": lambda t: t.lemma_}
    for limit in (columns._KNOWN_LIMIT, 0):
        monkeypatch.setattr(columns, "_KNOWN_LIMIT", limit)
        for text in TEXTS + TEXTS[::-1]:
            doc = nlp(text)
            for attr, get in getters.items():
                assert token_strings(doc, attr) == [get(t) for t in doc]
                assert sorted(distinct_strings(doc, attr)) == sorted({get(t) for t in doc})


def test_positions_in_a_table_are_those_of_the_membership_test(nlp):
    """``positions_in`` (docs/performance.md "Text corpus, twenty-eighth round"): the tokens whose string is in a
    set or a dict's keys, as the per-token test finds them, whether the answer is read fresh or kept for the Doc."""
    words = frozenset({"ferry", "mayor", "crew", "lawyers", "she"})
    table = {"Kyiv": 1, "He": None, "train": 0}
    for text in TEXTS:
        doc = nlp(text)
        for _ in range(2):  # the second time from what is kept with the Doc
            assert positions_in(doc, "LOWER", words) == [t.i for t in doc if t.lower_ in words]
            assert positions_in(doc, "ORTH", table) == [t.i for t in doc if t.text in table]
            assert positions_in(doc, "ORTH", words) == [t.i for t in doc if t.text in words]
        kept = positions_in(doc, "LOWER", words)
        kept.clear()  # the caller's list is its own
        assert positions_in(doc, "LOWER", words) == [t.i for t in doc if t.lower_ in words]
    doc = nlp(TEXTS[0])
    assert [doc[i].text for i in positions_in(doc, "LOWER", words)] == ["ferry", "she", "mayor", "lawyers", "crew"]
    other = frozenset({"train", "late"})  # another table on the same Doc is looked up afresh
    assert [doc[i].text for i in positions_in(doc, "LOWER", other)] == ["train", "late"]


def test_token_at_a_character_is_the_token_that_starts_there(nlp):
    """``token_at`` (docs/performance.md, forty-seventh round): the token whose first character is at the offset,
    as a map of every token's offset finds it, and None inside a token, past the end, on white space no token
    starts at, for no offset and on an empty Doc."""
    for text in TEXTS:
        doc = nlp(text)
        by_char = {t.idx: t for t in doc}
        for char in [None, -1, *range(len(text) + 2)]:
            got = token_at(doc, char)
            want = by_char.get(char)
            assert (got.i if got is not None else None) == (want.i if want is not None else None)
    doc = nlp(TEXTS[0])
    assert token_at(doc, TEXTS[0].index("mayor")).text == "mayor"
    assert token_at(doc, TEXTS[0].index("mayor") + 1) is None
    assert token_at(nlp(TEXTS[1]), token_at(doc, 0).idx).text == "One"  # another Doc reads its own offsets


# the whole-Doc passes of the entities and events rules read from the columns instead (docs/performance.md,
# "Text corpus, fifty-second round"): the per-token answers they replaced
OWN_TEXTS = [
    "The union said the strike would go on. The Strike Committee met the mayor; another strike began at dawn.",
    "Protesters marched on the harbour office and the protester who led them was held. NATO said NATO would wait.",
    "Wildlife Trust warned the trust was broke. HMCS Halifax and the USS Blue Ridge docked as the STRIKE ended.",
    "",
]


def test_lower_case_and_count_tests_are_those_of_the_per_token_loops(nlp):
    from newsweave.extract.entities.tokens import _count_of_word, written_in_lower_case

    for text in OWN_TEXTS:
        doc = nlp(text)
        for words in ({"trust"}, {"strike", "harbour"}, {"Strike"}, {"nato", "said"}, set()):
            assert written_in_lower_case(doc, words) == any(t.is_lower and t.text in words for t in doc), (text, words)
        for word in ("NATO", "strike", "Strike", "the", "absent"):
            assert _count_of_word(doc, word) == sum(1 for t in doc if t.text == word), (text, word)
    doc = nlp(OWN_TEXTS[2])
    assert written_in_lower_case(doc, {"trust"}) and not written_in_lower_case(doc, {"halifax", "wildlife"})
    assert _count_of_word(nlp(OWN_TEXTS[1]), "NATO") == 2


def test_names_protesters_reads_every_lemma_and_word(nlp):
    from types import SimpleNamespace

    from newsweave.extract.entities.acting_people import names_protesters
    from newsweave.extract.events.vocab import PROTESTER_NOUNS

    for text in OWN_TEXTS:
        doc = nlp(text)
        per_token = any(t.lemma_.lower() in PROTESTER_NOUNS or t.lower_.rstrip("s") in PROTESTER_NOUNS for t in doc)
        assert names_protesters(SimpleNamespace(doc=doc)) == per_token, text
    assert names_protesters(SimpleNamespace(doc=nlp(OWN_TEXTS[1])))
    assert not names_protesters(SimpleNamespace(doc=nlp("The mayor opened the new bridge on Tuesday.")))


def _hedges_every_position(span, lex):
    """The former ``hedges``: every phrase tried at every position, every token asked for its hedge kind."""
    from newsweave.extract.modality import Hedge, _lemma, token_hedge_kind
    from newsweave.nlp.columns import doc_text

    tokens, found, covered = list(span), [], set()
    lemmas = [_lemma(t) for t in tokens]
    for seq, kind in lex.phrases:
        n = len(seq)
        for i in range(len(tokens) - n + 1):
            if tuple(lemmas[i:i + n]) == seq:
                first, last = tokens[i], tokens[i + n - 1]
                end = last.idx + len(last)
                found.append(Hedge(doc_text(first.doc)[first.idx:end], kind, first.idx, end))
                covered.update(range(i, i + n))
    for i, t in enumerate(tokens):
        kind = None if i in covered else token_hedge_kind(t, lex)
        if kind:
            found.append(Hedge(t.text, kind, t.idx, t.idx + len(t)))
    return sorted(found, key=lambda h: h.start)


def test_hedges_are_those_of_every_phrase_at_every_position(nlp):
    from newsweave.extract.modality import hedges, load_hedges

    lex = load_hedges()
    texts = ["The ferry is expected to sail if the wind may drop, in case the port reopens.",
             "Officials are believed to have possibly met; the talks could perhaps resume.",
             "In case", "case in", "The mayor opened the bridge."]
    for text in texts:
        doc = nlp(text)
        assert hedges(doc, lex) == _hedges_every_position(doc, lex), text
        for sent in doc.sents:
            assert hedges(sent, lex) == _hedges_every_position(sent, lex), text
    assert [h.kind for h in hedges(nlp(texts[0]), lex)][:1] == ["phrase"]


def test_remembered_answers_are_those_of_the_test_and_each_word_is_tested_once(nlp):
    from newsweave.nlp.columns import mask_where

    asked = []

    def hyphen_inside(w):
        asked.append(w)
        return "-" in w[1:-1]

    table = object()  # what the test reads: another object is another set of answers
    for text in [*TEXTS, TEXTS[0]]:
        doc = nlp(text)
        assert positions_where(doc, "ORTH", hyphen_inside, ("test hyphen", table)) == \
            [t.i for t in doc if "-" in t.text[1:-1]]
        assert mask_where(doc, "LOWER", lambda w: w in ("he", "she"), ("test pronoun", None)).tolist() == \
            [t.lower_ in ("he", "she") for t in doc]
    assert len(asked) == len(set(asked))  # the repeated text and the words texts share: not asked again
    doc = nlp(TEXTS[0])
    before = len(asked)
    assert positions_where(doc, "ORTH", hyphen_inside, ("test hyphen", object())) == \
        [t.i for t in doc if "-" in t.text[1:-1]]
    assert len(asked) > before  # a new table: its own answers


def test_head_indices_are_each_tokens_head(nlp):
    from newsweave.nlp.columns import head_indices

    for text in [*TEXTS, "Officials, who had denied it, later said the minister would resign; she did not."]:
        doc = nlp(text)
        assert head_indices(doc).tolist() == [t.head.i for t in doc]
