/* test_pipeline.c: the jobs of the pipeline library: documents stored once and skipped when unchanged,
 * a changed one replacing the stored one with a warning, documents handed over in input order whatever
 * the number of threads, failed inputs counted, and the graph of a store with its relation counts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "../src/pipeline/pipeline.h"

/* What the callbacks of a test saw. */
typedef struct seen {
	kg_strv docs;       /* ids of the documents handed over, in order */
	size_t n_triples;   /* triples handed over */
	size_t n_warnings;  /* warning messages */
	size_t n_errors;    /* error messages */
	char last[512];     /* the last message: "WHERE: WHAT" */
	int started;        /* progress_start calls */
	int ended;          /* progress_end calls */
} seen;

static void on_message(kg_pipeline_level level, const char *where, const char *what, void *payload)
{
	seen *s = payload;

	if (level == KG_PIPELINE_WARNING)
		s->n_warnings++;
	else if (level == KG_PIPELINE_ERROR)
		s->n_errors++;
	snprintf(s->last, sizeof(s->last), "%s: %s", where ? where : "", what);
}

static void on_start(const kg_strv *inputs, const size_t *n_docs, const size_t *n_bytes, void *payload)
{
	(void)inputs;
	(void)n_docs;
	(void)n_bytes;
	((seen *)payload)->started++;
}

static void on_end(void *payload)
{
	((seen *)payload)->ended++;
}

static int on_facts(const kg_doc_info *doc, const kg_facts *facts, void *payload)
{
	(void)doc;
	((seen *)payload)->n_triples += facts->n_triples;
	return KG_OK;
}

static int on_document(const kg_doc_info *doc, void *payload)
{
	return kg_strv_push(&((seen *)payload)->docs, doc->id);
}

/* Callbacks that record into s. */
static kg_pipeline_callbacks recording(seen *s)
{
	kg_pipeline_callbacks cb = KG_PIPELINE_CALLBACKS_INIT;

	memset(s, 0, sizeof(*s));
	cb.message = on_message;
	cb.progress_start = on_start;
	cb.progress_end = on_end;
	cb.facts = on_facts;
	cb.document = on_document;
	cb.payload = s;
	return cb;
}

/* A fresh temporary directory (new string; the caller removes it with drop_dir). */
static char *temp_dir(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = malloc(512);

	assert_non_null(dir);
	snprintf(dir, 512, "%s/kg-pipeline-test-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
	assert_non_null(mkdtemp(dir));
	return dir;
}

static void drop_dir(char *dir)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	free(dir);
}

/* Writes text into dir/name. */
static void write_text(const char *dir, const char *name, const char *text)
{
	char path[600];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(fp = fopen(path, "w"));
	fputs(text, fp);
	fclose(fp);
}

static void test_pipeline__adding_again_stores_nothing_new_and_skips_unchanged_documents(void **state)
{
	kg_pipeline_opts opts = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_stats st;
	kg_pipeline_callbacks cb;
	kg_strv inputs = { 0 };
	kg_store *store = NULL;
	kg_error err = { 0 };
	seen s;
	size_t added;

	(void)state;
	cb = recording(&s);
	opts.quiet = 1;
	assert_int_equal(kg_strv_push(&inputs, KG_SOURCE_DIR "/examples"), 0);
	assert_int_equal(kg_pipeline_store_open(&store, ":memory:", KG_STORE_WRITE, &cb, &err), 0);
	assert_int_equal(kg_pipeline_add(&st, store, &inputs, &opts, &cb, &err), 0);
	assert_true(st.added > 0);
	assert_int_equal(st.unchanged, 0);
	assert_int_equal(st.n_failed, 0);
	assert_int_equal(s.started, 1);
	assert_int_equal(s.ended, 1);
	added = st.added;
	assert_int_equal(kg_pipeline_add(&st, store, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(st.added, 0);
	assert_int_equal(st.replaced, 0);
	assert_int_equal(st.unchanged, added);
	kg_store_free(store);
	kg_strv_clear(&inputs);
	kg_strv_clear(&s.docs);
}

static void test_pipeline__a_changed_document_replaces_the_stored_one_with_a_warning(void **state)
{
	kg_pipeline_opts opts = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_stats st;
	kg_pipeline_callbacks cb;
	kg_strv inputs = { 0 };
	kg_store *store = NULL;
	kg_error err = { 0 };
	char *dir = temp_dir();
	seen s;

	(void)state;
	cb = recording(&s);
	write_text(dir, "a.txt", "Ada Lovelace met Charles Babbage in London on Monday.\n");
	assert_int_equal(kg_strv_push(&inputs, dir), 0);
	assert_int_equal(kg_pipeline_store_open(&store, ":memory:", KG_STORE_WRITE, &cb, &err), 0);
	assert_int_equal(kg_pipeline_add(&st, store, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(st.added, 1);
	assert_int_equal(s.n_warnings, 0);
	write_text(dir, "a.txt", "Ada Lovelace met Charles Babbage in Paris on Tuesday.\n");
	assert_int_equal(kg_pipeline_add(&st, store, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(st.replaced, 1);
	assert_int_equal(s.n_warnings, 1);
	assert_non_null(strstr(s.last, "a.txt: document \"a.txt\" changed since it was stored: it replaces "));
	/* quiet: the same replacement says nothing */
	write_text(dir, "a.txt", "Ada Lovelace met Charles Babbage in Rome on Friday.\n");
	opts.quiet = 1;
	assert_int_equal(kg_pipeline_add(&st, store, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(st.replaced, 1);
	assert_int_equal(s.n_warnings, 1);
	kg_store_free(store);
	kg_strv_clear(&inputs);
	kg_strv_clear(&s.docs);
	drop_dir(dir);
}

static void test_pipeline__documents_come_in_input_order_whatever_the_number_of_threads(void **state)
{
	kg_pipeline_opts opts = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_stats st;
	kg_pipeline_callbacks cb;
	kg_strv inputs = { 0 };
	kg_error err = { 0 };
	char *dir = temp_dir();
	char name[32], text[256];
	seen one, four;

	(void)state;
	for (int i = 0; i < 12; i++) {
		snprintf(name, sizeof(name), "doc%02d.txt", i);
		snprintf(text, sizeof(text), "Prime Minister Ana Costa%d met President Luis Moreno%d in Lisbon on %d May 2021.\n",
			 i, i, i + 1);
		write_text(dir, name, text);
	}
	assert_int_equal(kg_strv_push(&inputs, dir), 0);
	opts.quiet = 1;
	cb = recording(&one);
	assert_int_equal(kg_pipeline_extract(&st, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(st.n_docs, 12);
	assert_int_equal(one.docs.n, 12);
	opts.jobs = 4;
	cb = recording(&four);
	assert_int_equal(kg_pipeline_extract(&st, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(four.docs.n, 12);
	assert_int_equal(four.n_triples, one.n_triples);
	for (size_t i = 0; i < 12; i++) {
		snprintf(name, sizeof(name), "doc%02zu.txt", i);
		assert_string_equal(one.docs.v[i], name);
		assert_string_equal(four.docs.v[i], name);
	}
	kg_strv_clear(&inputs);
	kg_strv_clear(&one.docs);
	kg_strv_clear(&four.docs);
	drop_dir(dir);
}

static void test_pipeline__an_input_that_cannot_be_read_fails_and_strict_stops_the_run(void **state)
{
	kg_pipeline_opts opts = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_stats st;
	kg_pipeline_callbacks cb;
	kg_strv inputs = { 0 };
	kg_error err = { 0 };
	seen s;

	(void)state;
	cb = recording(&s);
	opts.quiet = 1;
	assert_int_equal(kg_strv_push(&inputs, KG_BINARY_DIR "/no-such-dir/no-such-file.txt"), 0);
	assert_int_equal(kg_strv_push(&inputs, KG_SOURCE_DIR "/examples/news"), 0);
	assert_int_equal(kg_pipeline_extract(&st, &inputs, &opts, &cb, &err), 0);
	assert_int_equal(st.n_failed, 1);
	assert_false(st.stopped);
	assert_true(st.n_docs > 0);
	opts.strict = 1;
	assert_true(kg_pipeline_extract(&st, &inputs, &opts, &cb, &err) < 0);
	assert_int_equal(st.n_failed, 1);
	assert_true(st.stopped);
	assert_int_equal(st.n_docs, 0);
	kg_strv_clear(&inputs);
	kg_strv_clear(&s.docs);
}

static void test_pipeline__the_graph_of_a_store_counts_each_relation_once_per_edge(void **state)
{
	kg_pipeline_opts opts = KG_PIPELINE_OPTS_INIT;
	kg_pipeline_stats st;
	kg_pipeline_graph_stats gs = { 0 };
	kg_strv inputs = { 0 };
	kg_store *store = NULL;
	kg_graph *g = NULL;
	kg_error err = { 0 };
	size_t total = 0;

	(void)state;
	opts.quiet = 1;
	opts.count_relations = 1;
	assert_int_equal(kg_strv_push(&inputs, KG_SOURCE_DIR "/examples"), 0);
	assert_int_equal(kg_pipeline_store_open(&store, ":memory:", KG_STORE_WRITE, NULL, &err), 0);
	assert_int_equal(kg_pipeline_build(&g, &st, &gs, store, &inputs, NULL, &opts, NULL, &err), 0);
	assert_non_null(g);
	assert_int_equal(gs.n_docs, st.added);
	assert_true(gs.relations.n > 0);
	for (size_t i = 0; i < gs.relations.n; i++)
		total += gs.edges[i];
	assert_int_equal(total, kg_graph_edge_count(g));
	kg_graph_free(g);
	kg_pipeline_graph_stats_clear(&gs);
	/* the store alone gives the same graph */
	opts.count_relations = 0;
	assert_int_equal(kg_pipeline_graph(&g, &gs, store, NULL, &opts, NULL, &err), 0);
	assert_int_equal(kg_graph_edge_count(g), total);
	assert_int_equal(gs.relations.n, 0);
	kg_graph_free(g);
	kg_pipeline_graph_stats_clear(&gs);
	kg_store_free(store);
	kg_strv_clear(&inputs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pipeline__adding_again_stores_nothing_new_and_skips_unchanged_documents),
		cmocka_unit_test(test_pipeline__a_changed_document_replaces_the_stored_one_with_a_warning),
		cmocka_unit_test(test_pipeline__documents_come_in_input_order_whatever_the_number_of_threads),
		cmocka_unit_test(test_pipeline__an_input_that_cannot_be_read_fails_and_strict_stops_the_run),
		cmocka_unit_test(test_pipeline__the_graph_of_a_store_counts_each_relation_once_per_edge),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
