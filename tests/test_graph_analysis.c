/* test_graph_analysis.c: centralities, components and communities on small graphs with known answers. */
#include "test_graph_fixture.h"

#define P KG_TYPE_PERSON

/* A fact "a meet b" with its own evidence sentence. */
static fact meet(const char *a, const char *b, long sentence)
{
	fact x = { a, P, "meet", b, P, "d", sentence, (size_t)sentence * 100, "They met.", NULL, NULL };
	return x;
}

static kg_node_info info_of(const kg_graph *g, const char *id)
{
	kg_node_info info;

	assert_int_equal(kg_graph_node(g, node_by_id(g, id), &info), KG_OK);
	return info;
}

static void test_graph__ranks_the_centre_of_a_star_first(void **state)
{
	const char *leaves[] = { "b", "c", "d", "e", "f" };
	fact xs[6];
	kg_graph *g;
	kg_node_info hub, leaf;
	kg_error err;

	(void)state;
	for (size_t i = 0; i < 5; i++)
		xs[i] = meet("hub", leaves[i], (long)i);
	xs[5] = meet("b", "c", 9);
	g = graph_of(xs, 6);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	hub = info_of(g, "hub");
	for (size_t i = 0; i < 5; i++) {
		leaf = info_of(g, leaves[i]);
		assert_true(hub.pagerank > leaf.pagerank);
		assert_true(hub.betweenness > leaf.betweenness);
		assert_true(hub.harmonic > leaf.harmonic);
		assert_true(hub.eigenvector >= leaf.eigenvector);
	}
	assert_true(hub.degree == 5.0);
	leaf = info_of(g, "d");
	assert_true(leaf.betweenness == 0.0);
	assert_true(hub.eigenvector > 0.999 && hub.eigenvector <= 1.0);
	kg_graph_free(g);
}

/* Two 4-cliques {a1..a4} and {b1..b4} joined by a4 - b1. */
static kg_graph *two_cliques(void)
{
	const char *a[] = { "a1", "a2", "a3", "a4" }, *b[] = { "b1", "b2", "b3", "b4" };
	fact xs[13];
	size_t n = 0;

	for (size_t i = 0; i < 4; i++) {
		for (size_t j = i + 1; j < 4; j++) {
			xs[n] = meet(a[i], a[j], (long)n);
			n++;
			xs[n] = meet(b[i], b[j], (long)n);
			n++;
		}
	}
	xs[n] = meet("a4", "b1", (long)n);
	n++;
	return graph_of(xs, n);
}

static void test_graph__finds_two_communities_in_two_joined_cliques(void **state)
{
	kg_graph *g = two_cliques();
	kg_error err;
	const char *a[] = { "a1", "a2", "a3", "a4" }, *b[] = { "b1", "b2", "b3", "b4" };

	(void)state;
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	for (size_t i = 0; i < 4; i++) {
		/* equal sizes: community 0 is the one holding the smallest id */
		assert_int_equal(info_of(g, a[i]).community, 0);
		assert_int_equal(info_of(g, b[i]).community, 1);
		assert_int_equal(info_of(g, a[i]).component, 0);
		assert_int_equal(info_of(g, b[i]).component, 0);
	}
	/* the bridge ends carry all shortest paths between the cliques */
	assert_true(info_of(g, "a4").betweenness > info_of(g, "a1").betweenness);
	assert_true(info_of(g, "b1").betweenness > info_of(g, "b4").betweenness);
	kg_graph_free(g);
}

static void test_graph__gives_the_same_communities_for_the_same_seed(void **state)
{
	kg_graph *g1 = two_cliques(), *g2 = two_cliques();
	kg_analysis_opts opts = { 7, 20000 };
	kg_error err;
	char *j1, *j2;

	(void)state;
	assert_int_equal(kg_graph_analyze(g1, &opts, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(g2, &opts, &err), KG_OK);
	j1 = capture(kg_graph_write_json, g1);
	j2 = capture(kg_graph_write_json, g2);
	assert_string_equal(j1, j2);
	free(j1);
	free(j2);
	kg_graph_free(g1);
	kg_graph_free(g2);
}

static void test_graph__numbers_components_by_size(void **state)
{
	const fact xs[] = { meet("x", "y", 0), meet("p", "q", 1), meet("q", "r", 2) };
	kg_facts *f = facts_of(xs, 3);
	kg_graph *g = NULL;
	kg_error err;

	(void)state;
	assert_int_equal(kg_facts_add_entity(f, "alone", P, NULL, 1, NULL), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	assert_int_equal(info_of(g, "p").component, 0);
	assert_int_equal(info_of(g, "r").component, 0);
	assert_int_equal(info_of(g, "x").component, 1);
	assert_int_equal(info_of(g, "alone").component, 2);
	assert_true(info_of(g, "alone").eigenvector == 0.0);
	assert_true(info_of(g, "alone").degree == 0.0);
	assert_true(info_of(g, "q").pagerank > info_of(g, "alone").pagerank);
	kg_graph_free(g);
	kg_facts_free(f);
}

static void test_graph__sampled_betweenness_with_every_node_as_pivot_is_exact(void **state)
{
	const fact xs[] = { meet("n0", "n1", 0), meet("n1", "n2", 1), meet("n2", "n3", 2), meet("n3", "n4", 3),
			    meet("n4", "n5", 4), meet("n2", "n5", 5), meet("n0", "n1", 6), meet("m0", "m1", 7),
			    meet("n1", "n6", 8), meet("n6", "n3", 9) };
	kg_graph *ge = graph_of(xs, 10), *gs = graph_of(xs, 10);
	kg_analysis_opts exact = { 42, 20000 }, sampled = { 42, 2 };
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_analyze(ge, &exact, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(gs, &sampled, &err), KG_OK);
	for (size_t i = 0; i < kg_graph_node_count(ge); i++) {
		kg_node_info a, b;
		assert_int_equal(kg_graph_node(ge, i, &a), KG_OK);
		assert_int_equal(kg_graph_node(gs, i, &b), KG_OK);
		assert_true(a.betweenness - b.betweenness < 1e-9 && b.betweenness - a.betweenness < 1e-9);
		assert_true(a.harmonic - b.harmonic < 1e-9 && b.harmonic - a.harmonic < 1e-9);
	}
	assert_true(info_of(ge, "n2").betweenness > info_of(ge, "n0").betweenness);
	kg_graph_free(ge);
	kg_graph_free(gs);
}

static void test_graph__reads_more_evidence_as_a_shorter_distance(void **state)
{
	/* x reaches z through y1 (3 sentences each hop) or y2 (1 sentence each): only y1 is on the
	 * shortest path */
	const fact xs[] = { meet("x", "y1", 0), meet("x", "y1", 1), meet("x", "y1", 2),
			    meet("y1", "z", 3), meet("y1", "z", 4), meet("y1", "z", 5),
			    meet("x", "y2", 6), meet("y2", "z", 7) };
	kg_graph *g = graph_of(xs, 8);
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	assert_true(info_of(g, "y1").betweenness > 0.0);
	assert_true(info_of(g, "y2").betweenness == 0.0);
	assert_true(info_of(g, "y1").weighted_degree == 6.0);
	kg_graph_free(g);
}

static void test_graph__analyses_a_graph_without_edges(void **state)
{
	kg_facts *f = NULL;
	kg_graph *g = NULL;
	kg_error err;

	(void)state;
	assert_int_equal(kg_facts_new(&f), KG_OK);
	assert_int_equal(kg_facts_add_entity(f, "one", P, NULL, 1, NULL), KG_OK);
	assert_int_equal(kg_facts_add_entity(f, "two", P, NULL, 1, NULL), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	assert_true(info_of(g, "one").pagerank > 0.49 && info_of(g, "one").pagerank < 0.51);
	assert_true(info_of(g, "one").eigenvector == 0.0);
	assert_int_equal(info_of(g, "one").community, 0);
	assert_int_equal(info_of(g, "two").community, 1);
	assert_int_equal(info_of(g, "two").component, 1);
	kg_graph_free(g);
	kg_facts_free(f);
}

static void test_graph__analyses_an_empty_graph(void **state)
{
	kg_graph *g = graph_of(NULL, 0);
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(NULL, NULL, &err), KG_EINVAL);
	kg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph__ranks_the_centre_of_a_star_first),
		cmocka_unit_test(test_graph__finds_two_communities_in_two_joined_cliques),
		cmocka_unit_test(test_graph__gives_the_same_communities_for_the_same_seed),
		cmocka_unit_test(test_graph__numbers_components_by_size),
		cmocka_unit_test(test_graph__sampled_betweenness_with_every_node_as_pivot_is_exact),
		cmocka_unit_test(test_graph__reads_more_evidence_as_a_shorter_distance),
		cmocka_unit_test(test_graph__analyses_a_graph_without_edges),
		cmocka_unit_test(test_graph__analyses_an_empty_graph),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
