/* test_graph_build.c: the graph built a document at a time (kg_graph_builder) against the graph built
 * from all facts at once, with and without an evidence limit and a period. */
#include "test_graph_fixture.h"

#include <jansson.h>

#define P KG_TYPE_PERSON

/* graph.json of g written with an evidence limit of max (0: all), as a string (caller frees). */
static char *json_of(const kg_graph *g, size_t max)
{
	kg_export_opts opts = { 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	kg_error err;

	assert_non_null(fp);
	opts.max_evidence = max;
	assert_int_equal(kg_graph_write_json_opts(g, &opts, fp, &err), KG_OK);
	fclose(fp);
	return buf;
}

/* The facts of f whose evidence is document doc (triples, then events), as a new set. */
static kg_facts *facts_of_doc(const kg_facts *f, const char *doc)
{
	kg_facts *d = NULL;

	assert_int_equal(kg_facts_new(&d), KG_OK);
	for (size_t i = 0; i < f->n_triples; i++)
		if (strcmp(f->triples[i].evidence.doc, doc) == 0)
			assert_int_equal(kg_facts_add_triple(d, &f->triples[i]), KG_OK);
	for (size_t i = 0; i < f->n_events; i++)
		if (strcmp(f->events[i].evidence.doc, doc) == 0)
			assert_int_equal(kg_facts_add_event(d, &f->events[i]), KG_OK);
	return d;
}

/* Asserts that graph.json of a and of b written with the limit max are the same bytes. */
static void assert_same_json(const kg_graph *a, const kg_graph *b, size_t max)
{
	char *x = json_of(a, max), *y = json_of(b, max);

	assert_string_equal(y, x);
	free(x);
	free(y);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The graph of f built a document at a time, the documents in name order (asserts success). */
static kg_graph *built(const kg_facts *f, size_t max, const char *since, const char *until)
{
	kg_graph_build_opts opts = KG_GRAPH_BUILD_OPTS_INIT;
	kg_graph_builder *b = NULL;
	kg_graph *g = NULL;
	const char *docs[64];
	size_t n = 0;
	kg_error err;

	for (size_t i = 0; i < f->n_triples + f->n_events; i++) {
		const char *doc = i < f->n_triples ? f->triples[i].evidence.doc : f->events[i - f->n_triples].evidence.doc;
		int seen = 0;

		for (size_t k = 0; k < n && !seen; k++)
			seen = strcmp(docs[k], doc) == 0;
		if (!seen) {
			assert_true(n < 64);
			docs[n++] = doc;
		}
	}
	qsort(docs, n, sizeof(*docs), cmp_str);
	opts.max_evidence = max;
	opts.since = since;
	opts.until = until;
	assert_int_equal(kg_graph_builder_new(&b, f, &opts, &err), KG_OK);
	for (size_t k = 0; k < n; k++) {
		kg_facts *d = facts_of_doc(f, docs[k]);

		assert_int_equal(kg_graph_builder_add(b, d, &err), KG_OK);
		kg_facts_free(d);
	}
	assert_int_equal(kg_graph_builder_finish(&g, b, &err), KG_OK);
	kg_graph_builder_free(b);
	return g;
}

/* Adds a meeting of Ann Lee and Bo Chan in document doc dated date (NULL: none) from source src,
 * planned or not. */
static void add_dated(kg_facts *f, const char *doc, long sentence, const char *date, kg_date_source src, int planned)
{
	kg_triple t = kg_triple_view("Ann Lee", P, "meet", "Bo Chan", P);
	char text[80];

	snprintf(text, sizeof(text), "Lee met Chan (%s, sentence %ld).", doc, sentence);
	t.attrs.date = (char *)date;
	t.attrs.date_source = date ? src : KG_DATE_NONE;
	t.attrs.modality = planned ? (char *)"planned" : NULL;
	t.attrs.location = sentence == 3 ? (char *)"Oslo" : NULL;
	t.evidence.doc = (char *)doc;
	t.evidence.sentence = sentence;
	t.evidence.start = (size_t)sentence * 50;
	t.evidence.end = t.evidence.start + strlen(text);
	t.evidence.text = text;
	t.confidence = 0.5 + 0.01 * (double)sentence;
	t.extractor = (char *)"test";
	assert_int_equal(kg_facts_add_triple(f, &t), KG_OK);
}

/* dated_facts and one pair with many sentences over many documents: undated, planned, dated by the
 * document, dated by the text, a month, the same day twice, and one sentence read twice. */
static kg_facts *many_facts(void)
{
	static const char *const pair[] = { "Ann Lee", "Bo Chan", NULL };
	kg_facts *f = dated_facts();

	add_dated(f, "b01", 0, NULL, KG_DATE_NONE, 0);
	add_dated(f, "b02", 1, "2025-01-20", KG_DATE_DOCUMENT, 1);
	add_dated(f, "b03", 2, "2025-01-21", KG_DATE_DOCUMENT, 0);
	add_dated(f, "b04", 3, "2025-03", KG_DATE_TEXT, 0);
	add_dated(f, "b05", 4, "2025-02-11", KG_DATE_TEXT, 0);
	add_dated(f, "b05", 4, "2025-02-11", KG_DATE_TEXT, 1); /* the same sentence, read as a plan too */
	add_dated(f, "b06", 5, "2025-03-31", KG_DATE_DOCUMENT, 0);
	add_dated(f, "b07", 6, "2025-03-31", KG_DATE_TEXT, 0);
	add_dated(f, "b08", 7, "2024-12", KG_DATE_DOCUMENT, 0);
	add_dated(f, "b09", 8, "2024-12-01", KG_DATE_TEXT, 1);
	add_dated(f, "b10", 9, NULL, KG_DATE_NONE, 0);
	add_event(f, KG_EVENT_MEETING, "b11", 0, "2025-02-20", "Oslo", 1, pair);
	add_event(f, KG_EVENT_CALL, "b12", 1, "2025-02-21", NULL, 0, pair);
	add_event(f, KG_EVENT_MEETING, "b13", 2, NULL, NULL, 0, pair);
	return f;
}

static void test_graph_build__with_no_limit_makes_what_the_graph_of_all_facts_is(void **state)
{
	kg_facts *f = many_facts();
	kg_graph *whole = NULL, *g;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_new(&whole, f, &err), KG_OK);
	g = built(f, 0, NULL, NULL);
	assert_same_json(whole, g, 0);
	kg_graph_free(g);
	kg_graph_free(whole);
	kg_facts_free(f);
}

static void test_graph_build__with_a_limit_holds_what_graph_json_shows_with_that_limit(void **state)
{
	kg_facts *f = many_facts();
	kg_graph *whole = NULL, *g;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_new(&whole, f, &err), KG_OK);
	for (size_t max = 1; max <= 5; max++) {
		json_t *root, *e;
		json_error_t je;
		size_t i;
		char *b;
		int found = 0;

		g = built(f, max, NULL, NULL);
		assert_same_json(whole, g, max);
		/* what the graph holds is what graph.json shows: the limit, and the count of all */
		b = json_of(g, 0);
		root = json_loads(b, 0, &je);
		assert_non_null(root);
		json_array_foreach(json_object_get(root, "edges"), i, e) {
			if (strcmp(json_string_value(json_object_get(e, "source")), "ann-lee") != 0 ||
			    strcmp(json_string_value(json_object_get(e, "relation")), "meet") != 0)
				continue;
			found = 1;
			assert_int_equal(json_array_size(json_object_get(e, "evidence")), max);
			assert_int_equal(json_integer_value(json_object_get(e, "evidence_count")), 12);
			assert_int_equal(json_integer_value(json_object_get(e, "weight")), 12);
			assert_string_equal(json_string_value(json_object_get(e, "first")), "2024-12-01");
			assert_string_equal(json_string_value(json_object_get(e, "last")), "2025-03-31");
		}
		assert_true(found);
		json_decref(root);
		free(b);
		kg_graph_free(g);
	}
	kg_graph_free(whole);
	kg_facts_free(f);
}

/* Adds a meeting of names (NULL-terminated) said not to have happened, in document doc. */
static void add_negated(kg_facts *f, const char *doc, long sentence, const char *const *names)
{
	kg_event ev;
	char id[KG_EVENT_ID_LEN];

	memset(&ev, 0, sizeof(ev));
	kg_event_make_id(id, doc, sentence, 9);
	ev.id = id;
	ev.type = KG_EVENT_MEETING;
	ev.trigger = (char *)"meet";
	ev.trigger_start = 9;
	ev.trigger_end = 13;
	ev.flags = KG_EVENT_NEGATED;
	ev.evidence.doc = (char *)doc;
	ev.evidence.sentence = sentence;
	ev.evidence.end = 30;
	ev.evidence.text = (char *)"Lee did not meet Chan.";
	ev.confidence = 0.8;
	ev.extractor = (char *)"test";
	for (size_t i = 0; names[i]; i++)
		assert_int_equal(kg_event_add_participant(&ev, names[i], P, KG_ROLE_PARTICIPANT), KG_OK);
	assert_int_equal(kg_facts_add_event(f, &ev), KG_OK);
	assert_int_equal(kg_event_derive(f, &ev), KG_OK);
	for (size_t i = 0; i < ev.n_participants; i++)
		free(ev.participants[i].name);
	free(ev.participants);
}

/* The events graph.json lists whose flags include "negated", as "doc/sentence" sorted, in a string. */
static void negated_listed(char *out, size_t cap, const kg_graph *g, size_t max)
{
	char *b = json_of(g, max), items[16][32];
	const char *sorted[16];
	json_error_t je;
	json_t *root = json_loads(b, 0, &je), *ev;
	size_t i, n = 0, at = 0;

	assert_non_null(root);
	out[0] = '\0';
	json_array_foreach(json_object_get(root, "events"), i, ev) {
		json_t *flags = json_object_get(ev, "flags"), *evi = json_object_get(ev, "evidence");

		if (json_array_size(flags) != 1 || strcmp(json_string_value(json_array_get(flags, 0)), "negated") != 0)
			continue;
		assert_true(n < 16);
		snprintf(items[n], sizeof(items[n]), "%s/%d", json_string_value(json_object_get(evi, "doc")),
			 (int)json_integer_value(json_object_get(evi, "sentence")));
		sorted[n] = items[n];
		n++;
	}
	qsort(sorted, n, sizeof(*sorted), cmp_str);
	for (size_t k = 0; k < n; k++)
		at += (size_t)snprintf(out + at, cap - at, "%s%s", k ? " " : "", sorted[k]);
	json_decref(root);
	free(b);
}

static void test_graph_build__keeps_the_first_meetings_said_not_to_have_happened_of_each_pair(void **state)
{
	static const char *const pair[] = { "Bo Chan", "Ann Lee", NULL };
	static const char *const other[] = { "Ann Lee", "Cy Dorn", NULL };
	kg_facts *f = many_facts();
	kg_graph *whole = NULL, *g;
	kg_error err;
	char got[256];

	(void)state;
	/* out of text order on purpose: documents, and sentences within one */
	add_negated(f, "n3", 1, pair);
	add_negated(f, "n1", 4, pair);
	add_negated(f, "n1", 2, pair);
	add_negated(f, "n2", 0, pair);
	add_negated(f, "n2", 5, other);
	assert_int_equal(kg_graph_new(&whole, f, &err), KG_OK);
	negated_listed(got, sizeof(got), whole, 0);
	assert_string_equal(got, "n1/2 n1/4 n2/0 n2/5 n3/1"); /* with no limit, every one */
	for (size_t max = 1; max <= 3; max++) {
		g = built(f, max, NULL, NULL);
		assert_same_json(whole, g, max);
		kg_graph_free(g);
	}
	g = built(f, 2, NULL, NULL);
	negated_listed(got, sizeof(got), g, 0);
	assert_string_equal(got, "n1/2 n1/4 n2/5"); /* the first two of the pair in text order, and the other */
	kg_graph_free(g);
	kg_graph_free(whole);
	kg_facts_free(f);
}

/* Nine meetings of one pair in nine documents, and a tenth document with a URL that nothing cites: with a limit
 * of 2, the graph holds the events its two kept items cite and their documents, the edge counts all
 * nine; the documents the builder took (kg_graph_builder_take_docs) are the cited ones, and the
 * exports still have a urls column; with no limit every event is kept. */
static void test_graph_build__with_a_limit_holds_the_events_and_documents_its_kept_evidence_cites(void **state)
{
	static const char *const pair[] = { "Ann Lee", "Bo Chan", NULL };
	kg_facts *f = NULL, *docs = NULL;
	kg_graph_build_opts opts = KG_GRAPH_BUILD_OPTS_INIT;
	kg_graph *g = NULL;
	kg_error err;

	(void)state;
	assert_int_equal(kg_facts_new(&f), KG_OK);
	for (int i = 0; i < 10; i++) {
		char doc[8], date[16], url[64];
		kg_docref d = { doc, i == 9 ? url : NULL, date, NULL };

		snprintf(doc, sizeof(doc), "m%02d", i);
		snprintf(date, sizeof(date), "2025-01-%02d", i + 1);
		snprintf(url, sizeof(url), "https://news.example/%02d", i);
		if (i < 9)
			add_event(f, KG_EVENT_MEETING, doc, 0, date, NULL, 0, pair);
		assert_int_equal(kg_facts_add_doc(f, &d), KG_OK);
	}
	for (size_t max = 0; max <= 2; max += 2) {
		kg_graph_builder *b = NULL;
		json_t *root, *e, *x;
		json_error_t je;
		char *js, *ml = NULL;
		size_t i, len = 0, cited = 0;
		FILE *fp;

		assert_int_equal(kg_facts_new(&docs), KG_OK);
		assert_int_equal(kg_facts_copy_docs(docs, f), KG_OK);
		opts.max_evidence = max;
		assert_int_equal(kg_graph_builder_new(&b, f, &opts, &err), KG_OK);
		kg_graph_builder_take_docs(b, docs);
		assert_int_equal(docs->n_docs, 0);
		for (int k = 0; k < 9; k++) {
			char doc[8];
			kg_facts *d;

			snprintf(doc, sizeof(doc), "m%02d", k);
			d = facts_of_doc(f, doc);
			assert_int_equal(kg_graph_builder_add(b, d, &err), KG_OK);
			kg_facts_free(d);
		}
		assert_int_equal(kg_graph_builder_finish(&g, b, &err), KG_OK);
		kg_graph_builder_free(b);
		kg_facts_free(docs);
		/* written with no limit: what the graph holds */
		js = json_of(g, 0);
		root = json_loads(js, 0, &je);
		assert_non_null(root);
		e = json_array_get(json_object_get(root, "edges"), 0);
		assert_int_equal(json_integer_value(json_object_get(e, "weight")), 9);
		assert_int_equal(json_array_size(json_object_get(e, "evidence")), max ? max : 9);
		assert_int_equal(json_array_size(json_object_get(e, "events")), max ? max : 9);
		assert_int_equal(json_integer_value(json_object_get(e, "event_count")), max ? 9 : 0);
		assert_int_equal(json_array_size(json_object_get(root, "events")), max ? max : 9);
		/* the events listed are the edge's (both sorted by id), each cited by a kept item */
		json_array_foreach(json_object_get(root, "events"), i, x) {
			const char *id = json_string_value(json_object_get(x, "id"));
			json_t *v;
			size_t k;
			int in = 0;

			assert_string_equal(json_string_value(json_array_get(json_object_get(e, "events"), i)), id);
			json_array_foreach(json_object_get(e, "evidence"), k, v)
				in |= strcmp(json_string_value(json_object_get(v, "event")), id) == 0;
			assert_true(in);
			cited++;
		}
		assert_int_equal(cited, max ? max : 9);
		assert_int_equal(json_array_size(json_object_get(root, "documents")), max ? max : 9);
		json_decref(root);
		free(js);
		fp = open_memstream(&ml, &len);
		assert_non_null(fp);
		assert_int_equal(kg_graph_write_graphml(g, fp, &err), KG_OK);
		fclose(fp);
		assert_non_null(strstr(ml, "attr.name=\"urls\""));
		free(ml);
		kg_graph_free(g);
	}
	kg_facts_free(f);
}

static void test_graph_build__with_a_period_makes_what_the_period_of_the_whole_graph_is(void **state)
{
	static const char *const periods[][2] = {
		{ "2025-03", "2025-03" }, { "2025-02-11", NULL }, { NULL, "2025-01" }, { "2025", "2025" }, { NULL, "2023" },
	};
	kg_facts *f = many_facts();
	kg_graph *whole = NULL, *sub, *g;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_new(&whole, f, &err), KG_OK);
	for (size_t k = 0; k < sizeof(periods) / sizeof(periods[0]); k++) {
		for (size_t max = 0; max <= 2; max++) {
			assert_int_equal(kg_graph_period(&sub, whole, periods[k][0], periods[k][1], &err), KG_OK);
			g = built(f, max, periods[k][0], periods[k][1]);
			assert_same_json(sub, g, max);
			kg_graph_free(g);
			kg_graph_free(sub);
		}
	}
	kg_graph_free(whole);
	kg_facts_free(f);
}

static void test_graph_build__keeps_evidence_in_order_when_a_document_comes_from_two_inputs(void **state)
{
	kg_facts *f = NULL, *d1 = NULL, *d2 = NULL;
	kg_graph_builder *b = NULL;
	kg_graph *whole = NULL, *g = NULL;
	kg_error err;
	char *y;

	(void)state;
	/* the text of a1 read first (sentences 2 and 5), then a triples file citing a1 (sentences 0 and 5) */
	assert_int_equal(kg_facts_new(&f), KG_OK);
	assert_int_equal(kg_facts_new(&d1), KG_OK);
	assert_int_equal(kg_facts_new(&d2), KG_OK);
	add_dated(d1, "a1", 2, NULL, KG_DATE_NONE, 0);
	add_dated(d1, "a1", 5, NULL, KG_DATE_NONE, 0);
	add_dated(d2, "a1", 0, NULL, KG_DATE_NONE, 0);
	add_dated(d2, "a1", 5, NULL, KG_DATE_NONE, 0);
	add_dated(d2, "a1", 3, NULL, KG_DATE_NONE, 0);
	for (size_t i = 0; i < 2; i++)
		for (size_t k = 0; k < (i ? d2 : d1)->n_triples; k++)
			assert_int_equal(kg_facts_add_triple(f, &(i ? d2 : d1)->triples[k]), KG_OK);
	assert_int_equal(kg_graph_new(&whole, f, &err), KG_OK);
	assert_int_equal(kg_graph_builder_new(&b, f, NULL, &err), KG_OK);
	assert_int_equal(kg_graph_builder_add(b, d1, &err), KG_OK);
	assert_int_equal(kg_graph_builder_add(b, d2, &err), KG_OK);
	assert_int_equal(kg_graph_builder_finish(&g, b, &err), KG_OK);
	/* four sentences, in order, the location of sentence 3 */
	assert_same_json(whole, g, 0);
	y = json_of(g, 0);
	assert_non_null(strstr(y, "\"weight\":4"));
	assert_non_null(strstr(y, "Oslo"));
	free(y);
	kg_graph_free(g);
	kg_graph_free(whole);
	kg_graph_builder_free(b);
	kg_facts_free(d1);
	kg_facts_free(d2);
	kg_facts_free(f);
}

static void test_graph_build__refuses_a_period_that_is_not_a_date(void **state)
{
	kg_graph_build_opts opts = { 3, "2025-13", NULL };
	kg_facts *f = dated_facts();
	kg_graph_builder *b = NULL;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_builder_new(&b, f, &opts, &err), KG_EINVAL);
	assert_null(b);
	assert_string_equal(err.source, "--since");
	kg_graph_builder_free(NULL);
	kg_facts_free(f);
}

static void test_graph_build__counts_the_edges_of_each_relation_in_order_of_their_first_fact(void **state)
{
	kg_facts *f = many_facts();
	kg_graph_builder *b = NULL;
	kg_strv rels = { 0 };
	size_t *edges = NULL;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_builder_new(&b, f, NULL, &err), KG_OK);
	assert_int_equal(kg_graph_builder_add(b, f, &err), KG_OK);
	assert_int_equal(kg_graph_builder_relations(&rels, &edges, b), KG_OK);
	/* "Ann Lee" meets first; "Ilse Varo" speaks with "Oda Renk" */
	assert_int_equal(rels.n, 2);
	assert_string_equal(rels.v[0], "meet");
	assert_string_equal(rels.v[1], "speak_with");
	assert_int_equal(edges[0], 12); /* Lee-Chan, the ten summit pairs, Renk-Durr */
	assert_int_equal(edges[1], 2);  /* Varo-Renk, Lee-Chan */
	free(edges);
	kg_strv_clear(&rels);
	kg_graph_builder_free(b);
	kg_facts_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph_build__with_no_limit_makes_what_the_graph_of_all_facts_is),
		cmocka_unit_test(test_graph_build__with_a_limit_holds_what_graph_json_shows_with_that_limit),
		cmocka_unit_test(test_graph_build__keeps_the_first_meetings_said_not_to_have_happened_of_each_pair),
		cmocka_unit_test(test_graph_build__with_a_limit_holds_the_events_and_documents_its_kept_evidence_cites),
		cmocka_unit_test(test_graph_build__with_a_period_makes_what_the_period_of_the_whole_graph_is),
		cmocka_unit_test(test_graph_build__keeps_evidence_in_order_when_a_document_comes_from_two_inputs),
		cmocka_unit_test(test_graph_build__refuses_a_period_that_is_not_a_date),
		cmocka_unit_test(test_graph_build__counts_the_edges_of_each_relation_in_order_of_their_first_fact),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
