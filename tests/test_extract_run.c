/* test_extract_run.c: the run context of the extractors: lexicons opened once per run, loading
 * warnings handed to a callback, the language layer optional, and the same facts from any number of
 * worker threads, each with its own caches. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/extract/extract.h"
#include "../src/lex/lex.h"

/* The warnings a run handed over. */
typedef struct warnings {
	size_t n;          /* how many */
	kg_error first;    /* the first one */
} warnings;

static void on_warning(const kg_error *err, void *ctx)
{
	warnings *w = ctx;

	if (w->n++ == 0)
		w->first = *err;
}

static void test_run__opens_its_lexicons_once_and_hands_the_same_ones_back(void **state)
{
	kg_run *run = NULL;
	const kg_lex *a = NULL, *b = NULL;
	kg_error err;

	(void)state;
	assert_int_equal(kg_run_new(&run, NULL), 0);
	assert_int_equal(kg_run_lex(&a, run, &err), 0);
	assert_int_equal(kg_run_lex(&b, run, &err), 0);
	assert_non_null(a);
	assert_ptr_equal(a, b);
	assert_true(kg_lex_word(a, "the", 3) & KG_LEX_STOP);
	kg_run_free(run);
	kg_run_free(NULL);
}

static void test_run__a_missing_data_file_is_one_warning_to_the_callback_and_no_error(void **state)
{
	kg_lex_opts lo = { 0 };
	kg_run_opts ro = KG_RUN_OPTS_INIT;
	warnings w = { 0 };
	kg_run *run = NULL;
	const kg_lex *lex = NULL;
	kg_error err;

	(void)state;
	lo.dict_words = "/nonexistent-kg-dir/words";
	ro.lex = &lo;
	ro.on_warning = on_warning;
	ro.ctx = &w;
	assert_int_equal(kg_run_new(&run, &ro), 0);
	lo.dict_words = "/another-nonexistent-kg-dir/words"; /* the run keeps what it was given */
	assert_int_equal(kg_run_lex(&lex, run, &err), 0);
	assert_non_null(lex);
	assert_int_equal(w.n, 1);
	assert_string_equal(w.first.source, "/nonexistent-kg-dir/words");
	assert_non_null(strstr(w.first.text, "cannot read"));
	assert_int_equal(kg_run_lex(&lex, run, &err), 0);
	assert_int_equal(w.n, 1);
	kg_run_free(run);
}

static void test_run__has_no_language_layer_without_models_or_when_told_not_to(void **state)
{
	kg_run_opts ro = KG_RUN_OPTS_INIT;
	kg_run *run = NULL;

	(void)state;
	ro.models_dir = "/nonexistent-kg-models";
	assert_int_equal(kg_run_new(&run, &ro), 0);
	assert_null(kg_run_lang(run));
	assert_null(kg_run_lang(run));
	kg_run_free(run);
	ro.models_dir = KG_SOURCE_DIR "/models";
	ro.no_models = 1;
	assert_int_equal(kg_run_new(&run, &ro), 0);
	assert_null(kg_run_lang(run));
	kg_run_free(run);
}

/* The triples of a run, one line "doc: subject predicate object" each, in the order handed over. */
typedef struct lines {
	char *buf;      /* the lines */
	size_t len;     /* bytes in buf */
	FILE *fp;       /* writes to buf */
	size_t n_docs;  /* facts callbacks */
} lines;

static int on_facts(const kg_facts *facts, void *ctx)
{
	lines *l = ctx;

	l->n_docs++;
	for (size_t i = 0; i < facts->n_triples; i++) {
		const kg_triple *t = &facts->triples[i];
		fprintf(l->fp, "%s: %s %s %s\n", t->evidence.doc, t->subject, t->predicate, t->object);
	}
	return KG_OK;
}

/* The triples of the news in path, extracted with jobs worker threads in run. */
static void extract_news(lines *l, const char *path, size_t jobs, kg_run *run)
{
	kg_extract_opts opts;

	memset(l, 0, sizeof(*l));
	memset(&opts, 0, sizeof(opts));
	l->fp = open_memstream(&l->buf, &l->len);
	assert_non_null(l->fp);
	opts.run = run;
	opts.jobs = jobs;
	opts.quiet = 1;
	opts.ctx = l;
	assert_int_equal(kg_extract_news_run(path, &opts, on_facts), 0);
	assert_int_equal(fclose(l->fp), 0);
	assert_int_equal(opts.n_errors, 0);
}

static void test_run__workers_with_their_own_caches_give_the_facts_of_one_thread(void **state)
{
	static const char *const sentences[] = {
		"Foreign Minister Tomas Varga met Prime Minister Ilse Brandt in Vienna.",
		"Varga spoke with Brandt by phone on Tuesday.",
		"Defence Minister Pia Lund will visit Berlin next week.",
		"Lund, who is leading the delegation, met Varga and Brandt.",
		"Oskar Held, the chief of staff of Brandt, said the talks went well.",
	};
	char path[] = "/tmp/kg-run-XXXXXX.jsonl";
	int fd = mkstemps(path, 6);
	FILE *fp = fd >= 0 ? fdopen(fd, "w") : NULL;
	lines one, three, again;
	kg_run_opts ro = KG_RUN_OPTS_INIT;
	kg_run *run = NULL;

	(void)state;
	assert_non_null(fp);
	for (int d = 0; d < 40; d++)
		fprintf(fp, "{\"id\":\"d%02d\",\"text\":\"%s %s\"}\n", d, sentences[d % 5], sentences[(d * 3 + 1) % 5]);
	assert_int_equal(fclose(fp), 0);
	ro.models_dir = KG_SOURCE_DIR "/models"; /* the language layer too, when its models are there */
	assert_int_equal(kg_run_new(&run, &ro), 0);
	extract_news(&one, path, 1, run);
	extract_news(&three, path, 3, run);
	extract_news(&again, path, 3, NULL); /* a run of its own for the call, without models */
	assert_int_equal(one.n_docs, 40);
	assert_int_equal(three.n_docs, 40);
	assert_true(one.len > 0);
	assert_non_null(strstr(one.buf, "d00: Tomas Varga meet Ilse Brandt\n"));
	assert_string_equal(three.buf, one.buf);
	assert_int_equal(again.n_docs, 40);
	assert_non_null(strstr(again.buf, "d00: Tomas Varga meet Ilse Brandt\n"));
	free(one.buf);
	free(three.buf);
	free(again.buf);
	kg_run_free(run);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_run__opens_its_lexicons_once_and_hands_the_same_ones_back),
		cmocka_unit_test(test_run__a_missing_data_file_is_one_warning_to_the_callback_and_no_error),
		cmocka_unit_test(test_run__has_no_language_layer_without_models_or_when_told_not_to),
		cmocka_unit_test(test_run__workers_with_their_own_caches_give_the_facts_of_one_thread),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
