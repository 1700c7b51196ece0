/* ingest.c: storing what the extractors hand over, up to QUEUE_DOCS documents a transaction, each
 * whole, on a writer thread while the run goes on; opening a store; the curation file kept in the
 * store. */
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Store settings that hold the curation file and its name. */
#define CURATION_KEY "curation"
#define CURATION_SOURCE_KEY "curation_source"

/* The queue of documents stored in one transaction: this many documents, or fewer when they hold this
 * many rows. A document's rows go to pages all over the tables (its key is its content hash), so a
 * transaction a document wrote and checkpointed about 40 pages for each; together, documents share
 * pages. 10 MB of bench/gen news with kg add -j 1: 786,413 page writes and 7.7 s with one document a
 * transaction, 349,319 and 4.7 s with this queue (64 documents: 7.3 s; 4096: 4.2 s, 60 MB more). A
 * crash loses the queued documents, which the next kg add of the same inputs stores; it never leaves
 * part of one. */
#define QUEUE_DOCS 1024
#define QUEUE_ROWS 100000

/* A full queue on its way to the store: the documents, what the store is told of them, and the outcome
 * (filled by batch_write, read once the batch is done). */
struct kg_ingest_batch {
	kg_ingest_queued *queue; /* the documents (owned), in the order handed over */
	size_t n;                /* how many */
	kg_map *keys;            /* their store keys, NULL when none */
	kg_map *origins;         /* their origins, NULL when none */
	kg_store_doc *docs;      /* n: their identities for the store (borrowing queue and origin) */
	kg_store_item *items;    /* n: the items of kg_store_put_many */
	char **origin;           /* n: the origins the docs point at (owned, NULL for standard input) */
	size_t stored;           /* out: the items stored, from the first */
	int rc;                  /* out: what kg_store_put_many returned */
	kg_error err;            /* out: why it failed, when rc < 0 */
};

/* The writer thread: takes one batch at a time from the run's thread and stores it. */
struct kg_ingest_writer {
	pthread_mutex_t mu;   /* guards todo, done and stop */
	pthread_cond_t cv;    /* signalled when todo is given, a batch is done, or stop is set */
	pthread_t thread;     /* the writer */
	kg_store *store;      /* borrowed: only the writer uses it while the thread lives */
	kg_ingest_batch *todo;/* the batch given, NULL when none (set and cleared by the run's thread) */
	int done;             /* 1: todo is stored (its outcome filled) */
	int stop;             /* 1: the thread leaves once todo is done */
};

int kg_ingest_init(kg_ingest *in, kg_store *store, kg_pipeline_stats *stats, const kg_pipeline_callbacks *cb,
		   kg_error *err, int quiet)
{
	memset(in, 0, sizeof(*in));
	in->store = store;
	in->stats = stats;
	in->cb = cb;
	in->err = err;
	in->quiet = quiet;
	if (kg_facts_new(&in->pending) < 0) {
		kg_ingest_clear(in);
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Frees the queue's documents. */
static void queue_clear(kg_ingest *in)
{
	for (size_t i = 0; i < in->n_queue; i++) {
		kg_doc_info_clear(&in->queue[i].doc);
		kg_facts_free(in->queue[i].facts);
	}
	in->n_queue = in->queue_rows = 0;
	kg_map_free(in->queued_keys);
	kg_map_free(in->queued_origins);
	in->queued_keys = in->queued_origins = NULL;
}

/* Frees a batch and its documents. Accepts NULL. */
static void batch_free(kg_ingest_batch *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++) {
		kg_doc_info_clear(&b->queue[i].doc);
		kg_facts_free(b->queue[i].facts);
		if (b->origin)
			free(b->origin[i]);
		if (b->items)
			free(b->items[i].replaced);
	}
	free(b->queue);
	kg_map_free(b->keys);
	kg_map_free(b->origins);
	free(b->docs);
	free(b->items);
	free(b->origin);
	free(b);
}

static int ingest_doc(kg_ingest *in, kg_store_doc *d, char **origin, const kg_doc_info *doc);

/* Moves the queue into a new batch (*out), with what the store is told of each document; the queue is
 * left empty. Returns 0, or KG_ENOMEM with in->err set (the queue is then freed: its documents are
 * lost, as a failed store loses them). */
static int batch_make(kg_ingest *in, kg_ingest_batch **out)
{
	kg_ingest_batch *b = calloc(1, sizeof(*b));

	*out = NULL;
	if (b) {
		b->queue = in->queue;
		b->n = in->n_queue;
		b->keys = in->queued_keys;
		b->origins = in->queued_origins;
		in->queue = NULL;
		in->n_queue = in->queue_rows = 0;
		in->queued_keys = in->queued_origins = NULL;
	}
	if (!b || !(b->docs = calloc(b->n, sizeof(*b->docs))) || !(b->items = calloc(b->n, sizeof(*b->items))) ||
	    !(b->origin = calloc(b->n, sizeof(*b->origin))))
		goto nomem;
	for (size_t i = 0; i < b->n; i++) {
		if (ingest_doc(in, &b->docs[i], &b->origin[i], &b->queue[i].doc) < 0)
			goto nomem;
		b->items[i].doc = &b->docs[i];
		b->items[i].facts = b->queue[i].facts;
	}
	*out = b;
	return KG_OK;
nomem:
	kg_error_set(in->err, "", 0, 0, "out of memory");
	batch_free(b);
	queue_clear(in);
	return KG_ENOMEM;
}

/* Stores batch b on store (one transaction), filling its outcome. */
static void batch_write(kg_store *store, kg_ingest_batch *b)
{
	memset(&b->err, 0, sizeof(b->err));
	b->rc = kg_store_put_many(store, b->items, b->n, &b->stored, &b->err);
}

static void warn_replaced(const kg_ingest *in, const kg_doc_info *doc, const char *replaced);

/* Gives the outcome of a stored batch on the run's thread: the warnings of the documents it replaced,
 * the counts; the failure into in->err. Returns 0 or the store's error (in->failed set). */
static int batch_report(kg_ingest *in, const kg_ingest_batch *b)
{
	for (size_t i = 0; i < b->stored; i++) {
		if (b->items[i].replaced && !in->quiet)
			warn_replaced(in, &b->queue[i].doc, b->items[i].replaced);
		if (b->items[i].change == KG_STORE_ADDED)
			in->stats->added++;
		else if (b->items[i].change == KG_STORE_REPLACED)
			in->stats->replaced++;
		else
			in->stats->unchanged++;
	}
	if (b->rc < 0) {
		*in->err = b->err;
		in->failed = 1;
	}
	return b->rc;
}

static void *writer_main(void *arg)
{
	kg_ingest_writer *w = arg;

	pthread_mutex_lock(&w->mu);
	for (;;) {
		kg_ingest_batch *b;

		while (!w->stop && (!w->todo || w->done))
			pthread_cond_wait(&w->cv, &w->mu);
		if (!w->todo || w->done)
			break; /* stop, and nothing left to store */
		b = w->todo;
		pthread_mutex_unlock(&w->mu);
		batch_write(w->store, b);
		pthread_mutex_lock(&w->mu);
		w->done = 1;
		pthread_cond_broadcast(&w->cv);
	}
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

/* Starts the writer thread and opens the reader the run's thread asks kg_store_has then. Returns 1
 * when started, 0 when not (a store in memory, no second connection or no thread to be had: the queue
 * is then stored on the run's thread, as it was before the writer). */
static int writer_start(kg_ingest *in)
{
	kg_ingest_writer *w;
	kg_error ignored;

	if (kg_store_open_reader(&in->reader, in->store, &ignored) < 0 || !in->reader)
		return 0;
	if (!(w = calloc(1, sizeof(*w))))
		goto fail;
	w->store = in->store;
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv, NULL);
	if (pthread_create(&w->thread, NULL, writer_main, w) != 0) {
		pthread_mutex_destroy(&w->mu);
		pthread_cond_destroy(&w->cv);
		free(w);
		goto fail;
	}
	in->writer = w;
	return 1;
fail:
	kg_store_free(in->reader);
	in->reader = NULL;
	return 0;
}

/* Takes the outcome of the writer's batch, waiting for it with wait, else only when it is done
 * already, and reports it (batch_report). Returns 0 (also when there is none, or it is not done and
 * wait is 0), or the store's error. */
static int writer_collect(kg_ingest *in, int wait)
{
	kg_ingest_writer *w = in->writer;
	kg_ingest_batch *b = in->inflight;
	int rc;

	if (!b)
		return KG_OK;
	pthread_mutex_lock(&w->mu);
	while (wait && !w->done)
		pthread_cond_wait(&w->cv, &w->mu);
	if (!w->done) {
		pthread_mutex_unlock(&w->mu);
		return KG_OK;
	}
	w->todo = NULL;
	w->done = 0;
	pthread_mutex_unlock(&w->mu);
	in->inflight = NULL;
	rc = batch_report(in, b);
	batch_free(b);
	return rc;
}

/* Stops the writer thread after its batch (whose outcome is taken and reported) and closes the reader. */
static void writer_stop(kg_ingest *in)
{
	kg_ingest_writer *w = in->writer;

	if (!w)
		return;
	writer_collect(in, 1);
	pthread_mutex_lock(&w->mu);
	w->stop = 1;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->thread, NULL);
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->cv);
	free(w);
	in->writer = NULL;
	kg_store_free(in->reader);
	in->reader = NULL;
}

void kg_ingest_clear(kg_ingest *in)
{
	if (!in)
		return;
	writer_stop(in);
	queue_clear(in);
	free(in->queue);
	in->queue = NULL;
	kg_facts_free(in->pending);
	free(in->origin_of);
	free(in->origin_path);
	in->pending = NULL;
	in->origin_of = in->origin_path = NULL;
}

/* The canonical path of the file source names (in in's cache), or NULL when none: source itself, or
 * source less a ":LINE" suffix (a JSON Lines document). */
static const char *ingest_file(kg_ingest *in, const char *source)
{
	const char *colon = strrchr(source, ':');
	size_t len = strlen(source), base = len;
	char *copy, *real;

	if (colon && colon[1] && strspn(colon + 1, "0123456789") == strlen(colon + 1))
		base = (size_t)(colon - source);
	/* the documents of one JSON Lines file differ only in their line: one realpath per file */
	if (in->origin_of && (strcmp(in->origin_of, source) == 0 ||
			      (base < len && strlen(in->origin_of) == base && strncmp(in->origin_of, source, base) == 0)))
		return in->origin_path;
	if (!(copy = kg_strdup(source)))
		return NULL;
	if (!(real = realpath(copy, NULL)) && base < len) {
		copy[base] = '\0';
		real = realpath(copy, NULL);
	}
	free(in->origin_of);
	free(in->origin_path);
	in->origin_of = copy;
	in->origin_path = real;
	return real;
}

/* Fills d with doc's identity; *origin gets a new string (NULL for standard input). */
static int ingest_doc(kg_ingest *in, kg_store_doc *d, char **origin, const kg_doc_info *doc)
{
	const char *src = doc->source, *file;
	size_t n;

	*origin = NULL;
	memset(d, 0, sizeof(*d));
	d->name = doc->id;
	d->source = doc->source;
	d->hash = doc->hash;
	d->date = doc->date;
	d->url = doc->url;
	d->title = doc->title;
	d->date_source = doc->date_source;
	d->date_from = doc->date_from;
	if (!src || strcmp(src, "-") == 0 || strncmp(src, "-:", 2) == 0)
		return KG_OK;
	file = ingest_file(in, src);
	n = strlen(file ? file : src) + strlen(doc->id) + 2;
	if (!(*origin = malloc(n)))
		return KG_ENOMEM;
	snprintf(*origin, n, "%s\t%s", file ? file : src, doc->id);
	d->origin = *origin;
	return KG_OK;
}

/* doc's store key and origin (new strings, the caller frees them; *origin NULL for standard input).
 * Returns 0 or KG_ENOMEM. */
static int doc_ids(kg_ingest *in, const kg_doc_info *doc, char **key, char **origin)
{
	kg_store_doc d;
	int rc;

	*key = NULL;
	if ((rc = ingest_doc(in, &d, origin, doc)) < 0)
		return rc;
	if (!(*key = kg_store_doc_id(&d))) {
		free(*origin);
		*origin = NULL;
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Stores the queue first when a queued document has the key or the origin given (doc may replace it,
 * or it doc, so it must be stored before doc is looked up or queued). Returns 0, or KG_ERROR with
 * in->err set. */
static int flush_if_queued(kg_ingest *in, const char *key, const char *origin)
{
	const kg_ingest_batch *b = in->inflight;

	/* the writer's batch is read here while the writer stores it: it never changes the maps */
	if (!(in->queued_keys && kg_map_get(in->queued_keys, key, NULL)) &&
	    !(origin && in->queued_origins && kg_map_get(in->queued_origins, origin, NULL)) &&
	    !(b && b->keys && kg_map_get(b->keys, key, NULL)) &&
	    !(b && origin && b->origins && kg_map_get(b->origins, origin, NULL)))
		return KG_OK;
	return kg_ingest_flush(in) < 0 ? KG_ERROR : KG_OK;
}

/* Warns that doc replaces the stored document replaced. */
static void warn_replaced(const kg_ingest *in, const kg_doc_info *doc, const char *replaced)
{
	const char *fmt = "document \"%s\" changed since it was stored: it replaces %s";
	size_t n = strlen(fmt) + strlen(doc->id) + strlen(replaced);
	char *what = malloc(n);

	if (!what)
		return;
	snprintf(what, n, fmt, doc->id, replaced);
	kg_pipeline_message(in->cb, KG_PIPELINE_WARNING, doc->source ? doc->source : doc->id, what);
	free(what);
}

/* The facts callback: gathers a document's batches until doc_done. */
static int ingest_collect(const kg_facts *facts, void *ctx)
{
	kg_ingest *in = ctx;

	if (kg_facts_merge(in->pending, facts) < 0) {
		kg_error_set(in->err, "", 0, 0, "out of memory");
		return KG_ERROR;
	}
	return KG_OK;
}

/* want_doc: a document stored with the same content is not extracted again. */
static int ingest_want(const kg_doc_info *doc, void *ctx)
{
	kg_ingest *in = ctx;
	kg_store_doc d = { .name = doc->id, .source = doc->source, .hash = doc->hash, .url = doc->url };
	char *key = NULL, *origin = NULL;
	int rc = KG_OK;

	/* a queued document of the same key or origin is stored first, as it was handed over first */
	if (in->n_queue || in->inflight) {
		if (doc_ids(in, doc, &key, &origin) < 0) {
			kg_error_set(in->err, "", 0, 0, "out of memory");
			return KG_ERROR;
		}
		rc = flush_if_queued(in, key, origin);
		free(key);
		free(origin);
		if (rc < 0)
			return KG_ERROR;
	}
	/* while the writer has the store, its second connection: it sees every batch committed */
	if ((rc = kg_store_has(in->writer ? in->reader : in->store, &d, in->err)) < 0)
		return KG_ERROR;
	if (rc == 1)
		in->stats->unchanged++;
	return !rc;
}

/* Copies doc's identity into *out (owned strings). Returns 0 or KG_ENOMEM (out cleared). */
static int doc_copy(kg_doc_info *out, const kg_doc_info *doc)
{
	*out = *doc;
	out->id = out->source = out->date = out->url = out->title = NULL;
	if ((doc->id && !(out->id = kg_strdup(doc->id))) || (doc->source && !(out->source = kg_strdup(doc->source))) ||
	    (doc->date && !(out->date = kg_strdup(doc->date))) || (doc->url && !(out->url = kg_strdup(doc->url))) ||
	    (doc->title && !(out->title = kg_strdup(doc->title)))) {
		kg_doc_info_clear(out);
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Stores the queue: given to the writer (started on first use) when wait is 0, after the outcome of
 * its previous batch is taken; stored on this thread when there is no writer or wait is set. Returns
 * 0, or < 0 with in->err set: the store failed (now, or the writer's previous batch), out of memory,
 * or a batch failed earlier (KG_ERROR; the queue is dropped, as a stopped run never stores it). */
static int store_queue(kg_ingest *in, int wait)
{
	kg_ingest_batch *b = NULL;
	int rc;

	if (in->writer && (rc = writer_collect(in, 1)) < 0) {
		queue_clear(in);
		return rc;
	}
	if (in->failed) {
		queue_clear(in);
		return KG_ERROR;
	}
	if (in->n_queue == 0)
		return KG_OK;
	if ((rc = batch_make(in, &b)) < 0)
		return rc;
	if (!wait && (in->writer || writer_start(in))) {
		pthread_mutex_lock(&in->writer->mu);
		in->writer->todo = in->inflight = b;
		in->writer->done = 0;
		pthread_cond_broadcast(&in->writer->cv);
		pthread_mutex_unlock(&in->writer->mu);
		return KG_OK;
	}
	batch_write(in->store, b);
	rc = batch_report(in, b);
	batch_free(b);
	return rc;
}

int kg_ingest_flush(kg_ingest *in)
{
	return store_queue(in, 1);
}

int kg_ingest_queue(kg_ingest *in, const kg_doc_info *doc, kg_facts *facts)
{
	kg_ingest_queued *q;
	char *key = NULL, *origin = NULL;
	int rc = KG_ERROR;

	/* the outcome of the writer's batch is given as soon as it is done; a failure stops the run */
	if (in->writer && writer_collect(in, 0) < 0)
		goto done;
	if (in->failed)
		goto done;
	if (doc_ids(in, doc, &key, &origin) < 0)
		goto nomem;
	/* a queued document of the same key or origin goes first, as it was handed over first */
	if ((in->n_queue || in->inflight) && flush_if_queued(in, key, origin) < 0)
		goto done;
	/* a stored queue went with its array (batch_make): a new one */
	if (!in->queue && !(in->queue = calloc(QUEUE_DOCS, sizeof(*in->queue))))
		goto nomem;
	q = &in->queue[in->n_queue];
	if (doc_copy(&q->doc, doc) < 0)
		goto nomem;
	if ((!in->queued_keys && kg_map_new(&in->queued_keys) < 0) ||
	    (!in->queued_origins && kg_map_new(&in->queued_origins) < 0) || kg_map_put(in->queued_keys, key, 0) < 0 ||
	    (origin && kg_map_put(in->queued_origins, origin, 0) < 0)) {
		kg_doc_info_clear(&q->doc);
		goto nomem;
	}
	q->facts = facts;
	facts = NULL;
	in->n_queue++;
	in->queue_rows += q->facts->n_entities + q->facts->n_triples + q->facts->n_events;
	rc = KG_OK;
	if ((in->n_queue >= QUEUE_DOCS || in->queue_rows >= QUEUE_ROWS) && store_queue(in, 0) < 0)
		rc = KG_ERROR;
	goto done;
nomem:
	kg_error_set(in->err, "", 0, 0, "out of memory");
done:
	kg_facts_free(facts);
	free(key);
	free(origin);
	return rc;
}

/* doc_done: queues the gathered facts as one document (kg_ingest_queue). */
static int ingest_done(const kg_doc_info *doc, void *ctx)
{
	kg_ingest *in = ctx;
	kg_facts *facts = in->pending;

	if (kg_facts_new(&in->pending) < 0) {
		in->pending = facts;
		kg_error_set(in->err, "", 0, 0, "out of memory");
		return KG_ERROR;
	}
	return kg_ingest_queue(in, doc, facts);
}

kg_facts_cb kg_ingest_attach(kg_ingest *in, kg_extract_opts *xo)
{
	xo->ctx = in;
	xo->want_doc = ingest_want;
	xo->doc_done = ingest_done;
	/* the workers go on extracting while the calling thread hands a full queue to the writer, or
	 * stores it without one (10 MB of bench/gen, kg add -j 2 before the writer: 3.8 s with 8
	 * documents in flight, 3.2 s with this many) */
	xo->depth = QUEUE_DOCS;
	return ingest_collect;
}

int kg_pipeline_store_open(kg_store **out, const char *path, kg_store_mode mode, const kg_pipeline_callbacks *cb,
			   kg_error *err)
{
	const char *slash = strrchr(path, '/');
	char what[128];
	int rc;

	*out = NULL;
	if (mode == KG_STORE_WRITE && slash && slash != path) {
		char *dir = kg_strndup(path, (size_t)(slash - path));

		if (!dir) {
			kg_error_set(err, "", 0, 0, "out of memory");
			return KG_ENOMEM;
		}
		rc = kg_mkdirs(dir, err);
		free(dir);
		if (rc < 0)
			return rc;
	}
	if ((rc = kg_store_open(out, path, mode, err)) == KG_OK && kg_store_migrated_from(*out)) {
		snprintf(what, sizeof(what), "store upgraded in place from schema version %d to %d",
			 kg_store_migrated_from(*out), KG_STORE_SCHEMA);
		kg_pipeline_message(cb, KG_PIPELINE_NOTE, path, what);
	}
	return rc;
}

int kg_pipeline_curation_read(kg_curation **out, const char *file, kg_error *err)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if (!file)
		return KG_OK;
	if ((rc = kg_read_file(&text, &len, file, err)) == KG_OK)
		rc = kg_curation_parse(out, text, len, file, err);
	free(text);
	return rc;
}

int kg_pipeline_curation_keep(kg_curation **cur, kg_store *store, kg_error *err)
{
	char *text = NULL, *source = NULL;
	int rc;

	if (!store)
		return KG_OK;
	if (*cur) {
		if ((rc = kg_store_setting_put(store, CURATION_KEY, (*cur)->text, err)) == KG_OK)
			rc = kg_store_setting_put(store, CURATION_SOURCE_KEY, (*cur)->source, err);
	} else if ((rc = kg_store_setting_get(store, CURATION_KEY, &text, err)) == KG_OK && text &&
		   (rc = kg_store_setting_get(store, CURATION_SOURCE_KEY, &source, err)) == KG_OK) {
		rc = kg_curation_parse(cur, text, strlen(text), source ? source : "curation", err);
	}
	free(text);
	free(source);
	return rc;
}
