"""Write the copy variants of tests/corpus/copies/originals/ into variants/ and the gold groups.json.

The base articles (originals/, independent/, rewritten/) are our own prose; this script only
derives the mechanical variants a news copy chain produces:

- verbatim: the same text under another name (a wire repost)
- chrome:   the same text wrapped in a site's menus, share buttons, related links and footer
- light:    a paragraph dropped, a few words changed, an update line added, a new headline
- spun:     every word listed in SYNONYMS swapped, as a content farm's synonym spinner does
- heavy:    spun, then a paragraph dropped and the rest lightly edited

Run: python tests/corpus/copies/make_variants.py   (deterministic; rewrites variants/ and groups.json)
"""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

# which variants each original gets (group id = the original's two-character prefix)
PLAN = {
    "g01": ["verbatim", "chrome", "spun"],
    "g02": ["chrome", "light"],
    "g03": ["spun", "heavy"],
    "g04": ["verbatim", "heavy"],
    "g05": ["light", "chrome"],
    "g06": ["spun"],
    "g07": ["verbatim", "light"],
    "g08": ["chrome", "spun"],
    "g09": ["light"],
    "g10": ["heavy", "verbatim"],
}

# a synonym spinner's table (our own list): ordinary words, never names or numbers
SYNONYMS = {
    "said": "stated", "says": "states", "told": "informed", "told a": "informed a",
    "agency": "bureau", "soldiers": "fighters", "troops": "forces", "units": "formations",
    "began": "started", "begun": "started", "taking": "getting", "part": "portion", "combat": "battle",
    "estimated": "reckoned", "around": "roughly", "about": "approximately", "now": "presently",
    "second": "subsequent", "prepared": "readied", "city": "town", "tracked": "traced",
    "shipments": "consignments", "leaving": "departing", "early": "initial", "learning": "mastering",
    "warfare": "combat", "speed": "pace", "worries": "troubles", "comment": "remark",
    "publicly": "openly", "although": "though", "declined": "refused", "asked": "questioned",
    "reporters": "journalists", "completing": "finishing", "steps": "measures", "both": "each",
    "sides": "parties", "signed": "inked", "approving": "endorsing", "pact": "accord",
    "commits": "binds", "country": "nation", "available": "obtainable", "means": "methods",
    "attacked": "assaulted", "approved": "endorsed", "agreed": "settled", "visited": "toured",
    "first": "initial", "trip": "journey", "capital": "metropolis", "years": "years'",
    "enter": "come", "force": "effect", "day": "date", "governments": "administrations",
    "exchange": "swap", "officials": "authorities", "timing": "scheduling", "accident": "coincidence",
    "want": "wish", "finished": "completed", "seen": "spotted", "battle": "fighting",
    "senior": "high-ranking", "diplomat": "envoy", "condition": "circumstance", "called": "described",
    "grave": "serious", "concern": "worry", "region": "area", "team": "group", "researchers": "scholars",
    "sent": "dispatched", "least": "minimum", "artillery": "gun", "shells": "rounds", "since": "ever since",
    "based": "founded", "count": "tally", "freight": "cargo", "cars": "wagons", "images": "pictures",
    "group": "collective", "studies": "examines", "counted": "tallied", "containers": "boxes",
    "moving": "travelling", "period": "span", "hold": "contain", "several": "numerous",
    "depending": "relying", "stressed": "emphasised", "figure": "number", "floor": "minimum",
    "rather": "instead", "only": "merely", "lot": "great deal", "night": "nighttime", "led": "headed",
    "analysis": "study", "half": "fifty percent", "fired": "shot", "failed": "neglected",
    "explode": "detonate", "suggests": "indicates", "poor": "weak", "quality": "standard",
    "factories": "plants", "denies": "rejects", "buying": "purchasing", "weapons": "arms",
    "breach": "violate", "itself": "itself", "voted": "balloted", "army": "military",
    "forces": "troops", "repelled": "repulsed", "assault": "attack", "near": "close to",
    "town": "township", "heavy": "severe", "losses": "casualties", "commander": "leader",
    "attackers": "assailants", "advanced": "moved", "across": "through", "open": "exposed",
    "fields": "meadows", "small": "little", "groups": "clusters", "support": "backing",
    "struck": "hit", "most": "the majority", "reached": "got to", "gave": "provided",
    "different": "distinct", "account": "version", "captured": "seized", "villages": "hamlets",
    "positions": "posts", "claim": "assertion", "verified": "confirmed", "independently": "separately",
    "surprise": "sudden", "priority": "precedence", "talks": "negotiations", "wounded": "injured",
    "ready": "prepared", "hand": "pass", "held": "kept", "including": "among them",
    "set up": "establish", "monitor": "track", "evades": "dodges", "months": "months",
    "blocked": "obstructed", "renewal": "extension", "used": "utilized", "job": "work",
    "publish": "issue", "reports": "accounts", "transfers": "transfers", "workers": "labourers",
    "earn": "make", "expected": "anticipated", "launch": "inauguration", "work": "operate",
    "public": "open", "information": "data", "shared": "pooled", "national": "domestic",
    "critics": "detractors", "noted": "observed", "weight": "heft", "respond": "reply",
    "requests": "demands", "fragments": "pieces", "matched": "fitted", "design": "layout",
    "family": "series", "adding": "contributing", "evidence": "proof", "firing": "launching",
    "supplied": "provided", "showed": "displayed", "section": "segment", "parts": "components",
    "marked": "labelled", "characters": "symbols", "killed": "slew", "damaged": "harmed",
    "block": "building", "investigators": "detectives", "missed": "overlooked", "targets": "objectives",
    "wide": "broad", "margin": "gap", "testing": "trial", "ground": "field", "cities": "towns",
    "results": "outcomes", "experts": "specialists", "examined": "inspected", "photos": "pictures",
    "consistent": "compatible", "arrived": "came", "resort": "retreat", "three": "3",
    "counterpart": "equivalent", "state": "government", "media": "press", "reported": "announced",
    "visit": "trip", "comes": "arrives", "year": "twelve months", "seeks": "looks",
    "show": "demonstrate", "ties": "links", "become": "turn into", "permanent": "lasting",
    "product": "result", "television": "TV", "before": "prior to", "discuss": "talk about",
    "tourism": "travel", "transport": "transportation", "building": "construction",
    "praised": "lauded", "described": "characterized", "heroism": "bravery", "twice": "two times",
    "last": "previous", "analysts": "experts", "could": "might", "prepare": "set up",
    "travelled": "journeyed", "opened": "opened up", "tour": "travel", "summer": "summertime",
    "government": "administration", "reviewing": "assessing", "whether": "if", "supply": "provide",
    "ammunition": "munitions", "anger": "fury", "grows": "expands", "role": "part", "war": "conflict",
    "decades": "many years", "refused": "declined", "sell": "trade", "instead": "rather",
    "eased": "relieved", "pressure": "strain", "stocks": "stockpiles", "helped": "aided",
    "week": "week", "direct": "straight", "supplies": "provides", "defensive": "protective",
    "longer": "more", "ruled": "excluded", "decision": "choice", "depend": "rely",
    "cooperation": "collaboration", "went": "progressed", "controls": "manages", "warned": "cautioned",
    "arming": "equipping", "expose": "reveal", "citizens": "nationals", "companies": "firms",
    "retaliation": "reprisal", "dragged": "pulled", "legitimate": "lawful", "shipped": "transported",
    "oil": "petroleum", "far": "well", "above": "over", "cap": "ceiling", "study": "research",
    "imagery": "photography", "released": "published", "institute": "institution", "dozen": "twelve",
    "called at": "visited", "port": "harbour", "cases": "instances", "ships": "vessels",
    "switched": "turned", "arriving": "coming", "reappeared": "resurfaced", "days": "days",
    "limit": "restrict", "imports": "purchases", "products": "goods", "argued": "contended",
    "hurt": "harm", "ordinary": "regular", "probably": "likely", "payment": "settlement",
    "trade": "deal", "authors": "writers", "answer": "reply to", "questions": "queries",
    "former": "previous", "officer": "official", "fled": "escaped", "families": "households",
    "men": "guys", "construction": "building", "sites": "locations", "fight": "combat",
    "speaking": "talking", "translator": "interpreter", "identified": "recognized", "surname": "family name",
    "served": "worked", "special": "unique", "operations": "procedures", "unit": "formation",
    "deployed": "stationed", "drawn": "taken", "nobody": "no one", "volunteer": "offer",
    "project": "scheme", "added": "included", "promised": "guaranteed", "bonus": "reward",
    "extra": "additional", "food": "meals", "rations": "allowances", "confirmed": "verified",
    "interrogators": "questioners", "known": "realized", "being": "getting", "morale": "spirit",
    "fall": "drop", "news": "reports", "casualties": "losses", "spread": "distributed",
    "home": "residence", "towns": "municipalities",
}

CHROME_HEAD = ["Home | World | Asia | Opinion | Video", "The Harbour Courier", "Share on social media", "Advertisement"]
CHROME_FOOT = ["Related stories", "Markets open lower as traders wait for central bank news",
               "Seven quiet beaches to visit this winter", "Sign up to our morning newsletter for the day's top headlines.",
               "© 2025 The Harbour Courier. All rights reserved.", "Privacy policy | Terms of use | Contact us"]



def parse(text: str) -> tuple[str, str | None, list[str]]:
    """Headline, published date and body paragraphs of one of our article files."""
    blocks = [b.strip() for b in text.strip().split("\n\n") if b.strip()]
    title, rest = blocks[0], blocks[1:]
    published = None
    if rest and rest[0].startswith("Published "):
        published, rest = rest[0][len("Published "):], rest[1:]
    return title, published, rest


def render(title: str, published: str | None, paragraphs: list[str]) -> str:
    head = [title] + ([f"Published {published}"] if published else [])
    return "\n\n".join(head + paragraphs) + "\n"


def later(published: str | None, days: int) -> str | None:
    if not published:
        return None
    return (dt.date.fromisoformat(published) + dt.timedelta(days=days)).isoformat()


def spin(text: str) -> str:
    def swap(word: str) -> str:
        lower = word.lower()
        if lower in SYNONYMS and not word[:1].isupper():
            return SYNONYMS[lower]
        if lower in SYNONYMS and word[:1].isupper() and lower not in ("said", "says"):
            new = SYNONYMS[lower]
            return new[:1].upper() + new[1:]
        return word

    out = []
    for token in re.findall(r"[A-Za-z]+|[^A-Za-z]+", text):
        out.append(swap(token) if token.isalpha() else token)
    return "".join(out)


def light_edit(paragraphs: list[str]) -> list[str]:
    kept = paragraphs[:2] + paragraphs[3:] if len(paragraphs) > 4 else paragraphs[:]
    kept = [p.replace(" on Wednesday", "").replace(" on Friday", "").replace(" on Tuesday", "") for p in kept]
    return kept + ["This article was updated with additional reporting."]


def make(kind: str, title: str, published: str | None, paragraphs: list[str]) -> str:
    if kind == "verbatim":
        return render(title, published, paragraphs)
    if kind == "chrome":
        return "\n\n".join(CHROME_HEAD) + "\n\n" + render(title, later(published, 1), paragraphs) + "\n" + "\n\n".join(CHROME_FOOT) + "\n"
    if kind == "light":
        return render("UPDATE: " + title, later(published, 1), light_edit(paragraphs))
    if kind == "spun":
        return render(spin(title), later(published, 2), [spin(p) for p in paragraphs])
    if kind == "heavy":
        return render(spin(title), None, light_edit([spin(p) for p in paragraphs]))
    raise ValueError(kind)


def main() -> None:
    out_dir = HERE / "variants"
    out_dir.mkdir(exist_ok=True)
    for old in out_dir.glob("*.txt"):
        old.unlink()
    groups: dict[str, list[str]] = {}
    for original in sorted((HERE / "originals").glob("*.txt")):
        gid = original.name[:3]
        title, published, paragraphs = parse(original.read_text(encoding="utf-8"))
        members = [f"originals/{original.name}"]
        for kind in PLAN.get(gid, []):
            name = f"{gid}_{kind}.txt"
            (out_dir / name).write_text(make(kind, title, published, paragraphs), encoding="utf-8")
            members.append(f"variants/{name}")
        members += [f"rewritten/{p.name}" for p in sorted((HERE / "rewritten").glob(f"{gid}_*.txt"))]
        groups[gid] = members
    (HERE / "groups.json").write_text(json.dumps(groups, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
