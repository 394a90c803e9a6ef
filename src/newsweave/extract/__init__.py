"""Stage 4: per-document extractors, each a plain function over a Document and its parse."""
