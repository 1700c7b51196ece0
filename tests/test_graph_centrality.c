/* test_graph_centrality.c: kg's own Brandes passes (exact and sampled, threaded) against igraph's
 * betweenness and harmonic centrality on random weighted graphs. */
#include "test_graph_fixture.h"

#include <igraph/igraph.h>
#include <math.h>

/* A random graph: n nodes "v<i>", m pairs (repeats raise the weight), seeded. The first n / 2 pairs
 * are (0, 1), (2, 3)... so that every node is in some fact; in the rest, with skew, the second end is
 * drawn with a bias to small numbers, which makes hubs. */
typedef struct random_graph {
	size_t n;       /* nodes */
	size_t m;       /* pairs drawn */
	size_t *a, *b;  /* the pairs */
} random_graph;

static void random_graph_make(random_graph *r, size_t n, size_t m, unsigned seed, int skew)
{
	r->n = n;
	r->m = m;
	r->a = malloc(m * sizeof(*r->a));
	r->b = malloc(m * sizeof(*r->b));
	assert_non_null(r->a);
	assert_non_null(r->b);
	srand(seed);
	for (size_t i = 0; i < m; i++) {
		if (i < n / 2) {
			r->a[i] = 2 * i;
			r->b[i] = 2 * i + 1;
			continue;
		}
		r->a[i] = (size_t)rand() % n;
		do
			r->b[i] = skew ? (size_t)rand() % n * ((size_t)rand() % n) / n : (size_t)rand() % n;
		while (r->b[i] == r->a[i]);
	}
}

static void random_graph_clear(random_graph *r)
{
	free(r->a);
	free(r->b);
}

/* kg's graph of r: one "meet" fact per pair, each with its own sentence. */
static kg_graph *kg_graph_of(const random_graph *r)
{
	kg_facts *f = NULL;
	kg_graph *g = NULL;
	kg_error err;
	char s[32], o[32];

	assert_int_equal(kg_facts_new(&f), KG_OK);
	for (size_t i = 0; i < r->m; i++) {
		fact x = { s, KG_TYPE_PERSON, "meet", o, KG_TYPE_PERSON, "d", (long)i, 0, "They met.", NULL, NULL };
		snprintf(s, sizeof(s), "v%zu", r->a[i]);
		snprintf(o, sizeof(o), "v%zu", r->b[i]);
		add_fact(f, &x);
	}
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	return g;
}

/* igraph's betweenness and normalised harmonic centrality of r, lengths 1 / (times a pair was drawn),
 * written to bc[i] and harm[i] for node "v<i>". */
static void igraph_measures(const random_graph *r, double *bc, double *harm)
{
	igraph_t g;
	igraph_vector_int_t ends;
	igraph_vector_t len, res;
	size_t *count = calloc(r->n * r->n, sizeof(*count)), ne = 0;

	assert_non_null(count);
	for (size_t i = 0; i < r->m; i++) {
		size_t a = r->a[i] < r->b[i] ? r->a[i] : r->b[i], b = r->a[i] < r->b[i] ? r->b[i] : r->a[i];
		count[a * r->n + b]++;
	}
	assert_int_equal(igraph_vector_int_init(&ends, 0), IGRAPH_SUCCESS);
	assert_int_equal(igraph_vector_init(&len, 0), IGRAPH_SUCCESS);
	assert_int_equal(igraph_vector_init(&res, 0), IGRAPH_SUCCESS);
	for (size_t a = 0; a < r->n; a++) {
		for (size_t b = a + 1; b < r->n; b++) {
			if (!count[a * r->n + b])
				continue;
			assert_int_equal(igraph_vector_int_push_back(&ends, (igraph_integer_t)a), IGRAPH_SUCCESS);
			assert_int_equal(igraph_vector_int_push_back(&ends, (igraph_integer_t)b), IGRAPH_SUCCESS);
			assert_int_equal(igraph_vector_push_back(&len, 1.0 / (double)count[a * r->n + b]), IGRAPH_SUCCESS);
			ne++;
		}
	}
	assert_true(ne > 0);
	assert_int_equal(igraph_create(&g, &ends, (igraph_integer_t)r->n, IGRAPH_UNDIRECTED), IGRAPH_SUCCESS);
	assert_int_equal(igraph_betweenness(&g, &res, igraph_vss_all(), 0, &len), IGRAPH_SUCCESS);
	for (size_t i = 0; i < r->n; i++)
		bc[i] = VECTOR(res)[i];
	assert_int_equal(igraph_harmonic_centrality(&g, &res, igraph_vss_all(), IGRAPH_ALL, &len, 1), IGRAPH_SUCCESS);
	for (size_t i = 0; i < r->n; i++)
		harm[i] = VECTOR(res)[i];
	igraph_destroy(&g);
	igraph_vector_int_destroy(&ends);
	igraph_vector_destroy(&len);
	igraph_vector_destroy(&res);
	free(count);
}

/* The measures of node "v<i>" of g. */
static kg_node_info info_of_index(const kg_graph *g, size_t i)
{
	char id[32];
	kg_node_info info;

	snprintf(id, sizeof(id), "v%zu", i);
	assert_int_equal(kg_graph_node(g, node_by_id(g, id), &info), KG_OK);
	return info;
}

static int close_to(double a, double b)
{
	return fabs(a - b) <= 1e-9 * fmax(1.0, fmax(fabs(a), fabs(b)));
}

/* Checks the exact betweenness and harmonic centrality of each node of r against igraph's; returns 1
 * when some node has a betweenness above 0. */
static int exact_measures_match_igraph(const random_graph *r)
{
	kg_analysis_opts exact = { 42, 100000 };
	kg_graph *g = kg_graph_of(r);
	kg_error err;
	double *bc = malloc(r->n * sizeof(*bc)), *harm = malloc(r->n * sizeof(*harm));
	int some_positive = 0;

	assert_non_null(bc);
	assert_non_null(harm);
	assert_int_equal(kg_graph_analyze(g, &exact, &err), KG_OK);
	igraph_measures(r, bc, harm);
	for (size_t i = 0; i < r->n; i++) {
		kg_node_info info = info_of_index(g, i);
		assert_true(close_to(info.betweenness, bc[i]));
		assert_true(close_to(info.harmonic, harm[i]));
		some_positive |= bc[i] > 0.0;
	}
	kg_graph_free(g);
	free(bc);
	free(harm);
	return some_positive;
}

static void test_graph__exact_betweenness_and_harmonic_match_igraph_on_a_random_weighted_graph(void **state)
{
	random_graph r;

	(void)state;
	random_graph_make(&r, 300, 900, 7, 0); /* repeated pairs give weights 2 and 3: ties and unequal lengths */
	assert_true(exact_measures_match_igraph(&r));
	random_graph_clear(&r);
}

static void test_graph__exact_betweenness_matches_igraph_with_several_components_and_unit_weights(void **state)
{
	random_graph r;

	(void)state;
	/* 200 nodes, 150 pairs: many components; equal lengths make many ties */
	random_graph_make(&r, 200, 150, 11, 0);
	exact_measures_match_igraph(&r);
	random_graph_clear(&r);
}

static void test_graph__sampled_betweenness_finds_the_top_node_and_its_value_within_a_fifth(void **state)
{
	random_graph r;
	kg_analysis_opts sampled = { 42, 10 };
	kg_graph *g;
	kg_error err;
	double bc[1000], harm[1000];
	size_t best_exact = 0, best_sampled = 0, above = 0;
	double top_sampled = -1.0;

	(void)state;
	random_graph_make(&r, 1000, 3000, 3, 1);
	g = kg_graph_of(&r);
	assert_int_equal(kg_graph_analyze(g, &sampled, &err), KG_OK); /* 128 pivots of 1,000 */
	igraph_measures(&r, bc, harm);
	for (size_t i = 0; i < r.n; i++) {
		kg_node_info info = info_of_index(g, i);
		if (bc[i] > bc[best_exact])
			best_exact = i;
		if (info.betweenness > top_sampled) {
			top_sampled = info.betweenness;
			best_sampled = i;
		}
	}
	for (size_t i = 0; i < r.n; i++)
		above += bc[i] > bc[best_sampled];
	/* the node the estimate ranks first is the exact first or second, its value within 20% */
	assert_true(above <= 1);
	assert_true(fabs(top_sampled - bc[best_sampled]) <= 0.2 * bc[best_sampled]);
	assert_true(bc[best_exact] > 0.0);
	kg_graph_free(g);
	random_graph_clear(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph__exact_betweenness_and_harmonic_match_igraph_on_a_random_weighted_graph),
		cmocka_unit_test(test_graph__exact_betweenness_matches_igraph_with_several_components_and_unit_weights),
		cmocka_unit_test(test_graph__sampled_betweenness_finds_the_top_node_and_its_value_within_a_fifth),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
