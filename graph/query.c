/* query.c: questions to the graph (who is linked to X, X's neighbours, how X reaches Y), answered as
 * an aligned table for people or as JSON Lines with the full evidence. */
#define _GNU_SOURCE /* qsort_r */
#include "graph_priv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define KG_QUERY_FLAGS (JSON_COMPACT | JSON_ESCAPE_SLASH | JSON_REAL_PRECISION(15))
#define KG_CELL_NAME 32
#define KG_CELL_DOC 28
#define KG_CELL_EVIDENCE 100

/* One edge seen from a node. */
typedef struct hit {
	size_t edge;  /* edge index */
	size_t other; /* the node at the other end */
	int dir;      /* 1: the asked node is the subject, -1: the object, 0: symmetric */
} hit;

/* ---- tables ---- */

/* Rows of cells (owned, cleaned) under a header, printed with aligned columns. */
typedef struct table {
	size_t ncols;         /* columns */
	const char **header;  /* column names */
	const int *right;     /* 1 for right-aligned columns */
	char **cells;         /* nrows * ncols cells */
	size_t nrows;
	size_t cap;           /* rows allocated */
	int bad;              /* 1 after an allocation failure */
	int hide_empty_date;  /* 1: a "DATE" column with no date in any row is not printed */
} table;

/* Adds a row; cells are copied cleaned and cut to their widths (0: no limit). */
static void table_row(table *t, const char *const *cells, const size_t *limits)
{
	if (t->bad)
		return;
	if (t->nrows == t->cap) {
		char **v = kg_grow(t->cells, &t->cap, t->nrows + 1, t->ncols * sizeof(*v), 16);
		if (!v) {
			t->bad = 1;
			return;
		}
		t->cells = v;
	}
	for (size_t c = 0; c < t->ncols; c++) {
		char *x = kg_text_truncate(cells[c] ? cells[c] : "", limits[c]);
		t->cells[t->nrows * t->ncols + c] = x;
		if (!x) {
			for (size_t k = 0; k < c; k++)
				free(t->cells[t->nrows * t->ncols + k]);
			t->bad = 1;
			return;
		}
	}
	t->nrows++;
}

static void pad(FILE *fp, size_t n)
{
	while (n--)
		fputc(' ', fp);
}

/* 1 when column c is a DATE column that t->hide_empty_date leaves out (no row has a date). */
static int table_hidden(const table *t, size_t c)
{
	if (!t->hide_empty_date || strcmp(t->header[c], "DATE") != 0)
		return 0;
	for (size_t r = 0; r < t->nrows; r++)
		if (t->cells[r * t->ncols + c][0])
			return 0;
	return 1;
}

static void table_print(FILE *fp, const table *t)
{
	size_t width[8] = { 0 }, lastc = 0;

	for (size_t c = 0; c < t->ncols; c++)
		if (!table_hidden(t, c))
			lastc = c;
	for (size_t c = 0; c < t->ncols; c++) {
		width[c] = kg_utf8_width(t->header[c]);
		for (size_t r = 0; r < t->nrows; r++) {
			size_t w = kg_utf8_width(t->cells[r * t->ncols + c]);
			if (w > width[c])
				width[c] = w;
		}
	}
	for (size_t r = 0; r <= t->nrows; r++) {
		for (size_t c = 0; c < t->ncols; c++) {
			const char *s = r == 0 ? t->header[c] : t->cells[(r - 1) * t->ncols + c];
			size_t w = kg_utf8_width(s);
			int last = c == lastc;

			if (table_hidden(t, c))
				continue;
			if (t->right[c])
				pad(fp, width[c] - w);
			fputs(s, fp);
			if (!t->right[c] && !last)
				pad(fp, width[c] - w);
			fputs(last ? "\n" : "  ", fp);
		}
	}
}

static void table_clear(table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	t->cells = NULL;
	t->nrows = t->cap = 0;
}

/* "-meet-", "-leads->" or "<-leads-" from the asked node's side, with the title of an office and a
 * mark for planned edges. */
static void arrow(char *buf, size_t cap, const kg_gedge *e, int dir)
{
	size_t n = (size_t)snprintf(buf, cap, "%s%s%s", dir < 0 ? "<-" : "-", e->relation, dir > 0 ? "->" : "-");

	if (e->attrs.title && n < cap)
		n += (size_t)snprintf(buf + n, cap - n, " (%s)", e->attrs.title);
	if (e->planned && n < cap)
		snprintf(buf + n, cap - n, " (planned)");
}

/* Widens the span [*first, *last] (dates, NULL when none) to take in [a, b]. */
static void span_merge(const char **first, const char **last, const char *a, const char *b)
{
	char f0[KG_DATE_LEN], f1[KG_DATE_LEN], l0[KG_DATE_LEN], l1[KG_DATE_LEN];

	if (!a || !b || kg_date_period(f1, l1, a) < 0 || kg_date_period(l0, l1, b) < 0)
		return;
	if (!*first || (kg_date_period(f0, l0, *first) == 0 && strcmp(f1, f0) < 0))
		*first = a;
	kg_date_period(f1, l1, b);
	if (!*last || (kg_date_period(f0, l0, *last) == 0 && strcmp(l1, l0) > 0))
		*last = b;
}

/* "FIRST" or "FIRST..LAST" (empty when no date) into buf. */
static void span_text(char *buf, size_t cap, const char *first, const char *last)
{
	if (!first)
		buf[0] = '\0';
	else if (!last || strcmp(first, last) == 0)
		snprintf(buf, cap, "%s", first);
	else
		snprintf(buf, cap, "%s..%s", first, last);
}

/* ---- JSON ---- */

static json_t *node_ref(const kg_gnode *v)
{
	return json_pack("{s:o,s:o,s:s}", "id", kg_json_str(v->id), "label", kg_json_str(v->label), "type",
			 kg_etype_name(v->type));
}

static const char *dir_name(int dir)
{
	return dir > 0 ? "out" : dir < 0 ? "in" : "both";
}

/* Prints o as one line and releases it; KG_ENOMEM when o is NULL. */
static int emit(FILE *fp, json_t *o)
{
	int rc = o ? KG_OK : KG_ENOMEM;

	if (o && json_dumpf(o, fp, KG_QUERY_FLAGS) == 0)
		fputc('\n', fp);
	else if (o)
		rc = KG_EIO;
	json_decref(o);
	return rc;
}

/* ---- the queries ---- */

/* Whether edge e may be used: relation in the list, planned only when asked. */
static int edge_ok(const kg_gedge *e, const char *relations, int include_planned)
{
	return (include_planned || !e->planned) && kg_relation_in_list(relations, e->relation);
}

static int cmp_hit(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	const hit *a = pa, *b = pb;
	const kg_gedge *ea = &g->edges[a->edge], *eb = &g->edges[b->edge];
	int c;

	if (ea->weight != eb->weight)
		return ea->weight > eb->weight ? -1 : 1;
	if ((c = strcmp(g->nodes[a->other].label, g->nodes[b->other].label)) != 0)
		return c;
	return a->edge < b->edge ? -1 : a->edge > b->edge;
}

/* The edges of x allowed by the relation list, sorted by weight. */
static int collect(hit **out, size_t *n, const kg_graph *g, size_t x, const char *relations, int include_planned)
{
	size_t deg = g->adj_off[x + 1] - g->adj_off[x];
	hit *h = malloc((deg + 1) * sizeof(*h));

	*out = NULL;
	*n = 0;
	if (!h)
		return KG_ENOMEM;
	for (size_t k = g->adj_off[x]; k < g->adj_off[x + 1]; k++) {
		const kg_gedge *e = &g->edges[g->adj[k]];
		if (!edge_ok(e, relations, include_planned))
			continue;
		h[*n].edge = g->adj[k];
		h[*n].other = e->src == x ? e->dst : e->src;
		h[*n].dir = e->symmetric ? 0 : e->src == x ? 1 : -1;
		(*n)++;
	}
	qsort_r(h, *n, sizeof(*h), cmp_hit, (void *)g);
	*out = h;
	return KG_OK;
}

static int query_linked(const kg_graph *g, size_t x, const char *relations, int include_planned,
			kg_query_format fmt, FILE *fp, size_t *n_found)
{
	static const char *header[] = { "NAME", "RELATION", "WEIGHT", "DATE", "DOC", "EVIDENCE" };
	static const int right[] = { 0, 0, 1, 0, 0, 0 };
	static const size_t limits[] = { KG_CELL_NAME, 60, 0, 0, KG_CELL_DOC, KG_CELL_EVIDENCE };
	table t = { 6, header, right, NULL, 0, 0, 0, 1 };
	hit *h = NULL;
	size_t n = 0;
	int rc;

	if ((rc = collect(&h, &n, g, x, relations, include_planned)) < 0)
		return rc;
	*n_found = n;
	if (fmt == KG_QUERY_TABLE) {
		char *who = kg_text_clean(g->nodes[x].label), *rels = kg_text_clean(relations);
		fprintf(fp, "%s (%s), linked by %s: %zu\n", who ? who : "?", kg_etype_name(g->nodes[x].type),
			rels ? rels : "?", n);
		free(who);
		free(rels);
	}
	for (size_t i = 0; i < n && rc == KG_OK; i++) {
		const kg_gedge *e = &g->edges[h[i].edge];
		if (fmt == KG_QUERY_JSONL) {
			rc = emit(fp, json_pack("{s:s,s:o,s:o,s:s,s:o}", "query", "linked", "x", node_ref(&g->nodes[x]),
						"node", node_ref(&g->nodes[h[i].other]), "direction",
						dir_name(h[i].dir), "edge", kg_edge_json(g, e, 1)));
		} else {
			char rel[160], weight[32], date[32];
			const char *cells[6];
			arrow(rel, sizeof(rel), e, h[i].dir);
			snprintf(weight, sizeof(weight), "%g", e->weight);
			span_text(date, sizeof(date), e->first, e->last);
			cells[0] = g->nodes[h[i].other].label;
			cells[1] = rel;
			cells[2] = weight;
			cells[3] = date;
			cells[4] = e->n_ev ? e->ev[0].ev.doc : "";
			cells[5] = e->n_ev ? e->ev[0].ev.text : "";
			table_row(&t, cells, limits);
		}
	}
	if (fmt == KG_QUERY_TABLE && n > 0) {
		if (t.bad)
			rc = KG_ENOMEM;
		else
			table_print(fp, &t);
	}
	table_clear(&t);
	free(h);
	return rc;
}

/* Neighbours: one row per node, edges grouped, total weight. */
static int cmp_hit_other(const void *pa, const void *pb)
{
	const hit *a = pa, *b = pb;

	if (a->other != b->other)
		return a->other < b->other ? -1 : 1;
	return a->edge < b->edge ? -1 : a->edge > b->edge;
}

/* A group of hits [first, first + n) on one neighbour. */
typedef struct group {
	size_t first, n; /* range in the hit array */
	double weight;   /* summed weight */
	size_t best;     /* hit with the highest weight */
} group;

static int cmp_group(const void *pa, const void *pb, void *ctx)
{
	const void **c = ctx;
	const kg_graph *g = c[0];
	const hit *h = c[1];
	const group *a = pa, *b = pb;

	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return strcmp(g->nodes[h[a->first].other].label, g->nodes[h[b->first].other].label);
}

static int query_neighbours(const kg_graph *g, size_t x, const char *relations, int include_planned,
			    kg_query_format fmt, FILE *fp, size_t *n_found)
{
	static const char *header[] = { "NAME", "RELATIONS", "WEIGHT", "DATE", "DOC", "EVIDENCE" };
	static const int right[] = { 0, 0, 1, 0, 0, 0 };
	static const size_t limits[] = { KG_CELL_NAME, 60, 0, 0, KG_CELL_DOC, KG_CELL_EVIDENCE };
	table t = { 6, header, right, NULL, 0, 0, 0, 1 };
	hit *h = NULL;
	group *gr = NULL;
	size_t n = 0, ng = 0;
	const void *ctx[2];
	int rc;

	if ((rc = collect(&h, &n, g, x, relations, include_planned)) < 0)
		return rc;
	qsort(h, n, sizeof(*h), cmp_hit_other);
	gr = calloc(n + 1, sizeof(*gr));
	if (!gr) {
		free(h);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		double w = g->edges[h[i].edge].weight;
		if (i == 0 || h[i].other != h[i - 1].other) {
			gr[ng].first = i;
			gr[ng].best = i;
			ng++;
		}
		gr[ng - 1].n++;
		gr[ng - 1].weight += w;
		if (w > g->edges[h[gr[ng - 1].best].edge].weight)
			gr[ng - 1].best = i;
	}
	ctx[0] = g;
	ctx[1] = h;
	qsort_r(gr, ng, sizeof(*gr), cmp_group, ctx);
	*n_found = ng;
	if (fmt == KG_QUERY_TABLE) {
		char *who = kg_text_clean(g->nodes[x].label);
		fprintf(fp, "%s (%s): %zu neighbours\n", who ? who : "?", kg_etype_name(g->nodes[x].type), ng);
		free(who);
	}
	for (size_t k = 0; k < ng && rc == KG_OK; k++) {
		const group *q = &gr[k];
		const kg_gedge *best = &g->edges[h[q->best].edge];

		if (fmt == KG_QUERY_JSONL) {
			json_t *rels = json_array(), *edges = json_array();
			for (size_t i = q->first; rels && edges && i < q->first + q->n; i++) {
				const kg_gedge *e = &g->edges[h[i].edge];
				json_t *ej = kg_edge_json(g, e, 1);
				json_array_append_new(rels, kg_json_str(e->relation));
				if (ej)
					json_object_set_new(ej, "direction", json_string(dir_name(h[i].dir)));
				json_array_append_new(edges, ej);
			}
			rc = emit(fp, json_pack("{s:s,s:o,s:o,s:f,s:o,s:o}", "query", "neighbours", "x",
						node_ref(&g->nodes[x]), "node", node_ref(&g->nodes[h[q->first].other]),
						"weight", q->weight, "relations", rels, "edges", edges));
		} else {
			char rels[256] = "", weight[32], date[32];
			const char *cells[6], *first = NULL, *last = NULL;
			for (size_t i = q->first; i < q->first + q->n; i++) {
				char one[160];
				arrow(one, sizeof(one), &g->edges[h[i].edge], h[i].dir);
				span_merge(&first, &last, g->edges[h[i].edge].first, g->edges[h[i].edge].last);
				if (strlen(rels) + strlen(one) + 3 < sizeof(rels))
					snprintf(rels + strlen(rels), sizeof(rels) - strlen(rels), "%s%s", i > q->first ? ", " : "", one);
			}
			snprintf(weight, sizeof(weight), "%g", q->weight);
			span_text(date, sizeof(date), first, last);
			cells[0] = g->nodes[h[q->first].other].label;
			cells[1] = rels;
			cells[2] = weight;
			cells[3] = date;
			cells[4] = best->n_ev ? best->ev[0].ev.doc : "";
			cells[5] = best->n_ev ? best->ev[0].ev.text : "";
			table_row(&t, cells, limits);
		}
	}
	if (fmt == KG_QUERY_TABLE && ng > 0) {
		if (t.bad)
			rc = KG_ENOMEM;
		else
			table_print(fp, &t);
	}
	table_clear(&t);
	free(gr);
	free(h);
	return rc;
}

/* Shortest path by hops (breadth-first over allowed edges, either direction). */
static int query_path(const kg_graph *g, size_t x, size_t y, const char *relations, int include_planned,
		      kg_query_format fmt, FILE *fp, size_t *n_found)
{
	static const char *header[] = { "STEP", "FROM", "RELATION", "TO", "WEIGHT", "DATE", "DOC", "EVIDENCE" };
	static const int right[] = { 1, 0, 0, 0, 1, 0, 0, 0 };
	static const size_t limits[] = { 0, KG_CELL_NAME, 60, KG_CELL_NAME, 0, 0, KG_CELL_DOC, KG_CELL_EVIDENCE };
	table t = { 8, header, right, NULL, 0, 0, 0, 1 };
	size_t n = g->n_nodes, head = 0, tail = 0, hops = 0;
	size_t *queue = malloc((n + 1) * sizeof(*queue)), *via = malloc((n + 1) * sizeof(*via));
	size_t *path = malloc((n + 1) * sizeof(*path));
	unsigned char *seen = calloc(n + 1, 1);
	int rc = KG_OK;

	if (!queue || !via || !path || !seen) {
		rc = KG_ENOMEM;
		goto done;
	}
	seen[x] = 1;
	queue[tail++] = x;
	while (head < tail && !seen[y]) {
		size_t u = queue[head++];
		for (size_t k = g->adj_off[u]; k < g->adj_off[u + 1]; k++) {
			const kg_gedge *e = &g->edges[g->adj[k]];
			size_t w = e->src == u ? e->dst : e->src;
			if (seen[w] || !edge_ok(e, relations, include_planned))
				continue;
			seen[w] = 1;
			via[w] = g->adj[k];
			queue[tail++] = w;
		}
	}
	if (x != y && seen[y]) {
		for (size_t v = y; v != x;) {
			const kg_gedge *e = &g->edges[via[v]];
			path[hops++] = via[v];
			v = e->src == v ? e->dst : e->src;
		}
	}
	*n_found = hops;
	if (fmt == KG_QUERY_TABLE) {
		char *a = kg_text_clean(g->nodes[x].label), *b = kg_text_clean(g->nodes[y].label);
		if (hops)
			fprintf(fp, "%s to %s: %zu step%s\n", a ? a : "?", b ? b : "?", hops, hops == 1 ? "" : "s");
		else
			fprintf(fp, "%s to %s: no path\n", a ? a : "?", b ? b : "?");
		free(a);
		free(b);
	}
	for (size_t k = 0, from = x; k < hops && rc == KG_OK; k++) {
		const kg_gedge *e = &g->edges[path[hops - 1 - k]];
		size_t to = e->src == from ? e->dst : e->src;
		int dir = e->symmetric ? 0 : e->src == from ? 1 : -1;

		if (fmt == KG_QUERY_JSONL) {
			rc = emit(fp, json_pack("{s:s,s:I,s:o,s:o,s:s,s:o}", "query", "path", "step", (json_int_t)(k + 1),
						"from", node_ref(&g->nodes[from]), "to", node_ref(&g->nodes[to]),
						"direction", dir_name(dir), "edge", kg_edge_json(g, e, 1)));
		} else {
			char step[32], rel[160], weight[32], date[32];
			const char *cells[8];
			snprintf(step, sizeof(step), "%zu", k + 1);
			arrow(rel, sizeof(rel), e, dir);
			snprintf(weight, sizeof(weight), "%g", e->weight);
			span_text(date, sizeof(date), e->first, e->last);
			cells[0] = step;
			cells[1] = g->nodes[from].label;
			cells[2] = rel;
			cells[3] = g->nodes[to].label;
			cells[4] = weight;
			cells[5] = date;
			cells[6] = e->n_ev ? e->ev[0].ev.doc : "";
			cells[7] = e->n_ev ? e->ev[0].ev.text : "";
			table_row(&t, cells, limits);
		}
		from = to;
	}
	if (fmt == KG_QUERY_TABLE && hops > 0) {
		if (t.bad)
			rc = KG_ENOMEM;
		else
			table_print(fp, &t);
	}
done:
	table_clear(&t);
	free(queue);
	free(via);
	free(path);
	free(seen);
	return rc;
}

size_t kg_graph_query_planned_hidden(const kg_graph *g, const kg_query *q, const char **relation)
{
	const char *relations;
	size_t x, n = 0;

	*relation = NULL;
	if (!g || !q || q->include_planned || q->kind == KG_QUERY_PATH || kg_graph_find(g, q->x, &x) < 0)
		return 0;
	relations = q->relations && *q->relations ? q->relations : q->kind == KG_QUERY_LINKED ? "meet" : "any";
	for (size_t k = g->adj_off[x]; k < g->adj_off[x + 1]; k++) {
		const kg_gedge *e = &g->edges[g->adj[k]];

		if (!e->planned || !kg_relation_in_list(relations, e->relation))
			continue;
		*relation = n == 0 || (*relation && strcmp(*relation, e->relation) == 0) ? e->relation : NULL;
		n++;
	}
	return n;
}

/* Orders event indices by date (by the first day of its period, undated last), then id. */
static int cmp_event_date(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;

	return kg_event_cmp_date(&g->events[*(const size_t *)pa], &g->events[*(const size_t *)pb]);
}

/* 1 when event ev was held in place: its place is the place's name, or a name of node `node` (SIZE_MAX:
 * none) by slug. */
static int event_in(const kg_graph *g, const kg_event *ev, const char *place, size_t node)
{
	char *slug, *want;
	int in = 0;

	if (!ev->place || !(slug = kg_slug_new(ev->place)))
		return 0;
	if ((want = kg_slug_new(place))) {
		in = strcmp(slug, want) == 0;
		free(want);
	}
	if (!in && node != SIZE_MAX) {
		const kg_gnode *v = &g->nodes[node];

		in = strcmp(slug, v->id) == 0;
		for (size_t a = 0; !in && a < v->aliases.n; a++) {
			char *s = kg_slug_new(v->aliases.v[a]);

			in = s && strcmp(s, slug) == 0;
			free(s);
		}
	}
	free(slug);
	return in;
}

/* 1 when node (SIZE_MAX: anyone) took part in ev. */
static int event_with(const kg_graph *g, const kg_event *ev, size_t node)
{
	for (size_t p = 0; node != SIZE_MAX && p < ev->n_participants; p++)
		if (strcmp(ev->participants[p].name, g->nodes[node].id) == 0)
			return 1;
	return node == SIZE_MAX;
}

/* The events of q (see KG_QUERY_EVENTS), sorted by date. */
static int query_events(const kg_graph *g, const kg_query *q, size_t with, size_t place, kg_query_format fmt,
			FILE *fp, size_t *n_found)
{
	static const char *header[] = { "DATE", "TYPE", "PLACE", "PARTICIPANTS", "DOC", "EVIDENCE" };
	static const int right[] = { 0, 0, 0, 0, 0, 0 };
	static const size_t limits[] = { 0, 0, KG_CELL_NAME, 80, KG_CELL_DOC, KG_CELL_EVIDENCE };
	table t = { 6, header, right, NULL, 0, 0, 0, 0 };
	size_t *order = malloc((g->n_events + 1) * sizeof(*order)), n = 0;
	int rc = KG_OK;

	if (!order)
		return KG_ENOMEM;
	for (size_t i = 0; i < g->n_events; i++) {
		const kg_event *ev = &g->events[i];

		if ((ev->flags & KG_EVENT_PLANNED) && !q->include_planned)
			continue;
		if (!kg_relation_in_list(q->relations, kg_event_types[ev->type].predicate) || !event_with(g, ev, with) ||
		    (q->y && !event_in(g, ev, q->y, place)))
			continue;
		order[n++] = i;
	}
	qsort_r(order, n, sizeof(*order), cmp_event_date, (void *)g);
	*n_found = n;
	for (size_t k = 0; k < n && rc == KG_OK; k++) {
		const kg_event *ev = &g->events[order[k]];

		if (fmt == KG_QUERY_JSONL) {
			rc = emit(fp, json_pack("{s:s,s:o}", "query", "events", "event", kg_event_json(g, ev)));
		} else {
			char who[400] = "", type[40], when[KG_DATE_LEN + KG_DURATION_LEN + 8];
			const char *cells[6];

			for (size_t p = 0; p < ev->n_participants; p++) {
				size_t node, used = strlen(who);
				const char *label = kg_graph_node_by_id(g, ev->participants[p].name, &node) == KG_OK
							    ? g->nodes[node].label : ev->participants[p].name;

				snprintf(who + used, sizeof(who) - used, "%s%s%s%s", p ? ", " : "", label,
					 ev->participants[p].role == KG_ROLE_PARTICIPANT ? "" : " (",
					 ev->participants[p].role == KG_ROLE_PARTICIPANT ? "" : kg_role_name(ev->participants[p].role));
				used = strlen(who);
				if (ev->participants[p].role != KG_ROLE_PARTICIPANT && used + 1 < sizeof(who))
					snprintf(who + used, sizeof(who) - used, ")");
			}
			snprintf(type, sizeof(type), "%s%s", kg_event_types[ev->type].name,
				 ev->flags & KG_EVENT_PLANNED ? " (planned)" : "");
			cells[0] = kg_event_when(when, sizeof(when), ev, "") >= 0 ? when : ev->date ? ev->date : "";
			cells[1] = type;
			cells[2] = ev->place ? ev->place : "";
			cells[3] = who;
			cells[4] = ev->evidence.doc ? ev->evidence.doc : "";
			cells[5] = ev->evidence.text ? ev->evidence.text : "";
			table_row(&t, cells, limits);
		}
	}
	if (fmt == KG_QUERY_TABLE && rc == KG_OK) {
		fprintf(fp, "%zu event%s\n", n, n == 1 ? "" : "s");
		if (t.bad)
			rc = KG_ENOMEM;
		else if (n)
			table_print(fp, &t);
	}
	table_clear(&t);
	free(order);
	return rc;
}

int kg_graph_query(const kg_graph *g, const kg_query *q, kg_query_format fmt, FILE *fp, size_t *n_found,
		   kg_error *err)
{
	size_t x, y = 0;
	const char *relations;
	int rc;

	*n_found = 0;
	if (!g || !q || !fp) {
		kg_error_set(err, "query", 0, 0, "no graph, query or output");
		return KG_EINVAL;
	}
	if (q->kind == KG_QUERY_EVENTS) {
		x = y = SIZE_MAX;
		if (q->x && (rc = kg_graph_resolve(g, q->x, &x, err)) < 0)
			return rc;
		if (q->y && kg_graph_resolve(g, q->y, &y, NULL) < 0)
			y = SIZE_MAX; /* a place may be named by events only */
		rc = query_events(g, q, x, y, fmt, fp, n_found);
		if (rc == KG_ENOMEM)
			kg_error_set(err, "query", 0, 0, "out of memory");
		else if (rc == KG_EIO)
			kg_error_set(err, "query", 0, 0, "write failed");
		return rc;
	}
	if ((rc = kg_graph_resolve(g, q->x, &x, err)) < 0)
		return rc;
	if (q->kind == KG_QUERY_PATH) {
		if (!q->y || !*q->y) {
			kg_error_set(err, "query", 0, 0, "a path needs a second name");
			return KG_EINVAL;
		}
		if ((rc = kg_graph_resolve(g, q->y, &y, err)) < 0)
			return rc;
	}
	switch (q->kind) {
	case KG_QUERY_LINKED:
		relations = q->relations && *q->relations ? q->relations : "meet";
		rc = query_linked(g, x, relations, q->include_planned, fmt, fp, n_found);
		break;
	case KG_QUERY_NEIGHBOURS:
		relations = q->relations && *q->relations ? q->relations : "any";
		rc = query_neighbours(g, x, relations, q->include_planned, fmt, fp, n_found);
		break;
	case KG_QUERY_PATH:
		relations = q->relations && *q->relations ? q->relations : "any";
		rc = query_path(g, x, y, relations, q->include_planned, fmt, fp, n_found);
		break;
	default:
		kg_error_set(err, "query", 0, 0, "unknown query kind %d", (int)q->kind);
		return KG_EINVAL;
	}
	if (rc == KG_ENOMEM)
		kg_error_set(err, "query", 0, 0, "out of memory");
	else if (rc == KG_EIO)
		kg_error_set(err, "query", 0, 0, "write failed");
	return rc;
}
