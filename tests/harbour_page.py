"""One invented harbour story the chrome tests wrap their page furniture around (tests/test_textclean_text22_mechanisms.py,
tests/test_textclean_text23_mechanisms.py): a title, three paragraphs, and how lines join into a page."""
from __future__ import annotations

TITLE = "Harbour reopens after the storm"
LEDE = ("The port authority reopened the northern harbour on Monday after a week of repairs to the breakwater, "
        "officials said.")
SECOND = "Fishing crews returned to the quay before dawn and unloaded the first catch since the storm."
LAST = "The harbour master said the ferry would sail again on Thursday once the last buoys were back in place."


def page(*lines: str) -> str:
    """The lines as paragraphs of one page."""
    return "\n\n".join(lines) + "\n"
