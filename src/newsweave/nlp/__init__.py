"""Stage 3: the spaCy parse every per-document extractor reads."""
from .pipeline import load_pipeline, parse_documents

__all__ = ["load_pipeline", "parse_documents"]
