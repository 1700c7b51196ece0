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

void kg_gedge_clear_pooled(kg_gedge *e)
{
	if (!e)
		return;
	free(e->attrs.event);
	for (size_t i = 0; i < e->n_ev; i++)
		kg_gevidence_clear_pooled(&e->ev[i]);
	free(e->ev);
	for (size_t i = 0; i < e->events.n; i++)
		kg_stext_release(e->events.v[i]);
	free(e->events.v); /* the extractors list is the pool's */
	kg_map_free(e->events.index);
	memset(e, 0, sizeof(*e));
}

void kg_gevidence_clear_pooled(kg_gevidence *ge)
{
	if (!ge)
		return;
	kg_stext_release(ge->ev.text);
	kg_stext_release(ge->event);
	memset(ge, 0, sizeof(*ge));
}

void kg_event_clear_pooled(kg_event *ev)
{
	if (!ev)
		return;
	free(ev->participants);
	free(ev->duration);
	kg_stext_release(ev->id);
	kg_stext_release(ev->evidence.text);
	memset(ev, 0, sizeof(*ev));
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

size_t kg_gedge_evidence_count(const kg_gedge *e)
{
	return e->n_ev_all > e->n_ev ? e->n_ev_all : e->n_ev;
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

void kg_gedge_pick_evidence(unsigned char *keep, const kg_gedge *e, size_t max)
{
	size_t strong = SIZE_MAX, stated = SIZE_MAX, first, last, picks[3], n = 0;

	for (size_t i = 0; i < e->n_ev && strong == SIZE_MAX; i++) {
		if (e->ev[i].planned)
			continue;
		if (stated == SIZE_MAX)
			stated = i;
		if (e->ev[i].date && e->ev[i].date_source == KG_DATE_TEXT)
			strong = i;
	}
	kg_gedge_date_ends(&first, &last, e);
	picks[0] = strong != SIZE_MAX ? strong : stated != SIZE_MAX ? stated : 0;
	picks[1] = first != SIZE_MAX ? first : 0;
	picks[2] = last != SIZE_MAX ? last : e->n_ev - 1;
	for (size_t k = 0; k < 3 && n < max; k++) {
		n += !keep[picks[k]];
		keep[picks[k]] = 1;
	}
	for (size_t i = 0; i < e->n_ev && n < max; i++) {
		n += !keep[i];
		keep[i] = 1;
	}
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

int kg_event_cmp_id(const void *pa, const void *pb)
{
	return strcmp(((const kg_event *)pa)->id, ((const kg_event *)pb)->id);
}

int kg_event_cmp_text_order(const void *pa, const void *pb)
{
	const kg_event *a = *(const kg_event *const *)pa, *b = *(const kg_event *const *)pb;
	int c = strcmp(a->evidence.doc ? a->evidence.doc : "", b->evidence.doc ? b->evidence.doc : "");

	if (c)
		return c;
	if (a->evidence.sentence != b->evidence.sentence)
		return a->evidence.sentence < b->evidence.sentence ? -1 : 1;
	if (a->trigger_start != b->trigger_start)
		return a->trigger_start < b->trigger_start ? -1 : 1;
	return strcmp(a->id, b->id);
}

static int cmp_str_ptr(const void *pa, const void *pb)
{
	return strcmp(*(const char *const *)pa, *(const char *const *)pb);
}

/* The group of an event left unnamed, into *buf: its type, flags and sorted participants. */
static int unnamed_key(char **buf, size_t *cap, const char **names, const kg_event *ev)
{
	size_t need = 32, at;

	for (size_t p = 0; p < ev->n_participants; p++) {
		names[p] = ev->participants[p].name ? ev->participants[p].name : "";
		need += strlen(names[p]) + 1;
	}
	qsort(names, ev->n_participants, sizeof(*names), cmp_str_ptr);
	if (need > *cap) {
		char *v = realloc(*buf, need);

		if (!v)
			return KG_ENOMEM;
		*buf = v;
		*cap = need;
	}
	at = (size_t)snprintf(*buf, *cap, "%d\t%u", (int)ev->type, ev->flags);
	for (size_t p = 0; p < ev->n_participants; p++) {
		size_t n = strlen(names[p]);

		(*buf)[at++] = '\t';
		memcpy(*buf + at, names[p], n);
		at += n;
	}
	(*buf)[at] = '\0';
	return KG_OK;
}

int kg_event_bound_unnamed(unsigned char *past, const kg_event **evs, size_t n, size_t max, kg_map *seen)
{
	const char **names = NULL;
	char *key = NULL;
	size_t cap = 0, most = 1;
	int rc = KG_ENOMEM;

	memset(past, 0, n);
	if (!max || !n)
		return KG_OK;
	for (size_t i = 0; i < n; i++)
		if (evs[i]->n_participants > most)
			most = evs[i]->n_participants;
	if (!(names = malloc(most * sizeof(*names))))
		goto done;
	qsort(evs, n, sizeof(*evs), kg_event_cmp_text_order);
	for (size_t i = 0; i < n; i++) {
		size_t count = 0;

		if (unnamed_key(&key, &cap, names, evs[i]) < 0)
			goto done;
		kg_map_get(seen, key, &count);
		past[i] = count >= max;
		if (kg_map_put(seen, key, count + 1) < 0)
			goto done;
	}
	rc = KG_OK;
done:
	free(names);
	free(key);
	return rc;
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

	if (!n)
		return kg_graph_take_docs(g, NULL, 0);
	if (!(v = calloc(n, sizeof(*v)))) {
		kg_graph_take_docs(g, NULL, 0);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		if (!docs[i].name)
			continue;
		if (kg_docref_copy(&v[k], &docs[i]) < 0) {
			docs_free(v, k);
			kg_graph_take_docs(g, NULL, 0);
			return KG_ENOMEM;
		}
		k++;
	}
	return kg_graph_take_docs(g, v, k);
}

int kg_graph_take_docs(kg_graph *g, kg_docref *v, size_t k)
{
	docs_free(g->docs, g->n_docs);
	g->docs = NULL;
	g->n_docs = 0;
	g->any_url = 0;
	if (!k) {
		free(v);
		return KG_OK;
	}
	for (size_t i = 0; i < k; i++)
		g->any_url |= v[i].url != NULL;
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
		if (g->pool)
			kg_gedge_clear_pooled(&g->edges[i]);
		else
			kg_gedge_clear(&g->edges[i]);
	free(g->edges);
	free(g->adj_off);
	free(g->adj);
	for (size_t i = 0; i < g->n_events; i++)
		if (g->pool)
			kg_event_clear_pooled(&g->events[i]);
		else
			kg_event_clear(&g->events[i]);
	free(g->events);
	kg_spool_free(g->pool);
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

int kg_gevidence_take_date(kg_gevidence *ge, const kg_triple *t, kg_spool *pool)
{
	if (!ge->date && kg_date_valid(t->attrs.date)) {
		if (!(ge->date = kg_spool_intern(pool, t->attrs.date)))
			return KG_ENOMEM;
		ge->date_source = t->attrs.date_source != KG_DATE_NONE ? t->attrs.date_source : KG_DATE_TEXT;
	}
	return KG_OK;
}

/* Orders indices into an array of names by name. */
static int cmp_name_at(const void *pa, const void *pb, void *ctx)
{
	const char *const *names = ctx;

	return strcmp(names[*(const size_t *)pa], names[*(const size_t *)pb]);
}

int kg_graph_assign_ids(char **ids, const char *const *names, size_t n)
{
	size_t *order = malloc((n + 1) * sizeof(*order));
	kg_map *taken = NULL;
	int rc = KG_OK;

	if (!order || kg_map_new(&taken) < 0) {
		free(order);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		order[i] = i;
		ids[i] = NULL;
	}
	qsort_r(order, n, sizeof(*order), cmp_name_at, (void *)names);
	for (size_t k = 0; k < n && rc == KG_OK; k++) {
		char *base = kg_slug_new(names[order[k]]);
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
		ids[order[k]] = id;
	}
	if (rc < 0)
		for (size_t i = 0; i < n; i++) {
			free(ids[i]);
			ids[i] = NULL;
		}
	free(order);
	kg_map_free(taken);
	return rc;
}

int kg_graph_new(kg_graph **out, const kg_facts *facts, kg_error *err)
{
	kg_graph_builder *b = NULL;
	int rc;

	*out = NULL;
	if (!facts) {
		kg_error_set(err, "graph", 0, 0, "no facts to build a graph from");
		return KG_EINVAL;
	}
	if ((rc = kg_graph_builder_new(&b, facts, NULL, err)) == KG_OK && (rc = kg_graph_builder_add(b, facts, err)) == KG_OK)
		rc = kg_graph_builder_finish(out, b, err);
	kg_graph_builder_free(b);
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

int kg_graph_events_cut(const kg_graph *g)
{
	for (size_t i = 0; g && i < g->n_edges; i++)
		if (g->edges[i].n_events_all > g->edges[i].events.n)
			return 1;
	return 0;
}

int kg_graph_find(const kg_graph *g, const char *name, size_t *index)
{
	int rc = kg_graph_resolve(g, name, index, NULL);

	return rc == KG_EINVAL ? KG_ENOTFOUND : rc;
}
