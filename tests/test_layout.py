"""The page layout: one model of a text's blocks, read by the parser, claims and entities alike."""
from __future__ import annotations

from newsweave.documents.layout import page_layout

PAGE = ("Ferry service resumes on the lake\n\n"
        "By Jane Roe and Ann Lee\n\n"
        "PUNO, March 3 (Example Wire) - The ferry between the two towns ran again on Monday after a "
        "week of storms, the operator said.\n\n"
        "\u201cWe lost six days of trade,\u201d a fish seller said.\n\n"
        "- Tickets are sold at the pier\n"
        "2) Cars are not carried\n\n"
        "Photo: the ferry leaving the pier at dawn\n"
        "The operator said the next storm is due on Friday.")


def _kinds(text):
    return [(b.kind, text[b.start:b.end]) for b in page_layout(text).blocks]


def test_each_block_gets_its_kind_and_exact_offsets():
    kinds = _kinds(PAGE)
    assert [k for k, _ in kinds] == ["heading", "byline", "dateline", "paragraph", "quote", "list_item",
                                     "list_item", "caption", "paragraph"]
    assert kinds[2][1] == "PUNO, March 3 (Example Wire) - "
    assert kinds[3][1].startswith("The ferry between") and kinds[3][1].endswith("the operator said.")


def test_hard_wrapped_prose_is_one_paragraph():
    text = ("The ferry between the two lakeside towns ran again on\n"
            "Monday after a week of storms that had kept every boat in\n"
            "port, the operator said in a statement.\n\nA second paragraph follows here.")
    blocks = page_layout(text).blocks
    assert len(blocks) == 2 and blocks[0].kind == "paragraph"
    assert text[blocks[0].start:blocks[0].end].endswith("in a statement.")


def test_a_long_last_line_cut_mid_sentence_is_prose_not_a_heading():
    text = "Storms close the lake\n\nThe ferry ran again on Monday, the operator said, and the next one leaves"
    first, last = page_layout(text).blocks
    assert first.heading and not last.heading


def test_block_at_finds_the_block_of_an_offset():
    layout = page_layout(PAGE)
    offset = PAGE.index("fish seller")
    assert layout.blocks[layout.block_at(offset)].kind == "quote"


def test_the_parser_starts_a_sentence_at_each_block_but_not_inside_a_wrapped_line(nlp):
    text = ("Storms close the lake\n\nPUNO, March 3 - The ferry stopped on Monday.\n"
            "Officials from\nthe port said it would run again soon.")
    doc = nlp(text)
    puno = next(t for t in doc if t.text == "PUNO")
    assert puno.is_sent_start  # the heading is never glued to the paragraph below it
    # "... from\nthe port": the lower-case line carries on its sentence
    assert next(t for t in doc if t.text == "the" and t.nbor(1).text == "port").sent.text.startswith("Officials")


def test_stored_sentences_are_the_parsers_and_outputs_quote_them(tmp_path, options):
    from newsweave.outputs.text import sentence_text
    from newsweave.pipeline import run
    from newsweave.store import Store

    text = ("The ferry ran again on Monday, Gen. Ana Roe said at the pier. Storms are due on Friday.\n\n"
            "The port will stay open all week.")
    (tmp_path / "f.txt").write_text(text, encoding="utf-8")
    with Store(":memory:") as store:
        run([str(tmp_path / "f.txt")], store, options)
        doc = next(store.records("documents"))
        bounds = store.sentence_bounds(doc.id)
    stored = [doc.text[s:e] for s, e in bounds]
    assert stored[-1] == "The port will stay open all week." and "Storms are due on Friday." in stored
    at = doc.text.index("Roe")
    # the punctuation rule cuts after "Gen."; the parser's sentence does not
    assert sentence_text(doc.text, at, at + 3) == "Ana Roe said at the pier."
    assert sentence_text(doc.text, at, at + 3, bounds).startswith("The ferry ran again on Monday, Gen. Ana Roe")


def test_a_dateline_may_end_in_a_colon():
    text = ("Lake ferries stop for the winter\n\n"
            "TARTU, Estonia (Example Wire): The harbour office closed the ferry line on Monday, its "
            "director said.\n\nQUITO: Rain closed two roads, the transport ministry said.")
    kinds = _kinds(text)
    assert ("dateline", "TARTU, Estonia (Example Wire): ") in kinds and ("dateline", "QUITO: ") in kinds
    assert ("paragraph", "The harbour office closed the ferry line on Monday, its director said.") in kinds
    # a colon inside prose, or after a word in lower case, is no dateline
    assert [k for k, _ in _kinds("The plan had one aim: peace.")] == ["paragraph"]
    assert [k for k, _ in _kinds("Update: the road is open again.")] == ["paragraph"]


def test_a_dateline_closed_by_a_colon_is_a_dateline():
    text = "PUNO: The ferry between the two towns ran again on Monday, residents said."
    kinds = _kinds(text)
    assert kinds[0] == ("dateline", "PUNO: ")
    assert kinds[1][1].startswith("The ferry")
    # a capitalised word before a colon inside prose stays prose
    assert _kinds("The operator said: The ferry runs again.")[0][0] == "paragraph"
