/* test_pipeline.c: the jobs of the pipeline library: documents stored once and skipped when unchanged,
 * a changed one replacing the stored one with a warning, documents handed over in input order whatever
 * the number of threads, failed inputs counted, the graph of a store with its relation counts, and a
 * store written by the writer thread holding what one written on the run's thread holds. */
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

/* What every test starts from: options, callbacks recording into s, a store in memory and a fresh
 * temporary directory for its input files. */
typedef struct fixture {
	kg_pipeline_opts opts;    /* KG_PIPELINE_OPTS_INIT, quiet */
	kg_pipeline_stats st;     /* of the last job */
	kg_pipeline_callbacks cb; /* recording into s */
	seen s;                   /* what the callbacks saw */
	kg_strv inputs;           /* the inputs of the jobs */
	kg_store *store;          /* in memory */
	kg_error err;             /* of the last job */
	char dir[512];            /* the temporary directory */
} fixture;

static int setup(void **state)
{
	static const kg_pipeline_opts defaults = KG_PIPELINE_OPTS_INIT;
	const char *tmp = getenv("TMPDIR");
	fixture *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	f->opts = defaults;
	f->opts.quiet = 1;
	f->cb = recording(&f->s);
	snprintf(f->dir, sizeof(f->dir), "%s/kg-pipeline-test-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
	assert_non_null(mkdtemp(f->dir));
	assert_int_equal(kg_pipeline_store_open(&f->store, ":memory:", KG_STORE_WRITE, &f->cb, &f->err), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	kg_store_free(f->store);
	kg_strv_clear(&f->inputs);
	kg_strv_clear(&f->s.docs);
	free(f);
	return 0;
}

/* Writes text into the file name of f's directory. */
static void put_file(const fixture *f, const char *name, const char *text)
{
	char path[600];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", f->dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	assert_true(fputs(text, fp) >= 0);
	assert_int_equal(fclose(fp), 0);
}

static void test_pipeline__adding_again_stores_nothing_new_and_skips_unchanged_documents(void **state)
{
	fixture *f = *state;
	size_t added;

	assert_int_equal(kg_strv_push(&f->inputs, KG_SOURCE_DIR "/examples"), 0);
	assert_int_equal(kg_pipeline_add(&f->st, f->store, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_true(f->st.added > 0);
	assert_int_equal(f->st.unchanged, 0);
	assert_int_equal(f->st.n_failed, 0);
	assert_int_equal(f->s.started, 1);
	assert_int_equal(f->s.ended, 1);
	added = f->st.added;
	assert_int_equal(kg_pipeline_add(&f->st, f->store, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->st.added, 0);
	assert_int_equal(f->st.replaced, 0);
	assert_int_equal(f->st.unchanged, added);
}

static void test_pipeline__a_changed_document_replaces_the_stored_one_with_a_warning(void **state)
{
	fixture *f = *state;

	f->opts.quiet = 0;
	put_file(f, "a.txt", "Ada Lovelace met Charles Babbage in London on Monday.\n");
	assert_int_equal(kg_strv_push(&f->inputs, f->dir), 0);
	assert_int_equal(kg_pipeline_add(&f->st, f->store, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->st.added, 1);
	assert_int_equal(f->s.n_warnings, 0);
	put_file(f, "a.txt", "Ada Lovelace met Charles Babbage in Paris on Tuesday.\n");
	assert_int_equal(kg_pipeline_add(&f->st, f->store, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->st.replaced, 1);
	assert_int_equal(f->s.n_warnings, 1);
	assert_non_null(strstr(f->s.last, "a.txt: document \"a.txt\" changed since it was stored: it replaces "));
	/* quiet: the same replacement says nothing */
	put_file(f, "a.txt", "Ada Lovelace met Charles Babbage in Rome on Friday.\n");
	f->opts.quiet = 1;
	assert_int_equal(kg_pipeline_add(&f->st, f->store, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->st.replaced, 1);
	assert_int_equal(f->s.n_warnings, 1);
}

static void test_pipeline__documents_come_in_input_order_whatever_the_number_of_threads(void **state)
{
	fixture *f = *state;
	char name[32], text[256];
	kg_strv one = { 0 };
	size_t one_triples;

	for (int i = 0; i < 12; i++) {
		snprintf(name, sizeof(name), "doc%02d.txt", i);
		snprintf(text, sizeof(text), "Prime Minister Ana Costa%d met President Luis Moreno%d in Lisbon on %d May 2021.\n",
			 i, i, i + 1);
		put_file(f, name, text);
	}
	assert_int_equal(kg_strv_push(&f->inputs, f->dir), 0);
	assert_int_equal(kg_pipeline_extract(&f->st, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->st.n_docs, 12);
	one = f->s.docs;
	one_triples = f->s.n_triples;
	f->cb = recording(&f->s);
	f->opts.jobs = 4;
	assert_int_equal(kg_pipeline_extract(&f->st, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->s.n_triples, one_triples);
	assert_int_equal(one.n, 12);
	assert_int_equal(f->s.docs.n, 12);
	for (size_t i = 0; i < 12; i++) {
		snprintf(name, sizeof(name), "doc%02zu.txt", i);
		assert_string_equal(one.v[i], name);
		assert_string_equal(f->s.docs.v[i], name);
	}
	kg_strv_clear(&one);
}

static void test_pipeline__an_input_that_cannot_be_read_fails_and_strict_stops_the_run(void **state)
{
	fixture *f = *state;

	assert_int_equal(kg_strv_push(&f->inputs, KG_BINARY_DIR "/no-such-dir/no-such-file.txt"), 0);
	assert_int_equal(kg_strv_push(&f->inputs, KG_SOURCE_DIR "/examples/news"), 0);
	assert_int_equal(kg_pipeline_extract(&f->st, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(f->st.n_failed, 1);
	assert_false(f->st.stopped);
	assert_true(f->st.n_docs > 0);
	f->opts.strict = 1;
	assert_true(kg_pipeline_extract(&f->st, &f->inputs, &f->opts, &f->cb, &f->err) < 0);
	assert_int_equal(f->st.n_failed, 1);
	assert_true(f->st.stopped);
	assert_int_equal(f->st.n_docs, 0);
}

static void test_pipeline__the_graph_of_a_store_counts_each_relation_once_per_edge(void **state)
{
	fixture *f = *state;
	kg_pipeline_graph_stats gs = { 0 };
	kg_graph *g = NULL;
	size_t total = 0;

	f->opts.count_relations = 1;
	assert_int_equal(kg_strv_push(&f->inputs, KG_SOURCE_DIR "/examples"), 0);
	assert_int_equal(kg_pipeline_build(&g, &f->st, &gs, f->store, &f->inputs, NULL, &f->opts, NULL, &f->err), 0);
	assert_non_null(g);
	assert_int_equal(gs.n_docs, f->st.added);
	assert_true(gs.relations.n > 0);
	for (size_t i = 0; i < gs.relations.n; i++)
		total += gs.edges[i];
	assert_int_equal(total, kg_graph_edge_count(g));
	kg_graph_free(g);
	kg_pipeline_graph_stats_clear(&gs);
	/* the store alone gives the same graph */
	f->opts.count_relations = 0;
	assert_int_equal(kg_pipeline_graph(&g, &gs, f->store, NULL, &f->opts, NULL, &f->err), 0);
	assert_int_equal(kg_graph_edge_count(g), total);
	assert_int_equal(gs.relations.n, 0);
	kg_graph_free(g);
	kg_pipeline_graph_stats_clear(&gs);
}

/* Adds f's inputs to the store at path (":memory:": f->store) with jobs threads; the store is loaded
 * into *facts (new) and its stats into *ss. */
static void add_and_load(fixture *f, const char *path, int jobs, kg_facts **facts, kg_store_stats *ss)
{
	kg_store *store = f->store;

	if (strcmp(path, ":memory:") != 0)
		assert_int_equal(kg_pipeline_store_open(&store, path, KG_STORE_WRITE, &f->cb, &f->err), 0);
	f->opts.jobs = (size_t)jobs;
	assert_int_equal(kg_pipeline_add(&f->st, store, &f->inputs, &f->opts, &f->cb, &f->err), 0);
	assert_int_equal(kg_facts_new(facts), 0);
	assert_int_equal(kg_store_load(store, *facts, NULL, &f->err), 0);
	assert_int_equal(kg_store_stats_get(store, ss, &f->err), 0);
	if (store != f->store)
		kg_store_free(store);
}

static void test_pipeline__a_writer_thread_stores_what_one_thread_stores_in_the_same_order(void **state)
{
	fixture *f = *state;
	char path[600], line[256], db[600];
	kg_facts *one = NULL, *other = NULL;
	kg_store_stats s1, s2;
	kg_pipeline_stats st1;
	size_t warnings;
	FILE *fp;

	/* 3000 documents, more than two transactions hold, so that the writer thread stores the first
	 * ones while the later are read; document d7 comes again in the second (another content of the
	 * same source: it replaces the first, which the writer may still be storing) and d9's text again
	 * as d2500 (the same content: one document) */
	snprintf(path, sizeof(path), "%s/news.jsonl", f->dir);
	assert_non_null(fp = fopen(path, "w"));
	for (int i = 0; i < 3000; i++) {
		int n = i == 2500 ? 9 : i;

		if (i == 1100)
			snprintf(line, sizeof(line), "{\"id\": \"d7\", \"text\": \"Ada Quill met Bo Lind in Rome. Copy 7b.\"}\n");
		else
			snprintf(line, sizeof(line), "{\"id\": \"d%d\", \"text\": \"Ada Quill met Bo Lind in Paris. Copy %d.\"}\n",
				 i, n);
		assert_true(fputs(line, fp) >= 0);
	}
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(kg_strv_push(&f->inputs, path), 0);
	f->opts.quiet = 0;
	/* in memory no other connection sees the store: stored on the run's thread, as before the writer */
	add_and_load(f, ":memory:", 1, &one, &s1);
	st1 = f->st;
	warnings = f->s.n_warnings;
	assert_int_equal(st1.replaced, 1);
	assert_int_equal(warnings, 1);
	assert_int_equal(s1.documents, 2998);
	for (int jobs = 1; jobs <= 2; jobs++) {
		snprintf(db, sizeof(db), "%s/kg%d.db", f->dir, jobs);
		f->s.n_warnings = 0;
		add_and_load(f, db, jobs, &other, &s2);
		assert_int_equal(f->st.added, st1.added);
		assert_int_equal(f->st.replaced, st1.replaced);
		assert_int_equal(f->st.unchanged, st1.unchanged);
		assert_int_equal(f->s.n_warnings, warnings);
		assert_memory_equal(&s1, &s2, sizeof(s1));
		assert_int_equal(other->n_triples, one->n_triples);
		assert_int_equal(other->n_entities, one->n_entities);
		assert_int_equal(other->n_docs, one->n_docs);
		for (size_t i = 0; i < one->n_triples; i++) {
			assert_string_equal(other->triples[i].evidence.doc, one->triples[i].evidence.doc);
			assert_string_equal(other->triples[i].evidence.text, one->triples[i].evidence.text);
			assert_string_equal(other->triples[i].object, one->triples[i].object);
		}
		kg_facts_free(other);
		other = NULL;
	}
	kg_facts_free(one);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_pipeline__adding_again_stores_nothing_new_and_skips_unchanged_documents,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline__a_changed_document_replaces_the_stored_one_with_a_warning,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline__documents_come_in_input_order_whatever_the_number_of_threads,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline__an_input_that_cannot_be_read_fails_and_strict_stops_the_run,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline__the_graph_of_a_store_counts_each_relation_once_per_edge,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline__a_writer_thread_stores_what_one_thread_stores_in_the_same_order,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
