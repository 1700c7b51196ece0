/* period.c: the part of a graph that a period of time covers (kg build, query, render, report and export
 * --since/--until): dated evidence inside it, the edges left with any, the events dated inside it. */
#include "graph_priv.h"

#include <stdlib.h>
#include <string.h>

int kg_graph_date_in(const char *date, const char *lo, const char *hi)
{
	char first[KG_DATE_LEN], last[KG_DATE_LEN];

	if (!date || kg_date_period(first, last, date) < 0)
		return 0;
	return (!lo[0] || strcmp(last, lo) >= 0) && (!hi[0] || strcmp(first, hi) <= 0);
}

int kg_graph_period_check(char lo[KG_DATE_LEN], char hi[KG_DATE_LEN], const char *since, const char *until,
			  kg_error *err)
{
	char ignored[KG_DATE_LEN];

	lo[0] = hi[0] = '\0';
	if (since && kg_date_period(lo, ignored, since) < 0) {
		kg_error_set(err, "--since", 0, 0, "\"%s\" is not a date: use %s", since, kg_date_formats);
		return KG_EINVAL;
	}
	if (until && kg_date_period(ignored, hi, until) < 0) {
		kg_error_set(err, "--until", 0, 0, "\"%s\" is not a date: use %s", until, kg_date_formats);
		return KG_EINVAL;
	}
	if (lo[0] && hi[0] && strcmp(lo, hi) > 0) {
		kg_error_set(err, "--since", 0, 0, "%s is after --until %s: the period is empty", since, until);
		return KG_EINVAL;
	}
	return KG_OK;
}

/* Copies into e the evidence of src dated in [lo, hi]; 0 kept none. */
static int edge_in_period(kg_gedge *e, const kg_gedge *src, const char *lo, const char *hi, int *rc)
{
	int all_planned = 1;

	*rc = KG_OK;
	if (kg_gedge_copy(e, src, 0) < 0) {
		*rc = KG_ENOMEM;
		return 0;
	}
	kg_strv_clear(&e->events);
	free(e->first);
	free(e->last);
	e->first = e->last = NULL;
	if (!(e->ev = calloc(src->n_ev + 1, sizeof(*e->ev)))) {
		*rc = KG_ENOMEM;
		return 0;
	}
	for (size_t k = 0; k < src->n_ev; k++) {
		const kg_gevidence *ge = &src->ev[k];

		if (!kg_graph_date_in(ge->date, lo, hi))
			continue;
		if (kg_gevidence_copy(&e->ev[e->n_ev], ge) < 0 ||
		    (ge->event && kg_strv_push_unique(&e->events, ge->event) < 0)) {
			*rc = KG_ENOMEM;
			return 0;
		}
		all_planned &= e->ev[e->n_ev].planned;
		e->n_ev++;
	}
	/* events named by the edge but by no evidence kept (an old graph.json) stay out */
	kg_strv_sort(&e->events);
	if (!e->n_ev)
		return 0;
	e->weight = (double)e->n_ev;
	e->n_ev_all = 0;
	e->n_events_all = 0;
	e->planned = all_planned;
	free(e->attrs.modality);
	e->attrs.modality = NULL;
	if ((e->planned && !(e->attrs.modality = kg_strdup("planned"))) || kg_gedge_date_span(e) < 0) {
		*rc = KG_ENOMEM;
		return 0;
	}
	return 1;
}

int kg_graph_period(kg_graph **out, const kg_graph *g, const char *since, const char *until, kg_error *err)
{
	char lo[KG_DATE_LEN], hi[KG_DATE_LEN];
	kg_graph *sub = NULL;
	unsigned char *keep = NULL;
	size_t *where = NULL;
	int rc;

	*out = NULL;
	if ((rc = kg_graph_period_check(lo, hi, since, until, err)) < 0)
		return rc;
	if (kg_graph_alloc(&sub) < 0 || !(keep = calloc(g->n_nodes + 1, 1)) ||
	    !(where = malloc((g->n_nodes + 1) * sizeof(*where))) ||
	    !(sub->edges = calloc(g->n_edges + 1, sizeof(*sub->edges))) ||
	    !(sub->nodes = calloc(g->n_nodes + 1, sizeof(*sub->nodes))))
		goto nomem;
	for (size_t i = 0; i < g->n_edges; i++) {
		kg_gedge *e = &sub->edges[sub->n_edges];

		if (edge_in_period(e, &g->edges[i], lo, hi, &rc)) {
			keep[e->src] = keep[e->dst] = 1;
			sub->n_edges++;
		} else {
			kg_gedge_clear(e);
			if (rc < 0)
				goto nomem;
		}
	}
	for (size_t i = 0; i < g->n_events; i++) {
		if (!kg_graph_date_in(g->events[i].date, lo, hi))
			continue;
		for (size_t p = 0; p < g->events[i].n_participants; p++) {
			size_t k;

			if (kg_graph_node_by_id(g, g->events[i].participants[p].name, &k) == KG_OK)
				keep[k] = 1;
		}
	}
	for (size_t i = 0; i < g->n_nodes; i++) {
		const kg_gnode *v = &g->nodes[i];
		kg_gnode *w;

		if (!keep[i])
			continue;
		where[i] = sub->n_nodes;
		w = &sub->nodes[sub->n_nodes++];
		*w = *v;
		memset(&w->aliases, 0, sizeof(w->aliases));
		memset(&w->why, 0, sizeof(w->why));
		w->id = kg_strdup(v->id);
		w->label = kg_strdup(v->label);
		if (!w->id || !w->label)
			goto nomem;
		for (size_t a = 0; a < v->aliases.n; a++)
			if (kg_strv_push(&w->aliases, v->aliases.v[a]) < 0)
				goto nomem;
		for (size_t a = 0; a < v->why.n; a++)
			if (kg_strv_push(&w->why, v->why.v[a]) < 0)
				goto nomem;
	}
	for (size_t i = 0; i < sub->n_edges; i++) {
		sub->edges[i].src = where[sub->edges[i].src];
		sub->edges[i].dst = where[sub->edges[i].dst];
	}
	if ((rc = kg_graph_finish(sub, err)) < 0)
		goto done;
	if (kg_graph_copy_events(sub, g) < 0 || kg_graph_set_docs(sub, g->docs, g->n_docs) < 0)
		goto nomem;
	sub->any_url |= g->any_url;
	/* events outside the period go: kg_graph_copy_events kept those with a node of sub */
	{
		size_t n = 0;

		for (size_t i = 0; i < sub->n_events; i++) {
			if (kg_graph_date_in(sub->events[i].date, lo, hi))
				sub->events[n++] = sub->events[i];
			else
				kg_event_clear(&sub->events[i]);
		}
		sub->n_events = n;
	}
	sub->analyzed = 0;
	if (g->analyzed && (rc = kg_graph_analyze(sub, NULL, err)) < 0)
		goto done;
	*out = sub;
	sub = NULL;
	rc = KG_OK;
	goto done;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory selecting the period");
	rc = KG_ENOMEM;
done:
	kg_graph_free(sub);
	free(keep);
	free(where);
	return rc;
}
