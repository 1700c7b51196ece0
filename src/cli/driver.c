/* driver.c: the callbacks through which the pipeline library's messages and progress reach standard
 * error, and the store helpers of the commands that print what went wrong. */
#include "driver.h"

#include <string.h>
#include <unistd.h>

/* Prints a message of the pipeline: "kg: LEVEL: WHERE: WHAT", inert. */
static void run_message(kg_pipeline_level level, const char *where, const char *what, void *payload)
{
	static const char *const labels[] = { "kg: note: ", "kg: warning: ", "kg: error: " };

	(void)payload;
	if (level == KG_PIPELINE_ERROR) {
		/* as every other error line of kg: one line of at most 1023 bytes */
		if (where)
			kg_cli_error("%s: %s", where, what);
		else
			kg_cli_error("%s", what);
		return;
	}
	fputs(labels[level], stderr);
	if (where) {
		kg_cli_put_inert(stderr, where);
		fputs(": ", stderr);
	}
	kg_cli_put_inert(stderr, what);
	fputc('\n', stderr);
}

static void run_input(const char *input, void *payload)
{
	kg_cli_run *run = payload;

	if (strcmp(input, "-") == 0 && isatty(STDIN_FILENO) && !run->quiet)
		fputs("kg: reading standard input (end it with Ctrl-D)\n", stderr);
}

static void run_progress_start(const kg_strv *inputs, const size_t *n_docs, const size_t *n_bytes, void *payload)
{
	kg_cli_run *run = payload;

	kg_cli_progress_start(&run->progress, inputs, n_docs, n_bytes, run->quiet);
}

static void run_progress_end(void *payload)
{
	kg_cli_run *run = payload;

	kg_cli_progress_end(&run->progress);
}

static void run_stored(void *payload)
{
	kg_cli_run *run = payload;

	if (run->store)
		kg_cli_store_summary(run->store, run->db, run->stats);
}

void kg_cli_run_summary(kg_cli_run *run, kg_store *store, const char *db, const kg_pipeline_stats *stats)
{
	run->store = store;
	run->db = db;
	run->stats = stats;
}

void kg_cli_run_init(kg_cli_run *run, kg_pipeline_callbacks *cb, int quiet)
{
	static const kg_pipeline_callbacks printing = {
		.version = KG_PIPELINE_VERSION, .message = run_message, .warning = kg_cli_warning, .input = run_input,
		.progress_start = run_progress_start, .progress_end = run_progress_end, .stored = run_stored,
	};

	*run = (kg_cli_run){ .quiet = quiet };
	*cb = printing;
	cb->payload = run;
}

int kg_cli_job_open(kg_cli_job *job, kg_strv *inputs, const char *db, const char *curation,
		    const kg_pipeline_opts *opts, int keep_always, const char *nothing)
{
	long missing;
	int rc;

	memset(job, 0, sizeof(*job));
	job->n_given = inputs->n;
	if ((rc = kg_cli_curation_read(&job->cur, curation)) < 0)
		return rc;
	if ((missing = kg_cli_check_inputs(inputs)) < 0) {
		kg_cli_error("out of memory");
		return KG_ENOMEM;
	}
	job->n_missing = (size_t)missing;
	if (missing && (inputs->n == 0 || opts->strict)) {
		fprintf(stderr, "kg: %zu of %zu input%s had errors%s", job->n_missing, job->n_given,
			job->n_given == 1 ? "" : "s", nothing);
		return KG_ERROR;
	}
	if ((rc = kg_cli_store_open(&job->store, db, KG_STORE_WRITE)) < 0 ||
	    ((keep_always || job->cur) && (rc = kg_cli_curation_keep(&job->cur, job->store)) < 0))
		return rc;
	job->cb = (kg_pipeline_callbacks)KG_PIPELINE_CALLBACKS_INIT;
	kg_cli_run_init(&job->run, &job->cb, opts->quiet);
	return KG_OK;
}

size_t kg_cli_job_failed(const kg_cli_job *job)
{
	return job->stats.n_failed + job->n_missing;
}

void kg_cli_job_clear(kg_cli_job *job)
{
	kg_curation_free(job->cur);
	kg_store_free(job->store);
	job->cur = NULL;
	job->store = NULL;
}

void kg_cli_report(const kg_error *err)
{
	if (err->text[0])
		kg_error_print(err, stderr, 0);
}

void kg_cli_report_failed(size_t n_failed, size_t n_inputs)
{
	if (n_failed)
		fprintf(stderr, "kg: %zu of %zu input%s had errors\n", n_failed, n_inputs, n_inputs == 1 ? "" : "s");
}

int kg_cli_store_open(kg_store **out, const char *path, kg_store_mode mode)
{
	kg_pipeline_callbacks cb = KG_PIPELINE_CALLBACKS_INIT;
	kg_error err = { 0 };
	int rc;

	cb.message = run_message;
	if ((rc = kg_pipeline_store_open(out, path, mode, &cb, &err)) < 0)
		kg_cli_report(&err);
	return rc;
}

int kg_cli_curation_read(kg_curation **out, const char *file)
{
	kg_error err = { 0 };
	int rc = kg_pipeline_curation_read(out, file, &err);

	if (rc < 0)
		kg_error_print(&err, stderr, 0);
	if (rc == KG_EPARSE)
		fputs("kg: a curation line is WORD<TAB>NAME[<TAB>NAME]: same, different, type, ignore or rename "
		      "(see kg build --help)\n", stderr);
	return rc;
}

int kg_cli_curation_keep(kg_curation **cur, kg_store *store)
{
	kg_error err = { 0 };
	int rc = kg_pipeline_curation_keep(cur, store, &err);

	if (rc < 0)
		kg_error_print(&err, stderr, 0);
	return rc;
}

void kg_cli_store_summary(kg_store *store, const char *db, const kg_pipeline_stats *st)
{
	kg_store_stats ss;
	kg_error err = { 0 };

	fprintf(stderr, "kg: %s: %zu added, %zu replaced, %zu unchanged", db, st->added, st->replaced, st->unchanged);
	if (kg_store_stats_get(store, &ss, &err) == 0)
		fprintf(stderr, "; it holds %zu document%s, %zu triple%s", ss.documents, ss.documents == 1 ? "" : "s",
			ss.triples, ss.triples == 1 ? "" : "s");
	fputc('\n', stderr);
}

int kg_cli_store_graph(kg_graph **out, kg_store *store)
{
	kg_pipeline_opts po = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_callbacks cb = KG_PIPELINE_CALLBACKS_INIT;
	kg_pipeline_graph_stats gs = { 0 };
	kg_curation *cur = NULL;
	kg_error err = { 0 };
	int rc;

	*out = NULL;
	cb.warning = kg_cli_warning;
	if ((rc = kg_cli_curation_keep(&cur, store)) < 0)
		return rc;
	if ((rc = kg_pipeline_graph(out, &gs, store, cur, &po, &cb, &err)) < 0)
		kg_cli_report(&err);
	kg_pipeline_graph_stats_clear(&gs);
	kg_curation_free(cur);
	return rc;
}
