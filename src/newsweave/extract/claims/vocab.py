"""Fixed words and calibrated thresholds of the claims rules."""
from __future__ import annotations

# A quote of at most this many words with no cue governing it is a scare quote or a term
# ("mutual assistance", "red lines"), not a claim. Calibrated on hand-written news sentences:
# labels and coined terms run 1-3 words, quoted statements almost always 4 or more.
SCARE_QUOTE_MAX_WORDS = 3
# A stand-alone quote with no cue of its own continues the previous speaker only when that
# speaker's claim is in the same paragraph or at most this many paragraphs back.
CONTINUATION_MAX_PARAGRAPHS = 1
# A content clause that is at least this share quoted text is the quote's attribution, not an
# indirect claim ('He said: "We will win."'). Calibrated on our corpus: 'told reporters that the
# claims were "another piece of fake news"' is 0.62 quoted and is reported speech.
QUOTED_CONTENT_SHARE = 0.85

# a clause opened by one of these right after a report's content (no comma between) gives the content's
# reason or condition, even when the parser hung it on the cue ('said the road was shut because ...')
CONTENT_SUBORDINATORS = frozenset({"because", "unless", "if"})

DOUBLE_OPEN = "\u201c\u201e\u00ab"
DOUBLE_CLOSE = "\u201d\u00bb"
SINGLE_OPEN = "\u2018"
SINGLE_CLOSE = "\u2019"
SENTENCE_END = ".!?\u2026:"
FIRST_PERSON = {"i", "we", "me", "us", "myself", "ourselves"}
INANIMATE_PRONOUNS = {"it", "this", "that", "which", "these", "those", "what"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
PLURAL_PRONOUNS = {"they", "them"}
# cue roles whose speaker a following cue-less quote may continue
CONTINUABLE_ROLES = {"speech", "question", "naming"}
