"""The command-line interface: a thin layer over the library (parse, call, format)."""
from .app import app, main

# each module registers its commands on ``app``; one module per area keeps them apart
from . import core, actors, claims, numbers, figures, events, crossdoc, outputs, explain  # noqa: E402,F401

__all__ = ["app", "main"]
