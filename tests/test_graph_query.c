/* test_graph_query.c: name resolution and the linked / neighbours / path / events queries with evidence. */
#include "test_graph_fixture.h"

#include <jansson.h>

#define P KG_TYPE_PERSON
#define O KG_TYPE_ORG
#define L KG_TYPE_PLACE

static const fact news[] = {
	{ "Antony Blinken", P, "meet", "Andrii Sybiha", P, "d1", 0, 0, "Blinken met Sybiha in Kyiv on Tuesday.", NULL, NULL },
	{ "Andrii Sybiha", P, "meet", "Antony Blinken", P, "d2", 4, 300, "Sybiha and Blinken met again.", NULL, NULL },
	{ "Antony Blinken", P, "meet", "David Lammy", P, "d1", 2, 120, "Blinken met Lammy.", NULL, NULL },
	{ "Antony Blinken", P, "meet", "Mia Kovac", P, "d3", 1, 40, "Blinken will meet Kovac next week.", "planned", NULL },
	{ "Antony Blinken", P, "holds_position", "United States", L, "d1", 0, 0, "US Secretary of State Blinken.", NULL, "Secretary of State" },
	{ "David Lammy", P, "visits", "Kyiv", L, "d1", 3, 200, "Lammy arrived in Kyiv.", NULL, NULL },
	{ "Jane Smith", P, "leads", "Acme Corp", O, "d4", 0, 0, "Jane Smith leads Acme.", NULL, NULL },
	{ "John Smith", P, "advises", "Acme Corp", O, "d4", 1, 30, "John Smith advises Acme.", NULL, NULL },
	{ "Volodymyr Zelensk\xc3\xbd", P, "meet", "David Lammy", P, "d5", 0, 0, "Zelensky met Lammy.", NULL, NULL },
};

static kg_graph *news_graph(void)
{
	kg_facts *f = facts_of(news, sizeof(news) / sizeof(news[0]));
	kg_graph *g = NULL;
	kg_error err;

	assert_int_equal(kg_facts_add_entity(f, "Antony Blinken", P, "Tony Blinken", 1, NULL), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	return g;
}

static const char *label_of(const kg_graph *g, size_t i)
{
	kg_node_info info;

	assert_int_equal(kg_graph_node(g, i, &info), KG_OK);
	return info.label;
}

/* Runs q, checks that it returns rc with n results, and returns its output (caller frees); err gets
 * what went wrong. */
static char *ask(const kg_graph *g, const kg_query *q, kg_query_format fmt, int rc, size_t n, kg_error *err)
{
	char *buf = NULL, *out;
	size_t len = 0, found = 99;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	assert_int_equal(kg_graph_query(g, q, fmt, fp, &found, err), rc);
	assert_int_equal(found, n);
	fclose(fp);
	/* a copy: GCC takes a pointer into buf, whose address open_memstream kept, for one to the local */
	out = strdup(buf);
	free(buf);
	assert_non_null(out);
	return out;
}

static void test_graph__finds_blinken_through_the_surname(void **state)
{
	kg_graph *g = news_graph();
	size_t i;

	(void)state;
	assert_int_equal(kg_graph_find(g, "blinken", &i), KG_OK);
	assert_string_equal(label_of(g, i), "Antony Blinken");
	assert_int_equal(kg_graph_find(g, "ANTONY  blinken", &i), KG_OK);
	assert_string_equal(label_of(g, i), "Antony Blinken");
	assert_int_equal(kg_graph_find(g, "tony blinken", &i), KG_OK); /* an alias */
	assert_string_equal(label_of(g, i), "Antony Blinken");
	assert_int_equal(kg_graph_find(g, "antony-blinken", &i), KG_OK); /* the id */
	assert_string_equal(label_of(g, i), "Antony Blinken");
	kg_graph_free(g);
}

static void test_graph__finds_names_ignoring_case_punctuation_and_diacritics(void **state)
{
	kg_graph *g = news_graph();
	size_t i;

	(void)state;
	assert_int_equal(kg_graph_find(g, "volodymyr zelensky", &i), KG_OK);
	assert_string_equal(label_of(g, i), "Volodymyr Zelensk\xc3\xbd");
	assert_int_equal(kg_graph_find(g, "Zelensky", &i), KG_OK);
	assert_int_equal(kg_graph_find(g, "united states.", &i), KG_OK);
	assert_string_equal(label_of(g, i), "United States");
	assert_int_equal(kg_graph_find(g, "Boris Nobody", &i), KG_ENOTFOUND);
	assert_int_equal(kg_graph_find(g, "", &i), KG_ENOTFOUND);
	kg_graph_free(g);
}

static void test_graph__refuses_an_ambiguous_surname_and_names_the_candidates(void **state)
{
	kg_graph *g = news_graph();
	kg_query q = { KG_QUERY_LINKED, "smith", NULL, "any", 0 };
	kg_error err;
	size_t i;
	char *out;

	(void)state;
	assert_int_equal(kg_graph_find(g, "smith", &i), KG_ENOTFOUND);
	out = ask(g, &q, KG_QUERY_TABLE, KG_ENOTFOUND, 0, &err);
	assert_non_null(strstr(err.text, "ambiguous: "));
	assert_non_null(strstr(err.text, "Jane Smith"));
	assert_non_null(strstr(err.text, "John Smith"));
	free(out);
	kg_graph_free(g);
}

static void test_graph__answers_who_met_blinken_with_evidence(void **state)
{
	kg_graph *g = news_graph();
	kg_query q = { KG_QUERY_LINKED, "blinken", NULL, NULL, 0 };
	kg_error err;
	/* Sybiha (twice), Lammy; the planned meeting left out */
	char *out = ask(g, &q, KG_QUERY_TABLE, KG_OK, 2, &err);

	(void)state;
	assert_non_null(strstr(out, "Andrii Sybiha"));
	assert_non_null(strstr(out, "Blinken met Sybiha in Kyiv on Tuesday."));
	assert_non_null(strstr(out, "David Lammy"));
	assert_null(strstr(out, "Mia Kovac"));
	assert_null(strstr(out, "United States"));
	/* heavier edge first */
	assert_true(strstr(out, "Andrii Sybiha") < strstr(out, "David Lammy"));
	free(out);

	q.include_planned = 1;
	out = ask(g, &q, KG_QUERY_TABLE, KG_OK, 3, &err);
	assert_non_null(strstr(out, "Mia Kovac"));
	assert_non_null(strstr(out, "(planned)"));
	free(out);
	kg_graph_free(g);
}

static void test_graph__writes_one_json_line_per_result_with_full_evidence(void **state)
{
	kg_graph *g = news_graph();
	kg_query q = { KG_QUERY_LINKED, "Sybiha", NULL, "meet", 0 };
	kg_error err;
	char *out = ask(g, &q, KG_QUERY_JSONL, KG_OK, 1, &err);
	size_t nl = strcspn(out, "\n");
	json_error_t je;
	json_t *o, *ev;

	(void)state;
	assert_int_equal(out[nl], '\n'); /* one line, and nothing after it */
	assert_int_equal(out[nl + 1], '\0');
	o = json_loads(out, 0, &je);
	assert_non_null(o);
	assert_string_equal(json_string_value(json_object_get(json_object_get(o, "node"), "label")), "Antony Blinken");
	ev = json_object_get(json_object_get(o, "edge"), "evidence");
	assert_int_equal(json_array_size(ev), 2);
	assert_string_equal(json_string_value(json_object_get(json_array_get(ev, 1), "text")), "Sybiha and Blinken met again.");
	json_decref(o);
	free(out);
	kg_graph_free(g);
}

static void test_graph__lists_neighbours_by_any_relation(void **state)
{
	kg_graph *g = news_graph();
	kg_query q = { KG_QUERY_NEIGHBOURS, "Lammy", NULL, NULL, 0 };
	kg_error err;
	char *out = ask(g, &q, KG_QUERY_TABLE, KG_OK, 3, &err); /* Blinken, Kyiv, Zelensky */

	(void)state;
	assert_non_null(strstr(out, "-visits->"));
	assert_non_null(strstr(out, "Kyiv"));
	free(out);
	kg_graph_free(g);
}

static void test_graph__finds_the_shortest_path_with_one_evidence_per_hop(void **state)
{
	kg_graph *g = news_graph();
	kg_query q = { KG_QUERY_PATH, "sybiha", "kyiv", NULL, 0 };
	kg_error err;
	char *out = ask(g, &q, KG_QUERY_TABLE, KG_OK, 3, &err); /* Sybiha - Blinken - Lammy -> Kyiv */

	(void)state;
	assert_non_null(strstr(out, "Lammy arrived in Kyiv."));
	assert_non_null(strstr(out, "Blinken met Lammy."));
	free(out);

	q.relations = "meet"; /* Kyiv is only reached by visits */
	out = ask(g, &q, KG_QUERY_JSONL, KG_OK, 0, &err);
	assert_string_equal(out, "");
	free(out);

	q.y = NULL;
	out = ask(g, &q, KG_QUERY_TABLE, KG_EINVAL, 0, &err);
	free(out);
	kg_graph_free(g);
}

static void test_graph__keeps_control_characters_out_of_the_table(void **state)
{
	const fact xs[] = {
		{ "Ann Lee", P, "meet", "Bo\x1b[2J Chan", P, "d\n1", 0, 0, "Evil\x1b]0;title\x07 text\nhere", NULL, NULL },
	};
	kg_graph *g = graph_of(xs, 1);
	kg_query q = { KG_QUERY_LINKED, "ann lee", NULL, NULL, 0 };
	kg_error err;
	char *out = ask(g, &q, KG_QUERY_TABLE, KG_OK, 1, &err);

	(void)state;
	assert_null(strchr(out, '\x1b'));
	assert_null(strchr(out, '\x07'));
	assert_non_null(strstr(out, "text here"));
	free(out);
	kg_graph_free(g);
}

static void test_graph__queries_on_an_empty_graph_find_no_one(void **state)
{
	kg_graph *g = graph_of(NULL, 0);
	kg_query q = { KG_QUERY_LINKED, "anyone", NULL, NULL, 0 };
	kg_error err;
	size_t i;
	char *out = ask(g, &q, KG_QUERY_TABLE, KG_ENOTFOUND, 0, &err);

	(void)state;
	assert_non_null(strstr(err.text, "anyone"));
	assert_int_equal(kg_graph_find(g, "anyone", &i), KG_ENOTFOUND);
	free(out);
	kg_graph_free(g);
}

static void test_graph__events_say_how_long_they_lasted_beside_their_date(void **state)
{
	kg_facts *f = lasting_facts();
	kg_graph *g = NULL;
	kg_query calls = { KG_QUERY_EVENTS, "Ivo Stask", NULL, "speak_with", 0 };
	kg_query meetings = { KG_QUERY_EVENTS, "Ivo Stask", NULL, "meet", 0 };
	kg_error err;
	char *table, *lines;
	json_error_t je;
	json_t *first, *second;

	(void)state;
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	/* the table: the length in words after the date; a call the text gives no length has its date only */
	table = ask(g, &calls, KG_QUERY_TABLE, KG_OK, 2, &err);
	assert_non_null(strstr(table, "\nDATE                    TYPE  "));
	assert_non_null(strstr(table, "\n2025-03-20, 45 minutes  call  "));
	assert_non_null(strstr(table, "\n2025-03-27              call  "));
	free(table);
	table = ask(g, &meetings, KG_QUERY_TABLE, KG_OK, 1, &err);
	assert_non_null(strstr(table, "\n2025-04, days  meeting  "));
	free(table);
	/* JSON Lines: the event's ISO 8601 duration, no member when it has none */
	lines = ask(g, &calls, KG_QUERY_JSONL, KG_OK, 2, &err);
	first = json_loads(lines, JSON_DISABLE_EOF_CHECK, &je);
	assert_non_null(first);
	second = json_loads(strchr(lines, '\n') + 1, 0, &je);
	assert_non_null(second);
	assert_string_equal(json_string_value(json_object_get(json_object_get(first, "event"), "duration")), "PT45M");
	assert_string_equal(json_string_value(json_object_get(json_object_get(second, "event"), "date")), "2025-03-27");
	assert_null(json_object_get(json_object_get(second, "event"), "duration"));
	json_decref(first);
	json_decref(second);
	free(lines);
	kg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph__finds_blinken_through_the_surname),
		cmocka_unit_test(test_graph__finds_names_ignoring_case_punctuation_and_diacritics),
		cmocka_unit_test(test_graph__refuses_an_ambiguous_surname_and_names_the_candidates),
		cmocka_unit_test(test_graph__answers_who_met_blinken_with_evidence),
		cmocka_unit_test(test_graph__writes_one_json_line_per_result_with_full_evidence),
		cmocka_unit_test(test_graph__lists_neighbours_by_any_relation),
		cmocka_unit_test(test_graph__finds_the_shortest_path_with_one_evidence_per_hop),
		cmocka_unit_test(test_graph__keeps_control_characters_out_of_the_table),
		cmocka_unit_test(test_graph__queries_on_an_empty_graph_find_no_one),
		cmocka_unit_test(test_graph__events_say_how_long_they_lasted_beside_their_date),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
