/* opts.c: the table-driven option parser and help printer of kg's subcommands, and small helpers. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The option every subcommand has. */
static const kg_cli_opt help_opt = { "help", 'h', KG_CLI_FLAG, 0, NULL, NULL, "show this help and exit" };

/* Prints "kg: error: " and the message, inert, on one line. */
static void error_line(const char *fmt, va_list ap)
{
	char text[1024];

	vsnprintf(text, sizeof(text), fmt, ap);
	fputs("kg: error: ", stderr);
	kg_cli_put_inert(stderr, text);
	fputc('\n', stderr);
}

int kg_cli_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	error_line(fmt, ap);
	va_end(ap);
	return KG_EXIT_ERROR;
}

int kg_cli_usage_error(const kg_cli_cmd *cmd, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	error_line(fmt, ap);
	va_end(ap);
	if (cmd)
		fprintf(stderr, "usage: kg %s %s\nTry 'kg %s --help' for more.\n", cmd->name, cmd->usage, cmd->name);
	else
		fputs("Try 'kg --help' for more.\n", stderr);
	return KG_EXIT_ERROR;
}

int kg_cli_check_date(const kg_cli_cmd *cmd, const char *option, const char *value)
{
	if (!value || kg_date_valid(value))
		return 0;
	return kg_cli_usage_error(cmd, "%s: '%s' is not a date; valid forms: %s", option, value, kg_date_formats);
}

/* 1 when value is one of the '|'-separated choices. */
static int is_choice(const char *choices, const char *value)
{
	size_t n = strlen(value);

	for (const char *p = choices; *p;) {
		const char *bar = strchr(p, '|');
		size_t k = bar ? (size_t)(bar - p) : strlen(p);

		if (k == n && strncmp(p, value, n) == 0)
			return 1;
		p += k + (bar ? 1 : 0);
	}
	return 0;
}

/* Stores value into the field of opt; prints a usage error and returns KG_EINVAL when invalid. */
static int set_value(const kg_cli_cmd *cmd, const kg_cli_opt *opt, void *values, const char *value)
{
	char *field = (char *)values + opt->offset;

	if (opt->kind == KG_CLI_FLAG) {
		*(int *)(void *)field = 1;
		return KG_OK;
	}
	if (opt->choices && !is_choice(opt->choices, value)) {
		kg_cli_usage_error(cmd, "option '--%s' must be one of %s, not '%s'", opt->name, opt->choices, value);
		return KG_EINVAL;
	}
	if (opt->kind == KG_CLI_COUNT) {
		char *end;
		unsigned long long v;

		errno = 0;
		v = strtoull(value, &end, 10);
		if (errno || end == value || *end || value[0] == '-') {
			kg_cli_usage_error(cmd, "option '--%s' needs a whole number, not '%s'", opt->name, value);
			return KG_EINVAL;
		}
		*(size_t *)(void *)field = (size_t)v;
		return KG_OK;
	}
	*(const char **)(void *)field = value;
	return KG_OK;
}

/* The option of cmd named name[0..n) (long) or c (short, when name is NULL); &help_opt for help. */
static const kg_cli_opt *find_opt(const kg_cli_cmd *cmd, const char *name, size_t n, char c)
{
	for (const kg_cli_opt *o = cmd->opts; o && o->name; o++)
		if (name ? (strlen(o->name) == n && strncmp(o->name, name, n) == 0) : (c && o->short_name == c))
			return o;
	if (name ? (n == 4 && strncmp(name, "help", 4) == 0) : c == 'h')
		return &help_opt;
	return NULL;
}

/* Parses one "--name[=value]" at argv[*i]. Returns 0, 1 for help, KG_EINVAL. */
static int parse_long(const kg_cli_cmd *cmd, int argc, char **argv, int *i, void *values)
{
	const char *name = argv[*i] + 2;
	const char *eq = strchr(name, '=');
	size_t n = eq ? (size_t)(eq - name) : strlen(name);
	const kg_cli_opt *o = find_opt(cmd, name, n, 0);

	if (!o) {
		kg_cli_usage_error(cmd, "unknown option '--%.*s'", (int)n, name);
		return KG_EINVAL;
	}
	if (o == &help_opt)
		return 1;
	if (o->kind == KG_CLI_FLAG) {
		if (eq) {
			kg_cli_usage_error(cmd, "option '--%s' takes no value", o->name);
			return KG_EINVAL;
		}
		return set_value(cmd, o, values, NULL);
	}
	if (eq)
		return set_value(cmd, o, values, eq + 1);
	if (*i + 1 >= argc) {
		kg_cli_usage_error(cmd, "option '--%s' needs a value (%s)", o->name, o->arg ? o->arg : "VALUE");
		return KG_EINVAL;
	}
	return set_value(cmd, o, values, argv[++*i]);
}

/* Parses a cluster of short options "-abc" or "-oVALUE" at argv[*i]. */
static int parse_short(const kg_cli_cmd *cmd, int argc, char **argv, int *i, void *values)
{
	const char *arg = argv[*i];

	for (size_t k = 1; arg[k]; k++) {
		const kg_cli_opt *o = find_opt(cmd, NULL, 0, arg[k]);
		int rc;

		if (!o) {
			kg_cli_usage_error(cmd, "unknown option '-%c'", arg[k]);
			return KG_EINVAL;
		}
		if (o == &help_opt)
			return 1;
		if (o->kind == KG_CLI_FLAG) {
			if ((rc = set_value(cmd, o, values, NULL)) != 0)
				return rc;
			continue;
		}
		if (arg[k + 1])
			return set_value(cmd, o, values, arg + k + 1);
		if (*i + 1 >= argc) {
			kg_cli_usage_error(cmd, "option '-%c' needs a value (%s)", arg[k], o->arg ? o->arg : "VALUE");
			return KG_EINVAL;
		}
		return set_value(cmd, o, values, argv[++*i]);
	}
	return KG_OK;
}

int kg_cli_parse(const kg_cli_cmd *cmd, int argc, char **argv, void *values, kg_strv *operands)
{
	int only_operands = 0;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int rc;

		if (only_operands || a[0] != '-' || a[1] == '\0') {
			if (kg_strv_push(operands, a) < 0) {
				kg_cli_error("out of memory");
				return KG_EINVAL;
			}
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_operands = 1;
			continue;
		}
		rc = a[1] == '-' ? parse_long(cmd, argc, argv, &i, values) : parse_short(cmd, argc, argv, &i, values);
		if (rc == 1) {
			kg_cli_help(cmd, stdout);
			return 1;
		}
		if (rc < 0)
			return KG_EINVAL;
	}
	return KG_OK;
}

int kg_cli_parse_options(const kg_cli_cmd *cmd, int argc, char **argv, void *values, const char *hint)
{
	kg_strv ops = { 0 };
	int rc = kg_cli_parse(cmd, argc, argv, values, &ops);

	if (rc != 0)
		rc = rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
	else if (ops.n)
		rc = kg_cli_usage_error(cmd, "unexpected argument '%s'%s%s%s", ops.v[0], hint ? " (" : "", hint ? hint : "",
					hint ? ")" : "");
	else
		rc = -1;
	kg_strv_clear(&ops);
	return rc;
}

int kg_cli_parse_operands(const kg_cli_cmd *cmd, int argc, char **argv, void *values, kg_strv *operands,
			  const char *none)
{
	int rc = kg_cli_parse(cmd, argc, argv, values, operands);

	if (rc != 0)
		return rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
	if (none && operands->n == 0 && kg_strv_push(operands, none) < 0)
		return kg_cli_error("out of memory");
	return -1;
}

/* Width of the help text; option descriptions wrap at it. */
#define HELP_WIDTH 100
/* Column where option descriptions start. */
#define HELP_INDENT 27

/* Prints text from column HELP_INDENT, wrapped at spaces to HELP_WIDTH. */
static void help_wrap(FILE *fp, const char *text)
{
	size_t col = HELP_INDENT;

	while (*text) {
		size_t word = strcspn(text, " ");

		if (col > HELP_INDENT && col + 1 + word > HELP_WIDTH) {
			fprintf(fp, "\n%*s", HELP_INDENT, "");
			col = HELP_INDENT;
		} else if (col > HELP_INDENT) {
			fputc(' ', fp);
			col++;
		}
		fwrite(text, 1, word, fp);
		col += word;
		text += word;
		text += strspn(text, " ");
	}
	fputc('\n', fp);
}

/* Prints one option of the help: its forms, then its description (with its choices) wrapped. */
static void help_option(const kg_cli_opt *o, FILE *fp)
{
	char left[64], text[512];
	int n;

	if (o->short_name)
		n = snprintf(left, sizeof(left), "-%c, --%s", o->short_name, o->name);
	else
		n = snprintf(left, sizeof(left), "    --%s", o->name);
	if (o->arg && n > 0 && (size_t)n < sizeof(left))
		snprintf(left + n, sizeof(left) - (size_t)n, " %s", o->arg);
	fprintf(fp, "  %-*s", HELP_INDENT - 2, left);
	if (strlen(left) > HELP_INDENT - 3)
		fprintf(fp, "\n%*s", HELP_INDENT, "");
	snprintf(text, sizeof(text), "%s%s%s%s", o->help, o->choices ? " (one of " : "", o->choices ? o->choices : "",
		 o->choices ? ")" : "");
	help_wrap(fp, text);
}

void kg_cli_help(const kg_cli_cmd *cmd, FILE *fp)
{
	fprintf(fp, "usage: kg %s %s\n\n%s\n", cmd->name, cmd->usage, cmd->description);
	fputs("\nOptions:\n", fp);
	for (const kg_cli_opt *o = cmd->opts; o && o->name; o++)
		help_option(o, fp);
	help_option(&help_opt, fp);
	if (cmd->more_help)
		cmd->more_help(fp);
	if (cmd->examples)
		fprintf(fp, "\nExamples:\n%s", cmd->examples);
}

/* Length of the character at s that a terminal could act on or that could break or reorder a line:
 * a C0 or C1 control, DEL, the line and paragraph separators U+2028 and U+2029, the bidirectional
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), or a byte of invalid UTF-8
 * (0x9B alone is CSI to an 8-bit terminal). 0 for any other character. */
static size_t unsafe_char(const unsigned char *s)
{
	size_t n = 0;

	if (s[0] < 0x20 || s[0] == 0x7f)
		return 1;
	if (s[0] < 0x80)
		return 0;
	while (n < 4 && s[n])
		n++;
	if (kg_utf8_valid_prefix((const char *)s, n) == 0)
		return 1;
	if (s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f)
		return 2;
	if (s[0] == 0xe2 && s[1] == 0x80 && s[2] >= 0xa8 && s[2] <= 0xae)
		return 3;
	if (s[0] == 0xe2 && s[1] == 0x81 && s[2] >= 0xa6 && s[2] <= 0xa9)
		return 3;
	return 0;
}

void kg_cli_put_inert(FILE *fp, const char *s)
{
	while (s && *s) {
		size_t bad = unsafe_char((const unsigned char *)s);

		if (bad) {
			fputc('?', fp);
			s += bad;
		} else {
			unsigned cp;
			size_t len = kg_utf8_next(s, strnlen(s, 4), &cp);

			fwrite(s, 1, len, fp);
			s += len;
		}
	}
}

int kg_cli_period_check(const kg_cli_cmd *cmd, const char *since, const char *until)
{
	char lo[KG_DATE_LEN], hi[KG_DATE_LEN];
	kg_error err = { 0 };

	if (kg_graph_period_check(lo, hi, since, until, &err) == KG_OK)
		return KG_EXIT_OK;
	return kg_cli_usage_error(cmd, "%s %s", err.source, err.text);
}

int kg_cli_period(kg_graph **g, const char *since, const char *until)
{
	kg_graph *sub = NULL;
	kg_error err = { 0 };
	int rc;

	if (!since && !until)
		return KG_OK;
	if ((rc = kg_graph_period(&sub, *g, since, until, &err)) < 0) {
		kg_error_print(&err, stderr, 0);
		return rc;
	}
	kg_graph_free(*g);
	*g = sub;
	return KG_OK;
}

kg_graph *kg_cli_load_graph(const char *path)
{
	kg_graph *g = NULL;
	kg_error err = { 0 };

	if (kg_graph_load_json(&g, path, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		if (strcmp(path, "out/graph.json") == 0)
			fputs("kg: make one with 'kg build INPUT... -o out', or name one with -g FILE\n", stderr);
		return NULL;
	}
	return g;
}

int kg_cli_check_relations(const kg_cli_cmd *cmd, const kg_graph *g, const char *list)
{
	kg_error err = { 0 };
	int rc = kg_graph_check_relations(g, list, &err);

	if (rc == KG_EINVAL)
		kg_cli_usage_error(cmd, "%s", err.text);
	else if (rc < 0)
		kg_cli_error("out of memory");
	return rc;
}

void kg_cli_planned_hint(const kg_graph *g, const kg_query *q)
{
	const char *relation;
	size_t n = kg_graph_query_planned_hidden(g, q, &relation);
	const kg_relation_info *ri = kg_relation_lookup(relation);

	if (n == 0)
		return;
	fprintf(stderr, "kg: note: %zu planned ", n);
	if (ri && n > 1) {
		fputs(ri->facts, stderr);
	} else {
		fputs(n == 1 ? "fact" : "facts", stderr);
		if (relation) {
			fputs(" (", stderr);
			kg_cli_put_inert(stderr, relation);
			fputc(')', stderr);
		}
	}
	fputs(" not shown; add --planned\n", stderr);
}

long kg_cli_check_inputs(kg_strv *inputs)
{
	kg_strv ok = { 0 };
	long missing = 0;

	for (size_t i = 0; i < inputs->n; i++) {
		const char *in = inputs->v[i];

		if (strcmp(in, "-") != 0 && access(in, R_OK) < 0) {
			kg_cli_error("%s: cannot open: %s", in, strerror(errno));
			missing++;
		} else if (kg_strv_push(&ok, in) < 0) {
			kg_strv_clear(&ok);
			return KG_ENOMEM;
		}
	}
	kg_strv_clear(inputs);
	*inputs = ok;
	return missing;
}

/* Writes "12.3 MB" for n bytes into buf. */
static void human_bytes(char *buf, size_t size, double n)
{
	if (n >= 1e9)
		snprintf(buf, size, "%.2f GB", n / 1e9);
	else if (n >= 1e6)
		snprintf(buf, size, "%.1f MB", n / 1e6);
	else
		snprintf(buf, size, "%.0f kB", n / 1e3);
}

void kg_cli_progress_line(char *buf, size_t cap, size_t n_docs, unsigned long long done,
			  unsigned long long total, double elapsed)
{
	char got[32], all[32];
	size_t len;

	if (total > 0 && done > total)
		done = total; /* a file that grew while read: never say more than the whole */
	human_bytes(got, sizeof(got), (double)done);
	snprintf(buf, cap, "kg: %zu document%s, %s", n_docs, n_docs == 1 ? "" : "s", got);
	len = strlen(buf);
	if (total > 0) {
		human_bytes(all, sizeof(all), (double)total);
		snprintf(buf + len, cap - len, " of %s", all);
		len = strlen(buf);
	}
	if (elapsed > 0.5 && done > 0) {
		double rate = (double)done / elapsed;

		snprintf(buf + len, cap - len, ", %.1f MB/s", rate / 1e6);
		len = strlen(buf);
		if (total > 0) {
			double left = (double)(total - done) / rate;

			snprintf(buf + len, cap - len, ", %d:%02d left", (int)(left / 60), (int)left % 60);
		}
	}
}
