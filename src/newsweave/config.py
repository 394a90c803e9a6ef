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


def _shipped() -> dict:
    """The defaults, written once: data/settings.toml (lists become tuples)."""
    data = tomllib.loads((DATA_DIR / "settings.toml").read_text(encoding="utf-8"))["newsweave"]
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


_DEFAULTS = _shipped()


def _default(name: str):
    return field(default=_DEFAULTS[name])


@dataclass(frozen=True, kw_only=True)
class Options:
    """Every setting; what each one means and its default are in data/settings.toml."""

    spacy_model: str = _default("spacy_model")
    batch_size: int = _default("batch_size")
    max_input_bytes: int = _default("max_input_bytes")
    min_text_chars: int = _default("min_text_chars")
    gazetteer_files: tuple[str, ...] = _default("gazetteer_files")
    event_lexicon_files: tuple[str, ...] = _default("event_lexicon_files")
    unit_files: tuple[str, ...] = _default("unit_files")
    place_files: tuple[str, ...] = _default("place_files")
    cleaning_cue_files: tuple[str, ...] = _default("cleaning_cue_files")
    line_classifier: bool = _default("line_classifier")
    claim_cue_files: tuple[str, ...] = _default("claim_cue_files")
    outlet_files: tuple[str, ...] = _default("outlet_files")
    spin_files: tuple[str, ...] = _default("spin_files")
    event_auxiliaries: tuple[str, ...] = _default("event_auxiliaries")
    event_hedged: bool = _default("event_hedged")
    event_sources: tuple[str, ...] = _default("event_sources")
    copy_threshold: float = _default("copy_threshold")

    def replace(self, **changes) -> "Options":
        return dataclasses.replace(self, **changes)


def load_options(path: str | Path | None = None, **overrides) -> Options:
    """Shipped defaults, then ``path`` (or ./newsweave.toml if present), then ``overrides``."""
    values: dict = {}
    files = []  # the shipped defaults are the dataclass's own
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
