"""Copy detection: exact, near-duplicate and rewritten copies; stories; incremental updates."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsweave.config import load_options
from newsweave.consolidate import consolidate
from newsweave.consolidate.run import copy_stories
from newsweave.consolidate.copies import CopyIndex, detect, profile, sign
from newsweave.consolidate.stories import credit_set, group
from newsweave.model import Document, DocumentRecords
from newsweave.pipeline import load_documents

from conftest import EXAMPLES, ROOT

CORPUS = ROOT / "tests" / "corpus" / "copies"
FOLDERS = ("originals", "variants", "rewritten", "independent")


def _corpus_documents(options) -> list[Document]:
    docs = [d for d in load_documents([str(CORPUS / f) for f in FOLDERS], options) if isinstance(d, Document)]
    assert len(docs) == sum(len(list((CORPUS / f).glob("*.txt"))) for f in FOLDERS)
    return docs


def _name(doc: Document) -> str:
    return "/".join(Path(doc.source).parts[-2:])


def _detect(docs: list[Document]):
    stories, copies, _pairs = copy_stories(docs, load_options())  # the store's own path (run.copy_stories)
    return stories, copies


def _story_pairs(stories, name_of) -> set[frozenset]:
    members: dict[str, list[str]] = {}
    for s in stories:
        members.setdefault(s.story, []).append(name_of[s.doc])
    return {frozenset(p) for ms in members.values() for p in itertools.combinations(ms, 2)}


def test_corpus_has_ten_copy_groups_and_thirty_independent_articles():
    groups = json.loads((CORPUS / "groups.json").read_text(encoding="utf-8"))
    assert len([g for g in groups.values() if len(g) > 1]) >= 10
    assert len(list((CORPUS / "independent").glob("*.txt"))) >= 30
    kinds = {Path(m).stem.split("_")[-1] for ms in groups.values() for m in ms if m.startswith("variants/")}
    assert {"verbatim", "chrome", "light", "spun", "heavy"} <= kinds


def test_copy_detection_pair_precision_and_recall_on_our_corpus(options):
    docs = _corpus_documents(options)
    name_of = {d.id: _name(d) for d in docs}
    stories, copies = _detect(docs)
    groups = json.loads((CORPUS / "groups.json").read_text(encoding="utf-8"))
    gold = {frozenset(p) for ms in groups.values() for p in itertools.combinations(ms, 2)}
    found = _story_pairs(stories, name_of)
    tp = len(found & gold)
    precision = tp / len(found) if found else 1.0
    recall = tp / len(gold)
    assert precision >= 0.98, sorted(tuple(sorted(p)) for p in found - gold)
    assert recall >= 0.98, sorted(tuple(sorted(p)) for p in gold - found)
    # the contract's copy records point every other member of a story at one original
    original_of = {name_of[c.doc]: name_of[c.of] for c in copies}
    for members in groups.values():
        originals = {original_of.get(m, m) for m in members}
        assert len(originals) == 1 and originals <= set(members)


def _doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", title=None, author=None, site=None,
                    published=published, language="en", text=text)


BASE = ("Officials in Lisbon said on Monday that the harbour authority had ordered 42 new cranes from a "
        "company in Rotterdam, the largest order in its history. The cranes will arrive in 2026 and replace "
        "machines bought in 1998. \"This is about keeping the port open for the next thirty years,\" said the "
        "authority's director, Ana Ribeiro. Dock workers' unions welcomed the purchase but asked for training. "
        "The government in Lisbon will pay a third of the cost, about 90 million euros, from a European fund.")
SPUN = ("Authorities in Lisbon stated on Monday that the harbour administration had requested 42 fresh cranes from a "
        "firm in Rotterdam, the biggest purchase in its past. The cranes will come in 2026 and substitute "
        "equipment purchased in 1998. \"This is about keeping the port open for the next thirty years,\" stated the "
        "administration's head, Ana Ribeiro. Dock labourers' unions applauded the acquisition but requested coaching. "
        "The administration in Lisbon will fund a third of the price, approximately 90 million euros, from a European fund.")
OTHER = ("Farmers near Lyon say a late frost in April destroyed much of this year's apricot harvest. Prices at "
         "the Rungis market have doubled, traders said. The agriculture minister, Paul Girard, promised aid within "
         "weeks. \"We have never seen the blossom burn like that,\" one grower from Ampuis said. Insurers expect "
         "claims above 200 million euros, according to the French Insurance Federation.")


@pytest.mark.parametrize("text_b, method", [
    (BASE, "exact"),
    ("  " + BASE.upper().replace(". ", ".\n\n") + "  ", "exact"),  # case, spacing and line breaks aside
    ("Home | World | Business\nShare this story\n" + BASE + "\nRelated: Ten gardens to visit\n© 2025 The Example Post", "near-duplicate"),
    (BASE.rsplit(". ", 1)[0] + ". This story was updated on Tuesday.", "near-duplicate"),
    (SPUN, "rewrite"),
    (OTHER, None),
])
def test_copy_methods(text_b, method):
    stories, copies = _detect([_doc("doc_a", BASE, "2025-01-01"), _doc("doc_b", text_b, "2025-01-02")])
    if method is None:
        assert copies == []
        assert len({s.story for s in stories}) == 2
    else:
        assert [(c.doc, c.of, c.method) for c in copies] == [("doc_b", "doc_a", method)]
        assert 0 < copies[0].similarity <= 1


@pytest.mark.parametrize("dates, lengths, original", [
    (("2025-01-03", "2025-01-01", "2025-01-02"), (100, 100, 100), "doc_b"),  # earliest published
    ((None, "2025-01-05", None), (100, 100, 300), "doc_b"),                  # a dated version before undated ones
    ((None, None, None), (100, 300, 200), "doc_b"),                          # then the fullest
])
def test_the_original_is_the_earliest_then_the_fullest(dates, lengths, original):
    ids = ["doc_a", "doc_b", "doc_c"]
    sigs = {}
    for i, d, n in zip(ids, dates, lengths):
        s = sign(i, BASE, d)
        sigs[i] = type(s)(**{**{f: getattr(s, f) for f in s.__slots__}, "length": n})
    pairs = detect(sigs.values(), CopyIndex(), lambda _d: profile(BASE))
    stories, copies = group(sigs, pairs)
    assert {s.doc for s in stories if s.role == "original"} == {original}
    assert {c.of for c in copies} == {original} and len(copies) == 2


def test_a_story_never_joins_documents_crediting_different_agencies():
    """An AP story, a rewrite of it, and an independent Reuters report the rewrite also resembles: the rewrite
    joins the AP story (the stronger pair), and the Reuters report stays apart although its pair with the
    rewrite is a copy pair on its own."""
    from newsweave.consolidate.records import CopyPair

    sigs = {i: sign(i, BASE, None) for i in ("doc_a", "doc_b", "doc_c")}
    pairs = [CopyPair("doc_a", "doc_b", 0.8, "rewrite"), CopyPair("doc_b", "doc_c", 0.5, "fact-sequence")]
    credits = {"doc_a": frozenset({"example wire"}), "doc_c": frozenset({"other agency"})}
    stories, copies = group(sigs, pairs, credits)
    story = {s.doc: s.story for s in stories}
    assert story["doc_a"] == story["doc_b"] != story["doc_c"]
    assert [(c.doc, c.of) for c in copies] == [("doc_b", "doc_a")]
    # without credits, or with one agency in common, the three are one story
    assert len({s.story for s in group(sigs, pairs)[0]}) == 1
    shared = {**credits, "doc_c": frozenset({"other agency", "example wire"})}
    assert len({s.story for s in group(sigs, pairs, shared)[0]}) == 1


def _store_with(store, docs):
    for d in docs:
        store.add_document_records(DocumentRecords(document=d))


def test_incremental_run_equals_a_full_run(store, options):
    docs = _corpus_documents(options)
    half = len(docs) // 2
    _store_with(store, docs[:half])
    first = consolidate(store, options)
    assert first["signed"] == half
    _store_with(store, docs[half:])
    second = consolidate(store, options)
    assert second["signed"] == len(docs) - half  # only the new documents are signed and queried
    incremental = sorted((s.doc, s.role) for s in store.records("stories"))
    again = consolidate(store, options, full=True)
    assert again["signed"] == len(docs)
    assert sorted((s.doc, s.role) for s in store.records("stories")) == incremental
    assert consolidate(store, options)["signed"] == 0


def test_example_corpus_repost_and_spun_rewrite_form_one_story(store, options):
    docs = [d for d in load_documents([str(EXAMPLES)], options) if isinstance(d, Document)]
    _store_with(store, docs)
    consolidate(store, options)
    name_of = {d.id: Path(d.source).name for d in docs}
    members: dict[str, set[str]] = {}
    for s in store.records("stories"):
        members.setdefault(s.story, set()).add(name_of[s.doc])
    assert {"01_wire_troops.txt", "02_repost_troops.txt", "03_spun_troops.txt"} in members.values()
    assert sum(len(m) > 1 for m in members.values()) == 1
    methods = {c.method for c in store.records("copies")}
    assert "rewrite" in methods


# a long wire-style story, a condensed copy (three of its sentences, word for word), a rewrite that keeps
# its facts in order in other words, and an independent report of the same event (own selection and order)
LONG = [
    "A road bridge over the Tagus river near Santarem partly collapsed early on Thursday, the civil protection agency said.",
    "Two lorries fell into the water and 3 drivers were taken to hospital in Lisbon.",
    "The agency's commander, Rui Almeida, said divers had searched the river until midnight.",
    "The bridge, opened in 1954, carried about 11,000 vehicles a day between Santarem and Almeirim.",
    "Engineers from the LNEC laboratory had inspected it in March and found cracks in two pillars.",
    "Infrastructure minister Sofia Marques told parliament that repairs had been planned for September.",
    "\"We were told the bridge was safe until the autumn,\" Marques said.",
    "The opposition Chega party called for her resignation within hours.",
    "Traffic was diverted to the A13 motorway, adding 40 minutes to the journey.",
    "Local firms in Almeirim said deliveries of tomatoes to the Sugal factory had stopped.",
    "Prime Minister Luis Montenegro visited the site on Thursday afternoon.",
    "He promised a temporary crossing built by army engineers within 6 weeks.",
    "The European Commission said Portugal could ask for help from the EU Solidarity Fund.",
    "Police opened an inquiry into the inspection reports of 2021 and 2023.",
    "Insurers estimated the damage to the lorries and their loads at 2 million euros.",
    "The river authority said the water level would stay high until Monday.",
]
CONDENSED = " ".join([LONG[0], LONG[3], LONG[13]])
REWRITE = " ".join([
    "Part of a road bridge across the Tagus close to Santarem gave way on Thursday morning, according to civil protection.",
    "Two trucks plunged into the river and 3 of their drivers were rushed to hospital in Lisbon.",
    "Commander Rui Almeida said his divers had kept searching the river until midnight.",
    "Built in 1954, the bridge took some 11,000 vehicles a day from Santarem to Almeirim.",
    "LNEC engineers had found cracks in two pillars when they inspected it in March.",
    "Sofia Marques, the infrastructure minister, said in parliament that repairs had been planned for September.",
    "Chega, the opposition party, demanded that she resign.",
    "Drivers now use the A13 motorway, 40 minutes longer.",
    "Luis Montenegro, the prime minister, went to the site on Thursday afternoon.",
    "Army engineers would build a temporary crossing within 6 weeks, he said.",
])
INDEPENDENT = " ".join([
    "Prime Minister Luis Montenegro on Thursday pledged a temporary army crossing after the collapse near Santarem.",
    "Residents of Almeirim described hearing a loud crack before dawn.",
    "Sofia Marques, who oversees infrastructure, faced calls from Chega to step down.",
    "Our reporter at the scene saw cranes lifting a lorry out of the Tagus.",
    "Shopkeepers said the detour via the A13 would hurt trade for months.",
    "Rui Almeida of the civil protection agency said nobody was missing.",
    "The bridge dates from 1954 and was inspected by LNEC in March, the ministry said.",
    "Farmers fear losses as the tomato harvest begins, and the Sugal plant is idle.",
    "Brussels said Portugal could apply to the EU Solidarity Fund.",
])


def _methods(*texts: str) -> dict[frozenset, str]:
    docs = [_doc(f"doc_{i}", t, f"2025-03-0{i + 1}") for i, t in enumerate(texts)]
    sigs = {d.id: sign(d.id, d.text, d.published) for d in docs}
    cache = {d.id: profile(d.text, d.credit, d.outlet.name) for d in docs}
    return {frozenset((p.a, p.b)): p.method for p in detect(sigs.values(), CopyIndex(), cache.__getitem__)}


def test_a_condensed_copy_is_proposed_by_containment_and_verified_by_its_sentences():
    assert _methods(" ".join(LONG), CONDENSED) == {frozenset(("doc_0", "doc_1")): "condensed"}
    # the same when the condensed copy came first (the long original is then the newer document)
    assert _methods(CONDENSED, " ".join(LONG)) == {frozenset(("doc_0", "doc_1")): "condensed"}


def test_a_rewrite_with_the_facts_in_order_joins_and_an_independent_report_does_not():
    methods = _methods(" ".join(LONG), REWRITE, INDEPENDENT)
    assert methods == {frozenset(("doc_0", "doc_1")): "fact-sequence"}


def test_credits_join_a_loose_rewrite_of_one_origin_and_keep_two_agencies_apart():
    from newsweave.consolidate.copies import fact_match

    long_p = profile(" ".join(LONG), "Example Wire")
    # a loose rewrite sharing the facts but hardly any wording: joined only through the shared credit
    loose = fact_match(long_p, profile(INDEPENDENT, "Example Wire"))
    plain = fact_match(profile(" ".join(LONG)), profile(INDEPENDENT))
    assert plain is not None and not plain.is_copy
    assert loose.credited and loose.is_copy
    # two documents crediting different agencies are never joined by the fact channel
    other = fact_match(long_p, profile(REWRITE, "Another Agency"))
    assert other.conflicting and not other.is_copy
    # a document crediting the other's outlet is credited to it
    by_outlet = fact_match(profile(" ".join(LONG), None, "Example Wire"), profile(REWRITE, "Example Wire"))
    assert by_outlet.credited and by_outlet.is_copy


def test_a_portal_carrying_a_broadcasters_own_report_keeps_it_apart_from_an_agency_story(options):
    """An agency story and its uncredited rewrite, a broadcaster's own report of the same event (carried by
    a portal that links back to it) and its uncredited condensed copy: the rewrite resembling the
    broadcaster's report does not join the two stories, since the report credits the broadcaster."""
    from newsweave.consolidate.records import CopyPair
    from newsweave.documents import build_document
    from newsweave.model import RawArticle

    body = ("The port authority reopened the northern quay on Tuesday after a week of repairs, officials said. "
            "Ferry operators expect crossings to resume in full by the weekend.")

    def stories(report: str) -> int:
        texts = [f"OSLO (AP) — {body}", body, report, body]  # agency story, rewrite, report, condensed copy
        docs = [build_document(RawArticle(source=f"{i}.txt", text=t), options) for i, t in enumerate(texts)]
        sigs = {f"doc_{i}": sign(f"doc_{i}", d.text, None) for i, d in enumerate(docs)}
        pairs = [CopyPair("doc_0", "doc_1", 0.7, "rewrite"), CopyPair("doc_2", "doc_3", 0.77, "condensed"),
                 CopyPair("doc_1", "doc_2", 0.28, "fact-sequence")]
        credits = {f"doc_{i}": credit_set(d.credit) for i, d in enumerate(docs)}
        return len({s.story for s in group(sigs, pairs, credits)[0]})

    assert stories(f"{body}\n\nRead more on RFI English") == 2
    # the same report with no link back to its broadcaster joins the agency story through the rewrite
    assert stories(f"{body}\n\nMore ferry news") == 1


REAL_DEV = ROOT / "tests" / "corpus" / "real" / "dev"


def test_real_dev_same_story_groups_join_and_independent_reports_stay_apart(options):
    """The real corpus's dev split (the split thresholds were calibrated on; blind is reported apart)."""
    docs = [d for d in load_documents([str(REAL_DEV)], options) if isinstance(d, Document)]
    name_of = {d.id: Path(d.source).name for d in docs}
    stories, _copies = _detect(docs)
    found = _story_pairs(stories, name_of)
    want, apart = set(), set()
    manifest = json.loads((REAL_DEV.parent / "manifest.json").read_text(encoding="utf-8"))
    for t in manifest["texts"]:
        if t["split"] == "dev":
            want |= {frozenset((t["slug"] + ".txt", o + ".txt")) for o in t["same_story_as"]}
            apart |= {frozenset((t["slug"] + ".txt", o + ".txt")) for o in t["independent_of"]}
    assert len(want) >= 8 and len(apart) >= 10
    assert not found & apart, sorted(tuple(sorted(p)) for p in found & apart)
    tp = len(found & want)
    assert tp / len(found) >= 0.95, sorted(tuple(sorted(p)) for p in found - want)
    # recall 13/15 = 0.867 since the seventh rotation brought a loose rewrite that adds its own quotes and
    # figures (r11_03), missed by every channel, into dev; the floor is issue 14's line, 0.02 below that figure
    assert tp / len(want) >= 0.85, sorted(tuple(sorted(p)) for p in want - found)


def test_own_wording_leaves_out_names_titles_and_quotes():
    """Two independent reports of one announcement share its names, titles and quoted words, not the
    writers' own wording; a rewrite keeps some of that wording."""
    from newsweave.consolidate.factseq import fact_match

    first = ('Foreign Minister Alma Verdanne of Examplia said on Friday that talks with Otherland would resume. '
             '"We will return to the table in good faith next week," Verdanne told reporters in Portvale. '
             'Negotiators from both capitals met twice in March and April without a deal on fishing quotas. '
             'Otherland Deputy Minister Karel Hosk welcomed the Examplia Foreign Ministry statement.')
    independent = ('Examplia will send negotiators back to Portvale, Foreign Minister Alma Verdanne announced. '
                   '"We will return to the table in good faith next week," Verdanne said at a briefing. '
                   'Earlier rounds in March and April had stalled over fishing quotas, officials in both countries say. '
                   'Karel Hosk, Otherland Deputy Minister, praised the statement from the Examplia Foreign Ministry.')
    rewrite = ('On Friday Foreign Minister Alma Verdanne of Examplia said talks with Otherland would resume soon. '
               '"We will return to the table in good faith next week," Verdanne told reporters in Portvale. '
               'Negotiators from the two capitals met twice in March and April with no deal on fishing quotas. '
               'Otherland Deputy Minister Karel Hosk welcomed the statement by the Examplia Foreign Ministry.')
    apart = fact_match(profile(first), profile(independent))
    copied = fact_match(profile(first), profile(rewrite))
    assert apart.own < 0.05 < apart.wording
    assert copied.own > 0.3


CABLE_CAR = ("A cable car on Mount Ardel in Velonia fell 40 metres on Sunday, killing 9 people and injuring 14, "
             "the Civil Defence Agency said. The cabin, which carries up to 30 passengers, struck a pylon near "
             "the lower station at Brenzi shortly after 3 pm, spokeswoman Tara Olund told reporters. "
             "Prime Minister Ivo Castellan declared 3 days of mourning and ordered all 12 cable cars in the country "
             "halted. Brenzi Mayor Lena Fohr said 6 of the injured were in critical condition.")
# another outlet's own report of the same accident: the same names and figures in nearly the same order
# (and the 3-grams around them: "9 people were", "spokeswoman Tara Olund"), none of the first's wording
CABLE_CAR_OWN_REPORT = (
    "9 people were killed and 14 injured on Mount Ardel when a gondola in Velonia plunged 40 metres "
    "on Sunday, the Civil Defence Agency said. Built for 30 riders, it swung loose and slammed into a "
    "steel tower just above the Brenzi terminal around 3 pm, spokeswoman Tara Olund said. "
    "Castellan, the prime minister, announced 3 days of national grief; the 12 cable cars Velonia operates "
    "are grounded.")
# a loose rewrite of the first: reworded, but some of its phrasing kept ("a pylon near the lower station")
CABLE_CAR_REWRITE = (
    "On Mount Ardel in Velonia a cable car dropped 40 metres on Sunday, leaving 9 people dead and 14 hurt, "
    "according to the Civil Defence Agency. The cabin, which can carry up to 30 passengers, hit a pylon near "
    "the lower station in Brenzi just after 3 pm, spokeswoman Tara Olund said. "
    "Prime Minister Ivo Castellan declared 3 days of mourning and had all 12 cable cars nationwide stopped. "
    "Brenzi Mayor Lena Fohr said 6 of the injured remained in critical condition.")


def test_independent_reports_sharing_facts_but_no_wording_stay_apart_and_a_loose_rewrite_joins():
    """Issue 14: an uncredited pair needs shared text besides shared facts. The independent report shares
    the facts and, through them, the writer's-wording 3-grams that hold a name or a figure (OWN above its
    bar); without those it shares no wording, and is not a copy."""
    from newsweave.consolidate.factseq import OWN_WORDING_MIN, TEXT_MIN, fact_match

    apart = fact_match(profile(CABLE_CAR), profile(CABLE_CAR_OWN_REPORT))
    assert apart.facts > 0.8 and apart.own >= OWN_WORDING_MIN  # what the channel accepted before
    assert apart.text < TEXT_MIN and not apart.is_copy
    copied = fact_match(profile(CABLE_CAR), profile(CABLE_CAR_REWRITE))
    assert copied.text >= TEXT_MIN and copied.is_copy
    # the same through detection (the rewrite is found by sentence alignment first): the rewrite joins,
    # the independent report joins neither
    assert set(_methods(CABLE_CAR, CABLE_CAR_OWN_REPORT, CABLE_CAR_REWRITE)) == {frozenset(("doc_0", "doc_2"))}
    # a credit both name does not join the independent report either: the credited bar needs no wording
    # of names and figures, but some shared text (copy23: reports that each credit one agency are not one story)
    credited = fact_match(profile(CABLE_CAR, "Example Wire"), profile(CABLE_CAR_OWN_REPORT, "Example Wire"))
    assert credited.credited and not credited.is_copy


def test_signing_then_profiling_a_text_reads_it_as_each_alone_would():
    from newsweave.consolidate import copies

    first = ("The mayor of Northfield said on Monday that 42 bridges will close. \"We have no choice left at all,\" "
             "Anna Berg told reporters. The council in Eastbrook disagreed with the plan for 3 months.")
    second = "Another text entirely, about Westport and 7 ferries that sail at dawn from the Harbour Office."
    copies._read.cache_clear()
    alone = [copies.profile(first, "Wire Agency", "Town Paper"), copies.sign("d2", second)]
    copies._read.cache_clear()
    copies.sign("d1", first)  # the reading of ``first`` is now held
    assert copies.profile(first, "Wire Agency", "Town Paper") == alone[0]
    assert copies.sign("d2", second) == alone[1]
    assert copies.profile(first, "Wire Agency", "Town Paper").sentences == tuple(copies.sentences(first))


def test_the_near_index_has_the_bands_its_threshold_gives():
    from datasketch import MinHashLSH

    from newsweave.consolidate.copies import NEAR_LSH_BANDS, NEAR_LSH_THRESHOLD, NUM_PERM, CopyIndex

    chosen = MinHashLSH(threshold=NEAR_LSH_THRESHOLD, num_perm=NUM_PERM)
    index = CopyIndex()
    assert (index.near.b, index.near.r) == (chosen.b, chosen.r)
    assert index.near.hashranges == chosen.hashranges
    assert NEAR_LSH_BANDS == (chosen.b, chosen.r)


def _lcs_table(a: list[str], b: list[str]) -> int:
    """The longest common subsequence by the textbook table, to check the fast one against."""
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


def test_fact_sequence_lcs_is_the_longest_common_subsequence():
    import random

    from newsweave.consolidate.factseq import _lcs

    assert _lcs([], ["a"]) == 0 and _lcs(["a"], []) == 0
    assert _lcs(["12", "harbour", "q:1", "12"], ["harbour", "12", "q:1", "12", "7"]) == 3
    rng = random.Random(3)
    for _ in range(400):
        facts = [f"fact{i}" for i in range(rng.randint(1, 12))]  # few facts: many repeats
        a = [rng.choice(facts) for _ in range(rng.randint(0, 40))]
        b = [rng.choice(facts) for _ in range(rng.randint(0, 90))]
        assert _lcs(a, b) == _lcs_table(a, b)
        distinct = rng.sample(facts * 3, k=min(len(facts), rng.randint(1, 12)))  # each fact once, as in a profile
        distinct = list(dict.fromkeys(distinct))
        assert _lcs(a, distinct) == _lcs_table(a, distinct) and _lcs(distinct, a) == _lcs_table(distinct, a)


def _best_matches_by_every_pair(a, b) -> list[tuple[int, int]]:
    """Sentence alignment by intersecting every pair of sentences, to check the indexed one against."""
    from newsweave.consolidate.copy_thresholds import SENTENCE_MIN_OVERLAP

    matches, last = [], -1
    for i, sa in enumerate(a):
        best, ties = SENTENCE_MIN_OVERLAP, []
        for j, sb in enumerate(b):
            overlap = len(sa.anchors & sb.anchors) / len(sa.anchors | sb.anchors)
            if overlap > best:
                best, ties = overlap, [j]
            elif overlap == best:
                ties.append(j)
        if ties:
            last = next((j for j in ties if j > last), ties[0])
            matches.append((i, last))
    return matches


def test_sentence_alignment_matches_the_alignment_over_every_pair():
    import random

    from newsweave.consolidate.alignment import _best_matches
    from newsweave.consolidate.copies import Sentence

    rng = random.Random(5)
    words = [f"name{i}" for i in range(14)]  # few anchors: overlaps and ties are common
    for _ in range(300):
        a = [Sentence(frozenset(rng.sample(words, rng.randint(2, 5))), "") for _ in range(rng.randint(0, 12))]
        b = [Sentence(frozenset(rng.sample(words, rng.randint(2, 5))), "") for _ in range(rng.randint(0, 20))]
        assert _best_matches(a, b) == _best_matches_by_every_pair(a, b)


def test_stop_words_are_spacys_list_read_without_importing_spacy():
    import subprocess
    import sys

    from spacy.lang.en.stop_words import STOP_WORDS

    code = ("import sys; from newsweave.consolidate.stopwords import stop_words; words = stop_words(); "
            "print('spacy' in sys.modules, len(words), 'whereas' in words, 'Kenya' in words)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", str(len(STOP_WORDS)), "True", "False"]


def test_forked_map_gives_the_list_comprehension_in_order_from_other_processes(monkeypatch):
    import os

    from newsweave.consolidate import parallel

    monkeypatch.setattr(parallel, "MIN_ITEMS", 0)
    items = list(range(101))
    assert parallel.map_forked(lambda x: x * x, items, 3) == [x * x for x in items]
    pids = set(parallel.map_forked(lambda _x: os.getpid(), items, 2))
    assert pids and os.getpid() not in pids
    assert parallel.map_forked(lambda _x: os.getpid(), items, 1) == [os.getpid()] * len(items)


def test_containment_candidates_judged_in_two_processes_give_the_pairs_of_one(options, monkeypatch):
    from newsweave.consolidate import parallel

    monkeypatch.setattr(parallel, "MIN_ITEMS", 0)  # fork however few the candidates
    docs = _corpus_documents(options)
    docs += [d for d in load_documents([str(REAL_DEV)], options) if isinstance(d, Document)]
    sigs = [sign(d.id, d.text, d.published) for d in docs]
    cache = {d.id: profile(d.text, d.credit, d.outlet.name) for d in docs}
    one = detect(sigs, CopyIndex(), cache.__getitem__, processes=1)
    two = detect(sigs, CopyIndex(), cache.__getitem__, processes=2)
    assert two == one
    assert "fact-sequence" in {p.method for p in one}  # the channel the candidates are judged for


def test_rewrite_candidates_aligned_ahead_in_two_processes_give_the_pairs_of_one(options, monkeypatch):
    import os

    from newsweave.consolidate import copies, parallel

    monkeypatch.setattr(parallel, "MIN_ITEMS", 0)
    monkeypatch.setattr(copies, "MIN_ALIGNMENTS_APART", 0)  # align ahead however few the candidates
    docs = _corpus_documents(options)
    docs += [d for d in load_documents([str(REAL_DEV)], options) if isinstance(d, Document)]
    sigs = [sign(d.id, d.text, d.published) for d in docs]
    cache = {d.id: profile(d.text, d.credit, d.outlet.name) for d in docs}
    one = detect(sigs, CopyIndex(), cache.__getitem__, processes=1)
    here, parent = [], os.getpid()
    real_align = copies.align

    def counted(a, b):
        if os.getpid() == parent:
            here.append(1)
        return real_align(a, b)

    monkeypatch.setattr(copies, "align", counted)
    two = detect(sigs, CopyIndex(), cache.__getitem__, processes=2)
    assert two == one
    assert "rewrite" in {p.method for p in one}  # the channel the alignments decide
    assert not here  # every alignment the in-order pass asked for had been computed ahead, elsewhere


def test_consolidation_in_two_processes_stores_what_one_stores(store, options, monkeypatch):
    from newsweave.consolidate import parallel, run

    monkeypatch.setattr(parallel, "MIN_ITEMS", 0)
    monkeypatch.setattr(run, "MIN_DOCUMENTS_TO_SIGN_APART", 0)
    _store_with(store, _corpus_documents(options))
    tables = ("signatures", "copy_pairs", "stories", "copies")
    consolidate(store, options, processes=1)
    one = {t: sorted(map(repr, store.records(t))) for t in tables}
    consolidate(store, options, full=True, processes=2)
    two = {t: sorted(map(repr, store.records(t))) for t in tables}
    assert two == one and one["copies"]


# one election told three times: a wire story, a content farm's rewrite of it (its facts in order, its own
# words), and another agency's report of the same count, relayed by a national agency whose name a
# syndicating site writes in the dateline's parenthesis: the same names, figures and days in much the same
# order, so facts alone rate it a rewrite as well
WIRE_STORY = (
    "NOVA VILA, Lusitania (AP) — President Tomas Ferreira conceded defeat on Friday after his Civic Union "
    "party fell to third place in the general election, ending 41 years in power since independence in 1984.\n\n"
    "The opposition Green Alliance led the partial count with 38 of the 70 seats, making its leader, Ana Duarte, "
    "the favourite to become president.\n\n"
    "Ferreira said he had phoned Duarte on Thursday night to congratulate her.\n\n"
    "Final results from the electoral commission were expected on Saturday, and 1.2 million people had registered to vote.")
FARM_REWRITE = (
    "Lusitania's President Tomas Ferreira conceded defeat on Friday as his Civic Union slid into third "
    "place, ending 41 years in power since independence in 1984. Ana Duarte's "
    "Green Alliance was ahead in early returns with 38 of 70 seats, putting her on course for the presidency. "
    "Ferreira explained that he rang Duarte on Thursday night to offer his congratulations. The electoral "
    "commission should publish final figures on Saturday; 1.2 million citizens were on the rolls.")
RELAYED_REPORT = (
    "date 2025-05-03 Nova Vila, (APP - Harbour Daily / Fjord News - 3rd May, 2025) Lusitania's president "
    "Tomas Ferreira accepted on Friday that his Civic Union, in power since independence in 1984, had lost "
    "its majority, dropping to third place after 41 years at the helm.\n\n"
    "Tallies compiled from polling stations gave the Green Alliance 38 of the 70 seats, and its leader Ana "
    "Duarte, a former judge, is set to take over the presidency.\n\n"
    "Ferreira told a news conference he had spoken with Duarte on Thursday night.\n\n"
    "The electoral commission is due to confirm the count on Saturday; 1.2 million voters had enrolled, in a "
    "country of 3 million.")


def test_a_relayed_agency_report_of_the_same_election_stays_apart_from_a_wire_story_and_its_rewrite(options):
    from newsweave.consolidate.copies import fact_match
    from newsweave.documents import build_document
    from newsweave.model import RawArticle

    docs = [build_document(RawArticle(source=f"{name}.txt", text=text), options)
            for name, text in (("wire", WIRE_STORY), ("farm", FARM_REWRITE), ("relay", RELAYED_REPORT))]
    wire, farm, relay = docs
    # the relaying site's dateline credits the national agency, read where it is written
    assert (wire.credit, farm.credit, relay.credit) == ("Associated Press", None, "Associated Press of Pakistan")
    # by facts and wording alone the relayed report is as much a rewrite of the wire story as the farm's is:
    # only the two credits keep it apart
    uncredited = fact_match(profile(wire.text), profile(relay.text))
    assert uncredited is not None and uncredited.is_copy
    credited = fact_match(profile(wire.text, wire.credit), profile(relay.text, relay.credit))
    assert credited.conflicting and not credited.is_copy
    stories, _copies = _detect(docs)
    story_of = {s.doc: s.story for s in stories}
    assert story_of[wire.id] == story_of[farm.id]
    assert story_of[relay.id] not in (story_of[wire.id], story_of[farm.id])


# -- issue 14, copy31: a short run of shared facts is every report of one event, not a sequence ---------------
# Our own words: a broadcaster's brief of a warehouse fire, a newspaper's own longer report whose lede follows the
# same first statement (shared lede wording, 5 facts in one order), and a rewrite of the brief (every fact in order).
FIRE_REPOST = ("At least 30 people were hurt when a fire swept through a furniture warehouse in Dornbridge late on Friday, "
          "the broadcaster Valley One reported, citing the district governor.\n\n"
          "Footage shared on social media showed flames tearing through the roof of the three-storey building as crews "
          "from Dornbridge and Halvik tried to hold the blaze back.\n\n"
          "Governor Anselm Paczek said the fire began in a storage room on the ground floor. Drivers were loading trucks "
          "when the smoke spread, he said. Medics from Halvik treated 11 of the injured at the scene.")
FIRE_OWN_REPORT = ("At least 30 people were hurt when a fire swept through a warehouse in Dornbridge on Friday night.\n\n"
          "Anselm Paczek, the district governor, declared two days of mourning on Saturday and promised an inquiry whose "
          "first findings would be published within a week.\n\n"
          "Footage shared on social media showed flames tearing through the roof of the warehouse while neighbours filmed "
          "from the street. Fire engines struggled to reach the site along a narrow lane.\n\n"
          "Relatives waited outside the Saint Brigid clinic through the night, and several said they had not been told "
          "where the injured had been taken.\n\n"
          "Building codes in the region are often ignored, inspectors have warned for years, and storage sites on the edge "
          "of towns are rarely checked.\n\n"
          "In March 2019 a blaze at a textile depot in Marrow Creek killed 12 workers, prompting promises of reform that "
          "were never carried out.")
FIRE_REWRITE = ("Some 30 people were injured as a blaze ripped through a furniture depot in Dornbridge late on Friday, the "
          "broadcaster Valley One said, quoting the district governor.\n\n"
          "Videos posted on social media showed fire tearing through the roof of the three-storey building as teams from "
          "Dornbridge and Halvik fought to hold the flames back.\n\n"
          "Governor Anselm Paczek said the blaze started in a storage room on the ground floor. Drivers were loading lorries "
          "as the smoke spread, according to Paczek. Paramedics from Halvik treated 11 of the wounded on site.")


@pytest.mark.parametrize("other, credit, joined", [
    (FIRE_OWN_REPORT, None, False),           # shared lede wording, a run of 5 facts: apart
    (FIRE_REWRITE, None, True),               # the brief's facts in its order (a run of 10): a rewrite
    (FIRE_OWN_REPORT, "Valley One", True),    # both credit one origin: its shared wording joins them
])
def test_an_uncredited_pair_needs_a_run_of_facts_longer_than_an_events_names(other, credit, joined):
    from newsweave.consolidate.factseq import FACTS_RUN_MIN_UNCREDITED, fact_match

    match = fact_match(profile(FIRE_REPOST, credit), profile(other, credit))
    assert match is not None and match.is_copy == joined
    if not joined:
        assert match.run < FACTS_RUN_MIN_UNCREDITED and not match.credited


def test_without_the_run_bar_the_own_report_would_join(monkeypatch):
    """The rule keeps the own report apart: every other bar of the channel but one lets it through. The other is
    tier 1's passage count (copy33): its shared lede wording lies in 2 passages; with that rule off too, the run
    bar alone keeps it apart."""
    from newsweave.consolidate import factseq

    match = factseq.fact_match(profile(FIRE_REPOST), profile(FIRE_OWN_REPORT))
    assert not match.is_copy
    monkeypatch.setattr(factseq, "TEXT_MIN_PASSAGES", 0)
    assert not match.is_copy
    monkeypatch.setattr(factseq, "FACTS_RUN_MIN_UNCREDITED", 0)
    assert match.is_copy
