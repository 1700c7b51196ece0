/* store.h: the fact store: one SQLite file that keeps the facts of every document exactly as its
 * extractor produced them, one transaction per document, and hands them back in a fixed order to build
 * the graph from. Only graph/store.c includes sqlite3.h. */
#ifndef KG_STORE_H
#define KG_STORE_H

#include "../src/core/core.h"

/* The schema version this kg reads and writes (PRAGMA user_version and the meta table). */
#define KG_STORE_SCHEMA 1
/* How long a write waits for another process's transaction before giving up (milliseconds). */
#define KG_STORE_BUSY_MS 10000

typedef struct kg_store kg_store;

/* How to open a store. */
typedef enum kg_store_mode {
	KG_STORE_READ,  /* an existing store, read only */
	KG_STORE_WRITE  /* an existing store, or a new one when path does not exist (its directory must) */
} kg_store_mode;

/* Opens the store at path (":memory:" for one that lives and dies with the handle). The file is put in
 * WAL mode, with a busy timeout of KG_STORE_BUSY_MS, so that several processes can add to it at once.
 * A new or empty file gets the schema. Returns 0, or with err set and *out NULL: KG_ENOTFOUND (READ and no
 * such file), KG_EPARSE (not a SQLite database, a SQLite database that is not a kg store, a store
 * whose schema version is newer than KG_STORE_SCHEMA, or older with no migration: the message says
 * which), KG_EIO (SQLite failed), KG_ENOMEM. */
int kg_store_open(kg_store **out, const char *path, kg_store_mode mode, kg_error *err);
/* Closes the store (the last process to close it folds the WAL back into the file). Accepts NULL. */
void kg_store_free(kg_store *s);

/* A document's identity. Strings are borrowed. */
typedef struct kg_store_doc {
	const char *id;     /* the key: a news document's id, a triples file's base name; not NULL */
	const char *source; /* where it was read (path, PATH:LINE, URL), may be NULL */
	const char *hash;   /* content hash, not NULL: the same hash means the same content */
	const char *date;   /* may be NULL */
	const char *url;    /* may be NULL */
} kg_store_doc;

/* What kg_store_put did. */
typedef enum kg_store_change {
	KG_STORE_ADDED,    /* the id was new */
	KG_STORE_REPLACED, /* the id was stored with another hash: its old facts are gone */
	KG_STORE_UNCHANGED /* the id was stored with this hash: nothing written */
} kg_store_change;

/* 1 when document id is stored with this hash, 0 when not (absent, or another hash), < 0 with err set
 * when the store cannot be read. */
int kg_store_has(kg_store *s, const char *id, const char *hash, kg_error *err);

/* Stores facts (borrowed) as document doc, in one transaction (BEGIN IMMEDIATE ... COMMIT, retried
 * while another process holds the store): the document's old entities, aliases, merge reasons and
 * triples are deleted and the new ones inserted, in their order, so a crash leaves the old document or
 * the new one, never a mix. A document stored with the same hash is left alone. Confidences are kept
 * to four decimals, as the JSON Lines format writes them. *change (may be NULL) says what happened.
 * Returns 0, or < 0 with err set and the store unchanged. */
int kg_store_put(kg_store *s, const kg_store_doc *doc, const kg_facts *facts, kg_store_change *change,
		 kg_error *err);

/* Adds the stored facts of document id to facts, as kg_facts_merge would add the facts that were put:
 * entities in order with their type, mentions, aliases and merge reasons, then the triples.
 * KG_ENOTFOUND with err when there is no such document. */
int kg_store_get(kg_store *s, const char *id, kg_facts *facts, kg_error *err);

/* Adds the facts of every document to facts (see kg_store_get), in the byte order of document ids, in
 * one read transaction: a concurrent kg_store_put is wholly in or wholly out. *n_docs (may be NULL)
 * gets the number of documents. The same stored documents always give the same facts. */
int kg_store_load(kg_store *s, kg_facts *facts, size_t *n_docs, kg_error *err);

/* Sizes of a store. */
typedef struct kg_store_stats {
	size_t documents; /* rows of documents */
	size_t entities;  /* rows of entities (per document: one entity in two documents counts twice) */
	size_t triples;   /* rows of triples */
} kg_store_stats;
int kg_store_stats_get(kg_store *s, kg_store_stats *out, kg_error *err);

/* Checks the store: PRAGMA integrity_check, and every document holds as many entities and triples as
 * its row says. Returns 0 when sound, KG_EPARSE with err naming the first problem, or < 0 when the
 * store cannot be read. */
int kg_store_check(kg_store *s, kg_error *err);

#endif
