/* extract.h: the pluggable extractors (a table of modules that read inputs and emit facts) and the
 * JSON Lines codec of triples. */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include "../core/core.h"

/* Options and diagnostics shared by every extractor. */
typedef struct kg_extract_opts {
	int strict;            /* 1: stop at the first malformed record instead of skipping it */
	int replace_invalid;   /* 1: invalid UTF-8 is replaced (with a warning) instead of refusing the document */
	int quiet;             /* 1: no warnings on stderr */
	size_t max_doc_bytes;  /* documents larger than this are skipped with an error (0: default 64 MiB) */
	/* Called for every problem found in the input; the extractor goes on after it unless strict.
	 * NULL: printed on stderr as "kg: error: FILE:LINE: what". */
	void (*on_error)(const kg_error *err, int warning, void *ctx);
	void *ctx;             /* passed to on_error and to the facts callback */
	size_t n_errors;       /* problems reported so far (the extractor adds to it) */
	size_t n_docs;         /* documents or records read so far (the extractor adds to it) */
} kg_extract_opts;

/* Receives the facts of one document (or one batch of records); borrowed, valid during the call.
 * Return < 0 to stop. */
typedef int (*kg_facts_cb)(const kg_facts *facts, void *ctx);

/* An extractor module. */
typedef struct kg_extractor {
	const char *name;        /* chosen with --extractor NAME */
	const char *description; /* one line for --help */
	/* Reads path (file, directory or "-") and calls cb once per document. Returns 0 when the input was
	 * read (problems in it are reported through opts->on_error and counted), < 0 when it could not be
	 * read at all or cb/strict stopped it. */
	int (*run)(const char *path, kg_extract_opts *opts, kg_facts_cb cb);
} kg_extractor;

/* The table of extractors, ending with a zeroed entry; "auto" picks by file (.tsv and triple JSON
 * Lines -> triples, anything else -> news; in a directory, other .json files, graphs, images and
 * archives are skipped with a warning). */
extern const kg_extractor kg_extractors[];
const kg_extractor *kg_extractor_lookup(const char *name);

/* The run functions of the table's modules (triples.c, news.c). */
int kg_extract_triples_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb);
int kg_extract_news_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb);
int kg_extract_auto_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb);

/* Formats of the triples extractor. */
enum {
	KG_TRIPLES_SNIFF = 0, /* JSON Lines when the first non-blank byte is '{', else TSV */
	KG_TRIPLES_JSONL = 1, /* one JSON object per line (see kg_triple_parse_json) */
	KG_TRIPLES_TSV = 2    /* tab-separated rows, with a "subject<TAB>..." header or fixed columns */
};
/* Reads triples from fp (borrowed, read to its end) named source in messages, evidence doc defaulting
 * to source's base name. Calls cb with each batch of records (one per 10,000). Same returns as run. */
int kg_extract_triples_stream(FILE *fp, const char *source, int format, kg_extract_opts *opts,
			      kg_facts_cb cb);

/* Reports a problem through opts (counts it, calls on_error or prints it). */
void kg_extract_report(kg_extract_opts *opts, const kg_error *err, int warning);

/* Called by kg_extract_walk for each regular file; return < 0 to stop the walk. */
typedef int (*kg_extract_file_cb)(const char *file, kg_extract_opts *opts, void *ctx);
/* Calls fn for path itself when it is a file (or "-"), or for every regular file under it when it is a
 * directory: recursive, entries sorted by name with strcmp, hidden entries (".name") skipped,
 * symbolic links to directories not followed. Unreadable entries are reported through opts and
 * skipped. Returns 0, KG_EIO (reported) when path itself cannot be read, or the first negative
 * code of fn. */
int kg_extract_walk(const char *path, kg_extract_opts *opts, kg_extract_file_cb fn, void *ctx);
/* 1 when path names triples rather than news by the auto rule: ".tsv", or ".jsonl"/".ndjson"/".json"
 * whose first non-blank line is a JSON object with a "subject" key. */
int kg_extract_is_triples_file(const char *path);

/* Parses one triple JSON object ({"subject","subject_type","predicate","object","object_type",
 * "attrs":{"title","location","date","modality"},"evidence":{"doc","sentence","start","end","text"},
 * "confidence","extractor","subject_aliases","object_aliases"}) into facts (entities with their aliases
 * and the triple). err gets the column on malformed input. */
int kg_triple_parse_json(kg_facts *facts, const char *line, size_t len, const char *source, long lineno,
			 kg_error *err);
/* Writes t as one JSON line (with the aliases of its subject and object found in facts, which may be NULL). */
int kg_triple_write_json(const kg_triple *t, const kg_facts *facts, FILE *fp);

#endif
