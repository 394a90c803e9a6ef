"""Untrusted text (article text, entity names, file names) made safe for where it is written.

- terminals: control characters (C0, DEL, C1) and bidirectional overrides are shown as visible
  escapes (``\\x1b``), so text cannot move the cursor, clear the screen, retitle the window or,
  with a newline in a file name, forge an extra output line;
- XML (GraphML, GEXF): characters XML 1.0 forbids become U+FFFD, so the file always parses;
- CSV: a cell that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, carriage
  return first) gets a leading apostrophe, as OWASP recommends against CSV injection.
"""
from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate marks
_TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_TERMINAL_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _visible(m: re.Match) -> str:
    ch = m.group(0)
    return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 256
                                                             else f"\\u{ord(ch):04x}")


def terminal_safe(text: str, one_line: bool = False) -> str:
    """``text`` with every character that would steer a terminal shown as an escape; ``one_line``
    escapes line breaks and tabs too."""
    return (_TERMINAL_UNSAFE_LINE if one_line else _TERMINAL_UNSAFE).sub(_visible, text)


def xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", text)


def csv_cell(value):
    """A value for a CSV cell: text a spreadsheet would evaluate is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
