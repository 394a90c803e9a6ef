"""Live-blog entry stamps glued into the running text. A live page copied as text often loses the line breaks
around each entry's time: "... the last sentence. 10:12 PM BST Next entry's heading Its first sentence ..."
or "Entry heading'posted at 09:05 GMT 3 May". The stamp is chrome and marks an entry boundary: it is
cut and the text on each side becomes a paragraph of its own. A clock time inside a sentence ("struck at
04:12 GMT on Friday") is read, not cut: a bare stamp counts only after a sentence end or a quoted heading's
close and before a capital; one labelled "published at" / "posted at" counts wherever it is glued.
The stamp patterns are the cue table's ``post_stamp`` rows."""
from __future__ import annotations

import re
from functools import lru_cache

from ...config import DATA_DIR
from ...tables import read_table
from .cues import all_cues

# what may stand right before a bare stamp: a sentence end, a colon or the close of a quoted heading, then a space (or
# nothing after a quote mark); or the start of the text
_BEFORE = re.compile(r"(?:[.!?:][\"”’')]*|[\"”’'])\s*$")
_LABELLED = re.compile(r"(?:published|posted|updated) at", re.I)


@lru_cache(maxsize=8)
def _stamp(extra: tuple[str, ...] = ()) -> re.Pattern | None:
    rows = [c.pattern.pattern for c in all_cues(extra) if c.kind == "post_stamp"]
    # case-sensitive: zone names are written in capitals ("GMT"), a lower-case "et" is a word
    return re.compile("|".join(f"(?:{r})" for r in rows)) if rows else None


def cut_entry_stamps(text: str, extra: tuple[str, ...] = ()) -> str:
    """``text`` with each glued entry stamp replaced by a paragraph break."""
    rx = _stamp(extra)
    if rx is None:
        return text
    out, pos = [], 0
    for m in rx.finditer(text):
        before, after = text[pos:m.start()], text[m.end():m.end() + 2]
        line_start = text.rfind("\n", 0, m.start()) + 1
        head = text[line_start:m.start()]
        labelled = bool(_LABELLED.match(m.group(0)))
        bare_ok = (not head.strip() or _BEFORE.search(head)) and re.match(r"\s+[A-Z]|\s*$", after + " ")
        if not (labelled or bare_ok) or (not head.strip() and not labelled and text[m.end():m.end() + 1] == "\n"):
            continue
        out.append(before.rstrip(" \t") + "\n\n")
        pos = m.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    out.append(text[pos:])
    return "".join(out)


# A teaser link glued after a paragraph's last sentence: "... last sentence. See also Headline of another story |
# Section". The cue words follow a sentence end and open a capitalised headline that runs to the end of the line with
# no sentence end of its own (a headline, perhaps closing on its section after a bar). It is cut; the paragraph stays.
# The cue and the headline are glued on the paragraph's own line: a cue on a line of its own heads a teaser list
# (cue kind ``related``), and the whole list goes with it (``body.teaser_block``).
_GLUED_TEASER = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’')]))[ \t]+(?:See also|Read also|Also read|Read more|Related|READ ALSO|SEE ALSO|ALSO READ|READ MORE)"
    r"[ \t]*:?[ \t]+(?=[A-Z0-9“\"‘'])(?P<teaser>[^\n]{12,200}?)[ \t]*$", re.M)


def cut_glued_teasers(text: str) -> str:
    """``text`` with each teaser link glued after a paragraph's last sentence cut off (the headline must not end
    in a sentence's full stop; a closing question or exclamation mark is a headline's too)."""
    def cut(m: re.Match) -> str:
        teaser = m.group("teaser").rstrip()
        return m.group(0) if teaser.endswith(".") and not teaser.endswith("...") else ""
    return _GLUED_TEASER.sub(cut, text)


# A link's stub glued after a paragraph's last sentence, closing the paragraph: "... last sentence. More here." or
# "... Read the full statement here." The linked words did not copy; the stub is no sentence of the story. A sentence
# that says "more here" inside itself ("There is more here than ...") follows no sentence end and stays.
_GLUED_LINK_STUB = re.compile(
    r"(?<=[.!?\"”’)])[ \t]+(?:(?:read|see|find|get|watch)\s+)?(?:more|the\s+full\s+(?:story|report|statement|text)|"
    r"full\s+(?:story|report|statement|text)|details)\s+(?:here|at\s+the\s+link)\s*[.!]?[ \t]*$", re.I | re.M)


def cut_glued_link_stubs(text: str) -> str:
    """``text`` without the link stubs glued at its paragraphs' ends."""
    return _GLUED_LINK_STUB.sub("", text)


# A linked headline of another story glued after a paragraph's last sentence with no cue word: "... last sentence.
# Police Deny Permission For Parade, Only Players To Be Honoured At Stadium." Told by its casing: a last sentence of
# at least GLUED_HEADLINE_MIN_WORDS words, every word capitalised (or a number), with at least
# GLUED_HEADLINE_MIN_FUNCTION_WORDS function words capitalised inside it (``HEADLINE_CASE_FILE``), which running
# text writes in lower case. It is cut; the paragraph stays. A paragraph of one sentence is left alone.
HEADLINE_CASE_FILE = DATA_DIR / "cleaning" / "headline_case_words.tsv"
GLUED_HEADLINE_MIN_WORDS = 8
GLUED_HEADLINE_MIN_FUNCTION_WORDS = 2


@lru_cache(maxsize=1)
def _headline_case_words() -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_table(HEADLINE_CASE_FILE, ("word",), what="headline case table"))


def title_case_sentence(sentence: str) -> bool:
    """A sentence written as a Title Case headline: every word capitalised or a number, and several function
    words capitalised inside it ("Only Players To Be Honoured At Stadium")."""
    words = re.findall(r"[^\s,;:|–—-]+", sentence.strip().rstrip(".!?"))
    if len(words) < GLUED_HEADLINE_MIN_WORDS or re.search(r"[.!?]\s", sentence.strip()[:-1]):
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or not w[:1].isalnum() for w in words):
        return False
    caps = sum(1 for w in words[1:] if w.lower() in _headline_case_words() and w[:1].isupper())
    return caps >= GLUED_HEADLINE_MIN_FUNCTION_WORDS


def cut_glued_headlines(text: str) -> str:
    """``text`` without a Title Case headline glued after a paragraph's last sentence (see above)."""
    out = []
    for line in text.split("\n"):
        # the last sentence only, after a sentence of the paragraph's own
        k = max((mm.end() for mm in re.finditer(r"[.!?][\"”’')]*[ \t]+(?=[A-Z0-9])", line.rstrip()[:-1] or "")), default=None)
        if k is not None and len(line[:k].split()) >= GLUED_HEADLINE_MIN_WORDS and title_case_sentence(line[k:]):
            line = line[:k].rstrip()
        out.append(line)
    return "\n".join(out)
