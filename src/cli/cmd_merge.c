/* cmd_merge.c: kg merge (streams of triples, as kg extract --documents writes them on many machines ->
 * the store, each document whole, through kg_pipeline_merge). */
#include "driver.h"

#include <stddef.h>

/* Options of kg merge. */
typedef struct merge_opts {
	const char *db; /* the store */
	int strict;     /* stop at the first bad line */
	int quiet;      /* no summary, no warnings */
} merge_opts;

static const kg_cli_opt merge_opts_table[] = {
	{ "db", 0, KG_CLI_STRING, offsetof(merge_opts, db), "PATH", NULL,
	  "the store (default " KG_DEFAULT_DB "; created when missing)" },
	{ "strict", 0, KG_CLI_FLAG, offsetof(merge_opts, strict), NULL, NULL,
	  "stop at the first bad line instead of reporting and skipping it" },
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(merge_opts, quiet), NULL, NULL, "no summary and no warnings" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static void merge_help(FILE *fp)
{
	fputs("\nThe lines of one document (its entity lines, its triples and the document line that closes\n"
	      "it, as kg extract --documents writes them) must stay together and in order, in one input: split\n"
	      "a corpus into shards by document, never inside one. Shards can come in any order and any\n"
	      "number; each document is stored as kg add would store it, so the graph is the same. A document\n"
	      "whose lines were cut short (a killed mapper) is reported and not stored. Triples outside any\n"
	      "document (kg extract without --documents, or other tools) are grouped by their evidence.doc,\n"
	      "each group stored as one document once all inputs are read.\n", fp);
}

static int run_merge(const kg_cli_cmd *cmd, int argc, char **argv)
{
	merge_opts o = { .db = KG_DEFAULT_DB };
	kg_pipeline_opts po = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_callbacks cb = KG_PIPELINE_CALLBACKS_INIT;
	kg_pipeline_stats stats = { 0 };
	kg_cli_run run;
	kg_strv inputs = { 0 };
	kg_store *store = NULL;
	kg_error err = { 0 };
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &inputs, "-")) >= 0) {
		status = rc;
		goto done;
	}
	if (kg_cli_store_open(&store, o.db, KG_STORE_WRITE) < 0)
		goto done;
	po.strict = o.strict;
	po.quiet = o.quiet;
	kg_cli_run_init(&run, &cb, o.quiet);
	rc = kg_pipeline_merge(&stats, store, &inputs, &po, &cb, &err);
	kg_cli_report(&err);
	if (!o.quiet)
		kg_cli_store_summary(store, o.db, &stats);
	kg_cli_report_failed(stats.n_failed, inputs.n);
	status = rc < 0 || stats.n_failed ? KG_EXIT_ERROR : KG_EXIT_OK;
done:
	kg_store_free(store);
	kg_strv_clear(&inputs);
	return status;
}

const kg_cli_cmd kg_cmd_merge = {
	"merge", run_merge, "fold triple streams from kg extract --documents (shards) into the store",
	"[OPTIONS] [INPUT...]",
	"Reads JSON Lines written by kg extract --documents (files, directories, or - for standard input,\n"
	"the default), on one machine or many, and stores each document in the store whole, up to 1024 a\n"
	"transaction, as kg add does: the same document again changes nothing, a changed one replaces the\n"
	"old.\n"
	"kg build --db DB -o DIR then builds the graph.",
	merge_opts_table,
	"  kg extract --documents shard-*/ | kg merge --db out/kg.db\n"
	"  hdfs dfs -cat 'triples/part-*' | kg merge --db out/kg.db && kg build --db out/kg.db -o out\n",
	merge_help,
};
