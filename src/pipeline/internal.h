/* internal.h: what the files of the pipeline library share: the storing of the documents of one run. */
#ifndef KG_PIPELINE_INTERNAL_H
#define KG_PIPELINE_INTERNAL_H

#include "pipeline.h"

/* A document handed over and not stored yet. */
typedef struct kg_ingest_queued {
	kg_doc_info doc; /* its identity (owned copy) */
	kg_facts *facts; /* its facts (owned) */
} kg_ingest_queued;

/* Storing the documents of one run. */
typedef struct kg_ingest {
	kg_store *store;                 /* borrowed */
	kg_facts *pending;               /* facts of the document being handed over (a triples file comes in batches) */
	kg_ingest_queued *queue;         /* documents handed over, stored together by kg_ingest_flush */
	size_t n_queue;                  /* how many */
	size_t queue_rows;               /* their entities, triples and events, which bound the queue too */
	kg_map *queued_keys;             /* the store keys of the queued documents, NULL when none */
	kg_map *queued_origins;          /* their origins, NULL when none */
	char *origin_of;                 /* the last source whose file was resolved for an origin (a cache) */
	char *origin_path;               /* its canonical path, NULL when it names no file */
	kg_pipeline_stats *stats;        /* added, replaced and unchanged are counted here (borrowed) */
	const kg_pipeline_callbacks *cb; /* where warnings go (borrowed, may be NULL) */
	kg_error *err;                   /* where a store failure is described (borrowed) */
	int quiet;                       /* 1: no warnings */
} kg_ingest;

/* Prepares in for store (borrowed). Returns 0 or KG_ENOMEM. */
int kg_ingest_init(kg_ingest *in, kg_store *store, kg_pipeline_stats *stats, const kg_pipeline_callbacks *cb,
		   kg_error *err, int quiet);
/* Frees what in holds (not the store), queued documents too: kg_ingest_flush them first. Accepts NULL. */
void kg_ingest_clear(kg_ingest *in);
/* Stores the queued documents in one transaction (each whole or absent); < 0 with in->err when the
 * store fails, after storing the ones before the failing one. */
int kg_ingest_flush(kg_ingest *in);
/* Points xo's callbacks at in (ctx, want_doc, doc_done) and returns the facts callback to run the
 * extractors with: documents already stored with the same content are not extracted again, and the
 * others are queued once wholly handed over and stored a few dozen at a time (kg_ingest_flush; call it
 * once more at the end of the run), each whole. A store error goes to in->err and stops the run
 * (KG_ERROR). */
kg_facts_cb kg_ingest_attach(kg_ingest *in, kg_extract_opts *xo);
/* Queues facts (taken: freed here on error too) as document doc, to be stored with the queue: when it
 * is full, by kg_ingest_flush at the end, or at once when a document of the same key or origin is
 * queued already (so that the later content replaces the earlier). Returns 0, or KG_ERROR with
 * in->err set (out of memory, or the store failed). Storing counts the document and warns when it
 * replaces an earlier content of the same source. A document's origin, what makes a later content
 * replace it, is the canonical path of its file (without the :LINE of a JSON Lines document) with its
 * name, the source itself when that names no file (kg merge), and none for standard input. */
int kg_ingest_queue(kg_ingest *in, const kg_doc_info *doc, kg_facts *facts);

/* Fills xo from opts (and cb's problems go through the extractors' own reporting). */
void kg_pipeline_extract_opts(kg_extract_opts *xo, const kg_pipeline_opts *opts);
/* Sends a message through cb when it has a message callback. */
void kg_pipeline_message(const kg_pipeline_callbacks *cb, kg_pipeline_level level, const char *where,
			 const char *what);

#endif
