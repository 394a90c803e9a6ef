"""HTML character references left in page text ("&#8217;", "&amp;", and their debris: "&39;" without its
'#', "&#8217" without its ';', "&amp;#39;" escaped twice) decoded into the characters they stand for, or
dropped when they stand for none (a control character). Runs before any cleaning step, so every record's
offsets point at the decoded text.

Only well-formed references and these few malformed shapes are read: Python's ``html.unescape`` alone
would also read legacy names without a ';' inside words ("&para" in "&paragraph"), which plain text does
not mean."""
from __future__ import annotations

import html
import re

# a reference as HTML writes it: "&#39;", "&#x2019;", "&rsquo;"
_WELL_FORMED = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# a decimal reference that lost its '#' ("&39;") or its ';' ("&#8217" before a non-digit)
_NO_HASH = re.compile(r"&(\d{2,7});")
_NO_SEMICOLON = re.compile(r"&#(\d{2,7}|[xX][0-9a-fA-F]{2,6})(?![0-9a-fA-F;])")
# the commonest names that lost their ';' before a space or punctuation ("Q &amp A", "&quot")
_BARE_NAME = re.compile(r"&(amp|quot|apos|lt|gt|nbsp)(?![A-Za-z0-9;])")
# a text escaped twice takes two passes ("&amp;#39;" -> "&#39;" -> "'"); three allow for one more
MAX_PASSES = 3


def _character(ref: str) -> str:
    """The character a well-formed reference stands for; nothing for a control character or an invalid
    code point; the reference itself for an unknown name."""
    out = html.unescape(ref)
    if out == ref:
        return ref
    if out == "\ufffd" or any(ord(c) < 32 and c not in "\t\n" for c in out):
        return ""
    return out


def decode_charrefs(text: str) -> str:
    """``text`` with its HTML character references, and their common malformed shapes, decoded."""
    if "&" not in text:
        return text
    for _ in range(MAX_PASSES):
        fixed = _NO_HASH.sub(r"&#\1;", text)
        fixed = _NO_SEMICOLON.sub(r"&#\1;", fixed)
        fixed = _BARE_NAME.sub(r"&\1;", fixed)
        fixed = _WELL_FORMED.sub(lambda m: _character(m.group()), fixed)
        if fixed == text:
            break
        text = fixed
    return text
