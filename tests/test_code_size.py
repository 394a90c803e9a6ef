"""The house stays easy to live in: no module over ~600 lines, no class over ~300, no function over ~60
(issue 18). The test prints the largest of each, so a change that grows one shows in the log."""
from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "newsweave"
MAX_MODULE, MAX_CLASS, MAX_FUNCTION = 600, 300, 60


def _sizes():
    for path in sorted(SRC.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        where = str(path.relative_to(SRC))
        yield "module", len(source.splitlines()), where
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                yield "class", node.end_lineno - node.lineno + 1, f"{where}:{node.name}"
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield "function", node.end_lineno - node.lineno + 1, f"{where}:{node.name}"


def test_no_module_class_or_function_outgrows_its_room():
    largest: dict[str, tuple[int, str]] = {}
    over = []
    for kind, n, where in _sizes():
        if n > largest.get(kind, (0, ""))[0]:
            largest[kind] = (n, where)
        if n > {"module": MAX_MODULE, "class": MAX_CLASS, "function": MAX_FUNCTION}[kind]:
            over.append(f"{kind} {where}: {n} lines")
    print(", ".join(f"largest {k} {n} lines ({w})" for k, (n, w) in sorted(largest.items())))
    assert not over, over


def test_the_size_count_sees_methods_and_nested_functions(tmp_path):
    source = "class A:\n    def f(self):\n        return 1\n\n\ndef g():\n    def h():\n        pass\n    return h\n"
    counts = sorted((node.name, node.end_lineno - node.lineno + 1) for node in ast.walk(ast.parse(source))
                    if isinstance(node, (ast.ClassDef, ast.FunctionDef)))
    assert counts == [("A", 3), ("f", 2), ("g", 4), ("h", 2)]
