/* test_cli_eval.c: kg eval's scorer (src/cli/eval.c, linked from kg_cli) on small gold files and graphs
 * written to temporary files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../src/cli/eval.h"

/* A gold file of three people, a country, an organisation and their relations. */
static const char gold_basic[] =
	"{\"kind\":\"meta\",\"name\":\"test\"}\n"
	"{\"kind\":\"entity\",\"name\":\"Ann Lee\",\"type\":\"PERSON\",\"aliases\":[\"Lee\"]}\n"
	"{\"kind\":\"entity\",\"name\":\"Bo Diaz\",\"type\":\"PERSON\",\"aliases\":[\"Diaz\"]}\n"
	"{\"kind\":\"entity\",\"name\":\"Cy Moss\",\"type\":\"PERSON\"}\n"
	"{\"kind\":\"entity\",\"name\":\"Freedonia\",\"type\":\"PLACE\"}\n"
	"{\"kind\":\"entity\",\"name\":\"Acme\",\"type\":\"ORG\",\"optional\":true}\n"
	"\n"
	"{\"kind\":\"relation\",\"subject\":\"Ann Lee\",\"predicate\":\"meet\",\"object\":\"Bo Diaz\"}\n"
	"{\"kind\":\"relation\",\"subject\":\"Ann Lee\",\"predicate\":\"holds_position\",\"object\":\"Freedonia\","
	"\"title\":\"Foreign Minister\"}\n"
	"{\"kind\":\"relation\",\"subject\":\"Cy Moss\",\"predicate\":\"leads\",\"object\":\"Acme\",\"optional\":true}\n";

/* Nodes of the perfect graph for gold_basic. */
#define NODES_BASIC \
	"{\"id\":\"a\",\"label\":\"Ann Lee\",\"type\":\"PERSON\",\"aliases\":[\"Lee\"]}," \
	"{\"id\":\"b\",\"label\":\"Bo Diaz\",\"type\":\"PERSON\"}," \
	"{\"id\":\"c\",\"label\":\"Cy Moss\",\"type\":\"PERSON\"}," \
	"{\"id\":\"f\",\"label\":\"Freedonia\",\"type\":\"GPE\"}"

/* Temporary files of one test. */
typedef struct files {
	char gold[64];  /* path of the gold file */
	char graph[64]; /* path of the graph */
} files;

/* Writes text to a new temporary file whose name goes to path. */
static void write_temp(char *path, size_t size, const char *text)
{
	int fd;
	FILE *fp;

	snprintf(path, size, "/tmp/kg-test-eval-XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	assert_non_null(fp);
	fputs(text, fp);
	assert_int_equal(fclose(fp), 0);
}

/* Scores graph against gold; the result must be freed with done(). */
static kg_eval_result *score(files *f, const char *gold, const char *graph)
{
	kg_eval_result *r = NULL;
	kg_error err = { 0 };

	write_temp(f->gold, sizeof(f->gold), gold);
	write_temp(f->graph, sizeof(f->graph), graph);
	if (kg_eval_score_files(&r, f->gold, f->graph, &err) < 0)
		fail_msg("scoring failed: %s:%ld: %s", err.source, err.line, err.text);
	return r;
}

static void done(files *f, kg_eval_result *r)
{
	unlink(f->gold);
	unlink(f->graph);
	kg_eval_result_free(r);
}

/* The report of r as one string (caller frees). */
static char *report(const kg_eval_result *r, int verbose, int json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	kg_eval_print(r, fp, verbose);
	if (json)
		kg_eval_print_json(r, fp);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

static void test_eval__scores_a_perfect_graph_one(void **state)
{
	files f;
	kg_eval_result *r = score(&f, gold_basic,
				  "{\"nodes\":[" NODES_BASIC "],\"edges\":["
				  "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"meet\"},"
				  "{\"source\":\"a\",\"target\":\"f\",\"relation\":\"holds_position\","
				  "\"attrs\":{\"title\":\"Foreign Minister\"}}]}");
	char *text = report(r, 0, 1);

	(void)state;
	assert_int_equal(r->entities.tp, 4);
	assert_int_equal(r->entities.fp, 0);
	assert_int_equal(r->entities.fn, 0);
	assert_int_equal(r->relations.tp, 2);
	assert_int_equal(r->relations.fp, 0);
	assert_int_equal(r->relations.fn, 0);
	assert_int_equal(r->titles_right, 1);
	assert_int_equal(r->titles_checked, 1);
	assert_string_equal(text,
		"entities   P 1.000  R 1.000  F1 1.000   (tp 4, fp 0, fn 0; duplicates 0, wrong type 0)\n"
		"relations  P 1.000  R 1.000  F1 1.000   (tp 2, fp 0, fn 0; titles right 1/1)\n"
		"  holds_position  P 1.000  R 1.000  F1 1.000   (tp 1, fp 0, fn 0)\n"
		"  meet            P 1.000  R 1.000  F1 1.000   (tp 1, fp 0, fn 0)\n"
		"{\"entity_p\": 1.0, \"entity_r\": 1.0, \"entity_f1\": 1.0, \"duplicates\": 0, \"relation_p\": 1.0, "
		"\"relation_r\": 1.0, \"relation_f1\": 1.0, \"per_relation\": {\"holds_position\": {\"p\": 1.0, \"r\": 1.0, "
		"\"f1\": 1.0, \"tp\": 1, \"fp\": 0, \"fn\": 0}, \"meet\": {\"p\": 1.0, \"r\": 1.0, \"f1\": 1.0, \"tp\": 1, "
		"\"fp\": 0, \"fn\": 0}}}\n");
	free(text);
	done(&f, r);
}

static void test_eval__counts_a_second_node_of_an_entity_as_a_duplicate(void **state)
{
	files f;
	kg_eval_result *r = score(&f, gold_basic,
				  "{\"nodes\":[" NODES_BASIC ",{\"id\":\"d\",\"label\":\"Mr. Diaz\",\"type\":\"PERSON\","
				  "\"aliases\":[\"Diaz\"]}],\"edges\":[]}");

	(void)state;
	assert_int_equal(r->entities.tp, 4);
	assert_int_equal(r->entities.fp, 1);
	assert_int_equal(r->duplicate_nodes.n, 1);
	assert_string_equal(r->duplicate_nodes.v[0], "Mr. Diaz = Bo Diaz");
	assert_int_equal(r->extra_entities.n, 0);
	assert_float_equal(r->entities.p, 0.8, 1e-12);
	done(&f, r);
}

static void test_eval__counts_a_node_of_the_wrong_type_as_a_false_positive(void **state)
{
	files f;
	kg_eval_result *r = score(&f, gold_basic,
				  "{\"nodes\":[{\"id\":\"a\",\"label\":\"Ann Lee\",\"type\":\"ORG\"},"
				  "{\"id\":\"b\",\"label\":\"Bo Diaz\",\"type\":\"PER\"},"
				  "{\"id\":\"x\",\"label\":\"Acme\",\"type\":\"PERSON\"},"
				  "{\"id\":\"u\",\"label\":\"Zed\",\"type\":\"EVENT\"}],\"links\":[]}");

	(void)state;
	assert_int_equal(r->entities.tp, 1);
	assert_int_equal(r->wrong_types.n, 1); /* Acme is optional: its wrong type is not counted */
	assert_string_equal(r->wrong_types.v[0], "Ann Lee (ORG, gold PERSON)");
	assert_int_equal(r->entities.fp, 1);
	assert_int_equal(r->entities.fn, 3);
	assert_int_equal(r->missed_entities.n, 3);
	assert_string_equal(r->missed_entities.v[0], "Ann Lee");
	done(&f, r);
}

static void test_eval__does_not_count_a_found_optional_relation_as_a_false_positive(void **state)
{
	files f;
	kg_eval_result *r = score(&f, gold_basic,
				  "{\"nodes\":[" NODES_BASIC ",{\"id\":\"o\",\"label\":\"ACME\",\"type\":\"ORG\"}],"
				  "\"edges\":[{\"source\":\"c\",\"target\":\"o\",\"relation\":\"leads\"},"
				  "{\"source\":\"b\",\"target\":\"o\",\"relation\":\"leads\"}]}");

	(void)state;
	assert_int_equal(r->entities.tp, 4); /* the optional entity found is no true positive */
	assert_int_equal(r->entities.fp, 0); /* and no false positive */
	assert_int_equal(r->relations.tp, 0);
	assert_int_equal(r->relations.fp, 1);
	assert_string_equal(r->wrong_relations.v[0], "Bo Diaz -leads-> ACME");
	assert_int_equal(r->relations.fn, 2);
	done(&f, r);
}

static void test_eval__matches_meet_either_way_but_not_leads(void **state)
{
	files f;
	kg_eval_result *r = score(&f,
				  "{\"kind\":\"entity\",\"name\":\"Ann Lee\",\"type\":\"PERSON\"}\n"
				  "{\"kind\":\"entity\",\"name\":\"Bo Diaz\",\"type\":\"PERSON\"}\n"
				  "{\"kind\":\"relation\",\"subject\":\"Ann Lee\",\"predicate\":\"meet\",\"object\":\"Bo Diaz\"}\n"
				  "{\"kind\":\"relation\",\"subject\":\"Ann Lee\",\"predicate\":\"speak_with\",\"object\":\"Bo Diaz\"}\n"
				  "{\"kind\":\"relation\",\"subject\":\"Ann Lee\",\"predicate\":\"advises\",\"object\":\"Bo Diaz\"}\n",
				  "{\"nodes\":[{\"id\":1,\"name\":\"Ann Lee\",\"type\":\"PERSON\"},{\"id\":2,\"name\":\"Bo Diaz\","
				  "\"type\":\"PERSON\"}],\"edges\":[{\"source\":2,\"target\":1,\"predicate\":\"MEET\"},"
				  "{\"source\":1.0,\"target\":2,\"relation\":\"speak_with\"},"
				  "{\"source\":2,\"target\":1,\"relation\":\"advises\"}]}");
	char *text = report(r, 1, 0);

	(void)state;
	assert_int_equal(r->relations.tp, 2);
	assert_int_equal(r->relations.fp, 1);
	assert_int_equal(r->relations.fn, 1);
	assert_non_null(strstr(text, "  missed relation: Ann Lee -advises-> Bo Diaz\n"));
	assert_non_null(strstr(text, "  wrong relation: Bo Diaz -advises-> Ann Lee\n"));
	assert_non_null(strstr(text, "  advises         P 0.000  R 0.000  F1 0.000   (tp 0, fp 1, fn 1)\n"));
	free(text);
	done(&f, r);
}

static void test_eval__checks_that_the_edge_title_contains_the_gold_title(void **state)
{
	files f;
	kg_eval_result *r = score(&f,
				  "{\"kind\":\"entity\",\"name\":\"Ann Lee\",\"type\":\"PERSON\"}\n"
				  "{\"kind\":\"entity\",\"name\":\"Bo Diaz\",\"type\":\"PERSON\"}\n"
				  "{\"kind\":\"entity\",\"name\":\"Freedonia\",\"type\":\"PLACE\"}\n"
				  "{\"kind\":\"entity\",\"name\":\"Acme\",\"type\":\"ORG\"}\n"
				  "{\"kind\":\"relation\",\"subject\":\"Ann Lee\",\"predicate\":\"holds_position\","
				  "\"object\":\"Freedonia\",\"title\":\"Foreign Minister\"}\n"
				  "{\"kind\":\"relation\",\"subject\":\"Bo Diaz\",\"predicate\":\"holds_position\","
				  "\"object\":\"Freedonia\",\"title\":\"Prime Minister\"}\n"
				  "{\"kind\":\"relation\",\"subject\":\"Bo Diaz\",\"predicate\":\"holds_position\","
				  "\"object\":\"Acme\",\"title\":\"Chief Executive\"}\n",
				  "{\"nodes\":[{\"id\":\"a\",\"label\":\"Ann Lee\",\"type\":\"PERSON\"},"
				  "{\"id\":\"b\",\"label\":\"Bo Diaz\",\"type\":\"PERSON\"},"
				  "{\"id\":\"f\",\"label\":\"Freedonia\",\"type\":\"PLACE\"},"
				  "{\"id\":\"o\",\"label\":\"Acme\",\"type\":\"ORG\"}],\"edges\":["
				  "{\"source\":\"a\",\"target\":\"f\",\"relation\":\"holds_position\","
				  "\"attrs\":{\"title\":\"Deputy FOREIGN   Minister\"}},"
				  "{\"source\":\"b\",\"target\":\"f\",\"relation\":\"holds_position\",\"title\":\"Minister\"},"
				  "{\"source\":\"b\",\"target\":\"f\",\"relation\":\"holds_position\",\"title\":\"Prime Minister\"},"
				  "{\"source\":\"b\",\"target\":\"o\",\"relation\":\"holds_position\",\"label\":\"chief executive\"}]}");

	(void)state;
	assert_int_equal(r->relations.tp, 3);
	assert_int_equal(r->relations.fp, 0);
	assert_int_equal(r->titles_checked, 3);
	/* Ann's title contains hers; Bo's first edge for Freedonia decides (wrong); the label counts */
	assert_int_equal(r->titles_right, 2);
	done(&f, r);
}

static void test_eval__normalises_names_as_score_py(void **state)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "The U.S.", "us" },
		{ "  Zelenskyy's  ", "zelenskyy" },
		{ "José  Álvarez", "jose alvarez" },
		{ "O\u2019Brien", "o'brien" },
		{ "Al\u2013Thani", "al-thani" },
		{ "\u00a0the\u00a0Hague", "hague" },
		{ "\u0141ukasz \u00d8rsted", "\u0142ukasz \u00f8rsted" }, /* no decomposition: kept, lower-cased */
		{ "Nguy\u1ec5n", "nguyen" },
		{ "\u0130stanbul", "istanbul" },
		{ "\u039f\u0394\u039f\u03a3 \u03a3\u0391", "\u03bf\u03b4\u03bf\u03c2 \u03c3\u03b1" },
		{ "\u0419\u041e", "\u0438\u043e" },
		{ "\ufb01nland", "finland" },
		{ "Dr. No", "dr no" },
		{ "there", "there" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *n = kg_eval_norm_new(cases[i].in);

		assert_non_null(n);
		assert_string_equal(n, cases[i].out);
		free(n);
	}
}

static void test_eval__maps_a_node_by_its_label_before_its_aliases(void **state)
{
	files f;
	kg_eval_result *r = score(&f,
				  "{\"kind\":\"entity\",\"name\":\"Ann Lee\",\"type\":\"PERSON\",\"aliases\":[\"Lee\"]}\n"
				  "{\"kind\":\"entity\",\"name\":\"Tom Lee\",\"type\":\"PERSON\",\"aliases\":[\"Lee\"]}\n",
				  "{\"nodes\":[{\"id\":\"a\",\"label\":\"Ann Lee\",\"type\":\"PERSON\",\"aliases\":[\"Lee\",\"Tom Lee\"]},"
				  "{\"id\":\"l\",\"label\":\"Lee\",\"type\":\"PERSON\"},"
				  "{\"id\":\"t\",\"label\":\"T. Lee\",\"type\":\"PERSON\",\"aliases\":[\"Tom Lee\",\"Lee\"]}],"
				  "\"edges\":[]}");

	(void)state;
	assert_int_equal(r->entities.tp, 1); /* Ann by label; "T. Lee" names Ann and Tom through its aliases */
	assert_int_equal(r->extra_entities.n, 2);
	assert_string_equal(r->extra_entities.v[0], "Lee");
	assert_string_equal(r->extra_entities.v[1], "T. Lee");
	done(&f, r);
}

static void test_eval__lists_relations_outside_the_schema_as_not_scored(void **state)
{
	files f;
	kg_eval_result *r = score(&f, gold_basic,
				  "{\"graph\":{\"nodes\":{\"a\":{\"label\":\"Ann Lee\",\"type\":\"PERSON\"},"
				  "\"b\":{\"label\":\"Bo Diaz\",\"type\":\"person\"}},\"edges\":["
				  "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"Born_In\"},"
				  "{\"source\":\"a\",\"target\":\"b\"},{\"source\":\"a\",\"target\":\"b\",\"relation\":\"born_in\"},"
				  "{\"source\":\"a\",\"target\":\"b\",\"relation\":\"meet\"}]}}");
	char *text = report(r, 0, 0);

	(void)state;
	assert_int_equal(r->entities.tp, 2);
	assert_int_equal(r->relations.tp, 1);
	assert_int_equal(r->relations.fp, 0);
	assert_non_null(strstr(text, "\n  not scored (outside the schema): ? 1, born_in 2\n"));
	free(text);
	done(&f, r);
}

static void test_eval__reports_the_line_of_a_bad_gold_record(void **state)
{
	files f;
	kg_eval_result *r = (kg_eval_result *)&f;
	kg_error err = { 0 };

	(void)state;
	write_temp(f.gold, sizeof(f.gold), "{\"kind\":\"meta\"}\n\n{\"kind\":\"entity\",\"type\":\"PERSON\"}\n");
	write_temp(f.graph, sizeof(f.graph), "{\"nodes\":[],\"edges\":[]}");
	assert_int_equal(kg_eval_score_files(&r, f.gold, f.graph, &err), KG_EPARSE);
	assert_null(r);
	assert_string_equal(err.source, f.gold);
	assert_int_equal(err.line, 3);
	assert_non_null(strstr(err.text, "\"name\""));
	unlink(f.gold);

	write_temp(f.gold, sizeof(f.gold), "{\"kind\":\"meta\"}\r\n{\"kind\": entity}\n");
	assert_int_equal(kg_eval_score_files(&r, f.gold, f.graph, &err), KG_EPARSE);
	assert_int_equal(err.line, 2);
	assert_true(err.column > 0);
	unlink(f.gold);

	write_temp(f.gold, sizeof(f.gold), "");
	unlink(f.graph);
	write_temp(f.graph, sizeof(f.graph), "{\"nodes\":[]}");
	assert_int_equal(kg_eval_score_files(&r, f.gold, f.graph, &err), KG_EPARSE);
	assert_string_equal(err.source, f.graph);
	assert_non_null(strstr(err.text, "'edges'"));
	done(&f, NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eval__scores_a_perfect_graph_one),
		cmocka_unit_test(test_eval__counts_a_second_node_of_an_entity_as_a_duplicate),
		cmocka_unit_test(test_eval__counts_a_node_of_the_wrong_type_as_a_false_positive),
		cmocka_unit_test(test_eval__does_not_count_a_found_optional_relation_as_a_false_positive),
		cmocka_unit_test(test_eval__matches_meet_either_way_but_not_leads),
		cmocka_unit_test(test_eval__checks_that_the_edge_title_contains_the_gold_title),
		cmocka_unit_test(test_eval__normalises_names_as_score_py),
		cmocka_unit_test(test_eval__maps_a_node_by_its_label_before_its_aliases),
		cmocka_unit_test(test_eval__lists_relations_outside_the_schema_as_not_scored),
		cmocka_unit_test(test_eval__reports_the_line_of_a_bad_gold_record),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
