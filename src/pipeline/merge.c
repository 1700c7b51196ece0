/* merge.c: folding streams of triples, as kg extract --documents writes them on many machines, into the
 * store, one transaction per document (kg_pipeline_merge). */
#include "internal.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* Plain triples (lines outside any document of kg extract --documents), grouped by evidence.doc. */
typedef struct loose_docs {
	kg_map *index;   /* evidence doc -> position */
	kg_strv ids;     /* the evidence docs, in order of appearance */
	kg_facts **facts;/* their facts, owned */
	kg_hash *hash;   /* of their lines */
	size_t cap;      /* slots allocated */
} loose_docs;

/* State of one kg merge run. */
typedef struct merge_state {
	kg_ingest *in;        /* where documents go */
	kg_extract_opts *xo;  /* problems are counted and reported through it */
	kg_facts *group;      /* the document being read: from its first entity line to its document line */
	kg_hash group_hash;   /* of the group's lines, for a document line without "hash" */
	size_t group_entities;/* entity lines of the group */
	size_t group_triples; /* triple lines of the group */
	size_t group_events;  /* event lines of the group */
	long group_line;      /* where the group began */
	loose_docs loose;     /* plain triples */
	size_t n_lines;       /* records read */
} merge_state;

static void loose_clear(loose_docs *l)
{
	for (size_t i = 0; i < l->ids.n; i++)
		kg_facts_free(l->facts[i]);
	free(l->facts);
	free(l->hash);
	kg_strv_clear(&l->ids);
	kg_map_free(l->index);
	memset(l, 0, sizeof(*l));
}

/* The loose document doc, created when new; NULL when out of memory. */
static size_t loose_get(loose_docs *l, const char *doc, int *ok)
{
	size_t k;

	*ok = 1;
	if (kg_map_get(l->index, doc, &k))
		return k;
	if (l->ids.n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		kg_facts **f = realloc(l->facts, cap * sizeof(*f));
		kg_hash *h;

		if (f)
			l->facts = f;
		if (!f || !(h = realloc(l->hash, cap * sizeof(*h)))) {
			*ok = 0;
			return 0;
		}
		l->hash = h;
		l->cap = cap;
	}
	k = l->ids.n;
	if (kg_facts_new(&l->facts[k]) < 0) {
		*ok = 0;
		return 0;
	}
	if (kg_strv_push(&l->ids, doc) < 0 || kg_map_put(l->index, doc, k) < 0) {
		kg_facts_free(l->facts[k]);
		*ok = 0;
		return 0;
	}
	kg_hash_init(&l->hash[k]);
	return k;
}

/* Reports a problem of the input; returns KG_EPARSE when --strict stops the run, else 0. */
static int problem(merge_state *m, const kg_error *err)
{
	kg_extract_report(m->xo, err, 0);
	return m->xo->strict ? KG_EPARSE : KG_OK;
}

/* Forgets the group being read. */
static void group_drop(merge_state *m)
{
	kg_facts_free(m->group);
	m->group = NULL;
	m->group_entities = m->group_triples = m->group_events = 0;
}

/* Starts a group when none is open. */
static int group_open(merge_state *m, long lineno)
{
	if (m->group)
		return KG_OK;
	m->group_line = lineno;
	kg_hash_init(&m->group_hash);
	return kg_facts_new(&m->group);
}

/* A document line: stores the group it closes (an empty document when none is open). */
static int close_document(merge_state *m, const char *line, size_t len, const char *source, long lineno)
{
	kg_doc_info d;
	kg_facts *empty = NULL;
	kg_error err = { 0 };
	int rc;

	if ((rc = kg_doc_info_parse_json(&d, line, len, source, lineno, &err)) < 0) {
		group_drop(m);
		return rc == KG_ENOMEM ? rc : problem(m, &err);
	}
	if ((d.n_entities != (size_t)-1 && d.n_entities != m->group_entities) ||
	    (d.n_triples != (size_t)-1 && d.n_triples != m->group_triples) || d.n_events != m->group_events) {
		kg_error_set(&err, source, lineno, 0,
			     "document \"%s\" is incomplete: %zu entity, %zu triple and %zu event lines read, %zd, %zd and "
			     "%zu announced; not stored", d.id, m->group_entities, m->group_triples, m->group_events,
			     (ssize_t)d.n_entities, (ssize_t)d.n_triples, d.n_events);
		kg_doc_info_clear(&d);
		group_drop(m);
		return problem(m, &err);
	}
	if (!d.hash[0]) {
		kg_hash_update(&m->group_hash, line, len);
		kg_hash_hex(&m->group_hash, d.hash);
	}
	if (!m->group && (rc = kg_facts_new(&empty)) < 0) {
		kg_doc_info_clear(&d);
		return rc;
	}
	/* the queue takes the group's facts */
	rc = kg_ingest_queue(m->in, &d, m->group ? m->group : empty);
	m->group = NULL;
	__atomic_fetch_add(&m->xo->n_docs, 1, __ATOMIC_RELAXED);
	kg_doc_info_clear(&d);
	group_drop(m);
	return rc < 0 ? KG_ERROR : KG_OK;
}

/* Adds the facts of one plain line (outside any document) to the loose document doc. */
static int loose_add(merge_state *m, const char *doc, const kg_facts *one, const char *line, size_t len)
{
	int ok;
	size_t k = loose_get(&m->loose, doc, &ok);

	if (!ok)
		return KG_ENOMEM;
	kg_hash_update(&m->loose.hash[k], line, len);
	kg_hash_update(&m->loose.hash[k], "\n", 1);
	return kg_facts_merge(m->loose.facts[k], one);
}

/* Reads one non-blank line. Returns < 0 only when the run must stop. */
static int merge_line(merge_state *m, const char *line, size_t len, const char *source, long lineno)
{
	kg_facts *one = NULL;
	kg_error err = { 0 };
	int kind = kg_jsonl_kind(line, len);
	int rc;

	m->n_lines++;
	if (kind == KG_JSONL_DOCUMENT)
		return close_document(m, line, len, source, lineno);
	if (kind == KG_JSONL_ENTITY) {
		if ((rc = group_open(m, lineno)) < 0)
			return rc;
		kg_hash_update(&m->group_hash, line, len);
		if ((rc = kg_triple_parse_json(m->group, line, len, source, lineno, &err)) < 0)
			return rc == KG_ENOMEM ? rc : problem(m, &err);
		m->group_entities++;
		return KG_OK;
	}
	if (kind == KG_JSONL_EVENT) {
		if ((rc = kg_facts_new(&one)) < 0)
			return rc;
		if ((rc = kg_triple_parse_json(one, line, len, source, lineno, &err)) < 0 || one->n_events != 1) {
			rc = rc == KG_ENOMEM ? rc : problem(m, &err);
		} else if (m->group) {
			kg_hash_update(&m->group_hash, line, len);
			if ((rc = kg_facts_add_event(m->group, &one->events[0])) == KG_OK)
				m->group_events++;
		} else {
			rc = loose_add(m, one->events[0].evidence.doc, one, line, len);
		}
		kg_facts_free(one);
		return rc;
	}
	/* a triple (or a malformed line, which the parser describes) */
	if ((rc = kg_facts_new(&one)) < 0)
		return rc;
	if ((rc = kg_triple_parse_json(one, line, len, source, lineno, &err)) < 0 || one->n_triples != 1) {
		if (rc == KG_OK)
			kg_error_set(&err, source, lineno, 0, "not a triple, entity or document line");
		rc = rc == KG_ENOMEM ? rc : problem(m, &err);
	} else if (m->group) {
		/* inside a document its entity lines carry the entities: the triple alone is added */
		kg_hash_update(&m->group_hash, line, len);
		if ((rc = kg_facts_add_triple(m->group, &one->triples[0])) == KG_OK)
			m->group_triples++;
	} else {
		rc = loose_add(m, one->triples[0].evidence.doc, one, line, len);
	}
	kg_facts_free(one);
	return rc;
}

/* Reads one input (a file or "-"); called by kg_extract_walk. */
static int merge_file(const char *file, kg_extract_opts *xo, void *ctx)
{
	merge_state *m = ctx;
	int is_stdin = strcmp(file, "-") == 0;
	FILE *fp = is_stdin ? stdin : fopen(file, "rb");
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	long lineno = 0;
	kg_error err = { 0 };
	int rc = KG_OK;

	if (!fp) {
		kg_error_set(&err, file, 0, 0, "cannot open: %s", strerror(errno));
		kg_extract_report(xo, &err, 0);
		return xo->strict ? KG_EIO : KG_OK;
	}
	while (rc >= 0 && (got = getline(&line, &cap, fp)) >= 0) {
		size_t len = (size_t)got;
		size_t k = 0;

		lineno++;
		while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		while (k < len && (line[k] == ' ' || line[k] == '\t'))
			k++;
		if (k == len)
			continue;
		if (len > KG_MAX_DOC_BYTES_DEFAULT) {
			kg_error_set(&err, file, lineno, 0, "line of %zu bytes is longer than %zu; skipped", len, KG_MAX_DOC_BYTES_DEFAULT);
			rc = problem(m, &err);
			continue;
		}
		if (strlen(line) != len) {
			kg_error_set(&err, file, lineno, (long)strlen(line) + 1, "NUL byte in the line");
			rc = problem(m, &err);
			continue;
		}
		rc = merge_line(m, line, len, file, lineno);
	}
	if (rc >= 0 && ferror(fp)) {
		kg_error_set(&err, file, lineno + 1, 0, "read failed: %s", strerror(errno ? errno : EIO));
		rc = problem(m, &err);
	}
	if (rc >= 0 && m->group) {
		kg_error_set(&err, file, m->group_line, 0,
			     "the document that begins here has no document line: the input was cut short; not stored");
		rc = problem(m, &err);
	}
	group_drop(m);
	free(line);
	if (!is_stdin)
		fclose(fp);
	return rc;
}

/* Stores the plain triples, one document per evidence doc, in the order of their ids. */
static int store_loose(merge_state *m)
{
	kg_strv ids = { 0 };
	int rc = KG_OK;

	for (size_t i = 0; i < m->loose.ids.n; i++)
		if ((rc = kg_strv_push(&ids, m->loose.ids.v[i])) < 0)
			goto done;
	kg_strv_sort(&ids);
	for (size_t i = 0; i < ids.n && rc == KG_OK; i++) {
		kg_doc_info d = { 0 };
		size_t k;

		kg_map_get(m->loose.index, ids.v[i], &k);
		d.id = ids.v[i];
		d.source = (char *)"kg merge";
		kg_hash_hex(&m->loose.hash[k], d.hash);
		rc = kg_ingest_queue(m->in, &d, m->loose.facts[k]) < 0 ? KG_ERROR : KG_OK;
		m->loose.facts[k] = NULL; /* the queue's now */
		__atomic_fetch_add(&m->xo->n_docs, 1, __ATOMIC_RELAXED);
	}
done:
	kg_strv_clear(&ids);
	return rc;
}

int kg_pipeline_merge(kg_pipeline_stats *stats, kg_store *store, const kg_strv *inputs,
		      const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err)
{
	kg_extract_opts xo;
	kg_ingest in = { 0 };
	merge_state m;
	int rc = KG_OK;

	memset(stats, 0, sizeof(*stats));
	memset(&m, 0, sizeof(m));
	memset(&xo, 0, sizeof(xo));
	xo.strict = opts->strict;
	xo.quiet = opts->quiet;
	if ((rc = kg_map_new(&m.loose.index)) < 0 || (rc = kg_ingest_init(&in, store, stats, cb, err, opts->quiet)) < 0)
		goto done;
	m.in = &in;
	m.xo = &xo;
	for (size_t i = 0; i < inputs->n && rc >= 0; i++) {
		size_t before = xo.n_errors;

		rc = kg_extract_walk(inputs->v[i], &xo, merge_file, &m);
		if (rc < 0 || xo.n_errors > before)
			stats->n_failed++;
	}
	if (rc >= 0)
		rc = store_loose(&m);
	/* what was queued is stored even when the run stopped: whole documents are never thrown away */
	if (kg_ingest_flush(&in) < 0 && rc >= 0)
		rc = KG_ERROR;
done:
	if (rc == KG_ENOMEM)
		kg_error_set(err, "", 0, 0, "out of memory");
	stats->n_docs = xo.n_docs;
	stats->n_errors = xo.n_errors;
	stats->stopped = rc < 0;
	group_drop(&m);
	loose_clear(&m.loose);
	kg_ingest_clear(&in);
	return rc;
}
