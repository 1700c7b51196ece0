/* store.c: the fact store on SQLite (see store.h): the schema and its version, one transaction per
 * document, and loading in document-id order. */
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* "kgST" in the database header (PRAGMA application_id): tells a kg store from other SQLite files. */
#define APPLICATION_ID 0x6b675354
/* The page cache of a connection that reads: 16 MiB (a negative cache_size is in KiB), bounded
 * whatever the store's size. */
#define STORE_CACHE_SQL "PRAGMA cache_size = -16384"
/* The page cache of a connection that writes: 64 MiB, so that the pages one transaction of
 * QUEUE_DOCS documents dirties stay in the cache until the COMMIT. Measured with schema 4, whose rows
 * went where their document's text key sorts (a leaf of every table for each document: about 7,000
 * pages on a big store); with 16 MiB they were spilled to the WAL in the middle of the transaction
 * and read back, and written again when dirtied once more: 10 MB of bench/gen, kg add -j 1, 0.88 s
 * of system time with 16 MiB, 0.65 s with this; 25 MB, 3.2 s and 2.55 s. Since schema 5 a new
 * document's rows go at the end of each table (its integer key is the largest), and only the
 * documents table's indexes (id, origin, name) still take a leaf anywhere. */
#define STORE_WRITE_CACHE_SQL "PRAGMA cache_size = -65536"
/* The page cache of kg_store_scan: 4 MiB. It reads each document's rows once, in order, while the
 * graph grows beside it; a writing connection's 64 MiB would stay allocated (and full) through the
 * graph stage. Measured on 100 MB of bench/gen: the same scan time, 69 MB less at the peak. */
#define STORE_SCAN_CACHE_SQL "PRAGMA cache_size = -4096"
/* Attempts of a document's transaction when another process keeps the store busy past the timeout. */
#define PUT_TRIES 6
/* Attempts at opening a store another process is creating or upgrading at the same moment. */
#define OPEN_TRIES 20

/* The schema of version KG_STORE_SCHEMA, one statement per table. A document's row in documents has an
 * integer key (documents.key, given by SQLite when the row is inserted) besides its text id
 * (kg_store_doc_id), and every row of its facts is keyed by (doc, ord): doc is that integer, ord keeps
 * the order the extractor produced, so loading gives back the same facts. The integer is the store's
 * own: which document gets which depends on the order they were added, so nothing outside store.c
 * sees it (messages, outputs and the API name documents by their text id). To add a column or a
 * table: add it here, raise KG_STORE_SCHEMA and put the ALTER TABLE or CREATE TABLE that upgrades the
 * previous version in migrations[]. */
/* The tables of events and of their participants as schema 3 made them (doc was the text id then),
 * which the migration from version 2 creates; schema 4 added its duration column
 * (EVENTS_DURATION_SQL), last. */
#define EVENTS_V3_SQL \
	"CREATE TABLE events(doc TEXT NOT NULL, ord INTEGER NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL," \
	" trigger TEXT, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, place TEXT, date TEXT," \
	" date_source TEXT, flags INTEGER NOT NULL, evidence_doc TEXT, sentence INTEGER NOT NULL," \
	" start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT, confidence REAL NOT NULL, extractor TEXT," \
	" PRIMARY KEY(doc, ord)) WITHOUT ROWID"
/* The duration of an event (schema 4): ISO 8601 ("P2D"), NULL when the text gives none. */
#define EVENTS_DURATION_SQL "ALTER TABLE events ADD COLUMN duration TEXT"
#define PARTICIPANTS_V3_SQL \
	"CREATE TABLE participants(doc TEXT NOT NULL, ord INTEGER NOT NULL, event INTEGER NOT NULL," \
	" name TEXT NOT NULL, type TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY(doc, ord)) WITHOUT ROWID"

/* The tables of schema 5, each made under the name T: the fresh schema makes them under their own
 * names, the migration from version 4 under a new name, renamed once the old table is dropped. */
#define DOCUMENTS_SQL(T) \
	"CREATE TABLE " T "(key INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, source TEXT," \
	" origin TEXT, content_hash TEXT NOT NULL, date TEXT, url TEXT, added TEXT NOT NULL," \
	" n_entities INTEGER NOT NULL, n_triples INTEGER NOT NULL, title TEXT, date_source TEXT," \
	" n_events INTEGER NOT NULL DEFAULT 0)"
#define ENTITIES_SQL(T) \
	"CREATE TABLE " T "(doc INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, type TEXT NOT NULL," \
	" mentions INTEGER NOT NULL, PRIMARY KEY(doc, ord)) WITHOUT ROWID"
#define ALIASES_SQL(T) \
	"CREATE TABLE " T "(doc INTEGER NOT NULL, ord INTEGER NOT NULL, entity TEXT NOT NULL, alias TEXT NOT NULL," \
	" PRIMARY KEY(doc, ord)) WITHOUT ROWID"
#define MERGES_SQL(T) \
	"CREATE TABLE " T "(doc INTEGER NOT NULL, ord INTEGER NOT NULL, entity TEXT NOT NULL, reason TEXT NOT NULL," \
	" PRIMARY KEY(doc, ord)) WITHOUT ROWID"
#define TRIPLES_SQL(T) \
	"CREATE TABLE " T "(doc INTEGER NOT NULL, ord INTEGER NOT NULL, subject TEXT NOT NULL," \
	" subject_type TEXT NOT NULL, predicate TEXT NOT NULL, object TEXT NOT NULL, object_type TEXT NOT NULL," \
	" title TEXT, location TEXT, date TEXT, modality TEXT, evidence_doc TEXT, sentence INTEGER NOT NULL," \
	" start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT, confidence REAL NOT NULL, extractor TEXT," \
	" date_source TEXT, event TEXT, PRIMARY KEY(doc, ord)) WITHOUT ROWID"
#define EVENTS_SQL(T) \
	"CREATE TABLE " T "(doc INTEGER NOT NULL, ord INTEGER NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL," \
	" trigger TEXT, trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, place TEXT, date TEXT," \
	" date_source TEXT, flags INTEGER NOT NULL, evidence_doc TEXT, sentence INTEGER NOT NULL," \
	" start INTEGER NOT NULL, \"end\" INTEGER NOT NULL, text TEXT, confidence REAL NOT NULL, extractor TEXT," \
	" duration TEXT, PRIMARY KEY(doc, ord)) WITHOUT ROWID"
#define PARTICIPANTS_SQL(T) \
	"CREATE TABLE " T "(doc INTEGER NOT NULL, ord INTEGER NOT NULL, event INTEGER NOT NULL," \
	" name TEXT NOT NULL, type TEXT NOT NULL, role TEXT NOT NULL, PRIMARY KEY(doc, ord)) WITHOUT ROWID"
/* The indexes (schema 3 made events_date; the migration from version 4 makes all three again, since
 * dropping a table drops its indexes). */
#define DOCUMENTS_ORIGIN_SQL "CREATE INDEX documents_origin ON documents(origin)"
#define DOCUMENTS_NAME_SQL "CREATE INDEX documents_name ON documents(name, id)"
#define EVENTS_DATE_SQL "CREATE INDEX events_date ON events(date)"

static const char *const schema_sql[] = {
	"CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID",
	DOCUMENTS_SQL("documents"),
	DOCUMENTS_ORIGIN_SQL,
	DOCUMENTS_NAME_SQL,
	ENTITIES_SQL("entities"),
	ALIASES_SQL("aliases"),
	MERGES_SQL("merges"),
	TRIPLES_SQL("triples"),
	EVENTS_SQL("events"),
	PARTICIPANTS_SQL("participants"),
	EVENTS_DATE_SQL,
};

/* Copies the rows of schema 4's table T into its schema 5 table made by MAKE under the name T_v5, each
 * row's text doc replaced by the integer key of its document in documents_v5 (a row of no document,
 * which kg never writes, is left behind), then drops T and gives T_v5 its name. T_COLS are T's columns
 * after doc, each as t.NAME. */
#define MIGRATE_TABLE(T, MAKE, T_COLS) \
	MAKE(T "_v5") ";" \
	"INSERT INTO " T "_v5 SELECT d.key, " T_COLS " FROM " T " t JOIN documents_v5 d ON d.id = t.doc" \
	" ORDER BY d.key, t.ord;" \
	"DROP TABLE " T ";" \
	"ALTER TABLE " T "_v5 RENAME TO " T ";"
/* The columns of documents in schema 4, copied by name into documents_v5. */
#define DOCUMENTS_COLS "id, name, source, origin, content_hash, date, url, added, n_entities, n_triples, title," \
	" date_source, n_events"

/* The upgrades: migrations[v] is the SQL that makes a store of version v one of version v + 1 (run in
 * one transaction with the new version number), or NULL with why[v] saying why it cannot be done. */
static const struct migration {
	const char *sql; /* the upgrade, NULL when there is none */
	const char *why; /* when sql is NULL: why, for the message */
} migrations[KG_STORE_SCHEMA] = {
	[0] = { NULL, "no kg writes version 0" },
	[1] = { NULL, "version 1 keyed documents by name, and their new keys (URL or content hash) cannot be "
		      "told apart from what it kept when two documents had the same content" },
	[2] = { "ALTER TABLE documents ADD COLUMN title TEXT;"
		"ALTER TABLE documents ADD COLUMN date_source TEXT;"
		"ALTER TABLE documents ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;"
		"ALTER TABLE triples ADD COLUMN date_source TEXT;"
		"ALTER TABLE triples ADD COLUMN event TEXT;"
		EVENTS_V3_SQL ";" PARTICIPANTS_V3_SQL ";" EVENTS_DATE_SQL ";", NULL },
	[3] = { EVENTS_DURATION_SQL ";", NULL },
	/* the integer keys: documents copied in the order of their text ids (which gives their keys), every
	 * other table joined to them; the indexes made again on the new tables */
	[4] = { DOCUMENTS_SQL("documents_v5") ";"
		"INSERT INTO documents_v5(" DOCUMENTS_COLS ") SELECT " DOCUMENTS_COLS " FROM documents ORDER BY id;"
		MIGRATE_TABLE("entities", ENTITIES_SQL,
			"t.ord, t.name, t.type, t.mentions")
		MIGRATE_TABLE("aliases", ALIASES_SQL,
			"t.ord, t.entity, t.alias")
		MIGRATE_TABLE("merges", MERGES_SQL,
			"t.ord, t.entity, t.reason")
		MIGRATE_TABLE("triples", TRIPLES_SQL,
			"t.ord, t.subject, t.subject_type, t.predicate, t.object, t.object_type, t.title, "
			"t.location, t.date, t.modality, t.evidence_doc, t.sentence, t.start, t.\"end\", "
			"t.text, t.confidence, t.extractor, t.date_source, t.event")
		MIGRATE_TABLE("events", EVENTS_SQL,
			"t.ord, t.id, t.type, t.trigger, t.trigger_start, t.trigger_end, t.place, t.date, "
			"t.date_source, t.flags, t.evidence_doc, t.sentence, t.start, t.\"end\", t.text, "
			"t.confidence, t.extractor, t.duration")
		MIGRATE_TABLE("participants", PARTICIPANTS_SQL,
			"t.ord, t.event, t.name, t.type, t.role")
		"DROP TABLE documents;"
		"ALTER TABLE documents_v5 RENAME TO documents;"
		DOCUMENTS_ORIGIN_SQL ";" DOCUMENTS_NAME_SQL ";" EVENTS_DATE_SQL ";", NULL },
};

/* Where KG_FAULT kills the process (durability tests, tests/e2e/store_durability.sh). */
typedef enum fault_kind {
	FAULT_NONE,   /* no kill */
	FAULT_STMT,   /* kill:stmt:N: after the Nth statement the store runs */
	FAULT_TXN,    /* kill:txn:N: halfway through the rows of the Nth document put */
	FAULT_COMMIT, /* kill:commit:N: after every row of the Nth document put, before its transaction's COMMIT */
	N_FAULT
} fault_kind;

/* The names of the kinds in KG_FAULT and in the trace. */
static const char *const fault_names[N_FAULT] = {
	[FAULT_NONE] = "none", [FAULT_STMT] = "stmt", [FAULT_TXN] = "txn", [FAULT_COMMIT] = "commit",
};

/* What KG_FAULT asked for, read once when the store opens, and the counters it is matched against. */
typedef struct fault {
	fault_kind kind;     /* where to kill, FAULT_NONE for never */
	unsigned long at;    /* N of kill:KIND:N */
	unsigned long stmts; /* statements run so far */
	unsigned long txns;  /* documents put so far (kg_store_put_many puts several in one transaction) */
	size_t rows_left;    /* FAULT_TXN: rows of the current transaction to write before the kill */
	int trace;           /* descriptor of trace:FILE (begin, unchanged, commit, kill and close lines), or -1 */
} fault;

/* The prepared statements, by use. */
enum stmt_id {
	ST_HASH, ST_ORIGIN, ST_DEL_DOC, ST_DEL_ENT, ST_DEL_ALIAS, ST_DEL_MERGE, ST_DEL_TRIPLE, ST_DEL_EVENT,
	ST_DEL_PART, ST_PUT_DOC, ST_PUT_ENT, ST_PUT_ALIAS, ST_PUT_MERGE, ST_PUT_TRIPLE, ST_PUT_EVENT, ST_PUT_PART,
	ST_GET_DOC, ST_GET_ENT, ST_GET_ALIAS, ST_GET_MERGE, ST_GET_TRIPLE, ST_GET_EVENT, ST_GET_PART, ST_LIST, N_STMT
};

static const char *const stmt_sql[N_STMT] = {
	[ST_HASH] = "SELECT content_hash, key FROM documents WHERE id = ?1",
	[ST_ORIGIN] = "SELECT key, id, name, source FROM documents WHERE origin = ?1 AND id != ?2 ORDER BY id",
	[ST_DEL_DOC] = "DELETE FROM documents WHERE key = ?1",
	[ST_DEL_ENT] = "DELETE FROM entities WHERE doc = ?1",
	[ST_DEL_ALIAS] = "DELETE FROM aliases WHERE doc = ?1",
	[ST_DEL_MERGE] = "DELETE FROM merges WHERE doc = ?1",
	[ST_DEL_TRIPLE] = "DELETE FROM triples WHERE doc = ?1",
	[ST_DEL_EVENT] = "DELETE FROM events WHERE doc = ?1",
	[ST_DEL_PART] = "DELETE FROM participants WHERE doc = ?1",
	[ST_PUT_DOC] = "INSERT INTO documents(id, name, source, origin, content_hash, date, url, added, n_entities,"
		       " n_triples, title, date_source, n_events, key)"
		       " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?8, ?9, ?10, ?11, ?12,"
		       " ?13)",
	[ST_PUT_ENT] = "INSERT INTO entities(doc, ord, name, type, mentions) VALUES(?1, ?2, ?3, ?4, ?5)",
	[ST_PUT_ALIAS] = "INSERT INTO aliases(doc, ord, entity, alias) VALUES(?1, ?2, ?3, ?4)",
	[ST_PUT_MERGE] = "INSERT INTO merges(doc, ord, entity, reason) VALUES(?1, ?2, ?3, ?4)",
	[ST_PUT_TRIPLE] = "INSERT INTO triples(doc, ord, subject, subject_type, predicate, object, object_type,"
			  " title, location, date, modality, evidence_doc, sentence, start, \"end\", text, confidence,"
			  " extractor, date_source, event)"
			  " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
	[ST_PUT_EVENT] = "INSERT INTO events(doc, ord, id, type, trigger, trigger_start, trigger_end, place, date,"
			 " date_source, flags, evidence_doc, sentence, start, \"end\", text, confidence, extractor,"
			 " duration)"
			 " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)",
	[ST_PUT_PART] = "INSERT INTO participants(doc, ord, event, name, type, role) VALUES(?1, ?2, ?3, ?4, ?5, ?6)",
	[ST_GET_DOC] = "SELECT name, url, date, title FROM documents WHERE key = ?1",
	[ST_GET_ENT] = "SELECT name, type, mentions FROM entities WHERE doc = ?1 ORDER BY ord",
	[ST_GET_ALIAS] = "SELECT entity, alias FROM aliases WHERE doc = ?1 ORDER BY ord",
	[ST_GET_MERGE] = "SELECT entity, reason FROM merges WHERE doc = ?1 ORDER BY ord",
	[ST_GET_TRIPLE] = "SELECT subject, subject_type, predicate, object, object_type, title, location, date,"
			  " modality, evidence_doc, sentence, start, \"end\", text, confidence, extractor, date_source, event"
			  " FROM triples WHERE doc = ?1 ORDER BY ord",
	[ST_GET_EVENT] = "SELECT id, type, trigger, trigger_start, trigger_end, place, date, date_source, flags,"
			 " evidence_doc, sentence, start, \"end\", text, confidence, extractor, duration FROM events"
			 " WHERE doc = ?1"
			 " ORDER BY ord",
	[ST_GET_PART] = "SELECT event, name, type, role FROM participants WHERE doc = ?1 ORDER BY ord",
	[ST_LIST] = "SELECT key, id FROM documents ORDER BY name, id",
};

struct kg_store {
	sqlite3 *db;                 /* the connection */
	char *path;                  /* for messages */
	sqlite3_stmt *stmt[N_STMT];  /* prepared on first use */
	fault fault;                 /* KG_FAULT: kills at chosen points, and the trace */
	int migrated_from;           /* the version kg_store_open upgraded the store from, 0 when none */
};

/* Appends one line to the fault trace, when there is one (one write, so a kill never cuts a line). */
static void fault_note(kg_store *s, const char *what, unsigned long n)
{
	char line[64];
	int len;

	if (s->fault.trace < 0)
		return;
	len = snprintf(line, sizeof(line), "%s %lu\n", what, n);
	if (write(s->fault.trace, line, (size_t)len) < 0) {
		/* a trace that cannot be written is only a trace */
	}
}

/* Kills the process as a power cut or kill -9 would, saying where in the trace first. */
static void fault_kill(kg_store *s)
{
	char what[32];

	snprintf(what, sizeof(what), "kill %s", fault_names[s->fault.kind]);
	fault_note(s, what, s->fault.at);
	raise(SIGKILL);
}

/* Counts one statement (kill:stmt:N). */
static void fault_stmt(kg_store *s)
{
	if (++s->fault.stmts == s->fault.at && s->fault.kind == FAULT_STMT)
		fault_kill(s);
}

/* Counts one row of a document transaction (kill:txn:N). */
static void fault_row(kg_store *s)
{
	if (s->fault.kind == FAULT_TXN && s->fault.txns == s->fault.at && s->fault.rows_left > 0 &&
	    --s->fault.rows_left == 0)
		fault_kill(s);
}

/* Reads KG_FAULT: items separated by commas, kill:stmt:N, kill:txn:N, kill:commit:N (N from 1) and
 * trace:FILE (lines appended to FILE). Unset or empty: nothing. Returns 0, or KG_EINVAL with err set. */
static int fault_read(kg_store *s, kg_error *err)
{
	const char *env = getenv("KG_FAULT");
	char *copy, *item, *save = NULL;
	int rc = KG_OK;

	if (!env || !*env)
		return KG_OK;
	if (!(copy = kg_strdup(env))) {
		kg_error_set(err, s->path, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	for (item = strtok_r(copy, ",", &save); item && rc == KG_OK; item = strtok_r(NULL, ",", &save)) {
		char *end = NULL;
		int k = N_FAULT;

		if (strncmp(item, "trace:", 6) == 0 && item[6]) {
			if (s->fault.trace >= 0)
				close(s->fault.trace);
			if ((s->fault.trace = open(item + 6, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644)) < 0) {
				kg_error_set(err, item + 6, 0, 0, "KG_FAULT: cannot open the trace: %s", strerror(errno));
				rc = KG_EIO;
			}
			continue;
		}
		if (strncmp(item, "kill:", 5) == 0)
			for (k = FAULT_STMT; k < N_FAULT; k++) {
				size_t len = strlen(fault_names[k]);

				if (strncmp(item + 5, fault_names[k], len) == 0 && item[5 + len] == ':') {
					s->fault.at = strtoul(item + 6 + len, &end, 10);
					break;
				}
			}
		if (k == N_FAULT || !end || *end || s->fault.at == 0) {
			kg_error_set(err, NULL, 0, 0, "KG_FAULT: unknown item '%s'; valid: kill:stmt:N, kill:txn:N, "
				     "kill:commit:N (N >= 1), trace:FILE, separated by commas", item);
			rc = KG_EINVAL;
		}
		s->fault.kind = (fault_kind)k;
	}
	free(copy);
	return rc;
}

/* Closes the trace with a line of the totals: "close STATEMENTS" and "transactions N". */
static void fault_close(kg_store *s)
{
	if (s->fault.trace < 0)
		return;
	fault_note(s, "statements", s->fault.stmts);
	fault_note(s, "transactions", s->fault.txns);
	close(s->fault.trace);
	s->fault.trace = -1;
}

/* Sets err from the connection's last error: "PATH: what: SQLite's message"; returns the kg code for
 * SQLite code rc. */
static int fail(kg_store *s, kg_error *err, int rc, const char *what)
{
	int code = (rc & 0xff) == SQLITE_NOMEM ? KG_ENOMEM : (rc & 0xff) == SQLITE_NOTADB ? KG_EPARSE : KG_EIO;

	if ((rc & 0xff) == SQLITE_NOTADB)
		kg_error_set(err, s->path, 0, 0, "not a kg store: the file is not a SQLite database");
	else
		kg_error_set(err, s->path, 0, 0, "%s: %s", what, s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
	return code;
}

/* The prepared statement id, reset and unbound; NULL with err set on failure. */
static sqlite3_stmt *stmt(kg_store *s, enum stmt_id id, kg_error *err)
{
	int rc;

	if (!s->stmt[id] && (rc = sqlite3_prepare_v3(s->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
						     &s->stmt[id], NULL)) != SQLITE_OK) {
		fail(s, err, rc, "cannot prepare a statement");
		return NULL;
	}
	sqlite3_reset(s->stmt[id]);
	sqlite3_clear_bindings(s->stmt[id]);
	return s->stmt[id];
}

/* Runs SQL without results; returns the SQLite code. */
static int exec(kg_store *s, const char *sql)
{
	int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);

	fault_stmt(s);
	return rc;
}

/* The integer the one-row query sql returns (0 when no row) into *out; returns the SQLite code. */
static int query_int(kg_store *s, const char *sql, sqlite3_int64 *out)
{
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);

	*out = 0;
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW)
			*out = sqlite3_column_int64(st, 0);
		rc = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
	}
	sqlite3_finalize(st);
	fault_stmt(s);
	return rc;
}

/* 1 for the codes that mean another connection holds the lock. */
static int is_busy(int rc)
{
	return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

/* Waits a little before attempt try + 1 of a transaction: 50, 100, 200... ms. */
static void backoff(int try)
{
	struct timespec ts = { 0, 50000000L };

	for (int i = 0; i < try && ts.tv_nsec < 400000000L; i++)
		ts.tv_nsec *= 2;
	nanosleep(&ts, NULL);
}

/* BEGIN IMMEDIATE, retried while busy; returns the SQLite code. */
static int begin_write(kg_store *s)
{
	int rc;

	for (int try = 0; is_busy(rc = exec(s, "BEGIN IMMEDIATE")) && try < PUT_TRIES; try++)
		backoff(try);
	return rc;
}

/* Creates the schema in a new store (inside one transaction, so that two processes creating the same
 * store at once leave one schema). */
static int create_schema(kg_store *s, kg_error *err)
{
	char meta[256];
	sqlite3_int64 n;
	int rc;

	if ((rc = begin_write(s)) != SQLITE_OK)
		return fail(s, err, rc, "cannot create the store");
	/* another process may have created it while this one waited */
	if ((rc = query_int(s, "SELECT count(*) FROM sqlite_master", &n)) != SQLITE_OK)
		goto fail;
	if (n == 0) {
		snprintf(meta, sizeof(meta),
			 "INSERT INTO meta VALUES('application', 'kg'), ('schema', '%d'), ('created_by', 'kg %s');"
			 "PRAGMA application_id = %d; PRAGMA user_version = %d;",
			 KG_STORE_SCHEMA, KG_VERSION, APPLICATION_ID, KG_STORE_SCHEMA);
		for (size_t i = 0; i < sizeof(schema_sql) / sizeof(schema_sql[0]); i++)
			if ((rc = exec(s, schema_sql[i])) != SQLITE_OK)
				goto fail;
		if ((rc = exec(s, meta)) != SQLITE_OK)
			goto fail;
	}
	if ((rc = exec(s, "COMMIT")) != SQLITE_OK)
		goto fail;
	return KG_OK;
fail:
	rc = fail(s, err, rc, "cannot create the store");
	exec(s, "ROLLBACK");
	return rc;
}

/* Upgrades a store of version `from` to KG_STORE_SCHEMA in one transaction, or says why it cannot. */
static int migrate(kg_store *s, int from, kg_error *err)
{
	char meta[160];
	sqlite3_int64 now;
	int rc;

	for (int v = from; v < KG_STORE_SCHEMA; v++)
		if (!migrations[v].sql) {
			kg_error_set(err, s->path, 0, 0,
				     "the store has schema version %d, older than the version %d this kg reads, and cannot "
				     "be migrated (%s): move it away and add the documents again with kg add", from,
				     KG_STORE_SCHEMA, migrations[v].why);
			return KG_EPARSE;
		}
	if ((rc = begin_write(s)) != SQLITE_OK)
		return fail(s, err, rc, "cannot migrate the store");
	/* another process may have migrated it while this one waited for the lock */
	if ((rc = query_int(s, "PRAGMA user_version", &now)) != SQLITE_OK)
		goto fail;
	if (now != from) {
		if ((rc = exec(s, "COMMIT")) != SQLITE_OK)
			goto fail;
		return now == KG_STORE_SCHEMA ? KG_OK : migrate(s, (int)now, err);
	}
	for (int v = from; v < KG_STORE_SCHEMA; v++)
		if ((rc = exec(s, migrations[v].sql)) != SQLITE_OK)
			goto fail;
	snprintf(meta, sizeof(meta), "UPDATE meta SET value = '%d' WHERE key = 'schema'; PRAGMA user_version = %d;",
		 KG_STORE_SCHEMA, KG_STORE_SCHEMA);
	if ((rc = exec(s, meta)) != SQLITE_OK || (rc = exec(s, "COMMIT")) != SQLITE_OK)
		goto fail;
	s->migrated_from = from;
	return KG_OK;
fail:
	rc = fail(s, err, rc, "cannot migrate the store");
	exec(s, "ROLLBACK");
	return rc;
}

/* Makes sure the file is a kg store of this schema version; creates the schema in an empty one when
 * writing. */
static int check_schema(kg_store *s, kg_store_mode mode, kg_error *err)
{
	sqlite3_int64 tables, version, app, meta_schema;
	int rc;

	if ((rc = query_int(s, "SELECT count(*) FROM sqlite_master", &tables)) != SQLITE_OK ||
	    (rc = query_int(s, "PRAGMA user_version", &version)) != SQLITE_OK ||
	    (rc = query_int(s, "PRAGMA application_id", &app)) != SQLITE_OK)
		return fail(s, err, rc, "cannot read the store");
	if (tables == 0 && version == 0 && app == 0) {
		if (mode == KG_STORE_READ) {
			kg_error_set(err, s->path, 0, 0, "not a kg store: the database is empty");
			return KG_EPARSE;
		}
		if ((rc = create_schema(s, err)) < 0)
			return rc;
		if ((rc = query_int(s, "PRAGMA user_version", &version)) != SQLITE_OK ||
		    (rc = query_int(s, "PRAGMA application_id", &app)) != SQLITE_OK)
			return fail(s, err, rc, "cannot read the store");
	}
	if (app != APPLICATION_ID) {
		kg_error_set(err, s->path, 0, 0, "not a kg store: a SQLite database of another application");
		return KG_EPARSE;
	}
	if (version > KG_STORE_SCHEMA) {
		kg_error_set(err, s->path, 0, 0,
			     "the store has schema version %lld, newer than the version %d this kg reads: use a newer kg",
			     (long long)version, KG_STORE_SCHEMA);
		return KG_EPARSE;
	}
	if (version < KG_STORE_SCHEMA && (rc = migrate(s, (int)version, err)) < 0)
		return rc;
	version = KG_STORE_SCHEMA;
	if ((rc = query_int(s, "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'schema'", &meta_schema)) !=
	    SQLITE_OK || meta_schema != version) {
		kg_error_set(err, s->path, 0, 0, "the store is damaged: its meta table says schema %lld, its header %lld",
			     (long long)meta_schema, (long long)version);
		return KG_EPARSE;
	}
	return KG_OK;
}

/* kg_store_open, reading KG_FAULT when faults is set (a reader of kg_store_open_reader never kills). */
static int open_store(kg_store **out, const char *path, kg_store_mode mode, int faults, kg_error *err)
{
	kg_store *s = NULL;
	int memory = strcmp(path, ":memory:") == 0;
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (mode == KG_STORE_WRITE ? SQLITE_OPEN_CREATE : 0);
	sqlite3_int64 ignored;
	int rc;

	*out = NULL;
	if (!memory && mode == KG_STORE_READ && access(path, F_OK) != 0) {
		kg_error_set(err, path, 0, 0, "no such store");
		return KG_ENOTFOUND;
	}
	if (!(s = calloc(1, sizeof(*s))) || !(s->path = kg_strdup(path))) {
		free(s);
		kg_error_set(err, path, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	s->fault.trace = -1;
	if (faults && (rc = fault_read(s, err)) < 0)
		goto fail;
	/* read mode opens read-write all the same: a WAL file needs its -shm file, which only a writer can
	 * make; nothing is written (a file without write permission is opened read-only by SQLite) */
	if ((rc = sqlite3_open_v2(path, &s->db, flags, NULL)) != SQLITE_OK) {
		rc = fail(s, err, rc, "cannot open");
		goto fail;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, KG_STORE_BUSY_MS);
	/* the schema is checked first: a file that is not a kg store is left as it was. Another kg add
	 * creating the same store at the same moment can make SQLite answer busy at once, without
	 * waiting (a read lock cannot become a write lock while another writer waits): tried again, as a
	 * document's transaction is, so that two processes started together both get in */
	for (int try = 0;; try++) {
		if ((rc = check_schema(s, mode, err)) >= 0) {
			/* WAL: readers never block the writer and a crash leaves the last committed state */
			int q = !memory && mode == KG_STORE_WRITE ? query_int(s, "PRAGMA journal_mode = WAL", &ignored)
								  : SQLITE_OK;
			if (q == SQLITE_OK)
				break;
			rc = fail(s, err, q, "cannot open");
		}
		if (!is_busy(sqlite3_extended_errcode(s->db)) || try + 1 >= OPEN_TRIES)
			goto fail;
		backoff(try);
	}
	/* a bigger page cache (STORE_CACHE_SQL): the documents' ids and names are spread over their indexes,
	 * and with the default 2 MB every transaction reads back from the file pages it wrote a moment ago.
	 * Synchronous NORMAL in WAL mode: a COMMIT appends to the WAL without waiting for the disk, the
	 * checkpoint that copies the WAL into the file syncs first. A crash of kg or of the machine never
	 * corrupts the store (a torn commit's frames fail their checksum and are dropped when the store is
	 * next opened); a power cut may lose the last transactions, which the next kg add of the same inputs
	 * stores again. Not OFF (a power cut during a checkpoint could leave the file half copied from a WAL
	 * already reset), not journal_mode MEMORY or OFF (a crash in a transaction corrupts), not
	 * locking_mode EXCLUSIVE (several kg add processes write to one store at once) */
	if ((rc = exec(s, "PRAGMA synchronous = NORMAL")) != SQLITE_OK ||
	    (rc = exec(s, mode == KG_STORE_WRITE ? STORE_WRITE_CACHE_SQL : STORE_CACHE_SQL)) != SQLITE_OK) {
		rc = fail(s, err, rc, "cannot open");
		goto fail;
	}
	*out = s;
	return KG_OK;
fail:
	kg_store_free(s);
	return rc;
}

int kg_store_open(kg_store **out, const char *path, kg_store_mode mode, kg_error *err)
{
	return open_store(out, path, mode, 1, err);
}

int kg_store_open_reader(kg_store **out, const kg_store *s, kg_error *err)
{
	*out = NULL;
	if (strcmp(s->path, ":memory:") == 0)
		return KG_OK;
	return open_store(out, s->path, KG_STORE_READ, 0, err);
}

int kg_store_migrated_from(const kg_store *s)
{
	return s ? s->migrated_from : 0;
}

void kg_store_free(kg_store *s)
{
	if (!s)
		return;
	for (int i = 0; i < N_STMT; i++)
		sqlite3_finalize(s->stmt[i]);
	sqlite3_close(s->db);
	fault_close(s);
	free(s->path);
	free(s);
}

/* The stored hash of document id: 1 and *hash (new string) and, when key is not NULL, *key (its integer
 * key) when stored, 0 when not, < 0 on error. */
static int stored_hash(kg_store *s, const char *id, char **hash, sqlite3_int64 *key, kg_error *err)
{
	sqlite3_stmt *st = stmt(s, ST_HASH, err);
	int rc;

	*hash = NULL;
	if (!st)
		return KG_EIO;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	fault_stmt(s);
	if (rc == SQLITE_ROW) {
		if (key)
			*key = sqlite3_column_int64(st, 1);
		*hash = kg_strdup((const char *)sqlite3_column_text(st, 0));
		sqlite3_reset(st);
		if (!*hash) {
			kg_error_set(err, s->path, 0, 0, "out of memory");
			return KG_ENOMEM;
		}
		return 1;
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? 0 : fail(s, err, rc, "cannot read the documents");
}

char *kg_store_doc_id(const kg_store_doc *doc)
{
	size_t n;
	char *key;

	if (doc->url && *doc->url)
		return kg_strdup(doc->url);
	n = strlen(doc->hash) + sizeof("sha256:");
	if ((key = malloc(n)))
		snprintf(key, n, "sha256:%s", doc->hash);
	return key;
}

int kg_store_has(kg_store *s, const kg_store_doc *doc, kg_error *err)
{
	char *stored = NULL, *key = kg_store_doc_id(doc);
	int rc;

	if (!key) {
		kg_error_set(err, s->path, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	if ((rc = stored_hash(s, key, &stored, NULL, err)) == 1)
		rc = strcmp(stored, doc->hash) == 0;
	free(stored);
	free(key);
	return rc;
}

/* Steps a bound insert or delete of a document transaction; returns the SQLite code (SQLITE_OK when
 * done). */
static int step_done(kg_store *s, sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);

	sqlite3_reset(st);
	fault_stmt(s);
	fault_row(s);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* Runs the delete statement id for the document of integer key doc. */
static int delete_doc(kg_store *s, enum stmt_id id, sqlite3_int64 doc, kg_error *err)
{
	sqlite3_stmt *st = stmt(s, id, err);

	if (!st)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	return step_done(s, st);
}

/* The deletes that remove a document's rows, in order. */
static const enum stmt_id deletes[] = { ST_DEL_DOC, ST_DEL_ENT, ST_DEL_ALIAS, ST_DEL_MERGE, ST_DEL_TRIPLE,
					ST_DEL_EVENT, ST_DEL_PART };
#define N_DELETES (sizeof(deletes) / sizeof(deletes[0]))

/* Deletes every row of the document of integer key doc; returns the SQLite code. */
static int delete_rows(kg_store *s, sqlite3_int64 doc, kg_error *err)
{
	int rc = SQLITE_OK;

	for (size_t i = 0; i < N_DELETES && rc == SQLITE_OK; i++)
		rc = delete_doc(s, deletes[i], doc, err);
	return rc;
}

/* Inserts the rows of one strv (aliases or why lines) of entity e under statement id, numbering them
 * from *ord. */
static int insert_strv(kg_store *s, enum stmt_id id, sqlite3_int64 doc, const kg_entity *e, const kg_strv *sv,
		       sqlite3_int64 *ord, kg_error *err)
{
	for (size_t i = 0; i < sv->n; i++) {
		sqlite3_stmt *st = stmt(s, id, err);
		int rc;

		if (!st)
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, doc);
		sqlite3_bind_int64(st, 2, (*ord)++);
		sqlite3_bind_text(st, 3, e->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, sv->v[i], -1, SQLITE_STATIC);
		if ((rc = step_done(s, st)) != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* Binds evidence ev to the five parameters from col on: doc, sentence, start, end, text (the columns of
 * triples and events alike). */
static void bind_evidence(sqlite3_stmt *st, int col, const kg_evidence *ev)
{
	sqlite3_bind_text(st, col, ev->doc, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, col + 1, ev->sentence);
	sqlite3_bind_int64(st, col + 2, (sqlite3_int64)ev->start);
	sqlite3_bind_int64(st, col + 3, (sqlite3_int64)ev->end);
	sqlite3_bind_text(st, col + 4, ev->text, -1, SQLITE_STATIC);
}

/* Inserts triple t as row ord of the document of integer key doc. */
static int insert_triple(kg_store *s, sqlite3_int64 doc, sqlite3_int64 ord, const kg_triple *t, kg_error *err)
{
	sqlite3_stmt *st = stmt(s, ST_PUT_TRIPLE, err);
	double conf = isfinite(t->confidence) ? floor(t->confidence * 10000.0 + 0.5) / 10000.0 : 0.0;

	if (!st)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, ord);
	sqlite3_bind_text(st, 3, t->subject, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, kg_etype_name(t->subject_type), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, t->predicate, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, t->object, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, kg_etype_name(t->object_type), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, t->attrs.title, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, t->attrs.location, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, t->attrs.date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 11, t->attrs.modality, -1, SQLITE_STATIC);
	bind_evidence(st, 12, &t->evidence);
	sqlite3_bind_double(st, 17, conf);
	sqlite3_bind_text(st, 18, t->extractor, -1, SQLITE_STATIC);
	if (t->attrs.date_source != KG_DATE_NONE)
		sqlite3_bind_text(st, 19, kg_date_source_name(t->attrs.date_source), -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 20, t->attrs.event, -1, SQLITE_STATIC);
	return step_done(s, st);
}

/* Inserts event ev as row ord of the document of integer key doc, and its participants from row *part_ord
 * on. */
static int insert_event(kg_store *s, sqlite3_int64 doc, sqlite3_int64 ord, const kg_event *ev,
			sqlite3_int64 *part_ord, kg_error *err)
{
	sqlite3_stmt *st = stmt(s, ST_PUT_EVENT, err);
	double conf = isfinite(ev->confidence) ? floor(ev->confidence * 10000.0 + 0.5) / 10000.0 : 0.0;
	int rc;

	if (!st)
		return SQLITE_ERROR;
	sqlite3_bind_int64(st, 1, doc);
	sqlite3_bind_int64(st, 2, ord);
	sqlite3_bind_text(st, 3, ev->id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, kg_event_types[ev->type].name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, ev->trigger, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 6, (sqlite3_int64)ev->trigger_start);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)ev->trigger_end);
	sqlite3_bind_text(st, 8, ev->place, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 9, ev->date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 10, kg_date_source_name(ev->date_source), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 11, (sqlite3_int64)ev->flags);
	bind_evidence(st, 12, &ev->evidence);
	sqlite3_bind_double(st, 17, conf);
	sqlite3_bind_text(st, 18, ev->extractor, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 19, ev->duration, -1, SQLITE_STATIC);
	if ((rc = step_done(s, st)) != SQLITE_OK)
		return rc;
	for (size_t i = 0; i < ev->n_participants; i++) {
		const kg_participant *p = &ev->participants[i];

		if (!(st = stmt(s, ST_PUT_PART, err)))
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, doc);
		sqlite3_bind_int64(st, 2, (*part_ord)++);
		sqlite3_bind_int64(st, 3, ord);
		sqlite3_bind_text(st, 4, p->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 5, kg_etype_name(p->type), -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 6, kg_role_name(p->role), -1, SQLITE_STATIC);
		if ((rc = step_done(s, st)) != SQLITE_OK)
			return rc;
	}
	return SQLITE_OK;
}

/* Writes the document's rows under key inside the open transaction, first deleting the rows stored
 * under its integer key old when had (a document whose key is not stored has no rows: every row belongs
 * to a documents row), which the new rows then take again; a new document's integer key is the one
 * SQLite gives its documents row. Returns the SQLite code. */
static int write_doc(kg_store *s, const char *key, int had, sqlite3_int64 old, const kg_store_doc *doc,
		     const kg_facts *facts, kg_error *err)
{
	sqlite3_int64 n_alias = 0, n_merge = 0, n_part = 0, doc_key;
	sqlite3_stmt *st;
	int rc;

	if (s->fault.kind == FAULT_TXN && s->fault.txns == s->fault.at) {
		/* kill:txn:N: halfway through the deletes and inserts of this transaction */
		size_t rows = (had ? N_DELETES : 0) + 1 + facts->n_entities + facts->n_triples + facts->n_events;

		for (size_t i = 0; i < facts->n_entities; i++)
			rows += facts->entities[i].aliases.n + facts->entities[i].why.n;
		for (size_t i = 0; i < facts->n_events; i++)
			rows += facts->events[i].n_participants;
		s->fault.rows_left = (rows + 1) / 2;
	}
	if (had && (rc = delete_rows(s, old, err)) != SQLITE_OK)
		return rc;
	if (!(st = stmt(s, ST_PUT_DOC, err)))
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, doc->name, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, doc->source, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, doc->origin, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 5, doc->hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 6, doc->date, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 7, doc->url, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 8, (sqlite3_int64)facts->n_entities);
	sqlite3_bind_int64(st, 9, (sqlite3_int64)facts->n_triples);
	sqlite3_bind_text(st, 10, doc->title, -1, SQLITE_STATIC);
	if (doc->date_from && doc->date_from[0])
		sqlite3_bind_text(st, 11, doc->date_from, -1, SQLITE_STATIC);
	else if (doc->date_source != KG_DATE_NONE)
		sqlite3_bind_text(st, 11, kg_date_source_name(doc->date_source), -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 12, (sqlite3_int64)facts->n_events);
	if (had)
		sqlite3_bind_int64(st, 13, old);
	if ((rc = step_done(s, st)) != SQLITE_OK)
		return rc;
	doc_key = sqlite3_last_insert_rowid(s->db);
	for (size_t i = 0; i < facts->n_entities; i++) {
		const kg_entity *e = &facts->entities[i];

		if (!(st = stmt(s, ST_PUT_ENT, err)))
			return SQLITE_ERROR;
		sqlite3_bind_int64(st, 1, doc_key);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		sqlite3_bind_text(st, 3, e->name, -1, SQLITE_STATIC);
		sqlite3_bind_text(st, 4, kg_etype_name(e->type), -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 5, (sqlite3_int64)e->mentions);
		if ((rc = step_done(s, st)) != SQLITE_OK ||
		    (rc = insert_strv(s, ST_PUT_ALIAS, doc_key, e, &e->aliases, &n_alias, err)) != SQLITE_OK ||
		    (rc = insert_strv(s, ST_PUT_MERGE, doc_key, e, &e->why, &n_merge, err)) != SQLITE_OK)
			return rc;
	}
	for (size_t i = 0; i < facts->n_triples; i++)
		if ((rc = insert_triple(s, doc_key, (sqlite3_int64)i, &facts->triples[i], err)) != SQLITE_OK)
			return rc;
	for (size_t i = 0; i < facts->n_events; i++)
		if ((rc = insert_event(s, doc_key, (sqlite3_int64)i, &facts->events[i], &n_part, err)) != SQLITE_OK)
			return rc;
	return SQLITE_OK;
}

/* Describes a replaced document for messages: "NAME" (KEY) from SOURCE (new string, NULL when out of
 * memory). */
static char *describe(const char *key, const char *name, const char *source)
{
	size_t n = strlen(key) + (name ? strlen(name) : 0) + (source ? strlen(source) : 0) + 16;
	char *out = malloc(n);

	if (out && name)
		snprintf(out, n, "\"%s\" (%s)%s%s", name, key, source ? " from " : "", source ? source : "");
	else if (out)
		snprintf(out, n, "the stored %s", key);
	return out;
}

/* Deletes the documents stored from doc's origin under another key than key (an earlier content of
 * the same source); *dropped gets their number and *replaced (when NULL) the description of the first.
 * Returns the SQLite code. */
static int drop_origin(kg_store *s, const char *key, const kg_store_doc *doc, char **replaced, size_t *dropped,
		       kg_error *err)
{
	sqlite3_stmt *st;
	sqlite3_int64 *keys = NULL;
	size_t n = 0, cap = 0;
	int rc;

	*dropped = 0;
	if (!doc->origin)
		return SQLITE_OK;
	if (!(st = stmt(s, ST_ORIGIN, err)))
		return SQLITE_ERROR;
	sqlite3_bind_text(st, 1, doc->origin, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, key, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!*replaced)
			*replaced = describe((const char *)sqlite3_column_text(st, 1),
					     (const char *)sqlite3_column_text(st, 2),
					     (const char *)sqlite3_column_text(st, 3));
		if (n == cap) {
			sqlite3_int64 *v = realloc(keys, (cap = cap ? 2 * cap : 4) * sizeof(*v));

			if (!v) {
				rc = SQLITE_NOMEM;
				break;
			}
			keys = v;
		}
		keys[n++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_reset(st);
	fault_stmt(s);
	rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
	for (size_t i = 0; i < n && rc == SQLITE_OK; i++)
		rc = delete_rows(s, keys[i], err);
	if (rc == SQLITE_OK)
		*dropped = n;
	free(keys);
	return rc;
}

/* Writes doc under key inside the open transaction: nothing when it is stored with its hash, else its
 * rows in place of those of the documents it replaces. Returns the SQLite code, *change set when
 * SQLITE_OK; on error the caller rolls back. */
static int put_rows(kg_store *s, const char *key, const kg_store_doc *doc, const kg_facts *facts,
		    kg_store_change *change, char **replaced, kg_error *err)
{
	char *old = NULL;
	sqlite3_int64 old_key = 0;
	size_t dropped = 0;
	int rc, had;

	free(*replaced);
	*replaced = NULL;
	if ((had = stored_hash(s, key, &old, &old_key, err)) < 0)
		return had == KG_ENOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
	if (had && strcmp(old, doc->hash) == 0) {
		*change = KG_STORE_UNCHANGED;
		free(old);
		fault_note(s, "unchanged", s->fault.txns);
		return SQLITE_OK;
	}
	free(old);
	/* the same URL with another content, or the same origin under another key: replaced */
	if (had)
		*replaced = describe(key, NULL, NULL);
	if ((rc = drop_origin(s, key, doc, replaced, &dropped, err)) != SQLITE_OK)
		return rc;
	*change = had || dropped ? KG_STORE_REPLACED : KG_STORE_ADDED;
	if ((rc = write_doc(s, key, had, old_key, doc, facts, err)) != SQLITE_OK)
		return rc;
	if (s->fault.kind == FAULT_COMMIT && s->fault.txns == s->fault.at)
		fault_kill(s);
	return SQLITE_OK;
}

/* Forgets what items[from..n) were told (replaced strings freed). */
static void items_reset(kg_store_item *items, size_t from, size_t n)
{
	for (size_t i = from; i < n; i++) {
		free(items[i].replaced);
		items[i].replaced = NULL;
		items[i].change = KG_STORE_UNCHANGED;
	}
}

/* One attempt of kg_store_put_many under keys; returns the SQLite code, *n_ok the items committed
 * (all, or none). When item k fails, *failed gets k and everything is rolled back, so that the caller
 * can store the items before it alone (no savepoint per document: in WAL mode each would copy the pages
 * it touches to a statement journal). */
static int put_many_once(kg_store *s, char *const *keys, kg_store_item *items, size_t n, size_t *n_ok,
			 size_t *failed, kg_error *err)
{
	unsigned long first = s->fault.txns + 1;
	int rc;

	*n_ok = 0;
	*failed = n;
	if ((rc = begin_write(s)) != SQLITE_OK)
		return rc;
	for (size_t i = 0; i < n && rc == SQLITE_OK; i++) {
		fault_note(s, "begin", ++s->fault.txns);
		if ((rc = put_rows(s, keys[i], items[i].doc, items[i].facts, &items[i].change, &items[i].replaced,
				   err)) != SQLITE_OK)
			*failed = i;
	}
	if (rc == SQLITE_OK && (rc = exec(s, "COMMIT")) == SQLITE_OK) {
		*n_ok = n;
		for (size_t k = 0; k < n; k++)
			fault_note(s, "commit", first + k);
		return rc;
	}
	if (!sqlite3_get_autocommit(s->db))
		exec(s, "ROLLBACK");
	return rc;
}

int kg_store_put_many(kg_store *s, kg_store_item *items, size_t n, size_t *n_stored, kg_error *err)
{
	char **keys = NULL;
	size_t ok = 0, all = n;
	kg_error e, first_err;
	int rc = SQLITE_OK, first_rc = SQLITE_OK;

	*n_stored = 0;
	for (size_t i = 0; i < n; i++) {
		items[i].replaced = NULL;
		items[i].change = KG_STORE_UNCHANGED;
		if (!items[i].doc || !items[i].doc->name || !items[i].doc->hash || !items[i].facts) {
			kg_error_set(err, s->path, 0, 0, "a document needs a name and a hash");
			return KG_EINVAL;
		}
	}
	if (n == 0)
		return KG_OK;
	if (!(keys = calloc(n, sizeof(*keys)))) {
		kg_error_set(err, s->path, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < n; i++)
		if (!(keys[i] = kg_store_doc_id(items[i].doc))) {
			rc = SQLITE_NOMEM;
			kg_error_set(&e, s->path, 0, 0, "out of memory");
			goto done;
		}
	for (int try = 0;; try++) {
		size_t failed;

		memset(&e, 0, sizeof(e));
		if ((rc = put_many_once(s, keys, items, n, &ok, &failed, &e)) == SQLITE_OK)
			break;
		items_reset(items, 0, n);
		if (!is_busy(rc)) {
			if (first_rc == SQLITE_OK) {
				first_rc = rc;
				first_err = e;
			}
			if (failed == 0 || failed >= n)
				break;
			/* store the documents before the one that failed, then say why it failed */
			n = failed;
			try = -1;
			continue;
		}
		if (try + 1 >= PUT_TRIES)
			break;
		backoff(try);
	}
	if (first_rc != SQLITE_OK) {
		rc = first_rc;
		e = first_err;
	}
done:
	for (size_t i = 0; i < all; i++)
		free(keys[i]);
	free(keys);
	items_reset(items, ok, all);
	*n_stored = ok;
	if (rc == SQLITE_OK)
		return KG_OK;
	if (e.text[0]) {
		if (err)
			*err = e;
		return (rc & 0xff) == SQLITE_NOMEM ? KG_ENOMEM : KG_EIO;
	}
	return fail(s, err, rc, is_busy(rc) ? "the store stayed busy (another kg add?)" : "cannot store the document");
}

int kg_store_put(kg_store *s, const kg_store_doc *doc, const kg_facts *facts, kg_store_change *change,
		 char **replaced, kg_error *err)
{
	kg_store_item item = { .doc = doc, .facts = facts };
	size_t stored;
	int rc = kg_store_put_many(s, &item, 1, &stored, err);

	if (replaced)
		*replaced = rc == KG_OK ? item.replaced : NULL;
	else
		free(item.replaced);
	if (change && rc == KG_OK)
		*change = item.change;
	return rc;
}

/* A column as a borrowed string, NULL when NULL. */
static char *col_text(sqlite3_stmt *st, int i)
{
	return (char *)sqlite3_column_text(st, i);
}

/* Reads the evidence (borrowed strings) from the five columns from col on, as bind_evidence wrote them. */
static void col_evidence(kg_evidence *out, sqlite3_stmt *st, int col)
{
	out->doc = col_text(st, col);
	out->sentence = (long)sqlite3_column_int64(st, col + 1);
	out->start = (size_t)sqlite3_column_int64(st, col + 2);
	out->end = (size_t)sqlite3_column_int64(st, col + 3);
	out->text = col_text(st, col + 4);
}

/* Keys of the meta table that kg itself writes when a store is made: never a setting. */
static const char *const reserved_keys[] = { "application", "schema", "created_by" };

/* 1 when key may hold a setting. */
static int setting_key_ok(const char *key)
{
	for (size_t i = 0; i < sizeof(reserved_keys) / sizeof(reserved_keys[0]); i++)
		if (strcmp(key, reserved_keys[i]) == 0)
			return 0;
	return key[0] != '\0';
}

int kg_store_setting_get(kg_store *s, const char *key, char **value, kg_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	*value = NULL;
	if (!s || !key || !setting_key_ok(key)) {
		kg_error_set(err, s ? s->path : "store", 0, 0, "not a setting: %s", key ? key : "(none)");
		return KG_EINVAL;
	}
	if ((rc = sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key = ?1", -1, &st, NULL)) != SQLITE_OK)
		return fail(s, err, rc, "cannot read a setting");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && !(*value = kg_strdup(col_text(st, 0)))) {
		sqlite3_finalize(st);
		kg_error_set(err, s->path, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		rc = fail(s, err, rc, "cannot read a setting");
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	return KG_OK;
}

int kg_store_setting_put(kg_store *s, const char *key, const char *value, kg_error *err)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (!s || !key || !value || !setting_key_ok(key)) {
		kg_error_set(err, s ? s->path : "store", 0, 0, "not a setting: %s", key ? key : "(none)");
		return KG_EINVAL;
	}
	if ((rc = sqlite3_prepare_v2(s->db, "INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)", -1, &st,
				     NULL)) != SQLITE_OK)
		return fail(s, err, rc, "cannot store a setting");
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, value, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	fault_stmt(s);
	if (rc != SQLITE_DONE) {
		rc = fail(s, err, rc, "cannot store a setting");
		sqlite3_finalize(st);
		return rc;
	}
	sqlite3_finalize(st);
	return KG_OK;
}

/* The entity type stored as text. */
static kg_etype col_type(sqlite3_stmt *st, int i)
{
	const char *t = col_text(st, i);

	return t ? kg_etype_parse(t) : KG_TYPE_UNKNOWN;
}

/* The merge log of the entities read so far, folded: the lines of one entity that differ only in the
 * document they name ("Krelova: surname of Adam Krelova, named in full in doc-7") are one line, which
 * says in how many other documents it held, so the log grows with the entities, not with the text. */
typedef struct why_row {
	size_t entity; /* index of the entity in the facts */
	size_t line;   /* index of the line in its why */
	size_t end;    /* where the document's name ends in the line, SIZE_MAX when it names none */
	size_t more;   /* documents after the first that gave the same line */
} why_row;

typedef struct why_fold {
	kg_map *seen;  /* "entity\037line with the document cut out" -> index in rows */
	why_row *rows; /* one per line kept */
	size_t n, cap;
	char *doc;     /* the name of the document being read, which its lines name */
	char *key;     /* scratch */
	size_t key_cap;
} why_fold;

static void why_fold_clear(why_fold *f)
{
	kg_map_free(f->seen);
	free(f->rows);
	free(f->doc);
	free(f->key);
	memset(f, 0, sizeof(*f));
}

/* Where the document's name doc ends in line when line names it as its last word ("... in doc-7",
 * "... (doc-7)"), SIZE_MAX when it does not. */
static size_t why_doc_end(const char *line, const char *doc)
{
	size_t nl = strlen(line), nd = strlen(doc), tail = nl && line[nl - 1] == ')' ? 1 : 0, at;

	if (!nd || nl < nd + tail + 1)
		return SIZE_MAX;
	at = nl - tail - nd;
	if (memcmp(line + at, doc, nd) != 0 || (line[at - 1] != ' ' && line[at - 1] != '('))
		return SIZE_MAX;
	return at + nd;
}

/* Puts "entity\037line" into f->key, with the document's name cut out of line (between at and end)
 * when at is not SIZE_MAX. 0 or KG_ENOMEM. */
static int why_key(why_fold *f, const char *entity, const char *line, size_t at, size_t end)
{
	size_t nn = strlen(entity), nl = strlen(line);

	if (nn + nl + 3 > f->key_cap) {
		char *k = realloc(f->key, nn + nl + 3);

		if (!k)
			return KG_ENOMEM;
		f->key = k;
		f->key_cap = nn + nl + 3;
	}
	memcpy(f->key, entity, nn);
	f->key[nn] = '\037';
	if (at == SIZE_MAX) {
		memcpy(f->key + nn + 1, line, nl + 1);
	} else {
		memcpy(f->key + nn + 1, line, at);
		f->key[nn + 1 + at] = '\036'; /* no line holds it: folded keys never equal whole lines */
		memcpy(f->key + nn + 2 + at, line + end, nl - end + 1);
	}
	return KG_OK;
}

/* Adds line, read for entity e of facts from the document named f->doc, to e's why unless it is there
 * already or a line that differs only in the document it names is (then counted). 0 or KG_ENOMEM. */
static int why_fold_add(why_fold *f, kg_facts *facts, kg_entity *e, const char *line)
{
	size_t end = why_doc_end(line, f->doc ? f->doc : ""), at = SIZE_MAX, r;
	why_row *row, *rows;

	if (!f->seen && kg_map_new(&f->seen) < 0)
		return KG_ENOMEM;
	if (why_key(f, e->name, line, SIZE_MAX, 0) < 0)
		return KG_ENOMEM;
	if (kg_map_get(f->seen, f->key, &r))
		return KG_OK;
	if (end != SIZE_MAX) {
		at = end - strlen(f->doc);
		if (why_key(f, e->name, line, at, end) < 0)
			return KG_ENOMEM;
		if (kg_map_get(f->seen, f->key, &r)) {
			f->rows[r].more++;
			return KG_OK;
		}
	}
	if (!(rows = kg_grow(f->rows, &f->cap, f->n + 1, sizeof(*rows), 64)))
		return KG_ENOMEM;
	f->rows = rows;
	/* the folded key is in f->key when the line names its document; the whole line's goes in too */
	if (kg_strv_push(&e->why, line) < 0 || (end != SIZE_MAX && kg_map_put(f->seen, f->key, f->n) < 0) ||
	    why_key(f, e->name, line, SIZE_MAX, 0) < 0 || kg_map_put(f->seen, f->key, f->n) < 0)
		return KG_ENOMEM;
	row = &f->rows[f->n++];
	row->entity = (size_t)(e - facts->entities);
	row->line = e->why.n - 1;
	row->end = end;
	row->more = 0;
	return KG_OK;
}

/* Writes the counts into the folded lines: "... named in full in doc-7 and 41 other documents". */
static int why_fold_finish(why_fold *f, kg_facts *facts)
{
	for (size_t i = 0; i < f->n; i++) {
		const why_row *row = &f->rows[i];
		char **line;
		char *v;
		int n;

		if (!row->more || row->end == SIZE_MAX)
			continue;
		line = &facts->entities[row->entity].why.v[row->line];
		n = snprintf(NULL, 0, "%.*s and %zu other document%s%s", (int)row->end, *line, row->more,
			     row->more == 1 ? "" : "s", *line + row->end);
		if (n < 0 || !(v = malloc((size_t)n + 1)))
			return KG_ENOMEM;
		snprintf(v, (size_t)n + 1, "%.*s and %zu other document%s%s", (int)row->end, *line, row->more,
			 row->more == 1 ? "" : "s", *line + row->end);
		free(*line);
		*line = v;
	}
	return KG_OK;
}

/* The readers of a document's rows below take its integer key, and its text id doc for their messages. */
/* Adds the rows of the alias or merge statement id to the named entity's aliases or why lines (merge
 * lines folded into fold, when not NULL). */
static int get_strv(kg_store *s, enum stmt_id id, sqlite3_int64 key, const char *doc, kg_facts *facts,
		    why_fold *fold, kg_error *err)
{
	sqlite3_stmt *st = stmt(s, id, err);
	int rc;

	if (!st)
		return KG_EIO;
	sqlite3_bind_int64(st, 1, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = col_text(st, 0), *value = col_text(st, 1);
		kg_entity *e = name ? kg_facts_find(facts, name) : NULL;

		/* a damaged store can hold NULL where kg wrote text */
		if (!e || !value) {
			kg_error_set(err, s->path, 0, 0, !name || !value ? "document %s: an alias row with no text"
						 : "document %s: an alias of \"%s\", which is not among its entities",
				     doc, name);
			sqlite3_reset(st);
			return KG_EPARSE;
		}
		if ((id == ST_GET_MERGE && fold ? why_fold_add(fold, facts, e, value)
						  : kg_strv_push_unique(id == ST_GET_ALIAS ? &e->aliases : &e->why, value)) < 0) {
			sqlite3_reset(st);
			kg_error_set(err, s->path, 0, 0, "out of memory");
			return KG_ENOMEM;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? KG_OK : fail(s, err, rc, "cannot read the aliases");
}

/* Reads the participants of document doc's events (by event row) into the n events at evs. */
static int get_participants(kg_store *s, sqlite3_int64 key, const char *doc, kg_event *evs, size_t n,
			    kg_error *err)
{
	sqlite3_stmt *st = stmt(s, ST_GET_PART, err);
	int rc;

	if (!st)
		return KG_EIO;
	sqlite3_bind_int64(st, 1, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		sqlite3_int64 ev = sqlite3_column_int64(st, 0);
		const char *name = col_text(st, 1);
		kg_role role;

		if (ev < 0 || (size_t)ev >= n || !name || kg_role_parse(&role, col_text(st, 3)) < 0) {
			sqlite3_reset(st);
			kg_error_set(err, s->path, 0, 0, "document %s: a participant row of no event, or with no name or role", doc);
			return KG_EPARSE;
		}
		if (kg_event_add_participant(&evs[ev], name, col_type(st, 2), role) < 0) {
			sqlite3_reset(st);
			kg_error_set(err, s->path, 0, 0, "out of memory");
			return KG_ENOMEM;
		}
	}
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? KG_OK : fail(s, err, rc, "cannot read the participants");
}

/* Adds document doc's stored events (with their participants) to facts. */
static int get_events(kg_store *s, sqlite3_int64 key, const char *doc, kg_facts *facts, kg_error *err)
{
	sqlite3_stmt *st = stmt(s, ST_GET_EVENT, err);
	kg_event *evs = NULL;
	size_t n = 0, cap = 0;
	int rc;

	if (!st)
		return KG_EIO;
	sqlite3_bind_int64(st, 1, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		kg_event ev = { 0 };
		const char *date = col_text(st, 6), *duration = col_text(st, 16);

		if (n == cap) {
			kg_event *v = realloc(evs, (cap = cap ? 2 * cap : 8) * sizeof(*v));

			if (!v) {
				rc = KG_ENOMEM;
				goto fail;
			}
			evs = v;
		}
		if (!col_text(st, 0) || kg_event_type_parse(&ev.type, col_text(st, 1)) < 0 ||
		    (date && !kg_date_valid(date)) || kg_date_source_parse(&ev.date_source, col_text(st, 7)) < 0 ||
		    (duration && !kg_duration_valid(duration))) {
			kg_error_set(err, s->path, 0, 0, "document %s: an event row with no id, or a bad type, date, date source "
				     "or duration", doc);
			rc = KG_EPARSE;
			goto fail;
		}
		ev.id = col_text(st, 0);
		ev.trigger = col_text(st, 2);
		ev.trigger_start = (size_t)sqlite3_column_int64(st, 3);
		ev.trigger_end = (size_t)sqlite3_column_int64(st, 4);
		ev.place = col_text(st, 5);
		ev.date = (char *)date;
		ev.duration = (char *)duration;
		ev.flags = (unsigned)sqlite3_column_int64(st, 8) & 7u;
		col_evidence(&ev.evidence, st, 9);
		ev.confidence = sqlite3_column_double(st, 14);
		ev.extractor = col_text(st, 15);
		if (kg_event_copy(&evs[n], &ev) < 0) {
			rc = KG_ENOMEM;
			goto fail;
		}
		n++;
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		rc = fail(s, err, rc, "cannot read the events");
		goto done;
	}
	rc = get_participants(s, key, doc, evs, n, err);
	for (size_t i = 0; rc == KG_OK && i < n; i++)
		if (kg_facts_add_event(facts, &evs[i]) < 0)
			rc = KG_ENOMEM;
	if (rc == KG_ENOMEM)
		kg_error_set(err, s->path, 0, 0, "out of memory");
	goto done;
fail:
	sqlite3_reset(st);
	if (rc == KG_ENOMEM)
		kg_error_set(err, s->path, 0, 0, "out of memory");
done:
	for (size_t i = 0; i < n; i++)
		kg_event_clear(&evs[i]);
	free(evs);
	return rc;
}

/* Adds the documents row of doc and its entities with their aliases and merge reasons to facts (the
 * reasons folded into fold when not NULL). */
static int get_doc_entities(kg_store *s, sqlite3_int64 key, const char *doc, kg_facts *facts, why_fold *fold,
			    kg_error *err)
{
	sqlite3_stmt *st;
	int rc;

	/* the document itself: name, URL, date and title, for the graph's documents list */
	if (!(st = stmt(s, ST_GET_DOC, err)))
		return KG_EIO;
	sqlite3_bind_int64(st, 1, key);
	if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		kg_docref d = { (char *)col_text(st, 0), (char *)col_text(st, 1), (char *)col_text(st, 2),
				(char *)col_text(st, 3) };

		if (d.url && !*d.url)
			d.url = NULL;
		if (fold) {
			free(fold->doc);
			fold->doc = NULL;
		}
		if (kg_facts_add_doc(facts, &d) < 0 || (fold && d.name && !(fold->doc = kg_strdup(d.name)))) {
			sqlite3_reset(st);
			kg_error_set(err, s->path, 0, 0, "out of memory");
			return KG_ENOMEM;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(s, err, rc, "cannot read the documents");
	if (!(st = stmt(s, ST_GET_ENT, err)))
		return KG_EIO;
	sqlite3_bind_int64(st, 1, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = col_text(st, 0);

		if (!name || kg_facts_add_entity(facts, name, col_type(st, 1), NULL,
						 (unsigned long)sqlite3_column_int64(st, 2), NULL) < 0) {
			sqlite3_reset(st);
			kg_error_set(err, s->path, 0, 0, name ? "out of memory" : "document %s: an entity without a name", doc);
			return name ? KG_ENOMEM : KG_EPARSE;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return fail(s, err, rc, "cannot read the entities");
	if ((rc = get_strv(s, ST_GET_ALIAS, key, doc, facts, NULL, err)) < 0 ||
	    (rc = get_strv(s, ST_GET_MERGE, key, doc, facts, fold, err)) < 0)
		return rc;
	return KG_OK;
}

/* Adds the triples and then the events of doc to facts. */
static int get_doc_facts(kg_store *s, sqlite3_int64 key, const char *doc, kg_facts *facts, kg_error *err)
{
	sqlite3_stmt *st;
	int rc;

	if (!(st = stmt(s, ST_GET_TRIPLE, err)))
		return KG_EIO;
	sqlite3_bind_int64(st, 1, key);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		kg_triple t = { 0 };
		int added;

		t.subject = col_text(st, 0);
		t.subject_type = col_type(st, 1);
		t.predicate = col_text(st, 2);
		t.object = col_text(st, 3);
		t.object_type = col_type(st, 4);
		t.attrs.title = col_text(st, 5);
		t.attrs.location = col_text(st, 6);
		t.attrs.date = col_text(st, 7);
		t.attrs.modality = col_text(st, 8);
		col_evidence(&t.evidence, st, 9);
		t.confidence = sqlite3_column_double(st, 14);
		t.extractor = col_text(st, 15);
		if (kg_date_source_parse(&t.attrs.date_source, col_text(st, 16)) < 0)
			t.attrs.date_source = KG_DATE_NONE;
		t.attrs.event = col_text(st, 17);
		if ((added = kg_facts_add_triple(facts, &t)) < 0) {
			sqlite3_reset(st);
			kg_error_set(err, s->path, 0, 0, added == KG_ENOMEM ? "out of memory" : "document %s: a triple without a subject, predicate or object", doc);
			return added;
		}
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return fail(s, err, rc, "cannot read the triples");
	return get_events(s, key, doc, facts, err);
}

/* Adds document doc's stored facts to facts: entities, their aliases and merge reasons, triples, events. */
static int get_doc(kg_store *s, sqlite3_int64 key, const char *doc, kg_facts *facts, why_fold *fold,
		   kg_error *err)
{
	int rc = get_doc_entities(s, key, doc, facts, fold, err);

	return rc < 0 ? rc : get_doc_facts(s, key, doc, facts, err);
}

int kg_store_get(kg_store *s, const char *id, kg_facts *facts, kg_error *err)
{
	char *hash;
	sqlite3_int64 key = 0;
	int rc;

	if ((rc = exec(s, "BEGIN")) != SQLITE_OK)
		return fail(s, err, rc, "cannot read the store");
	if ((rc = stored_hash(s, id, &hash, &key, err)) == 0) {
		kg_error_set(err, s->path, 0, 0, "no document \"%s\" in the store", id);
		rc = KG_ENOTFOUND;
	} else if (rc > 0) {
		rc = get_doc(s, key, id, facts, NULL, err);
	}
	free(hash);
	exec(s, "COMMIT");
	return rc;
}

/* The text ids of the stored documents in the byte order of their names, then ids, into ids (empty), and
 * their integer keys in the same order into *keys (a new array of ids->n, NULL when there are none; on
 * error whatever was read is left for the caller to free). */
static int list_docs(kg_store *s, kg_strv *ids, sqlite3_int64 **keys, kg_error *err)
{
	sqlite3_stmt *list = stmt(s, ST_LIST, err);
	size_t cap = 0;
	int rc;

	*keys = NULL;
	if (!list)
		return KG_EIO;
	while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
		if (ids->n == cap) {
			sqlite3_int64 *v = realloc(*keys, (cap = cap ? 2 * cap : 64) * sizeof(*v));

			if (!v)
				goto nomem;
			*keys = v;
		}
		if (kg_strv_push(ids, col_text(list, 1)) < 0)
			goto nomem;
		(*keys)[ids->n - 1] = sqlite3_column_int64(list, 0);
	}
	sqlite3_reset(list);
	return rc == SQLITE_DONE ? KG_OK : fail(s, err, rc, "cannot read the documents");
nomem:
	sqlite3_reset(list);
	kg_error_set(err, s->path, 0, 0, "out of memory");
	return KG_ENOMEM;
}

int kg_store_load(kg_store *s, kg_facts *facts, size_t *n_docs, kg_error *err)
{
	kg_strv ids = { 0 };
	sqlite3_int64 *keys = NULL;
	why_fold fold = { 0 };
	int rc;

	if (n_docs)
		*n_docs = 0;
	/* one read transaction: the WAL snapshot does not move while the documents are read */
	if ((rc = exec(s, "BEGIN")) != SQLITE_OK)
		return fail(s, err, rc, "cannot read the store");
	rc = list_docs(s, &ids, &keys, err);
	for (size_t i = 0; i < ids.n && rc == KG_OK; i++)
		rc = get_doc(s, keys[i], ids.v[i], facts, &fold, err);
	if (rc == KG_OK && (rc = why_fold_finish(&fold, facts)) < 0)
		kg_error_set(err, s->path, 0, 0, "out of memory");
	if (rc == KG_OK && n_docs)
		*n_docs = ids.n;
	exec(s, "COMMIT");
	why_fold_clear(&fold);
	kg_strv_clear(&ids);
	free(keys);
	return rc;
}

int kg_store_scan(kg_store *s, kg_facts *entities, const kg_store_scan_callbacks *cb, kg_error *err)
{
	kg_strv ids = { 0 };
	sqlite3_int64 *keys = NULL;
	kg_facts *doc = NULL;
	why_fold fold = { 0 };
	sqlite3_int64 cache;
	char sql[64];
	int rc;

	/* a small cache for the scan (its pages are freed now), the connection's own again after it */
	if ((rc = query_int(s, "PRAGMA cache_size", &cache)) != SQLITE_OK ||
	    (rc = exec(s, STORE_SCAN_CACHE_SQL)) != SQLITE_OK ||
	    (rc = exec(s, "BEGIN")) != SQLITE_OK)
		return fail(s, err, rc, "cannot read the store");
	rc = list_docs(s, &ids, &keys, err);
	for (size_t i = 0; i < ids.n && rc == KG_OK; i++)
		rc = get_doc_entities(s, keys[i], ids.v[i], entities, &fold, err);
	if (rc == KG_OK && (rc = why_fold_finish(&fold, entities)) < 0)
		kg_error_set(err, s->path, 0, 0, "out of memory");
	why_fold_clear(&fold);
	if (rc == KG_OK && cb->entities)
		rc = cb->entities(cb->payload, entities, ids.n, err);
	for (size_t i = 0; i < ids.n && rc == KG_OK; i++) {
		if ((rc = kg_facts_new(&doc)) < 0) {
			kg_error_set(err, s->path, 0, 0, "out of memory");
			break;
		}
		if ((rc = get_doc_facts(s, keys[i], ids.v[i], doc, err)) == KG_OK && cb->facts)
			rc = cb->facts(cb->payload, doc, err);
		kg_facts_free(doc);
		doc = NULL;
	}
	exec(s, "COMMIT");
	snprintf(sql, sizeof(sql), "PRAGMA cache_size = %lld", (long long)cache);
	exec(s, sql);
	kg_strv_clear(&ids);
	free(keys);
	return rc;
}

int kg_store_stats_get(kg_store *s, kg_store_stats *out, kg_error *err)
{
	static const char *const sql[3] = { "SELECT count(*) FROM documents", "SELECT count(*) FROM entities",
					    "SELECT count(*) FROM triples" };
	size_t *dst[3] = { &out->documents, &out->entities, &out->triples };
	int rc = exec(s, "BEGIN");

	memset(out, 0, sizeof(*out));
	for (int i = 0; rc == SQLITE_OK && i < 3; i++) {
		sqlite3_int64 n;

		if ((rc = query_int(s, sql[i], &n)) == SQLITE_OK)
			*dst[i] = (size_t)n;
	}
	exec(s, "COMMIT");
	return rc == SQLITE_OK ? KG_OK : fail(s, err, rc, "cannot count the store");
}

int kg_store_check(kg_store *s, kg_error *err)
{
	/* each query names the first document whose rows disagree with its documents row */
	static const struct { const char *sql; const char *fmt; } checks[] = {
		{ "SELECT id FROM documents d WHERE n_entities != (SELECT count(*) FROM entities WHERE doc = d.key)"
		  " OR n_triples != (SELECT count(*) FROM triples WHERE doc = d.key)"
		  " OR n_events != (SELECT count(*) FROM events WHERE doc = d.key) LIMIT 1",
		  "document \"%s\" holds a different number of entities, triples or events than its row says" },
		/* a row of no documents row has no text id: the message names its integer key */
		{ "SELECT doc FROM entities WHERE doc NOT IN (SELECT key FROM documents) UNION ALL"
		  " SELECT doc FROM triples WHERE doc NOT IN (SELECT key FROM documents) UNION ALL"
		  " SELECT doc FROM aliases WHERE doc NOT IN (SELECT key FROM documents) UNION ALL"
		  " SELECT doc FROM merges WHERE doc NOT IN (SELECT key FROM documents) UNION ALL"
		  " SELECT doc FROM events WHERE doc NOT IN (SELECT key FROM documents) UNION ALL"
		  " SELECT doc FROM participants WHERE doc NOT IN (SELECT key FROM documents) LIMIT 1",
		  "the document of key %s has rows but no documents row" },
	};
	sqlite3_stmt *st = NULL;
	int rc;

	if ((rc = exec(s, "BEGIN")) != SQLITE_OK)
		return fail(s, err, rc, "cannot read the store");
	if ((rc = sqlite3_prepare_v2(s->db, "PRAGMA integrity_check", -1, &st, NULL)) != SQLITE_OK ||
	    (rc = sqlite3_step(st)) != SQLITE_ROW) {
		rc = fail(s, err, rc == SQLITE_DONE ? SQLITE_CORRUPT : rc, "integrity check failed");
		goto done;
	}
	if (strcmp(col_text(st, 0) ? col_text(st, 0) : "", "ok") != 0) {
		kg_error_set(err, s->path, 0, 0, "integrity check failed: %s", col_text(st, 0));
		rc = KG_EPARSE;
		goto done;
	}
	for (size_t i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		sqlite3_finalize(st);
		st = NULL;
		if ((rc = sqlite3_prepare_v2(s->db, checks[i].sql, -1, &st, NULL)) != SQLITE_OK) {
			rc = fail(s, err, rc, "cannot check the store");
			goto done;
		}
		if ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			kg_error_set(err, s->path, 0, 0, checks[i].fmt, col_text(st, 0));
			rc = KG_EPARSE;
			goto done;
		}
		if (rc != SQLITE_DONE) {
			rc = fail(s, err, rc, "cannot check the store");
			goto done;
		}
	}
	rc = KG_OK;
done:
	sqlite3_finalize(st);
	exec(s, "COMMIT");
	return rc;
}
