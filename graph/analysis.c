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
 * Betweenness and harmonic centrality come together from one weighted Brandes pass per source vertex
 * (pivot), written here and spread over the CPUs (igraph 0.10.2 has neither sampling nor threads for
 * them, and computes the two in separate passes). They are exact (every vertex a pivot) while the
 * graph has at most opts->exact_betweenness_max_nodes nodes (default 20,000) and, when that option is
 * left at 0, while n x 2m stays under KG_EXACT_WORK (about a second: 2,000 nodes and 10,000 edges
 * pass, 20,000 nodes and 100,000 edges would take minutes). Above, they are estimated from k random
 * pivots (Brandes-Pich pivot sampling): k = KG_PIVOT_WORK / 2m, between KG_MIN_PIVOTS and
 * KG_PIVOTS, so the time grows linearly with the edges (128 pivots up to 250,000 edges, 32 from a
 * million). Betweenness is the contribution of the pivots' shortest paths scaled by n/k, harmonic
 * centrality the mean of 1/d over the pivots. The pivots come from igraph's RNG seeded with
 * opts->seed, and the sums do not depend on the number of threads, so results are repeatable.
 * bench/run measures the error of the sampled values against the exact ones. */
#define _GNU_SOURCE /* qsort_r */
#include "graph_priv.h"

#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define KG_DEFAULT_SEED 42UL
#define KG_DEFAULT_EXACT_MAX 20000
/* Largest n x 2m (arc relaxations) computed exactly when the node limit is left at its default. */
#define KG_EXACT_WORK 5e7
/* Arc relaxations spent on sampled betweenness, and the bounds on the pivots that buys. */
#define KG_PIVOT_WORK 6.4e7
#define KG_MIN_PIVOTS 32
#define KG_PIVOTS 128
/* Leiden: iterations at most, and the least modularity gain worth another one. */
#define KG_LEIDEN_MAX_ITERATIONS 10
#define KG_LEIDEN_MIN_GAIN 1e-3

/* Step timings on stderr when the environment has KG_TIMINGS set (bench/run reads them). */
typedef struct step_clock {
	int on;               /* KG_TIMINGS is set */
	struct timespec wall; /* end of the previous step, wall clock */
	struct timespec cpu;  /* same, CPU time of the process (all threads) */
} step_clock;

static double seconds_between(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) * 1e-9;
}

static void clock_start(step_clock *c)
{
	c->on = getenv("KG_TIMINGS") != NULL;
	if (c->on) {
		clock_gettime(CLOCK_MONOTONIC, &c->wall);
		clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c->cpu);
	}
}

/* Prints "kg: timing: STEP WALL_SECONDS CPU_SECONDS" for the step that just ended. */
static void clock_step(step_clock *c, const char *step)
{
	struct timespec wall, cpu;

	if (!c->on)
		return;
	clock_gettime(CLOCK_MONOTONIC, &wall);
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
	fprintf(stderr, "kg: timing: %s %.6f %.6f\n", step, seconds_between(&c->wall, &wall),
		seconds_between(&c->cpu, &cpu));
	c->wall = wall;
	c->cpu = cpu;
}

/* Ends the current step (timed) and starts the next one (NULL: none). */
static void next_step(step_clock *c, const char **step, const char *next)
{
	clock_step(c, *step);
	if (next)
		*step = next;
}

/* igraph runs PageRank (PRPACK) in an OpenMP loop. libgomp's waiting threads spin, and on a busy
 * machine a spinning thread waits for one that is not running: PageRank on 100k edges took 2 s instead
 * of 0.1 s on a loaded 2-core machine. kg asks for one OpenMP thread, looked up at run time so that kg
 * does not link libgomp itself (igraph brings it in when it was built with OpenMP). */
static void openmp_once(void)
{
	void (*set_threads)(int) = NULL;

	*(void **)&set_threads = dlsym(RTLD_DEFAULT, "omp_set_num_threads");
	if (set_threads)
		set_threads(1);
}

static void openmp_single_thread(void)
{
	static pthread_once_t once = PTHREAD_ONCE_INIT;

	pthread_once(&once, openmp_once);
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

/* Equal within igraph's relative tolerance for shortest path lengths. */
static int same_length(double a, double b)
{
	return fabs(a - b) <= 1e-10 * fmax(fabs(a), fabs(b));
}

/* An arc of the CSR: a neighbour and the length of the edge to it. */
typedef struct brandes_arc {
	size_t to;  /* neighbour, in CSR numbering */
	double len; /* 1 / weight */
} brandes_arc;

/* The undirected view as arrays for Brandes' passes, its vertices renumbered in breadth-first order
 * so that the neighbours of a vertex mostly lie close to it in memory. */
typedef struct brandes_graph {
	size_t n;          /* vertices */
	size_t *off;       /* arcs of vertex i: arc[off[i] .. off[i + 1]) */
	brandes_arc *arc;  /* both directions of every edge */
	size_t *old;       /* view index of CSR vertex i */
	size_t *pivot;     /* the pivots, in CSR numbering */
	size_t k;          /* how many */
} brandes_graph;

/* Pivots are split into this many chunks, each summed on its own and the chunks added in order, so
 * the result does not depend on how many threads ran them. */
#define KG_BRANDES_CHUNKS 4

/* What Dijkstra's inner loop reads of a vertex, in one cache line. */
typedef struct brandes_hot {
	double dist;   /* distance from the pivot, INFINITY when not reached */
	size_t n_pred; /* predecessors on shortest paths, stored at pred[off[v] ..]; SETTLED once settled */
} brandes_hot;

/* n_pred of a settled vertex (its count is kept apart in pred_count then). */
#define SETTLED ((size_t)-1)

/* The state of one thread's passes. */
typedef struct brandes_state {
	brandes_hot *hot;      /* per vertex: distance and predecessor count */
	double *sigma;         /* per vertex: number of shortest paths from the pivot */
	double *delta;         /* per vertex: dependency of the pivot on the vertex */
	size_t *pred;          /* one slot per arc: predecessors of v at pred[off[v] ..] */
	size_t *settled;       /* per settling order: the vertex and its predecessor count */
	size_t *settled_preds; /* predecessor count of settled[i] */
	struct heap_item *heap;/* the queue: one entry per improvement, stale ones skipped */
} brandes_state;

/* The work shared by the threads of one run. */
typedef struct brandes_job {
	const brandes_graph *bg; /* the graph and pivots */
	double *bc[KG_BRANDES_CHUNKS];   /* per chunk: summed dependencies per vertex */
	double *harm[KG_BRANDES_CHUNKS]; /* per chunk: summed 1/d per vertex */
	_Atomic size_t next;     /* next chunk to take */
	_Atomic int failed;      /* a thread ran out of memory */
} brandes_job;

/* An entry of Dijkstra's binary min-heap, with its key inline so sifting stays in the heap. */
typedef struct heap_item {
	double key; /* tentative distance */
	size_t v;   /* vertex */
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

/* One weighted Brandes pass from s: adds the dependencies of s to bc and 1/d(s, v) to harm. st must
 * be reset (dist INFINITY, the rest 0) and is left so. */
static void brandes_pass(const brandes_graph *bg, size_t s, brandes_state *st, double *bc, double *harm)
{
	const size_t *off = bg->off;
	const brandes_arc *arc = bg->arc;
	brandes_hot *hot = st->hot;
	double *sigma = st->sigma, *delta = st->delta;
	size_t *pred = st->pred, *settled = st->settled, *settled_preds = st->settled_preds;
	size_t nh = 0, ns = 0;

	hot[s].dist = 0.0;
	sigma[s] = 1.0;
	heap_push(st->heap, &nh, 0.0, s);
	while (nh > 0) {
		heap_item it = heap_pop(st->heap, &nh);
		size_t u = it.v;
		double du = hot[u].dist, su = sigma[u];

		if (hot[u].n_pred == SETTLED || it.key > du)
			continue;
		settled_preds[ns] = hot[u].n_pred;
		settled[ns++] = u;
		hot[u].n_pred = SETTLED;
		for (size_t j = off[u]; j < off[u + 1]; j++) {
			size_t w = arc[j].to;
			brandes_hot *hw = &hot[w];
			double alt = du + arc[j].len;

			if (hw->n_pred == SETTLED)
				continue;
			if (hw->dist == INFINITY || (alt < hw->dist && !same_length(alt, hw->dist))) {
				hw->dist = alt;
				hw->n_pred = 1;
				sigma[w] = su;
				pred[off[w]] = u;
				heap_push(st->heap, &nh, alt, w);
			} else if (same_length(alt, hw->dist)) {
				sigma[w] += su;
				pred[off[w] + hw->n_pred++] = u;
			}
		}
	}
	/* dependencies, farthest first, pushed to the predecessors; then reset what was touched */
	for (size_t i = ns; i-- > 0;) {
		size_t w = settled[i], np = settled_preds[i], base = off[w];
		double coeff = (1.0 + delta[w]) / sigma[w];

		for (size_t j = 0; j < np; j++) {
			size_t u = pred[base + j];
			delta[u] += sigma[u] * coeff;
		}
		if (w != s) {
			bc[w] += delta[w];
			harm[w] += 1.0 / hot[w].dist;
		}
	}
	for (size_t i = 0; i < ns; i++) {
		size_t w = settled[i];
		hot[w].dist = INFINITY;
		hot[w].n_pred = 0;
		sigma[w] = delta[w] = 0.0;
	}
}

/* A worker: takes chunks of pivots until none is left. */
static void *brandes_worker(void *arg)
{
	brandes_job *job = arg;
	const brandes_graph *bg = job->bg;
	size_t n = bg->n, arcs = bg->off[n], c;
	brandes_state st;

	st.hot = malloc((n + 1) * sizeof(*st.hot));
	st.sigma = calloc(n + 1, sizeof(*st.sigma));
	st.delta = calloc(n + 1, sizeof(*st.delta));
	st.pred = malloc((arcs + 1) * sizeof(*st.pred));
	st.settled = malloc((n + 1) * sizeof(*st.settled));
	st.settled_preds = malloc((n + 1) * sizeof(*st.settled_preds));
	st.heap = malloc((arcs + 2) * sizeof(*st.heap)); /* at most one push per arc, plus the pivot */
	if (!st.hot || !st.sigma || !st.delta || !st.pred || !st.settled || !st.settled_preds || !st.heap) {
		job->failed = 1;
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		st.hot[i].dist = INFINITY;
		st.hot[i].n_pred = 0;
	}
	while ((c = job->next++) < KG_BRANDES_CHUNKS && !job->failed) {
		size_t from = bg->k * c / KG_BRANDES_CHUNKS, to = bg->k * (c + 1) / KG_BRANDES_CHUNKS;
		for (size_t p = from; p < to; p++)
			brandes_pass(bg, bg->pivot[p], &st, job->bc[c], job->harm[c]);
	}
done:
	free(st.hot);
	free(st.sigma);
	free(st.delta);
	free(st.pred);
	free(st.settled);
	free(st.settled_preds);
	free(st.heap);
	return NULL;
}

/* Worker threads for the Brandes passes: one per online CPU, at most one per chunk. */
static size_t brandes_threads(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	if (cpus < 1)
		return 1;
	return (size_t)cpus < KG_BRANDES_CHUNKS ? (size_t)cpus : KG_BRANDES_CHUNKS;
}

/* Pivots for sampled betweenness on n vertices and arcs arcs (see the top of the file). */
static size_t pivot_count(size_t n, size_t arcs)
{
	double k = arcs ? KG_PIVOT_WORK / (double)arcs : KG_PIVOTS;
	size_t kk = k > KG_PIVOTS ? KG_PIVOTS : k < KG_MIN_PIVOTS ? KG_MIN_PIVOTS : (size_t)k;

	return kk < n ? kk : n;
}

/* A vertex not numbered yet. */
#define NOT_YET ((size_t)-1)

/* Builds the breadth-first numbered CSR of the view and maps the pivots (view indices) into it. */
static int brandes_graph_build(brandes_graph *bg, const simple_view *v, const igraph_vector_int_t *pivots)
{
	size_t n = (size_t)igraph_vcount(&v->ug), m = (size_t)igraph_ecount(&v->ug);
	size_t *off0 = calloc(n + 2, sizeof(*off0)), *to0 = malloc((2 * m + 1) * sizeof(*to0));
	size_t *fill = calloc(n + 1, sizeof(*fill)), *neu = malloc((n + 1) * sizeof(*neu));
	size_t head = 0, tail = 0;
	int rc = KG_ENOMEM;

	memset(bg, 0, sizeof(*bg));
	bg->n = n;
	bg->k = (size_t)igraph_vector_int_size(pivots);
	bg->off = calloc(n + 2, sizeof(*bg->off));
	bg->arc = malloc((2 * m + 1) * sizeof(*bg->arc));
	bg->old = malloc((n + 1) * sizeof(*bg->old));
	bg->pivot = malloc((bg->k + 1) * sizeof(*bg->pivot));
	if (!off0 || !to0 || !fill || !neu || !bg->off || !bg->arc || !bg->old || !bg->pivot)
		goto done;
	/* adjacency in view numbering: edge e's arcs are to0[...] with edge id kept for the length */
	for (size_t e = 0; e < m; e++) {
		off0[IGRAPH_FROM(&v->ug, e) + 1]++;
		off0[IGRAPH_TO(&v->ug, e) + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		off0[i + 1] += off0[i];
	for (size_t e = 0; e < m; e++) {
		size_t a = (size_t)IGRAPH_FROM(&v->ug, e), b = (size_t)IGRAPH_TO(&v->ug, e);
		to0[off0[a] + fill[a]++] = e;
		to0[off0[b] + fill[b]++] = e;
	}
	/* breadth-first order, each component from its smallest vertex */
	for (size_t i = 0; i < n; i++)
		neu[i] = NOT_YET;
	for (size_t r = 0; r < n; r++) {
		if (neu[r] != NOT_YET)
			continue;
		neu[r] = tail;
		bg->old[tail++] = r;
		while (head < tail) {
			size_t u = bg->old[head++];
			for (size_t j = off0[u]; j < off0[u + 1]; j++) {
				size_t e = to0[j], w = (size_t)IGRAPH_FROM(&v->ug, e);
				if (w == u)
					w = (size_t)IGRAPH_TO(&v->ug, e);
				if (neu[w] == NOT_YET) {
					neu[w] = tail;
					bg->old[tail++] = w;
				}
			}
		}
	}
	/* the CSR in the new numbering */
	for (size_t i = 0; i < n; i++) {
		size_t u = bg->old[i], d = off0[u + 1] - off0[u];
		bg->off[i + 1] = bg->off[i] + d;
		for (size_t j = 0; j < d; j++) {
			size_t e = to0[off0[u] + j], w = (size_t)IGRAPH_FROM(&v->ug, e);
			if (w == u)
				w = (size_t)IGRAPH_TO(&v->ug, e);
			bg->arc[bg->off[i] + j].to = neu[w];
			bg->arc[bg->off[i] + j].len = VECTOR(v->len)[e];
		}
	}
	for (size_t p = 0; p < bg->k; p++)
		bg->pivot[p] = neu[VECTOR(*pivots)[p]];
	rc = KG_OK;
done:
	free(off0);
	free(to0);
	free(fill);
	free(neu);
	return rc;
}

static void brandes_graph_free(brandes_graph *bg)
{
	free(bg->off);
	free(bg->arc);
	free(bg->old);
	free(bg->pivot);
	memset(bg, 0, sizeof(*bg));
}

/* Betweenness and harmonic centrality from one weighted Brandes pass per pivot (one Dijkstra gives
 * both the distances and the path counts), the passes spread over worker threads: bc[v] = n/k *
 * (sum over pivots of the dependency of the pivot on v) / 2 (each undirected pair counted once, as
 * igraph does), harm[v] = mean over the pivots s != v of 1/d(s, v). With every vertex as pivot this is
 * the exact value. bc and harm are indexed like the view's vertices. */
static int brandes(const simple_view *v, const igraph_vector_int_t *pivots, double *bc, double *harm)
{
	brandes_graph bg;
	brandes_job job;
	pthread_t tid[KG_BRANDES_CHUNKS];
	size_t n_threads = brandes_threads(), started = 0, n;
	unsigned char *is_pivot = NULL;
	int rc = KG_ENOMEM;

	memset(&job, 0, sizeof(job));
	if (brandes_graph_build(&bg, v, pivots) < 0)
		goto done;
	n = bg.n;
	for (size_t c = 0; c < KG_BRANDES_CHUNKS; c++) {
		job.bc[c] = calloc(n + 1, sizeof(double));
		job.harm[c] = calloc(n + 1, sizeof(double));
		if (!job.bc[c] || !job.harm[c])
			goto done;
	}
	job.bg = &bg;
	/* the calling thread is one of the workers; a thread that cannot start leaves its share to it */
	for (size_t t = 1; t < n_threads && bg.k >= KG_BRANDES_CHUNKS; t++)
		if (pthread_create(&tid[started], NULL, brandes_worker, &job) == 0)
			started++;
	brandes_worker(&job);
	for (size_t t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	if (job.failed)
		goto done;
	if (!(is_pivot = calloc(n + 1, 1)))
		goto done;
	for (size_t p = 0; p < bg.k; p++)
		is_pivot[bg.pivot[p]] = 1;
	for (size_t i = 0; i < n; i++) {
		double b = 0.0, h = 0.0, seen = (double)(bg.k - is_pivot[i]); /* pivots other than i */
		for (size_t c = 0; c < KG_BRANDES_CHUNKS; c++) {
			b += job.bc[c][i];
			h += job.harm[c][i];
		}
		bc[bg.old[i]] = b * (double)n / (double)bg.k / 2.0;
		harm[bg.old[i]] = seen > 0.0 ? h / seen : 0.0;
	}
	rc = KG_OK;
done:
	for (size_t c = 0; c < KG_BRANDES_CHUNKS; c++) {
		free(job.bc[c]);
		free(job.harm[c]);
	}
	free(is_pivot);
	brandes_graph_free(&bg);
	return rc;
}

int kg_graph_analyze(kg_graph *g, const kg_analysis_opts *opts, kg_error *err)
{
	unsigned long seed = opts ? opts->seed : KG_DEFAULT_SEED;
	size_t exact_max = opts && opts->exact_betweenness_max_nodes ? opts->exact_betweenness_max_nodes
								      : KG_DEFAULT_EXACT_MAX;
	size_t n = g ? g->n_nodes : 0;
	simple_view v;
	igraph_vector_t res;
	igraph_vector_int_t memb, pivots;
	igraph_integer_t n_groups = 0;
	igraph_real_t value, quality;
	kg_igraph_guard guard;
	const char *step = "setup";
	step_clock clk;
	igraph_vector_int_t all;
	double *bc = NULL, *harm = NULL;
	size_t arcs, k;
	int rc = KG_OK, exact;
	int explicit_max = opts && opts->exact_betweenness_max_nodes;

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
	igraph_vector_int_init(&memb, 0);
	igraph_vector_int_init(&pivots, 0);

	for (size_t i = 0; i < n; i++) {
		g->nodes[i].pagerank = g->nodes[i].betweenness = 0.0;
		g->nodes[i].harmonic = g->nodes[i].eigenvector = 0.0;
		g->nodes[i].degree = g->nodes[i].weighted_degree = 0.0;
		g->nodes[i].component = g->nodes[i].community = 0;
	}
	if (n == 0)
		goto ok;
	igraph_rng_seed(igraph_rng_default(), seed);

	/* degrees of the multigraph: every edge, either direction, a loop twice */
	next_step(&clk, &step, "degree");
	for (size_t i = 0; i < g->n_edges; i++) {
		const kg_gedge *e = &g->edges[i];
		g->nodes[e->src].degree += 1.0;
		g->nodes[e->dst].degree += 1.0;
		g->nodes[e->src].weighted_degree += e->weight;
		g->nodes[e->dst].weighted_degree += e->weight;
	}

	next_step(&clk, &step, "simple view");
	if ((rc = view_build(&v, g)) < 0)
		goto fail;

	next_step(&clk, &step, "PageRank");
	openmp_single_thread();
	if (igraph_pagerank(&v.ug, IGRAPH_PAGERANK_ALGO_PRPACK, &res, &value, igraph_vss_all(), 0, 0.85,
			    &v.w, NULL) != IGRAPH_SUCCESS)
		goto fail_dep;
	store(g, &res, offsetof(kg_gnode, pagerank));

	/* exact: every vertex is a pivot; sampled: the pivots' share, scaled */
	arcs = 2 * (size_t)igraph_ecount(&v.ug);
	exact = n <= exact_max && (explicit_max || (double)n * (double)arcs <= KG_EXACT_WORK);
	k = exact ? n : pivot_count(n, arcs);
	next_step(&clk, &step, exact ? "betweenness and harmonic centrality" :
				       "sampled betweenness and harmonic centrality");
	bc = malloc((n + 1) * sizeof(*bc));
	harm = malloc((n + 1) * sizeof(*harm));
	if (!bc || !harm)
		goto fail_nomem;
	if (exact) {
		if (igraph_vector_int_init_range(&all, 0, (igraph_integer_t)n) != IGRAPH_SUCCESS)
			goto fail_nomem;
		igraph_vector_int_destroy(&pivots);
		pivots = all;
	} else if (draw_pivots(&pivots, n, k) < 0) {
		goto fail_nomem;
	}
	if (brandes(&v, &pivots, bc, harm) < 0)
		goto fail_nomem;
	for (size_t i = 0; i < n; i++) {
		g->nodes[i].betweenness = fabs(bc[i]) < 1e-12 ? 0.0 : bc[i];
		g->nodes[i].harmonic = fabs(harm[i]) < 1e-12 ? 0.0 : harm[i];
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

	/* Leiden on modularity: node weights = strengths, resolution 1 / (2 sum w). igraph 0.10.2's
	 * "until stable" (n_iterations -1) stops after one iteration; iterations from the last partition
	 * still raise the modularity (0.715 -> 0.735 on 100,000 edges), so kg runs them one at a time
	 * while the modularity gains at least KG_LEIDEN_MIN_GAIN, at most KG_LEIDEN_MAX_ITERATIONS. */
	next_step(&clk, &step, "communities (Leiden)");
	if (igraph_ecount(&v.ug) > 0) {
		igraph_real_t last = -1.0;

		igraph_rng_seed(igraph_rng_default(), seed);
		for (int it = 0; it < KG_LEIDEN_MAX_ITERATIONS; it++) {
			if (igraph_community_leiden(&v.ug, &v.w, &v.str, 1.0 / (2.0 * v.total), 0.01, it > 0, 1, &memb,
						    &n_groups, &quality) != IGRAPH_SUCCESS)
				goto fail_dep;
			if (quality - last < KG_LEIDEN_MIN_GAIN)
				break;
			last = quality;
		}
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
	igraph_vector_int_destroy(&memb);
	igraph_vector_int_destroy(&pivots);
	free(bc);
	free(harm);
	view_free(&v);
	kg_igraph_leave(&guard);
	return rc;
}
