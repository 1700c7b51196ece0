/* cmd_build.c: kg build (inputs -> the store -> resolved facts -> analysed graph -> files, through
 * kg_pipeline_build) and kg extract (inputs -> triples as JSON Lines, streamed, through
 * kg_pipeline_extract). */
#include "driver.h"

#include <errno.h>
#include <jansson.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	kg_pipeline_opts pipe; /* how the inputs are read (-x, --strict, -j, the limits, --date, -q) */
	const char *output;    /* build: directory ("-": graph.json on stdout); extract: file ("-": stdout) */
	int no_planned;        /* build: leave planned-only edges out of the drawings */
	const char *layout;    /* build: Graphviz layout of the SVG */
	size_t top;            /* build: draw only the top N nodes by PageRank (0: all; TOP_UNSET: auto) */
	size_t evidence;       /* build: evidence items per edge in graph.json (0: all) */
	const char *db;        /* build: the store (NULL: DIR/kg.db, or in memory with -o -) */
	const char *curation;  /* build: the curation file (NULL: the one the store keeps) */
	int documents;         /* extract: also write entity lines and a closing document line */
	int list;              /* extract: print the files the inputs name and what reads them, read nothing */
	const char *since;     /* build: only what is dated in or after this ISO date */
	const char *until;     /* build: only what is dated in or before this ISO date */
} input_opts;

/* Prints the extractor table for --help. */
static void extractors_help(FILE *fp)
{
	fputs("\nExtractors:\n", fp);
	for (const kg_extractor *x = kg_extractors; x->name; x++)
		fprintf(fp, "  %-9s %s\n", x->name, x->description);
}

/* ---- kg build ---- */

/* Orders nodes by PageRank, highest first, ties by label. */
static int by_pagerank(const void *a, const void *b)
{
	const kg_node_info *x = a, *y = b;

	if (x->pagerank != y->pagerank)
		return x->pagerank < y->pagerank ? 1 : -1;
	return strcmp(x->label, y->label);
}

/* Prints the summary of a build on stderr. */
static void print_summary(const kg_graph *g, const kg_pipeline_graph_stats *gs, const char *dir)
{
	size_t n = kg_graph_node_count(g), by_type[KG_TYPE__COUNT] = { 0 }, m = 0;
	kg_node_info *nodes = malloc((n ? n : 1) * sizeof(*nodes));
	const char *sep = "";

	fprintf(stderr, "kg: %zu document%s read\n", gs->n_docs, gs->n_docs == 1 ? "" : "s");
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
	if (gs->relations.n) {
		sep = " (";
		for (size_t i = 0; i < gs->relations.n; i++) {
			fputs(sep, stderr);
			kg_cli_put_inert(stderr, gs->relations.v[i]);
			fprintf(stderr, " %zu", gs->edges[i]);
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
	for (const kg_exporter *x = kg_exporters; x->name; x++)
		if (x->flags & KG_EXPORTER_BUILD)
			fprintf(stderr, " %s/%s", dir, x->files[0]);
	fputc('\n', stderr);
}

/* Writes the graph g of a build (graph.json on standard output with -o -, else every file into the
 * output directory) and its summary; returns an exit status. */
static int write_graph(const kg_graph *g, const kg_pipeline_graph_stats *gs, const input_opts *o)
{
	kg_error err = { 0 };
	kg_export_opts eo = { .exclude_planned = o->no_planned, .top = o->top == TOP_UNSET ? 0 : o->top,
			      .layout = o->layout, .max_evidence = o->evidence };
	kg_export_opts draw;
	int to_stdout = strcmp(o->output, "-") == 0;

	if (kg_graph_node_count(g) == 0) {
		if (!o->pipe.quiet)
			fprintf(stderr, "kg: no entities found in %zu document%s; nothing written\n", gs->n_docs,
				gs->n_docs == 1 ? "" : "s");
		return KG_EXIT_NONE;
	}
	if (to_stdout) {
		if (kg_exporter_write(kg_exporter_find("json", KG_EXPORTER_BUILD), g, &eo, "-", &err) < 0) {
			kg_error_print(&err, stderr, 0);
			return KG_EXIT_ERROR;
		}
	} else {
		if (kg_mkdirs(o->output, &err) < 0) {
			kg_error_print(&err, stderr, 0);
			return KG_EXIT_ERROR;
		}
		draw = eo;
		if (o->top == TOP_UNSET && kg_graph_node_count(g) > KG_SVG_AUTO_TOP) {
			draw.top = KG_SVG_AUTO_TOP;
			if (!o->pipe.quiet)
				fprintf(stderr, "kg: graph.svg draws the %d entities with the highest PageRank of %zu "
						"(--top 0 draws all)\n", KG_SVG_AUTO_TOP, kg_graph_node_count(g));
		}
		if (kg_exporters_write(KG_EXPORTER_BUILD, g, &eo, &draw, o->output, o->pipe.jobs, &err) < 0) {
			kg_error_print(&err, stderr, 0);
			return KG_EXIT_ERROR;
		}
	}
	if (!o->pipe.quiet)
		print_summary(g, gs, o->output);
	return KG_EXIT_OK;
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
	  "keep N evidence sentences per relation in graph.json and the other files (default 3; 0: all): the "
	  "strongest, the earliest and the latest, with the number it has in all as evidence_count; a "
	  "relation's events are those of its N sentences (event_count: all it has), and graph.json's events "
	  "list holds the events they cite (and N of each group of negated ones). The store keeps every "
	  "sentence and event (kg query --db), and the graph is built holding no more than N+5 sentences a "
	  "relation and the events they cite" },
	{ "db", 0, KG_CLI_STRING, offsetof(input_opts, db), "PATH", NULL,
	  "the store the inputs are added to and the graph is built from (default DIR/kg.db; with -o -, "
	  "a store in memory)" },
	KG_CLI_DATE_OPTION(input_opts),
	{ "curation", 0, KG_CLI_STRING, offsetof(input_opts, curation), "FILE", NULL,
	  "corrections to merges, one per line: same|different<TAB>NAME<TAB>NAME, type<TAB>NAME<TAB>TYPE, "
	  "ignore<TAB>NAME, rename<TAB>NAME<TAB>NEW NAME; kept in the store for later builds" },
	KG_CLI_LIMIT_OPTIONS(input_opts),
	KG_CLI_JOBS_OPTION(input_opts, "with 2 or more, graph.dot and graph.svg are written beside "
				       "graph.json and graph.graphml; the output is the same"),
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(input_opts, pipe.quiet), NULL, NULL, "no summary and no warnings" },
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
	input_opts o = { .pipe = KG_PIPELINE_OPTS_INIT, .output = "out", .top = TOP_UNSET, .evidence = BUILD_EVIDENCE };
	kg_cli_job job = { 0 };
	kg_pipeline_graph_stats gstats = { 0 };
	kg_strv inputs = { 0 };
	kg_graph *g = NULL;
	char *db = NULL;
	int status = KG_EXIT_ERROR, rc, memory, from_store;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &inputs, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	if (kg_cli_check_date(cmd, "--date", o.pipe.date) != 0 ||
	    kg_cli_period_check(cmd, o.since, o.until) != KG_EXIT_OK)
		goto done;
	if (!(db = build_db(&o))) {
		kg_cli_error("out of memory");
		goto done;
	}
	/* no INPUT: the graph of an existing store, else standard input as before */
	memory = strcmp(db, ":memory:") == 0;
	from_store = inputs.n == 0 && !memory && access(db, F_OK) == 0;
	if (inputs.n == 0 && kg_strv_push(&inputs, "-") < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	if (kg_cli_job_open(&job, &inputs, db, o.curation, &o.pipe, 1, "\nkg: nothing read; nothing written\n") < 0)
		goto done;
	o.pipe.since = o.since;
	o.pipe.until = o.until;
	o.pipe.count_relations = !o.pipe.quiet;
	o.pipe.max_evidence = o.evidence;
	if (!o.pipe.quiet && !memory)
		kg_cli_run_summary(&job.run, job.store, db, &job.stats);
	rc = kg_pipeline_build(&g, &job.stats, &gstats, job.store, from_store ? NULL : &inputs, job.cur, &o.pipe,
			       &job.cb, &job.err);
	kg_cli_report(&job.err);
	if (rc < 0 && job.stats.stopped) {
		if (job.run.store)
			kg_cli_store_summary(job.store, db, &job.stats);
		kg_cli_report_failed(kg_cli_job_failed(&job), job.n_given);
		if (o.pipe.strict)
			fputs("kg: stopped (--strict); no graph written\n", stderr);
	}
	if (rc < 0)
		goto done;
	status = write_graph(g, &gstats, &o);
	kg_cli_report_failed(kg_cli_job_failed(&job), job.n_given);
	if (kg_cli_job_failed(&job))
		status = KG_EXIT_ERROR;
done:
	kg_graph_free(g);
	kg_pipeline_graph_stats_clear(&gstats);
	kg_cli_job_clear(&job);
	kg_strv_clear(&inputs);
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
	int documents;    /* --documents: entity lines first, a document line last */
	size_t doc_entities; /* --documents: entity lines of the current document so far */
	size_t doc_triples;  /* --documents: triple lines of the current document so far */
	size_t doc_events;   /* --documents: event lines of the current document so far */
	size_t n_listed;     /* --list: files listed */
} extract_state;

/* Prints the triples of one document (with --documents, its entities first); a failed write stops the
 * run (KG_ERROR). */
static int extract_print(const kg_doc_info *doc, const kg_facts *facts, void *payload)
{
	extract_state *st = ((kg_cli_run *)payload)->state;
	const char *id = st->documents && doc ? doc->id : NULL;

	for (size_t i = 0; st->documents && i < facts->n_entities; i++) {
		if (kg_entity_write_json(&facts->entities[i], id, st->out) < 0) {
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
static int extract_doc_done(const kg_doc_info *doc, void *payload)
{
	extract_state *st = ((kg_cli_run *)payload)->state;
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
	KG_CLI_JOBS_OPTION(input_opts, "the output is the same"),
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(input_opts, pipe.quiet), NULL, NULL, "no warnings" },
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

/* --list: prints one file of the plan as a JSON line; 1 when its name cannot be written. */
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
		rc = 1;
	} else if (json_dumpf(o, st->out, JSON_COMPACT | JSON_SORT_KEYS) != 0 || fputc('\n', st->out) == EOF) {
		st->write_error = errno ? errno : EIO;
		rc = KG_ERROR;
	} else {
		st->n_listed++;
	}
	json_decref(o);
	return rc;
}

static int run_extract(const kg_cli_cmd *cmd, int argc, char **argv)
{
	input_opts o = { .pipe = KG_PIPELINE_OPTS_INIT, .output = "-" };
	kg_pipeline_callbacks cb = KG_PIPELINE_CALLBACKS_INIT;
	kg_pipeline_stats stats = { 0 };
	kg_cli_run run;
	kg_strv inputs = { 0 };
	extract_state st = { .out = stdout };
	kg_error err = { 0 };
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &inputs, "-")) >= 0) {
		status = rc;
		goto done;
	}
	if (kg_cli_check_date(cmd, "--date", o.pipe.date) != 0)
		goto done;
	kg_cli_run_init(&run, &cb, o.pipe.quiet);
	run.state = &st;
	cb.facts = extract_print;
	st.documents = o.documents;
	if (o.documents)
		cb.document = extract_doc_done;
	if (strcmp(o.output, "-") != 0 && !(st.out = fopen(o.output, "w"))) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		goto done;
	}
	if (o.list && strcmp(o.pipe.extractor, "auto") != 0) {
		kg_cli_error("--list needs -x auto: the news and triples extractors read a directory as a whole");
		goto done;
	}
	errno = 0;
	if (o.list) {
		rc = kg_pipeline_list(&stats, &inputs, &o.pipe, list_file, &st);
		if (st.write_error)
			kg_cli_error("%s: cannot write: %s", o.output, strerror(st.write_error));
		else
			kg_cli_report_failed(stats.n_failed, inputs.n);
		if (st.out != stdout && fclose(st.out) != 0 && rc == KG_OK)
			rc = KG_EIO;
		status = rc < 0 || stats.n_failed ? KG_EXIT_ERROR : st.n_listed ? KG_EXIT_OK : KG_EXIT_NONE;
		goto done;
	}
	rc = kg_pipeline_extract(&stats, &inputs, &o.pipe, &cb, &err);
	kg_cli_report(&err);
	if (st.write_error)
		kg_cli_error("%s: cannot write: %s", o.output, strerror(st.write_error));
	else
		kg_cli_report_failed(stats.n_failed, inputs.n);
	if (st.out != stdout && fclose(st.out) != 0 && rc == KG_OK) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		rc = KG_EIO;
	}
	if (rc < 0 || stats.n_failed)
		status = KG_EXIT_ERROR;
	else
		status = st.n_triples ? KG_EXIT_OK : KG_EXIT_NONE;
	if (!o.pipe.quiet && rc == 0)
		fprintf(stderr, "kg: %zu triple%s from %zu document%s\n", st.n_triples, st.n_triples == 1 ? "" : "s",
			stats.n_docs, stats.n_docs == 1 ? "" : "s");
done:
	kg_strv_clear(&inputs);
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
