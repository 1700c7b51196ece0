/* ingest.h: what kg build, kg add, kg merge and kg export share about the store: running the
 * extractors over the inputs and storing each document they hand over, opening a store, and building
 * the analysed graph of a store. */
#ifndef KG_CLI_INGEST_H
#define KG_CLI_INGEST_H

#include "cli.h"

#include "../extract/extract.h"
#include "../../graph/graph.h"
#include "../../graph/store.h"

/* Where kg add, kg merge and kg export keep the store when --db is not given. */
#define KG_DEFAULT_DB "out/kg.db"

/* Runs the extractor x on every input (cmd_build.c); *n_failed gets the inputs that had problems.
 * Returns 0, or < 0 when reading stopped early: strict mode, the callback (KG_ERROR), out of memory, a
 * library. */
int kg_cli_run_inputs(const kg_strv *inputs, const kg_extractor *x, kg_extract_opts *opts, kg_facts_cb cb,
		      size_t *n_failed);

/* Storing the documents of one run. */
typedef struct kg_ingest {
	kg_store *store;       /* borrowed */
	const char *db;        /* its path, for messages */
	kg_facts *pending;     /* facts of the document being handed over (a triples file comes in batches) */
	char *origin_of;       /* the last source whose file was resolved for an origin (a cache) */
	char *origin_path;     /* its canonical path, NULL when it names no file */
	size_t added;          /* documents new to the store */
	size_t replaced;       /* documents whose content changed */
	size_t unchanged;      /* documents already stored with the same content */
	int quiet;             /* 1: no warnings */
} kg_ingest;

/* Prepares in for store (borrowed, named db in messages). Returns 0 or KG_ENOMEM. */
int kg_ingest_init(kg_ingest *in, kg_store *store, const char *db, int quiet);
/* Frees what in holds (not the store). Accepts NULL. */
void kg_ingest_clear(kg_ingest *in);
/* Points xo's callbacks at in (ctx, want_doc, doc_done) and returns the facts callback to run the
 * extractors with: documents already stored with the same content are not extracted again, and each
 * other document is stored in one transaction once it has been wholly handed over. A store error is
 * printed and stops the run (KG_ERROR). */
kg_facts_cb kg_ingest_attach(kg_ingest *in, kg_extract_opts *xo);
/* Stores facts as document doc (counting it, warning when it replaces an earlier content of the same
 * source); prints the error and returns < 0 when the store fails. A document's origin, what makes a
 * later content replace it, is the canonical path of its file (without the :LINE of a JSON Lines
 * document) with its name, the source itself when that names no file (kg merge), and none for
 * standard input. */
int kg_ingest_put(kg_ingest *in, const kg_doc_info *doc, const kg_facts *facts);
/* Prints "kg: DB: N added, N replaced, N unchanged; the store holds N documents" on stderr. */
void kg_ingest_summary(const kg_ingest *in);

/* Opens the store at path, creating its directory and the store itself when mode is KG_STORE_WRITE.
 * Prints the error and returns < 0 on failure. */
int kg_cli_store_open(kg_store **out, const char *path, kg_store_mode mode);

/* Builds the analysed graph of every document in store: load, alias merging (with the curation the
 * store keeps, kg_cli_curation_keep), graph, measures. *resolved (may be NULL) gets the resolved facts
 * (caller frees). Prints the error and returns < 0 on failure. */
int kg_cli_store_graph(kg_graph **out, kg_facts **resolved, kg_store *store, size_t *n_docs);

struct kg_curation;
/* Reads and checks the curation file (curation.c; NULL: *out NULL). Bad lines print
 * "kg: error: FILE:LINE: what" and return < 0, before anything is created. */
int kg_cli_curation_read(struct kg_curation **out, const char *file);
/* With *cur, keeps it in store for later builds; without, loads the one store keeps (*cur stays NULL
 * when none). Prints the error and returns < 0 on failure. */
int kg_cli_curation_keep(struct kg_curation **cur, kg_store *store);

#endif
