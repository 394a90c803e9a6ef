"""The (value, unit) pairs the quantity reader finds in an invented sentence: shared by the quantity test files."""
from newsweave.extract.quantities import load_tables, read_quantities


def read_pairs(nlp, text: str) -> list[tuple[float, str]]:
    return [(q.value, q.unit) for q in read_quantities(text, nlp(text), load_tables())]
