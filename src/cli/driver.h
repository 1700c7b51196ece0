/* driver.h: how the commands drive the pipeline library (src/pipeline): the callbacks that print its
 * messages and progress on standard error, and the store helpers that print what went wrong. */
#ifndef KG_CLI_DRIVER_H
#define KG_CLI_DRIVER_H

#include "cli.h"

#include "../pipeline/pipeline.h"

/* Where kg add, kg merge and kg export keep the store when --db is not given. */
#define KG_DEFAULT_DB "out/kg.db"

/* What the callbacks of one run keep. */
typedef struct kg_cli_run {
	kg_cli_progress progress; /* the progress line while the inputs are read */
	int quiet;                /* 1: no progress line, no standard input hint */
	kg_store *store;          /* kg_cli_run_summary: the store whose summary the stored callback prints */
	const char *db;           /* its path */
	const kg_pipeline_stats *stats; /* the run's counts */
	void *state;              /* the command's own state, for the callbacks it adds (facts, document) */
} kg_cli_run;

/* Fills cb (from KG_PIPELINE_CALLBACKS_INIT) with callbacks on run: messages printed on standard error
 * ("kg: error|warning|note: WHERE: WHAT"), a hint when standard input is a terminal, the progress
 * line; unless quiet, for the last two. */
void kg_cli_run_init(kg_cli_run *run, kg_pipeline_callbacks *cb, int quiet);
/* Makes the stored callback of run print the store's summary (kg_cli_store_summary). */
void kg_cli_run_summary(kg_cli_run *run, kg_store *store, const char *db, const kg_pipeline_stats *stats);
/* What kg add and kg build keep while they drive a job. */
typedef struct kg_cli_job {
	kg_pipeline_callbacks cb; /* the printing callbacks on run */
	kg_cli_run run;           /* their state */
	kg_pipeline_stats stats;  /* what reading did */
	kg_error err;             /* why the job failed */
	kg_store *store;          /* opened by kg_cli_job_open */
	kg_curation *cur;         /* the curation, read by kg_cli_job_open */
	size_t n_given;           /* inputs named, the missing ones too */
	size_t n_missing;         /* inputs that cannot be opened, left out */
} kg_cli_job;

/* What kg add and kg build do before reading: read and check the curation file (NULL: none), check
 * the inputs (the ones that cannot be opened are reported and left out), open the store at db and keep
 * the curation in it (keep_always: also when none is given, so the store's own is loaded), and set
 * the printing callbacks. When a missing input leaves nothing to read, or opts->strict, nothing is
 * opened and "kg: N of M inputs had errors" is printed followed by nothing ("; nothing added\n").
 * Returns 0, or < 0 after printing what went wrong; kg_cli_job_clear job in any case. */
int kg_cli_job_open(kg_cli_job *job, kg_strv *inputs, const char *db, const char *curation,
		    const kg_pipeline_opts *opts, int keep_always, const char *nothing);
/* The inputs that had errors: missing ones and those the job reported. */
size_t kg_cli_job_failed(const kg_cli_job *job);
/* Frees what job holds. */
void kg_cli_job_clear(kg_cli_job *job);
/* Prints err ("kg: error: ...") when it says something. */
void kg_cli_report(const kg_error *err);
/* Prints "kg: N of M inputs had errors" when some did. */
void kg_cli_report_failed(size_t n_failed, size_t n_inputs);

/* kg_pipeline_store_open that prints its error and note. */
int kg_cli_store_open(kg_store **out, const char *path, kg_store_mode mode);
/* kg_pipeline_curation_read that prints its error ("kg: error: FILE:LINE: what" and how a line goes). */
int kg_cli_curation_read(kg_curation **out, const char *file);
/* kg_pipeline_curation_keep that prints its error. */
int kg_cli_curation_keep(kg_curation **cur, kg_store *store);
/* The analysed graph of every document in store with the curation it keeps (kg_pipeline_graph); prints
 * the error and returns < 0 on failure. */
int kg_cli_store_graph(kg_graph **out, kg_store *store);
/* Prints "kg: DB: N added, N replaced, N unchanged; it holds N documents, N triples" on stderr. */
void kg_cli_store_summary(kg_store *store, const char *db, const kg_pipeline_stats *st);

#endif
