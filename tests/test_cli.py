"""The CLI in-process: exit codes, help on every command, README coverage."""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from newsweave.cli import app

from conftest import EXAMPLES, ROOT

runner = CliRunner()


def _commands():
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


@pytest.mark.parametrize("name", _commands())
def test_every_command_has_help_with_an_example(name):
    result = runner.invoke(app, [name, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output


@pytest.mark.parametrize("name", _commands())
def test_every_command_is_in_the_readme(name):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"newsweave {name}\b", readme), f"README does not mention `newsweave {name}`"


def test_usage_error_exits_2():
    result = runner.invoke(app, ["stats", "--no-such-option"])
    assert result.exit_code == 2


def test_missing_store_is_a_clean_error(tmp_path):
    result = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 1
    message = " ".join(result.output.split())  # a long temporary path may wrap the line
    assert "Error:" in message and "no store here" in message


@pytest.mark.slow
def test_run_then_stats_on_the_example_corpus(tmp_path):
    db = str(tmp_path / "nw.duckdb")
    result = runner.invoke(app, ["run", str(EXAMPLES), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    counts = {row["record"]: row["count"] for row in json.loads(result.output)}
    n_docs = counts["documents"]
    assert n_docs == 8
    # running again adds nothing
    runner.invoke(app, ["run", str(EXAMPLES), "--db", db, "-q"])
    result = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    assert {row["record"]: row["count"] for row in json.loads(result.output)} == counts


@pytest.mark.slow
def test_extract_writes_contract_records(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = [r for r in records if r["type"] == "document"]
    assert len(docs) == 8
    for d in docs:
        assert set(d) >= {"id", "source", "title", "author", "site", "published", "language", "text"}
    ids = {d["id"] for d in docs}
    for r in records:
        if "doc" in r and r["type"] != "copy":
            assert r["doc"] in ids
            doc = next(d for d in docs if d["id"] == r["doc"])
            assert 0 <= r["start"] < r["end"] <= len(doc["text"])


@pytest.mark.parametrize("command, extra, module", [
    (["serve", "--db", "x.duckdb"], "web", "fastapi"),
    (["brief", "-o", "b.html", "--db", "x.duckdb"], "brief", "matplotlib"),
])
def test_a_command_whose_extra_is_missing_says_which_extra_to_install(command, extra, module, monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == module else real(name, *a))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, command)
    assert result.exit_code == 1
    flat = " ".join(result.output.split())
    assert f'pip install "newsweave[{extra}]"' in flat and module in flat


def test_every_setting_has_its_default_and_its_note_in_the_shipped_settings_file():
    """Defaults are written once, in data/settings.toml: each Options field is a key there and each key a field."""
    import dataclasses
    import tomllib

    from newsweave.config import DATA_DIR, Options, load_options

    text = (DATA_DIR / "settings.toml").read_text(encoding="utf-8")
    keys = set(tomllib.loads(text)["newsweave"])
    assert keys == {f.name for f in dataclasses.fields(Options)}
    assert load_options() == Options()
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if "=" in line and not line.startswith("#") and line.split("=")[0].strip() in keys:
            assert lines[i - 1].startswith("#") or "=" in lines[i - 1], f"{line!r} has no note above it"


def test_python_dash_m_runs_the_same_command_line(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-m", "newsweave", "nonexistent-command"], capture_output=True,
                          text=True, env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert "nonexistent-command" in done.stderr
