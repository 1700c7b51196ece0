/* extract.h: the pluggable extractors (a table of modules that read inputs and emit facts) and the
 * JSON Lines codec of triples. */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include "../core/core.h"

#include <stdint.h>

/* Bytes of a content hash in hex (SHA-256, 64 digits), with its NUL. */
#define KG_HASH_HEX 65

/* The document whose facts an extractor is handing over (see kg_extract_opts.doc). Extractors fill it
 * with borrowed strings; kg_doc_info_parse_json fills it with owned ones (kg_doc_info_clear frees them). */
typedef struct kg_doc_info {
	char *id;          /* the key of the document: a news document's id, a triples file's base name */
	char *source;      /* where it was read: file path, "PATH:LINE" for JSON Lines documents, "-" */
	char *date;        /* from JSON Lines "date", NULL when unknown */
	char *url;         /* from JSON Lines "url", NULL when unknown */
	char *title;       /* the document's title (HTML, feeds), NULL when unknown */
	kg_date_source date_source; /* where date came from: KG_DATE_DOCUMENT when known, else NONE */
	char date_from[12];/* where the document's date came from: "record", "option", "metadata",
			    * "dateline", "filename" or "none" (no date); "" when not said (triples files) */
	char hash[KG_HASH_HEX]; /* SHA-256 of the content in hex: news, of the text, date and url (each
				 * followed by a NUL byte); triples, of the file's bytes. Complete in doc_done. */
	size_t n_entities; /* entity lines written for it (kg_doc_info_write_json, kg merge's check) */
	size_t n_triples;  /* triple lines written for it */
	size_t n_events;   /* event lines written for it */
} kg_doc_info;

struct kg_lex;
struct kg_lex_opts;
struct kg_lang;

/* The context of one run of kg (the model: jq's jq_state, libgit2's git_repository), created once by
 * the caller and passed down: what a run loads once, the lexicons and the learned language models,
 * each opened on first use and then shared read-only by every worker thread; and where the warnings of
 * loading them go. The caches of extraction belong to the thread that fills them (kg_ner_cache, one per
 * worker), never to the run. A kg_run itself is not thread-safe: call kg_run_lex and kg_run_lang from
 * the thread that owns the run (the extractors do so before they start their workers). */
typedef struct kg_run kg_run;

/* How a run opens what it loads. */
typedef struct kg_run_opts {
	unsigned version;                /* KG_RUN_OPTS_VERSION */
	const struct kg_lex_opts *lex;   /* where the lexicon data lives (copied; its strings borrowed for
					  * the run's life); NULL: the environment, else the Debian defaults */
	const char *models_dir;          /* the language models; NULL: kg_lang_default_dir() */
	int no_models;                   /* 1: extract without the learned language layer */
	/* Receives each warning of loading (a lexicon data file missing: that lexicon is empty);
	 * NULL: dropped. The run never prints. */
	void (*on_warning)(const kg_error *err, void *ctx);
	void *ctx;                       /* passed to on_warning */
} kg_run_opts;

#define KG_RUN_OPTS_VERSION 1
#define KG_RUN_OPTS_INIT { KG_RUN_OPTS_VERSION, NULL, NULL, 0, NULL, NULL }

/* A run that opens nothing yet (opts NULL: KG_RUN_OPTS_INIT). Returns 0 or KG_ENOMEM. */
int kg_run_new(kg_run **out, const kg_run_opts *opts);
/* Frees the run and what it opened. Accepts NULL. */
void kg_run_free(kg_run *run);
/* The run's lexicons in *out, opened by the first call (the same ones after). Returns 0, or KG_ENOMEM
 * with err; a missing data file is a warning (on_warning), not an error. */
int kg_run_lex(const struct kg_lex **out, kg_run *run, kg_error *err);
/* The run's learned language layer, loaded by the first call; NULL when its models are missing (the
 * extractors then go on without it) or the run has no_models. */
const struct kg_lang *kg_run_lang(kg_run *run);

/* Options and diagnostics shared by every extractor. */
typedef struct kg_extract_opts {
	int strict;            /* 1: stop at the first malformed record instead of skipping it */
	int replace_invalid;   /* 1: invalid UTF-8 is replaced (with a warning) instead of refusing the document */
	int quiet;             /* 1: no warnings on stderr */
	size_t max_doc_bytes;  /* documents larger than this are skipped with an error (0: default 64 MiB) */
	size_t max_sentence_tokens; /* news: longer sentences are cut into pieces of this many tokens (0: 400) */
	size_t max_entities;   /* news: entities kept per document; past it the rest are dropped with a
				* warning, with the triples that name them (0: default 10,000) */
	/* Called for every problem found in the input; the extractor goes on after it unless strict.
	 * NULL: printed on stderr as "kg: error: FILE:LINE: what". */
	void (*on_error)(const kg_error *err, int warning, void *ctx);
	void *ctx;             /* passed to on_error and to the facts callback */
	size_t n_errors;       /* problems reported so far (the extractor adds to it) */
	size_t n_docs;         /* documents or records read so far (the extractor adds to it) */
	size_t n_bytes;        /* bytes of input read so far, never more than the inputs hold (the
				* extractor adds to it; the progress line reads it from its thread) */
	/* The document being handed over, set by the news and triples extractors while they call the
	 * facts callback, want_doc and doc_done (NULL otherwise). A triples file is one document, handed
	 * over in batches. */
	const kg_doc_info *doc;
	/* Called before a news document is extracted, with doc complete (NULL: every document is): return
	 * 1 to extract it, 0 to skip it (no facts callback, no doc_done; counted in n_skipped), < 0 to stop. */
	int (*want_doc)(const kg_doc_info *doc, void *ctx);
	/* Called once a document has been wholly handed over (after its last facts callback, also when it
	 * had no facts), with its hash complete; not called for a document cut short by an error.
	 * NULL: not called. Return < 0 to stop. */
	int (*doc_done)(const kg_doc_info *doc, void *ctx);
	size_t n_skipped;      /* documents want_doc skipped (the extractor adds to it) */
	/* news: documents extracted at once by this many worker threads (0 or 1: one at a time, in the
	 * calling thread). Reading, want_doc, the facts callback, doc_done and every report stay in the
	 * calling thread and in input order, so the output is the same for any value. */
	size_t jobs;
	/* with jobs > 1, the documents in flight at most (0: 4 a thread): more keep the workers busy while
	 * the calling thread does long work in doc_done (storing a queue of documents) */
	size_t depth;
	/* news: the date of documents that bring none of their own record or page date (--date: YYYY,
	 * YYYY-MM or YYYY-MM-DD, checked by the caller); NULL: none. A dateline or a date in the file
	 * name is weaker than it. */
	const char *date;
	/* The run context (borrowed): the lexicons and the learned language layer (src/lang), opened once
	 * per run and shared read-only by every worker thread. NULL: the news extractor opens the lexicons
	 * for the call alone, without language models (slower when called for many inputs). */
	kg_run *run;
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

/* Called by kg_extract_auto_plan for each file, with the extractor that would read it ("auto" for "-",
 * decided when read); return < 0 to stop. */
typedef int (*kg_extract_plan_cb)(const char *file, const kg_extractor *x, void *ctx);
/* Calls fn for every file kg_extract_auto_run(path) would read, in the same order, without reading
 * them; the files a directory walk skips are reported through opts as the run reports them. Returns
 * as kg_extract_walk. */
int kg_extract_auto_plan(const char *path, kg_extract_opts *opts, kg_extract_plan_cb fn, void *ctx);

/* Called by kg_extract_walk for each regular file; return < 0 to stop the walk. */
typedef int (*kg_extract_file_cb)(const char *file, kg_extract_opts *opts, void *ctx);
/* Calls fn for path itself when it is a file (or "-"), or for every regular file under it when it is a
 * directory: recursive, entries sorted by name with strcmp, hidden entries (".name") skipped,
 * symbolic links to directories not followed. Unreadable entries are reported through opts and
 * skipped. Returns 0, KG_EIO (reported) when path itself cannot be read, or the first negative
 * code of fn. */
int kg_extract_walk(const char *path, kg_extract_opts *opts, kg_extract_file_cb fn, void *ctx);
/* 1 when path names triples rather than news by the auto rule: ".tsv", or ".jsonl"/".ndjson"/".json"
 * whose first non-blank line is a JSON object with a "subject" key (or an entity or document line). */
int kg_extract_is_triples_file(const char *path);

/* Parses one triple JSON object ({"subject","subject_type","predicate","object","object_type",
 * "attrs":{"title","location","date","date_source","event","modality"},"evidence":{"doc","sentence","start","end","text"},
 * "confidence","extractor","subject_aliases","object_aliases"}) into facts (entities with their aliases
 * and the triple), or an event line (see kg_event_write_json) into facts' events. err gets the column
 * on malformed input. attrs.date must be an ISO date (YYYY, YYYY-MM, YYYY-MM-DD) when date_source is
 * given; date_source is "text", "document" or "none". */
int kg_triple_parse_json(kg_facts *facts, const char *line, size_t len, const char *source, long lineno,
			 kg_error *err);
/* Writes t as one JSON line (with the aliases of its subject and object found in facts, which may be NULL). */
int kg_triple_write_json(const kg_triple *t, const kg_facts *facts, FILE *fp);

/* Writes ev as one JSON line (keys sorted):
 *   {"confidence":C,"date":ISO|null,"date_source":"text|document|none","duration":"P2D","event":ID,
 *    "evidence":{"doc","end","sentence","start","text"},"extractor":..,"flags":["planned",..],
 *    "participants":[{"name":..,"role":"host|guest|participant","type":"PERSON"},..],"place":..|null,
 *    "trigger":..,"trigger_end":N,"trigger_start":N,"type":"meeting|call|visit|summit"}
 * "duration" (an ISO 8601 duration, kg_duration_valid) only when the event has one. */
int kg_event_write_json(const kg_event *ev, FILE *fp);

/* Entity and document lines of the triples JSON Lines format, which kg extract writes around each
 * document's triples so that kg merge can rebuild the document's facts exactly:
 *   {"aliases":[..],"doc":ID,"entity":NAME,"mentions":N,"type":TYPE,"why":[..]}   one per entity, first
 *   {"date":..,"document":ID,"entities":N,"hash":HEX,"source":..,"triples":N,"url":..}  last, closes it
 *   (with "date_source", "title" and "events":N as well when known and not none or 0, and "date_from":
 *   record|option|metadata|dateline|filename|none for news documents; another value is an error)
 * Event lines (kg_event_write_json) come after the document's triples and before its document line.
 * kg_triple_parse_json reads an entity line into facts (the entity, its aliases, why lines and mentions)
 * and accepts a document line without adding anything. */

/* Writes entity e of document doc (may be NULL) as one JSON line; aliases and why lines keep their order. */
int kg_entity_write_json(const kg_entity *e, const char *doc, FILE *fp);
/* Writes the document line of d. */
int kg_doc_info_write_json(const kg_doc_info *d, FILE *fp);
/* What a line of the triples JSON Lines format holds, by its keys: KG_JSONL_TRIPLE ("subject"),
 * KG_JSONL_ENTITY ("entity"), KG_JSONL_DOCUMENT ("document"), KG_JSONL_EVENT ("event"), or -1 (not a JSON object, or none of them). */
enum { KG_JSONL_TRIPLE = 0, KG_JSONL_ENTITY = 1, KG_JSONL_DOCUMENT = 2, KG_JSONL_EVENT = 3 };
int kg_jsonl_kind(const char *line, size_t len);
/* Parses a document line into out (owned strings; cleared first). KG_EPARSE with err when malformed. */
int kg_doc_info_parse_json(kg_doc_info *out, const char *line, size_t len, const char *source, long lineno,
			   kg_error *err);
/* Frees the strings of an owned kg_doc_info (from kg_doc_info_parse_json) and zeroes it. Accepts NULL. */
void kg_doc_info_clear(kg_doc_info *d);

/* SHA-256, streamed (hash.c). */
typedef struct kg_hash {
	uint32_t h[8];            /* the chaining state */
	uint64_t bytes;           /* bytes hashed so far */
	unsigned char buf[64];    /* a partial block */
	size_t fill;              /* bytes in buf */
} kg_hash;
void kg_hash_init(kg_hash *ctx);
void kg_hash_update(kg_hash *ctx, const void *data, size_t n);
/* Writes the digest of what was hashed so far as 64 hex digits and a NUL; ctx is left as it was. */
void kg_hash_hex(const kg_hash *ctx, char out[KG_HASH_HEX]);

#endif
