"""Shared fixtures: an in-memory store, the options, the spaCy pipeline loaded once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from newsweave.config import load_options
from newsweave.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="session")
def options():
    return load_options()


@pytest.fixture(scope="session")
def nlp(options):
    from newsweave.nlp import load_pipeline

    return load_pipeline(options.spacy_model)


@pytest.fixture
def store():
    s = Store(":memory:")
    yield s
    s.close()


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when this checkout has none."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} not available")
    return p
