"""A synthetic news corpus for scaling measurements: our own sentence templates about varied actors.

Articles are 600-900 words (the length of a typical wire story or analysis piece), built from
paragraphs of 3-5 sentences mixing the things newsweave extracts: actors and their officials,
direct and reported quotes, numbers with units, dates, and actions between states. Deterministic
for a given seed, so two runs measure the same work.
"""
from __future__ import annotations

import random
from pathlib import Path

STATES = [
    ("Japan", "Japanese", "Tokyo"), ("Brazil", "Brazilian", "Brasilia"), ("Kenya", "Kenyan", "Nairobi"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Poland", "Polish", "Warsaw"), ("Canada", "Canadian", "Ottawa"),
    ("Turkey", "Turkish", "Ankara"), ("Vietnam", "Vietnamese", "Hanoi"), ("Egypt", "Egyptian", "Cairo"),
    ("Mexico", "Mexican", "Mexico City"), ("North Korea", "North Korean", "Pyongyang"),
    ("Russia", "Russian", "Moscow"), ("Ukraine", "Ukrainian", "Kyiv"), ("South Korea", "South Korean", "Seoul"),
    ("China", "Chinese", "Beijing"), ("the United States", "American", "Washington"),
    ("Germany", "German", "Berlin"), ("India", "Indian", "New Delhi"), ("Nigeria", "Nigerian", "Abuja"),
    ("Finland", "Finnish", "Helsinki"),
]
# invented people: no real official is quoted saying anything
PEOPLE = [
    "Anna Kovalenko", "Rafael Duarte", "Mei Lin Zhou", "Tomasz Wrobel", "Amina Okafor", "Kenji Arakawa",
    "Lucia Ferreira", "Omar Haddad", "Ingrid Solberg", "David Mensah", "Park Ji-won", "Elena Petrova",
    "Samuel Otieno", "Hannah Becker", "Arjun Mehta", "Claire Dubois",
]
ROLES = ["foreign minister", "defence minister", "deputy prime minister", "ambassador to the United Nations",
         "spokesperson for the foreign ministry", "senior military adviser", "trade minister"]
ORGS = ["the United Nations", "NATO", "the African Union", "the World Bank", "the International Atomic Energy Agency",
        "the European Union", "the Red Cross", "the Institute for Regional Security Studies"]
THINGS = [("troops", "soldiers"), ("artillery shells", "shells"), ("drones", "drones"), ("tonnes of grain", "grain"),
          ("ballistic missiles", "missiles"), ("refugees", "people"), ("armoured vehicles", "vehicles")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
QUOTES = [
    "We will not accept any further delay", "Our position has not changed since the spring",
    "This agreement protects both of our peoples", "The evidence of these shipments is overwhelming",
    "Nobody in this region wants another war", "We expect a full answer within days",
    "Sanctions alone will not end this conflict", "The talks were difficult but useful",
]
SENTENCES = [
    "{leader}, {adj} {role}, said on {weekday} that {state} would {future} before the end of {month}.",
    "\"{quote},\" {leader} told reporters in {capital} on {weekday}.",
    "According to {org}, about {number:,} {thing} had been sent to {state2} since {month} {year}.",
    "{state} accused {state2} of violating the agreement signed in {capital2} in {year}.",
    "Officials in {capital} denied the report, calling it \"{adjquote}\".",
    "{org} estimated that between {number:,} and {number2:,} {thing} were involved, a figure {state} disputes.",
    "The two governments signed a treaty on {month} {day}, {year}, pledging mutual assistance in case of attack.",
    "{leader} warned that {state} could impose sanctions on {state2} if the shipments continued.",
    "Analysts at {org} said the move was likely to deepen the rift between {state} and {state2}.",
    "{state} has sent roughly {number:,} {thing} to the front, the {adj2} ministry said in a statement.",
    "In a phone call, {leader} and {leader2} agreed to resume talks in {capital2} next month.",
    "The parliament in {capital} ratified the deal by {votes} votes to {votes2}, {days} days after it was signed.",
    "{state2} rejected the proposal, saying it ignored the interests of smaller states in the region.",
    "\"{quote},\" said {leader2}, who leads the delegation of {state2}.",
    "Aid worth ${money} million will be delivered to {state2} over the next {days} months, {org} announced.",
    "Satellite images reviewed by {org} showed new depots near the border with {state2}.",
    "{leader} did not say whether {state} would attend the summit planned for {month}.",
    "Exports of {thing} from {state} rose by {percent} percent last year, according to customs data.",
    "It was not possible to verify the claim independently.",
    "Diplomats in {capital2} said privately that a compromise was still within reach.",
]
FUTURES = ["withdraw its observers", "send a delegation", "open a new consulate", "suspend the agreement",
           "hold joint exercises", "announce new sanctions", "release the detained sailors"]
ADJQUOTES = ["baseless", "a provocation", "pure speculation", "deeply misleading"]
TARGET_WORDS = (600, 900)


def _sentence(rng: random.Random) -> str:
    s, s2 = rng.sample(STATES, 2)
    thing = rng.choice(THINGS)
    return rng.choice(SENTENCES).format(
        leader=rng.choice(PEOPLE), leader2=rng.choice(PEOPLE), role=rng.choice(ROLES), adj=s[1], adj2=s[1],
        state=s[0], state2=s2[0], capital=s[2], capital2=s2[2], org=rng.choice(ORGS), weekday=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS), year=rng.randint(2019, 2026), day=rng.randint(1, 28), quote=rng.choice(QUOTES),
        adjquote=rng.choice(ADJQUOTES), future=rng.choice(FUTURES), number=rng.randrange(500, 20000, 50),
        number2=rng.randrange(20000, 60000, 500), thing=thing[0], votes=rng.randint(300, 420),
        votes2=rng.randint(0, 40), days=rng.randint(2, 30), money=rng.randint(5, 900), percent=rng.randint(2, 40),
    )


def article(rng: random.Random) -> str:
    """One article: a headline line, then paragraphs until a length drawn from TARGET_WORDS."""
    target = rng.randint(*TARGET_WORDS)
    s, s2 = rng.sample(STATES, 2)
    title = f"{s[0]} and {s2[0]} trade accusations over {rng.choice(THINGS)[0]}"
    paragraphs, words = [], 0
    while words < target:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(3, 5)))
        paragraphs.append(para[0].upper() + para[1:])
        words += len(para.split())
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate_corpus(folder: str | Path, n_docs: int, seed: int = 7) -> list[Path]:
    """Write ``n_docs`` articles as .txt files under ``folder``; returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(n_docs):
        p = folder / f"synthetic-{i:05d}.txt"
        p.write_text(article(rng), encoding="utf-8")
        paths.append(p)
    return paths


if __name__ == "__main__":
    import sys

    print(article(random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 7)))
