"""The orchestrator: sources -> documents -> NLP -> per-document extractors -> store -> consolidation.

Stages, in order (the numbers match the comments in the code):

1. sources: expand paths and read each input into RawArticle values
2. documents: clean each raw article into a Document (HTML extraction, chrome removal, language)
3. NLP: parse documents with spaCy in batches (``nlp.pipe``, model loaded once per process)
4. extractors: entities, then claims, quantities and time, then events and their locations, per document
5. store: each document's records in one transaction
6. consolidation: copies, merged graph, corroboration, contradictions across documents

Each stage is a plain function over the dataclasses of :mod:`newsweave.model`; a failure
affects one input only and is reported as a :class:`~newsweave.model.Skipped`.
"""
from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .config import Options
from .documents import build_document
from .errors import DiskFullError, IngestError, NewsweaveError, StoreError
from .extract.claims import extract_claims
from .extract.entities import extract_entities
from .extract.events import extract_events
from .extract.places import locate_events
from .extract.provenance import attach_provenance
from .extract.quantities import extract_magnitude_hints, extract_quantities
from .extract.time import extract_times
from .model import Document, DocumentRecords, Sentence, Skipped
from .nlp import parse_documents
from .sentences import Sentences, parsed_bounds
from .sources import expand_paths, read_path

Progress = Callable[[int], None]


def _describe(e: BaseException) -> str:
    """An unexpected exception as one short line (its type and the first line of its message)."""
    lines = str(e).strip().splitlines()
    message = lines[0][:300] if lines else ""
    return f"{type(e).__name__}: {message}" if message else type(e).__name__


def load_documents(paths: Iterable[str], options: Options) -> Iterator[Document | Skipped]:
    """Stages 1 and 2: every input becomes Documents, or a Skipped naming the file and the problem."""
    for path in expand_paths(paths):
        # 1. sources
        try:
            raws = read_path(path, options.max_input_bytes)
        except IngestError as e:
            yield Skipped(source=str(path), reason=str(e))
            continue
        except Exception as e:  # whatever a reader raises spoils this input only
            yield Skipped(source=str(path), reason=f"could not be read: {_describe(e)}")
            continue
        if not raws:  # a feed without entries, an archive without HTML pages: still one line
            yield Skipped(source=str(path), reason="no articles in it (no feed entry or archived HTML page with text)")
            continue
        # 2. documents
        for raw in raws:
            try:
                yield build_document(raw, options)
            except IngestError as e:
                yield Skipped(source=raw.source, reason=str(e))
            except Exception as e:  # a parser bug must not stop the batch
                yield Skipped(source=raw.source, reason=f"could not be cleaned: {_describe(e)}")


def sentences_of(document: Document, bounds: list[tuple[int, int]]) -> tuple[Sentence, ...]:
    return tuple(Sentence(doc=document.id, start=s, end=e) for s, e in bounds)


def extract_one(document: Document, parsed, options: Options) -> DocumentRecords:
    """Stage 4 for one parsed document."""
    entities = extract_entities(document, parsed, options)
    claims = extract_claims(document, parsed, entities, options)
    quantities = extract_quantities(document, parsed, claims, options)
    magnitudes = extract_magnitude_hints(document, parsed, claims, options)
    bounds = parsed_bounds(parsed)
    sentences = Sentences(document.text, bounds)
    claims, quantities = attach_provenance(document, claims, quantities, options.outlet_files, sentences)
    times = extract_times(document, parsed, options)
    events = extract_events(document, parsed, entities, claims, quantities, times, options)
    events = locate_events(document, parsed, entities, events, options)
    return DocumentRecords(document=document, entities=entities.entities, mentions=entities.mentions,
                           claims=claims, quantities=quantities, times=times, events=events,
                           magnitudes=magnitudes, sentences=sentences_of(document, bounds))


def extract_documents(documents: Iterable[Document], options: Options) -> Iterator[DocumentRecords | Skipped]:
    """Stages 3 and 4 over documents: parse in batches, extract per document, isolate failures."""
    # 3. NLP
    for document, parsed in parse_documents(documents, options.spacy_model, options.batch_size):
        if isinstance(parsed, Exception):
            yield Skipped(source=document.source, reason=str(parsed))
            continue
        # 4. extractors
        try:
            yield extract_one(document, parsed, options)
        except Exception as e:  # one odd document must not lose the others' records
            yield Skipped(source=document.source, reason=f"extraction failed: {_describe(e)}")


def load_knowledge(options: Options) -> None:
    """Read every knowledge table, shipped and the user's, once before any input (each loader caches
    its tables): a broken row in a user file is one error naming the file and line at the start, not
    the same ``skipped`` line for every document."""
    from .documents.outlets import load_outlets
    from .documents.spin import load_spin_table
    from .documents.textclean import load_cues
    from .extract.claims import load_cues as load_claim_cues
    from .extract.gazetteer import load_gazetteer
    from .extract.places import load_places
    from .extract.plover import load_lexicon
    from .extract.quantities import load_tables

    load_gazetteer(tuple(options.gazetteer_files))
    load_outlets(tuple(options.outlet_files))
    load_spin_table(tuple(options.spin_files))
    for path in options.cleaning_cue_files:
        load_cues(path)
    load_tables(tuple(options.unit_files))
    load_claim_cues(tuple(options.claim_cue_files))
    load_lexicon(tuple(options.event_lexicon_files), tuple(options.event_sources))
    load_places(tuple(options.place_files), tuple(options.gazetteer_files))


def process(paths: Iterable[str], options: Options) -> Iterator[DocumentRecords | Skipped]:
    """Stages 1-4: inputs to per-document records, in input order."""
    load_knowledge(options)
    skipped: list[Skipped] = []

    def documents() -> Iterator[Document]:
        for item in load_documents(paths, options):
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                yield item

    for result in extract_documents(documents(), options):
        while skipped:
            yield skipped.pop(0)
        yield result
    yield from skipped


@dataclass
class RunSummary:
    added: int = 0
    already_stored: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    consolidation: dict = field(default_factory=dict)

    @property
    def failed(self) -> bool:
        return bool(self.skipped)


def process_with(paths: Iterable[str], options: Options, workers: int = 1) -> Iterator[DocumentRecords | Skipped]:
    """Stages 1-4 in this process, or with ``workers`` > 1 in a process pool: the same records in the
    same order (a skipped input may be reported earlier or later among them)."""
    if workers <= 1:
        return process(paths, options)
    from .engines.pool import process_in_pool

    return process_in_pool(list(expand_paths(paths)), options, workers)


def run(paths: Iterable[str], store, options: Options, on_result: Callable[[object], None] | None = None,
        workers: int = 1) -> RunSummary:
    """Stages 1-6: ingest into ``store`` and update the cross-document tables (stages 1-4 in
    ``workers`` processes)."""
    summary = RunSummary()
    pending: list[DocumentRecords] = []
    # documents per transaction: the parse batch, or more when the store says a batch costs it nothing to
    # lose (an in-memory store: fewer, larger inserts; the stored rows are the same)
    batch_documents = max(options.batch_size, getattr(store, "write_batch", 0))

    def store_pending() -> None:
        # 5. store: a batch of documents in one transaction; if it fails, each alone, to find the culprit
        try:
            added = store.add_documents(pending)
        except DiskFullError:
            raise  # every later write would fail too: stop with one line (the store stays consistent)
        except Exception:
            added = []
            for dr in pending:
                try:
                    added.append(store.add_document_records(dr))
                except DiskFullError:
                    raise
                except Exception as e:
                    reason = str(e) if isinstance(e, NewsweaveError) else _describe(e)
                    skipped = Skipped(source=dr.document.source, reason=f"could not be stored: {reason}")
                    summary.skipped.append(skipped)
                    if on_result:
                        on_result(skipped)
        summary.added += sum(added)
        summary.already_stored += len(added) - sum(added)
        pending.clear()

    for item in process_with(paths, options, workers):
        if on_result:
            on_result(item)
        if isinstance(item, Skipped):
            store_pending()  # in input order: a later document from the same source clears its skipped row
            summary.skipped.append(item)
            store.add_skipped(item)
            continue
        pending.append(item)
        if len(pending) >= batch_documents:
            store_pending()
    store_pending()
    if summary.added:  # what ``newsweave explain`` reports as the settings that applied
        store.set_meta("settings", json.dumps(dataclasses.asdict(options), sort_keys=True))
    # 6. consolidation (also when an earlier run was stopped before finishing it)
    if summary.added or store.consolidation_pending():
        from .consolidate import consolidate

        try:
            # the pool's cores are free again: the copy candidates are judged on as many
            summary.consolidation = consolidate(store, options, processes=workers)
        except NewsweaveError:
            raise
        except Exception as e:  # the stored documents are safe; the next run finishes consolidation
            raise StoreError(f"cross-document stage failed ({_describe(e)}); the documents are stored, "
                             f"run `newsweave consolidate` to retry") from e
    return summary
