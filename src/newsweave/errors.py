"""One shallow exception hierarchy; foreign exceptions are translated where they enter our code."""


class NewsweaveError(Exception):
    """Base of every error newsweave raises on purpose."""


class ConfigError(NewsweaveError):
    """A configuration file or option is invalid."""


class IngestError(NewsweaveError):
    """An input could not be read or turned into a document (the message names the problem)."""


class ExtractionError(NewsweaveError):
    """A per-document extraction stage failed."""


class StoreError(NewsweaveError):
    """The store could not be opened, migrated or written."""


class MissingExtra(NewsweaveError):
    """A command needs packages of an optional extra that is not installed."""

    def __init__(self, extra: str, missing: str) -> None:
        super().__init__(f'this command needs the "{extra}" extra ({missing} is not installed): '
                         f'pip install "newsweave[{extra}]"')
        self.extra = extra


def require_extra(extra: str, *modules: str) -> None:
    """Raise MissingExtra naming the extra when one of ``modules`` cannot be imported."""
    import importlib.util

    for name in modules:
        if importlib.util.find_spec(name) is None:
            raise MissingExtra(extra, name)


class DiskFullError(StoreError):
    """No space left on the device while writing: the run stops (what was committed stays consistent)."""


class UnknownActor(NewsweaveError):
    """A filter named an actor no stored entity answers to; carries the closest names."""

    def __init__(self, query: str, suggestions: list[str]) -> None:
        self.query = query
        self.suggestions = suggestions
        hint = f"; closest names: {', '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no actor matches {query!r}{hint}")
