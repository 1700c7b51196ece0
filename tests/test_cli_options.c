/* test_cli_options.c: the table-driven option parser of the kg command (src/cli/opts.c, linked from
 * kg_cli). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "../src/cli/cli.h"

/* The options of a made-up subcommand. */
typedef struct test_opts {
	const char *output; /* -o, --output */
	const char *format; /* --format with choices */
	int quiet;          /* -q */
	int strict;         /* -s, --strict */
	size_t top;         /* --top N */
} test_opts;

static const kg_cli_opt test_table[] = {
	{ "output", 'o', KG_CLI_STRING, offsetof(test_opts, output), "DIR", NULL, "where" },
	{ "format", 'f', KG_CLI_STRING, offsetof(test_opts, format), "FMT", "table|jsonl", "how" },
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(test_opts, quiet), NULL, NULL, "hush" },
	{ "strict", 's', KG_CLI_FLAG, offsetof(test_opts, strict), NULL, NULL, "stop" },
	{ "top", 0, KG_CLI_COUNT, offsetof(test_opts, top), "N", NULL, "how many" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static const kg_cli_cmd test_cmd = {
	"test", NULL, "a test", "[OPTIONS] ARG...", "Tests.", test_table, "  kg test x\n", NULL,
};

/* Parses a NULL-terminated argument list. */
static int parse(test_opts *o, kg_strv *ops, ...)
{
	char *argv[32];
	int argc = 0;
	va_list ap;

	argv[argc++] = "test";
	va_start(ap, ops);
	for (char *a; (a = va_arg(ap, char *)) != NULL && argc < 31;)
		argv[argc++] = a;
	va_end(ap);
	argv[argc] = NULL;
	memset(o, 0, sizeof(*o));
	o->output = "default";
	return kg_cli_parse(&test_cmd, argc, argv, o, ops);
}

static void test_cli__parses_long_short_and_equals_forms_anywhere(void **state)
{
	test_opts o;
	kg_strv ops = { 0 };

	(void)state;
	assert_int_equal(parse(&o, &ops, "a", "--output", "d1", "b", "-qs", "--format=jsonl", "--top", "7", "-", NULL), 0);
	assert_string_equal(o.output, "d1");
	assert_string_equal(o.format, "jsonl");
	assert_int_equal(o.quiet, 1);
	assert_int_equal(o.strict, 1);
	assert_int_equal(o.top, 7);
	assert_int_equal(ops.n, 3);
	assert_string_equal(ops.v[0], "a");
	assert_string_equal(ops.v[1], "b");
	assert_string_equal(ops.v[2], "-");
	kg_strv_clear(&ops);

	assert_int_equal(parse(&o, &ops, "-od2", "-qo", "d3", NULL), 0);
	assert_string_equal(o.output, "d3");
	assert_int_equal(o.quiet, 1);
	assert_int_equal(ops.n, 0);
	kg_strv_clear(&ops);
}

static void test_cli__double_dash_ends_the_options(void **state)
{
	test_opts o;
	kg_strv ops = { 0 };

	(void)state;
	assert_int_equal(parse(&o, &ops, "-q", "--", "--strict", "-x", NULL), 0);
	assert_int_equal(o.quiet, 1);
	assert_int_equal(o.strict, 0);
	assert_int_equal(ops.n, 2);
	assert_string_equal(ops.v[0], "--strict");
	assert_string_equal(ops.v[1], "-x");
	kg_strv_clear(&ops);
}

static void test_cli__refuses_unknown_options_missing_values_and_bad_values(void **state)
{
	test_opts o;
	kg_strv ops = { 0 };

	(void)state;
	assert_int_equal(parse(&o, &ops, "--nope", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "-z", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "--output", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "--format", "xml", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "--top", "-3", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "--top", "3x", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "--quiet=yes", NULL), KG_EINVAL);
	assert_int_equal(parse(&o, &ops, "--out", "d", NULL), KG_EINVAL); /* no abbreviations */
	kg_strv_clear(&ops);
}

static void test_cli__help_is_an_option_of_every_command(void **state)
{
	test_opts o;
	kg_strv ops = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	(void)state;
	assert_int_equal(parse(&o, &ops, "x", "--help", NULL), 1);
	kg_strv_clear(&ops);
	assert_non_null(fp = open_memstream(&buf, &len));
	kg_cli_help(&test_cmd, fp);
	fclose(fp);
	assert_non_null(strstr(buf, "usage: kg test [OPTIONS] ARG..."));
	assert_non_null(strstr(buf, "-o, --output DIR"));
	assert_non_null(strstr(buf, "how (one of table|jsonl)"));
	assert_non_null(strstr(buf, "--top N"));
	assert_non_null(strstr(buf, "-h, --help"));
	assert_non_null(strstr(buf, "Examples:\n  kg test x"));
	free(buf);
}

static void test_cli__export_offers_every_format_of_the_exporter_table_and_no_other(void **state)
{
	const kg_cli_opt *format = NULL;
	char names[256];

	(void)state;
	for (const kg_cli_opt *opt = kg_cmd_export.opts; opt->name; opt++)
		if (strcmp(opt->name, "format") == 0)
			format = opt;
	assert_non_null(format);
	assert_true(kg_exporter_names(names, sizeof(names), KG_EXPORTER_EXPORT) < sizeof(names));
	assert_string_equal(format->choices, names);
}

static void test_cli__progress_never_counts_past_the_total(void **state)
{
	char line[200];

	(void)state;
	kg_cli_progress_line(line, sizeof(line), 3, 4000000ULL, 8100000ULL, 2.0);
	assert_string_equal(line, "kg: 3 documents, 4.0 MB of 8.1 MB, 2.0 MB/s, 0:02 left");
	/* more bytes than the inputs held (a file that grew): the whole, not past it */
	kg_cli_progress_line(line, sizeof(line), 9, 28300000ULL, 8100000ULL, 2.0);
	assert_string_equal(line, "kg: 9 documents, 8.1 MB of 8.1 MB, 4.0 MB/s, 0:00 left");
	/* no total known (standard input): none shown, and no time left */
	kg_cli_progress_line(line, sizeof(line), 1, 2000000ULL, 0, 2.0);
	assert_string_equal(line, "kg: 1 document, 2.0 MB, 1.0 MB/s");
}

static void test_cli__inert_text_keeps_accented_letters_whole(void **state)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	(void)state;
	assert_non_null(fp);
	kg_cli_put_inert(fp, "Lu\xc3\xads In\xc3\xa1" "cio \xe6\x9d\x8e\x1b[31m\xff");
	fclose(fp);
	assert_string_equal(buf, "Lu\xc3\xads In\xc3\xa1" "cio \xe6\x9d\x8e?[31m?");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cli__parses_long_short_and_equals_forms_anywhere),
		cmocka_unit_test(test_cli__double_dash_ends_the_options),
		cmocka_unit_test(test_cli__refuses_unknown_options_missing_values_and_bad_values),
		cmocka_unit_test(test_cli__help_is_an_option_of_every_command),
		cmocka_unit_test(test_cli__export_offers_every_format_of_the_exporter_table_and_no_other),
		cmocka_unit_test(test_cli__progress_never_counts_past_the_total),
		cmocka_unit_test(test_cli__inert_text_keeps_accented_letters_whole),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
