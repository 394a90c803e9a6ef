"""The reading state the claims rules share, and the candidate claims they make."""
from __future__ import annotations

from dataclasses import dataclass, field

from .layout import Paragraph, _Segmented, paragraph_index
from .quotes import Quote, QuoteIndex
from .tables import CueLexicon


@dataclass
class Candidate(_Segmented):
    kind: str  # direct | indirect
    segments: list  # [(start, end)] character spans of the claimed words
    cue: str | None
    cue_token: int | None
    subject: int | None  # token index of the speaker's head word
    subject_via: str = "subject"  # subject | according | acl | continuation | label | noun
    hedge_extra: bool = False
    role: str = "speech"
    rule: str = ""  # "claims:<rule>" and the cue's row when a cue verb made it


@dataclass
class ClaimReading:
    """One document as the rules read it: the parse, its layout and quotes, the claims found so far.

    Steps of ``STEPS`` change ``quotes`` (cue, absorbed), ``reports`` (the indirect claims) and ``direct``;
    ``off`` holds the names of the rules switched off."""
    doc: object
    text: str
    pars: list[Paragraph]
    lexicon: CueLexicon
    off: frozenset = frozenset()
    quotes: list[Quote] = field(default_factory=list)
    qindex: QuoteIndex | None = None
    reports: list[Candidate] = field(default_factory=list)
    direct: list[Candidate] = field(default_factory=list)

    def on(self, rule) -> bool:
        """Whether the rule (a function or its name) is switched on."""
        return (rule if isinstance(rule, str) else rule.__name__) not in self.off

    def par_of(self, offset: int) -> Paragraph:
        return self.pars[paragraph_index(self.pars, offset)]
