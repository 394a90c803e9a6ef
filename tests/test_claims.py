"""Claims: quote scanning, reported speech, speakers, hedging, the CLI, and the quality gate on our corpus."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsweave.extract.claims import extract_claims, find_quotes, paragraphs
from newsweave.extract.entities import EntityResult
from newsweave.extract.modality import HEDGES_FILE, hedge_cue, hedges
from newsweave.model import Claim, Document, DocumentRecords, Entity, Mention
from newsweave.tables import read_table

from conftest import ROOT, shared_path
from gold_scoring import greedy_match, norm, prf

CORPUS = ROOT / "tests" / "corpus" / "claims"
# pinned minimums; raising one is an explicit act (measured F1 0.97 on our corpus, 1.00 on the seeds)
CORPUS_MIN_F1 = 0.97  # measured 0.993 (2026-11-24), floor 0.02 below
SEEDS_MIN_F1 = 0.85
SEEDS_MIN_PRECISION = 0.90


def _doc(text: str) -> Document:
    return Document(id=Document.make_id("t.txt", text), source="t.txt", title=None, author=None, site=None,
                    published=None, language="en", text=text)


def _entities(text: str, people: dict[str, list[str]] | None = None, countries: dict[str, list[str]] | None = None):
    """A hand-built EntityResult: every occurrence of each listed surface form is a mention."""
    ents, mentions = [], []
    for kind, table in (("person", people or {}), ("country", countries or {})):
        for name, forms in table.items():
            eid = "e_" + re.sub(r"\W", "_", name.lower())
            ents.append(Entity(id=eid, name=name, kind=kind))
            for form in forms:
                for m in re.finditer(re.escape(form), text):
                    mentions.append(Mention(doc="d", entity=eid, start=m.start(), end=m.end(), text=form))
    return EntityResult(entities=tuple(ents), mentions=tuple(sorted(mentions, key=lambda m: m.start)))


def _claims(nlp, options, text, entities=None):
    return extract_claims(_doc(text), nlp(text), entities or EntityResult(), options)


# -- quotes and layout, no model ---------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("He said \u201cwe are ready\u201d today.", ["we are ready"]),
    ('He said "we are ready" today.', ["we are ready"]),
    ("\u2018We are ready,\u2019 she said. The North\u2019s army isn\u2019t.", ["We are ready"]),
    ("The countries\u2019 troops left. \u2018Go home\u2019 was the call.", ["Go home"]),
    ('"First part," she said, "second part."', ["First part", "second part."]),
    ("\u201cNo quote ends here.\nThe next line is plain.", ["No quote ends here."]),
    # a straight mark right after a colon opens; a closing mark written at a quote's start opens too
    ('The note read:"Back on Monday." Then nothing.', ["Back on Monday."]),
    ("The note read \u201dBack on Monday,\u201d she said.", ["Back on Monday"]),
])
def test_find_quotes(text, expected):
    quotes = find_quotes(text, paragraphs(text))
    assert [" / ".join(text[s:e] for s, e in q.segments) for q in quotes] == expected


def test_a_quote_left_open_continues_in_the_next_paragraph():
    text = "\u201cThe first paragraph of the quote.\n\n\u201cThe second paragraph ends it,\u201d she said.\n"
    (quote,) = find_quotes(text, paragraphs(text))
    assert [text[s:e] for s, e in quote.segments] == ["The first paragraph of the quote.", "The second paragraph ends it"]


@pytest.mark.parametrize("text, headings", [
    ("Troops head west\n\nThe army moved on Monday.\n", [True, False]),
    ("The army moved.\n'We are ready', says general\n", [False, True]),
    ("He said:\n\u201cWe are ready.\u201d\n", [False, False]),
])
def test_headings_are_lines_without_final_punctuation(text, headings):
    assert [p.heading for p in paragraphs(text)] == headings


# -- hedging -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, cue", [
    ("The troops could arrive next week.", "could"),
    ("If talks fail, the army will move.", "If"),
    ("The deal is expected to be signed in June.", "is expected to"),
    ("The shells were reportedly made in 1980.", "reportedly"),
    ("A second wave is likely.", "likely"),
    ("The summit took place in May.", None),
    ("The minister appeared at the summit.", None),
    ("The army will not stand by.", None),
])
def test_hedge_cue(nlp, text, cue):
    assert hedge_cue(nlp(text)) == cue


def test_hedges_report_kind_and_offsets(nlp):
    text = "If talks fail, troops could reportedly move."
    found = hedges(nlp(text))
    assert [(h.kind, text[h.start:h.end]) for h in found] == [("conditional", "If"), ("modal", "could"),
                                                               ("adverb", "reportedly")]


def test_data_files_have_a_source_column():
    data = ROOT / "src" / "newsweave" / "data" / "claims"
    for path in (HEDGES_FILE, data / "cues.tsv", data / "person_nouns.tsv"):
        rows = read_table(path)
        assert rows and all(len(r["source"]) > 10 for r in rows), path


# -- the rule that made each claim, and rules switched off by name ----------------------------------------
@pytest.mark.parametrize("text, rule", [
    ("The harbour master said that the pier would stay shut until spring.", "claims:reported-speech cues.tsv:6"),
    ("It was a decision the regulator said harmed small farmers.", "claims:contact-clause cues.tsv:6"),
    ("The festival, the organisers said, will move to a larger park.", "claims:parenthetical cues.tsv:6"),
    ("The league warned of heavy fines for late payments.", "claims:nominal-report cues.tsv:8"),
    ("Marta Lind accused the council of wasting public money.", "claims:accusation cues.tsv:109"),
    ("The bridge will reopen in June, as announced by the council.", "claims:closing-as-reported cues.tsv:19"),
    ("As announced by the council, the bridge will reopen in June.", "claims:as-reported-by cues.tsv:19"),
    ("According to the weather office, the river will rise overnight.", "claims:according-to"),
    ('The mayor said: "We will rebuild the library before winter."', "claims:quote-is-complement cues.tsv:6"),
    ('"Nobody told us anything about the new timetable at all," complained one commuter at the station.',
     "claims:quote-with-cue cues.tsv:47"),
    ('The critic called the sequel a "tired copy".', "claims:quote-named-by-verb cues.tsv:74"),
    ('"Never again," the goalkeeper said after the match.', "claims:short-quote-with-cue cues.tsv:6"),
    ('The museum issued a short note: "The east wing stays closed this week."', "claims:quote-after-colon"),
    ('Two cyclists "complained about the potholes on the hill road."', "claims:quote-opens-with-cue cues.tsv:47"),
])
def test_each_claim_names_its_rule_and_cue_row(nlp, options, text, rule):
    assert [c.rule for c in _claims(nlp, options, text)] == [rule]


def test_a_cue_less_quote_continues_the_speaker_before(nlp, options):
    text = 'The coach said the squad was tired.\n"We need a week off before the final."'
    assert [(c.kind, c.speaker_text, c.rule) for c in _claims(nlp, options, text)] == [
        ("indirect", "The coach", "claims:reported-speech cues.tsv:6"),
        ("direct", "The coach", "claims:quote-continues-speaker")]


@pytest.mark.parametrize("text, off", [
    ("The festival, the organisers said, will move to a larger park.", "parenthetical_clause"),
    ("According to the weather office, the river will rise overnight.", "according_to"),
    ('"Nobody told us anything about the new timetable at all," complained one commuter at the station.',
     "quote_with_cue"),
    ('The critic called the sequel a "tired copy".', "quote_named_by_verb"),
])
def test_a_rule_switched_off_makes_no_claim(nlp, options, text, off):
    assert _claims(nlp, options, text)
    assert extract_claims(_doc(text), nlp(text), EntityResult(), options, rules_off=frozenset({off})) == ()


def test_switching_off_a_check_changes_only_its_part(nlp, options):
    """With the negation check off, a negated cue makes a claim; an unknown rule name is an error."""
    text = "The firm did not say that the plant would close."
    assert _claims(nlp, options, text) == ()
    claims = extract_claims(_doc(text), nlp(text), EntityResult(), options,
                            rules_off=frozenset({"negated_cues_dropped"}))
    assert [c.rule for c in claims] == ["claims:reported-speech cues.tsv:6"]
    with pytest.raises(ValueError, match="unknown claim rule"):
        extract_claims(_doc(text), nlp(text), EntityResult(), options, rules_off=frozenset({"no_such_rule"}))


def test_a_user_cue_file_adds_verbs_cited_by_file_and_line(tmp_path, nlp, options):
    text = "The farmers grumbled that the rain had ruined the harvest."
    assert _claims(nlp, options, text) == ()
    mine = tmp_path / "mine.tsv"
    mine.write_text("cue\trole\tsource\n# a verb of complaint\ngrumble\tspeech\tmy own list\n", encoding="utf-8")
    claims = _claims(nlp, options.replace(claim_cue_files=(str(mine),)), text)
    assert [(c.text, c.rule) for c in claims] == [("the rain had ruined the harvest",
                                                   "claims:reported-speech mine.tsv:3")]


def test_a_user_cue_with_an_unknown_role_fails_with_file_and_line(tmp_path):
    from newsweave.errors import ConfigError
    from newsweave.extract.claims import load_cues

    mine = tmp_path / "mine.tsv"
    mine.write_text("cue\trole\tsource\ngrumble\tspeach\tmy own list\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"mine\.tsv:2: unknown cue role 'speach'"):
        load_cues((str(mine),))


# -- extraction on (text, expected) tables -----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # direct quotes, cue after and before, straight and curly marks
    ('"We will hold the line," said Jane Roe, a commander.', [("direct", "We will hold the line", "said", "Jane Roe")]),
    ("Jane Roe said: \u201cWe will hold the line.\u201d", [("direct", "We will hold the line.", "said", "Jane Roe")]),
    # an interrupted quote is one claim
    ("\u201cThe talks failed,\u201d Jane Roe said, \u201cbut we will try again.\u201d",
     [("direct", "The talks failed but we will try again.", "said", "Jane Roe")]),
    ("\u201cThe danger,\u201d said Jane Roe, a former envoy, \u201cis the habit of testing.\u201d",
     [("direct", "The danger is the habit of testing.", "said", "Jane Roe")]),
    # reported speech in both orders, the that-clause as the text
    ("Jane Roe warned that the border would close on Friday.",
     [("indirect", "the border would close on Friday", "warned", "Jane Roe")]),
    ("The border will close on Friday, officials said.",
     [("indirect", "The border will close on Friday", "said", "officials")]),
    ("According to the ministry, 3,000 soldiers crossed the border.",
     [("indirect", "3,000 soldiers crossed the border", "according to", "the ministry")]),
    ("Jane Roe pointed out that the shells were old.", [("indirect", "the shells were old", "pointed out", "Jane Roe")]),
    # a quoted fragment framed by a naming verb, and a quote inside reported speech
    ("Jane Roe called the treaty a \u201cdangerous gamble.\u201d", [("direct", "dangerous gamble.", "called", "Jane Roe")]),
    ("Japan has warned that it \u201cwill respond firmly\u201d to any attack.",
     [("indirect", "it \u201cwill respond firmly\u201d to any attack", "warned", "Japan")]),
    # nested attitude verbs stay inside the outer claim
    ("Experts said they did not believe that China would intervene.",
     [("indirect", "they did not believe that China would intervene", "said", "Experts")]),
    # not claims: scare quotes, the author in the first person, plain statements
    ('Russia has drawn many "red lines" and offered "mutual assistance" to the North.', []),
    ("I believe that the West misreads the regime.", []),
    ("We think the sanctions have failed.", []),
    ("The army moved two brigades to the border on Monday.", []),
    ("What they call a \u201cstrategic partnership\u201d is an alliance.", []),
    # accusations, active and passive with an agent; a passive with no agent names no speaker
    ("The union accused the port authority of ignoring an earlier deal on shifts.",
     [("indirect", "the port authority of ignoring an earlier deal on shifts", "accused", "The union")]),
    ("The agency has been accused by several charities of delaying food deliveries to the north.",
     [("indirect", "The agency delaying food deliveries to the north", "accused", "several charities")]),
    ("The mayor was accused of fraud.", []),
    # "as reported by X": the clause it qualifies, said by the agent
    ("The storm flooded three villages, as reported by the regional weather office.",
     [("indirect", "The storm flooded three villages", "reported", "the regional weather office")]),
    # a role named by the person after it
    ("On Monday, the Chief Harbour Inspector, Jane Roe, stated that the quay would reopen.",
     [("indirect", "the quay would reopen", "stated", "Jane Roe")]),
    # the reporting verb opens the quote, its subject stands before it
    ('The two mayors "stressed the need for calm in the coming days."',
     [("direct", "stressed the need for calm in the coming days.", "stressed", "The two mayors")]),
    # reports whose content is a noun phrase; a bare topic is no content
    ("The league has warned of heavy fines if clubs break the rules.",
     [("indirect", "heavy fines if clubs break the rules", "warned", "The league")]),
    ("The firm noted a sharp rise in thefts from its depots.",
     [("indirect", "a sharp rise in thefts from its depots", "noted", "The firm")]),
    ("The paper reported the story on Monday.", []),
    ("Local radio reported the floods.", []),
    # "CLAUSE, NP said." read by the parser as a conjunct: the noun phrase speaks
    ("PARIS: A storm on the coast killed three fishermen, locals and media reports said on Monday.",
     [("indirect", "A storm on the coast killed three fishermen", "said", "locals")]),
    ("The army took the hill and the rebels fled.", []),
    # "citing X" between the cue and its that-clause; a stance adverb before the complement is said
    ("The broadcaster has reported, citing a source in the ministry, that the talks stalled over fuel prices.",
     [("indirect", "the talks stalled over fuel prices", "reported", "The broadcaster")]),
    ("The adviser said hopefully a deal will be reached this week.",
     [("indirect", "hopefully a deal will be reached this week", "said", "The adviser")]),
    ("The adviser said again the deal was close.", [("indirect", "the deal was close", "said", "The adviser")]),
    # a study's finding, a noun-phrase indication
    ("Using satellite images, the institute found that the new runway has been extended.",
     [("indirect", "the new runway has been extended", "found", "the institute")]),
    ("Surveys from several banks indicate limited immediate effects due to low exposure.",
     [("indirect", "limited immediate effects due to low exposure", "indicate", "Surveys from several banks")]),
    # an appositive names the speaker only when it is set off; else it is the clause's subject
    ("According to the prime minister, Paris and Rome cannot currently sign a full treaty.",
     [("indirect", "Paris and Rome cannot currently sign a full treaty", "according to", "the prime minister")]),
    ("The country's defence minister Jane Roe who led the delegation said the talks failed.",
     [("indirect", "the talks failed", "said", "Jane Roe")]),
    ("The talks failed, according to the spokesman, Jane Roe.",
     [("indirect", "The talks failed", "according to", "Jane Roe")]),
    # a that-clause labelled adverbial; a parenthetical cue before a trailing noun phrase
    ("The head of the visiting team, Jane Roe, confirmed only that it had received a list of 40 names.",
     [("indirect", "only that it had received a list of 40 names", "confirmed", "Jane Roe")]),
    # a quoted modifier inside a named thing is a scare quote
    ("The island had called the move a step towards annexation and an \u201cexistential\u201d threat.", []),
    # "which" of a named body speaks for it
    ("The insurer also confirmed the fire, as did the firm Ocean Watch, which noted the rebels have fired many rockets in recent weeks.",
     [("indirect", "the rebels have fired many rockets in recent weeks", "noted", "Ocean Watch")]),
    # a participle cue hung inside the reported clause belongs to the reporting verb
    ("The envoy suggested that this compromise made a breach unlikely, adding that every clause mattered for both sides.",
     [("indirect", "this compromise made a breach unlikely", "suggested", "The envoy"),
      ("indirect", "every clause mattered for both sides", "adding", "The envoy")]),
    # ... but not to a verb inside a quote the parser made the sentence's root: the speaker is the one named
    ('"Practice on the river shows that the fewer boats, the safer," said Novak, adding he would not allow racing on the lake.',
     [("direct", "Practice on the river shows that the fewer boats, the safer", "said", "Novak"),
      ("indirect", "he would not allow racing on the lake", "adding", "Novak")]),
    # an "as" clause with an agent: the subject the parser hung on the agent stays in the claim
    ("As reported by the Harbour Gazette, the mayor's resignation caused an uproar in the council.",
     [("indirect", "the mayor's resignation caused an uproar in the council", "reported", "the Harbour Gazette")]),
    ("As reported by LundRadio, Novak' decision caused a stir in the capital.",
     [("indirect", "Novak' decision caused a stir in the capital", "reported", "LundRadio")]),
    # an active "as" clause that says nothing of its own attributes the clause it qualifies
    ("As the ministry announced on Tuesday, the border crossing will reopen next week.",
     [("indirect", "the border crossing will reopen next week", "announced", "the ministry")]),
    ("As officials have said, the dam is safe.", [("indirect", "the dam is safe", "said", "officials")]),
    # ... but an "as" clause with an object reports an act, not speech
    ("As the ministry announced new cuts, protests began in the capital.", []),
])
def test_extract_claims(nlp, options, text, expected):
    got = [(c.kind, c.text, c.cue, c.speaker_text) for c in _claims(nlp, options, text)]
    assert got == expected


def test_offsets_point_at_the_quoted_words(nlp, options):
    text = "\u201cWe are ready,\u201d said Jane Roe."
    (claim,) = _claims(nlp, options, text)
    assert text[claim.start:claim.end] == "We are ready"


@pytest.mark.parametrize("text, hedged", [
    ("Jane Roe said the army could cross the river.", True),
    ("Jane Roe said that if talks fail, the army will cross the river.", True),
    ("Analysts believe the army will cross the river.", True),
    ("Jane Roe said the army crossed the river.", False),
])
def test_claims_are_hedged_when_speculative(nlp, options, text, hedged):
    (claim,) = _claims(nlp, options, text)
    assert claim.hedged is hedged


def test_pronoun_speaker_is_resolved_to_the_person_named_before(nlp, options):
    text = ("Foreign Minister Jane Roe spoke in Oslo on Monday.\n\n"
            "She said that the shipment had been planned for a year.\n")
    ents = _entities(text, people={"Jane Roe": ["Jane Roe"]})
    (claim,) = _claims(nlp, options, text, ents)
    assert (claim.speaker_text, claim.speaker) == ("She", "e_jane_roe")


def test_pronoun_stays_unresolved_when_two_people_could_be_meant(nlp, options):
    text = "Jane Roe met John Doe in Oslo on Monday. He said that the talks had gone well.\n"
    ents = _entities(text, people={"Jane Roe": ["Jane Roe"], "John Doe": ["John Doe"]})
    (claim,) = _claims(nlp, options, text, ents)
    assert (claim.speaker_text, claim.speaker) == ("He", None)


def test_people_named_inside_a_quote_do_not_become_the_speaker(nlp, options):
    text = ("\u201cIf Moscow stops paying, Kim has nowhere to go,\u201d said Ana Cruz.\n\n"
            "She added that the regime could turn to Beijing.\n")
    ents = _entities(text, people={"Ana Cruz": ["Ana Cruz"], "Kim Jong Un": ["Kim"]})
    claims = _claims(nlp, options, text, ents)
    assert [c.speaker for c in claims] == ["e_ana_cruz", "e_ana_cruz"]


def test_short_form_and_state_speakers_link_to_entities(nlp, options):
    text = ("Envoy Martin Okafor arrived in Seoul.\n\nOkafor said the talks had stalled.\n\n"
            "South Korea has warned that it will not send troops.\n")
    ents = _entities(text, people={"Martin Okafor": ["Martin Okafor"]}, countries={"South Korea": ["South Korea"]})
    claims = _claims(nlp, options, text, ents)
    assert [(c.speaker_text, c.speaker) for c in claims] == [("Okafor", "e_martin_okafor"),
                                                              ("South Korea", "e_south_korea")]


def test_a_quote_without_a_cue_continues_the_previous_speaker(nlp, options):
    text = ("\u201cEurope must act,\u201d said Ingrid Solberg.\n\n"
            "\u201cIt has spent two years reacting to events.\u201d\n\n"
            "The forum meets again next week.\n")
    ents = _entities(text, people={"Ingrid Solberg": ["Ingrid Solberg"]})
    claims = _claims(nlp, options, text, ents)
    assert [(c.kind, c.speaker) for c in claims] == [("direct", "e_ingrid_solberg"), ("direct", "e_ingrid_solberg")]
    assert claims[1].cue is None


def test_headlines_and_chrome_hold_no_claims(nlp, options):
    text = ("'We are ready', says general\nMarkets close higher\n\nShare this article\n\n"
            "The army moved two brigades on Monday.\n")
    assert _claims(nlp, options, text) == ()


# -- the quality gate on our own corpus and the seeds ---------------------------------------------------------
def _score(gold: list[dict], claims: list[Claim], entities: dict[str, Entity]) -> tuple[int, int, int]:
    """The contract's claim matching: tp, fp, fn (optional gold neither counts)."""
    def ok(g, c):
        if norm(g["phrase"]) not in norm(c.text):
            return False
        if not g.get("speakers"):
            return True
        who = norm(c.speaker_text)
        e = entities.get(c.speaker) if c.speaker else None
        if e is not None:
            who += " | " + " | ".join([norm(e.name), *(norm(a) for a in e.aliases)] + ([e.country] if e.country else []))
        return any(norm(s) in who for s in g["speakers"])

    return greedy_match(gold, claims, ok)


def _run_claims(folder: Path, options):
    """Stages 1-3 of the pipeline, then the entity and claim extractors, for every .txt in ``folder``."""
    from newsweave.extract.entities import extract_entities
    from newsweave.nlp import parse_documents
    from newsweave.pipeline import load_documents

    docs = [d for d in load_documents([str(p) for p in sorted(folder.glob("*.txt"))], options)
            if isinstance(d, Document)]
    out = {}
    for document, parsed in parse_documents(docs, options.spacy_model, options.batch_size):
        ents = extract_entities(document, parsed, options)
        out[Path(document.source).name] = (extract_claims(document, parsed, ents, options),
                                           {e.id: e for e in ents.entities})
    return out


@pytest.mark.slow
def test_corpus_claims_f1_floor(options):
    results = _run_claims(CORPUS, options)
    golds = sorted(CORPUS.glob("*.json"))
    assert len(golds) >= 20
    totals = [0, 0, 0]
    misses = []
    for gf in golds:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        claims, entities = results[gold["source"]]
        tp, fp, fn = _score(gold["claims"], list(claims), entities)
        totals = [a + b for a, b in zip(totals, (tp, fp, fn))]
        if fp or fn:
            misses.append(f"{gold['source']}: fp={fp} fn={fn}")
        if not gold["claims"]:
            assert claims == (), f"{gold['source']} must have no claims, got {[c.text for c in claims]}"
    p, r, f1 = prf(*totals)
    assert f1 >= CORPUS_MIN_F1, f"claims F1 {f1:.3f} (P={p:.3f} R={r:.3f}); {misses}"


@pytest.mark.slow
def test_seeds_claims_floor_and_no_claims_in_the_opinion_piece(options):
    seeds = shared_path("corpus", "seeds")
    gold_dir = shared_path("eval", "gold")
    results = _run_claims(seeds, options)
    totals = [0, 0, 0]
    for gf in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        claims, entities = results[gold["source"]]
        totals = [a + b for a, b in zip(totals, _score(gold.get("claims", []), list(claims), entities))]
        if gold["source"].startswith("004_"):
            assert claims == ()
    p, r, f1 = prf(*totals)
    assert p >= SEEDS_MIN_PRECISION and f1 >= SEEDS_MIN_F1, (p, r, f1)


# -- CLI --------------------------------------------------------------------------------------------------
def test_cli_lists_claims_filtered_by_speaker(tmp_path):
    from newsweave.cli import app
    from newsweave.store import Store

    text = "Officials met. \u201cWe are ready,\u201d said Jane Roe. The army <b>moved</b>, analysts said."
    d = _doc(text)
    roe = Entity(id="e_roe", name="Jane Roe", kind="person", aliases=("J. Roe",))
    claims = (
        Claim(id="c1", doc=d.id, speaker="e_roe", speaker_text="Jane Roe", kind="direct", text="We are ready",
              cue="said", hedged=False, start=16, end=28),
        Claim(id="c2", doc=d.id, speaker=None, speaker_text="analysts", kind="indirect", text="The army <b>moved</b>",
              cue="said", hedged=False, start=46, end=66),
    )
    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add_document_records(DocumentRecords(document=d, entities=(roe,), claims=claims))
    runner = CliRunner()
    result = runner.invoke(app, ["claims", "--db", str(db), "--speaker", "j. roe", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["id"], r["speaker_name"], r["sentence"]) for r in rows] == [
        ("c1", "Jane Roe", "\u201cWe are ready,\u201d said Jane Roe.")]
    table = runner.invoke(app, ["claims", "--db", str(db)])
    assert table.exit_code == 0 and "analysts" in table.output and "<b>moved</b>" in table.output


def test_hard_wrapped_paragraphs_are_read_whole(nlp, options):
    text = ("Troops head west\n\n"
            "South Korea's spy agency said on Friday that North Korea has sent\n"
            "about 1,500 special forces soldiers to Russia's Far East, the first\n"
            "step in a larger deployment.\n\n"
            "\u201cWe are watching closely,\u201d said Jane Roe, a researcher at a think tank\n"
            "in Seoul.\n")
    assert [p.heading for p in paragraphs(text)] == [True, False, False]
    claims = _claims(nlp, options, text)
    assert [(c.kind, c.speaker_text) for c in claims] == [("indirect", "South Korea's spy agency"), ("direct", "Jane Roe")]
    assert claims[0].text.endswith("the first\nstep in a larger deployment")


# -- generalisation categories (claims engineer 2): speaker windows, relative and role speakers, cues ----
def test_pronoun_after_a_quote_of_several_sentences_finds_the_name_before_the_quote(nlp, options):
    text = ("Port director Lena Holt told reporters that the cranes were idle. \u201cThe ships have stopped "
            "coming. The warehouses are half empty. We are waiting for the insurers,\u201d she said.\n")
    ents = _entities(text, people={"Lena Holt": ["Lena Holt"]})
    claims = _claims(nlp, options, text, ents)
    assert [(c.kind, c.speaker) for c in claims] == [("indirect", "e_lena_holt"), ("direct", "e_lena_holt")]


@pytest.mark.parametrize("text, speaker_text", [
    # a "who" speaker is the noun its relative clause modifies (through an apposition)
    ("The warning came from Tomas Berg, a grain trader, who predicted that prices would double.", "Tomas Berg"),
    ("Several economists, who asked not to be named, said that the rouble would fall.", "Several economists"),
    # "he" after an unnamed role noun: the role noun phrase, unlinked
    ("A senior border guard conceded that the fence was porous. \u201cWe cannot watch every metre of it,\u201d "
     "he said.", "A senior border guard"),
    # "it" in a relative clause: the organisation that is the subject of the sentence
    ("The customs agency seized four trucks that it said carried smuggled fuel.", "The customs agency"),
])
def test_relative_role_and_it_speakers_take_their_antecedent(nlp, options, text, speaker_text):
    claims = _claims(nlp, options, text)
    assert claims and claims[-1].speaker_text == speaker_text, [(c.speaker_text, c.text) for c in claims]
    assert claims[-1].speaker is None


def test_he_after_two_named_people_and_a_role_noun_stays_unresolved(nlp, options):
    text = ("Ana Cruz met a senior diplomat and Piet Vos. \u201cThe talks went badly,\u201d he said.\n")
    ents = _entities(text, people={"Ana Cruz": ["Ana Cruz"], "Piet Vos": ["Piet Vos"]})
    (claim,) = _claims(nlp, options, text, ents)
    assert (claim.speaker_text, claim.speaker) == ("he", None)


@pytest.mark.parametrize("text, expected", [
    # inform-type verbs take a that-clause
    ("Minister Ola Berg informed parliament that the reserves would last until April.",
     [("indirect", "the reserves would last until April", "informed", "Ola Berg")]),
    ("The general assured the villagers that the shelling would stop.",
     [("indirect", "the shelling would stop", "assured", "The general")]),
    ("The envoy mentioned that the convoy had been delayed.",
     [("indirect", "the convoy had been delayed", "mentioned", "The envoy")]),
    # an adverbial between the cue and "that"
    ("The ambassador argued at the meeting that the inspectors had exceeded their mandate.",
     [("indirect", "the inspectors had exceeded their mandate", "argued", "The ambassador")]),
    # a cue in a relative clause without "that" (a contact clause)
    ("Beijing held the drills near the island, a step Taipei said undermined regional stability.",
     [("indirect", "undermined regional stability", "said", "Taipei")]),
    # a post-posed attribution followed by a comment clause: the content is what comes before
    ("About 3,000 Chinese engineers have moved into the port city of Gwadar, the ministry said on Tuesday, "
     "in the clearest sign yet that Beijing is taking over the project.",
     [("indirect", "About 3,000 Chinese engineers have moved into the port city of Gwadar", "said", "the ministry")]),
])
def test_more_reporting_constructions(nlp, options, text, expected):
    got = [(c.kind, c.text, c.cue, c.speaker_text) for c in _claims(nlp, options, text)]
    assert got == expected


@pytest.mark.parametrize("text, expected", [
    # a quote that carries the content clause to the end of the sentence belongs to the indirect claim
    ("The broker, Anna Lind, said that insurers would stay away \u201cuntil the shooting really stops\u201d.",
     [("indirect", "insurers would stay away \u201cuntil the shooting really stops\u201d", "said", "Anna Lind")]),
    # an evidential participle after a finding is an inference of the writer, not a reported claim
    ("The engineers measured the cracks twice, suggesting that the dam is moving.", []),
])
def test_quote_continuing_a_content_clause_and_inferences(nlp, options, text, expected):
    got = [(c.kind, c.text, c.cue, c.speaker_text) for c in _claims(nlp, options, text)]
    assert got == expected


def test_pronoun_after_a_closing_quote_mark_parsed_as_its_own_sentence(nlp, options):
    # the parser often splits a closing mark after a colon-introduced quote into a "sentence" of its own
    text = ("Speaking to a Polish weekly, Admiral Rena Sato said: \"Our crews are tired, but they are not beaten.\"\n\n"
            "She told the weekly that two frigates had been sent back to port for repairs.\n")
    ents = _entities(text, people={"Rena Sato": ["Rena Sato"]})
    claims = _claims(nlp, options, text, ents)
    assert [(c.kind, c.speaker) for c in claims] == [("direct", "e_rena_sato"), ("indirect", "e_rena_sato")]


@pytest.mark.parametrize("text, expected", [
    # a parenthetical attribution followed by the writer's comment: the content is the clause before it
    ("Troops crossed the river on Sunday, the army said, in a clear sign that the offensive has begun.",
     [("indirect", "Troops crossed the river on Sunday", "said", "the army")]),
    ("Troops crossed the river, the army said, a sign that the offensive has begun.",
     [("indirect", "Troops crossed the river", "said", "the army")]),
    # an attribution set inside the content clause
    ("Japan, she said, has no interest in a wider war.",
     [("indirect", "Japan has no interest in a wider war", "said", "she")]),
    # the comment set off after the content clause is not part of it
    ("The report, published on Monday, said the strikes were illegal, in a sign that pressure is growing.",
     [("indirect", "the strikes were illegal", "said", "The report")]),
])
def test_comment_clauses_after_an_attribution_are_not_content(nlp, options, text, expected):
    got = [(c.kind, c.text, c.cue, c.speaker_text) for c in _claims(nlp, options, text)]
    assert got == expected


def test_an_unattributed_quote_paragraph_after_a_paragraph_about_one_person(nlp, options):
    text = ("Colonel Ines Varga has trained artillery crews for twenty years.\n\n"
            "Varga doubts that the new recruits will be ready by winter.\n\n"
            "\u201cThey have the courage. What they lack is time on the guns, and nobody can give them that.\u201d\n")
    ents = _entities(text, people={"Ines Varga": ["Ines Varga", "Varga"]})
    claims = _claims(nlp, options, text, ents)
    assert [(c.kind, c.speaker) for c in claims][-1] == ("direct", "e_ines_varga")


def test_an_unattributed_quote_after_a_paragraph_naming_two_people_stays_unattributed(nlp, options):
    text = ("Ines Varga met Piet Vos at the range on Monday.\n\n"
            "\u201cThey have the courage. What they lack is time on the guns, and nobody can give them that.\u201d\n")
    ents = _entities(text, people={"Ines Varga": ["Ines Varga"], "Piet Vos": ["Piet Vos"]})
    claims = _claims(nlp, options, text, ents)
    assert all(c.speaker is None for c in claims)


def test_pronoun_after_a_quote_spanning_paragraphs_refers_to_its_speaker(nlp, options):
    text = ("\u201cThe crews are exhausted,\u201d said Ines Varga. \u201cThey sleep in shifts.\n\n"
            "\u201cNobody has had leave since March. Some of them have stopped writing home.\u201d\n\n"
            "She said the rotation plan had been shelved.\n")
    ents = _entities(text, people={"Ines Varga": ["Ines Varga"]})
    claims = _claims(nlp, options, text, ents)
    assert [(c.kind, c.speaker) for c in claims][-1] == ("indirect", "e_ines_varga")


@pytest.mark.parametrize("text", [
    "Casualties in the hundreds, according to local officials.",
    "A new round of talks next week, according to two diplomats.",
])
def test_according_to_under_a_verbless_headline_sentence_ends_and_gives_a_claim(nlp, options, text):
    """spaCy makes a new Token object on every access, so a walk up the tree must compare indices:
    a walk that stopped at ``head is token`` never ended on sentences whose root is a noun."""
    claims = _claims(nlp, options, text)
    assert [c.cue for c in claims] == ["according to"]


def test_a_quoted_excerpt_of_a_report_gives_the_statements_it_reports(nlp, options):
    text = ('The rail strike ended on Friday, writes the Gazette. \u201cThe transport minister, Jane Roe, said the two '
            'unions had agreed to a new pay scale for drivers and guards. She said the deal would run for three years.\u201d')
    got = [(c.text, c.speaker_text) for c in _claims(nlp, options, text)]
    assert ("the two unions had agreed to a new pay scale for drivers and guards", "Jane Roe") in got
    assert not any(t.startswith("The transport minister, Jane Roe, said") for t, _ in got)


def test_a_speakers_own_long_quote_mentioning_others_stays_one_quote(nlp, options):
    text = ('"The minister told us the bridge would close and the mayor said the ferries would run all night, '
            'so we packed early," a resident said.')
    got = [(c.kind, c.speaker_text) for c in _claims(nlp, options, text)]
    assert got == [("direct", "a resident")]


def test_a_last_line_cut_off_mid_sentence_still_holds_its_claim(nlp, options):
    text = ("Floods closed the coastal road on Monday.\n\n"
            "On Tuesday, the harbour master said the ferries would stay in port until the storm passed over the")
    got = [(c.speaker_text, c.text) for c in _claims(nlp, options, text)]
    assert got and got[0][0] == "the harbour master"


def test_a_short_closing_line_without_a_full_stop_is_still_no_claim(nlp, options):
    text = "Floods closed the coastal road on Monday.\n\nMayor says the road will reopen"
    assert _claims(nlp, options, text) == ()


def test_a_closing_according_to_covers_its_sentence_and_keeps_a_relative_claim(nlp, options):
    text = ("The fines were imposed in response to a planned merger worth two billion euros, which Brussels said "
            "breached core rules governing EU-UK trade, according to a report by the Daily Ledger.")
    got = [(c.cue, c.speaker_text, c.text) for c in _claims(nlp, options, text)]
    assert ("said", "Brussels", "breached core rules governing EU-UK trade") in got
    according = [t for cue, _, t in got if cue == "according to"]
    assert according and according[0].startswith("The fines were imposed in response to a planned merger")


def test_it_after_a_quote_is_not_a_subject_inside_the_quote(nlp, options):
    text = ("In a report, the Harbour Institute warns that the port is at risk. \u201cThe constant claim that "
            "\u2018the island is ours,\u2019 together with new patrols, keeps the region on edge,\u201d it wrote.")
    got = [(c.kind, c.speaker_text) for c in _claims(nlp, options, text)]
    assert ("direct", "it") in got and not any(s and "island" in s for _, s in got)


def test_a_parenthetical_cue_before_a_trailing_noun_phrase_reports_the_clause(nlp, options):
    text = ("A tanker came under repeated rocket fire on Friday in a likely attack launched by the rebels, "
            "officials said, the latest to target the busy lane.")
    got = [(c.speaker_text, c.text) for c in _claims(nlp, options, text)]
    assert got and got[0][0] == "officials" and got[0][1].startswith("A tanker came under repeated rocket fire")
