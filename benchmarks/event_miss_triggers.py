"""Real dev missed events that have no similar prediction at all, sorted by why their trigger was never coded.

A rough sort for an error review, not a score.  Takes the misses ``event_error_kinds.py`` counts as
``FN:*`` (no false event of the document differs from them only in one role), finds the sentences that name
the gold actor (and its recipient, when gold names one), re-reads those documents with the coder and looks in
those sentences for a word that could trigger the gold category:

- ``lexicon verb, gated: GATE`` / ``lexicon noun, gated: GATE``: a lexicon row of the gold category exists,
  and GATE is the step of ``coding.code`` that turned the word down (``coded`` = it was coded, then lost later:
  mode, merging or an output rule);
- ``clausal``: that word is a verb under a noun or a that-clause ("its decision to withdraw");
- ``verb not in lexicon, a PETRARCH pattern holds``: no lexicon row of the gold category has the verb, and a
  PETRARCH2 pattern of that category holds on the parse (its object, particle, preposition or subject cue);
- ``verb not in lexicon, PETRARCH lemma only (no pattern holds)``: a PETRARCH2 pattern of the gold category
  names the verb, but none of its patterns' cues holds in the sentence (the verb's other sense: "based on",
  "broke out"; or the event's trigger is another word): turning PETRARCH's patterns on would not code it;
- ``nominal (deverbal noun, not in lexicon)``: a noun made of a verb of the gold category (PETRARCH or ours);
- ``other``: nothing of the gold category in those sentences (or no sentence found).

Dev only (never run it on real blind output).

``--roles`` splits ``coded: in output with other roles`` by how the output event at the trigger differs from the
gold one (recipient missing or other, actor, both, swapped, type, or the same roles) and by what it scored: a false
event, a true one of a sibling gold event of the trigger, or absorbed by an optional gold event (which does not count:
giving such an event the missing role gains a true event).

``--no-type`` keeps only the misses whose document has no output event of any of the gold event's types at all.

    newsweave extract tests/corpus/real/dev -o /tmp/dev.jsonl -q
    python benchmarks/event_miss_triggers.py /tmp/dev.jsonl [--list] [--roles]
"""
from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / 'tests'))
sys.path.insert(0, str(ROOT / 'benchmarks'))
import event_error_kinds as eek  # noqa: E402
from contract_scorer import Prediction, actor_ok  # noqa: E402
from gold_scoring import match  # noqa: E402

GOLD = ROOT / 'tests' / 'corpus' / 'real' / 'dev'
PATTERNS = ROOT / 'src' / 'newsweave' / 'data' / 'plover' / 'petrarch_patterns.tsv'
# reporting verbs: the sentence's frame, not the act (their lexicon rows need a must-clause and the like)
REPORTING = {'say', 'tell', 'state', 'report', 'announce', 'accord', 'add', 'describe', 'write', 'post'}
OUTPUT: dict = {}  # source -> the predicted events of that document
PETRARCH_ROWS: dict = defaultdict(list)  # verb lemma -> its PETRARCH2 pattern rows (LexEntry)
SUFFIXES = ('ion', 'ment', 'al', 'ance', 'ence', 'ure', 'y', 'e')


def no_pair_misses(pred):
    eek.pred = pred
    out = []
    for gf in sorted(GOLD.glob('*.json')):
        gold = json.loads(gf.read_text())
        did = pred.doc_for_source(gold['source'])
        recs = pred.by_doc.get(did, {}) if did else {}
        ev = recs.get('event', [])
        _, _, _, missed, extra = match(gold.get('events', []), ev, lambda g, p: eek.typ_ok(g, p) and eek.act_ok(g, p) and eek.rec_ok(g, p))
        used = set()
        for g in missed:
            paired = False
            for i, p in enumerate(extra):
                if i in used:
                    continue
                if (eek.typ_ok(g, p) and eek.act_ok(g, p)) or (g.get('recipient') and eek.rec_ok(g, p) and (eek.typ_ok(g, p) or eek.act_ok(g, p))):
                    used.add(i); paired = True; break
            if '--no-type' in sys.argv and any(eek.typ_ok(g, p) for p in ev):
                continue
            if not paired:
                out.append((gold['source'], did, g))
    return out


def scored_as(gold_events, ev) -> dict[int, str]:
    """id of each predicted event -> 'required' / 'optional' (the gold event that took it in ``match``'s greedy
    order, required gold first) or 'false'."""
    ok = lambda g, p: eek.typ_ok(g, p) and eek.act_ok(g, p) and eek.rec_ok(g, p)  # noqa: E731
    used: dict[int, str] = {}
    for g in sorted(gold_events, key=lambda g: bool(g.get('optional'))):
        hit = next((i for i, p in enumerate(ev) if i not in used and ok(g, p)), None)
        if hit is not None:
            used[hit] = 'optional' if g.get('optional') else 'required'
    return {id(p): used.get(i, 'false') for i, p in enumerate(ev)}


def role_difference(g, p, pred) -> str:
    """How the output event ``p`` differs from the gold event ``g`` it was coded for."""
    rec = g.get('recipient') or []
    rec_ok = bool(rec) and actor_ok(rec, p.get('recipient', []), pred)
    if not eek.typ_ok(g, p):
        return 'type' if eek.act_ok(g, p) and (rec_ok or not rec) else 'type and roles'
    # swapped only when the roles as coded fail: a same-state act (MDG on MDG) fits both ways round
    if rec and not (eek.act_ok(g, p) and rec_ok) and actor_ok(rec, p.get('actor', []), pred) \
            and actor_ok(g.get('actor', []), p.get('recipient', []), pred):
        return 'actor and recipient swapped'
    if not eek.act_ok(g, p):
        return 'actor' if rec_ok or not rec else 'actor and recipient'
    if not rec_ok and rec:
        return 'recipient missing' if not p.get('recipient') else 'recipient other'
    return 'same roles'


def petrarch_verbs() -> dict[str, set[str]]:
    got: dict[str, set[str]] = defaultdict(set)
    with PATTERNS.open(encoding='utf-8') as f:
        rows = csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t')
        for row in rows:
            for v in row['verbs'].split('|'):
                got[v.lower()].add(row['category'])
    return got


def petrarch_pattern_holds(r, tok, types) -> bool:
    """A PETRARCH2 pattern (with a cue: not the bare ``*``) of one of ``types`` for this verb holds on the parse."""
    from newsweave.extract.events import coding as c
    from newsweave.extract.events.cues import cue_holds
    from newsweave.extract.plover import _petrarch_entries
    lemma = tok.lemma_.lower()
    if not PETRARCH_ROWS:
        for e in _petrarch_entries(bare=False):
            PETRARCH_ROWS[e.lemma].append(e)
    rows = [e for e in PETRARCH_ROWS.get(lemma, ()) if e.category in types and e.cue]
    obj = c.object_of(r, tok)
    return any(cue_holds(r, e, tok, obj, []) for e in rows)


def gate(r, tok) -> str:
    """The step of ``coding.code`` that turns ``tok`` down (a replica of its order, for diagnosis only)."""
    from newsweave.extract.events import coding as c
    from newsweave.extract.events.grammar import lex_entries
    entries = lex_entries(r, tok)
    if not entries:
        return 'no rows for this part of speech'
    if not c.trigger_entries(r, tok):
        for name, test in (('embedded', lambda: False), ('compound modifier', lambda: tok.dep_ == 'compound'),
                           ('rehearsed', lambda: c.rehearsed(r, tok, entries)), ('describes_noun', lambda: c.describes_noun(tok)),
                           ('participle_after_noun', lambda: c.participle_after_noun(tok)),
                           ('participle_listed', lambda: c.participle_listed_after_past_verb(tok)),
                           ('record_of_the_antecedent', lambda: any(c.record_of_the_antecedent(g) for g in c.governors(r, tok)))):
            if test():
                return f'trigger filter: {name}'
        return 'trigger filter: agent_barred'
    try:
        got = c.code(r, tok, set())
    except Exception as e:  # noqa: BLE001 -- diagnosis only
        return f'error {type(e).__name__}'
    if got is not None:
        shown = [e for e in OUTPUT.get(Path(r.document.source).name, []) if e['event_type'] == got.category
                 and e['start'] <= tok.idx < e['end']]
        if shown:
            return f'coded {got.category} aux={got.auxiliary} (in output, other roles)'
        return f'coded {got.category} aux={got.auxiliary} (not in output: aux {got.auxiliary or "none"})'
    entries = c.trigger_entries(r, tok)
    obj = c.object_of(r, tok)
    is_noun = tok.pos_ == 'NOUN' and not c.mistagged_verb(tok)
    entry, rec = c.first_matching_row(r, tok, entries, obj, is_noun)
    if entry is None:
        return 'no cue holds'
    if entry.category == '-':
        return 'set phrase row (-)'
    actors, rec = c.roles_of(r, tok, entry, obj, is_noun, rec, set())
    if not actors:
        return 'no actor'
    if c.aimed_at_no_party(r, tok, entry, obj, rec):
        return 'aimed_at_no_party'
    if c.described_by_relative_clause(r, tok, entry.category):
        return 'described_by_relative_clause'
    if entry.category in c.REQUIRES_RECIPIENT and not rec:
        return 'requires recipient'
    return 'promise/other'


def main() -> None:
    from newsweave.config import Options
    from newsweave.pipeline import extract_documents, load_documents
    from newsweave.extract.events import coding
    pred = Prediction.from_jsonl(Path(sys.argv[1]))
    misses = no_pair_misses(pred)
    for did, recs in pred.by_doc.items():
        OUTPUT[Path(str(pred.docs.get(did, {}).get('source'))).name] = recs.get('event', [])
    pv = petrarch_verbs()
    options = Options()
    readers = {}
    orig = coding.read

    def spy(r):
        readers[r.document.source] = r
        return orig(r)
    import newsweave.extract.events as pkg
    pkg.read = spy
    sources = sorted({s for s, _, _ in misses})
    docs = list(load_documents([str(GOLD / Path(s).name) for s in sources], options))
    list(extract_documents([d for d in docs if hasattr(d, 'text')], options))
    from newsweave.extract.events.grammar import lex_entries
    kinds = Counter(); listing = defaultdict(list); split = Counter()
    scored = {}
    for gf in GOLD.glob('*.json'):
        gold = json.loads(gf.read_text())
        did = pred.doc_for_source(gold['source'])
        if did:
            scored.update(scored_as(gold.get('events', []), pred.by_doc.get(did, {}).get('event', [])))
    for source, did, g in misses:
        r = next((v for k, v in readers.items() if k.endswith(Path(source).name)), None)
        types = g['event_type'] if isinstance(g['event_type'], list) else [g['event_type']]
        mentions = pred.by_doc.get(did, {}).get('mention', []) if did else []
        spans_a = [(m['start'], m['end']) for m in mentions if actor_ok(g.get('actor', []), [m['entity']], pred)]
        spans_r = [(m['start'], m['end']) for m in mentions if g.get('recipient') and actor_ok(g['recipient'], [m['entity']], pred)]
        best = ('other', '')
        if r is not None:
            def has(sent, spans):
                return any(sent.start_char <= s < sent.end_char for s, _ in spans)
            sents = [s for s in r.doc.sents if has(s, spans_a) and (not spans_r or has(s, spans_r))] or \
                    [s for s in r.doc.sents if has(s, spans_r or spans_a)]
            rank = {'lex': 0, 'clausal': 1, 'petrarch': 2, 'petrarch_lemma': 3, 'nominal': 4}
            found = None
            for s in sents:
                for tok in s:
                    lemma = tok.lemma_.lower()
                    if lemma in REPORTING:
                        continue
                    rows = [e for e in lex_entries(r, tok) if e.category in types]
                    if rows and tok.pos_ in ('VERB', 'NOUN', 'ADJ'):
                        clausal = tok.pos_ == 'VERB' and (tok.dep_ == 'acl' and tok.head.pos_ == 'NOUN')
                        k = ('clausal', f'{tok.text}<-{tok.head.text} gate: {gate(r, tok)}') if clausal else \
                            ('lex', f'lexicon {"noun" if tok.pos_ == "NOUN" else "verb"}, gated: {gate(r, tok)}')
                    elif tok.pos_ == 'VERB' and set(types) & pv.get(lemma, set()):
                        k = ('petrarch', 'verb not in lexicon, a PETRARCH pattern holds') \
                            if petrarch_pattern_holds(r, tok, types) else \
                            ('petrarch_lemma', 'verb not in lexicon, PETRARCH lemma only (no pattern holds)')
                    elif tok.pos_ == 'NOUN' and any(set(types) & pv.get(lemma[:-len(x)] + y, set())
                                                    for x in SUFFIXES if lemma.endswith(x) for y in ('', 'e', 'ate')):
                        k = ('nominal', 'nominal (deverbal noun, not in lexicon)')
                    else:
                        continue
                    if found is None or rank[k[0]] < rank[found[0][0]]:
                        found = (k, tok.text, s.text[:140], tok.idx)
            if found:
                kind_note = ''
                kind = found[0][1] if found[0][0] != 'clausal' else 'clausal (verb under a noun)'
                if kind.startswith('lexicon') and 'coded' in kind:
                    why = 'in output with other roles' if '(in output' in kind else \
                        'not in output (' + kind.split('not in output: ')[1].rstrip(')') + ')'
                    kind = kind.split(', gated')[0] + ', coded: ' + why
                    if why.startswith('in output'):
                        at = [e for e in OUTPUT.get(Path(source).name, []) if e['start'] <= found[3] < e['end']]
                        at = [e for e in at if e['event_type'] in types] or at
                        if at:
                            diff = role_difference(g, at[0], pred)
                            split[(diff, scored.get(id(at[0]), 'false'))] += 1
                            kind_note = f' [{diff}]'
                best = (kind, f'{found[1]} | {found[0][1]}{kind_note} | {found[2]}')
            elif not sents:
                best = ('other (no sentence names the actor)', '')
        kinds[best[0]] += 1
        listing[best[0]].append((Path(source).name[:28], types[0], g.get('actor', [])[:2], (g.get('recipient') or [])[:2], best[1]))
    for k, v in kinds.most_common():
        print(f'{v:4d}  {k}')
    print('total', sum(kinds.values()))
    if '--roles' in sys.argv:
        print('\n"in output with other roles": how the output event differs / what it scored')
        for (diff, by), v in sorted(split.items(), key=lambda x: -x[1]):
            print(f'{v:4d}  {diff} / {by}')
    if '--list' in sys.argv:
        for k in kinds:
            print('\n##', k)
            for item in listing[k]:
                print(' ', item)


if __name__ == '__main__':
    main()
