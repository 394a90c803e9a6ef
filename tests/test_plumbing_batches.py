"""The twenty-fourth round's plumbing (docs/performance.md "Text corpus, twenty-fourth round"): a Doc's text read
once, token strings from the Doc's columns, an in-memory store written in larger batches and a new store's schema
made in one transaction give what the code they replace gave."""
import dataclasses
import json

import numpy as np

from newsweave.model import to_dict
from newsweave.nlp.columns import TEXT_KEY, distinct_strings, doc_text, token_strings
from newsweave.nlp.pipeline import parse_documents
from newsweave.pipeline import run as run_pipeline
from newsweave.store import Store
from newsweave.store.duck import MIGRATIONS

TEXTS = [
    "Dock cranes stopped\n\nThe NRB and the harbour union met on Monday. Their CEO said talks would go on.\n"
    "  \nFerries left late; the BBC and ITV crews waited.",
    "one lower-case line and no capitals at all",
    "\n\nHe\nshe\n\n",
]


def test_the_text_read_once_is_the_docs_text(nlp, options):
    for text in TEXTS:
        doc = nlp.make_doc(text)  # not through the parse: built from the tokens on first asking
        assert TEXT_KEY not in doc.user_data
        assert doc_text(doc) == doc.text == text
        assert doc.user_data[TEXT_KEY] == text
        assert doc_text(nlp(text)) == text
    from newsweave.model import Document

    documents = [Document(id=f"d{i}", source=f"own-{i}.txt", title=None, author=None, site=None, published=None,
                          language="en", text=t) for i, t in enumerate(TEXTS)]
    for document, doc in parse_documents(documents, options.spacy_model):
        assert doc.user_data[TEXT_KEY] == doc.text == document.text  # seeded by the parse, equal to spaCy's


def test_token_strings_are_the_per_token_texts(nlp):
    for text in TEXTS + [""]:
        doc = nlp(text)
        assert token_strings(doc) == [t.text for t in doc]
        assert token_strings(doc, "LOWER") == [t.lower_ for t in doc]
        assert sorted(distinct_strings(doc)) == sorted({t.text for t in doc})
        # the initials test of organisations._initials_used_alone, by strings and by tokens
        assert {s for s in distinct_strings(doc) if s.isupper() and s.isalpha() and len(s) >= 3} == \
            {t.text for t in doc if t.is_upper and t.is_alpha and len(t.text) >= 3}
    assert {s for s in distinct_strings(nlp(TEXTS[0])) if s.isupper() and s.isalpha() and len(s) >= 3} == \
        {"NRB", "CEO", "BBC", "ITV"}


def test_a_new_store_has_every_migration_in_order():
    with Store(":memory:") as s:
        assert [r[0] for r in s.con.execute("SELECT name FROM migrations").fetchall()] == [n for n, _ in MIGRATIONS]
        made = s.con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns "
                             "ORDER BY table_name, ordinal_position").fetchall()
    import duckdb

    con = duckdb.connect(":memory:")  # the migrations one by one, as an older store receives them
    for _name, statements in MIGRATIONS:
        for statement in statements:
            con.execute(statement)
    one_by_one = con.execute("SELECT table_name, column_name, data_type FROM information_schema.columns WHERE "
                             "table_name NOT IN ('meta', 'migrations') ORDER BY table_name, ordinal_position").fetchall()
    assert [r for r in made if r[0] not in ("meta", "migrations")] == one_by_one


def test_an_in_memory_store_written_in_one_batch_holds_the_same_records(tmp_path, options):
    texts = ["Port workers in Dunmore walked out on Tuesday, the union said. The port authority said 40 ships waited.",
             "The mayor of Dunmore met union leaders on Wednesday and promised a pay review, her office said.",
             "Dunmore's ferries ran again on Thursday after the strike ended, the operator said."]
    for i, t in enumerate(texts):
        (tmp_path / f"own-{i}.txt").write_text(t, encoding="utf-8")
    small = dataclasses.replace(options, batch_size=1)
    stored = []
    for write_batch in (0, 256):  # a transaction per document, then all three in one
        with Store(":memory:") as store:
            assert store.write_batch == 256
            store.write_batch = write_batch
            run_pipeline([str(tmp_path)], store, small)
            stored.append([json.dumps(to_dict(r), sort_keys=True) for r in store.contract_records()])
    assert stored[0] == stored[1] and len(stored[0]) > 3


EVENT_TEXTS = [
    "Brazilian police arrested 12 protesters in Brasilia on Monday, and the Brazilian government condemned the riot.",
    "France and Germany signed a water-sharing accord in Paris; Japan is hosting the next summit in May.",
    "Argentina accused Chile of ignoring the fishing treaty, which both had opposed to the new quotas, officials said.",
    "Canada is committed to the talks. Mexico criticised the United States over the new tariffs on steel.",
]


def test_the_event_coder_visits_every_token_with_lexicon_rows(nlp, options, monkeypatch):
    """Visiting only tokens whose word, lemma or participle stem has lexicon rows (or a hosting verb's lemma)
    finds the events that visiting every verb, noun and adjective finds."""
    from event_pipeline import events_of

    from newsweave.extract.events import coding

    def dump(text):
        events, _entities = events_of(nlp, options, text)
        return [json.dumps(to_dict(e), sort_keys=True) for e in events]

    filtered = [dump(t) for t in EVENT_TEXTS]
    monkeypatch.setattr(coding, "mask_where", lambda doc, attr, test, memo=None: np.ones(len(doc), dtype=bool))
    unfiltered = [dump(t) for t in EVENT_TEXTS]
    assert filtered == unfiltered and sum(map(len, filtered)) >= 3


def test_participle_stems_and_lexicon_words(nlp, options):
    from newsweave.extract.events.coding import lexicon_words
    from newsweave.extract.events.grammar import participle_stems
    from newsweave.extract.plover import load_lexicon

    assert participle_stems("opposed") == ("oppose", "oppos", "oppos")
    assert participle_stems("committed") == ("committe", "committ", "commit")
    lex = load_lexicon()
    words = lexicon_words(lex)
    assert words == {w for w, _pos in lex.entries} and lexicon_words(lex) is words
