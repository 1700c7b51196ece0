/* test_text_read.c: documents from bytes, files, directory trees and JSON Lines. */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text/text.h"

/* What a read collected. */
typedef struct collected {
	kg_strv ids;      /* document ids in order */
	kg_strv sources;  /* their sources */
	kg_strv texts;    /* their texts */
	kg_strv dates;    /* their dates ("" when none) */
	kg_strv errors;   /* "source:line:column: text" of each problem */
	int stop_after;   /* > 0: the callback returns KG_ERROR after this many documents */
} collected;

static int collect_doc(kg_doc *doc, void *ctx)
{
	collected *c = ctx;

	assert_int_equal(kg_strv_push(&c->ids, doc->id), 0);
	assert_int_equal(kg_strv_push(&c->sources, doc->source), 0);
	assert_int_equal(kg_strv_push(&c->texts, doc->text), 0);
	assert_int_equal(kg_strv_push(&c->dates, doc->date ? doc->date : ""), 0);
	kg_doc_free(doc);
	if (c->stop_after > 0 && c->ids.n >= (size_t)c->stop_after)
		return KG_ERROR;
	return 0;
}

static void collect_err(const kg_error *err, void *ctx)
{
	collected *c = ctx;
	char line[1200];

	snprintf(line, sizeof(line), "%s:%ld:%ld: %s", err->source, err->line, err->column, err->text);
	assert_int_equal(kg_strv_push(&c->errors, line), 0);
}

static void collected_clear(collected *c)
{
	kg_strv_clear(&c->ids);
	kg_strv_clear(&c->sources);
	kg_strv_clear(&c->texts);
	kg_strv_clear(&c->dates);
	kg_strv_clear(&c->errors);
}

/* A fresh temporary directory; its path is written into buf. */
static void make_tmpdir(char *buf, size_t n)
{
	snprintf(buf, n, "/tmp/kg_text_test_XXXXXX");
	assert_non_null(mkdtemp(buf));
}

/* Writes len bytes to dir/name. */
static void write_file(const char *dir, const char *name, const char *bytes, size_t len)
{
	char path[1024];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(bytes, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

static void write_str(const char *dir, const char *name, const char *s)
{
	write_file(dir, name, s, strlen(s));
}

static void make_subdir(const char *dir, const char *name)
{
	char path[1024];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_int_equal(mkdir(path, 0700), 0);
}

/* Removes a test tree. */
static void remove_tree(const char *dir)
{
	char cmd[1200];

	snprintf(cmd, sizeof(cmd), "chmod -R u+rwx '%s' && rm -rf '%s'", dir, dir);
	assert_int_equal(system(cmd), 0);
}

static void test_text__rejects_invalid_utf8_with_line_and_byte_offset(void **state)
{
	const char bytes[] = "ab\ncd\xff" "ef";
	kg_doc *doc = (kg_doc *)1;
	kg_error err = {0};
	kg_read_opts opts = {0, 0, NULL};

	(void)state;
	assert_int_equal(kg_doc_new(&doc, "d1", "in.txt", bytes, sizeof(bytes) - 1, &opts, &err), KG_EUTF8);
	assert_null(doc);
	assert_string_equal(err.source, "in.txt");
	assert_int_equal(err.line, 2);
	assert_int_equal(err.column, 6);
	assert_int_equal(strncmp(err.text, "invalid UTF-8 at byte 5: ", 25), 0);
	assert_non_null(strstr(err.text, "--replace-invalid")); /* the likely fix */
}

static void test_text__replaces_each_invalid_byte_when_asked(void **state)
{
	const char bytes[] = "a\xff" "b\xe2\x80";
	kg_doc *doc = NULL;
	kg_error err = {0};
	kg_read_opts opts = {1, 0, NULL};

	(void)state;
	assert_int_equal(kg_doc_new(&doc, "d1", "in.txt", bytes, sizeof(bytes) - 1, &opts, &err), 0);
	assert_string_equal(doc->text, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
	assert_int_equal(doc->len, 11);
	assert_int_equal(doc->n_replaced, 3);
	assert_int_equal(kg_utf8_valid_prefix(doc->norm, doc->norm_len), doc->norm_len);
	kg_doc_free(doc);
}

static void test_text__turns_nul_bytes_into_spaces_without_truncating(void **state)
{
	const char bytes[] = "Kyiv\0Lviv";
	kg_doc *doc = NULL;
	kg_parsed *p = NULL;

	(void)state;
	assert_int_equal(kg_doc_new(&doc, "d", "d", bytes, sizeof(bytes) - 1, NULL, NULL), 0);
	assert_int_equal(doc->len, 9);
	assert_int_equal(doc->norm_len, 9);
	assert_memory_equal(doc->norm, "Kyiv Lviv", 9);
	assert_int_equal(kg_text_parse(&p, doc, NULL), 0);
	assert_int_equal(p->n_tokens, 2);
	assert_true(kg_tok_is(p, 1, "Lviv"));
	kg_parsed_free(p);
	kg_doc_free(doc);
}

static void test_text__turns_crlf_into_lf_and_keeps_original_offsets(void **state)
{
	const char *bytes = "One two.\r\nThree four.\r\n";
	kg_doc *doc = NULL;
	kg_parsed *p = NULL;
	size_t a, b;

	(void)state;
	assert_int_equal(kg_doc_new(&doc, "d", "d", bytes, strlen(bytes), NULL, NULL), 0);
	assert_string_equal(doc->norm, "One two.\nThree four.\n");
	assert_int_equal(kg_text_parse(&p, doc, NULL), 0);
	assert_int_equal(p->n_sents, 2);
	a = kg_doc_orig(doc, p->sents[0].start);
	b = kg_doc_orig(doc, p->sents[0].end);
	assert_int_equal(b - a, 8);
	assert_memory_equal(doc->text + a, "One two.", 8);
	a = kg_doc_orig(doc, p->sents[1].start);
	b = kg_doc_orig(doc, p->sents[1].end);
	assert_int_equal(a, 10);
	assert_memory_equal(doc->text + a, "Three four.", b - a);
	assert_int_equal(b - a, 11);
	assert_int_equal(kg_doc_orig(doc, doc->norm_len), strlen(bytes));
	kg_parsed_free(p);
	kg_doc_free(doc);
}

static void test_text__normalises_typography_and_maps_it_back(void **state)
{
	/* “Yes” ‘no’ NBSP em-dash ellipsis BOM zero-width-space */
	const char *bytes = "\xEF\xBB\xBF\xE2\x80\x9CYes\xE2\x80\x9D and\xC2\xA0\xE2\x80\x98no\xE2\x80\x99"
			    "\xE2\x80\x94maybe\xE2\x80\xA6 x\xE2\x80\x8By";
	kg_doc *doc = NULL;
	kg_parsed *p = NULL;
	size_t a, b;

	(void)state;
	assert_int_equal(kg_doc_new(&doc, "d", "d", bytes, strlen(bytes), NULL, NULL), 0);
	assert_string_equal(doc->norm, "\"Yes\" and 'no' - maybe... xy");
	assert_int_equal(kg_text_parse(&p, doc, NULL), 0);
	assert_true(kg_tok_is(p, 0, "\""));
	assert_true(p->tokens[0].flags & KG_TOK_QUOTE);
	a = kg_doc_orig(doc, p->tokens[0].start);
	b = kg_doc_orig(doc, p->tokens[0].end);
	assert_int_equal(a, 3);
	assert_int_equal(b - a, 3);
	assert_memory_equal(doc->text + a, "\xE2\x80\x9C", 3);
	/* the em dash became its own '-' token spanning the original dash */
	for (size_t i = 0; i < p->n_tokens; i++) {
		if (kg_tok_is(p, i, "-")) {
			a = kg_doc_orig(doc, p->tokens[i].start);
			b = kg_doc_orig(doc, p->tokens[i].end);
			assert_int_equal(b - a, 3);
			assert_memory_equal(doc->text + a, "\xE2\x80\x94", 3);
			assert_true(kg_tok_is(p, i + 1, "maybe"));
		}
	}
	kg_parsed_free(p);
	kg_doc_free(doc);
}

static void test_text__refuses_documents_over_the_size_limit(void **state)
{
	kg_doc *doc = NULL;
	kg_error err = {0};
	kg_read_opts opts = {0, 4, NULL};

	(void)state;
	assert_int_equal(kg_doc_new(&doc, "d", "big.txt", "12345", 5, &opts, &err), KG_ELIMIT);
	assert_null(doc);
	assert_string_equal(err.source, "big.txt");
	assert_int_equal(kg_doc_new(&doc, "d", "ok.txt", "1234", 4, &opts, &err), 0);
	kg_doc_free(doc);
}

static void test_text__walks_a_directory_sorted_skipping_hidden_entries(void **state)
{
	char dir[64];
	collected c = {0};
	size_t n_errors = 99;

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	write_str(dir, "b.txt", "Bee.");
	write_str(dir, "a.txt", "Ay.");
	write_str(dir, ".hidden.txt", "Hidden.");
	make_subdir(dir, ".git");
	write_str(dir, ".git/x.txt", "Hidden too.");
	make_subdir(dir, "sub");
	write_str(dir, "sub/c.txt", "Sea.");
	write_str(dir, "sub/a.txt", "Another ay.");
	assert_int_equal(kg_text_read_path(dir, NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_int_equal(n_errors, 0);
	assert_int_equal(c.ids.n, 4);
	assert_string_equal(c.ids.v[0], "a.txt");
	assert_string_equal(c.ids.v[1], "b.txt");
	assert_string_equal(c.ids.v[2], "sub/a.txt");
	assert_string_equal(c.ids.v[3], "c.txt");
	assert_string_equal(c.texts.v[2], "Another ay.");
	assert_non_null(strstr(c.sources.v[3], "sub/c.txt"));
	collected_clear(&c);
	remove_tree(dir);
}

static void test_text__reports_unreadable_and_binary_files_and_goes_on(void **state)
{
	char dir[64], path[128];
	collected c = {0};
	size_t n_errors = 0;
	int root = geteuid() == 0;

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	write_str(dir, "1.txt", "First.");
	write_str(dir, "2.txt", "Locked.");
	write_file(dir, "3.bin", "\x00\x01\xff\xfe\x80", 5);
	write_str(dir, "4.txt", "Last.");
	snprintf(path, sizeof(path), "%s/2.txt", dir);
	assert_int_equal(chmod(path, 0), 0);
	assert_int_equal(kg_text_read_path(dir, NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_string_equal(c.ids.v[0], "1.txt");
	assert_string_equal(c.ids.v[c.ids.n - 1], "4.txt");
	assert_non_null(strstr(c.errors.v[c.errors.n - 1], "3.bin:1:3: invalid UTF-8 at byte 2"));
	if (!root) {
		/* root reads files whatever their mode */
		assert_int_equal(n_errors, 2);
		assert_int_equal(c.ids.n, 2);
		assert_non_null(strstr(c.errors.v[0], "2.txt"));
	} else {
		assert_int_equal(n_errors, 1);
	}
	assert_int_equal(n_errors, c.errors.n);
	collected_clear(&c);
	remove_tree(dir);
}

static void test_text__reads_json_lines_past_a_malformed_line(void **state)
{
	char dir[64], path[128];
	collected c = {0};
	size_t n_errors = 0;

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	write_str(dir, "news.jsonl",
		  "{\"id\": \"n1\", \"text\": \"Blinken met Sybiha.\", \"date\": \"2024-10-03\", \"url\": \"http://x\"}\n"
		  "{\"id\": \"n2\", \"text\": \"broken\n"
		  "\n"
		  "{\"text\": \"No id here.\"}\n"
		  "{\"id\": \"n5\"}\n"
		  "{\"id\": 6, \"text\": \"Numbered.\"}\n");
	snprintf(path, sizeof(path), "%s/news.jsonl", dir);
	assert_int_equal(kg_text_read_path(path, NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_int_equal(c.ids.n, 3);
	assert_string_equal(c.ids.v[0], "n1");
	assert_string_equal(c.dates.v[0], "2024-10-03");
	assert_string_equal(c.texts.v[0], "Blinken met Sybiha.");
	assert_non_null(strstr(c.ids.v[1], "news.jsonl:4"));
	assert_string_equal(c.texts.v[1], "No id here.");
	assert_string_equal(c.ids.v[2], "6");
	assert_non_null(strstr(c.sources.v[2], "news.jsonl:6"));
	assert_int_equal(n_errors, 2);
	assert_non_null(strstr(c.errors.v[0], "news.jsonl:2:"));
	assert_non_null(strstr(c.errors.v[0], "malformed JSON"));
	assert_non_null(strstr(c.errors.v[1], "news.jsonl:5:0: document has no \"text\""));
	collected_clear(&c);
	remove_tree(dir);
}

static void test_text__reads_empty_and_blank_files_as_documents_without_sentences(void **state)
{
	char dir[64], path[128];
	kg_doc *doc = NULL;
	kg_parsed *p = NULL;
	char *buf = NULL;
	size_t len = 0, n_errors = 9;
	collected c = {0};

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	write_str(dir, "empty.txt", "");
	write_str(dir, "blank.txt", " \n\r\n\t  \n");
	assert_int_equal(kg_text_read_path(dir, NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_int_equal(n_errors, 0);
	assert_int_equal(c.ids.n, 2);
	snprintf(path, sizeof(path), "%s/blank.txt", dir);
	assert_int_equal(kg_read_file(&buf, &len, path, NULL), 0);
	assert_int_equal(kg_doc_new(&doc, "blank.txt", path, buf, len, NULL, NULL), 0);
	assert_int_equal(kg_text_parse(&p, doc, NULL), 0);
	assert_int_equal(p->n_tokens, 0);
	assert_int_equal(p->n_sents, 0);
	kg_parsed_free(p);
	kg_doc_free(doc);
	free(buf);
	collected_clear(&c);
	remove_tree(dir);
}

static void test_text__stops_the_walk_when_the_callback_fails(void **state)
{
	char dir[64];
	collected c = {0};

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	write_str(dir, "a.txt", "A.");
	write_str(dir, "b.txt", "B.");
	write_str(dir, "c.txt", "C.");
	c.stop_after = 2;
	assert_int_equal(kg_text_read_path(dir, NULL, collect_doc, NULL, &c, NULL), KG_ERROR);
	assert_int_equal(c.ids.n, 2);
	collected_clear(&c);
	remove_tree(dir);
}

static void test_text__reports_a_missing_path(void **state)
{
	collected c = {0};
	size_t n_errors = 0;

	(void)state;
	assert_int_equal(kg_text_read_path("/nonexistent/kg/path", NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_int_equal(n_errors, 1);
	assert_int_equal(c.ids.n, 0);
	assert_non_null(strstr(c.errors.v[0], "/nonexistent/kg/path"));
	collected_clear(&c);
}

static void test_text__follows_file_links_but_not_directory_links(void **state)
{
	char dir[64], link[128], target[128];
	collected c = {0};
	size_t n_errors = 0;

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	make_subdir(dir, "d");
	write_str(dir, "d/a.txt", "A.");
	snprintf(link, sizeof(link), "%s/d/loop", dir);
	assert_int_equal(symlink(dir, link), 0);
	snprintf(link, sizeof(link), "%s/d/alias.txt", dir);
	snprintf(target, sizeof(target), "%s/d/a.txt", dir);
	assert_int_equal(symlink(target, link), 0);
	snprintf(link, sizeof(link), "%s/d/broken.txt", dir);
	assert_int_equal(symlink("/nonexistent/kg/target", link), 0);
	assert_int_equal(kg_text_read_path(dir, NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_int_equal(n_errors, 1);
	assert_non_null(strstr(c.errors.v[0], "broken.txt"));
	assert_int_equal(c.ids.n, 2);
	assert_string_equal(c.ids.v[0], "a.txt");
	assert_string_equal(c.ids.v[1], "alias.txt");
	collected_clear(&c);
	remove_tree(dir);
}

/* Collects the relative paths a walk meets, and its problems, into a collected. */
static int walked_file(const char *path, const char *rel, long long size, void *ctx)
{
	collected *c = ctx;

	(void)path;
	assert_true(size >= 0);
	return kg_strv_push(&c->ids, rel);
}

static void walked_problem(const kg_error *err, void *ctx)
{
	collected *c = ctx;

	assert_int_equal(kg_strv_push(&c->errors, err->source), 0);
}

static void test_text__the_walker_goes_in_name_order_and_skips_hidden_entries(void **state)
{
	char dir[64], link[128];
	collected c = {0};

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	make_subdir(dir, "b");
	make_subdir(dir, ".hidden");
	write_str(dir, "b/z.txt", "Z.");
	write_str(dir, "b/a.txt", "A.");
	write_str(dir, "c.txt", "C.");
	write_str(dir, ".hidden/h.txt", "H.");
	write_str(dir, ".dot.txt", "D.");
	snprintf(link, sizeof(link), "%s/up", dir);
	assert_int_equal(symlink(dir, link), 0);
	snprintf(link, sizeof(link), "%s/gone.txt", dir);
	assert_int_equal(symlink("/nonexistent/kg/target", link), 0);
	assert_int_equal(kg_text_walk(dir, walked_file, walked_problem, &c), 0);
	assert_int_equal(c.ids.n, 3);
	assert_string_equal(c.ids.v[0], "b/a.txt");
	assert_string_equal(c.ids.v[1], "b/z.txt");
	assert_string_equal(c.ids.v[2], "c.txt");
	assert_int_equal(c.errors.n, 1);
	assert_non_null(strstr(c.errors.v[0], "gone.txt"));
	assert_int_equal(kg_text_walk(dir, NULL, walked_problem, &c), KG_EINVAL);
	collected_clear(&c);
	remove_tree(dir);
}

static void test_text__reads_json_lines_from_stdin(void **state)
{
	char dir[64], path[128];
	collected c = {0};
	size_t n_errors = 0;

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	write_str(dir, "in", "\n  {\"id\": \"s1\", \"text\": \"One.\"}\n{\"id\": \"s2\", \"text\": \"Two.\"}\n");
	snprintf(path, sizeof(path), "%s/in", dir);
	assert_non_null(freopen(path, "rb", stdin));
	assert_int_equal(kg_text_read_path("-", NULL, collect_doc, collect_err, &c, &n_errors), 0);
	assert_int_equal(n_errors, 0);
	assert_int_equal(c.ids.n, 2);
	assert_string_equal(c.ids.v[1], "s2");
	assert_string_equal(c.sources.v[1], "-:3");
	collected_clear(&c);
	remove_tree(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text__rejects_invalid_utf8_with_line_and_byte_offset),
		cmocka_unit_test(test_text__replaces_each_invalid_byte_when_asked),
		cmocka_unit_test(test_text__turns_nul_bytes_into_spaces_without_truncating),
		cmocka_unit_test(test_text__turns_crlf_into_lf_and_keeps_original_offsets),
		cmocka_unit_test(test_text__normalises_typography_and_maps_it_back),
		cmocka_unit_test(test_text__refuses_documents_over_the_size_limit),
		cmocka_unit_test(test_text__walks_a_directory_sorted_skipping_hidden_entries),
		cmocka_unit_test(test_text__reports_unreadable_and_binary_files_and_goes_on),
		cmocka_unit_test(test_text__reads_json_lines_past_a_malformed_line),
		cmocka_unit_test(test_text__reads_empty_and_blank_files_as_documents_without_sentences),
		cmocka_unit_test(test_text__stops_the_walk_when_the_callback_fails),
		cmocka_unit_test(test_text__reports_a_missing_path),
		cmocka_unit_test(test_text__follows_file_links_but_not_directory_links),
		cmocka_unit_test(test_text__the_walker_goes_in_name_order_and_skips_hidden_entries),
		cmocka_unit_test(test_text__reads_json_lines_from_stdin),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
