/* test_hostile_input.c: the limits and checks on hostile input: sentences cut at the token limit,
 * lines and documents read no further than their limit, NUL bytes, blank documents and the entity
 * limit of the news extractor. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/extract.h"
#include "text/text.h"

/* What an extractor run reported and handed over. */
typedef struct seen {
	kg_facts *facts;      /* every document's facts merged */
	size_t n_docs;        /* facts callbacks */
	kg_error errors[4];   /* the first errors */
	size_t n_errors;      /* errors reported */
	kg_error warnings[4]; /* the first warnings */
	size_t n_warnings;    /* warnings reported */
} seen;

static void on_error(const kg_error *err, int warning, void *ctx)
{
	seen *s = ctx;

	if (warning) {
		if (s->n_warnings < 4)
			s->warnings[s->n_warnings] = *err;
		s->n_warnings++;
	} else {
		if (s->n_errors < 4)
			s->errors[s->n_errors] = *err;
		s->n_errors++;
	}
}

static int on_facts(const kg_facts *facts, void *ctx)
{
	seen *s = ctx;

	s->n_docs++;
	return kg_facts_merge(s->facts, facts);
}

/* Writes bytes[0..n) to a new temporary file named like suffix; returns its path (caller frees). */
static char *temp_file(const char *suffix, const char *bytes, size_t n)
{
	char *path = malloc(64);
	int fd;

	assert_non_null(path);
	snprintf(path, 64, "/tmp/kg-hostile-XXXXXX%s", suffix);
	fd = mkstemps(path, (int)strlen(suffix));
	assert_true(fd >= 0);
	assert_int_equal(write(fd, bytes, n), (ssize_t)n);
	close(fd);
	return path;
}

/* The run context every news extraction of the tests shares (its lexicons are opened once). */
static kg_run *run;

static int open_run(void **state)
{
	static const kg_run_opts lex_only = { KG_RUN_OPTS_VERSION, NULL, NULL, 1, NULL, NULL };

	(void)state;
	return kg_run_new(&run, &lex_only);
}

static int close_run(void **state)
{
	(void)state;
	kg_run_free(run);
	run = NULL;
	return 0;
}

/* Runs the news extractor on bytes[0..n) in a temporary file; opts' run, on_error and ctx are set here. */
static void run_news(seen *s, kg_extract_opts *opts, const char *suffix, const char *bytes, size_t n)
{
	char *path = temp_file(suffix, bytes, n);

	memset(s, 0, sizeof(*s));
	assert_int_equal(kg_facts_new(&s->facts), 0);
	opts->run = run;
	opts->on_error = on_error;
	opts->ctx = s;
	assert_int_equal(kg_extract_news_run(path, opts, on_facts), 0);
	unlink(path);
	free(path);
}

/* A document of n words with no full stop. */
static kg_doc *words_doc(size_t n)
{
	size_t len = n * 5;
	char *text = malloc(len + 1);
	kg_doc *doc = NULL;
	kg_error err;

	assert_non_null(text);
	for (size_t i = 0; i < n; i++)
		memcpy(text + 5 * i, "word ", 5);
	assert_int_equal(kg_doc_new(&doc, "w", "w", text, len, NULL, &err), 0);
	free(text);
	return doc;
}

/* The longest sentence of p, in tokens. */
static size_t longest(const kg_parsed *p)
{
	size_t most = 0;

	for (size_t i = 0; i < p->n_sents; i++)
		if (p->sents[i].count > most)
			most = p->sents[i].count;
	return most;
}

static void test_hostile__cuts_a_long_sentence_into_pieces_of_the_limit(void **state)
{
	kg_doc *doc = words_doc(1000);
	kg_split_opts so = { 100 };
	kg_parsed *p = NULL;

	(void)state;
	assert_int_equal(kg_text_parse(&p, doc, &so), 0);
	assert_int_equal(p->n_sents, 10);
	assert_int_equal(longest(p), 100);
	kg_parsed_free(p);
	/* no limit given: the default of 400 */
	assert_int_equal(kg_text_parse(&p, doc, NULL), 0);
	assert_int_equal(longest(p), 400);
	assert_int_equal(p->n_sents, 3);
	kg_parsed_free(p);
	kg_doc_free(doc);
}

static void test_hostile__read_line_keeps_at_most_max_bytes_of_a_line(void **state)
{
	char text[] = "abcdefgh\nxy";
	FILE *fp = fmemopen(text, strlen(text), "r");
	char *line = NULL;
	size_t cap = 0, len = 0;

	(void)state;
	assert_non_null(fp);
	assert_int_equal(kg_text_read_line(&line, &cap, &len, 3, fp), 1);
	assert_int_equal(len, 8);
	assert_string_equal(line, "abc");
	assert_int_equal(kg_text_read_line(&line, &cap, &len, 3, fp), 2);
	assert_int_equal(len, 2);
	assert_string_equal(line, "xy");
	assert_int_equal(kg_text_read_line(&line, &cap, &len, 3, fp), 0);
	fclose(fp);
	free(line);
}

static void test_hostile__a_device_without_end_is_refused_at_the_limit(void **state)
{
	kg_extract_opts opts = { 0 };
	seen s = { 0 };

	(void)state;
	if (access("/dev/zero", R_OK) != 0)
		skip();
	opts.max_doc_bytes = 1000;
	assert_int_equal(kg_facts_new(&s.facts), 0);
	opts.run = run;
	opts.on_error = on_error;
	opts.ctx = &s;
	assert_int_equal(kg_extract_news_run("/dev/zero", &opts, on_facts), 0);
	assert_int_equal(s.n_errors, 1);
	assert_string_equal(s.errors[0].source, "/dev/zero");
	assert_non_null(strstr(s.errors[0].text, "more than 1000 bytes"));
	assert_int_equal(s.n_docs, 0);
	kg_facts_free(s.facts);
}

static void test_hostile__a_nul_byte_refuses_a_news_document_with_its_position(void **state)
{
	static const char text[] = "Anna Berg met Carl Dahl.\nThey t\0lked.\n";
	kg_extract_opts opts = { 0 };
	seen s;

	(void)state;
	run_news(&s, &opts, ".txt", text, sizeof(text) - 1);
	assert_int_equal(s.n_errors, 1);
	assert_int_equal(s.errors[0].line, 2);
	assert_int_equal(s.errors[0].column, 7);
	assert_non_null(strstr(s.errors[0].text, "NUL byte at byte 31"));
	assert_int_equal(s.n_docs, 0);
	kg_facts_free(s.facts);
}

static void test_hostile__replace_invalid_reads_a_nul_byte_as_a_space_with_a_warning(void **state)
{
	static const char text[] = "Anna Berg met\0Carl Dahl in Oslo.\n";
	kg_extract_opts opts = { 0 };
	seen s;

	(void)state;
	opts.replace_invalid = 1;
	run_news(&s, &opts, ".txt", text, sizeof(text) - 1);
	assert_int_equal(s.n_errors, 0);
	assert_int_equal(s.n_warnings, 1);
	assert_non_null(strstr(s.warnings[0].text, "NUL byte at byte 13: read as a space"));
	assert_int_equal(s.n_docs, 1);
	assert_non_null(kg_facts_find(s.facts, "Carl Dahl"));
	kg_facts_free(s.facts);
}

static void test_hostile__a_blank_document_warns_and_is_not_an_error(void **state)
{
	kg_extract_opts opts = { 0 };
	seen s;

	(void)state;
	run_news(&s, &opts, ".txt", " \r\n\t\n", 5);
	assert_int_equal(s.n_errors, 0);
	assert_int_equal(s.n_warnings, 1);
	assert_non_null(strstr(s.warnings[0].text, "blank document"));
	assert_int_equal(s.facts->n_entities, 0);
	kg_facts_free(s.facts);
}

static void test_hostile__a_json_line_over_the_limit_is_skipped_and_the_next_read(void **state)
{
	static const char text[] = "{\"id\":\"big\",\"text\":\"Anna Berg met Carl Dahl in Oslo on a long day.\"}\n"
				   "{\"id\":\"ok\",\"text\":\"Eva Lund met Olof Ek.\"}\n";
	kg_extract_opts opts = { 0 };
	char want[64];
	seen s;

	(void)state;
	opts.max_doc_bytes = 60;
	snprintf(want, sizeof(want), "line of %d bytes is over the limit of 60 bytes", (int)(strchr(text, '\n') - text));
	run_news(&s, &opts, ".jsonl", text, sizeof(text) - 1);
	assert_int_equal(s.n_errors, 1);
	assert_int_equal(s.errors[0].line, 1);
	assert_non_null(strstr(s.errors[0].text, want));
	assert_int_equal(s.n_docs, 1);
	assert_null(kg_facts_find(s.facts, "Carl Dahl"));
	assert_non_null(kg_facts_find(s.facts, "Olof Ek"));
	kg_facts_free(s.facts);
}

static void test_hostile__a_triples_line_over_the_limit_is_skipped_with_its_line(void **state)
{
	char text[] = "{\"subject\":\"A\",\"predicate\":\"meet\",\"object\":\"B\",\"evidence\":\"xxxxxxxxxxxxxxxxxxxx\"}\n"
		      "{\"subject\":\"C\",\"predicate\":\"meet\",\"object\":\"D\"}\r\n";
	FILE *fp = fmemopen(text, strlen(text), "r");
	kg_extract_opts opts = { 0 };
	char want[32];
	seen s = { 0 };

	(void)state;
	assert_non_null(fp);
	snprintf(want, sizeof(want), "line of %d bytes", (int)(strchr(text, '\n') - text));
	assert_int_equal(kg_facts_new(&s.facts), 0);
	opts.max_doc_bytes = 50;
	opts.on_error = on_error;
	opts.ctx = &s;
	assert_int_equal(kg_extract_triples_stream(fp, "t.jsonl", KG_TRIPLES_JSONL, &opts, on_facts), 0);
	fclose(fp);
	assert_int_equal(s.n_errors, 1);
	assert_int_equal(s.errors[0].line, 1);
	assert_non_null(strstr(s.errors[0].text, want));
	assert_int_equal(s.facts->n_triples, 1);
	assert_non_null(kg_facts_find(s.facts, "D"));
	kg_facts_free(s.facts);
}

/* Every triple of f joins two entities f holds. */
static void assert_closed(const kg_facts *f)
{
	for (size_t i = 0; i < f->n_triples; i++) {
		assert_non_null(kg_facts_find(f, f->triples[i].subject));
		assert_non_null(kg_facts_find(f, f->triples[i].object));
	}
}

static void test_hostile__news_extractor_keeps_only_max_entities_and_their_relations(void **state)
{
	static const char text[] = "Anna Berg met Carl Dahl in Oslo.\nEva Lund met Olof Ekberg in Bergen.\n"
				   "Per Holm met Ida Sandberg in Malmo.\nNina Strand met Tomas Lind in Turku.\n";
	kg_extract_opts opts = { 0 };
	seen all, few;

	(void)state;
	run_news(&all, &opts, ".txt", text, sizeof(text) - 1);
	assert_true(all.facts->n_entities > 3);
	assert_true(all.facts->n_triples > 1);
	assert_int_equal(all.n_warnings, 0);
	opts.max_entities = 3;
	run_news(&few, &opts, ".txt", text, sizeof(text) - 1);
	assert_int_equal(few.facts->n_entities, 3);
	assert_true(few.facts->n_triples >= 1);
	assert_true(few.facts->n_triples < all.facts->n_triples);
	assert_closed(few.facts);
	assert_int_equal(few.n_warnings, 1);
	assert_non_null(strstr(few.warnings[0].text, "more than 3 entities"));
	assert_int_equal(few.n_errors, 0);
	kg_facts_free(all.facts);
	kg_facts_free(few.facts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hostile__cuts_a_long_sentence_into_pieces_of_the_limit),
		cmocka_unit_test(test_hostile__read_line_keeps_at_most_max_bytes_of_a_line),
		cmocka_unit_test(test_hostile__a_device_without_end_is_refused_at_the_limit),
		cmocka_unit_test(test_hostile__a_nul_byte_refuses_a_news_document_with_its_position),
		cmocka_unit_test(test_hostile__replace_invalid_reads_a_nul_byte_as_a_space_with_a_warning),
		cmocka_unit_test(test_hostile__a_blank_document_warns_and_is_not_an_error),
		cmocka_unit_test(test_hostile__a_json_line_over_the_limit_is_skipped_and_the_next_read),
		cmocka_unit_test(test_hostile__a_triples_line_over_the_limit_is_skipped_with_its_line),
		cmocka_unit_test(test_hostile__news_extractor_keeps_only_max_entities_and_their_relations),
	};

	return cmocka_run_group_tests(tests, open_run, close_run);
}
