/* model.c: building the graph from facts (merging repeated facts into weighted edges), its invariants
 * (sorted nodes and edges, adjacency, name maps, the igraph graph) and name resolution. */
#define _GNU_SOURCE /* qsort_r */
#include "graph_priv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int kg_graph_alloc(kg_graph **out)
{
	kg_graph *g = calloc(1, sizeof(*g));

	*out = NULL;
	if (!g)
		return KG_ENOMEM;
	*out = g;
	return KG_OK;
}

void kg_gedge_clear(kg_gedge *e)
{
	if (!e)
		return;
	free(e->relation);
	free(e->attrs.title);
	free(e->attrs.location);
	free(e->attrs.date);
	free(e->attrs.modality);
	free(e->attrs.event);
	kg_strv_clear(&e->extractors);
	for (size_t i = 0; i < e->n_ev; i++)
		kg_gevidence_clear(&e->ev[i]);
	free(e->ev);
	free(e->first);
	free(e->last);
	kg_strv_clear(&e->events);
	memset(e, 0, sizeof(*e));
}

void kg_gevidence_clear(kg_gevidence *ge)
{
	if (!ge)
		return;
	free(ge->ev.doc);
	free(ge->ev.text);
	free(ge->date);
	free(ge->event);
	memset(ge, 0, sizeof(*ge));
}

void kg_gedge_date_ends(size_t *first, size_t *last, const kg_gedge *e)
{
	char lo[KG_DATE_LEN] = "", hi[KG_DATE_LEN] = "", a[KG_DATE_LEN], b[KG_DATE_LEN];

	*first = *last = SIZE_MAX;
	for (size_t i = 0; i < e->n_ev; i++) {
		const char *d = e->ev[i].date;

		if (!d || kg_date_period(a, b, d) < 0)
			continue;
		if (*first == SIZE_MAX || strcmp(a, lo) < 0 ||
		    (strcmp(a, lo) == 0 && strlen(d) > strlen(e->ev[*first].date))) {
			*first = i;
			memcpy(lo, a, sizeof(lo));
		}
		if (*last == SIZE_MAX || strcmp(b, hi) > 0 ||
		    (strcmp(b, hi) == 0 && strlen(d) > strlen(e->ev[*last].date))) {
			*last = i;
			memcpy(hi, b, sizeof(hi));
		}
	}
}

int kg_gedge_date_span(kg_gedge *e)
{
	size_t first, last;

	kg_gedge_date_ends(&first, &last, e);
	if (first == SIZE_MAX)
		return KG_OK;
	free(e->first);
	free(e->last);
	e->first = kg_strdup(e->ev[first].date);
	e->last = kg_strdup(e->ev[last].date);
	return e->first && e->last ? KG_OK : KG_ENOMEM;
}

/* Copies an optional string: 1 when a non-NULL source could not be copied, else 0. */
static int copy_opt(char **dst, const char *src)
{
	*dst = kg_strdup(src);
	return src && !*dst;
}

int kg_gevidence_copy(kg_gevidence *dst, const kg_gevidence *src)
{
	int bad = 0;

	*dst = *src;
	bad |= copy_opt(&dst->ev.doc, src->ev.doc);
	bad |= copy_opt(&dst->ev.text, src->ev.text);
	bad |= copy_opt(&dst->date, src->date);
	bad |= copy_opt(&dst->event, src->event);
	if (bad) {
		kg_gevidence_clear(dst);
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* Copies the strv src into the empty dst. */
static int copy_strv(kg_strv *dst, const kg_strv *src)
{
	memset(dst, 0, sizeof(*dst));
	for (size_t i = 0; i < src->n; i++)
		if (kg_strv_push(dst, src->v[i]) < 0)
			return 1;
	return 0;
}

int kg_gedge_copy(kg_gedge *dst, const kg_gedge *src, int with_evidence)
{
	int bad = 0;

	*dst = *src;
	dst->ev = NULL;
	dst->n_ev = 0;
	bad |= copy_opt(&dst->relation, src->relation);
	bad |= copy_opt(&dst->attrs.title, src->attrs.title);
	bad |= copy_opt(&dst->attrs.location, src->attrs.location);
	bad |= copy_opt(&dst->attrs.date, src->attrs.date);
	bad |= copy_opt(&dst->attrs.modality, src->attrs.modality);
	bad |= copy_opt(&dst->attrs.event, src->attrs.event);
	bad |= copy_opt(&dst->first, src->first);
	bad |= copy_opt(&dst->last, src->last);
	bad |= copy_strv(&dst->extractors, &src->extractors);
	bad |= copy_strv(&dst->events, &src->events);
	if (!bad && with_evidence && src->n_ev) {
		if (!(dst->ev = calloc(src->n_ev, sizeof(*dst->ev))))
			bad = 1;
		for (size_t k = 0; !bad && k < src->n_ev; k++) {
			bad |= kg_gevidence_copy(&dst->ev[k], &src->ev[k]) < 0;
			dst->n_ev += !bad;
		}
	}
	if (bad) {
		kg_gedge_clear(dst);
		return KG_ENOMEM;
	}
	return KG_OK;
}

int kg_graph_node_by_id(const kg_graph *g, const char *id, size_t *index)
{
	return g->by_id && id && kg_map_get(g->by_id, id, index) ? KG_OK : KG_ENOTFOUND;
}

int kg_event_cmp_date(const kg_event *a, const kg_event *b)
{
	char fa[KG_DATE_LEN] = "~", fb[KG_DATE_LEN] = "~", last[KG_DATE_LEN];
	int c;

	if (a->date)
		kg_date_period(fa, last, a->date);
	if (b->date)
		kg_date_period(fb, last, b->date);
	return (c = strcmp(fa, fb)) ? c : strcmp(a->id, b->id);
}

static int cmp_event_id(const void *pa, const void *pb)
{
	return strcmp(((const kg_event *)pa)->id, ((const kg_event *)pb)->id);
}

int kg_graph_copy_events(kg_graph *dst, const kg_graph *src)
{
	kg_event *v;

	if (!src->n_events)
		return KG_OK;
	if (!(v = calloc(src->n_events, sizeof(*v))))
		return KG_ENOMEM;
	for (size_t i = 0; i < src->n_events; i++) {
		const kg_event *s = &src->events[i];
		kg_event *d = &v[dst->n_events];
		size_t k;
		int rc;

		*d = *s;
		d->participants = NULL;
		d->n_participants = d->cap_participants = 0;
		if ((rc = kg_event_copy(d, d)) < 0) /* the strings, without the participants */
			goto fail;
		for (size_t p = 0; p < s->n_participants; p++) {
			if (kg_graph_node_by_id(dst, s->participants[p].name, &k) < 0)
				continue;
			if ((rc = kg_event_add_participant(d, s->participants[p].name, s->participants[p].type,
							   s->participants[p].role)) < 0) {
				kg_event_clear(d);
				goto fail;
			}
		}
		if (d->n_participants == 0) {
			kg_event_clear(d);
			continue;
		}
		dst->n_events++;
		continue;
fail:
		for (size_t k2 = 0; k2 < dst->n_events; k2++)
			kg_event_clear(&v[k2]);
		free(v);
		dst->n_events = 0;
		return rc;
	}
	dst->events = v;
	return KG_OK;
}

static int cmp_docref(const void *pa, const void *pb)
{
	return strcmp(((const kg_docref *)pa)->name, ((const kg_docref *)pb)->name);
}

static void docs_free(kg_docref *docs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		kg_docref_clear(&docs[i]);
	free(docs);
}

int kg_graph_set_docs(kg_graph *g, const kg_docref *docs, size_t n)
{
	kg_docref *v = NULL;
	size_t k = 0;

	docs_free(g->docs, g->n_docs);
	g->docs = NULL;
	g->n_docs = 0;
	if (!n)
		return KG_OK;
	if (!(v = calloc(n, sizeof(*v))))
		return KG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		if (!docs[i].name)
			continue;
		if (kg_docref_copy(&v[k], &docs[i]) < 0) {
			docs_free(v, k);
			return KG_ENOMEM;
		}
		k++;
	}
	qsort(v, k, sizeof(*v), cmp_docref);
	/* one per name */
	for (size_t i = 0; i < k; i++) {
		if (g->n_docs && strcmp(v[g->n_docs - 1].name, v[i].name) == 0)
			kg_docref_clear(&v[i]);
		else
			v[g->n_docs++] = v[i];
	}
	g->docs = v;
	return KG_OK;
}

const kg_docref *kg_graph_doc(const kg_graph *g, const char *name)
{
	kg_docref key = { (char *)name, NULL, NULL, NULL };

	if (!name || !g->n_docs)
		return NULL;
	return bsearch(&key, g->docs, g->n_docs, sizeof(*g->docs), cmp_docref);
}

int kg_graph_duration_index(kg_map **out, const kg_graph *g)
{
	kg_map *m = NULL;

	*out = NULL;
	for (size_t i = 0; i < g->n_events; i++) {
		if (!g->events[i].duration)
			continue;
		if ((!m && kg_map_new(&m) < 0) || kg_map_put(m, g->events[i].id, i) < 0) {
			kg_map_free(m);
			return KG_ENOMEM;
		}
	}
	*out = m;
	return KG_OK;
}

int kg_gedge_durations(char **out, const kg_graph *g, const kg_map *index, const kg_gedge *e, const char *sep)
{
	size_t len = 1, at = 0, k;
	int any = 0;
	char *s;

	*out = NULL;
	for (size_t i = 0; index && i < e->events.n; i++) {
		if (kg_map_get(index, e->events.v[i], &k)) {
			len += strlen(g->events[k].duration);
			any = 1;
		}
		len += strlen(sep);
	}
	if (!any)
		return KG_OK;
	if (!(s = malloc(len)))
		return KG_ENOMEM;
	for (size_t i = 0; i < e->events.n; i++) {
		const char *d = kg_map_get(index, e->events.v[i], &k) ? g->events[k].duration : "";

		at += (size_t)snprintf(s + at, len - at, "%s%s", i ? sep : "", d);
	}
	*out = s;
	return KG_OK;
}

int kg_event_when(char *buf, size_t cap, const kg_event *ev, const char *undated)
{
	const char *date = ev->date ? ev->date : undated;
	char words[KG_DURATION_LEN];
	int len;

	if (ev->duration && kg_duration_words(words, sizeof(words), ev->duration) > 0)
		len = snprintf(buf, cap, "%s%s%s", date, date[0] ? ", " : "", words);
	else
		len = snprintf(buf, cap, "%s", date);
	return len < 0 || (size_t)len >= cap ? KG_ELIMIT : len;
}

static void node_clear(kg_gnode *n)
{
	free(n->id);
	free(n->label);
	kg_strv_clear(&n->aliases);
	kg_strv_clear(&n->why);
	memset(n, 0, sizeof(*n));
}

void kg_graph_free(kg_graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n_nodes; i++)
		node_clear(&g->nodes[i]);
	free(g->nodes);
	for (size_t i = 0; i < g->n_edges; i++)
		kg_gedge_clear(&g->edges[i]);
	free(g->edges);
	free(g->adj_off);
	free(g->adj);
	for (size_t i = 0; i < g->n_events; i++)
		kg_event_clear(&g->events[i]);
	free(g->events);
	docs_free(g->docs, g->n_docs);
	kg_map_free(g->by_id);
	kg_map_free(g->by_name);
	kg_map_free(g->by_token);
	for (size_t i = 0; i < g->n_names; i++)
		free(g->names[i].v);
	free(g->names);
	if (g->has_ig)
		igraph_destroy(&g->ig);
	free(g);
}

size_t kg_graph_node_count(const kg_graph *g)
{
	return g ? g->n_nodes : 0;
}

size_t kg_graph_edge_count(const kg_graph *g)
{
	return g ? g->n_edges : 0;
}

int kg_graph_node(const kg_graph *g, size_t i, kg_node_info *out)
{
	const kg_gnode *n;

	if (!g || i >= g->n_nodes)
		return KG_EINVAL;
	n = &g->nodes[i];
	out->id = n->id;
	out->label = n->label;
	out->type = n->type;
	out->aliases = &n->aliases;
	out->why = &n->why;
	out->mentions = n->mentions;
	out->degree = n->degree;
	out->weighted_degree = n->weighted_degree;
	out->pagerank = n->pagerank;
	out->betweenness = n->betweenness;
	out->harmonic = n->harmonic;
	out->eigenvector = n->eigenvector;
	out->component = n->component;
	out->community = n->community;
	return KG_OK;
}

/* ---- invariants ---- */

static int cmp_node_id(const void *pa, const void *pb, void *ctx)
{
	const kg_gnode *nodes = ctx;

	return strcmp(nodes[*(const size_t *)pa].id, nodes[*(const size_t *)pb].id);
}

static int cmp_edge(const void *pa, const void *pb)
{
	const kg_gedge *a = pa, *b = pb;

	if (a->src != b->src)
		return a->src < b->src ? -1 : 1;
	if (a->dst != b->dst)
		return a->dst < b->dst ? -1 : 1;
	return strcmp(a->relation, b->relation);
}

/* Adds ref to the name list under key in map (creating it). A node already last in the list keeps the
 * better (label over alias) reference. */
static int names_add(kg_graph *g, kg_map *map, const char *key, size_t ref)
{
	size_t li;
	kg_gnamelist *l;

	if (!kg_map_get(map, key, &li)) {
		if (g->n_names == g->cap_names) {
			size_t cap = g->cap_names ? g->cap_names * 2 : 64;
			kg_gnamelist *v = realloc(g->names, cap * sizeof(*v));
			if (!v)
				return KG_ENOMEM;
			g->names = v;
			g->cap_names = cap;
		}
		li = g->n_names;
		memset(&g->names[li], 0, sizeof(g->names[li]));
		if (kg_map_put(map, key, li) < 0)
			return KG_ENOMEM;
		g->n_names++;
	}
	l = &g->names[li];
	if (l->n > 0 && l->v[l->n - 1] / 2 == ref / 2) {
		if (ref < l->v[l->n - 1])
			l->v[l->n - 1] = ref;
		return KG_OK;
	}
	if (l->n == l->cap) {
		size_t *v = kg_grow(l->v, &l->cap, l->n + 1, sizeof(*v), 2);
		if (!v)
			return KG_ENOMEM;
		l->v = v;
	}
	l->v[l->n++] = ref;
	return KG_OK;
}

/* Registers one surface form of node i (alias: 1 when not its label; tokens: 1 to register its last
 * word too). */
static int names_add_form(kg_graph *g, size_t i, const char *form, int alias, int tokens)
{
	char *slug = kg_slug_new(form);
	const char *last;
	int rc;

	if (!slug)
		return KG_ENOMEM;
	rc = names_add(g, g->by_name, slug, i * 2 + (size_t)alias);
	last = strrchr(slug, '-');
	if (rc == KG_OK && tokens && last && last[1])
		rc = names_add(g, g->by_token, last + 1, i * 2 + (size_t)alias);
	free(slug);
	return rc;
}

static int build_igraph(kg_graph *g, kg_error *err)
{
	igraph_vector_int_t ends;
	kg_igraph_guard guard;
	int rc = KG_OK, have_ends = 0;

	kg_igraph_enter(&guard);
	if (igraph_vector_int_init(&ends, (igraph_integer_t)(2 * g->n_edges)) != IGRAPH_SUCCESS) {
		rc = KG_ENOMEM;
		goto fail;
	}
	have_ends = 1;
	for (size_t i = 0; i < g->n_edges; i++) {
		VECTOR(ends)[2 * i] = (igraph_integer_t)g->edges[i].src;
		VECTOR(ends)[2 * i + 1] = (igraph_integer_t)g->edges[i].dst;
	}
	if (igraph_create(&g->ig, &ends, (igraph_integer_t)g->n_nodes, IGRAPH_DIRECTED) != IGRAPH_SUCCESS) {
		rc = KG_EDEP;
		goto fail;
	}
	g->has_ig = 1;
	goto done;
fail:
	kg_error_set(err, "igraph", 0, 0, "cannot create the graph: %s", kg_igraph_last_error());
done:
	if (have_ends)
		igraph_vector_int_destroy(&ends);
	kg_igraph_leave(&guard);
	return rc;
}

int kg_graph_finish(kg_graph *g, kg_error *err)
{
	size_t *order = NULL, *where = NULL, *fill = NULL;
	kg_gnode *sorted = NULL;
	int rc = KG_OK;
	size_t n = g->n_nodes, m = g->n_edges;

	order = malloc((n + 1) * sizeof(*order));
	where = malloc((n + 1) * sizeof(*where));
	sorted = malloc((n + 1) * sizeof(*sorted));
	g->adj_off = calloc(n + 1, sizeof(*g->adj_off));
	g->adj = malloc((2 * m + 1) * sizeof(*g->adj));
	fill = calloc(n + 1, sizeof(*fill));
	if (!order || !where || !sorted || !g->adj_off || !g->adj || !fill ||
	    kg_map_new(&g->by_id) < 0 || kg_map_new(&g->by_name) < 0 || kg_map_new(&g->by_token) < 0)
		goto nomem;

	/* nodes by id; a repeated id is an error */
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	qsort_r(order, n, sizeof(*order), cmp_node_id, g->nodes);
	for (size_t i = 0; i < n; i++) {
		sorted[i] = g->nodes[order[i]];
		where[order[i]] = i;
	}
	if (n > 0)
		memcpy(g->nodes, sorted, n * sizeof(*sorted));
	for (size_t i = 1; i < n; i++) {
		if (strcmp(g->nodes[i - 1].id, g->nodes[i].id) == 0) {
			kg_error_set(err, "graph", 0, 0, "duplicate node id \"%s\"", g->nodes[i].id);
			rc = KG_EPARSE;
			goto done;
		}
	}

	/* edges: new node indices, symmetric ones from the smaller id, then sorted */
	for (size_t i = 0; i < m; i++) {
		kg_gedge *e = &g->edges[i];
		e->src = where[e->src];
		e->dst = where[e->dst];
		if (e->symmetric && e->src > e->dst) {
			size_t t = e->src;
			e->src = e->dst;
			e->dst = t;
		}
	}
	if (m > 0)
		qsort(g->edges, m, sizeof(*g->edges), cmp_edge);

	/* adjacency: incident edges per node in edge order */
	for (size_t i = 0; i < m; i++) {
		g->adj_off[g->edges[i].src + 1]++;
		if (g->edges[i].dst != g->edges[i].src)
			g->adj_off[g->edges[i].dst + 1]++;
	}
	for (size_t i = 0; i < n; i++)
		g->adj_off[i + 1] += g->adj_off[i];
	for (size_t i = 0; i < m; i++) {
		size_t s = g->edges[i].src, d = g->edges[i].dst;
		g->adj[g->adj_off[s] + fill[s]++] = i;
		if (d != s)
			g->adj[g->adj_off[d] + fill[d]++] = i;
	}

	/* name maps */
	for (size_t i = 0; i < n; i++) {
		const kg_gnode *v = &g->nodes[i];
		if (kg_map_put(g->by_id, v->id, i) < 0 || names_add_form(g, i, v->label, 0, 1) < 0 ||
		    names_add_form(g, i, v->id, 0, 0) < 0)
			goto nomem;
		for (size_t a = 0; a < v->aliases.n; a++)
			if (names_add_form(g, i, v->aliases.v[a], 1, 1) < 0)
				goto nomem;
	}
	rc = build_igraph(g, err);
	goto done;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory indexing %zu nodes and %zu edges", n, m);
	rc = KG_ENOMEM;
done:
	free(order);
	free(where);
	free(sorted);
	free(fill);
	return rc;
}

/* ---- building from facts ---- */

/* A vertex to be: an entity of the facts or a name only seen in a triple. */
typedef struct node_rec {
	const char *name;      /* borrowed from facts */
	kg_etype type;         /* entity type */
	const kg_entity *ent;  /* the entity, NULL when only in triples */
	char *id;              /* unique slug, owned until moved into the node */
} node_rec;

/* One merged edge while building. */
typedef struct edge_rec {
	size_t src, dst;       /* node_rec indices */
	const char *relation;  /* borrowed predicate */
	int symmetric;         /* schema says symmetric */
	size_t first;          /* its triples: tri_order[first .. first + count) */
	size_t count;
} edge_rec;

static int cmp_rec_name(const void *pa, const void *pb, void *ctx)
{
	const node_rec *recs = ctx;

	return strcmp(recs[*(const size_t *)pa].name, recs[*(const size_t *)pb].name);
}

static const char *nz(const char *s)
{
	return s ? s : "";
}

/* Orders triples of one edge by evidence (doc, sentence, start), then by position in the facts. */
static int cmp_tri_evidence(const void *pa, const void *pb, void *ctx)
{
	const kg_facts *f = ctx;
	size_t ia = *(const size_t *)pa, ib = *(const size_t *)pb;
	const kg_evidence *a = &f->triples[ia].evidence, *b = &f->triples[ib].evidence;
	int c = strcmp(nz(a->doc), nz(b->doc));

	if (c)
		return c;
	if (a->sentence != b->sentence)
		return a->sentence < b->sentence ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return ia < ib ? -1 : ia > ib;
}

static int same_evidence(const kg_evidence *a, const kg_evidence *b)
{
	return strcmp(nz(a->doc), nz(b->doc)) == 0 && a->sentence == b->sentence && a->start == b->start;
}

/* Sets *dst to a copy of src unless already set. */
static int take_attr(char **dst, const char *src)
{
	if (*dst || !src || !*src)
		return KG_OK;
	*dst = kg_strdup(src);
	return *dst ? KG_OK : KG_ENOMEM;
}

/* Gives evidence ge the date and event of triple t unless it has them: an ISO date only (a date as
 * written in an old input is kept in the edge's attrs, not here); one with no source is the text's. */
static int evidence_date(kg_gevidence *ge, const kg_triple *t)
{
	if (!ge->date && kg_date_valid(t->attrs.date)) {
		if (!(ge->date = kg_strdup(t->attrs.date)))
			return KG_ENOMEM;
		ge->date_source = t->attrs.date_source != KG_DATE_NONE ? t->attrs.date_source : KG_DATE_TEXT;
	}
	if (!ge->event && t->attrs.event && t->attrs.event[0] && !(ge->event = kg_strdup(t->attrs.event)))
		return KG_ENOMEM;
	return KG_OK;
}

/* Fills e from the triples tri[0..n) of one key, sorted by evidence. */
static int edge_from_triples(kg_gedge *e, const kg_facts *f, const size_t *tri, size_t n)
{
	int all_planned = 1;

	e->ev = calloc(n, sizeof(*e->ev));
	if (!e->ev)
		return KG_ENOMEM;
	e->confidence = 0.0;
	for (size_t k = 0; k < n; k++) {
		const kg_triple *t = &f->triples[tri[k]];
		int planned = kg_modality_planned(t->attrs.modality);
		kg_gevidence *last = e->n_ev ? &e->ev[e->n_ev - 1] : NULL;

		if (k == 0 || t->confidence > e->confidence)
			e->confidence = t->confidence;
		if (t->extractor && *t->extractor && kg_strv_push_unique(&e->extractors, t->extractor) < 0)
			return KG_ENOMEM;
		if (take_attr(&e->attrs.title, t->attrs.title) < 0 ||
		    take_attr(&e->attrs.location, t->attrs.location) < 0 ||
		    take_attr(&e->attrs.date, t->attrs.date) < 0)
			return KG_ENOMEM;
		if (t->attrs.event && t->attrs.event[0] && kg_strv_push_unique(&e->events, t->attrs.event) < 0)
			return KG_ENOMEM;
		if (last && same_evidence(&last->ev, &t->evidence)) {
			last->planned &= planned; /* one asserting reading of a sentence is enough */
			if (evidence_date(last, t) < 0)
				return KG_ENOMEM;
			continue;
		}
		last = &e->ev[e->n_ev];
		last->ev.doc = kg_strdup(nz(t->evidence.doc));
		last->ev.text = kg_strdup(nz(t->evidence.text));
		if (!last->ev.doc || !last->ev.text || evidence_date(last, t) < 0) {
			kg_gevidence_clear(last);
			return KG_ENOMEM;
		}
		last->ev.sentence = t->evidence.sentence;
		last->ev.start = t->evidence.start;
		last->ev.end = t->evidence.end;
		last->planned = planned;
		e->n_ev++;
	}
	kg_strv_sort(&e->events);
	if (kg_gedge_date_span(e) < 0)
		return KG_ENOMEM;
	for (size_t k = 0; k < e->n_ev; k++)
		all_planned &= e->ev[k].planned;
	e->planned = e->n_ev > 0 && all_planned;
	e->weight = (double)e->n_ev;
	kg_strv_sort(&e->extractors);
	if (e->planned && !(e->attrs.modality = kg_strdup("planned")))
		return KG_ENOMEM;
	return KG_OK;
}

/* Gives every record a unique slug id, in name order so the result does not depend on input order:
 * a second name with the same slug gets "-2", a third "-3". */
static int assign_ids(node_rec *recs, size_t n, kg_map *taken)
{
	size_t *order = malloc((n + 1) * sizeof(*order));
	int rc = KG_OK;

	if (!order)
		return KG_ENOMEM;
	for (size_t i = 0; i < n; i++)
		order[i] = i;
	qsort_r(order, n, sizeof(*order), cmp_rec_name, recs);
	for (size_t k = 0; k < n && rc == KG_OK; k++) {
		node_rec *r = &recs[order[k]];
		char *base = kg_slug_new(r->name);
		char *id = NULL;

		if (!base) {
			rc = KG_ENOMEM;
			break;
		}
		if (!kg_map_get(taken, base, NULL)) {
			id = base;
			base = NULL;
		}
		for (unsigned long suffix = 2; !id; suffix++) {
			size_t len = strlen(base) + 24;
			id = malloc(len);
			if (!id)
				break;
			snprintf(id, len, "%s-%lu", base, suffix);
			if (kg_map_get(taken, id, NULL)) {
				free(id);
				id = NULL;
			}
		}
		free(base);
		if (!id || kg_map_put(taken, id, order[k]) < 0) {
			free(id);
			rc = KG_ENOMEM;
			break;
		}
		r->id = id;
	}
	free(order);
	return rc;
}

/* The record of name, added (with the type seen in a triple) when the facts have no such entity. */
static int rec_of(size_t *out, node_rec **recs, size_t *n, kg_map *by_name, const char *name, kg_etype type)
{
	if (kg_map_get(by_name, name, out)) {
		if ((*recs)[*out].type == KG_TYPE_UNKNOWN)
			(*recs)[*out].type = type;
		return KG_OK;
	}
	if (kg_map_put(by_name, name, *n) < 0)
		return KG_ENOMEM;
	memset(&(*recs)[*n], 0, sizeof(**recs));
	(*recs)[*n].name = name;
	(*recs)[*n].type = type;
	*out = (*n)++;
	return KG_OK;
}

/* Copies the events of facts into g, each participant named by its node's id, sorted by event id. */
static int graph_events(kg_graph *g, const kg_facts *facts, const kg_map *rec_by_name)
{
	if (!facts->n_events)
		return KG_OK;
	if (!(g->events = calloc(facts->n_events, sizeof(*g->events))))
		return KG_ENOMEM;
	for (size_t i = 0; i < facts->n_events; i++) {
		const kg_event *s = &facts->events[i];
		kg_event *d = &g->events[g->n_events];

		*d = *s;
		d->participants = NULL;
		d->n_participants = d->cap_participants = 0;
		if (kg_event_copy(d, d) < 0)
			return KG_ENOMEM;
		g->n_events++;
		for (size_t p = 0; p < s->n_participants; p++) {
			size_t r;

			if (!kg_map_get(rec_by_name, s->participants[p].name, &r))
				continue;
			if (kg_event_add_participant(d, g->nodes[r].id, s->participants[p].type, s->participants[p].role) < 0)
				return KG_ENOMEM;
		}
	}
	qsort(g->events, g->n_events, sizeof(*g->events), cmp_event_id);
	return KG_OK;
}

int kg_graph_new(kg_graph **out, const kg_facts *facts, kg_error *err)
{
	kg_graph *g = NULL;
	node_rec *recs = NULL;
	edge_rec *erecs = NULL;
	size_t n_recs = 0, n_erecs = 0, cap_erecs = 0;
	size_t *tri_edge = NULL, *tri_order = NULL, *fill = NULL;
	kg_map *rec_by_name = NULL, *taken = NULL, *edge_by_key = NULL;
	char *key = NULL;
	size_t key_cap = 0;
	size_t nt = facts ? facts->n_triples : 0, ne = facts ? facts->n_entities : 0;
	int rc = KG_OK;

	*out = NULL;
	if (!facts) {
		kg_error_set(err, "graph", 0, 0, "no facts to build a graph from");
		return KG_EINVAL;
	}
	if (kg_graph_alloc(&g) < 0 || kg_map_new(&rec_by_name) < 0 || kg_map_new(&taken) < 0 ||
	    kg_map_new(&edge_by_key) < 0 || kg_graph_set_docs(g, facts->docs, facts->n_docs) < 0)
		goto nomem;
	recs = calloc(ne + 2 * nt + 1, sizeof(*recs));
	tri_edge = malloc((nt + 1) * sizeof(*tri_edge));
	tri_order = malloc((nt + 1) * sizeof(*tri_order));
	if (!recs || !tri_edge || !tri_order)
		goto nomem;

	/* vertices: every entity, then names only seen in triples */
	for (size_t i = 0; i < ne; i++) {
		const kg_entity *ent = &facts->entities[i];
		size_t r;
		if (!ent->name || !ent->name[0])
			continue;
		if (rec_of(&r, &recs, &n_recs, rec_by_name, ent->name, ent->type) < 0)
			goto nomem;
		if (!recs[r].ent)
			recs[r].ent = ent;
	}
	for (size_t i = 0; i < nt; i++) {
		const kg_triple *t = &facts->triples[i];
		size_t r;
		if (!t->subject || !t->subject[0] || !t->object || !t->object[0] || !t->predicate ||
		    !t->predicate[0]) {
			kg_error_set(err, nz(t->evidence.doc), 0, 0, "fact %zu has an empty subject, predicate or object", i);
			rc = KG_EINVAL;
			goto done;
		}
		if (rec_of(&r, &recs, &n_recs, rec_by_name, t->subject, t->subject_type) < 0 ||
		    rec_of(&r, &recs, &n_recs, rec_by_name, t->object, t->object_type) < 0)
			goto nomem;
	}
	if (assign_ids(recs, n_recs, taken) < 0)
		goto nomem;

	/* edges: one per (subject, predicate, object), symmetric ones from the smaller id */
	for (size_t i = 0; i < nt; i++) {
		const kg_triple *t = &facts->triples[i];
		const kg_relation_info *ri = kg_relation_lookup(t->predicate);
		size_t s, o, ei, need;
		int sym = ri && ri->symmetric;

		kg_map_get(rec_by_name, t->subject, &s);
		kg_map_get(rec_by_name, t->object, &o);
		if (sym && strcmp(recs[s].id, recs[o].id) > 0) {
			size_t x = s;
			s = o;
			o = x;
		}
		need = strlen(t->predicate) + 48;
		if (need > key_cap) {
			char *k = realloc(key, need);
			if (!k)
				goto nomem;
			key = k;
			key_cap = need;
		}
		snprintf(key, key_cap, "%zu\t%zu\t%s", s, o, t->predicate);
		if (!kg_map_get(edge_by_key, key, &ei)) {
			if (n_erecs == cap_erecs) {
				size_t cap = cap_erecs ? cap_erecs * 2 : 64;
				edge_rec *v = realloc(erecs, cap * sizeof(*v));
				if (!v)
					goto nomem;
				erecs = v;
				cap_erecs = cap;
			}
			ei = n_erecs++;
			memset(&erecs[ei], 0, sizeof(erecs[ei]));
			erecs[ei].src = s;
			erecs[ei].dst = o;
			erecs[ei].relation = t->predicate;
			erecs[ei].symmetric = sym;
			if (kg_map_put(edge_by_key, key, ei) < 0)
				goto nomem;
		}
		tri_edge[i] = ei;
		erecs[ei].count++;
	}
	/* group the triples by edge (counting sort) */
	fill = calloc(n_erecs + 1, sizeof(*fill));
	if (!fill)
		goto nomem;
	for (size_t i = 1; i < n_erecs; i++)
		erecs[i].first = erecs[i - 1].first + erecs[i - 1].count;
	for (size_t i = 0; i < nt; i++)
		tri_order[erecs[tri_edge[i]].first + fill[tri_edge[i]]++] = i;

	/* move into the graph */
	g->nodes = calloc(n_recs + 1, sizeof(*g->nodes));
	g->edges = calloc(n_erecs + 1, sizeof(*g->edges));
	if (!g->nodes || !g->edges)
		goto nomem;
	for (size_t i = 0; i < n_recs; i++) {
		kg_gnode *v = &g->nodes[g->n_nodes++];
		const kg_entity *ent = recs[i].ent;

		v->id = recs[i].id;
		recs[i].id = NULL;
		v->label = kg_strdup(recs[i].name);
		v->type = recs[i].type;
		v->component = v->community = -1;
		if (!v->label)
			goto nomem;
		if (ent) {
			v->mentions = ent->mentions;
			for (size_t a = 0; a < ent->aliases.n; a++)
				if (strcmp(ent->aliases.v[a], ent->name) != 0 &&
				    kg_strv_push_unique(&v->aliases, ent->aliases.v[a]) < 0)
					goto nomem;
			for (size_t a = 0; a < ent->why.n; a++)
				if (kg_strv_push(&v->why, ent->why.v[a]) < 0)
					goto nomem;
			kg_strv_sort(&v->aliases);
		}
	}
	for (size_t i = 0; i < n_erecs; i++) {
		edge_rec *er = &erecs[i];
		kg_gedge *e = &g->edges[g->n_edges++];

		e->src = er->src;
		e->dst = er->dst;
		e->symmetric = er->symmetric;
		e->relation = kg_strdup(er->relation);
		if (!e->relation)
			goto nomem;
		qsort_r(tri_order + er->first, er->count, sizeof(*tri_order), cmp_tri_evidence, (void *)facts);
		if (edge_from_triples(e, facts, tri_order + er->first, er->count) < 0)
			goto nomem;
	}
	if (graph_events(g, facts, rec_by_name) < 0)
		goto nomem;
	rc = kg_graph_finish(g, err);
	goto done;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory building the graph from %zu facts", nt);
	rc = KG_ENOMEM;
done:
	for (size_t i = 0; recs && i < n_recs; i++)
		free(recs[i].id);
	free(recs);
	free(erecs);
	free(tri_edge);
	free(tri_order);
	free(fill);
	free(key);
	kg_map_free(rec_by_name);
	kg_map_free(taken);
	kg_map_free(edge_by_key);
	if (rc < 0)
		kg_graph_free(g);
	else
		*out = g;
	return rc;
}

/* ---- name resolution ---- */

/* Appends the labels of the distinct nodes of l to buf, for an "ambiguous" message. */
static void list_labels(const kg_graph *g, const kg_gnamelist *l, char *buf, size_t cap)
{
	size_t used = strlen(buf), shown = 0;

	for (size_t k = 0; k < l->n && used + 1 < cap; k++) {
		const kg_gnode *v = &g->nodes[l->v[k] / 2];
		if (shown == 5) {
			snprintf(buf + used, cap - used, ", ...");
			break;
		}
		snprintf(buf + used, cap - used, "%s%s (%s)", shown ? ", " : "", v->label, v->id);
		used = strlen(buf);
		shown++;
	}
}

/* The node a name list designates: the only node, or the only label among aliases. */
static int pick(const kg_gnamelist *l, size_t *index)
{
	size_t labels = 0, label_at = 0;

	if (l->n == 1) {
		*index = l->v[0] / 2;
		return 1;
	}
	for (size_t k = 0; k < l->n; k++) {
		if (l->v[k] % 2 == 0) {
			labels++;
			label_at = k;
		}
	}
	if (labels == 1) {
		*index = l->v[label_at] / 2;
		return 1;
	}
	return 0;
}

int kg_graph_resolve(const kg_graph *g, const char *name, size_t *index, kg_error *err)
{
	char *slug = NULL;
	size_t li;
	int rc = KG_ENOTFOUND;
	char msg[400] = "ambiguous: ";

	if (!g || !name || !*name) {
		kg_error_set(err, "query", 0, 0, "no name given");
		return KG_EINVAL;
	}
	if (g->by_id && kg_map_get(g->by_id, name, index))
		return KG_OK;
	slug = kg_slug_new(name);
	if (!slug) {
		kg_error_set(err, "query", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	if (g->by_name && kg_map_get(g->by_name, slug, &li)) {
		if (pick(&g->names[li], index)) {
			rc = KG_OK;
			goto done;
		}
		list_labels(g, &g->names[li], msg, sizeof(msg));
		kg_error_set(err, "query", 0, 0, "\"%s\" is %s", name, msg);
		goto done;
	}
	if (g->by_token && !strchr(slug, '-') && kg_map_get(g->by_token, slug, &li)) {
		const kg_gnamelist *l = &g->names[li];
		if (l->n == 1) {
			*index = l->v[0] / 2;
			rc = KG_OK;
			goto done;
		}
		list_labels(g, l, msg, sizeof(msg));
		kg_error_set(err, "query", 0, 0, "\"%s\" is %s", name, msg);
		goto done;
	}
	kg_error_set(err, "query", 0, 0, "no entity named \"%s\"", name);
done:
	free(slug);
	return rc;
}

int kg_graph_is_analyzed(const kg_graph *g)
{
	return g && g->analyzed;
}

int kg_graph_find(const kg_graph *g, const char *name, size_t *index)
{
	int rc = kg_graph_resolve(g, name, index, NULL);

	return rc == KG_EINVAL ? KG_ENOTFOUND : rc;
}
