/* ingest.c: storing what the extractors hand over, a few dozen documents a transaction, each whole;
 * opening a store; the curation file kept in the store. */
#include "internal.h"

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

void kg_ingest_clear(kg_ingest *in)
{
	if (!in)
		return;
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
	if (!(in->queued_keys && kg_map_get(in->queued_keys, key, NULL)) &&
	    !(origin && in->queued_origins && kg_map_get(in->queued_origins, origin, NULL)))
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
	if (in->n_queue) {
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
	if ((rc = kg_store_has(in->store, &d, in->err)) < 0)
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

int kg_ingest_flush(kg_ingest *in)
{
	kg_store_doc *docs = NULL;
	kg_store_item *items = NULL;
	char **origins = NULL;
	size_t n = in->n_queue, stored = 0;
	int rc = KG_ENOMEM;

	if (n == 0)
		return KG_OK;
	if (!(docs = calloc(n, sizeof(*docs))) || !(items = calloc(n, sizeof(*items))) ||
	    !(origins = calloc(n, sizeof(*origins)))) {
		kg_error_set(in->err, "", 0, 0, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		if (ingest_doc(in, &docs[i], &origins[i], &in->queue[i].doc) < 0) {
			kg_error_set(in->err, "", 0, 0, "out of memory");
			goto done;
		}
		items[i].doc = &docs[i];
		items[i].facts = in->queue[i].facts;
	}
	rc = kg_store_put_many(in->store, items, n, &stored, in->err);
	for (size_t i = 0; i < stored; i++) {
		if (items[i].replaced && !in->quiet)
			warn_replaced(in, &in->queue[i].doc, items[i].replaced);
		free(items[i].replaced);
		if (items[i].change == KG_STORE_ADDED)
			in->stats->added++;
		else if (items[i].change == KG_STORE_REPLACED)
			in->stats->replaced++;
		else
			in->stats->unchanged++;
	}
done:
	for (size_t i = 0; origins && i < n; i++)
		free(origins[i]);
	free(origins);
	free(items);
	free(docs);
	queue_clear(in);
	return rc;
}

int kg_ingest_queue(kg_ingest *in, const kg_doc_info *doc, kg_facts *facts)
{
	kg_ingest_queued *q;
	char *key = NULL, *origin = NULL;
	int rc = KG_ERROR;

	if ((!in->queue && !(in->queue = calloc(QUEUE_DOCS, sizeof(*in->queue)))) ||
	    doc_ids(in, doc, &key, &origin) < 0)
		goto nomem;
	/* a queued document of the same key or origin goes first, as it was handed over first */
	if (in->n_queue && flush_if_queued(in, key, origin) < 0)
		goto done;
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
	if ((in->n_queue >= QUEUE_DOCS || in->queue_rows >= QUEUE_ROWS) && kg_ingest_flush(in) < 0)
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
	/* the workers go on extracting while a full queue is stored (10 MB of bench/gen, kg add -j 2:
	 * 3.8 s with 8 documents in flight, 3.2 s with this many) */
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
