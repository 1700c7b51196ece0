/* internal.h: what the files of the pipeline library share: the storing of the documents of one run. */
#ifndef KG_PIPELINE_INTERNAL_H
#define KG_PIPELINE_INTERNAL_H

#include "pipeline.h"

/* A document handed over and not stored yet. */
typedef struct kg_ingest_queued {
	kg_doc_info doc; /* its identity (owned copy) */
	kg_facts *facts; /* its facts (owned) */
} kg_ingest_queued;

/* A batch of documents stored in one transaction (ingest.c). */
typedef struct kg_ingest_batch kg_ingest_batch;
/* The thread that stores the batches while the run goes on (ingest.c). */
typedef struct kg_ingest_writer kg_ingest_writer;

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
	kg_ingest_writer *writer;        /* stores the full queues, started by the first one; NULL: none yet,
					  * or none to be had (the queue is then stored on this thread) */
	kg_store *reader;                /* the store's second connection, for kg_store_has while the writer
					  * writes (owned; NULL with no writer) */
	kg_ingest_batch *inflight;       /* the batch the writer has, until its outcome is taken; NULL: none */
	int failed;                      /* a batch failed: later documents are not stored */
	kg_pipeline_stats *stats;        /* added, replaced and unchanged are counted here (borrowed) */
	const kg_pipeline_callbacks *cb; /* where warnings go (borrowed, may be NULL) */
	kg_error *err;                   /* where a store failure is described (borrowed) */
	int quiet;                       /* 1: no warnings */
} kg_ingest;

/* Prepares in for store (borrowed). Returns 0 or KG_ENOMEM. */
int kg_ingest_init(kg_ingest *in, kg_store *store, kg_pipeline_stats *stats, const kg_pipeline_callbacks *cb,
		   kg_error *err, int quiet);
/* Frees what in holds (not the store), queued documents too: kg_ingest_flush them first. Waits for the
 * writer's batch, whose outcome is lost. Accepts NULL. */
void kg_ingest_clear(kg_ingest *in);
/* Stores the queued documents in one transaction (each whole or absent) and waits until the writer
 * has stored what it was given: on return every document handed over is stored, its warnings given
 * and its counts in the stats. < 0 with in->err when the store fails, after storing the ones before
 * the failing one; once a batch failed, nothing more is stored (KG_ERROR). */
int kg_ingest_flush(kg_ingest *in);
/* Points xo's callbacks at in (ctx, want_doc, doc_done) and returns the facts callback to run the
 * extractors with: documents already stored with the same content are not extracted again, and the
 * others are queued once wholly handed over and stored a few dozen at a time (kg_ingest_flush; call it
 * once more at the end of the run), each whole. A store error goes to in->err and stops the run
 * (KG_ERROR). */
kg_facts_cb kg_ingest_attach(kg_ingest *in, kg_extract_opts *xo);
/* Queues facts (taken: freed here on error too) as document doc, to be stored with the queue: when it
 * is full (by the writer thread, while the run goes on, in the order handed over: the queue before
 * waits for it), by kg_ingest_flush at the end, or at once when a document of the same key or origin
 * is queued or being stored already (so that the later content replaces the earlier). A store failure
 * of the writer is returned by the next call (or kg_ingest_flush) after it. Returns 0, or KG_ERROR with
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
