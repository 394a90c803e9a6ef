"""Force only made ready (a rule of ``coding.FOLD_RULES``): PLOVER's MOBILIZE is a show of readiness that falls
short of force, so an assault armed forces are only prepared for is MOBILIZE, not a verbal THREATEN."""
from __future__ import annotations

from .grammar import governors, subject
from .vocab import FUTURE_GOVERNORS, READINESS_GOVERNORS

ARMED_SECTORS = {"military", "police", "rebel", "insurgent", "armed_group", "separatist"}


def fold_readied_force(r, tok, category, auxiliary, conditional):
    """PLOVER MOBILIZE (a show of readiness short of force): an assault that armed forces are only made ready for
    ("troops prepared to open fire", "soldiers prepared to attack the pass") is MOBILIZE, not a threat in words;
    a leader's "is ready to strike" and a vow stay THREATEN (fold_future_harm)."""
    if auxiliary != "future" or category != "ASSAULT":
        return None
    for g in governors(r, tok)[1:]:
        if not ({g.lemma_.lower(), g.lower_} & FUTURE_GOVERNORS):
            continue
        if not {g.lemma_.lower(), g.lower_} & READINESS_GOVERNORS:
            return None
        s = subject(r, g)
        return "MOBILIZE" if s is not None and r.agent_sector(s) in ARMED_SECTORS else None
    return None
