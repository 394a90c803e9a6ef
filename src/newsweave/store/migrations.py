"""The store's migrations as written SQL: named, ordered, frozen once released.

Each runs once, in its own transaction, and is recorded in the ``migrations`` table. A migration is
never edited after it ships: a new column or table is a new migration at the end of the list (the
dataclasses in ``model.py`` may change; what an old store was created with may not). A test checks
that a store built from these statements has every column the dataclasses have.
"""
from __future__ import annotations

# a claim r's evidence span as json.dumps writes it (ensure_ascii), frozen for 0020 (mergedsql._OWN_SPAN writes it)
_SPAN_0020 = r"""'{"doc": ' || (CASE WHEN regexp_matches(to_json(r.doc)::VARCHAR, '^[ -~]*$') THEN to_json(r.doc)::VARCHAR
    ELSE array_to_string(list_transform(string_split(to_json(r.doc)::VARCHAR, ''), lambda c: CASE
    WHEN unicode(c) BETWEEN 32 AND 126 THEN c WHEN unicode(c) < 65536 THEN '\u' || lpad(lower(hex(unicode(c))), 4, '0')
    ELSE '\u' || lower(hex(55296 + ((unicode(c) - 65536) >> 10))) || '\u' || lower(hex(56320 + ((unicode(c) - 65536)
    & 1023))) END), '') END) || ', "start": ' || r.start || ', "end": ' || r."end" || '}'"""

MIGRATIONS: list[tuple[str, list[str]]] = [
    ("0001_initial", [
        'CREATE TABLE IF NOT EXISTS documents ("id" VARCHAR, "source" VARCHAR, "title" VARCHAR, "author" VARCHAR, "site" VARCHAR, "published" VARCHAR, "language" VARCHAR, "text" VARCHAR, "url" VARCHAR, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS entities ("id" VARCHAR, "name" VARCHAR, "kind" VARCHAR, "country" VARCHAR, "wikidata" VARCHAR, "aliases" VARCHAR[], PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS mentions ("doc" VARCHAR, "entity" VARCHAR, "start" INTEGER, "end" INTEGER, "text" VARCHAR, PRIMARY KEY ("doc", "entity", "start", "end"))',
        'CREATE TABLE IF NOT EXISTS claims ("id" VARCHAR, "doc" VARCHAR, "speaker" VARCHAR, "speaker_text" VARCHAR, "kind" VARCHAR, "text" VARCHAR, "cue" VARCHAR, "hedged" BOOLEAN, "start" INTEGER, "end" INTEGER, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS quantities ("id" VARCHAR, "doc" VARCHAR, "value" DOUBLE, "value_max" DOUBLE, "unit" VARCHAR, "per" VARCHAR, "counted" VARCHAR, "approximate" BOOLEAN, "claim" VARCHAR, "start" INTEGER, "end" INTEGER, "text" VARCHAR, "bound" VARCHAR, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS times ("id" VARCHAR, "doc" VARCHAR, "text" VARCHAR, "value" VARCHAR, "start" INTEGER, "end" INTEGER, "relative" BOOLEAN, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS events ("id" VARCHAR, "doc" VARCHAR, "event_type" VARCHAR, "mode" VARCHAR, "context" VARCHAR[], "actor" VARCHAR[], "recipient" VARCHAR[], "date" VARCHAR, "auxiliary" VARCHAR, "reported_by" VARCHAR, "claim" VARCHAR, "quantities" VARCHAR[], "start" INTEGER, "end" INTEGER, "text" VARCHAR, "evidence" JSON, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS copies ("doc" VARCHAR, "of" VARCHAR, "similarity" DOUBLE, "method" VARCHAR, PRIMARY KEY ("doc", "of"))',
        'CREATE TABLE IF NOT EXISTS skipped ("source" VARCHAR, "reason" VARCHAR, PRIMARY KEY ("source"))',
    ]),
    ("0002_crossdoc", [
        'CREATE TABLE IF NOT EXISTS signatures ("doc" VARCHAR, "published" VARCHAR, "length" INTEGER, "text_hash" VARCHAR, "shingles" INTEGER, "minhash" VARCHAR, "anchors" INTEGER, "anchor_minhash" VARCHAR, PRIMARY KEY ("doc"))',
        'CREATE TABLE IF NOT EXISTS copy_pairs ("a" VARCHAR, "b" VARCHAR, "similarity" DOUBLE, "method" VARCHAR, PRIMARY KEY ("a", "b"))',
        'CREATE TABLE IF NOT EXISTS stories ("story" VARCHAR, "doc" VARCHAR, "role" VARCHAR, PRIMARY KEY ("doc"))',
        'CREATE TABLE IF NOT EXISTS entity_links ("entity" VARCHAR, "canonical" VARCHAR, "rule" VARCHAR, PRIMARY KEY ("entity"))',
        'CREATE TABLE IF NOT EXISTS merged_events ("id" VARCHAR, "event_type" VARCHAR, "actor" VARCHAR[], "recipient" VARCHAR[], "date" VARCHAR, "auxiliary" VARCHAR, "events" VARCHAR[], "docs" VARCHAR[], "stories" VARCHAR[], "sources" INTEGER, "first_published" VARCHAR, "evidence" JSON, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS merged_claims ("id" VARCHAR, "speaker" VARCHAR, "speaker_text" VARCHAR, "text" VARCHAR, "claims" VARCHAR[], "docs" VARCHAR[], "stories" VARCHAR[], "sources" INTEGER, "first_published" VARCHAR, "evidence" JSON, PRIMARY KEY ("id"))',
        'CREATE TABLE IF NOT EXISTS contradictions ("id" VARCHAR, "kind" VARCHAR, "slot" VARCHAR, "value" VARCHAR, "pattern" VARCHAR, "records" VARCHAR[], "docs" VARCHAR[], "stories" VARCHAR[], "sources" INTEGER, "speakers" VARCHAR[], "first_published" VARCHAR, "last_published" VARCHAR, "evidence" JSON, PRIMARY KEY ("id", "value"))',
    ]),
    ("0003_magnitudes", [
        'CREATE TABLE IF NOT EXISTS magnitudes ("id" VARCHAR, "doc" VARCHAR, "magnitude" DOUBLE, "unit" VARCHAR, "counted" VARCHAR, "claim" VARCHAR, "start" INTEGER, "end" INTEGER, "text" VARCHAR, PRIMARY KEY ("id"))',
    ]),
    # every event says which lexicon row or pattern coded it
    ("0004_event_rule", ['ALTER TABLE events ADD COLUMN IF NOT EXISTS "rule" VARCHAR']),
    # what an event's date rests on: explicit, relative, reported (an upper bound) or null
    ("0005_event_date_basis", ['ALTER TABLE events ADD COLUMN IF NOT EXISTS "date_basis" VARCHAR']),
    # where an event happened: {name, country, lat, lon, level}
    ("0006_event_location", ['ALTER TABLE events ADD COLUMN IF NOT EXISTS "location" JSON']),
    # who published each document (data/outlets.tsv) and whom its text credits as the origin
    ("0007_outlets", ['ALTER TABLE documents ADD COLUMN IF NOT EXISTS "outlet" JSON',
                      'ALTER TABLE documents ADD COLUMN IF NOT EXISTS "credit" VARCHAR']),
    # the outlet each claim and figure is attributed through, and its primary source
    ("0008_provenance", [f'ALTER TABLE {t} ADD COLUMN IF NOT EXISTS "{c}" VARCHAR'
                         for t in ("claims", "quantities") for c in ("via", "origin")]),
    # every record says which rule, pattern or data row produced it (events have had it since 0004)
    ("0009_record_rule", [f'ALTER TABLE {t} ADD COLUMN IF NOT EXISTS "rule" VARCHAR'
                          for t in ("documents", "entities", "mentions", "claims", "quantities", "times",
                                    "magnitudes", "copies")]),
    # the parser's sentences, stored once and quoted by every output
    ("0010_sentences", ['CREATE TABLE IF NOT EXISTS sentences ("doc" VARCHAR, "start" INTEGER, "end" INTEGER, '
                        'PRIMARY KEY ("doc", "start"))']),
    # the synonym spinning a document's wording shows: null or {score, evidence}
    ("0011_spun", ['ALTER TABLE documents ADD COLUMN IF NOT EXISTS "spun" JSON']),
    # what an actor's page lists, one row per (actor, record), written with each document's records so a
    # page reads a range instead of joining every mention of an actor named in every article with the claims:
    # the claims whose span holds a mention of an entity, and the figures the claims of a speaker quote
    ("0012_actor_records", [
        'CREATE TABLE IF NOT EXISTS claim_mentions ("entity" VARCHAR, "claim" VARCHAR, "doc" VARCHAR, '
        '"start" INTEGER, "end" INTEGER, "speaker" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS speaker_figures ("speaker" VARCHAR, "quantity" VARCHAR, "doc" VARCHAR, '
        '"start" INTEGER, "end" INTEGER)',
        'INSERT INTO claim_mentions SELECT DISTINCT m.entity, c.id, c.doc, c.start, c."end", c.speaker FROM claims c '
        'JOIN mentions m ON m.doc = c.doc AND c.start <= m.start AND m."end" <= c."end" '
        'ORDER BY m.entity, c.doc, c.start, c."end", c.id',
        'INSERT INTO speaker_figures SELECT c.speaker, q.id, q.doc, q.start, q."end" FROM quantities q '
        'JOIN claims c ON c.id = q.claim WHERE c.speaker IS NOT NULL ORDER BY c.speaker, q.doc, q.start, q."end", q.id',
    ]),
    # each way an actor was written (a mention's text) once, so a search for an actor by name reads these
    # instead of every mention (9 million at 100,000 articles, for 42,000 forms)
    ("0013_mention_forms", [
        'CREATE TABLE IF NOT EXISTS mention_forms ("text" VARCHAR, "entity" VARCHAR, PRIMARY KEY ("text", "entity"))',
        'INSERT OR IGNORE INTO mention_forms SELECT DISTINCT text, entity FROM mentions WHERE text IS NOT NULL '
        'ORDER BY text, entity',
    ]),
    # how many mentions of each entity id and in how many documents, added to with each batch (a document is
    # stored once, with all its mentions), so a page counts an actor without scanning every mention
    ("0014_entity_counts", [
        'CREATE TABLE IF NOT EXISTS entity_counts ("entity" VARCHAR PRIMARY KEY, "mentions" BIGINT, "docs" BIGINT)',
        'INSERT INTO entity_counts SELECT entity, count(*), count(DISTINCT doc) FROM mentions GROUP BY entity',
    ]),
    # the group each record was merged in (its merge key) and each figure's contradiction slot, written by the
    # cross-document stage, so adding documents recomputes only the groups and slots they touch; empty until a
    # complete consolidation fills them (the meta key `crossdoc_keys`)
    ("0015_crossdoc_keys", [
        'CREATE TABLE IF NOT EXISTS event_keys ("event" VARCHAR PRIMARY KEY, "key" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS claim_keys ("claim" VARCHAR PRIMARY KEY, "key" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS readings ("quantity" VARCHAR PRIMARY KEY, "doc" VARCHAR, "slot" VARCHAR, '
        '"low" DOUBLE, "high" DOUBLE, "label" VARCHAR, "speaker" VARCHAR)',
    ]),
    # the copy index on disk (consolidate/copystore.py): each signed document numbered in signing order, the
    # band keys of its two LSH indexes and its signatures' values slot by slot, so a run asks the stored
    # documents by SQL instead of rebuilding the indexes from every signature; filled from `signatures` by
    # the next consolidation
    ("0016_copy_index", [
        'CREATE TABLE IF NOT EXISTS copy_docs ("n" INTEGER PRIMARY KEY, "doc" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS copy_bands ("n" INTEGER, "lsh" UTINYINT, "band" USMALLINT, "hi" UBIGINT, '
        '"lo" UBIGINT)',
        'CREATE TABLE IF NOT EXISTS copy_slots ("n" INTEGER, "lsh" UTINYINT, "slot" USMALLINT, "value" UINTEGER)',
    ]),
    # merged claims' clusters kept per merge key (consolidate/incremental.py): each claim's normalised text and
    # origin (an outlet it came via), and each distinct text of a key with its first occurrence (publication,
    # document, start, claim) and the text heading the cluster it joined, so a batch re-clusters only the texts it
    # adds or moves and rebuilds the rows of the clusters it changes; filled by the next consolidation
    ("0017_claim_texts", [
        'CREATE TABLE IF NOT EXISTS claim_norms ("claim" VARCHAR PRIMARY KEY, "text" VARCHAR, "origin" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS claim_texts ("key" VARCHAR, "text" VARCHAR, "published" VARCHAR, "doc" VARCHAR, '
        '"start" INTEGER, "claim" VARCHAR, "cluster" VARCHAR)',
    ]),
    # each document's store sequence: the order in which documents entered the store (a batch's in its order),
    # which orders the members of a merge key's date group after their publication date (consolidate/graph.py),
    # so a batch's documents come after the stored ones of their day; the documents of a store made before it are
    # numbered in id order (the order merged events used), and documents stored by SQL without a number (loaded
    # shards, the benchmarks' synthetic stores) get theirs, in id order, from the next consolidation
    ("0018_document_sequence", [
        'CREATE TABLE IF NOT EXISTS document_sequence ("doc" VARCHAR PRIMARY KEY, "seq" BIGINT)',
        'INSERT INTO document_sequence SELECT id, row_number() OVER (ORDER BY id) FROM documents',
    ]),
    # merged events' clusters kept per merge key (consolidate/incremental.py): per cluster its place in the key's
    # creation order, merged id, dates, figure bounds and states of places; per member its cluster and place in the
    # key's order; per key its last member's place, so a batch whose members all come after a key's stored ones
    # extends its clusters without reading them; filled key by key by later consolidations
    ("0019_event_clusters", [
        'CREATE TABLE IF NOT EXISTS event_clusters ("key" VARCHAR, "pos" INTEGER, "id" VARCHAR, "created" VARCHAR, '
        '"date" VARCHAR, "figures" VARCHAR, "countries" VARCHAR[])',
        'CREATE TABLE IF NOT EXISTS event_members ("event" VARCHAR PRIMARY KEY, "key" VARCHAR, "cluster" INTEGER, '
        '"pos" INTEGER, "doc" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS event_key_last ("key" VARCHAR PRIMARY KEY, "last" VARCHAR, "members" INTEGER)',
    ]),
    # a merged claim's members as rows of their own (consolidate/mergedsql.py): the row keeps its scalar columns
    # (merged_claim_rows) and each member its document, start, story and evidence span (merged_claim_members), so
    # a batch appends members instead of rewriting a row's lists; `merged_claims` becomes the view that derives the
    # lists (claims, docs, stories, evidence) as the table held them, the one place every reader gets them from
    ("0020_merged_claim_members", [
        'CREATE TABLE IF NOT EXISTS merged_claim_rows ("id" VARCHAR PRIMARY KEY, "speaker" VARCHAR, '
        '"speaker_text" VARCHAR, "text" VARCHAR, "sources" INTEGER, "first_published" VARCHAR)',
        'CREATE TABLE IF NOT EXISTS merged_claim_members ("merged" VARCHAR, "claim" VARCHAR, "doc" VARCHAR, '
        '"start" INTEGER, "story" VARCHAR, "span" VARCHAR)',
        'INSERT INTO merged_claim_rows SELECT id, speaker, speaker_text, text, sources, first_published '
        'FROM merged_claims',
        'INSERT INTO merged_claim_members SELECT m.id, r.id, r.doc, r.start, coalesce(s.story, r.doc), '
        + _SPAN_0020 + ' FROM (SELECT id, unnest(claims) AS claim FROM merged_claims) m '
        'JOIN claims r ON r.id = m.claim LEFT JOIN stories s ON s.doc = r.doc',
        'DROP TABLE merged_claims',
        'CREATE VIEW merged_claims AS SELECT r.id, r.speaker, r.speaker_text, r.text, l.claims, l.docs, l.stories, '
        'r.sources, r.first_published, l.evidence FROM merged_claim_rows r JOIN (SELECT merged, '
        'list(claim ORDER BY claim) AS claims, list_sort(list_distinct(list(doc))) AS docs, '
        'list_sort(list_distinct(list(story))) AS stories, '
        "('[' || string_agg(span, ', ' ORDER BY doc, start, claim) || ']')::JSON AS evidence "
        'FROM merged_claim_members GROUP BY merged) l ON l.merged = r.id',
    ]),
    # an undated cluster's first and last report days (consolidate/graph.py: an undated mention of another story joins
    # it only within days of its reports); the clusters kept before it lack them, so every key's kept state goes and
    # each key is re-clustered whole, its state rewritten, by the next consolidation that touches it
    ("0021_event_cluster_reports", [
        'ALTER TABLE event_clusters ADD COLUMN "first_report" VARCHAR',
        'ALTER TABLE event_clusters ADD COLUMN "last_report" VARCHAR',
        'DELETE FROM event_clusters',
        'DELETE FROM event_members',
        'DELETE FROM event_key_last',
    ]),
]

# the rows of the tables of 0012, 0013 and 0014 for the documents ``$docs`` (written with their records)
ACTOR_RECORDS = [
    'INSERT INTO claim_mentions SELECT DISTINCT m.entity, c.id, c.doc, c.start, c."end", c.speaker FROM claims c '
    'JOIN mentions m ON m.doc = c.doc AND c.start <= m.start AND m."end" <= c."end" '
    'WHERE c.doc IN (SELECT unnest($docs::VARCHAR[])) AND m.doc IN (SELECT unnest($docs::VARCHAR[]))',
    'INSERT INTO speaker_figures SELECT c.speaker, q.id, q.doc, q.start, q."end" FROM quantities q '
    'JOIN claims c ON c.id = q.claim WHERE c.speaker IS NOT NULL AND q.doc IN (SELECT unnest($docs::VARCHAR[])) '
    'AND c.doc IN (SELECT unnest($docs::VARCHAR[]))',
    'INSERT OR IGNORE INTO mention_forms SELECT DISTINCT text, entity FROM mentions '
    'WHERE doc IN (SELECT unnest($docs::VARCHAR[])) AND text IS NOT NULL',
    'INSERT INTO entity_counts SELECT entity, count(*), count(DISTINCT doc) FROM mentions '
    'WHERE doc IN (SELECT unnest($docs::VARCHAR[])) GROUP BY entity ON CONFLICT (entity) DO UPDATE SET '
    'mentions = entity_counts.mentions + excluded.mentions, docs = entity_counts.docs + excluded.docs',
]
