"""Stage 1: find inputs and read them into RawArticle values (files, JSON Lines, RSS/Atom feeds, WARC archives)."""
from .files import expand_paths, read_path

__all__ = ["expand_paths", "read_path"]
