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


class DiskFullError(StoreError):
    """No space left on the device while writing: the run stops (what was committed stays consistent)."""
