/* run.c: the jobs of the pipeline: reading the inputs with the extractors (kg_pipeline_extract), storing
 * them (kg_pipeline_add), the graph of a store (kg_pipeline_graph) and both (kg_pipeline_build). */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#include "../lex/lex.h"

void kg_pipeline_message(const kg_pipeline_callbacks *cb, kg_pipeline_level level, const char *where,
			 const char *what)
{
	if (cb && cb->message)
		cb->message(level, where, what, cb->payload);
}

void kg_pipeline_extract_opts(kg_extract_opts *xo, const kg_pipeline_opts *opts)
{
	memset(xo, 0, sizeof(*xo));
	xo->strict = opts->strict;
	xo->replace_invalid = opts->replace_invalid;
	xo->quiet = opts->quiet;
	xo->max_doc_bytes = opts->max_doc_bytes;
	xo->max_sentence_tokens = opts->max_sentence_tokens;
	xo->max_entities = opts->max_entities;
	xo->jobs = opts->jobs;
	xo->date = opts->date;
}

/* Runs the extractor x on every input; stats->n_failed gets the inputs that had problems. */
static int read_inputs(kg_pipeline_stats *stats, const kg_strv *inputs, const kg_extractor *x, kg_extract_opts *xo,
		       kg_facts_cb fn, const kg_pipeline_callbacks *cb)
{
	for (size_t i = 0; i < inputs->n; i++) {
		const char *in = inputs->v[i];
		size_t before = xo->n_errors;
		int rc;

		if (cb && cb->input)
			cb->input(in, cb->payload);
		rc = x->run(in, xo, fn);
		if (rc < 0 && rc != KG_ERROR && xo->n_errors == before)
			kg_pipeline_message(cb, KG_PIPELINE_ERROR, in, kg_strerror(rc));
		if (rc < 0 || xo->n_errors > before)
			stats->n_failed++;
		if (rc < 0 && (xo->strict || rc == KG_ERROR || rc == KG_ENOMEM || rc == KG_EDEP))
			return rc;
		if (xo->strict && xo->n_errors > before)
			return KG_EPARSE; /* an extractor that went on after a problem still stops the run */
	}
	return KG_OK;
}

/* Makes the run context of a job (*out; kg_run_free it): the lexicons, and the language models when
 * models is set, each opened on first use; warnings of loading go to cb. Returns 0 or KG_ENOMEM. */
static int job_run(kg_run **out, int models, const kg_pipeline_callbacks *cb, kg_error *err)
{
	kg_run_opts ro = KG_RUN_OPTS_INIT;

	ro.no_models = !models;
	if (cb && cb->warning) {
		ro.on_warning = cb->warning;
		ro.ctx = cb->payload;
	}
	if (kg_run_new(out, &ro) < 0) {
		kg_error_set(err, "", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Reads the inputs with the extractor opts names and the run context xo->run, the progress shown
 * through cb; fills stats. */
static int run_inputs(kg_pipeline_stats *stats, const kg_strv *inputs, const kg_pipeline_opts *opts,
		      kg_extract_opts *xo, kg_facts_cb fn, const kg_pipeline_callbacks *cb, kg_error *err)
{
	const kg_extractor *x = kg_extractor_lookup(opts->extractor ? opts->extractor : "auto");
	int rc;

	if (!x) {
		kg_error_set(err, "", 0, 0, "no extractor named %s", opts->extractor);
		return KG_EINVAL;
	}
	if (cb && cb->progress_start)
		cb->progress_start(inputs, &xo->n_docs, &xo->n_bytes, cb->payload);
	rc = read_inputs(stats, inputs, x, xo, fn, cb);
	if (cb && cb->progress_end)
		cb->progress_end(cb->payload);
	stats->n_docs = xo->n_docs;
	stats->n_bytes = xo->n_bytes;
	stats->n_errors = xo->n_errors;
	stats->stopped = rc < 0;
	return rc;
}

/* The state of kg_pipeline_extract: the caller's callbacks and the run, for the document at hand. */
typedef struct extract_run {
	const kg_pipeline_callbacks *cb; /* the caller's */
	const kg_extract_opts *xo;       /* the run */
} extract_run;

static int extract_facts(const kg_facts *facts, void *ctx)
{
	extract_run *r = ctx;

	return r->cb->facts ? r->cb->facts(r->xo->doc, facts, r->cb->payload) : KG_OK;
}

static int extract_document(const kg_doc_info *doc, void *ctx)
{
	extract_run *r = ctx;

	return r->cb->document(doc, r->cb->payload);
}

int kg_pipeline_extract(kg_pipeline_stats *stats, const kg_strv *inputs, const kg_pipeline_opts *opts,
			const kg_pipeline_callbacks *cb, kg_error *err)
{
	static const kg_pipeline_callbacks none = KG_PIPELINE_CALLBACKS_INIT;
	kg_extract_opts xo;
	extract_run r = { cb ? cb : &none, &xo };

	int rc;

	memset(stats, 0, sizeof(*stats));
	kg_pipeline_extract_opts(&xo, opts);
	if ((rc = job_run(&xo.run, opts->models, cb, err)) < 0)
		return rc;
	xo.ctx = &r;
	if (r.cb->document)
		xo.doc_done = extract_document;
	rc = run_inputs(stats, inputs, opts, &xo, extract_facts, cb, err);
	kg_run_free(xo.run);
	return rc;
}

/* The state of kg_pipeline_list: the caller's callback and the problems it had. */
typedef struct list_run {
	kg_pipeline_list_fn fn; /* the caller's */
	void *payload;          /* its payload */
	size_t n_problems;      /* files fn could not list */
} list_run;

static int list_file(const char *file, const kg_extractor *x, void *ctx)
{
	list_run *r = ctx;
	int rc = r->fn(file, x, r->payload);

	if (rc > 0) {
		r->n_problems++;
		rc = KG_OK;
	}
	return rc;
}

int kg_pipeline_list(kg_pipeline_stats *stats, const kg_strv *inputs, const kg_pipeline_opts *opts,
		     kg_pipeline_list_fn fn, void *payload)
{
	kg_extract_opts xo;
	list_run r = { fn, payload, 0 };
	int rc = KG_OK;

	memset(stats, 0, sizeof(*stats));
	kg_pipeline_extract_opts(&xo, opts);
	for (size_t i = 0; i < inputs->n && rc != KG_ERROR; i++) {
		size_t before = xo.n_errors + r.n_problems;

		rc = kg_extract_auto_plan(inputs->v[i], &xo, list_file, &r);
		if (rc < 0 || xo.n_errors + r.n_problems > before)
			stats->n_failed++;
	}
	stats->n_errors = xo.n_errors;
	return rc == KG_ERROR ? rc : KG_OK;
}

/* kg_pipeline_add with the run context run. */
static int add_with(kg_run *run, kg_pipeline_stats *stats, kg_store *store, const kg_strv *inputs,
		    const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err)
{
	kg_extract_opts xo;
	kg_ingest in;
	int rc;

	memset(stats, 0, sizeof(*stats));
	if ((rc = kg_ingest_init(&in, store, stats, cb, err, opts->quiet)) < 0) {
		kg_error_set(err, "", 0, 0, "out of memory");
		stats->stopped = 1;
		return rc;
	}
	kg_pipeline_extract_opts(&xo, opts);
	xo.run = run;
	rc = run_inputs(stats, inputs, opts, &xo, kg_ingest_attach(&in, &xo), cb, err);
	/* what was queued is stored even when the run stopped: whole documents are never thrown away */
	if (kg_ingest_flush(&in) < 0 && rc >= 0) {
		stats->stopped = 1;
		rc = KG_ERROR;
	}
	kg_ingest_clear(&in);
	return rc;
}

int kg_pipeline_add(kg_pipeline_stats *stats, kg_store *store, const kg_strv *inputs,
		    const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err)
{
	kg_run *run = NULL;
	int rc;

	memset(stats, 0, sizeof(*stats));
	if ((rc = job_run(&run, opts->models, cb, err)) < 0) {
		stats->stopped = 1;
		return rc;
	}
	rc = add_with(run, stats, store, inputs, opts, cb, err);
	kg_run_free(run);
	return rc;
}

void kg_pipeline_graph_stats_clear(kg_pipeline_graph_stats *s)
{
	if (!s)
		return;
	kg_strv_clear(&s->relations);
	free(s->edges);
	memset(s, 0, sizeof(*s));
}

/* The state of a graph made while the store is scanned. */
typedef struct graph_scan {
	const kg_lex *lex;          /* borrowed */
	const kg_curation *cur;     /* borrowed, may be NULL */
	const kg_pipeline_opts *opts; /* borrowed */
	kg_pipeline_graph_stats *stats; /* borrowed */
	kg_resolver *resolver;      /* the merge of the store's entities, owned */
	kg_facts *entities;         /* the merged entities, owned */
	kg_graph_builder *builder;  /* owned */
} graph_scan;

/* kg_store_scan's first callback: merges the entities of every document and starts the graph. */
static int scan_entities(void *payload, kg_facts *entities, size_t n_docs, kg_error *err)
{
	graph_scan *gs = payload;
	kg_graph_build_opts bo = { gs->opts->max_evidence, gs->opts->since, gs->opts->until };
	int rc;

	gs->stats->n_docs = n_docs;
	if ((rc = kg_resolver_new(&gs->resolver, &gs->entities, entities, gs->lex, gs->cur, err)) < 0)
		return rc;
	/* the merged entities have a copy of the documents: the store's goes (one row a document read), and
	 * the builder takes that copy, to give the graph the documents it cites */
	kg_facts_drop_docs(entities);
	if ((rc = kg_graph_builder_new(&gs->builder, gs->entities, &bo, err)) < 0)
		return rc;
	kg_graph_builder_take_docs(gs->builder, gs->entities);
	return KG_OK;
}

/* kg_store_scan's second callback: one document's facts, merged, into the graph. */
static int scan_facts(void *payload, const kg_facts *facts, kg_error *err)
{
	graph_scan *gs = payload;
	kg_facts *resolved = NULL;
	int rc;

	if ((rc = kg_facts_new(&resolved)) < 0) {
		kg_error_set(err, "graph", 0, 0, "out of memory");
		return rc;
	}
	if ((rc = kg_resolver_apply(gs->resolver, resolved, facts, err)) == KG_OK)
		rc = kg_graph_builder_add(gs->builder, resolved, err);
	kg_facts_free(resolved);
	return rc;
}

/* The graph b holds (*out), with the count of each relation's edges in stats when opts asks for it. */
static int builder_graph(kg_graph **out, kg_pipeline_graph_stats *stats, kg_graph_builder *b,
			 const kg_pipeline_opts *opts, kg_error *err)
{
	if (opts->count_relations && kg_graph_builder_relations(&stats->relations, &stats->edges, b) < 0) {
		kg_error_set(err, "graph", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	return kg_graph_builder_finish(out, b, err);
}

/* The graph of the store made a document at a time (kg_store_scan): the entities of every document
 * are merged first, then each document's triples and events go into the graph, which keeps
 * opts->max_evidence items an edge and only what opts' period covers. */
static int graph_scanned(kg_graph **out, kg_pipeline_graph_stats *stats, kg_store *store, const kg_lex *lex,
			 const kg_pipeline_opts *opts, kg_error *err)
{
	graph_scan gs = { .lex = lex, .opts = opts, .stats = stats };
	kg_store_scan_callbacks cb = { scan_entities, scan_facts, &gs };
	kg_facts *entities = NULL;
	int rc;

	if ((rc = kg_facts_new(&entities)) < 0) {
		kg_error_set(err, "graph", 0, 0, "out of memory");
		return rc;
	}
	if ((rc = kg_store_scan(store, entities, &cb, err)) < 0)
		goto done;
	if (!gs.builder && (rc = scan_entities(&gs, entities, 0, err)) < 0)
		goto done;
	rc = builder_graph(out, stats, gs.builder, opts, err);
done:
	kg_graph_builder_free(gs.builder);
	kg_resolver_free(gs.resolver);
	kg_facts_free(gs.entities);
	kg_facts_free(entities);
	return rc;
}

/* kg_pipeline_graph with the run context run. */
static int graph_with(kg_run *run, kg_graph **out, kg_pipeline_graph_stats *stats, kg_store *store,
		      const kg_curation *cur, const kg_pipeline_opts *opts, kg_error *err)
{
	const kg_lex *lex;
	kg_facts *facts = NULL, *resolved = NULL;
	kg_graph_builder *b = NULL;
	kg_graph *g = NULL, *sub = NULL;
	int rc;

	*out = NULL;
	memset(stats, 0, sizeof(*stats));
	if ((rc = kg_run_lex(&lex, run, err)) < 0)
		return rc;
	/* a curation changes names before and after the merge of the whole store: it reads it whole */
	if (!cur || !cur->n) {
		if ((rc = graph_scanned(&g, stats, store, lex, opts, err)) < 0)
			return rc;
		goto analyze;
	}
	if ((rc = kg_facts_new(&facts)) < 0) {
		kg_error_set(err, "", 0, 0, "out of memory");
		goto done;
	}
	/* the graph is always made from the whole store, in the order of document ids */
	if ((rc = kg_store_load(store, facts, &stats->n_docs, err)) < 0)
		goto done;
	if ((rc = kg_resolve_curated(&resolved, facts, lex, cur, err)) < 0)
		goto done;
	/* each copy goes as soon as the next holds what it needs: a big store is not in memory three times */
	kg_facts_free(facts);
	facts = NULL;
	/* the builder of the scan given the whole store at once, its period applied after (as kg_graph_new) */
	if ((rc = kg_graph_builder_new(&b, resolved, NULL, err)) < 0 || (rc = kg_graph_builder_add(b, resolved, err)) < 0 ||
	    (rc = builder_graph(&g, stats, b, opts, err)) < 0)
		goto done;
	kg_graph_builder_free(b);
	b = NULL;
	kg_facts_free(resolved);
	resolved = NULL;
	if (opts->since || opts->until) {
		if ((rc = kg_graph_period(&sub, g, opts->since, opts->until, err)) < 0)
			goto done;
		kg_graph_free(g);
		g = sub;
	}
analyze:
	rc = kg_graph_analyze(g, NULL, err);
done:
	kg_graph_builder_free(b);
	kg_facts_free(resolved);
	kg_facts_free(facts);
	if (rc == KG_OK)
		*out = g; /* the caller's now */
	else
		kg_graph_free(g);
	return rc;
}

int kg_pipeline_graph(kg_graph **out, kg_pipeline_graph_stats *stats, kg_store *store, const kg_curation *cur,
		      const kg_pipeline_opts *opts, const kg_pipeline_callbacks *cb, kg_error *err)
{
	kg_run *run = NULL;
	int rc;

	*out = NULL;
	memset(stats, 0, sizeof(*stats));
	if ((rc = job_run(&run, 0, cb, err)) < 0) /* the graph needs the lexicons only */
		return rc;
	rc = graph_with(run, out, stats, store, cur, opts, err);
	kg_run_free(run);
	return rc;
}

int kg_pipeline_build(kg_graph **out, kg_pipeline_stats *stats, kg_pipeline_graph_stats *gstats, kg_store *store,
		      const kg_strv *inputs, const kg_curation *cur, const kg_pipeline_opts *opts,
		      const kg_pipeline_callbacks *cb, kg_error *err)
{
	kg_run *run = NULL;
	int rc;

	*out = NULL;
	memset(stats, 0, sizeof(*stats));
	memset(gstats, 0, sizeof(*gstats));
	if ((rc = job_run(&run, opts->models, cb, err)) < 0) {
		stats->stopped = 1;
		return rc;
	}
	if (inputs && (rc = add_with(run, stats, store, inputs, opts, cb, err)) < 0)
		goto done;
	if (inputs && cb && cb->stored)
		cb->stored(cb->payload);
	rc = graph_with(run, out, gstats, store, cur, opts, err);
done:
	kg_run_free(run);
	return rc;
}
