/* cmd_build.c: kg build (inputs -> the store -> resolved facts -> analysed graph -> files) and kg extract
 * (inputs -> triples as JSON Lines, streamed). */
#include "cli.h"
#include "ingest.h"

#include <errno.h>
#include <jansson.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../extract/extract.h"
#include "../lang/lang.h"
#include "../../graph/graph.h"
#include "../lex/lex.h"
#include "../resolve/resolve.h"
#include "../text/text.h"

/* Above this many entities graph.svg draws only the most central ones unless --top says otherwise:
 * Graphviz needs minutes for thousands of nodes. */
#define KG_SVG_AUTO_TOP 500
/* --top's value when not given. */
#define TOP_UNSET ((size_t)-1)
/* evidence items per edge kg build writes into graph.json by default */
#define BUILD_EVIDENCE 3

/* Options of kg build and kg extract. */
typedef struct input_opts {
	const char *output;    /* build: directory ("-": graph.json on stdout); extract: file ("-": stdout) */
	const char *extractor; /* name in kg_extractors */
	int strict;            /* stop at the first bad record */
	int replace_invalid;   /* accept invalid UTF-8, replaced */
	int quiet;             /* no summary, no warnings */
	int no_planned;        /* build: leave planned-only edges out of the drawings */
	const char *layout;    /* build: Graphviz layout of the SVG */
	size_t top;            /* build: draw only the top N nodes by PageRank (0: all; TOP_UNSET: auto) */
	size_t evidence;       /* build: evidence items per edge in graph.json (0: all) */
	size_t max_doc_bytes;  /* larger documents (and triples lines) are refused (0: the default, 64 MiB) */
	size_t max_sentence_tokens; /* longer sentences are cut into pieces (0: the default, 400) */
	size_t max_entities;   /* entities kept per news document (0: the default, 10,000) */
	const char *db;        /* build: the store (NULL: DIR/kg.db, or in memory with -o -) */
	const char *curation;  /* build: the curation file (NULL: the one the store keeps) */
	int documents;         /* extract: also write entity lines and a closing document line */
	int list;              /* extract: print the files the inputs name and what reads them, read nothing */
	size_t jobs;           /* news documents extracted at once by worker threads (0, 1: no threads) */
	const char *date;      /* --date: the date of documents with none of their own (checked ISO) */
	const char *since;     /* build: only what is dated in or after this ISO date */
	const char *until;     /* build: only what is dated in or before this ISO date */
} input_opts;

/* -j: parallel extraction, shared by kg build and kg extract. */
#define JOBS_OPT \
	{ "jobs", 'j', KG_CLI_COUNT, offsetof(input_opts, jobs), "N", NULL, \
	  "extract news documents in N threads at once (default 1); the output is the same" }

/* Prints the extractor table for --help. */
static void extractors_help(FILE *fp)
{
	fputs("\nExtractors:\n", fp);
	for (const kg_extractor *x = kg_extractors; x->name; x++)
		fprintf(fp, "  %-9s %s\n", x->name, x->description);
}

/* kg_cli_run_inputs without the progress line. */
static int read_inputs(const kg_strv *inputs, const kg_extractor *x, kg_extract_opts *opts, kg_facts_cb cb,
		       size_t *n_failed)
{
	*n_failed = 0;
	for (size_t i = 0; i < inputs->n; i++) {
		const char *in = inputs->v[i];
		size_t before = opts->n_errors;
		int rc;

		if (strcmp(in, "-") == 0 && isatty(STDIN_FILENO) && !opts->quiet)
			fputs("kg: reading standard input (end it with Ctrl-D)\n", stderr);
		rc = x->run(in, opts, cb);
		if (rc < 0 && rc != KG_ERROR && opts->n_errors == before)
			kg_cli_error("%s: %s", in, kg_strerror(rc));
		if (rc < 0 || opts->n_errors > before)
			(*n_failed)++;
		if (rc < 0 && (opts->strict || rc == KG_ERROR || rc == KG_ENOMEM || rc == KG_EDEP))
			return rc;
		if (opts->strict && opts->n_errors > before)
			return KG_EPARSE; /* an extractor that went on after a problem still stops the run */
	}
	return KG_OK;
}

int kg_cli_run_inputs(const kg_strv *inputs, const kg_extractor *x, kg_extract_opts *opts, kg_facts_cb cb,
		      size_t *n_failed)
{
	kg_cli_progress progress;
	int rc;

	kg_cli_progress_start(&progress, inputs, &opts->n_docs, &opts->n_bytes, opts->quiet);
	rc = read_inputs(inputs, x, opts, cb, n_failed);
	kg_cli_progress_end(&progress);
	return rc;
}

/* Sets up extraction options, their run context (the lexicons and the language models of models/,
 * loaded when first needed) and the operand list (stdin when none); returns the extractor. */
static const kg_extractor *setup(const input_opts *o, kg_strv *inputs, kg_extract_opts *xo, void *ctx)
{
	kg_run_opts ro = KG_RUN_OPTS_INIT;

	memset(xo, 0, sizeof(*xo));
	xo->strict = o->strict;
	xo->replace_invalid = o->replace_invalid;
	xo->quiet = o->quiet;
	xo->max_doc_bytes = o->max_doc_bytes;
	xo->max_sentence_tokens = o->max_sentence_tokens;
	xo->max_entities = o->max_entities;
	xo->jobs = o->jobs;
	xo->date = o->date;
	xo->ctx = ctx;
	ro.on_warning = kg_cli_warning;
	if (kg_run_new(&xo->run, &ro) < 0)
		return NULL;
	if (inputs->n == 0 && kg_strv_push(inputs, "-") < 0)
		return NULL;
	return kg_extractor_lookup(o->extractor);
}

/* Prints "kg: N of M inputs had errors" when some did. */
static void report_failed(size_t n_failed, size_t n_inputs)
{
	if (n_failed)
		fprintf(stderr, "kg: %zu of %zu input%s had errors\n", n_failed, n_inputs, n_inputs == 1 ? "" : "s");
}

/* ---- kg build ---- */

/* A writer of one output file. */
typedef struct writer {
	const char *file; /* name in the output directory */
	int (*write)(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err);
	int drawing;      /* 1: laid out by Graphviz, so big graphs are cut to the top entities */
} writer;

static int write_json(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	return kg_graph_write_json_opts(g, opts, fp, err);
}

static int write_graphml(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	(void)opts;
	return kg_graph_write_graphml(g, fp, err);
}

static const writer writers[] = {
	{ "graph.json", write_json, 0 },
	{ "graph.dot", kg_graph_write_dot, 0 },
	{ "graph.svg", kg_graph_write_svg, 1 },
	{ "graph.graphml", write_graphml, 0 },
};
#define N_WRITERS (sizeof(writers) / sizeof(writers[0]))

/* Writes one file of the graph through a temporary file renamed into place, so a failure never leaves
 * a partial file; reports and returns < 0 on failure. */
static int write_file(const kg_graph *g, const writer *w, const kg_export_opts *eo, const char *dir)
{
	size_t n = strlen(dir) + strlen(w->file) + 8;
	char *path = malloc(n), *tmp = malloc(n + 4);
	kg_error err = { 0 };
	FILE *fp;
	int rc;

	if (!path || !tmp) {
		rc = KG_ENOMEM;
		kg_cli_error("out of memory");
		goto done;
	}
	snprintf(path, n, "%s/%s", dir, w->file);
	snprintf(tmp, n + 4, "%s.tmp", path);
	if (!(fp = fopen(tmp, "wb"))) {
		rc = KG_EIO;
		kg_cli_error("%s: cannot write: %s", tmp, strerror(errno));
		goto done;
	}
	rc = w->write(g, eo, fp, &err);
	if (rc == KG_OK && ferror(fp)) {
		rc = KG_EIO;
		kg_error_set(&err, tmp, 0, 0, "cannot write: %s", strerror(errno));
	}
	if (fclose(fp) != 0 && rc == KG_OK) {
		rc = KG_EIO;
		kg_error_set(&err, tmp, 0, 0, "cannot write: %s", strerror(errno));
	}
	if (rc == KG_OK && rename(tmp, path) < 0) {
		rc = KG_EIO;
		kg_error_set(&err, path, 0, 0, "cannot rename %s into place: %s", tmp, strerror(errno));
	}
	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		remove(tmp);
	}
done:
	free(path);
	free(tmp);
	return rc;
}

/* Distinct edges per relation, as the graph keys them: (subject, predicate, object), the unordered
 * pair for symmetric predicates. */
typedef struct relation_counts {
	kg_strv names;   /* predicates in order of appearance */
	size_t *counts;  /* distinct edges of each */
} relation_counts;

static int count_relations(relation_counts *rc_out, const kg_facts *f)
{
	kg_map *seen = NULL, *index = NULL;
	int rc;

	memset(rc_out, 0, sizeof(*rc_out));
	if ((rc = kg_map_new(&seen)) < 0 || (rc = kg_map_new(&index)) < 0)
		goto done;
	for (size_t i = 0; i < f->n_triples; i++) {
		const kg_triple *t = &f->triples[i];
		const kg_relation_info *info = kg_relation_lookup(t->predicate);
		const char *a = t->subject, *b = t->object;
		char *key;
		size_t k, n;

		if (info && info->symmetric && strcmp(a, b) > 0) {
			a = t->object;
			b = t->subject;
		}
		n = strlen(t->predicate) + strlen(a) + strlen(b) + 8;
		if (!(key = malloc(n))) {
			rc = KG_ENOMEM;
			goto done;
		}
		snprintf(key, n, "%s\x1f%s\x1f%s", t->predicate, a, b);
		if (kg_map_get(seen, key, NULL)) {
			free(key);
			continue;
		}
		rc = kg_map_put(seen, key, 0);
		free(key);
		if (rc < 0)
			goto done;
		if (!kg_map_get(index, t->predicate, &k)) {
			size_t *c = realloc(rc_out->counts, (rc_out->names.n + 1) * sizeof(*c));

			if (!c) {
				rc = KG_ENOMEM;
				goto done;
			}
			rc_out->counts = c;
			k = rc_out->names.n;
			c[k] = 0;
			if ((rc = kg_strv_push(&rc_out->names, t->predicate)) < 0 ||
			    (rc = kg_map_put(index, t->predicate, k)) < 0)
				goto done;
		}
		rc_out->counts[k]++;
	}
	rc = KG_OK;
done:
	kg_map_free(seen);
	kg_map_free(index);
	return rc;
}

static void relation_counts_clear(relation_counts *r)
{
	kg_strv_clear(&r->names);
	free(r->counts);
	r->counts = NULL;
}

/* Orders nodes by PageRank, highest first, ties by label. */
static int by_pagerank(const void *a, const void *b)
{
	const kg_node_info *x = a, *y = b;

	if (x->pagerank != y->pagerank)
		return x->pagerank < y->pagerank ? 1 : -1;
	return strcmp(x->label, y->label);
}

/* Prints the summary of a build on stderr. */
static void print_summary(const kg_graph *g, const relation_counts *rel, const kg_extract_opts *xo,
			  const char *dir)
{
	size_t n = kg_graph_node_count(g), by_type[KG_TYPE__COUNT] = { 0 }, m = 0;
	kg_node_info *nodes = malloc((n ? n : 1) * sizeof(*nodes));
	const char *sep = "";

	fprintf(stderr, "kg: %zu document%s read\n", xo->n_docs, xo->n_docs == 1 ? "" : "s");
	for (size_t i = 0; nodes && i < n; i++) {
		if (kg_graph_node(g, i, &nodes[m]) < 0)
			continue;
		if (nodes[m].type >= 0 && nodes[m].type < KG_TYPE__COUNT)
			by_type[nodes[m].type]++;
		m++;
	}
	fprintf(stderr, "kg: %zu entities (", n);
	for (int t = 0; t < KG_TYPE__COUNT; t++) {
		if (by_type[t]) {
			fprintf(stderr, "%s%s %zu", sep, kg_etype_name((kg_etype)t), by_type[t]);
			sep = ", ";
		}
	}
	fprintf(stderr, ")\nkg: %zu edges", kg_graph_edge_count(g));
	if (rel->names.n) {
		sep = " (";
		for (size_t i = 0; i < rel->names.n; i++) {
			fputs(sep, stderr);
			kg_cli_put_inert(stderr, rel->names.v[i]);
			fprintf(stderr, " %zu", rel->counts[i]);
			sep = ", ";
		}
		fputc(')', stderr);
	}
	fputc('\n', stderr);
	if (m) {
		qsort(nodes, m, sizeof(*nodes), by_pagerank);
		fputs("kg: top entities by PageRank:\n", stderr);
		for (size_t i = 0; i < m && i < 10; i++) {
			size_t len = kg_utf8_width(nodes[i].label);

			fprintf(stderr, "  %2zu. ", i + 1);
			kg_cli_put_inert(stderr, nodes[i].label);
			fprintf(stderr, "%*s %-7s %.4f\n", len < 32 ? (int)(32 - len) : 0, "", kg_etype_name(nodes[i].type),
				nodes[i].pagerank);
		}
	}
	free(nodes);
	if (strcmp(dir, "-") == 0) {
		fputs("kg: wrote graph.json to standard output\n", stderr);
		return;
	}
	fputs("kg: wrote", stderr);
	for (size_t i = 0; i < N_WRITERS; i++)
		fprintf(stderr, " %s/%s", dir, writers[i].file);
	fputc('\n', stderr);
}

/* Analyses the facts and writes the output; returns an exit status. Takes ownership of facts (and frees
 * them, and their resolved copy, as soon as the graph holds what it needs of them, so that a big store
 * is not in memory three times over). */
static int build_graph(kg_facts *facts, const input_opts *o, const kg_extract_opts *xo, const kg_curation *cur)
{
	const kg_lex *lex;
	kg_facts *resolved = NULL;
	relation_counts rel = { 0 };
	kg_graph *g = NULL;
	kg_error err = { 0 };
	kg_export_opts eo = { .exclude_planned = o->no_planned, .top = o->top == TOP_UNSET ? 0 : o->top,
			      .layout = o->layout, .max_evidence = o->evidence };
	kg_export_opts draw;
	int status = KG_EXIT_ERROR;
	int to_stdout = strcmp(o->output, "-") == 0;

	if (kg_run_lex(&lex, xo->run, &err) < 0 || kg_resolve_curated(&resolved, facts, lex, cur, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	kg_facts_free(facts);
	facts = NULL;
	if (kg_graph_new(&g, resolved, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (!o->quiet && count_relations(&rel, resolved) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	kg_facts_free(resolved);
	resolved = NULL;
	if (kg_cli_period(&g, o->since, o->until) < 0)
		goto done;
	if (kg_graph_analyze(g, NULL, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (kg_graph_node_count(g) == 0) {
		if (!o->quiet)
			fprintf(stderr, "kg: no entities found in %zu document%s; nothing written\n", xo->n_docs,
				xo->n_docs == 1 ? "" : "s");
		status = KG_EXIT_NONE;
		goto done;
	}
	if (to_stdout) {
		if (kg_graph_write_json_opts(g, &eo, stdout, &err) < 0 || fflush(stdout) != 0) {
			if (!err.text[0])
				kg_error_set(&err, "-", 0, 0, "cannot write: %s", strerror(errno));
			kg_error_print(&err, stderr, 0);
			goto done;
		}
	} else {
		if (kg_cli_mkdirs(o->output, &err) < 0) {
			kg_error_print(&err, stderr, 0);
			goto done;
		}
		draw = eo;
		if (o->top == TOP_UNSET && kg_graph_node_count(g) > KG_SVG_AUTO_TOP) {
			draw.top = KG_SVG_AUTO_TOP;
			if (!o->quiet)
				fprintf(stderr, "kg: graph.svg draws the %d entities with the highest PageRank of %zu "
						"(--top 0 draws all)\n", KG_SVG_AUTO_TOP, kg_graph_node_count(g));
		}
		for (size_t i = 0; i < N_WRITERS; i++)
			if (write_file(g, &writers[i], writers[i].drawing ? &draw : &eo, o->output) < 0)
				goto done;
	}
	if (!o->quiet)
		print_summary(g, &rel, xo, o->output);
	status = KG_EXIT_OK;
done:
	kg_graph_free(g);
	kg_facts_free(resolved);
	kg_facts_free(facts);
	relation_counts_clear(&rel);
	return status;
}

static const kg_cli_opt build_opts[] = {
	{ "output", 'o', KG_CLI_STRING, offsetof(input_opts, output), "DIR", NULL,
	  "write graph.json, graph.dot, graph.svg and graph.graphml into DIR (default out); - writes only "
	  "graph.json, on standard output" },
	KG_CLI_READ_OPTIONS(input_opts),
	{ "no-planned", 0, KG_CLI_FLAG, offsetof(input_opts, no_planned), NULL, NULL,
	  "leave edges known only as planned out of graph.dot and graph.svg" },
	{ "top", 0, KG_CLI_COUNT, offsetof(input_opts, top), "N", NULL,
	  "only the N entities with the highest PageRank in graph.dot and graph.svg (0: all; default: "
	  "all, but at most 500 in graph.svg)" },
	{ "layout", 0, KG_CLI_STRING, offsetof(input_opts, layout), "NAME", "dot|sfdp|neato",
	  "Graphviz layout of graph.svg (default dot, sfdp above 300 nodes)" },
	{ "evidence", 0, KG_CLI_COUNT, offsetof(input_opts, evidence), "N", NULL,
	  "keep N evidence sentences per relation in graph.json (default 3; 0: all): the strongest, the "
	  "earliest and the latest, with the number it has in all as evidence_count; the store keeps every "
	  "one" },
	{ "db", 0, KG_CLI_STRING, offsetof(input_opts, db), "PATH", NULL,
	  "the store the inputs are added to and the graph is built from (default DIR/kg.db; with -o -, "
	  "a store in memory)" },
	KG_CLI_DATE_OPTION(input_opts),
	{ "curation", 0, KG_CLI_STRING, offsetof(input_opts, curation), "FILE", NULL,
	  "corrections to merges, one per line: same|different<TAB>NAME<TAB>NAME, type<TAB>NAME<TAB>TYPE, "
	  "ignore<TAB>NAME, rename<TAB>NAME<TAB>NEW NAME; kept in the store for later builds" },
	KG_CLI_LIMIT_OPTIONS(input_opts),
	JOBS_OPT,
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(input_opts, quiet), NULL, NULL, "no summary and no warnings" },
	KG_CLI_PERIOD_OPTIONS(input_opts),
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* The store of kg build: --db, else DIR/kg.db, else (-o -) one in memory; new string, NULL when out of
 * memory. */
static char *build_db(const input_opts *o)
{
	char *db;

	if (o->db)
		return kg_strdup(o->db);
	if (strcmp(o->output, "-") == 0)
		return kg_strdup(":memory:");
	if ((db = malloc(strlen(o->output) + 8)))
		sprintf(db, "%s/kg.db", o->output);
	return db;
}

static int run_build(const kg_cli_cmd *cmd, int argc, char **argv)
{
	input_opts o = { .output = "out", .extractor = "auto", .top = TOP_UNSET, .evidence = BUILD_EVIDENCE };
	kg_strv inputs = { 0 };
	kg_extract_opts xo = { 0 };
	kg_facts *facts = NULL;
	kg_store *store = NULL;
	kg_ingest in = { 0 };
	kg_error err = { 0 };
	const kg_extractor *x;
	char *db = NULL;
	kg_curation *cur = NULL;
	size_t n_failed = 0, n_given = 0;
	long n_missing = 0;
	int status = KG_EXIT_ERROR, rc, memory, from_store;

	if ((rc = kg_cli_parse(cmd, argc, argv, &o, &inputs)) != 0) {
		status = rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
		goto done;
	}
	if (kg_cli_check_date(cmd, "--date", o.date) != 0 ||
	    kg_cli_period_check(cmd, o.since, o.until) != KG_EXIT_OK)
		goto done;
	if (!(db = build_db(&o))) {
		kg_cli_error("out of memory");
		goto done;
	}
	/* no INPUT: the graph of an existing store, else standard input as before */
	memory = strcmp(db, ":memory:") == 0;
	from_store = inputs.n == 0 && !memory && access(db, F_OK) == 0;
	if (kg_facts_new(&facts) < 0 || !(x = setup(&o, &inputs, &xo, NULL))) {
		kg_cli_error("out of memory");
		goto done;
	}
	n_given = inputs.n;
	if (kg_cli_curation_read(&cur, o.curation) < 0)
		goto done;
	if ((n_missing = kg_cli_check_inputs(&inputs)) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	if (n_missing && (inputs.n == 0 || xo.strict)) {
		report_failed((size_t)n_missing, n_given);
		fputs("kg: nothing read; nothing written\n", stderr);
		goto done;
	}
	if (kg_cli_store_open(&store, db, KG_STORE_WRITE) < 0 || kg_cli_curation_keep(&cur, store) < 0)
		goto done;
	if (!from_store) {
		if (kg_ingest_init(&in, store, db, o.quiet) < 0) {
			kg_cli_error("out of memory");
			goto done;
		}
		rc = kg_cli_run_inputs(&inputs, x, &xo, kg_ingest_attach(&in, &xo), &n_failed);
		if (!o.quiet && !memory)
			kg_ingest_summary(&in);
		if (rc < 0) {
			report_failed(n_failed + (size_t)n_missing, n_given);
			if (xo.strict)
				fputs("kg: stopped (--strict); no graph written\n", stderr);
			goto done;
		}
	}
	/* the graph is always made from the whole store, in the order of document ids */
	if (kg_store_load(store, facts, &xo.n_docs, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	status = build_graph(facts, &o, &xo, cur);
	facts = NULL;
	n_failed += (size_t)n_missing;
	report_failed(n_failed, n_given);
	if (n_failed)
		status = KG_EXIT_ERROR;
done:
	kg_curation_free(cur);
	kg_ingest_clear(&in);
	kg_store_free(store);
	kg_facts_free(facts);
	kg_strv_clear(&inputs);
	kg_run_free(xo.run);
	free(db);
	return status;
}

const kg_cli_cmd kg_cmd_build = {
	"build", run_build, "read news and triples, write the analysed graph (JSON, DOT, SVG, GraphML)",
	"[OPTIONS] [INPUT...]",
	"Reads every INPUT (a file, a directory read recursively, or - for standard input) with the chosen\n"
	"extractor and adds each document to the store (DIR/kg.db, see kg add; unchanged documents are not\n"
	"read again). Then it merges the facts of every stored document, merges aliases across documents\n"
	"(Zelenskiy -> Volodymyr Zelensky), analyses the graph (degree, PageRank, betweenness, closeness,\n"
	"communities) and writes graph.json, graph.dot, graph.svg and graph.graphml into the output\n"
	"directory, created when missing. With no INPUT it builds the graph of the store when there is\n"
	"one, else it reads standard input. A summary goes to standard error. Problems in the input are\n"
	"reported as FILE:LINE and skipped: the graph is still written, and the exit status is 2.",
	build_opts,
	"  kg build examples -o out            # the bundled articles and curated triples\n"
	"  kg build news/*.txt facts.tsv -q    # files of both kinds\n"
	"  cat articles.jsonl | kg build -o -  # JSON Lines documents in, graph.json out\n"
	"  kg build --db out/kg.db -o out      # the graph of the documents in a store\n",
	extractors_help,
};

/* ---- kg extract ---- */

/* State of kg extract's streaming callback. */
typedef struct extract_state {
	FILE *out;        /* where the JSON lines go */
	size_t n_triples; /* written so far */
	int write_error;  /* errno of a failed write, 0 when none */
	const kg_extract_opts *xo; /* the run, for the document being handed over (--documents) */
	size_t doc_entities; /* --documents: entity lines of the current document so far */
	size_t doc_triples;  /* --documents: triple lines of the current document so far */
	size_t doc_events;   /* --documents: event lines of the current document so far */
	size_t n_listed;     /* --list: files listed */
	size_t n_list_errors;/* --list: files that could not be listed */
} extract_state;

/* Prints the triples of one document (with --documents, its entities first); a failed write stops the
 * run (KG_ERROR). */
static int extract_print(const kg_facts *facts, void *ctx)
{
	extract_state *st = ctx;
	const char *doc = st->xo && st->xo->doc ? st->xo->doc->id : NULL;

	for (size_t i = 0; st->xo && i < facts->n_entities; i++) {
		if (kg_entity_write_json(&facts->entities[i], doc, st->out) < 0) {
			st->write_error = errno ? errno : EIO;
			return KG_ERROR;
		}
		st->doc_entities++;
	}
	st->doc_triples += facts->n_triples;
	for (size_t i = 0; i < facts->n_triples; i++) {
		if (kg_triple_write_json(&facts->triples[i], facts, st->out) < 0) {
			st->write_error = errno ? errno : EIO;
			return KG_ERROR;
		}
		st->n_triples++;
	}
	st->doc_events += facts->n_events;
	for (size_t i = 0; i < facts->n_events; i++) {
		if (kg_event_write_json(&facts->events[i], st->out) < 0) {
			st->write_error = errno ? errno : EIO;
			return KG_ERROR;
		}
	}
	if (fflush(st->out) != 0) {
		st->write_error = errno ? errno : EIO;
		return KG_ERROR;
	}
	return KG_OK;
}

/* --documents: closes a document with its document line, which kg merge needs to store it. */
static int extract_doc_done(const kg_doc_info *doc, void *ctx)
{
	extract_state *st = ctx;
	kg_doc_info d = *doc;

	d.n_entities = st->doc_entities;
	d.n_triples = st->doc_triples;
	d.n_events = st->doc_events;
	st->doc_entities = st->doc_triples = st->doc_events = 0;
	if (kg_doc_info_write_json(&d, st->out) < 0 || fflush(st->out) != 0) {
		st->write_error = errno ? errno : EIO;
		return KG_ERROR;
	}
	return KG_OK;
}

static const kg_cli_opt extract_opts[] = {
	{ "output", 'o', KG_CLI_STRING, offsetof(input_opts, output), "FILE", NULL,
	  "write the JSON lines to FILE (default -: standard output)" },
	KG_CLI_READ_OPTIONS(input_opts),
	{ "documents", 0, KG_CLI_FLAG, offsetof(input_opts, documents), NULL, NULL,
	  "also write each document's entities before its triples and a document line after them, so that "
	  "kg merge can store the documents exactly as kg add would" },
	KG_CLI_DATE_OPTION(input_opts),
	{ "list", 0, KG_CLI_FLAG, offsetof(input_opts, list), NULL, NULL,
	  "extract nothing: print one JSON line per file the inputs name, in the order they would be read, "
	  "with the extractor and the input format that would read it ({\"extractor\",\"file\",\"format\"}; "
	  "format \"gzip\" when compressed); needs -x auto" },
	KG_CLI_LIMIT_OPTIONS(input_opts),
	JOBS_OPT,
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(input_opts, quiet), NULL, NULL, "no warnings" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* The input format of a news file by its first bytes: "gzip" when compressed, a kg_text_formats name
 * otherwise, NULL when it cannot be read (reported when the file is read). */
static const char *file_format(const char *file)
{
	char head[4096];
	size_t n;
	FILE *fp = fopen(file, "rb");

	if (!fp)
		return NULL;
	n = fread(head, 1, sizeof(head), fp);
	fclose(fp);
	if (n >= 2 && (unsigned char)head[0] == 0x1f && (unsigned char)head[1] == 0x8b)
		return "gzip";
	return kg_text_sniff(head, n, file)->name;
}

/* --list: prints one file of the plan as a JSON line. */
static int list_file(const char *file, const kg_extractor *x, void *ctx)
{
	extract_state *st = ctx;
	const char *format = NULL;
	json_t *o;
	int rc = KG_OK;

	if (strcmp(file, "-") != 0)
		format = strcmp(x->name, "news") == 0 ? file_format(file) : x->name;
	o = json_pack("{s:s, s:s, s:s?}", "extractor", x->name, "file", file, "format", format);
	if (!o) {
		/* a file name that is not UTF-8 has no JSON string */
		kg_cli_error("%s: the file name is not UTF-8: rename it to list it", file);
		st->n_list_errors++;
	} else if (json_dumpf(o, st->out, JSON_COMPACT | JSON_SORT_KEYS) != 0 || fputc('\n', st->out) == EOF) {
		st->write_error = errno ? errno : EIO;
		rc = KG_ERROR;
	} else {
		st->n_listed++;
	}
	json_decref(o);
	return rc;
}

/* --list: the plan of every input; returns < 0 when the output failed. */
static int list_inputs(const kg_strv *inputs, kg_extract_opts *xo, extract_state *st, size_t *n_failed)
{
	for (size_t i = 0; i < inputs->n; i++) {
		size_t before = xo->n_errors + st->n_list_errors;
		int rc = kg_extract_auto_plan(inputs->v[i], xo, list_file, st);

		if (rc < 0 || xo->n_errors + st->n_list_errors > before)
			(*n_failed)++;
		if (rc == KG_ERROR)
			return rc;
	}
	return KG_OK;
}

static int run_extract(const kg_cli_cmd *cmd, int argc, char **argv)
{
	input_opts o = { .output = "-", .extractor = "auto" };
	kg_strv inputs = { 0 };
	kg_extract_opts xo = { 0 };
	extract_state st = { .out = stdout };
	const kg_extractor *x;
	size_t n_failed = 0;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse(cmd, argc, argv, &o, &inputs)) != 0) {
		status = rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
		goto done;
	}
	if (kg_cli_check_date(cmd, "--date", o.date) != 0)
		goto done;
	if (!(x = setup(&o, &inputs, &xo, &st))) {
		kg_cli_error("out of memory");
		goto done;
	}
	if (o.documents) {
		st.xo = &xo;
		xo.doc_done = extract_doc_done;
	}
	if (strcmp(o.output, "-") != 0 && !(st.out = fopen(o.output, "w"))) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		goto done;
	}
	if (o.list && strcmp(x->name, "auto") != 0) {
		kg_cli_error("--list needs -x auto: the news and triples extractors read a directory as a whole");
		goto done;
	}
	errno = 0;
	if (o.list) {
		rc = list_inputs(&inputs, &xo, &st, &n_failed);
		if (st.write_error)
			kg_cli_error("%s: cannot write: %s", o.output, strerror(st.write_error));
		else
			report_failed(n_failed, inputs.n);
		if (st.out != stdout && fclose(st.out) != 0 && rc == KG_OK)
			rc = KG_EIO;
		status = rc < 0 || n_failed ? KG_EXIT_ERROR : st.n_listed ? KG_EXIT_OK : KG_EXIT_NONE;
		goto done;
	}
	rc = kg_cli_run_inputs(&inputs, x, &xo, extract_print, &n_failed);
	if (st.write_error)
		kg_cli_error("%s: cannot write: %s", o.output, strerror(st.write_error));
	else
		report_failed(n_failed, inputs.n);
	if (st.out != stdout && fclose(st.out) != 0 && rc == KG_OK) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		rc = KG_EIO;
	}
	if (rc < 0 || n_failed)
		status = KG_EXIT_ERROR;
	else
		status = st.n_triples ? KG_EXIT_OK : KG_EXIT_NONE;
	if (!o.quiet && rc == 0)
		fprintf(stderr, "kg: %zu triple%s from %zu document%s\n", st.n_triples, st.n_triples == 1 ? "" : "s",
			xo.n_docs, xo.n_docs == 1 ? "" : "s");
done:
	kg_strv_clear(&inputs);
	kg_run_free(xo.run);
	return status;
}

const kg_cli_cmd kg_cmd_extract = {
	"extract", run_extract, "print the triples of each document as JSON Lines, as it is read",
	"[OPTIONS] [INPUT...]",
	"Reads every INPUT like kg build, but writes no graph: the triples of each document are printed\n"
	"as JSON Lines as soon as the document is done, so memory stays flat on any amount of input.\n"
	"Aliases are merged within each document only, not across documents. The output is the triples\n"
	"format kg build reads back. With --documents it is also what kg merge folds into a store, so that\n"
	"shards of a corpus can be extracted on many machines (a Hadoop Streaming mapper, Spark's pipe()).",
	extract_opts,
	"  kg extract examples/news > triples.jsonl\n"
	"  kg extract article.txt | jq -r 'select(.predicate==\"meet\") | .subject + \" - \" + .object'\n"
	"  kg extract examples/news | kg build -x triples -o out\n"
	"  kg extract --documents shard1/ > shard1.jsonl && kg merge shard1.jsonl --db out/kg.db\n",
	extractors_help,
};
