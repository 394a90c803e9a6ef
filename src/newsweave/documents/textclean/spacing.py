"""Paragraphs glued together when a page was copied ("... the pier burnt.The ferry stopped ..."): the space
after a sentence's end is put back, and an opening quotation mark printed as a closing one after such a join
(".”We will pay,” she said") is turned the right way, so sentences and quotations split where the
page meant them to."""
from __future__ import annotations

import re

# a sentence end right after a lower-case word, then a capitalised word or a quotation opening one, with no
# space between ("burnt.The", "cost.”We", "“go”.Then"); "U.S.The" (one letter before the stop) is left alone
_GLUED = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][”\"’][.!?]))([”\"“’]?)(?=[A-Z][a-z]|[”\"“][A-Z])")
_QUOTE_MARKS = re.compile(r"[“”\"]")


def respace_glued_sentences(paragraph: str) -> str:
    """Put back the space lost between two glued sentences of ``paragraph``; a quotation mark at the join
    opens a quotation when the marks before it are paired (an even count), else it closes one."""
    out, last = [], 0
    for m in _GLUED.finditer(paragraph):
        mark = m.group(1)
        out.append(paragraph[last:m.start()])
        if mark in ("”", "\"", "“") and len(_QUOTE_MARKS.findall(paragraph, 0, m.start())) % 2 == 0:
            out.append(" “")        # an opening quotation mark: the space goes before it
        elif mark:
            out.append(mark + " ")  # a closing quotation mark ends the first sentence
        else:
            out.append(" ")
        last = m.end()
    out.append(paragraph[last:])
    return "".join(out)
