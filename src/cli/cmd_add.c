/* cmd_add.c: kg add (inputs -> the store, one transaction per document) and the store helpers that
 * kg build, kg merge and kg export share (ingest.h). */
#include "ingest.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../lex/lex.h"
#include "../resolve/resolve.h"

/* ---- storing what the extractors hand over ---- */

int kg_ingest_init(kg_ingest *in, kg_store *store, const char *db, int quiet)
{
	memset(in, 0, sizeof(*in));
	in->store = store;
	in->db = db;
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

int kg_ingest_put(kg_ingest *in, const kg_doc_info *doc, const kg_facts *facts)
{
	kg_store_doc d;
	kg_store_change change;
	kg_error err = { 0 };
	char *origin = NULL, *replaced = NULL;
	int rc;

	if ((rc = ingest_doc(in, &d, &origin, doc)) < 0) {
		kg_cli_error("out of memory");
		return rc;
	}
	rc = kg_store_put(in->store, &d, facts, &change, &replaced, &err);
	free(origin);
	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		return rc;
	}
	if (replaced && !in->quiet) {
		fputs("kg: warning: ", stderr);
		kg_cli_put_inert(stderr, doc->source ? doc->source : doc->id);
		fputs(": document \"", stderr);
		kg_cli_put_inert(stderr, doc->id);
		fputs("\" changed since it was stored: it replaces ", stderr);
		kg_cli_put_inert(stderr, replaced);
		fputc('\n', stderr);
	}
	free(replaced);
	if (change == KG_STORE_ADDED)
		in->added++;
	else if (change == KG_STORE_REPLACED)
		in->replaced++;
	else
		in->unchanged++;
	return KG_OK;
}

/* The facts callback: gathers a document's batches until doc_done. */
static int ingest_collect(const kg_facts *facts, void *ctx)
{
	kg_ingest *in = ctx;

	if (kg_facts_merge(in->pending, facts) < 0) {
		kg_cli_error("out of memory");
		return KG_ERROR;
	}
	return KG_OK;
}

/* want_doc: a document stored with the same content is not extracted again. */
static int ingest_want(const kg_doc_info *doc, void *ctx)
{
	kg_ingest *in = ctx;
	kg_store_doc d = { .name = doc->id, .source = doc->source, .hash = doc->hash, .url = doc->url };
	kg_error err = { 0 };
	int rc = kg_store_has(in->store, &d, &err);

	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		return KG_ERROR;
	}
	if (rc == 1)
		in->unchanged++;
	return !rc;
}

/* doc_done: stores the gathered facts as one document. */
static int ingest_done(const kg_doc_info *doc, void *ctx)
{
	kg_ingest *in = ctx;
	kg_facts *next = NULL;
	int rc = kg_ingest_put(in, doc, in->pending);

	if (rc == KG_OK && kg_facts_new(&next) < 0) {
		kg_cli_error("out of memory");
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

void kg_ingest_summary(const kg_ingest *in)
{
	kg_store_stats st;
	kg_error err = { 0 };

	fprintf(stderr, "kg: %s: %zu added, %zu replaced, %zu unchanged", in->db, in->added, in->replaced,
		in->unchanged);
	if (kg_store_stats_get(in->store, &st, &err) == 0)
		fprintf(stderr, "; it holds %zu document%s, %zu triple%s", st.documents, st.documents == 1 ? "" : "s",
			st.triples, st.triples == 1 ? "" : "s");
	fputc('\n', stderr);
}

int kg_cli_store_open(kg_store **out, const char *path, kg_store_mode mode)
{
	const char *slash = strrchr(path, '/');
	kg_error err = { 0 };
	int rc;

	*out = NULL;
	if (mode == KG_STORE_WRITE && slash && slash != path) {
		char *dir = kg_strndup(path, (size_t)(slash - path));

		if (!dir) {
			kg_cli_error("out of memory");
			return KG_ENOMEM;
		}
		rc = kg_cli_mkdirs(dir, &err);
		free(dir);
		if (rc < 0) {
			kg_error_print(&err, stderr, 0);
			return rc;
		}
	}
	if ((rc = kg_store_open(out, path, mode, &err)) < 0)
		kg_error_print(&err, stderr, 0);
	else if (kg_store_migrated_from(*out)) {
		fputs("kg: note: ", stderr);
		kg_cli_put_inert(stderr, path);
		fprintf(stderr, ": store upgraded in place from schema version %d to %d\n", kg_store_migrated_from(*out),
			KG_STORE_SCHEMA);
	}
	return rc;
}

int kg_cli_store_graph(kg_graph **out, kg_facts **resolved, kg_store *store, size_t *n_docs)
{
	kg_curation *cur = NULL;
	kg_facts *facts = NULL, *res = NULL;
	kg_run *run = NULL;
	const kg_lex *lex;
	kg_error err = { 0 };
	int rc;

	*out = NULL;
	if (resolved)
		*resolved = NULL;
	if ((rc = kg_facts_new(&facts)) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	if ((rc = kg_cli_lex_run(&run, &lex)) < 0)
		goto done;
	if ((rc = kg_cli_curation_keep(&cur, store)) < 0)
		goto done;
	if ((rc = kg_store_load(store, facts, n_docs, &err)) < 0 ||
	    (rc = kg_resolve_curated(&res, facts, lex, cur, &err)) < 0 ||
	    (rc = kg_graph_new(out, res, &err)) < 0 || (rc = kg_graph_analyze(*out, NULL, &err)) < 0) {
		kg_error_print(&err, stderr, 0);
		kg_graph_free(*out);
		*out = NULL;
		goto done;
	}
	if (resolved) {
		*resolved = res;
		res = NULL;
	}
done:
	kg_curation_free(cur);
	kg_facts_free(facts);
	kg_facts_free(res);
	kg_run_free(run);
	return rc;
}

/* ---- kg add ---- */

/* Options of kg add. */
typedef struct add_opts {
	const char *db;        /* the store */
	const char *extractor; /* name in kg_extractors */
	int strict;            /* stop at the first bad record */
	int replace_invalid;   /* accept invalid UTF-8, replaced */
	int quiet;             /* no summary, no warnings */
	size_t jobs;           /* news documents extracted at once by worker threads (0, 1: no threads) */
	size_t max_doc_bytes;  /* larger documents (and triples lines) are refused (0: the default) */
	size_t max_sentence_tokens; /* longer sentences are cut into pieces (0: the default) */
	size_t max_entities;   /* entities kept per news document (0: the default) */
	const char *date;      /* --date: the date of documents with none of their own (checked ISO) */
	const char *curation;  /* --curation: corrections to merges, kept in the store (NULL: none given) */
} add_opts;

static const kg_cli_opt add_opts_table[] = {
	{ "db", 0, KG_CLI_STRING, offsetof(add_opts, db), "PATH", NULL,
	  "the store (default " KG_DEFAULT_DB "; created when missing)" },
	KG_CLI_READ_OPTIONS(add_opts),
	{ "jobs", 'j', KG_CLI_COUNT, offsetof(add_opts, jobs), "N", NULL,
	  "extract news documents in N threads at once (default 1); the store is the same" },
	KG_CLI_DATE_OPTION(add_opts),
	{ "curation", 0, KG_CLI_STRING, offsetof(add_opts, curation), "FILE", NULL,
	  "corrections to merges (same, different, type, ignore, rename lines as for kg build), checked "
	  "first and kept in the store for later builds" },
	KG_CLI_LIMIT_OPTIONS(add_opts),
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(add_opts, quiet), NULL, NULL, "no summary and no warnings" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* Prints the extractor table for --help. */
static void add_help(FILE *fp)
{
	fputs("\nExtractors:\n", fp);
	for (const kg_extractor *x = kg_extractors; x->name; x++)
		fprintf(fp, "  %-9s %s\n", x->name, x->description);
	fputs("\nA document is keyed by its URL when the input gives one, else by a hash of its content; its\n"
	      "name (a news file's name, a JSON Lines document's \"id\", a triples file's name) and source\n"
	      "are kept with it. Adding a document again with the same content changes nothing. Other\n"
	      "content from the same source (the same file, and the same \"id\" in a JSON Lines file)\n"
	      "replaces the stored one, with a warning naming both, and edges left with no evidence\n"
	      "disappear from the next graph; a document from another source, or from standard input,\n"
	      "never replaces one. Aliases are merged across documents when the graph is built\n"
	      "(kg build --db), so a new spelling joins the entity it names.\n", fp);
}

static int run_add(const kg_cli_cmd *cmd, int argc, char **argv)
{
	add_opts o = { .db = KG_DEFAULT_DB, .extractor = "auto" };
	kg_strv inputs = { 0 };
	kg_extract_opts xo = { 0 };
	kg_run_opts ro = KG_RUN_OPTS_INIT;
	kg_store *store = NULL;
	kg_ingest in = { 0 };
	const kg_extractor *x;
	kg_facts_cb cb;
	kg_curation *cur = NULL;
	size_t n_failed = 0, n_given = 0;
	long n_missing = 0;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse(cmd, argc, argv, &o, &inputs)) != 0) {
		status = rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
		goto done;
	}
	if (kg_cli_check_date(cmd, "--date", o.date) != 0)
		goto done;
	if (!(x = kg_extractor_lookup(o.extractor)))
		goto done;
	if (kg_cli_curation_read(&cur, o.curation) < 0)
		goto done;
	if (inputs.n == 0 && kg_strv_push(&inputs, "-") < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	n_given = inputs.n;
	if ((n_missing = kg_cli_check_inputs(&inputs)) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	if (n_missing && (inputs.n == 0 || o.strict)) {
		fprintf(stderr, "kg: %ld of %zu input%s had errors; nothing added\n", n_missing, n_given, n_given == 1 ? "" : "s");
		goto done;
	}
	if (kg_cli_store_open(&store, o.db, KG_STORE_WRITE) < 0 || (cur && kg_cli_curation_keep(&cur, store) < 0))
		goto done;
	if (kg_ingest_init(&in, store, o.db, o.quiet) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	memset(&xo, 0, sizeof(xo));
	/* kg add extracts without the learned language layer (as it always has; kg build uses it) */
	ro.no_models = 1;
	ro.on_warning = kg_cli_warning;
	if (kg_run_new(&xo.run, &ro) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	xo.strict = o.strict;
	xo.replace_invalid = o.replace_invalid;
	xo.quiet = o.quiet;
	xo.jobs = o.jobs;
	xo.max_doc_bytes = o.max_doc_bytes;
	xo.max_sentence_tokens = o.max_sentence_tokens;
	xo.max_entities = o.max_entities;
	xo.date = o.date;
	cb = kg_ingest_attach(&in, &xo);
	rc = kg_cli_run_inputs(&inputs, x, &xo, cb, &n_failed);
	if (!o.quiet)
		kg_ingest_summary(&in);
	n_failed += (size_t)n_missing;
	if (n_failed)
		fprintf(stderr, "kg: %zu of %zu input%s had errors\n", n_failed, n_given, n_given == 1 ? "" : "s");
	if (rc < 0 && o.strict)
		fputs("kg: stopped (--strict); the documents before the problem are stored\n", stderr);
	status = rc < 0 || n_failed ? KG_EXIT_ERROR : KG_EXIT_OK;
done:
	kg_curation_free(cur);
	kg_ingest_clear(&in);
	kg_store_free(store);
	kg_strv_clear(&inputs);
	kg_run_free(xo.run);
	return status;
}

const kg_cli_cmd kg_cmd_add = {
	"add", run_add, "add documents to the store (one transaction each; unchanged ones are skipped)",
	"[OPTIONS] [INPUT...]",
	"Reads every INPUT like kg build (a file, a directory read recursively, or - for standard input,\n"
	"the default) and stores each document's facts in the store, a SQLite file, in one transaction per\n"
	"document: an interrupted kg add leaves whole documents only, and running it again completes the\n"
	"batch. Several kg add processes can write to one store at once. kg build --db DB -o DIR then builds\n"
	"the graph of everything stored, without extracting again.",
	add_opts_table,
	"  kg add examples --db out/kg.db       # store the bundled articles and triples\n"
	"  kg add today/*.txt                   # later: only new or changed documents are extracted\n"
	"  kg build --db out/kg.db -o out       # the graph of every stored document\n",
	add_help,
};
