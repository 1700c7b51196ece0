/* cli.h: the kg command's subcommand and option tables, the table-driven option parser and the
 * helpers the subcommands share. */
#ifndef KG_CLI_H
#define KG_CLI_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../core/core.h"
#include "../../graph/graph.h"

/* Exit statuses of kg. */
enum {
	KG_EXIT_OK = 0,    /* done, something found */
	KG_EXIT_NONE = 1,  /* nothing found: a query with no answer, a build with no entities */
	KG_EXIT_ERROR = 2  /* usage or input error, also when only some inputs failed */
};

/* What an option's value is. */
typedef enum kg_cli_kind {
	KG_CLI_FLAG,   /* no value: sets an int to 1 */
	KG_CLI_STRING, /* a string: sets a const char * (borrowed from argv) */
	KG_CLI_COUNT   /* a whole number >= 0: sets a size_t */
} kg_cli_kind;

/* One option of a subcommand; a table of them ends with a zeroed entry. */
typedef struct kg_cli_opt {
	const char *name;    /* long name without "--" */
	char short_name;     /* one-letter form, 0 when none */
	kg_cli_kind kind;    /* what its value is */
	size_t offset;       /* where the value goes in the subcommand's option struct (offsetof) */
	const char *arg;     /* placeholder of the value in --help ("DIR"), NULL for flags */
	const char *choices; /* "a|b|c": the only values accepted, NULL for any */
	const char *help;    /* one line for --help */
} kg_cli_opt;

/* A subcommand. */
typedef struct kg_cli_cmd {
	const char *name;        /* "build" */
	int (*run)(const struct kg_cli_cmd *cmd, int argc, char **argv); /* returns an exit status */
	const char *summary;     /* one line for kg --help */
	const char *usage;       /* what follows "kg NAME": "[OPTIONS] [INPUT...]" */
	const char *description; /* a paragraph for kg NAME --help */
	const kg_cli_opt *opts;  /* its options */
	const char *examples;    /* lines of examples for --help */
	void (*more_help)(FILE *fp); /* prints extra help sections (tables), may be NULL */
} kg_cli_cmd;

/* Parses argv[1..argc) of cmd (argv[0] is the subcommand's name): options, in any position until
 * "--", fill values (cmd's option struct, defaults already set); the rest are pushed to operands.
 * Returns 0, 1 when --help was printed (exit 0), or KG_EINVAL after printing a usage error. */
int kg_cli_parse(const kg_cli_cmd *cmd, int argc, char **argv, void *values, kg_strv *operands);
/* kg_cli_parse for a command that takes no operands; hint (NULL: none) says how its input is named
 * instead. Returns -1 when the command goes on, else its exit status (0 after --help, 2 on an error). */
int kg_cli_parse_options(const kg_cli_cmd *cmd, int argc, char **argv, void *values, const char *hint);
/* kg_cli_parse for a command that takes operands; none (NULL: nothing) is the operand when none is
 * given ("-": standard input). Returns -1 when the command goes on, else its exit status (0 after
 * --help, 2 on an error). */
int kg_cli_parse_operands(const kg_cli_cmd *cmd, int argc, char **argv, void *values, kg_strv *operands,
			  const char *none);
/* Prints the help of cmd (usage, description, options, examples) on fp. */
void kg_cli_help(const kg_cli_cmd *cmd, FILE *fp);
/* Prints "kg: error: MESSAGE" and a hint to run --help on stderr; returns KG_EXIT_ERROR. */
int kg_cli_usage_error(const kg_cli_cmd *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "kg: error: MESSAGE" on stderr; returns KG_EXIT_ERROR. */
int kg_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Checks the value of a date option (--date): YYYY-MM-DD, YYYY-MM or YYYY. Returns 0, or prints a
 * usage error of cmd naming the formats and returns KG_EXIT_ERROR. value may be NULL (not given). */
int kg_cli_check_date(const kg_cli_cmd *cmd, const char *option, const char *value);

/* Writes s to fp with control characters (newline, escape, C1 controls such as U+009B), the line
 * separators U+2028 and U+2029, bidirectional overrides and invalid UTF-8 bytes shown as '?', so a
 * name read from the input cannot break a line of text output, reorder it, or drive the terminal. */
void kg_cli_put_inert(FILE *fp, const char *s);

/* Checks that each input (a file, a directory, "-") can be opened before anything is created: the
 * ones that cannot are reported ("kg: error: PATH: cannot open: ...") and left out of inputs.
 * Returns how many were left out (KG_ENOMEM < 0 when out of memory). */
long kg_cli_check_inputs(kg_strv *inputs);

/* Loads the graph.json at path (new reference: kg_graph_free it). On failure prints the error, and
 * how to make a graph when path is the default out/graph.json, and returns NULL. */
kg_graph *kg_cli_load_graph(const char *path);

/* Checks --relation's list against the schema and g's predicates (kg_graph_check_relations). Returns
 * 0, or KG_EINVAL after printing a usage error of cmd that lists the valid relations. */
int kg_cli_check_relations(const kg_cli_cmd *cmd, const kg_graph *g, const char *list);
/* Prints "kg: note: 2 planned visits not shown; add --planned" on stderr when q leaves planned facts
 * out (kg_graph_query_planned_hidden). */
void kg_cli_planned_hint(const kg_graph *g, const kg_query *q);
/* The --since and --until options of a command whose option struct `type` has `since` and `until`
 * (const char *) fields: rows of its option table. */
#define KG_CLI_PERIOD_OPTIONS(type)                                                                          \
	{ "since", 0, KG_CLI_STRING, offsetof(type, since), "DATE", NULL,                                   \
	  "only what is dated DATE or later (YYYY-MM-DD, YYYY-MM or YYYY: a month or a year from its "      \
	  "first day); undated facts are left out" },                                                        \
	{ "until", 0, KG_CLI_STRING, offsetof(type, until), "DATE", NULL,                                   \
		  "only what is dated DATE or earlier (a month or a year to its last day)" }
/* What a drawing shows (kg render, kg report), for an option struct `type` with the fields ego, depth,
 * relation, no_planned, no_unlinked and layout (the report applies them to its drawing). */
#define KG_CLI_SELECTION_OPTIONS(type)                                                                       \
	{ "ego", 'e', KG_CLI_STRING, offsetof(type, ego), "NAME", NULL,                                      \
	  "only NAME and the entities within --depth relations of it (names as in kg query)" },              \
	{ "depth", 'd', KG_CLI_COUNT, offsetof(type, depth), "D", NULL, "how far around --ego (default 1)" }, \
	{ "relation", 'r', KG_CLI_STRING, offsetof(type, relation), "R[,R...]", NULL,                        \
	  "only relations of these kinds (meet, speak_with, holds_position, ...)" },                         \
	{ "no-planned", 0, KG_CLI_FLAG, offsetof(type, no_planned), NULL, NULL,                              \
	  "leave out relations known only as planned (\"will meet\")" },                                     \
	{ "no-unlinked", 0, KG_CLI_FLAG, offsetof(type, no_unlinked), NULL, NULL,                            \
	  "drawings: leave out entities with no relation drawn (default: a compact grid under the graph)" }, \
	{ "layout", 0, KG_CLI_STRING, offsetof(type, layout), "NAME", "dot|sfdp|neato|fdp|circo|twopi",      \
	  "Graphviz layout (default dot, sfdp above 300 entities)" }
/* -g: the graph.json a command reads, into the const char * field graph of its option struct `type`;
 * what (a verb) says what the command does with it. */
#define KG_CLI_GRAPH_OPTION(type, what)                                                                      \
	{ "graph", 'g', KG_CLI_STRING, offsetof(type, graph), "FILE", NULL,                                  \
	  "the graph.json to " what " (default out/graph.json)" }
/* How kg build, kg extract and kg add read their inputs: -x, --strict, --replace-invalid, into the
 * kg_pipeline_opts field pipe of their option struct `type`. */
#define KG_CLI_READ_OPTIONS(type)                                                                            \
	{ "extractor", 'x', KG_CLI_STRING, offsetof(type, pipe.extractor), "NAME", "auto|news|triples",           \
	  "how to read the inputs (default auto)" },                                                         \
	{ "strict", 0, KG_CLI_FLAG, offsetof(type, pipe.strict), NULL, NULL,                                      \
	  "stop at the first bad input or record instead of skipping it" },                                  \
	{ "replace-invalid", 0, KG_CLI_FLAG, offsetof(type, pipe.replace_invalid), NULL, NULL,                    \
	  "replace invalid UTF-8 with U+FFFD (with a warning) instead of refusing the document" }
/* --date of kg build, kg extract and kg add (into pipe.date). */
#define KG_CLI_DATE_OPTION(type)                                                                             \
	{ "date", 0, KG_CLI_STRING, offsetof(type, pipe.date), "DATE", NULL,                                      \
	  "the date of news documents that bring none of their own (YYYY-MM-DD, YYYY-MM or YYYY); a JSON "   \
	  "Lines \"date\" is stronger, a dateline or a date in the file name weaker" }
/* The limits on hostile input of kg build, kg extract and kg add (0 or absent: the default), into pipe. */
#define KG_CLI_LIMIT_OPTIONS(type)                                                                           \
	{ "max-doc-bytes", 0, KG_CLI_COUNT, offsetof(type, pipe.max_doc_bytes), "N", NULL,                        \
	  "refuse documents and triples lines larger than N bytes (default 67108864, 64 MiB)" },             \
	{ "max-sentence-tokens", 0, KG_CLI_COUNT, offsetof(type, pipe.max_sentence_tokens), "N", NULL,            \
	  "cut longer sentences into pieces of N tokens (default 400)" },                                    \
	{ "max-entities", 0, KG_CLI_COUNT, offsetof(type, pipe.max_entities), "N", NULL,                          \
	  "keep at most N entities per news document, with a warning past it (default 10000)" }
/* -j of kg build, kg extract and kg add (into pipe.jobs); what stays the same with it is `same`. */
#define KG_CLI_JOBS_OPTION(type, same)                                                                       \
	{ "jobs", 'j', KG_CLI_COUNT, offsetof(type, pipe.jobs), "N", NULL,                                   \
	  "extract news documents in N threads at once (default 1); " same }
/* Checks --since and --until (either NULL) before any work: KG_EXIT_OK, or KG_EXIT_ERROR after a usage
 * error that lists the date formats. */
int kg_cli_period_check(const kg_cli_cmd *cmd, const char *since, const char *until);
/* Replaces *g by its part in the period (kg_graph_period) when since or until is set; prints the error
 * and returns < 0 on failure (*g unchanged). */
int kg_cli_period(kg_graph **g, const char *since, const char *until);

/* A query of kg query as parsed from the operands (query_parse.c); the strings are owned. */
typedef struct kg_cli_query {
	kg_query_kind kind; /* what it asks */
	char *x;            /* first name */
	char *y;            /* second name (path) or NULL */
	char *relations;    /* relations, comma-separated, or "any" */
	char message[128];  /* why the last parse failed, when the message quotes the query */
} kg_cli_query;

/* Parses the operands of kg query ("met NAME", "path A B", "leads NAME", "(x)-[:meet]-(NAME)", or the
 * whole query in one operand) into q. Returns 0; KG_EINVAL with a message in why (static storage or
 * q->message, valid until q is parsed again), or KG_ENOMEM; q is then cleared but for its message. Any bytes are safe: names are taken as written. */
int kg_cli_query_parse(kg_cli_query *q, const kg_strv *ops, const char **why);
/* Frees the strings of q and zeroes it. Accepts NULL fields. */
void kg_cli_query_clear(kg_cli_query *q);
/* Joins sv->v[from..n) with single spaces into a new string; NULL when out of memory or nothing to join. */
char *kg_cli_join_words(const kg_strv *sv, size_t from);
/* Prints the query words of kg query, one per line, for --help. */
void kg_cli_query_words_help(FILE *fp);

/* Terminal niceties (term.c). When standard error is a terminal, routes it through a filter that
 * colours the "error:", "warning:" and "note:" labels of kg's messages (unless NO_COLOR is set and
 * not empty, or TERM is dumb) and clears the progress line before any message. Call once, first. */
void kg_cli_term_init(void);
/* 1 when messages on standard error are coloured. */
int kg_cli_color(void);
/* Prints a warning ("kg: warning: ...") on standard error: the on_warning of the CLI's run contexts. */
void kg_cli_warning(const kg_error *err, void *ctx);
struct kg_run;
struct kg_lex;
/* Makes *run, a run context without language models whose warnings kg_cli_warning prints, and opens
 * its lexicons into *lex, for a command that needs only them; prints what went wrong. Returns 0 or < 0;
 * the caller frees *run (also on failure) with kg_run_free. */
int kg_cli_lex_run(struct kg_run **run, const struct kg_lex **lex);

/* The progress line of a long run. */
typedef struct kg_cli_progress {
	int running;              /* 1 while the ticker thread runs */
	int stop;                 /* tells the thread to end (under lock) */
	const size_t *n_docs;     /* documents read so far, counted by the extractors (borrowed) */
	const size_t *n_bytes;    /* bytes of input read so far, counted by the extractors (borrowed) */
	double start;             /* when the run started (monotonic seconds) */
	double base_time;         /* when the first document was read */
	int base_set;             /* 1 once base_time is known */
	unsigned long long total; /* bytes of the inputs */
	int known;                /* 1 when total is known: files and directories, no standard input */
	pthread_t thread;         /* the ticker */
	pthread_mutex_t lock;     /* guards stop */
	pthread_cond_t wake;      /* wakes the ticker to stop */
} kg_cli_progress;
/* Shows, while inputs are read, a line on standard error that a thread redraws four times a second
 * after the first second (kg_cli_progress_line). Does nothing when standard error is not a terminal
 * or quiet is set. */
void kg_cli_progress_start(kg_cli_progress *p, const kg_strv *inputs, const size_t *n_docs,
			   const size_t *n_bytes, int quiet);
/* Writes the progress line into buf: "kg: 12 documents, 3.1 MB of 8.1 MB, 2.0 MB/s, 0:03 left" —
 * bytes read of the size of the inputs when known (total > 0), never more than it, and without a
 * total or time left when it is not (0); the rate and time left after half a second (elapsed). */
void kg_cli_progress_line(char *buf, size_t cap, size_t n_docs, unsigned long long done,
			  unsigned long long total, double elapsed);
/* Stops the thread and clears the line. Accepts a progress that never started. */
void kg_cli_progress_end(kg_cli_progress *p);

/* The subcommands (cmd_*.c). */
/* kg train ner (cmd_misc.c): trains the NER tagger on train_path and more->v[0..n) with dev_path
 * (NULL: none) and writes output; returns an exit status. */
int kg_cli_train_ner(const char *train_path, const kg_strv *more, const char *dev_path, const char *output,
		     int epochs, uint64_t seed, int quiet);

extern const kg_cli_cmd kg_cmd_build;
extern const kg_cli_cmd kg_cmd_extract;
extern const kg_cli_cmd kg_cmd_query;
extern const kg_cli_cmd kg_cmd_explain;
extern const kg_cli_cmd kg_cmd_ner;
extern const kg_cli_cmd kg_cmd_render;
extern const kg_cli_cmd kg_cmd_report;
extern const kg_cli_cmd kg_cmd_add;
extern const kg_cli_cmd kg_cmd_merge;
extern const kg_cli_cmd kg_cmd_export;
extern const kg_cli_cmd kg_cmd_eval;
extern const kg_cli_cmd kg_cmd_parse;
extern const kg_cli_cmd kg_cmd_train;
extern const kg_cli_cmd kg_cmd_text;

#endif
