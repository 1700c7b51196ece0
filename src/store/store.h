/* store.h: the fact store: one SQLite file that keeps the facts of every document exactly as its
 * extractor produced them, one transaction per document, and hands them back in a fixed order to build
 * the graph from. Only src/store/store.c includes sqlite3.h. */
#ifndef KG_STORE_H
#define KG_STORE_H

#include "../core/core.h"

/* The schema version this kg reads and writes (PRAGMA user_version and the meta table). Version 2 keys
 * documents by URL or content hash (version 1 keyed them by name); version 3 adds events, their
 * participants, the sources of dates and document titles (a store of version 2 is migrated in place);
 * version 4 adds the duration of events; version 5 gives each document an integer key, which the rows
 * of its facts carry in place of the text id (stores of versions 2 to 4 are migrated in place). */
#define KG_STORE_SCHEMA 5
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

/* Opens a second connection to the file of s, read only and without KG_FAULT, for kg_store_has in one
 * thread while another writes with s (a connection serves one thread at a time). It sees what s has
 * committed, never its open transaction. *out is NULL (and 0 returned) for a store of ":memory:", which
 * no other connection can see. Returns 0, or < 0 with err set as kg_store_open does. */
int kg_store_open_reader(kg_store **out, const kg_store *s, kg_error *err);

/* The schema version the store had when this handle opened it, when kg_store_open upgraded it in place
 * (in one transaction) to KG_STORE_SCHEMA; 0 when it was already of this version or new. */
int kg_store_migrated_from(const kg_store *s);
/* Closes the store (the last process to close it folds the WAL back into the file). Accepts NULL. */
void kg_store_free(kg_store *s);

/* A document to store. Strings are borrowed. Its key in the store (documents.id; the rows of its facts
 * carry the document's integer documents.key, which only store.c sees) is its URL when it has one, else
 * "sha256:" and its content hash: two documents with different content never share a key, and the same
 * content read twice is one document. */
typedef struct kg_store_doc {
	const char *name;   /* what people call it, cited as the evidence's doc: a news file's name, a JSON
			     * Lines document's "id", a triples file's name; not NULL */
	const char *source; /* where it was read (path, PATH:LINE, "-", URL), for messages; may be NULL */
	const char *origin; /* what names its source across runs (canonical path and name): a document of
			     * another content from the same origin replaces the stored one; NULL (standard
			     * input) never replaces anything */
	const char *hash;   /* content hash, not NULL: the same hash means the same content */
	const char *date;   /* may be NULL */
	const char *url;    /* may be NULL; when set and not empty, the key */
	const char *title;  /* may be NULL */
	kg_date_source date_source; /* where date came from (KG_DATE_NONE: not said) */
	const char *date_from; /* the source of the document's date ("record", "option", "metadata",
				* "dateline", "filename", "none"), kept in the date_source column; NULL: not said */
} kg_store_doc;

/* The key of doc in the store (new string), or NULL when out of memory. */
char *kg_store_doc_id(const kg_store_doc *doc);

/* What kg_store_put did. */
typedef enum kg_store_change {
	KG_STORE_ADDED,    /* the document was new */
	KG_STORE_REPLACED, /* another content from the same origin (or URL) was stored: its facts are gone */
	KG_STORE_UNCHANGED /* the key was stored with this hash: nothing written */
} kg_store_change;

/* 1 when doc is stored with its hash, 0 when not, < 0 with err set when the store cannot be read. */
int kg_store_has(kg_store *s, const kg_store_doc *doc, kg_error *err);

/* Stores facts (borrowed) as document doc, in one transaction (BEGIN IMMEDIATE ... COMMIT, retried
 * while another process holds the store): the rows of any document it replaces (the same key with
 * another hash, or the same origin under another key) are deleted and the new ones inserted, in their
 * order, so a crash leaves the old document or the new one, never a mix. A document stored with the
 * same key and hash is left alone. Confidences are kept to four decimals, as the JSON Lines format
 * writes them. *change (may be NULL) says what happened; *replaced (may be NULL) gets, when a document
 * was replaced, a new string naming it ("NAME" (KEY) from SOURCE), else NULL. Returns 0, or < 0 with
 * err set and the store unchanged. */
int kg_store_put(kg_store *s, const kg_store_doc *doc, const kg_facts *facts, kg_store_change *change,
		 char **replaced, kg_error *err);

/* One document of kg_store_put_many. */
typedef struct kg_store_item {
	const kg_store_doc *doc; /* in: the document (borrowed) */
	const kg_facts *facts;   /* in: its facts (borrowed) */
	kg_store_change change;  /* out: what happened to it, as kg_store_put says */
	char *replaced;          /* out: what it replaced (new string, the caller frees it), else NULL */
} kg_store_item;

/* Stores n documents as n kg_store_put in a row would, in one transaction (far fewer writes than one
 * each), every document in a savepoint of its own: whole or absent, never a mix. *n_stored gets the
 * number of items stored, from the first. When item k fails, items 0 to k-1 are committed and nothing
 * of k or later is, and < 0 is returned with err set; a kill before the COMMIT leaves none of them.
 * Busy: retried as kg_store_put is. KG_EINVAL (nothing stored) for an item without name, hash or facts. */
int kg_store_put_many(kg_store *s, kg_store_item *items, size_t n, size_t *n_stored, kg_error *err);

/* Adds the stored facts of the document of key id (kg_store_doc_id) to facts, as kg_facts_merge would add the facts that were put:
 * entities in order with their type, mentions, aliases and merge reasons, then the triples, then the
 * events with their participants.
 * KG_ENOTFOUND with err when there is no such document. */
int kg_store_get(kg_store *s, const char *id, kg_facts *facts, kg_error *err);

/* Adds the facts of every document to facts (see kg_store_get), in the byte order of their names (then
 * keys), in one read transaction: a concurrent kg_store_put is wholly in or wholly out. *n_docs (may be
 * NULL) gets the number of documents. The same stored documents always give the same facts. An
 * entity's merge reasons that differ only in the document they name are one line, the first
 * document's, which says in how many others it held ("Krelova: surname of Adam Krelova, named in full
 * in doc-1 and 41 other documents"): the log grows with the entities, not with the documents. */
int kg_store_load(kg_store *s, kg_facts *facts, size_t *n_docs, kg_error *err);

/* What kg_store_scan calls, with payload as first argument; a callback that returns < 0 (with err set)
 * stops the scan, which returns its value. */
typedef struct kg_store_scan_callbacks {
	/* once, after every document's row and entities are in entities (n_docs documents) */
	int (*entities)(void *payload, kg_facts *entities, size_t n_docs, kg_error *err);
	/* once a document, in the order of kg_store_load: its triples, then its events, in facts (new for
	 * the call and freed after it) */
	int (*facts)(void *payload, const kg_facts *facts, kg_error *err);
	void *payload; /* passed to both */
} kg_store_scan_callbacks;

/* kg_store_load in two passes over one read transaction, so that a big store is never in memory at
 * once: the documents and entities of every document into entities first, then the triples and events
 * of one document at a time to cb->facts. */
int kg_store_scan(kg_store *s, kg_facts *entities, const kg_store_scan_callbacks *cb, kg_error *err);

/* Settings kept with the documents (the meta table): *value (caller frees) gets the text stored under
 * key, NULL when none. Returns 0, or < 0 with err set. */
int kg_store_setting_get(kg_store *s, const char *key, char **value, kg_error *err);
/* Stores value under key, replacing what was there, in one transaction. Returns 0 or < 0 with err. */
int kg_store_setting_put(kg_store *s, const char *key, const char *value, kg_error *err);

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
