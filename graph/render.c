/* render.c: drawings of the graph: DOT (written as libcgraph's agwrite writes it), SVG, PNG and PDF
 * through libgvc, styled by entity type and measures, with the selections of kg render (relation, ego,
 * top), size limits that keep every layout quick, a grid for entities with no relation, and an SVG
 * ready for a report (viewBox, title, description, legend, stable ids). */
#define _GNU_SOURCE /* dlinfo, open_memstream */
#include "graph_priv.h"

#include <dlfcn.h>
#include <link.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define KG_FONT "Helvetica,Arial,sans-serif"
#define KG_TOOLTIP_CHARS 300
#define KG_LABEL_CHARS 60
#define KG_SFDP_ABOVE 300       /* nodes above which the default layout is sfdp */
#define KG_SFDP_ABOVE_EDGES 400 /* edges above which too: dot's ranking slows down sharply */
#define KG_EDGE_LABELS_MAX 200  /* more edges than this in a drawing: relation in the tooltip only */
#define KG_DRAW_MAX_NODES 10000 /* more entities than this: only the top ones are drawn (sfdp: ~3 s) */
#define KG_DRAW_MAX_EDGES 40000 /* more relations than this: fewer entities are drawn */
#define KG_UNLINKED_MAX 150     /* more entities with no relation than this: left out of the drawing */
#define KG_DRAW_MAX_COMPONENTS 200 /* more separate groups than this: only the biggest are drawn (sfdp
				    * packs groups in quadratic time: 300 pairs 0.75 s, 1,500 pairs 15 s) */
#define KG_OVERLAP_MAX 2000     /* more entities than this: overlap removal by scaling, not prism */
#define KG_PNG_DPI "144"        /* PNG resolution; size below caps the picture at 60 in (8,640 px) */
#define KG_PNG_SIZE "60,60"

/* How each entity type is drawn: shapes differ, and fills differ in lightness so they stay apart in
 * greyscale print (luma 0.93 light yellow, 0.75 green, 0.54 blue, 0.34 dark purple, 0.85 grey). */
static const struct type_style {
	kg_etype type;       /* entity type */
	const char *cls;     /* CSS class in the SVG */
	const char *shape;   /* Graphviz shape */
	const char *fill;    /* fill colour */
	const char *font;    /* label colour */
	const char *legend;  /* legend text */
} type_styles[] = {
	{ KG_TYPE_PERSON, "kg-person", "ellipse", "#fff0b3", "#222222", "person" },
	{ KG_TYPE_ORG, "kg-org", "box", "#6690cc", "#000000", "organisation" },
	{ KG_TYPE_PLACE, "kg-place", "hexagon", "#9fd49f", "#222222", "place" },
	{ KG_TYPE_EVENT, "kg-event", "octagon", "#5b4b8a", "#ffffff", "event" },
	{ KG_TYPE_OTHER, "kg-other", "note", "#d9d9d9", "#222222", "other" },
	{ KG_TYPE_UNKNOWN, "kg-unknown", "note", "#ffffff", "#222222", "unknown type" },
};
#define KG_N_STYLES (sizeof(type_styles) / sizeof(type_styles[0]))

static const struct type_style *style_of(kg_etype t)
{
	for (size_t i = 0; i < KG_N_STYLES; i++)
		if (type_styles[i].type == t)
			return &type_styles[i];
	return &type_styles[KG_N_STYLES - 1];
}

/* Position of a type in the legend and in the grid of entities with no relation. */
static size_t style_rank(kg_etype t)
{
	return (size_t)(style_of(t) - type_styles);
}

/* Edge labels of drawings: what a reader says ("met"); holds_position shows the title instead. */
static const struct { const char *relation; const char *label; } relation_labels[] = {
	{ "meet", "met" },
	{ "speak_with", "spoke with" },
	{ "leads", "leads" },
	{ "holds_position", "holds position" },
	{ "advises", "advises" },
	{ "appoints", "appointed" },
	{ "visits", "visited" },
	{ "attends", "attended" },
};

/* How edges are labelled in a drawing. */
typedef enum label_mode {
	LABEL_NONE,  /* no label: the relation is in the tooltip */
	LABEL_HUMAN  /* "chief", "met": for readers */
} label_mode;

/* Default attributes: kind, name, value. */
static const struct { int kind; const char *name; const char *value; } default_attrs[] = {
	{ AGRAPH, "fontname", KG_FONT },
	{ AGRAPH, "overlap", "false" },
	{ AGRAPH, "outputorder", "edgesfirst" },
	{ AGRAPH, "bgcolor", "white" },
	{ AGRAPH, "pad", "0.2" },
	{ AGRAPH, "nodesep", "0.3" },
	{ AGRAPH, "ranksep", "0.6" },
	{ AGRAPH, "sep", "+6" },
	{ AGNODE, "fontname", KG_FONT },
	{ AGNODE, "fontsize", "11" },
	{ AGNODE, "style", "filled" },
	{ AGNODE, "shape", "ellipse" },
	{ AGNODE, "fillcolor", "#ffffff" },
	{ AGNODE, "fontcolor", "#222222" },
	{ AGNODE, "color", "#333333" },
	{ AGNODE, "margin", "0.08,0.04" },
	{ AGNODE, "label", "" },
	{ AGNODE, "tooltip", "" },
	{ AGNODE, "id", "" },
	{ AGNODE, "class", "" },
	{ AGEDGE, "fontname", KG_FONT },
	{ AGEDGE, "fontsize", "10" },
	{ AGEDGE, "fontcolor", "#444444" },
	{ AGEDGE, "color", "#666666" },
	{ AGEDGE, "arrowsize", "0.7" },
	{ AGEDGE, "penwidth", "1" },
	{ AGEDGE, "style", "solid" },
	{ AGEDGE, "dir", "forward" },
	{ AGEDGE, "label", "" },
	{ AGEDGE, "tooltip", "" },
	{ AGEDGE, "id", "" },
	{ AGEDGE, "class", "" },
};

/* Sets attribute name of obj to value through copies (cgraph takes char *). 1 on failure. */
static int set_attr(void *obj, const char *name, const char *value)
{
	char *n = kg_strdup(name), *v = kg_strdup(value ? value : "");
	int bad = !n || !v || agsafeset(obj, n, v, "") != 0;

	free(n);
	free(v);
	return bad;
}

/* An attribute that the styling of a node or an edge sets. */
typedef struct gv_attr {
	char *name;  /* owned */
	char *value; /* owned */
} gv_attr;

#define KG_SINK_MAX 16 /* attributes one node or edge gets at most */

/* Where the styling of a node or an edge puts its attributes: on a cgraph object, or in a list that
 * write_dot writes out itself (the DOT of a big graph is not built in cgraph first). */
typedef struct gv_sink {
	void *obj;                   /* the cgraph node or edge, NULL: the list */
	gv_attr list[KG_SINK_MAX];   /* with no object: each name once, the last value set */
	size_t n;                    /* attributes in list */
} gv_sink;

/* Frees the list of s. Accepts NULL. */
static void sink_clear(gv_sink *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->n; i++) {
		free(s->list[i].name);
		free(s->list[i].value);
	}
	s->n = 0;
}

/* Sets attribute name to value (NULL: "") on the sink's object, or in its list. 1 on failure. */
static int sink_set(gv_sink *s, const char *name, const char *value)
{
	char *v;
	size_t i;

	if (s->obj)
		return set_attr(s->obj, name, value);
	for (i = 0; i < s->n && strcmp(s->list[i].name, name) != 0; i++)
		;
	if (i == KG_SINK_MAX || !(v = kg_strdup(value ? value : "")))
		return 1;
	if (i < s->n) {
		free(s->list[i].value);
		s->list[i].value = v;
		return 0;
	}
	if (!(s->list[i].name = kg_strdup(name))) {
		free(v);
		return 1;
	}
	s->list[i].value = v;
	s->n++;
	return 0;
}

/* A label or tooltip made inert for Graphviz: cleaned and cut, backslashes doubled (Graphviz reads
 * \N, \n, \l... in labels), '&' written as "&amp;" (Graphviz decodes entities in labels), U+FEFF
 * dropped (invisible, and cgraph writes a lone one unquoted, which its own reader then skips). */
static char *gv_text(const char *s, size_t max_chars)
{
	char *clean = kg_text_truncate(s ? s : "", max_chars), *out;
	size_t n = 0, o = 0;

	if (!clean)
		return NULL;
	for (const char *p = clean; *p; p++)
		n += *p == '\\' ? 2 : *p == '&' ? 5 : 1;
	out = malloc(n + 1);
	if (out) {
		for (const char *p = clean; *p; p++) {
			if (strncmp(p, "\xEF\xBB\xBF", 3) == 0) {
				p += 2;
			} else if (*p == '\\') {
				memcpy(out + o, "\\\\", 2);
				o += 2;
			} else if (*p == '&') {
				memcpy(out + o, "&amp;", 5);
				o += 5;
			} else {
				out[o++] = *p;
			}
		}
		out[o] = '\0';
	}
	free(clean);
	return out;
}

static int set_text(gv_sink *obj, const char *name, const char *text, size_t max_chars)
{
	char *t = gv_text(text, max_chars);
	int bad = !t || sink_set(obj, name, t);

	free(t);
	return bad;
}

/* Writes s made inert (gv_text) to fp; 1 when out of memory. */
static int put_gv(FILE *fp, const char *s, size_t max_chars)
{
	char *t = gv_text(s, max_chars);

	if (!t)
		return 1;
	fputs(t, fp);
	free(t);
	return 0;
}

/* An identifier-safe form of s for ids and classes (a slug). */
static char *ident(const char *prefix, const char *a, const char *b, const char *c)
{
	char *sa = kg_slug_new(a), *sb = b ? kg_slug_new(b) : NULL, *sc = c ? kg_slug_new(c) : NULL;
	size_t n = strlen(prefix) + (sa ? strlen(sa) : 0) + (sb ? strlen(sb) : 0) + (sc ? strlen(sc) : 0) + 4;
	char *out = (sa && (!b || sb) && (!c || sc)) ? malloc(n) : NULL;

	if (out)
		snprintf(out, n, "%s%s%s%s%s%s", prefix, sa, sb ? "-" : "", sb ? sb : "", sc ? "-" : "", sc ? sc : "");
	free(sa);
	free(sb);
	free(sc);
	return out;
}

/* What a reader calls relation r. */
static const char *relation_label(const char *r)
{
	for (size_t i = 0; i < sizeof(relation_labels) / sizeof(relation_labels[0]); i++)
		if (strcmp(relation_labels[i].relation, r) == 0)
			return relation_labels[i].label;
	return NULL;
}

/* Writes the reader's words for edge e (its title for holds_position, "met", or the predicate with
 * spaces for '_'), inert for Graphviz. 1 when out of memory. */
static int put_edge_words(FILE *fp, const kg_gedge *e)
{
	const char *words = relation_label(e->relation);

	if (strcmp(e->relation, "holds_position") == 0 && e->attrs.title && *e->attrs.title)
		return put_gv(fp, e->attrs.title, KG_LABEL_CHARS);
	if (words) {
		fputs(words, fp);
		return 0;
	}
	{
		char *t = gv_text(e->relation, KG_LABEL_CHARS);
		if (!t)
			return 1;
		for (char *p = t; *p; p++)
			fputc(*p == '_' ? ' ' : *p, fp);
		free(t);
	}
	return 0;
}

/* Sets a string attribute from a memstream buffer; frees it. 1 on failure. */
static int set_from_stream(gv_sink *obj, const char *name, FILE *m, char **buf, int bad)
{
	if (fclose(m) != 0)
		bad = 1;
	bad |= !*buf || sink_set(obj, name, *buf);
	free(*buf);
	*buf = NULL;
	return bad;
}

/* Node styling: shape, colours, size by PageRank, tooltip with type, offices, aliases and measures. */
static int style_node(gv_sink *an, const kg_graph *g, size_t i, double max_pr)
{
	const kg_gnode *v = &g->nodes[i];
	const struct type_style *st = style_of(v->type);
	char buf[64], *tip = NULL, *id = ident("node-", v->id, NULL, NULL);
	size_t tip_len = 0, n_titles = 0;
	FILE *m = open_memstream(&tip, &tip_len);
	int bad = !id || !m;

	if (m) {
		bad |= put_gv(m, v->label, KG_LABEL_CHARS);
		fprintf(m, " (%s)", st->legend);
		/* offices: the titles of its holds_position edges */
		for (size_t k = g->adj_off[i]; k < g->adj_off[i + 1] && n_titles < 3; k++) {
			const kg_gedge *e = &g->edges[g->adj[k]];
			if (e->src != i || strcmp(e->relation, "holds_position") != 0 || !e->attrs.title || !*e->attrs.title)
				continue;
			fputs(n_titles++ ? "; " : "\\n", m);
			bad |= put_gv(m, e->attrs.title, KG_LABEL_CHARS);
			fputs(", ", m);
			bad |= put_gv(m, g->nodes[e->dst].label, KG_LABEL_CHARS);
		}
		for (size_t a = 0; a < v->aliases.n && a < 8; a++) {
			fputs(a ? ", " : "\\nalso: ", m);
			bad |= put_gv(m, v->aliases.v[a], KG_LABEL_CHARS);
		}
		if (g->analyzed)
			fprintf(m, "\\nPageRank %.4f, degree %.0f, community %ld", v->pagerank, v->degree, v->community);
		bad = set_from_stream(an, "tooltip", m, &tip, bad);
	}
	snprintf(buf, sizeof(buf), "%.1f", 10.0 + (max_pr > 0 ? 12.0 * sqrt(v->pagerank / max_pr) : 0.0));
	bad |= set_text(an, "label", v->label, KG_LABEL_CHARS);
	bad |= sink_set(an, "fontsize", buf);
	bad |= sink_set(an, "shape", st->shape);
	bad |= sink_set(an, "fillcolor", st->fill);
	bad |= sink_set(an, "fontcolor", st->font);
	bad |= sink_set(an, "class", st->cls);
	bad |= sink_set(an, "id", id ? id : "");
	free(id);
	return bad;
}

static int style_edge(gv_sink *ae, const kg_graph *g, const kg_gedge *e, label_mode labels)
{
	const char *s = g->nodes[e->src].id, *d = g->nodes[e->dst].id;
	char *id = ident("edge-", s, e->relation, d), *rel = kg_slug_new(e->relation);
	char *buf = NULL, pen[32];
	size_t len = 0;
	FILE *m;
	int bad = !id || !rel;

	/* the label */
	if (labels != LABEL_NONE && (m = open_memstream(&buf, &len))) {
		bad |= put_edge_words(m, e);
		bad = set_from_stream(ae, "label", m, &buf, bad);
	} else if (labels != LABEL_NONE) {
		bad = 1;
	}
	/* the tooltip: who, relation, whom, the first sentence and its document */
	if ((m = open_memstream(&buf, &len))) {
		bad |= put_gv(m, g->nodes[e->src].label, KG_LABEL_CHARS);
		fputc(' ', m);
		bad |= put_edge_words(m, e);
		if (strcmp(e->relation, "holds_position") == 0)
			fputs(" of", m);
		fputc(' ', m);
		bad |= put_gv(m, g->nodes[e->dst].label, KG_LABEL_CHARS);
		if (e->planned)
			fputs(" (planned)", m);
		if (e->n_ev) {
			size_t all = kg_gedge_evidence_count(e);

			fprintf(m, "\\n%zu sentence%s; ", all, all == 1 ? "" : "s");
			bad |= put_gv(m, e->ev[0].ev.doc, KG_LABEL_CHARS);
			fputs(": ", m);
			bad |= put_gv(m, e->ev[0].ev.text, KG_TOOLTIP_CHARS);
		}
		bad = set_from_stream(ae, "tooltip", m, &buf, bad);
	} else {
		bad = 1;
	}
	if ((m = open_memstream(&buf, &len))) {
		fprintf(m, "kg-rel-%s%s", rel ? rel : "", e->planned ? " kg-planned" : "");
		bad = set_from_stream(ae, "class", m, &buf, bad);
	} else {
		bad = 1;
	}
	if (id && e->planned && (m = open_memstream(&buf, &len))) {
		fprintf(m, "%s-planned", id);
		bad = set_from_stream(ae, "id", m, &buf, bad);
	} else {
		bad |= sink_set(ae, "id", id ? id : "");
	}
	snprintf(pen, sizeof(pen), "%.2f", fmin(6.0, 1.0 + 1.5 * log2(fmax(1.0, e->weight))));
	bad |= sink_set(ae, "penwidth", pen);
	if (e->planned)
		bad |= sink_set(ae, "style", "dashed");
	if (e->symmetric)
		bad |= sink_set(ae, "dir", "none");
	free(id);
	free(rel);
	return bad;
}

/* Highest PageRank among the nodes of mask. */
static double max_pagerank(const kg_graph *g, const unsigned char *mask)
{
	double max_pr = 0.0;

	for (size_t i = 0; i < g->n_nodes; i++)
		if (mask[i] && g->nodes[i].pagerank > max_pr)
			max_pr = g->nodes[i].pagerank;
	return max_pr;
}

/* Builds the cgraph graph of the nodes and edges of the masks (edges only between kept nodes; nodes
 * NULL: none); NULL with err set on failure. */
static Agraph_t *build_agraph(const kg_graph *g, const unsigned char *nodes, const unsigned char *edges,
			      label_mode labels, double max_pr, kg_error *err)
{
	Agraph_t *ag;
	Agnode_t **an = NULL;
	int bad = 0;

	{
		char name[] = "kg";
		ag = agopen(name, Agdirected, NULL);
	}
	if (!ag)
		goto fail;
	for (size_t i = 0; i < sizeof(default_attrs) / sizeof(default_attrs[0]); i++) {
		char *n = kg_strdup(default_attrs[i].name), *v = kg_strdup(default_attrs[i].value);
		bad |= !n || !v || !agattr(ag, default_attrs[i].kind, n, v);
		free(n);
		free(v);
	}
	an = calloc(g->n_nodes + 1, sizeof(*an));
	if (bad || !an)
		goto fail;
	for (size_t i = 0; nodes && i < g->n_nodes && !bad; i++) {
		char *name;
		if (!nodes[i])
			continue;
		name = kg_strdup(g->nodes[i].id);
		an[i] = name ? agnode(ag, name, 1) : NULL;
		free(name);
		bad |= !an[i] || style_node(&(gv_sink){ .obj = an[i] }, g, i, max_pr);
	}
	for (size_t i = 0; edges && i < g->n_edges && !bad; i++) {
		const kg_gedge *e = &g->edges[i];
		Agedge_t *ae;
		if (!edges[i] || !an[e->src] || !an[e->dst])
			continue;
		ae = agedge(ag, an[e->src], an[e->dst], NULL, 1);
		bad |= !ae || style_edge(&(gv_sink){ .obj = ae }, g, e, labels);
	}
	if (bad)
		goto fail;
	free(an);
	return ag;
fail:
	kg_error_set(err, "graphviz", 0, 0, "cannot build the drawing (out of memory)");
	free(an);
	if (ag)
		agclose(ag);
	return NULL;
}

/* Builds the cgraph graph of a drawing: the linked nodes and the selection's edges, labelled when they
 * are few; *max_pr gets the selection's highest PageRank. Returns 0, or KG_EDEP with err set. */
static int drawing_agraph(Agraph_t **out, double *max_pr, const kg_graph *g, const unsigned char *linked,
			  const kg_selection *sel, kg_error *err)
{
	*max_pr = max_pagerank(g, sel->node);
	*out = build_agraph(g, linked, sel->edge, sel->n_edges <= KG_EDGE_LABELS_MAX ? LABEL_HUMAN : LABEL_NONE,
			    *max_pr, err);
	return *out ? 0 : KG_EDEP;
}

/* ---- selection: relation and planned (kg_selection_make), then ego, then top ---- */

/* Keeps the n kept nodes of highest rank (node keep, when not SIZE_MAX, always among them). */
static int selection_top(kg_selection *sel, const kg_graph *g, size_t n, size_t keep)
{
	size_t *order = malloc((g->n_nodes + 1) * sizeof(*order)), m = 0, kept = 0;

	if (!order)
		return KG_ENOMEM;
	for (size_t i = 0; i < g->n_nodes; i++)
		if (sel->node[i])
			order[m++] = i;
	qsort_r(order, m, sizeof(*order), kg_node_cmp_rank, (void *)g);
	if (keep != SIZE_MAX && sel->node[keep] && n > 0)
		kept = 1;
	for (size_t k = 0; k < m; k++) {
		size_t v = order[k];
		if (v == keep)
			continue;
		if (kept < n)
			kept++;
		else
			sel->node[v] = 0;
	}
	free(order);
	kg_selection_recount(sel, g);
	return KG_OK;
}

/* Keeps the nodes within depth kept edges of center, and the kept edges between them. */
static int selection_ego(kg_selection *sel, const kg_graph *g, size_t center, size_t depth)
{
	size_t *dist = malloc((g->n_nodes + 1) * sizeof(*dist)), *queue = malloc((g->n_nodes + 1) * sizeof(*queue));
	size_t head = 0, tail = 0;

	if (!dist || !queue) {
		free(dist);
		free(queue);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < g->n_nodes; i++)
		dist[i] = SIZE_MAX;
	dist[center] = 0;
	queue[tail++] = center;
	while (head < tail) {
		size_t v = queue[head++];
		if (dist[v] >= depth)
			continue;
		for (size_t k = g->adj_off[v]; k < g->adj_off[v + 1]; k++) {
			const kg_gedge *e = &g->edges[g->adj[k]];
			size_t w = e->src == v ? e->dst : e->src;
			if (!sel->edge[g->adj[k]] || dist[w] != SIZE_MAX)
				continue;
			dist[w] = dist[v] + 1;
			queue[tail++] = w;
		}
	}
	for (size_t i = 0; i < g->n_nodes; i++)
		sel->node[i] = dist[i] != SIZE_MAX;
	free(dist);
	free(queue);
	kg_selection_recount(sel, g);
	return KG_OK;
}

/* Union-find root of v. */
static size_t uf_find(size_t *parent, size_t v)
{
	while (parent[v] != v) {
		parent[v] = parent[parent[v]];
		v = parent[v];
	}
	return v;
}

/* A group of linked entities, for selection_components. */
typedef struct group {
	size_t root;   /* union-find root */
	size_t size;   /* kept nodes in it */
	double best;   /* highest PageRank in it */
} group;

static int cmp_group(const void *pa, const void *pb)
{
	const group *a = pa, *b = pb;

	if (a->size != b->size)
		return a->size > b->size ? -1 : 1;
	if (a->best != b->best)
		return a->best > b->best ? -1 : 1;
	return a->root < b->root ? -1 : a->root > b->root;
}

/* Keeps the max biggest groups of linked kept nodes (and every node with no kept edge); *dropped
 * gets the number of groups left out. */
static int selection_components(kg_selection *sel, const kg_graph *g, size_t max, size_t keep, size_t *dropped)
{
	size_t *parent = malloc((g->n_nodes + 1) * sizeof(*parent)), *slot = NULL, n_groups = 0;
	group *groups = NULL;
	int rc = KG_ENOMEM;

	*dropped = 0;
	if (!parent)
		return KG_ENOMEM;
	for (size_t i = 0; i < g->n_nodes; i++)
		parent[i] = i;
	for (size_t i = 0; i < g->n_edges; i++) {
		size_t a, b;
		if (!sel->edge[i])
			continue;
		a = uf_find(parent, g->edges[i].src);
		b = uf_find(parent, g->edges[i].dst);
		if (a != b)
			parent[a < b ? b : a] = a < b ? a : b;
	}
	slot = malloc((g->n_nodes + 1) * sizeof(*slot));
	groups = calloc(g->n_nodes + 1, sizeof(*groups));
	if (!slot || !groups)
		goto done;
	for (size_t i = 0; i < g->n_nodes; i++)
		slot[i] = SIZE_MAX;
	for (size_t i = 0; i < g->n_nodes; i++) {
		size_t r;
		if (!sel->node[i])
			continue;
		r = uf_find(parent, i);
		if (slot[r] == SIZE_MAX) {
			slot[r] = n_groups;
			groups[n_groups++] = (group){ r, 0, 0.0 };
		}
		groups[slot[r]].size++;
		groups[slot[r]].best = fmax(groups[slot[r]].best, g->nodes[i].pagerank);
		if (i == keep)
			groups[slot[r]].best = HUGE_VAL;
	}
	qsort(groups, n_groups, sizeof(*groups), cmp_group);
	/* slot of a root now says whether its group goes: single nodes stay, linked groups past max go */
	for (size_t k = 0, linked = 0; k < n_groups; k++) {
		slot[groups[k].root] = groups[k].size >= 2 && linked++ >= max;
		*dropped += slot[groups[k].root];
	}
	for (size_t i = 0; i < g->n_nodes; i++)
		if (sel->node[i] && slot[uf_find(parent, i)] == 1)
			sel->node[i] = 0;
	kg_selection_recount(sel, g);
	rc = KG_OK;
done:
	free(parent);
	free(slot);
	free(groups);
	return rc;
}

/* Writes "kg: note: ..." to notes when it is set. */
static void note(FILE *notes, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void note(FILE *notes, const char *fmt, ...)
{
	va_list ap;

	if (!notes)
		return;
	fputs("kg: note: ", notes);
	va_start(ap, fmt);
	vfprintf(notes, fmt, ap);
	va_end(ap);
	fputc('\n', notes);
}

/* The selection of opts (NULL: everything); *center gets the ego node or SIZE_MAX. With limits,
 * big selections are cut to the top entities (said on opts->notes). */
static int draw_select(kg_selection *sel, size_t *center, const kg_graph *g, const kg_draw_opts *opts, int limits,
		       kg_error *err)
{
	kg_export_opts base = { 0 };
	int rc;

	*center = SIZE_MAX;
	if (opts)
		base = opts->base;
	base.top = 0;
	if ((rc = kg_selection_make(sel, g, &base, err)) < 0)
		return rc;
	if (opts && opts->ego) {
		if ((rc = kg_graph_resolve(g, opts->ego, center, err)) < 0)
			goto done;
		if ((rc = selection_ego(sel, g, *center, opts->depth ? opts->depth : 1)) < 0)
			goto nomem;
	}
	if (opts && opts->base.top > 0 && opts->base.top < sel->n_nodes &&
	    (rc = selection_top(sel, g, opts->base.top, *center)) < 0)
		goto nomem;
	if (limits && sel->n_nodes > KG_DRAW_MAX_NODES) {
		note(opts ? opts->notes : NULL, "%zu entities are too many to draw in reasonable time: drawing the %d "
		     "with the highest PageRank (choose with --top)", sel->n_nodes, KG_DRAW_MAX_NODES);
		if ((rc = selection_top(sel, g, KG_DRAW_MAX_NODES, *center)) < 0)
			goto nomem;
	}
	if (limits && sel->n_edges > KG_DRAW_MAX_EDGES) {
		size_t before = sel->n_edges, n = sel->n_nodes;
		while (sel->n_edges > KG_DRAW_MAX_EDGES && n > 1) {
			n = n * 3 / 4;
			if ((rc = selection_top(sel, g, n, *center)) < 0)
				goto nomem;
		}
		note(opts ? opts->notes : NULL, "%zu relations are too many to draw in reasonable time: drawing the %zu "
		     "entities with the highest PageRank and their %zu relations (choose with --top)", before,
		     sel->n_nodes, sel->n_edges);
	}
	if (limits) {
		size_t before = sel->n_nodes, dropped;
		if ((rc = selection_components(sel, g, KG_DRAW_MAX_COMPONENTS, *center, &dropped)) < 0)
			goto nomem;
		if (dropped)
			note(opts ? opts->notes : NULL, "the graph falls into too many separate groups to draw in reasonable "
			     "time: drawing the %d biggest and leaving out %zu smaller ones (%zu entities)",
			     KG_DRAW_MAX_COMPONENTS, dropped, before - sel->n_nodes);
	}
	return KG_OK;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory selecting nodes");
	rc = KG_ENOMEM;
done:
	kg_selection_clear(sel);
	return rc;
}

/* 1 per kept node that has a kept edge (caller frees); NULL when out of memory. */
static unsigned char *linked_nodes(const kg_graph *g, const kg_selection *sel)
{
	unsigned char *linked = calloc(g->n_nodes + 1, 1);

	for (size_t i = 0; linked && i < g->n_edges; i++)
		if (sel->edge[i])
			linked[g->edges[i].src] = linked[g->edges[i].dst] = 1;
	return linked;
}

/* ---- Graphviz context ---- */

/* Graphviz messages during a render, kept for the error text instead of going to stderr. */
static char gv_messages[512];

static int on_gv_message(char *msg)
{
	size_t used = strlen(gv_messages);

	if (used + 1 < sizeof(gv_messages))
		snprintf(gv_messages + used, sizeof(gv_messages) - used, "%s", msg);
	return 0;
}

/* The plugins kg needs, loaded from Graphviz's own plugin folder next to libgvc. Loading them
 * explicitly (instead of every plugin in config6a) leaves out the pango text plugin, which leaks
 * under fontconfig and is slow to start; text widths then come from Graphviz's built-in metrics.
 * The last one, pango (cairo renderers), is loaded only for PNG and PDF. They stay mapped after
 * dlclose (RTLD_NODELETE): their static buffers must outlive the context. */
static const struct { const char *file; const char *symbol; } gv_plugins[] = {
	{ "libgvplugin_core.so.6", "gvplugin_core_LTX_library" },
	{ "libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library" },
	{ "libgvplugin_neato_layout.so.6", "gvplugin_neato_layout_LTX_library" },
	{ "libgvplugin_pango.so.6", "gvplugin_pango_LTX_library" },
};
#define KG_N_PLUGINS (sizeof(gv_plugins) / sizeof(gv_plugins[0]))

static void context_free(GVC_t *gvc, void **handles)
{
	if (gvc)
		gvFreeContext(gvc);
	for (size_t i = 0; i < KG_N_PLUGINS; i++)
		if (handles[i])
			dlclose(handles[i]);
}

/* The folder libgvc was loaded from, as Graphviz itself finds its plugins; 0 when unknown. */
static int gvc_dir(char *dir, size_t n)
{
	struct link_map *lm = NULL;
	char *slash = NULL;
	void *self = dlopen("libgvc.so.6", RTLD_LAZY | RTLD_NOLOAD);

	if (self && dlinfo(self, RTLD_DI_LINKMAP, &lm) == 0 && lm && lm->l_name &&
	    snprintf(dir, n, "%s", lm->l_name) < (int)n)
		slash = strrchr(dir, '/');
	if (self)
		dlclose(self);
	if (slash)
		*slash = '\0';
	return slash != NULL;
}

/* A Graphviz context with the plugins above (the cairo one when cairo), or (when they cannot be
 * loaded) gvContext() reading config6a. NULL when neither works; *no_cairo is set when cairo was
 * asked for and the plugin is missing. */
static GVC_t *context_new(void **handles, int cairo, int *no_cairo)
{
	lt_symlist_t builtins[KG_N_PLUGINS + 1];
	size_t n = cairo ? KG_N_PLUGINS : KG_N_PLUGINS - 1;
	char dir[1024];
	GVC_t *gvc;

	memset(handles, 0, KG_N_PLUGINS * sizeof(*handles));
	*no_cairo = 0;
	if (!gvc_dir(dir, sizeof(dir)))
		return gvContext();
	for (size_t i = 0; i < n; i++) {
		char path[1200];
		snprintf(path, sizeof(path), "%s/graphviz/%s", dir, gv_plugins[i].file);
		handles[i] = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
		if (!handles[i] || !dlsym(handles[i], gv_plugins[i].symbol)) {
			*no_cairo = i == KG_N_PLUGINS - 1;
			context_free(NULL, handles);
			memset(handles, 0, KG_N_PLUGINS * sizeof(*handles));
			return *no_cairo ? NULL : gvContext();
		}
		builtins[i].name = gv_plugins[i].symbol;
		builtins[i].address = dlsym(handles[i], gv_plugins[i].symbol);
	}
	builtins[n].name = NULL;
	builtins[n].address = NULL;
	/* the context installs the plugins of the list and picks its text layout among them */
	gvc = gvContextPlugins(builtins, 0);
	if (!gvc) {
		context_free(NULL, handles);
		memset(handles, 0, KG_N_PLUGINS * sizeof(*handles));
	}
	return gvc;
}

/* The layouts, with the size each lays out in a few seconds here (sparse graphs: dot 2,000 nodes in
 * 5 s and 10,000 not in minutes, neato 2,000 in 11 s, sfdp 10,000 in 3 s). */
static const struct layout_info {
	const char *name;  /* Graphviz layout */
	size_t max_nodes;  /* above this, sfdp is used instead */
	size_t max_edges;  /* same for edges */
} layouts[] = {
	{ "dot", 1500, 4000 },
	{ "neato", 1000, 4000 },
	{ "sfdp", KG_DRAW_MAX_NODES, KG_DRAW_MAX_EDGES },
	{ "fdp", 1000, 4000 },
	{ "circo", 1000, 4000 },
	{ "twopi", 5000, 20000 },
	{ "osage", 5000, 20000 },
	{ "patchwork", 5000, 20000 },
};

static const struct layout_info *layout_find(const char *name)
{
	for (size_t i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++)
		if (strcmp(layouts[i].name, name) == 0)
			return &layouts[i];
	return NULL;
}

static int fits(const struct layout_info *l, size_t n, size_t m)
{
	return n <= l->max_nodes && m <= l->max_edges;
}

/* ---- the grid of entities with no relation, and the legend of images ---- */

/* A node added around the laid-out graph. */
typedef enum extra_kind {
	EXTRA_ENTITY,  /* an entity with no relation drawn */
	EXTRA_HEADING, /* the heading of the grid */
	EXTRA_LEGEND,  /* an entity type of the legend (images) */
	EXTRA_NOTE     /* a line of the legend: "dashed: planned" (images) */
} extra_kind;

typedef struct extra {
	extra_kind kind;                 /* what it is */
	size_t node;                     /* EXTRA_ENTITY: the node index */
	const struct type_style *style;  /* EXTRA_LEGEND: the type */
	char name[32];                   /* node name for the others ("kg:heading"...) */
	double w, h;                     /* size in points, measured by a layout */
	double x, y;                     /* centre in points */
} extra;

/* Orders entities of the grid by type, then label. */
static int cmp_extra(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	const extra *a = pa, *b = pb;
	size_t ra = style_rank(g->nodes[a->node].type), rb = style_rank(g->nodes[b->node].type);

	if (ra != rb)
		return ra < rb ? -1 : 1;
	return strcasecmp(g->nodes[a->node].label, g->nodes[b->node].label);
}

/* Adds extra x to ag (pos set when with_pos); NULL on failure. */
static Agnode_t *extra_node(Agraph_t *ag, const kg_graph *g, const extra *x, double max_pr, size_t n_unlinked,
			    int with_pos)
{
	char *name = kg_strdup(x->kind == EXTRA_ENTITY ? g->nodes[x->node].id : x->name), text[96];
	Agnode_t *an = name ? agnode(ag, name, 1) : NULL;
	int bad = !an;

	free(name);
	if (bad)
		return NULL;
	switch (x->kind) {
	case EXTRA_ENTITY:
		bad |= style_node(&(gv_sink){ .obj = an }, g, x->node, max_pr);
		break;
	case EXTRA_HEADING:
		snprintf(text, sizeof(text), "Not linked to the others (%zu)", n_unlinked);
		bad |= set_attr(an, "label", text) || set_attr(an, "shape", "plaintext") ||
		       set_attr(an, "style", "") || set_attr(an, "fontcolor", "#444444") ||
		       set_attr(an, "id", "kg-unlinked-heading") || set_attr(an, "class", "kg-note");
		break;
	case EXTRA_LEGEND:
		bad |= set_attr(an, "label", x->style->legend) || set_attr(an, "shape", x->style->shape) ||
		       set_attr(an, "fillcolor", x->style->fill) || set_attr(an, "fontcolor", x->style->font) ||
		       set_attr(an, "fontsize", "10") || set_attr(an, "class", "kg-legend-item");
		break;
	case EXTRA_NOTE:
		bad |= set_attr(an, "label", "dashed line: planned, not reported") || set_attr(an, "shape", "plaintext") ||
		       set_attr(an, "style", "") || set_attr(an, "fontsize", "10") || set_attr(an, "class", "kg-note");
		break;
	}
	if (with_pos) {
		char pos[64];
		snprintf(pos, sizeof(pos), "%.2f,%.2f", x->x, x->y);
		bad |= set_attr(an, "pos", pos);
	}
	return bad ? NULL : an;
}

/* Measures the extras by laying them out alone (sizes depend on the text plugin in use). */
static int measure_extras(GVC_t *gvc, const kg_graph *g, extra *xs, size_t n, double max_pr, size_t n_unlinked,
			  kg_error *err)
{
	unsigned char *none = calloc(g->n_nodes + 1, 1);
	Agraph_t *ag = NULL;
	int rc = KG_OK;

	if (!none) {
		kg_error_set(err, "graphviz", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	ag = build_agraph(g, none, NULL, LABEL_NONE, max_pr, err);
	free(none);
	if (!ag)
		return KG_EDEP;
	for (size_t i = 0; i < n; i++) {
		if (!extra_node(ag, g, &xs[i], max_pr, n_unlinked, 0)) {
			kg_error_set(err, "graphviz", 0, 0, "cannot build the drawing (out of memory)");
			rc = KG_ENOMEM;
			goto done;
		}
	}
	if (gvLayout(gvc, ag, "dot") != 0) {
		kg_error_set(err, "graphviz", 0, 0, "cannot lay out: %s", gv_messages[0] ? gv_messages : "?");
		rc = KG_EDEP;
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		char *name = kg_strdup(xs[i].kind == EXTRA_ENTITY ? g->nodes[xs[i].node].id : xs[i].name);
		Agnode_t *an = name ? agnode(ag, name, 0) : NULL;
		free(name);
		xs[i].w = an ? ND_width(an) * 72.0 : 72.0;
		xs[i].h = an ? ND_height(an) * 72.0 : 36.0;
	}
	gvFreeLayout(gvc, ag);
done:
	agclose(ag);
	return rc;
}

/* Bounding box in points: x0, y0 (lower left), x1, y1. */
typedef struct pt_box {
	double x0, y0, x1, y1;
} pt_box;

/* Places xs[0..n) in rows centred on cx, from the top y down, at most width wide, in aligned columns
 * when grid; returns the lowest y used and grows bb. */
static double place_rows(extra *xs, size_t n, double cx, double top, double width, int grid, pt_box *bb)
{
	const double gap_x = 14.0, gap_y = 10.0;
	double *colw = NULL, total = 0.0, y = top;
	size_t cols = n;

	if (n == 0)
		return top;
	colw = calloc(n, sizeof(*colw));
	if (!colw)
		grid = 0;
	/* the most columns that fit in width (one at least) */
	for (cols = n; cols > 1; cols--) {
		if (!grid) {
			double w = 0.0;
			for (size_t i = 0; i < n; i++)
				w += xs[i].w + (i ? gap_x : 0.0);
			if (w <= width)
				break;
			continue;
		}
		memset(colw, 0, n * sizeof(*colw));
		for (size_t i = 0; i < n; i++)
			colw[i % cols] = fmax(colw[i % cols], xs[i].w);
		total = 0.0;
		for (size_t c = 0; c < cols; c++)
			total += colw[c] + (c ? gap_x : 0.0);
		if (total <= width)
			break;
	}
	if (!grid && cols < n)
		cols = 1; /* a row that does not fit: one per line */
	if (grid) {
		memset(colw, 0, n * sizeof(*colw));
		for (size_t i = 0; i < n; i++)
			colw[i % cols] = fmax(colw[i % cols], xs[i].w);
	}
	for (size_t r = 0; r * cols < n; r++) {
		size_t first = r * cols, last = first + cols < n ? first + cols : n;
		double row_h = 0.0, row_w = 0.0, x;
		for (size_t i = first; i < last; i++) {
			row_h = fmax(row_h, xs[i].h);
			row_w += (grid ? colw[i - first] : xs[i].w) + (i > first ? gap_x : 0.0);
		}
		x = cx - row_w / 2.0;
		for (size_t i = first; i < last; i++) {
			double cw = grid ? colw[i - first] : xs[i].w;
			xs[i].x = x + cw / 2.0;
			xs[i].y = y - row_h / 2.0;
			bb->x0 = fmin(bb->x0, xs[i].x - xs[i].w / 2.0);
			bb->x1 = fmax(bb->x1, xs[i].x + xs[i].w / 2.0);
			x += cw + gap_x;
		}
		y -= row_h + gap_y;
	}
	bb->y0 = fmin(bb->y0, y + gap_y);
	free(colw);
	return y + gap_y;
}

/* Reads a graph's "bb" attribute into b; 0 when absent. */
static int read_bb(Agraph_t *ag, pt_box *b)
{
	char bbname[] = "bb";
	char *s = agget(ag, bbname);

	return s && sscanf(s, "%lf,%lf,%lf,%lf", &b->x0, &b->y0, &b->x1, &b->y1) == 4;
}

/* ---- SVG finishing ---- */

/* A number attribute of the <svg> tag (between tag and end), 0 when absent. */
static double svg_attr(const char *tag, const char *end, const char *name, double *more)
{
	size_t n = strlen(name);

	for (const char *p = tag; p && p + n + 2 < end; p++) {
		if (memcmp(p, name, n) == 0 && p[n] == '=' && p[n + 1] == '"' && (p[-1] == ' ' || p[-1] == '\n')) {
			char *q;
			double x = strtod(p + n + 2, &q);
			for (int k = 0; more && k < 3; k++)
				more[k] = strtod(q, &q);
			return x;
		}
	}
	return 0.0;
}

/* Width of the legend for the types shown and line styles. */
static double legend_width(const int *types, int planned)
{
	double w = 8.0;

	for (size_t i = 0; i < KG_N_STYLES; i++)
		if (types[type_styles[i].type])
			w += 30.0 + 6.5 * (double)strlen(type_styles[i].legend);
	if (planned)
		w += 2 * (40.0 + 6.5 * 8);
	return w;
}

/* Writes the legend group at (x, y), magnified by scale: one swatch per entity type shown, and line
 * styles; w is the width of its white background. */
static void write_legend(FILE *fp, const int *types, int planned, double x, double y, double w, double scale)
{
	double cx = 8.0;

	fprintf(fp, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"white\" stroke=\"none\"/>\n",
		x, y, w, 26.0 * scale);
	fprintf(fp, "<g id=\"kg-legend\" class=\"kg-legend\" font-family=\"%s\" font-size=\"11\" "
		"transform=\"translate(%.2f %.2f) scale(%.3f)\">\n", KG_FONT, x, y, scale);
	y = 0.0;
	for (size_t i = 0; i < KG_N_STYLES; i++) {
		const struct type_style *st = &type_styles[i];
		double my = y + 13.0;
		if (!types[st->type])
			continue;
		fprintf(fp, "<g class=\"kg-legend-item %s\">", st->cls);
		if (strcmp(st->shape, "ellipse") == 0)
			fprintf(fp, "<ellipse cx=\"%.2f\" cy=\"%.2f\" rx=\"9\" ry=\"6\"", cx + 9, my);
		else if (strcmp(st->shape, "hexagon") == 0 || strcmp(st->shape, "octagon") == 0)
			fprintf(fp, "<polygon points=\"%.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f %.2f,%.2f\"",
				cx, my, cx + 4, my - 6, cx + 14, my - 6, cx + 18, my, cx + 14, my + 6, cx + 4, my + 6);
		else
			fprintf(fp, "<rect x=\"%.2f\" y=\"%.2f\" width=\"18\" height=\"12\"", cx, my - 6);
		fprintf(fp, " fill=\"%s\" stroke=\"#333333\"/>", st->fill);
		fprintf(fp, "<text x=\"%.2f\" y=\"%.2f\" fill=\"#222222\">%s</text></g>\n", cx + 24, my + 4, st->legend);
		cx += 30.0 + 6.5 * (double)strlen(st->legend);
	}
	if (planned) {
		const char *names[2] = { "reported", "planned" };
		for (int k = 0; k < 2; k++) {
			double my = y + 13.0;
			fprintf(fp, "<g class=\"kg-legend-item\"><line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" "
				"stroke=\"#666666\" stroke-width=\"1.5\"%s/>", cx, my, cx + 26, my,
				k ? " stroke-dasharray=\"5,2\"" : "");
			fprintf(fp, "<text x=\"%.2f\" y=\"%.2f\" fill=\"#222222\">%s</text></g>\n", cx + 32, my + 4, names[k]);
			cx += 40.0 + 6.5 * 8;
		}
	}
	fputs("</g>\n", fp);
}

/* What a drawing shows, for its title and description. */
typedef struct drawing_info {
	const kg_selection *sel;  /* what is drawn */
	size_t center;            /* ego node or SIZE_MAX */
	size_t depth;             /* ego depth */
	size_t n_drawn;           /* entities drawn */
	size_t n_unlinked;        /* entities with no relation drawn in the grid */
	size_t n_hidden;          /* entities with no relation left out */
} drawing_info;

/* Writes Graphviz's SVG with the report changes: new <svg> tag (viewBox kept and grown for the
 * legend, width/height dropped when responsive, role and labels), <title> and <desc>, the legend. */
static int svg_finish(FILE *fp, const char *svg, size_t len, const kg_graph *g, const drawing_info *di,
		      const kg_draw_opts *opts, kg_error *err)
{
	const char *tag = strstr(svg, "<svg"), *tag_end, *close;
	const kg_selection *sel = di->sel;
	double vb[4] = { 0 }, more[3] = { 0 }, w_pt, h_pt, legend_w, legend_h = 0.0, scale;
	int types[KG_TYPE__COUNT] = { 0 }, planned = 0, any = 0;
	int responsive = opts && opts->base.responsive;
	const char *relation = opts ? opts->base.relation : NULL;

	tag_end = tag ? strchr(tag, '>') : NULL;
	close = NULL;
	for (const char *p = svg; p && (p = strstr(p, "</svg>")); p++)
		close = p;
	if (!tag || !tag_end || !close || close < tag_end || (size_t)(close - svg) > len) {
		kg_error_set(err, "graphviz", 0, 0, "unexpected SVG from Graphviz");
		return KG_EDEP;
	}
	vb[0] = svg_attr(tag, tag_end, "viewBox", more);
	vb[1] = more[0];
	vb[2] = more[1];
	vb[3] = more[2];
	w_pt = svg_attr(tag, tag_end, "width", NULL);
	h_pt = svg_attr(tag, tag_end, "height", NULL);
	for (size_t i = 0; i < g->n_nodes; i++)
		if (sel->node[i] && g->nodes[i].type >= 0 && g->nodes[i].type < KG_TYPE__COUNT)
			any = types[g->nodes[i].type] = 1;
	for (size_t i = 0; i < g->n_edges; i++)
		if (sel->edge[i] && g->edges[i].planned)
			planned = 1;
	/* the legend keeps its size on the page when a wide drawing is scaled down to fit it */
	scale = fmax(1.0, vb[2] / 900.0);
	legend_w = legend_width(types, planned) * scale;
	if (any) {
		legend_h = 26.0 * scale;
		if (legend_w > vb[2])
			vb[2] = legend_w;
	}

	fwrite(svg, 1, (size_t)(tag - svg), fp);
	fputs("<svg", fp);
	if (!responsive)
		fprintf(fp, " width=\"%.0fpt\" height=\"%.0fpt\"", ceil(fmax(w_pt, vb[2])), ceil(h_pt + legend_h));
	fprintf(fp, " viewBox=\"%.2f %.2f %.2f %.2f\"", vb[0], vb[1], vb[2], vb[3] + legend_h);
	fputs(" xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
	      " role=\"img\" aria-labelledby=\"kg-title kg-desc\" class=\"kg-graph\">\n", fp);
	fputs("<title id=\"kg-title\">", fp);
	if (di->center != SIZE_MAX) {
		fputs("Relations of ", fp);
		kg_xml_put(fp, g->nodes[di->center].label);
		fprintf(fp, " (%zu step%s)", di->depth, di->depth == 1 ? "" : "s");
	} else {
		fputs("Knowledge graph", fp);
	}
	fprintf(fp, ": %zu entities, %zu relations</title>\n", di->n_drawn, sel->n_edges);
	fputs("<desc id=\"kg-desc\">Entities found in the news and the relations between them. Shape and "
	      "colour give the entity type, text size its PageRank, line width the number of supporting "
	      "sentences", fp);
	if (planned)
		fputs("; dashed lines are planned, not reported, events", fp);
	if (relation && *relation) {
		fputs("; relations shown: ", fp);
		kg_xml_put(fp, relation);
	}
	if (di->n_unlinked)
		fprintf(fp, "; %zu entities linked to none of the others are listed under the graph", di->n_unlinked);
	if (di->n_hidden)
		fprintf(fp, "; %zu entities linked to none of the others are left out", di->n_hidden);
	fputs(".</desc>\n", fp);
	fputs("<style>.kg-graph text{font-family:Helvetica,Arial,sans-serif}</style>\n", fp);
	fwrite(tag_end + 1, 1, (size_t)(close - (tag_end + 1)), fp);
	if (any)
		write_legend(fp, types, planned, vb[0], vb[1] + vb[3], vb[2], scale);
	fputs("</svg>\n", fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.svg", 0, 0, "write failed");
		return KG_EIO;
	}
	return KG_OK;
}

/* ---- drawing ---- */

/* Lays ag out with the first layout of tried[] that works (the others are fallbacks). */
static int layout_with_fallbacks(GVC_t *gvc, Agraph_t *ag, const char *const *tried, size_t n, FILE *notes,
				 kg_error *err)
{
	for (size_t k = 0; k < n; k++) {
		if (!tried[k])
			continue;
		if (gvLayout(gvc, ag, tried[k]) == 0) {
			if (k > 0)
				fprintf(notes ? notes : stderr, "kg: warning: layout \"%s\" failed, used \"%s\" instead\n",
					tried[0], tried[k]);
			return KG_OK;
		}
		gvFreeLayout(gvc, ag);
	}
	kg_error_set(err, "graphviz", 0, 0, "no layout worked: %s", gv_messages[0] ? gv_messages : "?");
	return KG_EDEP;
}

/* Output formats of drawings. */
static const struct { const char *name; const char *gv; int cairo; } formats[] = {
	{ "svg", "svg", 0 },
	{ "png", "png:cairo", 1 },
	{ "pdf", "pdf:cairo", 1 },
};

/* ---- DOT ---- */

/* Adds the entities of sel with no kept edge to ag as kg_graph_draw shows them: under a heading, in
 * a compact grid (rows of invisible edges in a cluster), so that dot draws the file as kg draws it.
 * 1 on failure. */
static int dot_unlinked(Agraph_t *ag, const kg_graph *g, const kg_selection *sel, const unsigned char *linked,
			size_t n_unlinked, size_t n_linked, double max_pr)
{
	char cname[] = "cluster_kg_unlinked", invis[] = "invis", style[] = "style", empty[] = "";
	size_t cols = (size_t)ceil(sqrt((double)n_unlinked * 1.6)), k = 0;
	extra *xs = calloc(n_unlinked + 1, sizeof(*xs));
	Agnode_t *prev = NULL, *head = NULL;
	Agraph_t *sub;
	int bad = !xs;

	for (size_t i = 0; xs && i < g->n_nodes; i++) {
		if (sel->node[i] && !linked[i]) {
			xs[k].kind = EXTRA_ENTITY;
			xs[k++].node = i;
		}
	}
	if (bad || !(sub = agsubg(ag, cname, 1))) {
		free(xs);
		return 1;
	}
	qsort_r(xs, k, sizeof(*xs), cmp_extra, (void *)g);
	bad |= agsafeset(sub, style, invis, empty) != 0;
	if (n_linked) {
		extra h = { .kind = EXTRA_HEADING };

		snprintf(h.name, sizeof(h.name), "kg:unlinked");
		bad |= !(head = extra_node(sub, g, &h, max_pr, n_unlinked, 0));
	}
	for (size_t i = 0; i < k && !bad; i++) {
		Agnode_t *an = extra_node(sub, g, &xs[i], max_pr, n_unlinked, 0);
		Agnode_t *from = i % cols ? prev : head;
		Agedge_t *ae;

		bad |= !an;
		if (!bad && from) {
			bad |= !(ae = agedge(sub, from, an, NULL, 1)) || set_attr(ae, "style", "invis");
		}
		prev = an;
	}
	free(xs);
	return bad;
}

/* Writes s to fp as agwrite writes a name or a value: quoted when it must be, a long one broken by
 * "\\\n", through cgraph's own agcanon (which reads s, despite its char *). 1 when out of memory. */
static int put_canon(FILE *fp, const char *s)
{
	char *c = agcanon((char *)(uintptr_t)s, 0);

	if (!c)
		return 1;
	fputs(c, fp);
	return 0;
}

/* The default of attribute name for objects of kind (AGNODE, AGEDGE) in kg's graphs: default_attrs'
 * value, else "" (what set_attr declares an attribute with). */
static const char *attr_default(int kind, const char *name)
{
	for (size_t i = 0; i < sizeof(default_attrs) / sizeof(default_attrs[0]); i++)
		if (default_attrs[i].kind == kind && strcmp(default_attrs[i].name, name) == 0)
			return default_attrs[i].value;
	return "";
}

static int cmp_attr(const void *pa, const void *pb)
{
	return strcmp(((const gv_attr *)pa)->name, ((const gv_attr *)pb)->name);
}

/* Writes the attributes of s (of an object of kind) that differ from their defaults, as agwrite
 * writes them for a node or an edge of the root graph: "\t[a=1,\n\t\tb=2]", in name order. *n gets
 * how many. 1 when out of memory. */
static int put_attrs(FILE *fp, gv_sink *s, int kind, size_t *n)
{
	int bad = 0;

	*n = 0;
	qsort(s->list, s->n, sizeof(*s->list), cmp_attr);
	for (size_t i = 0; i < s->n; i++) {
		if (strcmp(s->list[i].value, attr_default(kind, s->list[i].name)) == 0)
			continue;
		fputs((*n)++ ? ",\n\t\t" : "\t[", fp);
		bad |= put_canon(fp, s->list[i].name);
		fputc('=', fp);
		bad |= put_canon(fp, s->list[i].value);
	}
	if (*n)
		fputc(']', fp);
	return bad;
}

/* 1 when the sink has an attribute that differs from its default for objects of kind. */
static int has_attrs(const gv_sink *s, int kind)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->list[i].value, attr_default(kind, s->list[i].name)) != 0)
			return 1;
	return 0;
}

/* Writes the statement of node i as agwrite does: when it has attributes of its own, or no edge. 1
 * when out of memory. */
static int dot_node(FILE *fp, const kg_graph *g, size_t i, double max_pr, int has_edges)
{
	gv_sink s = { 0 };
	size_t n;
	int bad = style_node(&s, g, i, max_pr);

	if (!bad && (!has_edges || has_attrs(&s, AGNODE))) {
		fputc('\t', fp);
		bad |= put_canon(fp, g->nodes[i].id) || put_attrs(fp, &s, AGNODE, &n);
		fputs(";\n", fp);
	}
	sink_clear(&s);
	return bad;
}

/* Writes the statement of edge e as agwrite does. 1 when out of memory. */
static int dot_edge(FILE *fp, const kg_graph *g, const kg_gedge *e, label_mode labels)
{
	gv_sink s = { 0 };
	size_t n;
	int bad = style_edge(&s, g, e, labels);

	if (!bad) {
		fputc('\t', fp);
		bad |= put_canon(fp, g->nodes[e->src].id);
		fputs(" -> ", fp);
		bad |= put_canon(fp, g->nodes[e->dst].id) || put_attrs(fp, &s, AGEDGE, &n);
		fputs(";\n", fp);
	}
	sink_clear(&s);
	return bad;
}

/* Orders a node's out-edges (indices into the graph's edges) as cgraph keeps them: by head, then as
 * they were made. */
static int cmp_out_edge(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (g->edges[a].dst != g->edges[b].dst)
		return g->edges[a].dst < g->edges[b].dst ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* Writes the linked nodes and the selection's edges in the order agwrite writes the root graph that
 * build_agraph makes of them: node by node, each node's out-edges by head, a node before the first
 * edge that reaches it from a node written before (else at its own turn). 1 when out of memory. */
static int dot_body(FILE *fp, const kg_graph *g, const kg_selection *sel, const unsigned char *linked,
		    label_mode labels, double max_pr)
{
	unsigned char *seen = calloc(g->n_nodes + 1, 1);
	size_t *out, max_deg = 0;
	int bad = !seen;

	for (size_t i = 0; i < g->n_nodes; i++)
		if (g->adj_off[i + 1] - g->adj_off[i] > max_deg)
			max_deg = g->adj_off[i + 1] - g->adj_off[i];
	out = malloc((max_deg + 1) * sizeof(*out));
	bad |= !out;
	for (size_t i = 0; i < g->n_nodes && !bad; i++) {
		size_t n_out = 0;
		int has_edges = 0;

		if (!linked[i])
			continue;
		for (size_t k = g->adj_off[i]; k < g->adj_off[i + 1]; k++) {
			size_t e = g->adj[k];

			if (!sel->edge[e])
				continue;
			has_edges = 1;
			if (g->edges[e].src == i)
				out[n_out++] = e;
		}
		if (!seen[i]) {
			seen[i] = 1;
			bad |= dot_node(fp, g, i, max_pr, has_edges);
		}
		qsort_r(out, n_out, sizeof(*out), cmp_out_edge, (void *)g);
		for (size_t k = 0; k < n_out && !bad; k++) {
			const kg_gedge *e = &g->edges[out[k]];

			if (!seen[e->dst]) {
				seen[e->dst] = 1;
				bad |= dot_node(fp, g, e->dst, max_pr, 1);
			}
			bad |= dot_edge(fp, g, e, labels);
		}
	}
	free(seen);
	free(out);
	return bad;
}

/* Writes the DOT of the drawing of opts (the whole graph by default). cgraph makes the head (the
 * default attributes) and the grid of unlinked entities, on a graph without the linked ones; the
 * linked ones and their edges are written here as agwrite would write them, so that a big graph is
 * never copied into cgraph. */
static int write_dot(const kg_graph *g, const kg_draw_opts *opts, FILE *fp, kg_error *err)
{
	kg_selection sel;
	Agraph_t *ag = NULL;
	unsigned char *linked = NULL;
	size_t center, n_linked = 0, n_unlinked = 0, len = 0;
	char *head = NULL;
	label_mode labels;
	FILE *m;
	double max_pr;
	int rc;

	if (!g || !fp) {
		kg_error_set(err, "graph.dot", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	if ((rc = draw_select(&sel, &center, g, opts, 0, err)) < 0)
		return rc;
	if (!(linked = linked_nodes(g, &sel))) {
		kg_error_set(err, "graph.dot", 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	if (center != SIZE_MAX)
		linked[center] = 1;
	for (size_t i = 0; i < g->n_nodes; i++) {
		n_linked += linked[i];
		n_unlinked += sel.node[i] && !linked[i];
	}
	/* the drawing's rules: unlinked entities in a grid, left out when asked or too many */
	if ((opts && opts->hide_unlinked) || n_unlinked > KG_UNLINKED_MAX)
		n_unlinked = 0;
	max_pr = max_pagerank(g, sel.node);
	labels = sel.n_edges <= KG_EDGE_LABELS_MAX ? LABEL_HUMAN : LABEL_NONE;
	if (!(ag = build_agraph(g, NULL, NULL, labels, max_pr, err))) {
		rc = KG_EDEP;
		goto done;
	}
	{
		char rankdir[] = "rankdir", lr[] = "LR", empty[] = "";

		agsafeset(ag, rankdir, lr, empty);
	}
	if (n_unlinked && dot_unlinked(ag, g, &sel, linked, n_unlinked, n_linked, max_pr)) {
		kg_error_set(err, "graph.dot", 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	/* agwrite's text of that graph, without its closing "}\n": the body goes there */
	if ((m = open_memstream(&head, &len)) && agwrite(ag, m) != 0)
		len = 0;
	if (!m || fclose(m) != 0 || !head || len < 2 || strcmp(head + len - 2, "}\n") != 0) {
		kg_error_set(err, "graph.dot", 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	fwrite(head, 1, len - 2, fp);
	if (dot_body(fp, g, &sel, linked, labels, max_pr)) {
		kg_error_set(err, "graph.dot", 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	fputs("}\n", fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.dot", 0, 0, "write failed");
		rc = KG_EIO;
	}
done:
	if (ag)
		agclose(ag);
	free(head);
	free(linked);
	kg_selection_clear(&sel);
	return rc;
}

int kg_graph_write_dot(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	kg_draw_opts d = { 0 };
	locale_t old = kg_numeric_c_enter();
	int rc;

	if (opts)
		d.base = *opts;
	rc = write_dot(g, &d, fp, err);
	kg_numeric_c_leave(old);
	return rc;
}

static int draw(const kg_graph *g, const kg_draw_opts *opts, const char *format, FILE *fp, kg_error *err)
{
	kg_selection sel = { 0 };
	drawing_info di = { &sel, SIZE_MAX, 1, 0, 0, 0 };
	Agraph_t *ag = NULL;
	GVC_t *gvc = NULL;
	void *handles[KG_N_PLUGINS] = { NULL };
	agusererrf old_errf = NULL;
	unsigned char *linked = NULL;
	extra *xs = NULL;
	size_t n_xs = 0, n_linked = 0, fmt = SIZE_MAX;
	char *buf = NULL;
	size_t len = 0;
	const char *tried[3] = { NULL, NULL, NULL };
	const char *asked = opts ? opts->base.layout : NULL;
	FILE *notes = opts ? opts->notes : NULL;
	double max_pr;
	int rc, laid_out = 0, nop = 0, have_errf = 0, no_cairo = 0, image;

	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (format && strcmp(formats[i].name, format) == 0)
			fmt = i;
	if (!g || !fp || fmt == SIZE_MAX) {
		kg_error_set(err, "graphviz", 0, 0, "no graph, no output or an unknown format (svg, png, pdf)");
		return KG_EINVAL;
	}
	image = formats[fmt].cairo;
	if (asked && !layout_find(asked)) {
		kg_error_set(err, "graph.svg", 0, 0, "unknown layout \"%s\" (dot, neato, sfdp, fdp, circo, twopi)", asked);
		return KG_EINVAL;
	}
	if ((rc = draw_select(&sel, &di.center, g, opts, 1, err)) < 0)
		return rc;
	if (opts && opts->depth)
		di.depth = opts->depth;
	if (!(linked = linked_nodes(g, &sel))) {
		rc = KG_ENOMEM;
		goto nomem;
	}
	for (size_t i = 0; i < g->n_nodes; i++) {
		n_linked += linked[i];
		di.n_unlinked += sel.node[i] && !linked[i];
	}
	if ((opts && opts->hide_unlinked) || di.n_unlinked > KG_UNLINKED_MAX) {
		di.n_hidden = di.n_unlinked;
		di.n_unlinked = 0;
		if (di.center != SIZE_MAX && !linked[di.center]) {
			di.n_hidden--;
			di.n_unlinked = 1;
		}
	}
	di.n_drawn = n_linked + di.n_unlinked;
	if (di.n_hidden && (!opts || !opts->hide_unlinked))
		note(notes, "%zu entities have no relation drawn: they are left out of the drawing (more than %d)",
		     di.n_hidden, KG_UNLINKED_MAX);

	/* the extras: heading and grid of entities with no relation, then the legend of images */
	xs = calloc(di.n_unlinked + KG_N_STYLES + 3, sizeof(*xs));
	if (!xs)
		goto nomem;
	if (di.n_unlinked && n_linked) {
		xs[n_xs].kind = EXTRA_HEADING;
		snprintf(xs[n_xs++].name, sizeof(xs[0].name), "kg:unlinked");
	}
	for (size_t i = 0; i < g->n_nodes && di.n_unlinked; i++) {
		if (sel.node[i] && !linked[i] && (!di.n_hidden || i == di.center)) {
			xs[n_xs].kind = EXTRA_ENTITY;
			xs[n_xs++].node = i;
		}
	}
	if (di.n_unlinked)
		qsort_r(xs + (n_linked ? 1 : 0), di.n_unlinked, sizeof(*xs), cmp_extra, (void *)g);
	if (image) {
		int types[KG_TYPE__COUNT] = { 0 }, planned = 0;
		for (size_t i = 0; i < g->n_nodes; i++)
			if (sel.node[i] && (linked[i] || !di.n_hidden) && g->nodes[i].type >= 0 && g->nodes[i].type < KG_TYPE__COUNT)
				types[g->nodes[i].type] = 1;
		for (size_t i = 0; i < g->n_edges; i++)
			planned |= sel.edge[i] && g->edges[i].planned;
		for (size_t i = 0; i < KG_N_STYLES; i++) {
			if (!types[type_styles[i].type])
				continue;
			xs[n_xs].kind = EXTRA_LEGEND;
			xs[n_xs].style = &type_styles[i];
			snprintf(xs[n_xs++].name, sizeof(xs[0].name), "kg:legend:%s", type_styles[i].cls);
		}
		if (planned) {
			xs[n_xs].kind = EXTRA_NOTE;
			snprintf(xs[n_xs++].name, sizeof(xs[0].name), "kg:legend:planned");
		}
	}

	/* the layout: the one asked for (or dot, sfdp for big graphs), sfdp when too big for it */
	tried[0] = asked ? asked : n_linked > KG_SFDP_ABOVE || sel.n_edges > KG_SFDP_ABOVE_EDGES ? "sfdp" : "dot";
	if (!fits(layout_find(tried[0]), n_linked, sel.n_edges)) {
		if (asked)
			note(notes, "%zu entities and %zu relations are too many for the %s layout: using sfdp", n_linked,
			     sel.n_edges, asked);
		tried[0] = "sfdp";
	}
	for (size_t k = 0, t = 1; k < 3 && t < 3; k++) {
		static const char *const fallbacks[] = { "dot", "sfdp", "neato" };
		if (strcmp(fallbacks[k], tried[0]) != 0 && fits(layout_find(fallbacks[k]), n_linked, sel.n_edges))
			tried[t++] = fallbacks[k];
	}

	gv_messages[0] = '\0';
	old_errf = agseterrf(on_gv_message);
	have_errf = 1;
	if ((rc = drawing_agraph(&ag, &max_pr, g, linked, &sel, err)) < 0)
		goto done;
	if (sel.n_edges > KG_SFDP_ABOVE_EDGES) {
		/* bound dot's network simplex and crossing minimisation on dense drawings */
		char nslimit[] = "nslimit", nslimit1[] = "nslimit1", mclimit[] = "mclimit", two[] = "2", half[] = "0.5",
		     empty[] = "";
		agsafeset(ag, nslimit, two, empty);
		agsafeset(ag, nslimit1, two, empty);
		agsafeset(ag, mclimit, half, empty);
	}
	{
		/* dot, left to right: long names side by side make wide ranks, and offices read as
		 * "person -title-> place" (not in graph.dot, whose readers choose) */
		char rankdir[] = "rankdir", lr[] = "LR", empty[] = "";
		agsafeset(ag, rankdir, lr, empty);
	}
	if (n_linked > KG_OVERLAP_MAX) {
		/* overlaps are removed by scaling the layout up: prism's triangulation takes seconds there */
		char overlap[] = "overlap", scale[] = "scale", empty[] = "";
		agsafeset(ag, overlap, scale, empty);
	}
	gvc = context_new(handles, image, &no_cairo);
	if (!gvc) {
		if (no_cairo)
			kg_error_set(err, "graphviz", 0, 0, "%s needs Graphviz's cairo plugin (libgvplugin_pango), which "
				     "is not installed: draw SVG and convert it, or install it", formats[fmt].name);
		else
			kg_error_set(err, "graphviz", 0, 0, "cannot create a Graphviz context");
		rc = KG_EDEP;
		goto done;
	}
	if (n_linked) {
		if ((rc = layout_with_fallbacks(gvc, ag, tried, 3, notes, err)) < 0)
			goto done;
		laid_out = 1;
	}
	if (n_xs) {
		/* positions of the laid-out part into attributes, the extras placed around it, then a
		 * layout that keeps every position (neato -n2) */
		pt_box bb = { 0, 0, 0, 0 }, all;
		double top, width, area = 0.0;
		size_t first_legend = di.n_unlinked + (di.n_unlinked && n_linked ? 1 : 0);
		int have_bb = 0;

		if (laid_out) {
			attach_attrs(ag);
			have_bb = read_bb(ag, &bb);
			gvFreeLayout(gvc, ag);
			laid_out = 0;
		}
		if ((rc = measure_extras(gvc, g, xs, n_xs, max_pr, di.n_unlinked, err)) < 0)
			goto done;
		for (size_t i = 0; i < n_xs; i++)
			area += (xs[i].w + 14.0) * (xs[i].h + 10.0);
		width = fmax(fmax(bb.x1 - bb.x0, 432.0), 1.6 * sqrt(area));
		all = bb;
		if (!have_bb)
			all = (pt_box){ 0, 0, width, 0 };
		top = all.y0 - (have_bb ? 24.0 : 0.0);
		if (first_legend > (n_linked ? 1u : 0u)) {
			size_t first = n_linked ? 1 : 0;
			if (first)
				top = place_rows(xs, 1, (all.x0 + all.x1) / 2.0, top, width, 0, &all) - 6.0;
			top = place_rows(xs + first, first_legend - first, (all.x0 + all.x1) / 2.0, top, width, 1, &all);
			top -= 20.0;
		}
		place_rows(xs + first_legend, n_xs - first_legend, (all.x0 + all.x1) / 2.0, top, width, 0, &all);
		for (size_t i = 0; i < n_xs; i++) {
			if (!extra_node(ag, g, &xs[i], max_pr, di.n_unlinked, 1)) {
				rc = KG_ENOMEM;
				goto nomem;
			}
		}
		{
			char bbs[128], bbname[] = "bb", empty[] = "";
			snprintf(bbs, sizeof(bbs), "%.2f,%.2f,%.2f,%.2f", all.x0, all.y0, all.x1, all.y1);
			agsafeset(ag, bbname, bbs, empty);
		}
		if (gvLayout(gvc, ag, "nop2") != 0) {
			kg_error_set(err, "graphviz", 0, 0, "cannot place the entities with no relation: %s",
				     gv_messages[0] ? gv_messages : "?");
			rc = KG_EDEP;
			goto done;
		}
		laid_out = nop = 1;
	}
	if (!laid_out) {
		/* nothing at all to draw: an empty layout still gives a valid picture */
		if ((rc = layout_with_fallbacks(gvc, ag, tried, 3, notes, err)) < 0)
			goto done;
		laid_out = 1;
	}
	if (image) {
		char dpi[] = "dpi", dpiv[] = KG_PNG_DPI, size[] = "size", sizev[] = KG_PNG_SIZE, empty[] = "";
		if (strcmp(formats[fmt].name, "png") == 0)
			agsafeset(ag, dpi, dpiv, empty);
		agsafeset(ag, size, sizev, empty);
	}
	/* into a memory stream, which grows geometrically (gvRenderData grows its buffer page by page,
	 * quadratic on a drawing of megabytes) */
	{
		FILE *mem = open_memstream(&buf, &len);
		if (!mem)
			goto nomem;
		rc = gvRender(gvc, ag, formats[fmt].gv, mem);
		if (fclose(mem) != 0 || !buf)
			goto nomem;
	}
	if (rc != 0) {
		kg_error_set(err, "graphviz", 0, 0, "%s rendering failed: %s", formats[fmt].name,
			     gv_messages[0] ? gv_messages : "?");
		rc = KG_EDEP;
		goto done;
	}
	if (!image)
		rc = svg_finish(fp, buf, len, g, &di, opts, err);
	else if (fwrite(buf, 1, len, fp) != len || fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, formats[fmt].name, 0, 0, "write failed");
		rc = KG_EIO;
	}
	goto done;
nomem:
	kg_error_set(err, "graphviz", 0, 0, "out of memory");
	rc = KG_ENOMEM;
done:
	free(buf);
	if (nop) {
		/* Graphviz 2.42 leaks the node list of neato -n layouts: free it here (cleanup then skips it) */
		free(GD_neato_nlist(ag));
		GD_neato_nlist(ag) = NULL;
	}
	if (gvc && ag && laid_out)
		gvFreeLayout(gvc, ag);
	if (ag)
		agclose(ag);
	context_free(gvc, handles);
	if (have_errf)
		agseterrf(old_errf);
	free(xs);
	free(linked);
	kg_selection_clear(&sel);
	return rc;
}

int kg_graph_draw(const kg_graph *g, const kg_draw_opts *opts, const char *format, FILE *fp, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	int rc;

	if (format && strcmp(format, "dot") == 0)
		rc = write_dot(g, opts, fp, err);
	else
		rc = draw(g, opts, format, fp, err);
	kg_numeric_c_leave(old);
	return rc;
}

int kg_graph_write_svg(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	kg_draw_opts d = { 0 };

	if (opts)
		d.base = *opts;
	return kg_graph_draw(g, &d, "svg", fp, err);
}

/* ---- selection as a graph ---- */

static int copy_strv(kg_strv *dst, const kg_strv *src)
{
	for (size_t i = 0; i < src->n; i++)
		if (kg_strv_push(dst, src->v[i]) < 0)
			return KG_ENOMEM;
	return KG_OK;
}

/* Copies s into *dst (NULL stays NULL); 1 when out of memory. */
static int copy_str(char **dst, const char *s)
{
	*dst = s ? kg_strdup(s) : NULL;
	return s && !*dst;
}

int kg_graph_select(kg_graph **out, const kg_graph *g, const kg_draw_opts *opts, kg_error *err)
{
	kg_selection sel = { 0 };
	kg_graph *sub = NULL;
	size_t *where = NULL, center;
	int rc, bad = 0;

	*out = NULL;
	if (!g) {
		kg_error_set(err, "graph", 0, 0, "no graph");
		return KG_EINVAL;
	}
	if ((rc = draw_select(&sel, &center, g, opts, 0, err)) < 0)
		return rc;
	if (opts && opts->hide_unlinked) {
		unsigned char *linked = linked_nodes(g, &sel);
		if (!linked)
			goto nomem;
		for (size_t i = 0; i < g->n_nodes; i++)
			sel.node[i] &= linked[i] || i == center;
		free(linked);
		kg_selection_recount(&sel, g);
	}
	if (kg_graph_alloc(&sub) < 0 || !(where = malloc((g->n_nodes + 1) * sizeof(*where))) ||
	    !(sub->nodes = calloc(sel.n_nodes + 1, sizeof(*sub->nodes))) ||
	    !(sub->edges = calloc(sel.n_edges + 1, sizeof(*sub->edges))))
		goto nomem;
	for (size_t i = 0; i < g->n_nodes && !bad; i++) {
		const kg_gnode *v = &g->nodes[i];
		kg_gnode *w;
		if (!sel.node[i])
			continue;
		where[i] = sub->n_nodes;
		w = &sub->nodes[sub->n_nodes++];
		*w = *v;
		w->id = w->label = NULL;
		memset(&w->aliases, 0, sizeof(w->aliases));
		memset(&w->why, 0, sizeof(w->why));
		bad |= copy_str(&w->id, v->id) || copy_str(&w->label, v->label) || copy_strv(&w->aliases, &v->aliases) < 0 ||
		       copy_strv(&w->why, &v->why) < 0;
	}
	for (size_t i = 0; i < g->n_edges && !bad; i++) {
		const kg_gedge *e = &g->edges[i];
		kg_gedge *f;
		if (!sel.edge[i])
			continue;
		f = &sub->edges[sub->n_edges];
		if (kg_gedge_copy(f, e, 1) < 0) {
			bad = 1;
			continue;
		}
		sub->n_edges++;
		f->src = where[e->src];
		f->dst = where[e->dst];
	}
	if (bad)
		goto nomem;
	if ((rc = kg_graph_finish(sub, err)) < 0)
		goto done;
	if (kg_graph_copy_events(sub, g) < 0 || kg_graph_set_docs(sub, g->docs, g->n_docs) < 0)
		goto nomem;
	sub->any_url |= g->any_url;
	sub->analyzed = g->analyzed;
	*out = sub;
	sub = NULL;
	rc = KG_OK;
	goto done;
nomem:
	kg_error_set(err, "graph", 0, 0, "out of memory copying the selection");
	rc = KG_ENOMEM;
done:
	kg_graph_free(sub);
	free(where);
	kg_selection_clear(&sel);
	return rc;
}
