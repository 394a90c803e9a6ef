"""Paragraphs glued together when a page was copied ("... the pier burnt.The ferry stopped ..."): the space
after a sentence's end is put back, and an opening quotation mark printed as a closing one after such a join
(".”We will pay,” she said") is turned the right way, so sentences and quotations split where the
page meant them to. A web address is no join: a run of letters and dots ending in a top-level domain of
``data/cleaning/web_domains.tsv`` ("News.Az", "www.Example.com") keeps its dots unspaced."""
from __future__ import annotations

import re
from functools import lru_cache

from ...config import DATA_DIR
from ...tables import read_table

WEB_DOMAINS_FILE = DATA_DIR / "cleaning" / "web_domains.tsv"

# a sentence end right after a lower-case word, then a capitalised word or a quotation opening one, with no
# space between ("burnt.The", "cost.”We", "“go”.Then"); "U.S.The" (one letter before the stop) is left alone
_GLUED = re.compile(r"(?:(?<=[a-z]{2}[.!?])|(?<=[a-z][”\"’][.!?]))([”\"“’]?)(?=[A-Z][a-z]|[”\"“][A-Z])")
_QUOTE_MARKS = re.compile(r"[“”\"]")
# the run of non-space characters around a join, without the punctuation that may close a sentence after it
_SPACE = re.compile(r"\s")
_RUN_EDGE = re.compile(r"^[\"“‘'(\[]+|[\"”’'.,;:!?)\]]+$")


@lru_cache(maxsize=1)
def _web_address() -> re.Pattern:
    tlds = sorted({row["tld"].lower() for row in read_table(WEB_DOMAINS_FILE, ("tld",), what="web domain table")},
                  key=len, reverse=True)
    return re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:" + "|".join(map(re.escape, tlds)) + ")", re.I)


def in_web_address(paragraph: str, at: int) -> bool:
    """The full stop before ``at`` lies inside a web address ("said News.Az", "at www.Example.com")."""
    start = max((m.end() for m in _SPACE.finditer(paragraph, 0, at)), default=0)
    end = m.start() if (m := _SPACE.search(paragraph, at)) else len(paragraph)
    run = _RUN_EDGE.sub("", paragraph[start:end])
    return run.lower().startswith("www.") or bool(_web_address().fullmatch(run))


def respace_glued_sentences(paragraph: str) -> str:
    """Put back the space lost between two glued sentences of ``paragraph``; a quotation mark at the join
    opens a quotation when the marks before it are paired (an even count), else it closes one."""
    out, last = [], 0
    for m in _GLUED.finditer(paragraph):
        mark = m.group(1)
        if not mark and in_web_address(paragraph, m.start()):
            continue
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
