"""Stories: documents joined by verified copy pairs, each story with its original and its copies."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from ..disjoint import DisjointSets
from ..model import Copy, stable_id
from .factseq import fact_match
from .records import CopyPair, DocSignature, StoryMember

if TYPE_CHECKING:
    from .copies import Profile

# A weak bridge (issue 14, copy23). Stories are connected groups of pairs, so one wrong pair between two
# stories makes every pair across them false (2 + 2 members: 4 false pairs). A pair of the channels that
# keep facts but not words (anchor alignment, fact sequence) that would join two stories of >= 2 members
# each must be borne out by the other pairs across them: at least half of the cross pairs are verified
# pairs or share >= BRIDGE_FACTS_MIN of the shorter fact sequence in order (the fact channel's LCS, no
# wording asked). On dev the one such bridge was an AP rewrite meeting an RFI report (cross pairs 0.17,
# 0.26, 0.29 beside the bridge's 0.28); on the calibration set, two pairs of rewrites of one Guardian
# story (0.25, 0.40, 0.45 beside the bridge's 0.35). Word-for-word channels (exact, near-duplicate,
# condensed) are not weak bridges. Each side is read through at most BRIDGE_SIDE_MAX members.
WEAK_METHODS = frozenset({"rewrite", "fact-sequence"})
BRIDGE_FACTS_MIN = 0.35
BRIDGE_SIDE_MAX = 8


def _sort_key(sig: DocSignature) -> tuple:
    # earliest published first; undated after dated; then the fullest text; then the id
    return (sig.published is None, sig.published or "", -sig.length, sig.doc)


def credit_set(credit: str | None) -> frozenset[str]:
    """The agencies a document credits (``Document.credit``, ";"-separated), folded."""
    return frozenset(c.strip().casefold() for c in (credit or "").split(";") if c.strip())


def _credit_conflict(credits_of: dict[str, frozenset[str]], a: str, b: str) -> bool:
    """Both groups credit an agency and none in common: two wire stories, whatever links them."""
    ca, cb = credits_of.get(a, frozenset()), credits_of.get(b, frozenset())
    return bool(ca and cb and not ca & cb)


def _bridge_supported(side_a: list[str], side_b: list[str], verified: set[frozenset],
                      profile_of: Callable[[str], "Profile"]) -> bool:
    """At least half of the pairs across two stories are verified or share enough facts in order."""
    side_a, side_b = sorted(side_a)[:BRIDGE_SIDE_MAX], sorted(side_b)[:BRIDGE_SIDE_MAX]
    support = 0
    for x in side_a:
        for y in side_b:
            if frozenset((x, y)) in verified:
                support += 1
                continue
            match = fact_match(profile_of(x), profile_of(y))
            support += match is not None and not match.conflicting and match.facts >= BRIDGE_FACTS_MIN
    return 2 * support >= len(side_a) * len(side_b)


def _refusal(pair: CopyPair, ra: str, rb: str, members: dict[str, list[str]], credits_of: dict[str, frozenset[str]],
             verified: set[frozenset], profile_of: Callable[[str], "Profile"] | None) -> str | None:
    """Why ``pair`` may not join the stories rooted at ``ra`` and ``rb``: ``credit_conflict`` (they credit
    different agencies, none in common), ``weak_bridge`` (a fact-level pair the other pairs across the two
    stories do not bear out), else None."""
    if _credit_conflict(credits_of, ra, rb):
        return "credit_conflict"
    side_a, side_b = members[ra], members[rb]
    if (profile_of is not None and pair.method in WEAK_METHODS and min(len(side_a), len(side_b)) >= 2
            and not _bridge_supported(side_a, side_b, verified, profile_of)):
        return "weak_bridge"
    return None


# A document verified against two stories that may not be one (issue 14, copy45): a text that weaves paragraphs of
# two wire stories on one event. It goes with the story whose texts it reuses most: the share of its word 3-grams
# (``Profile.trigrams``, quotes too: a digest quoting a wire story is that story's text) found in the texts of each
# story (at most REUSE_SIDE_MAX members, those it is paired with first), not with the story of its strongest pair:
# the fact channel's strength is over the shorter text, so a short story it takes two of three paragraphs from
# scores higher than a long one it takes its lead and more of its words from (dev r50d_05).
REUSE_SIDE_MAX = 8


def _reuse(doc: str, story: list[str], paired: set[frozenset], profile_of: Callable[[str], "Profile"]) -> float:
    """Share of ``doc``'s word 3-grams inside the texts of ``story`` (its members paired with ``doc`` read first)."""
    own = profile_of(doc).trigrams
    if not own or not story:
        return 0.0
    read = sorted(story, key=lambda m: (frozenset((doc, m)) not in paired, m))[:REUSE_SIDE_MAX]
    return len(own & frozenset().union(*(profile_of(m).trigrams for m in read))) / len(own)


def _join(signatures: dict[str, DocSignature], pairs: list[CopyPair], credits_of: dict[str, frozenset[str]],
          verified: set[frozenset], profile_of: Callable[[str], "Profile"] | None
          ) -> tuple[DisjointSets, dict[frozenset, CopyPair], list[CopyPair]]:
    """Pairs joined strongest first: the sets, the pairs kept and the pairs refused (:func:`_refusal`)."""
    joined = DisjointSets(signatures)
    credits_of = dict(credits_of)  # by set root, kept at the root
    members = {doc: [doc] for doc in signatures}  # by set root
    edges: dict[frozenset, CopyPair] = {}
    refused: list[CopyPair] = []
    for p in sorted(pairs, key=lambda p: (-p.similarity, p.a, p.b)):
        ra, rb = joined.root(p.a), joined.root(p.b)
        if ra != rb and _refusal(p, ra, rb, members, credits_of, verified, profile_of):
            refused.append(p)
            continue
        edges[frozenset((p.a, p.b))] = p
        if joined.union(p.a, p.b):
            root = joined.root(p.a)
            merged = credits_of.pop(ra, frozenset()) | credits_of.pop(rb, frozenset())
            if merged:
                credits_of[root] = merged
            members[root] = members.pop(ra) + members.pop(rb)
    return joined, edges, refused


def _moves(joined: DisjointSets, refused: list[CopyPair], kept: list[CopyPair], signatures: dict[str, DocSignature],
           profile_of: Callable[[str], "Profile"]) -> set[frozenset]:
    """The pairs to drop so that each document of a refused pair that reuses the other story more than its own
    (:func:`_reuse`) leaves its own: its pairs with that story's members."""
    groups = joined.groups(signatures)
    story_of = {doc: root for root, docs in groups.items() for doc in docs}
    paired = {frozenset((p.a, p.b)) for p in kept} | {frozenset((p.a, p.b)) for p in refused}
    kept_of: dict[str, list[CopyPair]] = {}  # document -> its kept pairs
    for q in kept:
        kept_of.setdefault(q.a, []).append(q)
        kept_of.setdefault(q.b, []).append(q)
    drop: set[frozenset] = set()
    for p in refused:
        if story_of[p.a] == story_of[p.b]:
            continue
        best = None
        for doc, other in ((p.a, p.b), (p.b, p.a)):
            home = [m for m in groups[story_of[doc]] if m != doc]
            gain = _reuse(doc, groups[story_of[other]], paired, profile_of) - _reuse(doc, home, paired, profile_of)
            if home and gain > 0 and (best is None or gain > best[0]):
                best = gain, doc, set(home)
        if best is not None:
            _gain, doc, home = best
            drop |= {frozenset((q.a, q.b)) for q in kept_of.get(doc, ()) if ({q.a, q.b} - {doc}) <= home}
    return drop


def group(signatures: dict[str, DocSignature], pairs: Iterable[CopyPair],
          credits: dict[str, frozenset[str]] | None = None,
          profile_of: Callable[[str], "Profile"] | None = None) -> tuple[list[StoryMember], list[Copy]]:
    """Stories (connected groups of copy pairs) and one ``copy`` record per non-original member.

    Every document belongs to exactly one story; a story's original is its earliest published
    member (the fullest when dates tie or are missing). Pairs join strongest first, and a pair that
    would put documents crediting different agencies (``credits``: document -> the agencies it credits)
    in one story is left out (rule ``credit_conflict``): an AP story and an independent Reuters report
    are not one story because a rewrite resembles each. With ``profile_of`` (document -> its copy
    profile), a rewrite or fact-sequence pair joining two stories of two members or more is left out
    when the other pairs across them do not bear it out (rule ``weak_bridge``, see BRIDGE_FACTS_MIN). A document
    of a refused pair that reuses the other story's texts more than its own story's leaves its own for it
    (:func:`_moves`, REUSE_SIDE_MAX), whichever of its pairs is the stronger.
    """
    pairs = [p for p in pairs if p.a in signatures and p.b in signatures]
    credits_of = {doc: c for doc, c in (credits or {}).items() if c}
    verified = {frozenset((p.a, p.b)) for p in pairs}
    dropped: set[frozenset] = set()
    while True:  # each round drops pairs for good, so this ends
        kept = [p for p in pairs if frozenset((p.a, p.b)) not in dropped]
        joined, edges, refused = _join(signatures, kept, credits_of, verified, profile_of)
        drop = _moves(joined, refused, kept, signatures, profile_of) if profile_of is not None and refused else set()
        if not drop:
            break
        dropped |= drop
    members = {root: [signatures[d] for d in docs] for root, docs in joined.groups(signatures).items()}
    incident: dict[str, list[CopyPair]] = {}
    for p in edges.values():
        incident.setdefault(p.a, []).append(p)
        incident.setdefault(p.b, []).append(p)
    stories: list[StoryMember] = []
    copies: list[Copy] = []
    for group_sigs in members.values():
        group_sigs.sort(key=_sort_key)
        original = group_sigs[0].doc
        story = stable_id("story", original)
        stories.append(StoryMember(story=story, doc=original, role="original"))
        for sig in group_sigs[1:]:
            stories.append(StoryMember(story=story, doc=sig.doc, role="copy"))
            direct = edges.get(frozenset((sig.doc, original)))
            best = direct or max(incident.get(sig.doc, []), key=lambda p: p.similarity)
            # the pair with the original itself, or the strongest pair that put it in the story
            rule = f"copies:{best.method}" + ("" if direct else f" via {best.a if best.b == sig.doc else best.b}")
            copies.append(Copy(doc=sig.doc, of=original, similarity=best.similarity, method=best.method, rule=rule))
    stories.sort(key=lambda s: (s.story, s.role != "original", s.doc))
    copies.sort(key=lambda c: (c.of, c.doc))
    return stories, copies
