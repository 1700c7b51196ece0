/* ingest.c: storing what the extractors hand over, one transaction per document; opening a store;
 * the curation file kept in the store. */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Store settings that hold the curation file and its name. */
#define CURATION_KEY "curation"
#define CURATION_SOURCE_KEY "curation_source"

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

void kg_ingest_clear(kg_ingest *in)
{
	if (!in)
		return;
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

int kg_ingest_put(kg_ingest *in, const kg_doc_info *doc, const kg_facts *facts)
{
	kg_store_doc d;
	kg_store_change change;
	char *origin = NULL, *replaced = NULL;
	int rc;

	if ((rc = ingest_doc(in, &d, &origin, doc)) < 0) {
		kg_error_set(in->err, "", 0, 0, "out of memory");
		return rc;
	}
	rc = kg_store_put(in->store, &d, facts, &change, &replaced, in->err);
	free(origin);
	if (rc < 0)
		return rc;
	if (replaced && !in->quiet)
		warn_replaced(in, doc, replaced);
	free(replaced);
	if (change == KG_STORE_ADDED)
		in->stats->added++;
	else if (change == KG_STORE_REPLACED)
		in->stats->replaced++;
	else
		in->stats->unchanged++;
	return KG_OK;
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
	int rc = kg_store_has(in->store, &d, in->err);

	if (rc < 0)
		return KG_ERROR;
	if (rc == 1)
		in->stats->unchanged++;
	return !rc;
}

/* doc_done: stores the gathered facts as one document. */
static int ingest_done(const kg_doc_info *doc, void *ctx)
{
	kg_ingest *in = ctx;
	kg_facts *next = NULL;
	int rc = kg_ingest_put(in, doc, in->pending);

	if (rc == KG_OK && kg_facts_new(&next) < 0) {
		kg_error_set(in->err, "", 0, 0, "out of memory");
		rc = KG_ENOMEM;
	}
	kg_facts_free(in->pending);
	in->pending = next;
	return rc < 0 ? KG_ERROR : KG_OK;
}

kg_facts_cb kg_ingest_attach(kg_ingest *in, kg_extract_opts *xo)
{
	xo->ctx = in;
	xo->want_doc = ingest_want;
	xo->doc_done = ingest_done;
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
