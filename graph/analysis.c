/* analysis.c: centralities, components and communities with igraph.
 *
 * Degree, weighted degree and weak components come from the directed multigraph (kg_graph's igraph
 * graph, one edge per kg edge). Everything else runs on its undirected simple view: one edge per
 * linked pair, weight = sum of the evidence counts of all edges between the pair (any relation,
 * either direction), loops dropped. Relations in a news graph are
 * mostly symmetric in spirit, and meet/speak_with are stored in an arbitrary canonical direction, so
 * directions would only add noise here. Shortest-path measures read 1/weight as length (a pair seen
 * in many sentences is "closer").
 *
 * Above opts->exact_betweenness_max_nodes nodes, betweenness and harmonic centrality are estimated
 * from KG_PIVOTS random source vertices (Brandes-Pich pivot sampling), both from one weighted
 * Brandes pass per pivot written here (igraph 0.10.2 has no sampled betweenness): betweenness is the
 * contribution of the pivots' shortest paths scaled by n/k, harmonic centrality the mean of 1/d over
 * the pivots. The pivots come from igraph's RNG seeded with opts->seed, so results are repeatable.
 * About 0.2 s per pivot on a million edges. */
#define _GNU_SOURCE /* qsort_r */
#include "graph_priv.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define KG_PIVOTS 128
#define KG_DEFAULT_SEED 42UL
#define KG_DEFAULT_EXACT_MAX 20000

/* Step timings on stderr when the environment has KG_TIMINGS set (bench/run reads them). */
typedef struct step_clock {
	int on;               /* KG_TIMINGS is set */
	struct timespec last; /* end of the previous step */
} step_clock;

static void clock_start(step_clock *c)
{
	c->on = getenv("KG_TIMINGS") != NULL;
	if (c->on)
		clock_gettime(CLOCK_MONOTONIC, &c->last);
}

/* Prints "kg: timing: STEP SECONDS" for the step that just ended. */
static void clock_step(step_clock *c, const char *step)
{
	struct timespec now;

	if (!c->on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	fprintf(stderr, "kg: timing: %s %.6f\n", step,
		(double)(now.tv_sec - c->last.tv_sec) + (double)(now.tv_nsec - c->last.tv_nsec) * 1e-9);
	c->last = now;
}

/* Ends the current step (timed) and starts the next one (NULL: none). */
static void next_step(step_clock *c, const char **step, const char *next)
{
	clock_step(c, *step);
	if (next)
		*step = next;
}

/* The undirected simple weighted view of the graph. */
typedef struct simple_view {
	igraph_t ug;           /* undirected, no multi-edges, no loops */
	int has_ug;            /* ug initialised */
	igraph_vector_t w;     /* weight per edge of ug */
	igraph_vector_t len;   /* 1 / weight */
	igraph_vector_t str;   /* strength per vertex (sum of w) */
	int has_vectors;       /* the three vectors initialised */
	double total;          /* sum of w */
} simple_view;

/* A pair while collapsing. */
typedef struct pair_w {
	size_t a, b; /* a < b */
	double w;    /* summed weight */
} pair_w;

static int cmp_pair(const void *pa, const void *pb)
{
	const pair_w *x = pa, *y = pb;

	if (x->a != y->a)
		return x->a < y->a ? -1 : 1;
	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return 0;
}

static void view_free(simple_view *v)
{
	if (v->has_ug)
		igraph_destroy(&v->ug);
	if (v->has_vectors) {
		igraph_vector_destroy(&v->w);
		igraph_vector_destroy(&v->len);
		igraph_vector_destroy(&v->str);
	}
	memset(v, 0, sizeof(*v));
}

/* Builds the view. Returns KG_ENOMEM or KG_EDEP (caller sets err). */
static int view_build(simple_view *v, const kg_graph *g)
{
	pair_w *pairs = malloc((g->n_edges + 1) * sizeof(*pairs));
	igraph_vector_int_t ends;
	size_t np = 0, nu = 0;
	int rc = KG_OK, have_ends = 0;

	memset(v, 0, sizeof(*v));
	if (!pairs)
		return KG_ENOMEM;
	for (size_t i = 0; i < g->n_edges; i++) {
		const kg_gedge *e = &g->edges[i];
		if (e->src == e->dst)
			continue;
		pairs[np].a = e->src < e->dst ? e->src : e->dst;
		pairs[np].b = e->src < e->dst ? e->dst : e->src;
		pairs[np].w = e->weight > 0 ? e->weight : 1.0;
		np++;
	}
	qsort(pairs, np, sizeof(*pairs), cmp_pair);
	for (size_t i = 0; i < np; i++) {
		if (nu > 0 && cmp_pair(&pairs[nu - 1], &pairs[i]) == 0)
			pairs[nu - 1].w += pairs[i].w;
		else
			pairs[nu++] = pairs[i];
	}
	if (igraph_vector_int_init(&ends, (igraph_integer_t)(2 * nu)) != IGRAPH_SUCCESS) {
		rc = KG_ENOMEM;
		goto done;
	}
	have_ends = 1;
	if (igraph_vector_init(&v->w, (igraph_integer_t)nu) != IGRAPH_SUCCESS) {
		rc = KG_ENOMEM;
		goto done;
	}
	if (igraph_vector_init(&v->len, (igraph_integer_t)nu) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&v->w);
		rc = KG_ENOMEM;
		goto done;
	}
	if (igraph_vector_init(&v->str, (igraph_integer_t)g->n_nodes) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&v->w);
		igraph_vector_destroy(&v->len);
		rc = KG_ENOMEM;
		goto done;
	}
	v->has_vectors = 1;
	for (size_t i = 0; i < nu; i++) {
		VECTOR(ends)[2 * i] = (igraph_integer_t)pairs[i].a;
		VECTOR(ends)[2 * i + 1] = (igraph_integer_t)pairs[i].b;
		VECTOR(v->w)[i] = pairs[i].w;
		VECTOR(v->len)[i] = 1.0 / pairs[i].w;
		VECTOR(v->str)[pairs[i].a] += pairs[i].w;
		VECTOR(v->str)[pairs[i].b] += pairs[i].w;
		v->total += pairs[i].w;
	}
	if (igraph_create(&v->ug, &ends, (igraph_integer_t)g->n_nodes, IGRAPH_UNDIRECTED) != IGRAPH_SUCCESS) {
		rc = KG_EDEP;
		goto done;
	}
	v->has_ug = 1;
done:
	if (have_ends)
		igraph_vector_int_destroy(&ends);
	free(pairs);
	if (rc < 0)
		view_free(v);
	return rc;
}

/* Renumbers a membership so group 0 is the largest, ties broken by the smallest member (node order is
 * id order), and writes it to the nodes through set. */
typedef struct group_key {
	size_t size;  /* members */
	size_t first; /* smallest member index */
	size_t old;   /* igraph's number */
} group_key;

static int cmp_group(const void *pa, const void *pb)
{
	const group_key *a = pa, *b = pb;

	if (a->size != b->size)
		return a->size > b->size ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

static int renumber(kg_graph *g, const igraph_vector_int_t *memb, int community)
{
	size_t n = g->n_nodes, groups = 0;
	group_key *keys;
	size_t *newid;

	for (size_t i = 0; i < n; i++)
		if ((size_t)VECTOR(*memb)[i] + 1 > groups)
			groups = (size_t)VECTOR(*memb)[i] + 1;
	keys = calloc(groups + 1, sizeof(*keys));
	newid = calloc(groups + 1, sizeof(*newid));
	if (!keys || !newid) {
		free(keys);
		free(newid);
		return KG_ENOMEM;
	}
	for (size_t c = 0; c < groups; c++) {
		keys[c].old = c;
		keys[c].first = SIZE_MAX;
	}
	for (size_t i = 0; i < n; i++) {
		group_key *k = &keys[VECTOR(*memb)[i]];
		k->size++;
		if (i < k->first)
			k->first = i;
	}
	qsort(keys, groups, sizeof(*keys), cmp_group);
	for (size_t c = 0; c < groups; c++)
		newid[keys[c].old] = c;
	for (size_t i = 0; i < n; i++) {
		long id = (long)newid[VECTOR(*memb)[i]];
		if (community)
			g->nodes[i].community = id;
		else
			g->nodes[i].component = id;
	}
	free(keys);
	free(newid);
	return KG_OK;
}

/* Copies an igraph result vector into one measure of every node (tiny round-off set to 0). */
static void store(kg_graph *g, const igraph_vector_t *res, size_t offset)
{
	for (size_t i = 0; i < g->n_nodes; i++) {
		double x = VECTOR(*res)[i];
		if (!isfinite(x) || fabs(x) < 1e-12)
			x = 0.0;
		*(double *)((char *)&g->nodes[i] + offset) = x;
	}
}

/* k distinct pivots drawn with igraph's RNG (partial Fisher-Yates), sorted. */
static int draw_pivots(igraph_vector_int_t *pivots, size_t n, size_t k)
{
	igraph_vector_int_t all;

	if (igraph_vector_int_init_range(&all, 0, (igraph_integer_t)n) != IGRAPH_SUCCESS)
		return KG_ENOMEM;
	for (size_t i = 0; i < k; i++) {
		igraph_integer_t j = igraph_rng_get_integer(igraph_rng_default(), (igraph_integer_t)i,
							    (igraph_integer_t)n - 1);
		igraph_integer_t t = VECTOR(all)[i];
		VECTOR(all)[i] = VECTOR(all)[j];
		VECTOR(all)[j] = t;
	}
	if (igraph_vector_int_resize(&all, (igraph_integer_t)k) != IGRAPH_SUCCESS) {
		igraph_vector_int_destroy(&all);
		return KG_ENOMEM;
	}
	igraph_vector_int_sort(&all);
	igraph_vector_int_destroy(pivots);
	*pivots = all;
	return KG_OK;
}

/* Binary min-heap of (distance, vertex) with lazy deletion: stale entries are skipped on pop. */
typedef struct heap_item {
	double key;  /* tentative distance */
	size_t v;    /* vertex */
} heap_item;

static void heap_push(heap_item *h, size_t *n, double key, size_t v)
{
	size_t i = (*n)++;

	while (i > 0 && h[(i - 1) / 2].key > key) {
		h[i] = h[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h[i].key = key;
	h[i].v = v;
}

static heap_item heap_pop(heap_item *h, size_t *n)
{
	heap_item top = h[0], last = h[--(*n)];
	size_t i = 0;

	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= *n)
			break;
		if (c + 1 < *n && h[c + 1].key < h[c].key)
			c++;
		if (h[c].key >= last.key)
			break;
		h[i] = h[c];
		i = c;
	}
	if (*n > 0)
		h[i] = last;
	return top;
}

/* Equal within igraph's relative tolerance for shortest path lengths. */
static int same_length(double a, double b)
{
	return fabs(a - b) <= 1e-10 * fmax(fabs(a), fabs(b));
}

/* Sampled betweenness and harmonic centrality in one weighted Brandes pass per pivot (one Dijkstra
 * gives both the distances and the path counts): bc[v] = n/k * (sum over pivots of the dependency of
 * the pivot on v) / 2 (each undirected pair counted once, as igraph does), harm[v] = mean over the
 * pivots s != v of 1/d(s, v). With every vertex as pivot this is the exact value. */
static int brandes_sampled(const simple_view *v, const igraph_vector_int_t *pivots, double *bc, double *harm)
{
	size_t n = (size_t)igraph_vcount(&v->ug), m = (size_t)igraph_ecount(&v->ug);
	size_t k = (size_t)igraph_vector_int_size(pivots), nh, ns;
	size_t *off = calloc(n + 1, sizeof(*off)), *to = malloc((2 * m + 1) * sizeof(*to));
	size_t *fill = calloc(n + 1, sizeof(*fill)), *stack = malloc((n + 1) * sizeof(*stack));
	double *len = malloc((2 * m + 1) * sizeof(*len)), *dist = malloc((n + 1) * sizeof(*dist));
	double *sigma = calloc(n + 1, sizeof(*sigma)), *delta = calloc(n + 1, sizeof(*delta));
	double *seen = calloc(n + 1, sizeof(*seen));
	heap_item *heap = malloc((2 * m + n + 1) * sizeof(*heap));
	unsigned char *done = calloc(n + 1, 1);
	int rc = KG_ENOMEM;

	if (!off || !to || !fill || !stack || !len || !dist || !sigma || !delta || !seen || !heap || !done)
		goto done;
	/* both directions of every edge, in CSR */
	for (size_t e = 0; e < m; e++) {
		off[IGRAPH_FROM(&v->ug, e) + 1]++;
		off[IGRAPH_TO(&v->ug, e) + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		off[i + 1] += off[i];
	for (size_t e = 0; e < m; e++) {
		size_t a = (size_t)IGRAPH_FROM(&v->ug, e), b = (size_t)IGRAPH_TO(&v->ug, e);
		to[off[a] + fill[a]] = b;
		len[off[a] + fill[a]++] = VECTOR(v->len)[e];
		to[off[b] + fill[b]] = a;
		len[off[b] + fill[b]++] = VECTOR(v->len)[e];
	}
	for (size_t i = 0; i < n; i++) {
		dist[i] = INFINITY;
		bc[i] = harm[i] = 0.0;
	}
	for (size_t p = 0; p < k; p++) {
		size_t s = (size_t)VECTOR(*pivots)[p];

		/* Dijkstra from s, counting shortest paths; stack holds vertices by settling order */
		nh = ns = 0;
		dist[s] = 0.0;
		sigma[s] = 1.0;
		heap_push(heap, &nh, 0.0, s);
		while (nh > 0) {
			heap_item it = heap_pop(heap, &nh);
			size_t u = it.v;
			if (done[u] || it.key > dist[u])
				continue;
			done[u] = 1;
			stack[ns++] = u;
			for (size_t j = off[u]; j < off[u + 1]; j++) {
				size_t w = to[j];
				double alt = dist[u] + len[j];
				if (done[w])
					continue;
				if (dist[w] == INFINITY || (alt < dist[w] && !same_length(alt, dist[w]))) {
					dist[w] = alt;
					sigma[w] = sigma[u];
					heap_push(heap, &nh, alt, w);
				} else if (same_length(alt, dist[w])) {
					sigma[w] += sigma[u];
				}
			}
		}
		/* dependencies, farthest first; then reset what was touched */
		for (size_t i = ns; i-- > 0;) {
			size_t w = stack[i];
			for (size_t j = off[w]; j < off[w + 1]; j++) {
				size_t u = to[j];
				if (done[u] && dist[u] < dist[w] && same_length(dist[u] + len[j], dist[w]))
					delta[u] += sigma[u] / sigma[w] * (1.0 + delta[w]);
			}
			if (w != s) {
				bc[w] += delta[w];
				harm[w] += 1.0 / dist[w];
			}
		}
		for (size_t t = 0; t < n; t++)
			if (t != s)
				seen[t] += 1.0;
		for (size_t i = 0; i < ns; i++) {
			size_t w = stack[i];
			dist[w] = INFINITY;
			sigma[w] = delta[w] = 0.0;
			done[w] = 0;
		}
	}
	for (size_t i = 0; i < n; i++) {
		bc[i] *= (double)n / (double)k / 2.0;
		harm[i] = seen[i] > 0 ? harm[i] / seen[i] : 0.0;
	}
	rc = KG_OK;
done:
	free(off);
	free(to);
	free(fill);
	free(stack);
	free(len);
	free(dist);
	free(sigma);
	free(delta);
	free(seen);
	free(heap);
	free(done);
	return rc;
}

int kg_graph_analyze(kg_graph *g, const kg_analysis_opts *opts, kg_error *err)
{
	unsigned long seed = opts ? opts->seed : KG_DEFAULT_SEED;
	size_t exact_max = opts && opts->exact_betweenness_max_nodes ? opts->exact_betweenness_max_nodes
								      : KG_DEFAULT_EXACT_MAX;
	size_t n = g ? g->n_nodes : 0;
	simple_view v;
	igraph_vector_t res, weights;
	igraph_vector_int_t memb, pivots;
	igraph_integer_t n_groups = 0;
	igraph_real_t value, quality;
	kg_igraph_guard guard;
	const char *step = "setup";
	step_clock clk;
	int rc = KG_OK, sampled;

	if (!g) {
		kg_error_set(err, "graph", 0, 0, "no graph to analyse");
		return KG_EINVAL;
	}
	memset(&v, 0, sizeof(v));
	clock_start(&clk);
	kg_igraph_enter(&guard);
	if (igraph_vector_init(&res, 0) != IGRAPH_SUCCESS) {
		kg_igraph_leave(&guard);
		kg_error_set(err, "graph", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	if (igraph_vector_init(&weights, 0) != IGRAPH_SUCCESS) {
		igraph_vector_destroy(&res);
		kg_igraph_leave(&guard);
		kg_error_set(err, "graph", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	igraph_vector_int_init(&memb, 0);
	igraph_vector_int_init(&pivots, 0);

	for (size_t i = 0; i < n; i++) {
		g->nodes[i].pagerank = g->nodes[i].betweenness = 0.0;
		g->nodes[i].harmonic = g->nodes[i].eigenvector = 0.0;
		g->nodes[i].component = g->nodes[i].community = 0;
	}
	if (n == 0)
		goto ok;
	igraph_rng_seed(igraph_rng_default(), seed);

	/* degrees of the multigraph: every edge, either direction, a loop twice */
	next_step(&clk, &step, "degree");
	if (igraph_strength(&g->ig, &res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, NULL) != IGRAPH_SUCCESS)
		goto fail_dep;
	store(g, &res, offsetof(kg_gnode, degree));
	if (igraph_vector_resize(&weights, (igraph_integer_t)g->n_edges) != IGRAPH_SUCCESS)
		goto fail_nomem;
	for (size_t i = 0; i < g->n_edges; i++)
		VECTOR(weights)[i] = g->edges[i].weight;
	if (igraph_strength(&g->ig, &res, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &weights) != IGRAPH_SUCCESS)
		goto fail_dep;
	store(g, &res, offsetof(kg_gnode, weighted_degree));

	next_step(&clk, &step, "simple view");
	if ((rc = view_build(&v, g)) < 0)
		goto fail;

	next_step(&clk, &step, "PageRank");
	if (igraph_pagerank(&v.ug, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 0, 0.85,
			    &v.w, NULL) != IGRAPH_SUCCESS)
		goto fail_dep;
	store(g, &res, offsetof(kg_gnode, pagerank));

	sampled = n > exact_max;
	if (sampled) {
		double *bc = malloc(n * sizeof(*bc)), *harm = malloc(n * sizeof(*harm));
		next_step(&clk, &step, "sampled betweenness and harmonic centrality");
		rc = bc && harm ? draw_pivots(&pivots, n, n < KG_PIVOTS ? n : KG_PIVOTS) : KG_ENOMEM;
		if (rc == KG_OK)
			rc = brandes_sampled(&v, &pivots, bc, harm);
		for (size_t i = 0; rc == KG_OK && i < n; i++) {
			g->nodes[i].betweenness = fabs(bc[i]) < 1e-12 ? 0.0 : bc[i];
			g->nodes[i].harmonic = fabs(harm[i]) < 1e-12 ? 0.0 : harm[i];
		}
		free(bc);
		free(harm);
		if (rc < 0)
			goto fail_nomem;
	} else {
		next_step(&clk, &step, "betweenness");
		if (igraph_betweenness(&v.ug, &res, igraph_vss_all(), 0, &v.len) != IGRAPH_SUCCESS)
			goto fail_dep;
		store(g, &res, offsetof(kg_gnode, betweenness));
		next_step(&clk, &step, "harmonic centrality");
		if (igraph_harmonic_centrality(&v.ug, &res, igraph_vss_all(), IGRAPH_ALL, &v.len, 1) != IGRAPH_SUCCESS)
			goto fail_dep;
		store(g, &res, offsetof(kg_gnode, harmonic));
	}

	/* eigenvector: igraph gives all ones without edges; isolated nodes are 0 here */
	next_step(&clk, &step, "eigenvector centrality");
	if (igraph_ecount(&v.ug) > 0) {
		if (igraph_eigenvector_centrality(&v.ug, &res, &value, 0, 1, &v.w, NULL) != IGRAPH_SUCCESS)
			goto fail_dep;
		store(g, &res, offsetof(kg_gnode, eigenvector));
		for (size_t i = 0; i < n; i++)
			if (VECTOR(v.str)[i] == 0.0)
				g->nodes[i].eigenvector = 0.0;
	}

	next_step(&clk, &step, "connected components");
	if (igraph_connected_components(&g->ig, &memb, NULL, &n_groups, IGRAPH_WEAK) != IGRAPH_SUCCESS)
		goto fail_dep;
	if (renumber(g, &memb, 0) < 0)
		goto fail_nomem;

	/* Leiden on modularity: node weights = strengths, resolution 1 / (2 sum w) */
	next_step(&clk, &step, "communities (Leiden)");
	if (igraph_ecount(&v.ug) > 0) {
		igraph_rng_seed(igraph_rng_default(), seed);
		if (igraph_community_leiden(&v.ug, &v.w, &v.str, 1.0 / (2.0 * v.total), 0.01, 0, -1, &memb,
					    &n_groups, &quality) != IGRAPH_SUCCESS)
			goto fail_dep;
	} else {
		if (igraph_vector_int_resize(&memb, (igraph_integer_t)n) != IGRAPH_SUCCESS)
			goto fail_nomem;
		for (size_t i = 0; i < n; i++)
			VECTOR(memb)[i] = (igraph_integer_t)i; /* no edges: everyone alone */
	}
	if (renumber(g, &memb, 1) < 0)
		goto fail_nomem;
ok:
	next_step(&clk, &step, NULL);
	g->analyzed = 1;
	goto done;
fail_nomem:
	rc = KG_ENOMEM;
	kg_error_set(err, "graph", 0, 0, "out of memory during %s", step);
	goto done;
fail_dep:
	rc = KG_EDEP;
	kg_error_set(err, "igraph", 0, 0, "%s failed: %s", step, kg_igraph_last_error());
	goto done;
fail:
	kg_error_set(err, "graph", 0, 0, "%s: %s", step, rc == KG_ENOMEM ? "out of memory" : kg_igraph_last_error());
done:
	igraph_vector_destroy(&res);
	igraph_vector_destroy(&weights);
	igraph_vector_int_destroy(&memb);
	igraph_vector_int_destroy(&pivots);
	view_free(&v);
	kg_igraph_leave(&guard);
	return rc;
}
