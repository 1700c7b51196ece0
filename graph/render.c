/* render.c: DOT through libcgraph and SVG through libgvc, styled by entity type and measures, with a
 * post-processed SVG that is ready for a report (viewBox, title, description, legend, stable ids). */
#define _GNU_SOURCE /* dlinfo */
#include "graph_priv.h"

#include <dlfcn.h>
#include <link.h>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define KG_FONT "Helvetica,Arial,sans-serif"
#define KG_TOOLTIP_CHARS 300
#define KG_LABEL_CHARS 60
#define KG_SFDP_ABOVE 300      /* nodes above which the default layout is sfdp */
#define KG_SFDP_ABOVE_EDGES 400 /* edges above which too: dot's ranking slows down sharply */
#define KG_EDGE_LABELS_MAX 200  /* more edges than this in an SVG: relation in the tooltip only */

/* How each entity type is drawn: shapes differ, and fills differ in lightness so they stay apart in
 * greyscale (light yellow, light green, mid blue, dark purple, light grey). */
static const struct type_style {
	kg_etype type;       /* entity type */
	const char *cls;     /* CSS class in the SVG */
	const char *shape;   /* Graphviz shape */
	const char *fill;    /* fill colour */
	const char *font;    /* label colour */
	const char *legend;  /* legend text */
} type_styles[] = {
	{ KG_TYPE_PERSON, "kg-person", "ellipse", "#ffe9a8", "#222222", "person" },
	{ KG_TYPE_ORG, "kg-org", "box", "#7aa6d6", "#111111", "organisation" },
	{ KG_TYPE_PLACE, "kg-place", "hexagon", "#a8dba8", "#222222", "place" },
	{ KG_TYPE_EVENT, "kg-event", "octagon", "#5b4b8a", "#ffffff", "event" },
	{ KG_TYPE_OTHER, "kg-other", "note", "#eeeeee", "#222222", "other" },
	{ KG_TYPE_UNKNOWN, "kg-unknown", "note", "#ffffff", "#222222", "unknown type" },
};

static const struct type_style *style_of(kg_etype t)
{
	for (size_t i = 0; i < sizeof(type_styles) / sizeof(type_styles[0]); i++)
		if (type_styles[i].type == t)
			return &type_styles[i];
	return &type_styles[sizeof(type_styles) / sizeof(type_styles[0]) - 1];
}

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
	{ AGEDGE, "fontsize", "9" },
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

/* A label or tooltip made inert for Graphviz: cleaned and cut, backslashes doubled (Graphviz reads
 * \N, \n, \l... in labels), '&' written as "&amp;" (Graphviz decodes entities in labels). */
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
			if (*p == '\\') {
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

static int set_text(void *obj, const char *name, const char *text, size_t max_chars)
{
	char *t = gv_text(text, max_chars);
	int bad = !t || set_attr(obj, name, t);

	free(t);
	return bad;
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

/* Node styling: shape, colours, size by PageRank, tooltip with type, aliases and measures. */
static int style_node(Agnode_t *an, const kg_gnode *v, double max_pr)
{
	const struct type_style *st = style_of(v->type);
	char buf[64], *tip = NULL, *id = ident("node-", v->id, NULL, NULL);
	size_t tip_len = strlen(v->label) + 200;
	int bad = !id;

	for (size_t a = 0; a < v->aliases.n; a++)
		tip_len += strlen(v->aliases.v[a]) + 2;
	tip = malloc(tip_len);
	bad |= !tip;
	if (!bad) {
		size_t o = (size_t)snprintf(tip, tip_len, "%s (%s)", v->label, kg_etype_name(v->type));
		for (size_t a = 0; a < v->aliases.n && o < tip_len; a++)
			o += (size_t)snprintf(tip + o, tip_len - o, "%s%s", a ? ", " : "; also ", v->aliases.v[a]);
		if (o < tip_len)
			snprintf(tip + o, tip_len - o, "; PageRank %.4f; community %ld", v->pagerank, v->community);
	}
	snprintf(buf, sizeof(buf), "%.1f", 10.0 + (max_pr > 0 ? 12.0 * sqrt(v->pagerank / max_pr) : 0.0));
	bad |= set_text(an, "label", v->label, KG_LABEL_CHARS);
	bad |= set_text(an, "tooltip", tip ? tip : "", KG_TOOLTIP_CHARS);
	bad |= set_attr(an, "fontsize", buf);
	bad |= set_attr(an, "shape", st->shape);
	bad |= set_attr(an, "fillcolor", st->fill);
	bad |= set_attr(an, "fontcolor", st->font);
	bad |= set_attr(an, "class", st->cls);
	bad |= set_attr(an, "id", id ? id : "");
	free(tip);
	free(id);
	return bad;
}

static int style_edge(Agedge_t *ae, const kg_graph *g, const kg_gedge *e, int with_label)
{
	const char *s = g->nodes[e->src].id, *d = g->nodes[e->dst].id;
	char *id = ident("edge-", s, e->relation, d), *rel = kg_slug_new(e->relation);
	char *label = NULL, *tip = NULL, *cls = NULL, pen[32];
	const char *sentence = e->n_ev ? e->ev[0].ev.text : "";
	size_t n;
	int bad = !id || !rel;

	n = strlen(e->relation) + (e->attrs.title ? strlen(e->attrs.title) : 0) + 4;
	label = malloc(n);
	if (label) {
		if (e->attrs.title && strcmp(e->relation, "holds_position") == 0)
			snprintf(label, n, "%s: %s", e->relation, e->attrs.title);
		else
			snprintf(label, n, "%s", e->relation);
	}
	n = strlen(g->nodes[e->src].label) + strlen(g->nodes[e->dst].label) + strlen(e->relation) +
	    strlen(sentence) + (e->n_ev ? strlen(e->ev[0].ev.doc) : 0) + 32;
	tip = malloc(n);
	if (tip)
		snprintf(tip, n, "%s -%s%s %s: %s%s%s%s", g->nodes[e->src].label, e->relation,
			 e->symmetric ? "-" : "->", g->nodes[e->dst].label, sentence,
			 e->n_ev ? " [" : "", e->n_ev ? e->ev[0].ev.doc : "", e->n_ev ? "]" : "");
	n = (rel ? strlen(rel) : 0) + 32;
	cls = malloc(n);
	if (cls)
		snprintf(cls, n, "kg-rel-%s%s", rel ? rel : "", e->planned ? " kg-planned" : "");
	snprintf(pen, sizeof(pen), "%.2f", fmin(6.0, 1.0 + 1.5 * log2(fmax(1.0, e->weight))));
	bad |= !label || !tip || !cls;
	if (with_label)
		bad |= set_text(ae, "label", label ? label : "", KG_LABEL_CHARS);
	bad |= set_text(ae, "tooltip", tip ? tip : "", KG_TOOLTIP_CHARS);
	bad |= set_attr(ae, "penwidth", pen);
	bad |= set_attr(ae, "id", id ? id : "");
	bad |= set_attr(ae, "class", cls ? cls : "");
	if (e->planned)
		bad |= set_attr(ae, "style", "dashed");
	if (e->symmetric)
		bad |= set_attr(ae, "dir", "none");
	free(id);
	free(rel);
	free(label);
	free(tip);
	free(cls);
	return bad;
}

/* Builds the cgraph graph of the selection (edge labels when edge_labels); NULL with err set on
 * failure. */
static Agraph_t *build_agraph(const kg_graph *g, const kg_selection *sel, int edge_labels, kg_error *err)
{
	Agraph_t *ag;
	Agnode_t **an = NULL;
	double max_pr = 0.0;
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
	for (size_t i = 0; i < g->n_nodes; i++)
		if (sel->node[i] && g->nodes[i].pagerank > max_pr)
			max_pr = g->nodes[i].pagerank;
	for (size_t i = 0; i < g->n_nodes && !bad; i++) {
		char *name;
		if (!sel->node[i])
			continue;
		name = kg_strdup(g->nodes[i].id);
		an[i] = name ? agnode(ag, name, 1) : NULL;
		free(name);
		bad |= !an[i] || style_node(an[i], &g->nodes[i], max_pr);
	}
	for (size_t i = 0; i < g->n_edges && !bad; i++) {
		const kg_gedge *e = &g->edges[i];
		Agedge_t *ae;
		if (!sel->edge[i])
			continue;
		ae = agedge(ag, an[e->src], an[e->dst], NULL, 1);
		bad |= !ae || style_edge(ae, g, e, edge_labels);
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

static int write_dot(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	kg_selection sel;
	Agraph_t *ag = NULL;
	int rc;

	if (!g || !fp) {
		kg_error_set(err, "graph.dot", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	if ((rc = kg_selection_make(&sel, g, opts, err)) < 0)
		return rc;
	ag = build_agraph(g, &sel, 1, err);
	if (!ag) {
		rc = KG_EDEP;
		goto done;
	}
	if (agwrite(ag, fp) != 0 || fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.dot", 0, 0, "write failed");
		rc = KG_EIO;
	}
done:
	if (ag)
		agclose(ag);
	kg_selection_clear(&sel);
	return rc;
}

int kg_graph_write_dot(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	int rc = write_dot(g, opts, fp, err);

	kg_numeric_c_leave(old);
	return rc;
}

/* ---- SVG ---- */

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
 * They stay mapped after dlclose (RTLD_NODELETE): their static buffers must outlive the context. */
static const struct { const char *file; const char *symbol; } gv_plugins[] = {
	{ "libgvplugin_core.so.6", "gvplugin_core_LTX_library" },
	{ "libgvplugin_dot_layout.so.6", "gvplugin_dot_layout_LTX_library" },
	{ "libgvplugin_neato_layout.so.6", "gvplugin_neato_layout_LTX_library" },
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

/* A Graphviz context with the plugins above, or (when they cannot be loaded) gvContext() reading
 * config6a. NULL when neither works. */
static GVC_t *context_new(void **handles)
{
	static const lt_symlist_t none[] = { { NULL, NULL } };
	struct link_map *lm = NULL;
	char dir[1024];
	GVC_t *gvc;
	char *slash = NULL;
	void *self;

	/* the folder libgvc was loaded from, as Graphviz itself finds its plugins */
	memset(handles, 0, KG_N_PLUGINS * sizeof(*handles));
	self = dlopen("libgvc.so.6", RTLD_LAZY | RTLD_NOLOAD);
	if (self && dlinfo(self, RTLD_DI_LINKMAP, &lm) == 0 && lm && lm->l_name &&
	    snprintf(dir, sizeof(dir), "%s", lm->l_name) < (int)sizeof(dir))
		slash = strrchr(dir, '/');
	if (self)
		dlclose(self);
	if (!slash)
		return gvContext();
	*slash = '\0';
	for (size_t i = 0; i < KG_N_PLUGINS; i++) {
		char path[1200];
		snprintf(path, sizeof(path), "%s/graphviz/%s", dir, gv_plugins[i].file);
		handles[i] = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
		if (!handles[i] || !dlsym(handles[i], gv_plugins[i].symbol)) {
			context_free(NULL, handles);
			memset(handles, 0, KG_N_PLUGINS * sizeof(*handles));
			return gvContext();
		}
	}
	gvc = gvContextPlugins(none, 0);
	if (!gvc) {
		context_free(NULL, handles);
		memset(handles, 0, KG_N_PLUGINS * sizeof(*handles));
		return NULL;
	}
	for (size_t i = 0; i < KG_N_PLUGINS; i++)
		gvAddLibrary(gvc, dlsym(handles[i], gv_plugins[i].symbol));
	return gvc;
}

static const char *const layouts[] = { "dot", "neato", "sfdp", "fdp", "circo", "twopi", "osage", "patchwork" };

static int layout_known(const char *name)
{
	for (size_t i = 0; i < sizeof(layouts) / sizeof(layouts[0]); i++)
		if (strcmp(layouts[i], name) == 0)
			return 1;
	return 0;
}

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

	for (size_t i = 0; i < sizeof(type_styles) / sizeof(type_styles[0]); i++)
		if (types[type_styles[i].type])
			w += 30.0 + 6.5 * (double)strlen(type_styles[i].legend);
	if (planned)
		w += 2 * (40.0 + 6.5 * 8);
	return w;
}

/* Writes the legend group at (x, y): one swatch per entity type shown, and line styles. */
static void write_legend(FILE *fp, const int *types, int planned, double x, double y, double w)
{
	double cx = x + 8.0;

	fprintf(fp, "<g id=\"kg-legend\" class=\"kg-legend\" font-family=\"%s\" font-size=\"11\">\n", KG_FONT);
	fprintf(fp, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"26\" fill=\"white\" stroke=\"none\"/>\n",
		x, y, w);
	for (size_t i = 0; i < sizeof(type_styles) / sizeof(type_styles[0]); i++) {
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

/* Writes Graphviz's SVG with the report changes: new <svg> tag (viewBox kept and grown for the
 * legend, width/height dropped when responsive, role and labels), <title> and <desc>, the legend. */
static int svg_finish(FILE *fp, const char *svg, size_t len, const kg_graph *g, const kg_selection *sel,
		      const kg_export_opts *opts, kg_error *err)
{
	const char *tag = strstr(svg, "<svg"), *tag_end, *close;
	double vb[4] = { 0 }, more[3] = { 0 }, w_pt, h_pt, legend_w, legend_h = 0.0;
	int types[KG_TYPE__COUNT] = { 0 }, planned = 0, any = 0;
	int responsive = opts && opts->responsive;

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
	legend_w = legend_width(types, planned);
	if (any) {
		legend_h = 26.0;
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
	fprintf(fp, "<title id=\"kg-title\">Knowledge graph: %zu entities, %zu relations</title>\n",
		sel->n_nodes, sel->n_edges);
	fputs("<desc id=\"kg-desc\">Entities found in the news and the relations between them. Shape and "
	      "colour give the entity type, text size its PageRank, line width the number of supporting "
	      "sentences", fp);
	if (planned)
		fputs("; dashed lines are planned, not reported, events", fp);
	if (opts && opts->relation && *opts->relation) {
		fputs("; relations shown: ", fp);
		kg_xml_put(fp, opts->relation);
	}
	fputs(".</desc>\n", fp);
	fputs("<style>.kg-graph text{font-family:Helvetica,Arial,sans-serif}</style>\n", fp);
	fwrite(tag_end + 1, 1, (size_t)(close - (tag_end + 1)), fp);
	if (any)
		write_legend(fp, types, planned, vb[0], vb[1] + vb[3], vb[2]);
	fputs("</svg>\n", fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.svg", 0, 0, "write failed");
		return KG_EIO;
	}
	return KG_OK;
}

static int write_svg(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	kg_selection sel;
	Agraph_t *ag = NULL;
	GVC_t *gvc = NULL;
	void *handles[KG_N_PLUGINS] = { NULL };
	agusererrf old_errf = NULL;
	static const char *const fallbacks[] = { "dot", "sfdp", "neato" };
	char *buf = NULL, *text = NULL;
	unsigned int len = 0;
	const char *tried[3] = { NULL, NULL, NULL };
	int rc, laid_out = 0, have_errf = 0;

	if (!g || !fp) {
		kg_error_set(err, "graph.svg", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	if (opts && opts->layout && !layout_known(opts->layout)) {
		kg_error_set(err, "graph.svg", 0, 0, "unknown layout \"%s\" (dot, neato, sfdp, fdp, circo, twopi)",
			     opts->layout);
		return KG_EINVAL;
	}
	if ((rc = kg_selection_make(&sel, g, opts, err)) < 0)
		return rc;
	gv_messages[0] = '\0';
	old_errf = agseterrf(on_gv_message);
	have_errf = 1;
	ag = build_agraph(g, &sel, sel.n_edges <= KG_EDGE_LABELS_MAX, err);
	if (!ag) {
		rc = KG_EDEP;
		goto done;
	}
	if (sel.n_edges > KG_SFDP_ABOVE_EDGES) {
		/* bound dot's network simplex and crossing minimisation on dense drawings */
		char nslimit[] = "nslimit", nslimit1[] = "nslimit1", mclimit[] = "mclimit", two[] = "2", half[] = "0.5", none[] = "";
		agsafeset(ag, nslimit, two, none);
		agsafeset(ag, nslimit1, two, none);
		agsafeset(ag, mclimit, half, none);
	}
	gvc = context_new(handles);
	if (!gvc) {
		kg_error_set(err, "graphviz", 0, 0, "cannot create a Graphviz context");
		rc = KG_EDEP;
		goto done;
	}
	/* the layout asked for (or dot, sfdp for big graphs), then the others as fallbacks */
	tried[0] = opts && opts->layout ? opts->layout
		   : sel.n_nodes > KG_SFDP_ABOVE || sel.n_edges > KG_SFDP_ABOVE_EDGES ? "sfdp" : "dot";
	for (size_t k = 0, t = 1; k < sizeof(fallbacks) / sizeof(fallbacks[0]) && t < 3; k++)
		if (strcmp(fallbacks[k], tried[0]) != 0)
			tried[t++] = fallbacks[k];
	for (int k = 0; k < 3 && !laid_out; k++) {
		if (gvLayout(gvc, ag, tried[k]) == 0) {
			laid_out = 1;
			if (k > 0)
				fprintf(stderr, "kg: warning: layout \"%s\" failed, used \"%s\" instead\n", tried[0], tried[k]);
		} else {
			gvFreeLayout(gvc, ag);
		}
	}
	if (!laid_out) {
		kg_error_set(err, "graphviz", 0, 0, "no layout worked: %s", gv_messages[0] ? gv_messages : "?");
		rc = KG_EDEP;
		goto done;
	}
	if (gvRenderData(gvc, ag, "svg", &buf, &len) != 0 || !buf) {
		kg_error_set(err, "graphviz", 0, 0, "SVG rendering failed: %s", gv_messages[0] ? gv_messages : "?");
		rc = KG_EDEP;
		goto done;
	}
	text = kg_strndup(buf, len);
	if (!text) {
		kg_error_set(err, "graph.svg", 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	rc = svg_finish(fp, text, len, g, &sel, opts, err);
done:
	free(text);
	if (buf)
		gvFreeRenderData(buf);
	if (gvc && ag && laid_out)
		gvFreeLayout(gvc, ag);
	if (ag)
		agclose(ag);
	context_free(gvc, handles);
	if (have_errf)
		agseterrf(old_errf);
	kg_selection_clear(&sel);
	return rc;
}

int kg_graph_write_svg(const kg_graph *g, const kg_export_opts *opts, FILE *fp, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	int rc = write_svg(g, opts, fp, err);

	kg_numeric_c_leave(old);
	return rc;
}
