/* pipeline.h: the jobs of kg as one library (inputs -> documents -> extraction -> store -> graph), one
 * entry point per job, which the commands of src/cli drive: they parse options, call it, and print. */
#ifndef KG_PIPELINE_H
#define KG_PIPELINE_H

#include <stddef.h>

#include "../core/core.h"
#include "../extract/extract.h"
#include "../resolve/resolve.h"
#include "../../graph/graph.h"
#include "../store/store.h"

/* The version of kg_pipeline_opts and kg_pipeline_callbacks this header describes. */
#define KG_PIPELINE_VERSION 1

/* How a job reads its inputs and builds its graph. */
typedef struct kg_pipeline_opts {
	unsigned int version;       /* KG_PIPELINE_VERSION */
	const char *extractor;      /* name in kg_extractors ("auto", "news", "triples"; NULL: "auto") */
	int strict;                 /* 1: stop at the first bad input or record */
	int replace_invalid;        /* 1: invalid UTF-8 is replaced (with a warning) instead of refused */
	int quiet;                  /* 1: no warnings (errors are still reported) */
	size_t jobs;                /* news documents extracted at once by worker threads (0, 1: none) */
	size_t max_doc_bytes;       /* larger documents and triples lines are refused (0: the default) */
	size_t max_sentence_tokens; /* longer sentences are cut into pieces (0: the default) */
	size_t max_entities;        /* entities kept per news document (0: the default) */
	const char *date;           /* the date of documents with none of their own (ISO, checked), NULL */
	int models;                 /* 1: extraction uses the language models of models/ when present (the
				     * run context of the job loads them on first use) */
	const char *since;          /* graph: only what is dated in or after this ISO date (NULL: no bound) */
	const char *until;          /* graph: only what is dated in or before this ISO date (NULL: no bound) */
	int count_relations;        /* graph: count the distinct edges of each relation (kg_pipeline_graph_stats) */
	size_t max_evidence;        /* graph: evidence items an edge keeps (kg_graph_build_opts; 0: all); the
				     * store keeps every one */
} kg_pipeline_opts;
#define KG_PIPELINE_OPTS_INIT { KG_PIPELINE_VERSION, "auto", 0, 0, 0, 0, 0, 0, 0, NULL, 1, NULL, NULL, 0, 0 }

/* How serious a message of the pipeline is. */
typedef enum kg_pipeline_level {
	KG_PIPELINE_NOTE,    /* something done on the user's behalf (a store upgraded) */
	KG_PIPELINE_WARNING, /* something to look at (a stored document replaced); not sent when quiet */
	KG_PIPELINE_ERROR    /* an input that could not be read; the run goes on unless strict */
} kg_pipeline_level;

/* What a job tells its caller while it runs; every member may be NULL. */
typedef struct kg_pipeline_callbacks {
	unsigned int version; /* KG_PIPELINE_VERSION */
	/* A message: where it is (a file, a store; NULL when nowhere) and what it says (one line). The
	 * problems in the inputs themselves go through the extractors' reporting (kg_extract_report). */
	void (*message)(kg_pipeline_level level, const char *where, const char *what, void *payload);
	/* A warning of loading what the run needs (a lexicon data file missing: that lexicon is empty),
	 * as kg_run_opts.on_warning. */
	void (*warning)(const kg_error *err, void *payload);
	/* Called before each input is read (a file, a directory, "-"). */
	void (*input)(const char *input, void *payload);
	/* Reading begins: n_docs and n_bytes count the documents and bytes read so far; another thread may
	 * read them until progress_end. */
	void (*progress_start)(const kg_strv *inputs, const size_t *n_docs, const size_t *n_bytes, void *payload);
	/* Reading is over. */
	void (*progress_end)(void *payload);
	/* kg_pipeline_build: the inputs are stored (not called when reading stopped early). */
	void (*stored)(void *payload);
	/* kg_pipeline_extract: the facts of document doc (one or more batches per document); return < 0
	 * to stop. */
	int (*facts)(const kg_doc_info *doc, const kg_facts *facts, void *payload);
	/* kg_pipeline_extract: document doc has been wholly handed over; return < 0 to stop. */
	int (*document)(const kg_doc_info *doc, void *payload);
	void *payload;        /* passed to each */
} kg_pipeline_callbacks;
#define KG_PIPELINE_CALLBACKS_INIT { KG_PIPELINE_VERSION, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL }

/* What reading and storing did. */
typedef struct kg_pipeline_stats {
	size_t n_docs;    /* documents or records read */
	size_t n_bytes;   /* bytes of input read */
	size_t n_errors;  /* problems reported in the inputs */
	size_t n_failed;  /* inputs that had problems */
	size_t added;     /* documents new to the store */
	size_t replaced;  /* documents whose content changed */
	size_t unchanged; /* documents already stored with the same content */
	int stopped;      /* 1: reading stopped early (strict, a callback, a store error); no graph made */
} kg_pipeline_stats;

/* What making the graph of a store found. */
typedef struct kg_pipeline_graph_stats {
	size_t n_docs;       /* documents in the store */
	kg_strv relations;   /* with count_relations: the predicates, in order of appearance */
	size_t *edges;       /* with count_relations: distinct edges of each (subject, predicate, object;
			      * the unordered pair for a symmetric predicate), before any period */
} kg_pipeline_graph_stats;
/* Frees what s holds and zeroes it. Accepts NULL. */
void kg_pipeline_graph_stats_clear(kg_pipeline_graph_stats *s);

/* Reads every input (a file, a directory read recursively, "-") with the extractor of opts and hands
 * each document's facts to cb->facts and cb->document, in input order whatever opts->jobs. Returns 0,
 * or < 0 when reading stopped early (strict, a callback, out of memory, a library; err says why when
 * the extractors have not reported it already). */
int kg_pipeline_extract(kg_pipeline_stats *stats, const kg_strv *inputs, const kg_pipeline_opts *opts,
			const kg_pipeline_callbacks *cb, kg_error *err);

/* Called by kg_pipeline_list for each file, with the extractor that would read it ("auto" for "-");
 * returns < 0 to stop, 1 when the file could not be listed (its input counts as failed), else 0. */
typedef int (*kg_pipeline_list_fn)(const char *file, const kg_extractor *x, void *payload);
/* Calls fn for every file the inputs name, in the order the auto extractor would read them, reading
 * none; problems (unreadable entries, skipped files) are reported as the run reports them, and
 * stats->n_failed gets the inputs that had some. Returns 0, or KG_ERROR when fn stopped it. */
int kg_pipeline_list(kg_pipeline_stats *stats, const kg_strv *inputs, const kg_pipeline_opts *opts,
		     kg_pipeline_list_fn fn, void *payload);

/* Reads every input like kg_pipeline_extract and stores each document in store, one transaction per
 * document; documents already stored with the same content are not extracted again, and another
 * content from the same source replaces the stored one (a warning). Same returns. */
int kg_pipeline_add(kg_pipeline_stats *stats, kg_store *store, const kg_strv *inputs,
		    const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err);

/* Folds JSON Lines written by kg extract --documents (files, directories, "-") into store, each
 * document in one transaction as kg_pipeline_add stores it; triples outside any document are grouped
 * by their evidence doc and stored last, in the order of their ids. Same returns. */
int kg_pipeline_merge(kg_pipeline_stats *stats, kg_store *store, const kg_strv *inputs,
		      const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err);

/* The analysed graph of every document in store (*out, caller frees): load, alias merging with the
 * curation cur (may be NULL), graph, the period of opts, measures; warnings of loading the lexicons go
 * to cb (may be NULL). Returns 0 or < 0 with err. */
int kg_pipeline_graph(kg_graph **out, kg_pipeline_graph_stats *stats, kg_store *store, const kg_curation *cur,
		      const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err);

/* kg_pipeline_add of inputs (NULL: none, the graph of the store as it is), then cb->stored, then
 * kg_pipeline_graph, with one run context for both (the lexicons are opened once). Returns 0 or < 0 with err; stats->stopped says reading stopped early. */
int kg_pipeline_build(kg_graph **out, kg_pipeline_stats *stats, kg_pipeline_graph_stats *gstats, kg_store *store,
		      const kg_strv *inputs, const kg_curation *cur, const kg_pipeline_opts *opts,
		      const kg_pipeline_callbacks *cb, kg_error *err);

/* Opens the store at path, creating its directory and the store itself when mode is KG_STORE_WRITE; a
 * store upgraded in place is a note through cb (may be NULL). Returns 0 or < 0 with err. */
int kg_pipeline_store_open(kg_store **out, const char *path, kg_store_mode mode, const kg_pipeline_callbacks *cb,
			   kg_error *err);

/* Reads and checks the curation file (NULL: *out NULL). Returns 0 or < 0 with err (KG_EPARSE: a bad
 * line). */
int kg_pipeline_curation_read(kg_curation **out, const char *file, kg_error *err);
/* With *cur, keeps it in store for later builds; without, loads the one store keeps (*cur stays NULL
 * when none). Returns 0 or < 0 with err. */
int kg_pipeline_curation_keep(kg_curation **cur, kg_store *store, kg_error *err);

#endif
