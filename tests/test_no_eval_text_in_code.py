"""Comments and docstrings in src/ quote invented examples, never sentences of an evaluation corpus.

A rule written around a sentence of the evaluation text is tuned on it; quoting the text in the code
is the usual trace of that. This test fails when a comment or docstring repeats 6 or more consecutive
words of any evaluation text: the real-article corpus, our own holdout and blind sets, and the seed
pages in ../shared/corpus when that folder is present.
"""
from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

from conftest import ROOT

N = 6
SRC = ROOT / "src"
EVAL_DIRS = [ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "holdout",
             ROOT / "tests" / "corpus" / "blind", ROOT.parent / "shared" / "corpus"]


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'", ""))


def ngrams(ws: list[str], n: int = N) -> set[tuple[str, ...]]:
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def comment_blocks(path: Path) -> list[tuple[int, str]]:
    """(first line, text) of every comment run and docstring in a Python file."""
    source = path.read_text(encoding="utf-8")
    blocks: list[tuple[int, str]] = []
    run: list[str] = []
    run_start = last = 0
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            line = tok.start[0]
            if run and line != last + 1:
                blocks.append((run_start, " ".join(run)))
                run = []
            if not run:
                run_start = line
            run.append(tok.string.lstrip("#"))
            last = line
    if run:
        blocks.append((run_start, " ".join(run)))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                blocks.append((getattr(node, "lineno", 1), doc))
    return blocks


def eval_ngrams() -> dict[tuple[str, ...], str]:
    seen: dict[tuple[str, ...], str] = {}
    for folder in EVAL_DIRS:
        if not folder.is_dir():
            continue
        for f in sorted(folder.rglob("*.txt")):
            for g in ngrams(words(f.read_text(encoding="utf-8", errors="replace"))):
                seen.setdefault(g, f.name)
    return seen


def quoted_runs(blocks, corpus_grams) -> list[str]:
    hits = []
    for line, text in blocks:
        found = sorted({" ".join(g) + f" ({corpus_grams[g]})" for g in ngrams(words(text)) if g in corpus_grams})
        if found:
            hits.append(f"line {line}: {found[0]}" + (f" and {len(found) - 1} more" if len(found) > 1 else ""))
    return hits


def test_no_comment_in_src_quotes_an_evaluation_text():
    corpus_grams = eval_ngrams()
    assert corpus_grams, "no evaluation text found"
    offenders = {}
    for path in sorted(SRC.rglob("*.py")):
        hits = quoted_runs(comment_blocks(path), corpus_grams)
        if hits:
            offenders[str(path.relative_to(ROOT))] = hits
    assert not offenders, f"comments quoting evaluation text: {offenders}"


def test_the_check_catches_a_quoted_run_and_passes_an_invented_one():
    corpus = ngrams(words("The envoy said the talks would resume in the spring after the holiday."))
    grams = {g: "x.txt" for g in corpus}
    quoting = [(1, "handles 'the talks would resume in the spring' style clauses")]
    invented = [(1, "handles 'the meeting may restart next autumn' style clauses")]
    assert quoted_runs(quoting, grams)
    assert not quoted_runs(invented, grams)
