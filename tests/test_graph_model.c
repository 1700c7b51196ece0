/* test_graph_model.c: building the graph from facts: merging, symmetric edges, planned facts, ids. */
#include "test_graph_fixture.h"

#include <jansson.h>

#define P KG_TYPE_PERSON
#define O KG_TYPE_ORG
#define L KG_TYPE_PLACE

/* The edges of graph.json as parsed JSON (caller decrefs). */
static json_t *edges_json(const kg_graph *g)
{
	char *text = capture(kg_graph_write_json, g);
	json_error_t je;
	json_t *root = json_loads(text, 0, &je);

	free(text);
	assert_non_null(root);
	return root;
}

static void test_graph__merges_repeated_facts_into_one_weighted_edge(void **state)
{
	const fact xs[] = {
		{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 0, 0, "Ann Lee met Bo Chan.", NULL, NULL },
		{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 3, 90, "Lee and Chan met again.", NULL, NULL },
		{ "Ann Lee", P, "meet", "Bo Chan", P, "d2", 1, 10, "The two met in Oslo.", NULL, NULL },
		/* the same sentence read twice (two extractors) is one evidence */
		{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 0, 0, "Ann Lee met Bo Chan.", NULL, NULL },
	};
	kg_graph *g = graph_of(xs, 4);
	json_t *root = edges_json(g), *e;

	(void)state;
	assert_int_equal(kg_graph_node_count(g), 2);
	assert_int_equal(kg_graph_edge_count(g), 1);
	e = json_array_get(json_object_get(root, "edges"), 0);
	assert_int_equal(json_integer_value(json_object_get(e, "weight")), 3);
	assert_int_equal(json_array_size(json_object_get(e, "evidence")), 3);
	/* evidence sorted by (doc, sentence, start) */
	assert_string_equal(json_string_value(json_object_get(json_array_get(json_object_get(e, "evidence"), 2), "doc")), "d2");
	json_decref(root);
	kg_graph_free(g);
}

static void test_graph__stores_a_symmetric_fact_written_both_ways_as_one_edge(void **state)
{
	const fact xs[] = {
		{ "Zoe Park", P, "meet", "Adam Ray", P, "d1", 0, 0, "Zoe Park met Adam Ray.", NULL, NULL },
		{ "Adam Ray", P, "meet", "Zoe Park", P, "d1", 1, 40, "Adam Ray met Zoe Park.", NULL, NULL },
	};
	kg_graph *g = graph_of(xs, 2);
	json_t *root = edges_json(g), *e;

	(void)state;
	assert_int_equal(kg_graph_edge_count(g), 1);
	e = json_array_get(json_object_get(root, "edges"), 0);
	assert_string_equal(json_string_value(json_object_get(e, "source")), "adam-ray");
	assert_string_equal(json_string_value(json_object_get(e, "target")), "zoe-park");
	assert_true(json_is_true(json_object_get(e, "symmetric")));
	assert_int_equal(json_integer_value(json_object_get(e, "weight")), 2);
	json_decref(root);
	kg_graph_free(g);
}

static void test_graph__keeps_directed_relations_in_both_directions_apart(void **state)
{
	const fact xs[] = {
		{ "Zoe Park", P, "advises", "Adam Ray", P, "d1", 0, 0, "Zoe Park advises Adam Ray.", NULL, NULL },
		{ "Adam Ray", P, "advises", "Zoe Park", P, "d1", 1, 40, "Adam Ray advises Zoe Park.", NULL, NULL },
		{ "Adam Ray", P, "meet", "Zoe Park", P, "d1", 1, 40, "Adam Ray met Zoe Park.", NULL, NULL },
	};
	kg_graph *g = graph_of(xs, 3);

	(void)state;
	assert_int_equal(kg_graph_edge_count(g), 3);
	kg_graph_free(g);
}

static void test_graph__marks_an_edge_planned_only_when_every_evidence_is_planned(void **state)
{
	const fact xs[] = {
		{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 0, 0, "Lee will meet Chan.", "planned", NULL },
		{ "Ann Lee", P, "visits", "Oslo", L, "d1", 1, 30, "Lee will visit Oslo.", "planned", NULL },
		{ "Ann Lee", P, "visits", "Oslo", L, "d2", 4, 70, "Lee arrived in Oslo.", NULL, NULL },
	};
	kg_graph *g = graph_of(xs, 3);
	json_t *root = edges_json(g), *edges = json_object_get(root, "edges");
	size_t i;
	json_t *e;
	int seen = 0;

	(void)state;
	assert_int_equal(kg_graph_edge_count(g), 2);
	json_array_foreach(edges, i, e) {
		const char *rel = json_string_value(json_object_get(e, "relation"));
		const char *mod = json_string_value(json_object_get(json_object_get(e, "attrs"), "modality"));
		if (strcmp(rel, "meet") == 0) {
			assert_non_null(mod);
			assert_string_equal(mod, "planned");
			seen |= 1;
		} else {
			assert_null(mod);
			assert_int_equal(json_integer_value(json_object_get(e, "weight")), 2);
			seen |= 2;
		}
	}
	assert_int_equal(seen, 3);
	json_decref(root);
	kg_graph_free(g);
}

static void test_graph__gives_names_with_the_same_slug_distinct_ids(void **state)
{
	const fact xs[] = {
		{ "Jos\xc3\xa9 D\xc3\xad" "az", P, "meet", "Jose Diaz", O, "d1", 0, 0, "x", NULL, NULL },
		{ "Jose Diaz", O, "leads", "Jose  Diaz", L, "d1", 1, 5, "y", NULL, NULL },
	};
	kg_graph *g = graph_of(xs, 2);
	kg_node_info a, b, c;

	(void)state;
	assert_int_equal(kg_graph_node_count(g), 3);
	assert_int_equal(kg_graph_node(g, 0, &a), KG_OK);
	assert_int_equal(kg_graph_node(g, 1, &b), KG_OK);
	assert_int_equal(kg_graph_node(g, 2, &c), KG_OK);
	assert_string_equal(a.id, "jose-diaz");
	assert_string_equal(b.id, "jose-diaz-2");
	assert_string_equal(c.id, "jose-diaz-3");
	/* ids go to names in byte order, whatever order the facts came in */
	assert_string_equal(a.label, "Jose  Diaz");
	kg_graph_free(g);
}

static void test_graph__keeps_entity_aliases_types_and_merge_log(void **state)
{
	const fact xs[] = {
		{ "Ann Lee", P, "leads", "Acme Corp", O, "d1", 0, 0, "Ann Lee runs Acme.", NULL, NULL },
	};
	kg_facts *f = facts_of(xs, 1);
	kg_graph *g = NULL;
	kg_node_info info;
	kg_error err;
	size_t i;

	(void)state;
	assert_int_equal(kg_facts_add_entity(f, "Ann Lee", P, "Lee", 3, NULL), KG_OK);
	assert_int_equal(kg_strv_push(&kg_facts_find(f, "Ann Lee")->why, "Lee: surname of Ann Lee (doc d1)"), KG_OK);
	assert_int_equal(kg_facts_add_entity(f, "Lone Star", KG_TYPE_OTHER, NULL, 1, NULL), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	assert_int_equal(kg_graph_node_count(g), 3);
	i = node_by_id(g, "ann-lee");
	assert_int_equal(kg_graph_node(g, i, &info), KG_OK);
	assert_int_equal(info.type, KG_TYPE_PERSON);
	assert_int_equal(info.mentions, 3);
	assert_int_equal(info.aliases->n, 1);
	assert_string_equal(info.aliases->v[0], "Lee");
	assert_int_equal(info.why->n, 1);
	assert_int_equal(kg_graph_node(g, node_by_id(g, "lone-star"), &info), KG_OK);
	assert_int_equal(info.type, KG_TYPE_OTHER);
	assert_int_equal(kg_graph_node(g, 99, &info), KG_EINVAL);
	kg_graph_free(g);
	kg_facts_free(f);
}

static void test_graph__does_not_depend_on_the_order_of_facts(void **state)
{
	const fact xs[] = {
		{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 0, 0, "A", NULL, NULL },
		{ "Bo Chan", P, "meet", "Ann Lee", P, "d2", 1, 5, "B", NULL, NULL },
		{ "Bo Chan", P, "holds_position", "Acme Corp", O, "d2", 2, 9, "C", NULL, "chief executive" },
		{ "Cy Dunn", P, "visits", "Oslo", L, "d3", 0, 0, "D", "planned", NULL },
	};
	fact ys[4];
	kg_graph *g1 = graph_of(xs, 4), *g2;
	char *j1, *j2;

	(void)state;
	for (size_t i = 0; i < 4; i++)
		ys[i] = xs[3 - i];
	g2 = graph_of(ys, 4);
	j1 = capture(kg_graph_write_json, g1);
	j2 = capture(kg_graph_write_json, g2);
	assert_string_equal(j1, j2);
	assert_non_null(strstr(j1, "\"title\":\"chief executive\""));
	free(j1);
	free(j2);
	kg_graph_free(g1);
	kg_graph_free(g2);
}

static void test_graph__builds_an_empty_graph_from_no_facts(void **state)
{
	kg_graph *g = graph_of(NULL, 0);
	char *j = capture(kg_graph_write_json, g);

	(void)state;
	assert_int_equal(kg_graph_node_count(g), 0);
	assert_int_equal(kg_graph_edge_count(g), 0);
	assert_string_equal(j, "{\"directed\":true,\n\"nodes\":[\n],\n\"edges\":[\n]}\n");
	free(j);
	kg_graph_free(g);
}

static void test_graph__refuses_no_facts_with_an_error(void **state)
{
	kg_graph *g = (kg_graph *)&g;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_new(&g, NULL, &err), KG_EINVAL);
	assert_null(g);
	assert_true(strlen(err.text) > 0);
}

/* The edge of graph.json between node ids a and b (asserts there is one). */
static json_t *edge_between(json_t *root, const char *a, const char *b)
{
	size_t i;
	json_t *e;

	json_array_foreach(json_object_get(root, "edges"), i, e) {
		const char *s = json_string_value(json_object_get(e, "source"));
		const char *t = json_string_value(json_object_get(e, "target"));

		if ((strcmp(s, a) == 0 && strcmp(t, b) == 0) || (strcmp(s, b) == 0 && strcmp(t, a) == 0))
			return e;
	}
	fail_msg("no edge between %s and %s", a, b);
	return NULL;
}

static void test_graph__lists_events_and_gives_each_derived_edge_its_events_and_dates(void **state)
{
	kg_facts *f = dated_facts();
	kg_graph *g = NULL;
	kg_error err;
	json_t *root, *e, *ev, *parts;
	size_t n_summit_edges = 0, i;

	(void)state;
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	root = edges_json(g);
	assert_int_equal(json_array_size(json_object_get(root, "events")), 3);
	/* the five-party summit: one event and its ten pairs */
	json_array_foreach(json_object_get(root, "edges"), i, e) {
		json_t *evs = json_object_get(e, "events");

		for (size_t k = 0; k < json_array_size(evs); k++)
			n_summit_edges += strcmp(json_string_value(json_array_get(evs, k)),
						 f->events[0].id) == 0;
	}
	assert_int_equal(n_summit_edges, 10);
	/* Renk and Varo: summit on 2025-02-03, call on 2025-03-10, two relations */
	e = edge_between(root, "ilse-varo", "oda-renk");
	assert_string_equal(json_string_value(json_object_get(e, "relation")), "meet");
	assert_string_equal(json_string_value(json_object_get(e, "first")), "2025-02-03");
	assert_string_equal(json_string_value(json_object_get(e, "last")), "2025-02-03");
	ev = json_array_get(json_object_get(e, "evidence"), 0);
	assert_string_equal(json_string_value(json_object_get(ev, "date")), "2025-02-03");
	assert_string_equal(json_string_value(json_object_get(ev, "date_source")), "text");
	assert_string_equal(json_string_value(json_object_get(ev, "event")), f->events[0].id);
	/* Renk and Harrow: summit 2025-02-03 and a meeting in 2025-03: first and last span both */
	e = edge_between(root, "bo-harrow", "oda-renk");
	assert_string_equal(json_string_value(json_object_get(e, "first")), "2025-02-03");
	assert_string_equal(json_string_value(json_object_get(e, "last")), "2025-03");
	assert_int_equal(json_array_size(json_object_get(e, "events")), 2);
	/* the undated fact has no dates and no events, and says nothing of them */
	e = edge_between(root, "oda-renk", "pel-durr");
	assert_null(json_object_get(e, "first"));
	assert_null(json_object_get(e, "events"));
	assert_null(json_object_get(json_array_get(json_object_get(e, "evidence"), 0), "date"));
	/* events name their participants by node id with label and role */
	json_array_foreach(json_object_get(root, "events"), i, ev) {
		if (strcmp(json_string_value(json_object_get(ev, "type")), "summit") != 0)
			continue;
		parts = json_object_get(ev, "participants");
		assert_int_equal(json_array_size(parts), 5);
		assert_string_equal(json_string_value(json_object_get(json_array_get(parts, 0), "id")), "oda-renk");
		assert_string_equal(json_string_value(json_object_get(json_array_get(parts, 0), "role")), "host");
		assert_string_equal(json_string_value(json_object_get(json_array_get(parts, 4), "label")), "Nell <Sarta>");
		assert_string_equal(json_string_value(json_object_get(ev, "place")), "Port Elvar");
		assert_string_equal(json_string_value(json_object_get(ev, "date")), "2025-02-03");
	}
	json_decref(root);
	kg_graph_free(g);
	kg_facts_free(f);
}

/* Writes g, reads it back (asserting the same bytes) and returns the JSON of the selection of ego and
 * its neighbours in the graph read back (caller frees). */
static char *reread_and_select(const kg_graph *g, const char *ego)
{
	kg_graph *back = NULL, *sel = NULL;
	kg_draw_opts opts = { 0 };
	kg_error err;
	char path[64];
	char *first, *second, *third;

	first = capture(kg_graph_write_json, g);
	temp_file(path, ".json", first);
	assert_int_equal(kg_graph_load_json(&back, path, &err), KG_OK);
	second = capture(kg_graph_write_json, back);
	assert_string_equal(second, first);
	opts.ego = ego;
	opts.depth = 1;
	assert_int_equal(kg_graph_select(&sel, back, &opts, &err), KG_OK);
	third = capture(kg_graph_write_json, sel);
	unlink(path);
	free(first);
	free(second);
	kg_graph_free(sel);
	kg_graph_free(back);
	return third;
}

static void test_graph__reads_back_events_and_dates_from_graph_json_byte_for_byte(void **state)
{
	kg_facts *f = dated_facts();
	kg_graph *g = NULL;
	kg_error err;
	char *sel;

	(void)state;
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	/* a selection keeps the events of the nodes it keeps, without the others */
	sel = reread_and_select(g, "Pel Durr");
	assert_non_null(strstr(sel, "\"events\":["));
	assert_null(strstr(sel, "ilse-varo\",\"label"));
	free(sel);
	kg_graph_free(g);
	kg_facts_free(f);
}

/* dated_facts with their documents: a1 has a URL, a date and a headline with markup, a2 only a date,
 * a9 is cited by nothing. */
static kg_facts *facts_with_documents(void)
{
	static const kg_docref docs[] = {
		{ "a9", "https://example.org/unused", "2025-01-01", NULL },
		{ "a1", "https://example.org/2025/summit?x=1&y=\"2\"", "2025-02-03", "Summit <b>opens</b>" },
		{ "a2", NULL, "2025-03-10", NULL },
		{ "a1", "https://example.org/other", NULL, NULL }, /* the first of a name wins */
	};
	kg_facts *f = dated_facts();

	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		assert_int_equal(kg_facts_add_doc(f, &docs[i]), KG_OK);
	return f;
}

static void test_graph__lists_the_documents_its_evidence_cites_with_url_date_and_title(void **state)
{
	kg_facts *f = facts_with_documents(), *plain = dated_facts();
	kg_graph *g = NULL, *none = NULL;
	kg_error err;
	json_t *root, *docs, *d;
	char *sel, *undocumented;

	(void)state;
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	root = edges_json(g);
	docs = json_object_get(root, "documents");
	/* the documents known and cited: a1 and a2; a9 is cited by nothing */
	assert_int_equal(json_array_size(docs), 2);
	d = json_array_get(docs, 0);
	assert_string_equal(json_string_value(json_object_get(d, "id")), "a1");
	assert_string_equal(json_string_value(json_object_get(d, "url")), "https://example.org/2025/summit?x=1&y=\"2\"");
	assert_string_equal(json_string_value(json_object_get(d, "date")), "2025-02-03");
	assert_string_equal(json_string_value(json_object_get(d, "title")), "Summit <b>opens</b>");
	d = json_array_get(docs, 1);
	assert_string_equal(json_string_value(json_object_get(d, "id")), "a2");
	assert_null(json_object_get(d, "url"));
	json_decref(root);
	/* read back byte for byte; a selection keeps the documents of what it keeps */
	sel = reread_and_select(g, "Pel Durr");
	assert_non_null(strstr(sel, "\"documents\":["));
	assert_non_null(strstr(sel, "example.org\\/2025\\/summit"));
	/* facts with no document metadata write graph.json as before: no documents list */
	assert_int_equal(kg_graph_new(&none, plain, &err), KG_OK);
	undocumented = capture(kg_graph_write_json, none);
	assert_null(strstr(undocumented, "\"documents\""));
	free(sel);
	free(undocumented);
	kg_graph_free(none);
	kg_graph_free(g);
	kg_facts_free(f);
	kg_facts_free(plain);
}

static void test_graph__a_period_keeps_what_is_dated_in_it_and_a_partial_date_covers_its_period(void **state)
{
	kg_facts *f = dated_facts();
	kg_graph *g = NULL, *p = NULL;
	kg_error err;
	char *text;
	size_t i;
	json_t *root, *e;

	(void)state;
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	/* March: the call (2025-03-10) and the meeting of 2025-03; not the summit, not the undated fact */
	assert_int_equal(kg_graph_period(&p, g, "2025-03", "2025-03", &err), KG_OK);
	text = capture(kg_graph_write_json, p);
	root = json_loads(text, 0, NULL);
	assert_non_null(root);
	assert_int_equal(json_array_size(json_object_get(root, "edges")), 2);
	assert_int_equal(json_array_size(json_object_get(root, "events")), 2);
	assert_int_equal(kg_graph_node_count(p), 3); /* Renk, Varo, Harrow */
	e = edge_between(root, "bo-harrow", "oda-renk");
	assert_int_equal(json_integer_value(json_object_get(e, "weight")), 1);
	assert_string_equal(json_string_value(json_object_get(e, "first")), "2025-03");
	assert_int_equal(json_array_size(json_object_get(e, "events")), 1);
	json_decref(root);
	free(text);
	kg_graph_free(p);
	/* a day inside the month of a month-dated fact keeps it */
	assert_int_equal(kg_graph_period(&p, g, "2025-03-15", NULL, &err), KG_OK);
	text = capture(kg_graph_write_json, p);
	root = json_loads(text, 0, NULL);
	json_array_foreach(json_object_get(root, "edges"), i, e)
		assert_string_equal(json_string_value(json_object_get(e, "relation")), "meet");
	assert_int_equal(json_array_size(json_object_get(root, "edges")), 1);
	json_decref(root);
	free(text);
	kg_graph_free(p);
	/* a year */
	assert_int_equal(kg_graph_period(&p, g, "2025", "2025", &err), KG_OK);
	assert_int_equal(kg_graph_edge_count(p), 11); /* ten summit pairs (one with the meeting) and the call */
	kg_graph_free(p);
	/* nothing in 2024 */
	assert_int_equal(kg_graph_period(&p, g, NULL, "2024", &err), KG_OK);
	assert_int_equal(kg_graph_edge_count(p), 0);
	assert_int_equal(kg_graph_node_count(p), 0);
	kg_graph_free(p);
	/* bad periods say the formats */
	assert_int_equal(kg_graph_period(&p, g, "2025-02-30", NULL, &err), KG_EINVAL);
	assert_null(p);
	assert_non_null(strstr(err.text, "YYYY-MM-DD, YYYY-MM or YYYY"));
	assert_string_equal(err.source, "--since");
	assert_int_equal(kg_graph_period(&p, g, "2025-03", "2025-02", &err), KG_EINVAL);
	assert_non_null(strstr(err.text, "empty"));
	kg_graph_free(g);
	kg_facts_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph__merges_repeated_facts_into_one_weighted_edge),
		cmocka_unit_test(test_graph__stores_a_symmetric_fact_written_both_ways_as_one_edge),
		cmocka_unit_test(test_graph__keeps_directed_relations_in_both_directions_apart),
		cmocka_unit_test(test_graph__marks_an_edge_planned_only_when_every_evidence_is_planned),
		cmocka_unit_test(test_graph__gives_names_with_the_same_slug_distinct_ids),
		cmocka_unit_test(test_graph__keeps_entity_aliases_types_and_merge_log),
		cmocka_unit_test(test_graph__does_not_depend_on_the_order_of_facts),
		cmocka_unit_test(test_graph__builds_an_empty_graph_from_no_facts),
		cmocka_unit_test(test_graph__refuses_no_facts_with_an_error),
		cmocka_unit_test(test_graph__lists_events_and_gives_each_derived_edge_its_events_and_dates),
		cmocka_unit_test(test_graph__reads_back_events_and_dates_from_graph_json_byte_for_byte),
		cmocka_unit_test(test_graph__lists_the_documents_its_evidence_cites_with_url_date_and_title),
		cmocka_unit_test(test_graph__a_period_keeps_what_is_dated_in_it_and_a_partial_date_covers_its_period),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
