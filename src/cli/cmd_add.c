/* cmd_add.c: kg add (inputs -> the store, each document whole, through kg_pipeline_add). */
#include "driver.h"

#include <stddef.h>
#include <string.h>

/* Options of kg add. */
typedef struct add_opts {
	kg_pipeline_opts pipe; /* how the inputs are read (-x, --strict, -j, the limits, --date, -q) */
	const char *db;        /* the store */
	const char *curation;  /* --curation: corrections to merges, kept in the store (NULL: none given) */
} add_opts;

static const kg_cli_opt add_opts_table[] = {
	{ "db", 0, KG_CLI_STRING, offsetof(add_opts, db), "PATH", NULL,
	  "the store (default " KG_DEFAULT_DB "; created when missing)" },
	KG_CLI_READ_OPTIONS(add_opts),
	KG_CLI_JOBS_OPTION(add_opts, "the store is the same"),
	KG_CLI_DATE_OPTION(add_opts),
	{ "curation", 0, KG_CLI_STRING, offsetof(add_opts, curation), "FILE", NULL,
	  "corrections to merges (same, different, type, ignore, rename lines as for kg build), checked "
	  "first and kept in the store for later builds" },
	KG_CLI_LIMIT_OPTIONS(add_opts),
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(add_opts, pipe.quiet), NULL, NULL, "no summary and no warnings" },
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
	add_opts o = { .pipe = KG_PIPELINE_OPTS_INIT, .db = KG_DEFAULT_DB };
	kg_cli_job job = { 0 };
	kg_strv inputs = { 0 };
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &inputs, "-")) >= 0) {
		status = rc;
		goto done;
	}
	if (kg_cli_check_date(cmd, "--date", o.pipe.date) != 0 ||
	    kg_cli_job_open(&job, &inputs, o.db, o.curation, &o.pipe, 0, "; nothing added\n") < 0)
		goto done;
	rc = kg_pipeline_add(&job.stats, job.store, &inputs, &o.pipe, &job.cb, &job.err);
	kg_cli_report(&job.err);
	if (!o.pipe.quiet)
		kg_cli_store_summary(job.store, o.db, &job.stats);
	kg_cli_report_failed(kg_cli_job_failed(&job), job.n_given);
	if (rc < 0 && o.pipe.strict)
		fputs("kg: stopped (--strict); the documents before the problem are stored\n", stderr);
	status = rc < 0 || kg_cli_job_failed(&job) ? KG_EXIT_ERROR : KG_EXIT_OK;
done:
	kg_cli_job_clear(&job);
	kg_strv_clear(&inputs);
	return status;
}

const kg_cli_cmd kg_cmd_add = {
	"add", run_add, "add documents to the store (each whole; unchanged ones are skipped)",
	"[OPTIONS] [INPUT...]",
	"Reads every INPUT like kg build (a file, a directory read recursively, or - for standard input,\n"
	"the default) and stores each document's facts in the store, a SQLite file, up to 1024 documents a\n"
	"transaction: an interrupted kg add leaves whole documents only, and running it again completes the\n"
	"batch. Several kg add processes can write to one store at once. kg build --db DB -o DIR then builds\n"
	"the graph of everything stored, without extracting again.",
	add_opts_table,
	"  kg add examples --db out/kg.db       # store the bundled articles and triples\n"
	"  kg add today/*.txt                   # later: only new or changed documents are extracted\n"
	"  kg build --db out/kg.db -o out       # the graph of every stored document\n",
	add_help,
};
