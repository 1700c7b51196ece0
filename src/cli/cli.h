/* cli.h: the kg command's subcommand and option tables, the table-driven option parser and the
 * helpers the subcommands share. */
#ifndef KG_CLI_H
#define KG_CLI_H

#include <stddef.h>
#include <stdio.h>

#include "../core/core.h"

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
/* Prints the help of cmd (usage, description, options, examples) on fp. */
void kg_cli_help(const kg_cli_cmd *cmd, FILE *fp);
/* Prints "kg: error: MESSAGE" and a hint to run --help on stderr; returns KG_EXIT_ERROR. */
int kg_cli_usage_error(const kg_cli_cmd *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints "kg: error: MESSAGE" on stderr; returns KG_EXIT_ERROR. */
int kg_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Writes s to fp with control characters (newline, escape...) shown as '?', so a name read from
 * the input cannot break a line of text output or drive the terminal. */
void kg_cli_put_inert(FILE *fp, const char *s);

/* Creates directory path and its parents (mkdir -p). Returns 0 or KG_EIO with err set. */
int kg_cli_mkdirs(const char *path, kg_error *err);

/* The subcommands (cmd_*.c). */
extern const kg_cli_cmd kg_cmd_build;
extern const kg_cli_cmd kg_cmd_extract;
extern const kg_cli_cmd kg_cmd_query;
extern const kg_cli_cmd kg_cmd_explain;
extern const kg_cli_cmd kg_cmd_ner;
extern const kg_cli_cmd kg_cmd_render;

#endif
