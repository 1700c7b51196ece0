/* report.c: the HTML report of a graph: one self-contained page (inline CSS, SVG and script) with
 * the drawing, the most central entities, the communities, who met whom with the evidence, offices
 * and the documents cited. Every text from the graph is escaped for HTML. */
#define _GNU_SOURCE /* open_memstream, qsort_r */
#include "graph_priv.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define KG_REPORT_ROWS 25         /* rows of the central entities table by default */
#define KG_REPORT_DRAW_MAX 300    /* entities drawn at most unless a top is given */
#define KG_REPORT_EDGE_ROWS 1000  /* relations listed at most per table */
#define KG_REPORT_DOC_ROWS 2000   /* documents listed at most */
#define KG_REPORT_QUOTE_CHARS 600 /* evidence quotes are cut after this */
#define KG_REPORT_EV_PER_EDGE 5   /* evidence sentences shown per relation */

static const char *const report_css[] = {
	":root{color-scheme:light}\n",
	"body{margin:0;background:#fff;color:#1a1a1a;font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,",
	"Helvetica,Arial,sans-serif}\n",
	"main{max-width:1200px;margin:0 auto;padding:0 20px 48px}\n",
	"h1{font-size:1.75em;margin:.7em 0 .1em}h2{font-size:1.3em;margin:1.6em 0 .4em;padding-bottom:.2em;",
	"border-bottom:2px solid #e5e5e5}\n",
	".meta{color:#555;margin:.2em 0}.hint{color:#555;font-size:.9em;margin:.3em 0}\n",
	"nav{margin:.8em 0}nav a{margin-right:1.1em}\n",
	"a{color:#0b57a4}a[data-node]{color:inherit;text-decoration:none;border-bottom:1px dotted #888}\n",
	"figure{margin:.4em 0;border:1px solid #ddd;border-radius:6px;overflow:auto;background:#fff}\n",
	"#kg-figure svg{display:block;width:100%;height:auto}\n",
	"#kg-figure.kg-actual svg{max-width:none}\n",
	"#kg-figure g.node{cursor:pointer}#kg-figure g.node:focus{outline:none}\n",
	"#kg-figure g.node:focus ellipse,#kg-figure g.node:focus polygon,#kg-figure g.node:focus path",
	"{stroke:#1f6feb;stroke-width:3px}\n",
	"#kg-figure svg.kg-focus g.node:not(.kg-on),#kg-figure svg.kg-focus g.edge:not(.kg-on){opacity:.15}\n",
	"#kg-figure g.edge.kg-on path{stroke:#b42318;stroke-width:3px}\n",
	"#kg-figure g.edge.kg-on polygon{stroke:#b42318;fill:#b42318}#kg-figure g.edge.kg-on text{fill:#b42318}\n",
	"#kg-figure g.node.kg-sel ellipse,#kg-figure g.node.kg-sel polygon,#kg-figure g.node.kg-sel path",
	"{stroke:#b42318;stroke-width:3px}\n",
	"#kg-tip{position:fixed;z-index:10;max-width:30em;white-space:pre-line;background:#222;color:#fff;",
	"padding:6px 9px;border-radius:4px;font-size:13px;line-height:1.35;pointer-events:none}\n",
	".bar{display:flex;gap:1em;align-items:center;flex-wrap:wrap}#kg-status{color:#b42318;font-size:.9em}\n",
	"button{font:inherit;font-size:.9em;padding:2px 10px;border:1px solid #bbb;border-radius:4px;",
	"background:#f6f6f6;cursor:pointer}\n",
	"table{border-collapse:collapse;width:100%;margin:.4em 0 1.2em}\n",
	"th,td{border-bottom:1px solid #e3e3e3;padding:5px 8px;text-align:left;vertical-align:top}\n",
	"th{background:#f4f4f4;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n",
	"q{font-style:italic}.doc{color:#555;font-size:.88em;overflow-wrap:anywhere}td.doc{min-width:11em}\n",
	".type{color:#555;font-size:.85em}\n",
	"table.timeline{width:auto}span.tl{display:inline-block;background:#4a78b5;height:.8em}\n",
	".planned{display:inline-block;padding:0 .4em;border:1px dashed #777;border-radius:3px;font-size:.85em}\n",
	"ol.communities li{margin:.35em 0}\n",
	"@media print{nav,.bar button,#kg-tip,.hint{display:none}figure{border:none;overflow:visible}",
	"tr{break-inside:avoid}a{color:inherit;border:none}}\n",
	NULL,
};

/* The page's script: tooltips from the SVG's own titles, click to highlight an entity's relations
 * (edges are found by their <title> "source->target", node ids being slugs), links from the tables,
 * the zoom button; report.html#node-ID opens with that entity highlighted; marks
 * <body data-kg-ready="1"> when done. Text goes in through textContent only. */
static const char *const report_js[] = {
	"(function () {\n",
	"  'use strict';\n",
	"  var fig = document.getElementById('kg-figure');\n",
	"  var svg = fig ? fig.querySelector('svg') : null;\n",
	"  var tip = document.getElementById('kg-tip');\n",
	"  var status = document.getElementById('kg-status');\n",
	"  var zoom = document.getElementById('kg-zoom');\n",
	"  var nodes = {}, edgesOf = {}, selected = null;\n",
	"  function titleOf(g) { var t = g.querySelector('title'); return t ? t.textContent : ''; }\n",
	"  function detail(g) {\n",
	"    var a = g.querySelector('a');\n",
	"    var s = a ? (a.getAttribute('xlink:title') ||\n",
	"      a.getAttributeNS('http://www.w3.org/1999/xlink', 'title')) : '';\n",
	"    return s || titleOf(g);\n",
	"  }\n",
	"  function each(list, f) { Array.prototype.forEach.call(list, f); }\n",
	"  if (svg) {\n",
	"    each(svg.querySelectorAll('g.node'), function (g) {\n",
	"      if (g.id.indexOf('node-') !== 0) return;\n",
	"      var id = titleOf(g);\n",
	"      nodes[id] = g;\n",
	"      edgesOf[id] = [];\n",
	"      g.setAttribute('tabindex', '0');\n",
	"      g.setAttribute('role', 'button');\n",
	"      g.setAttribute('aria-label', detail(g).split('\\n')[0]);\n",
	"    });\n",
	"    each(svg.querySelectorAll('g.edge'), function (g) {\n",
	"      var ends = titleOf(g).split('->');\n",
	"      if (ends.length !== 2) return;\n",
	"      g.kgEnds = ends;\n",
	"      ends.forEach(function (id) { if (edgesOf[id]) edgesOf[id].push(g); });\n",
	"    });\n",
	"  }\n",
	"  function clear() {\n",
	"    if (!svg) return;\n",
	"    svg.classList.remove('kg-focus');\n",
	"    each(svg.querySelectorAll('.kg-on, .kg-sel'), function (el) { el.classList.remove('kg-on', 'kg-sel'); });\n",
	"    selected = null;\n",
	"    if (status) status.textContent = '';\n",
	"  }\n",
	"  function select(id) {\n",
	"    if (!nodes[id]) return false;\n",
	"    var again = selected === id;\n",
	"    clear();\n",
	"    if (again) return true;\n",
	"    selected = id;\n",
	"    svg.classList.add('kg-focus');\n",
	"    nodes[id].classList.add('kg-on', 'kg-sel');\n",
	"    edgesOf[id].forEach(function (e) {\n",
	"      e.classList.add('kg-on');\n",
	"      e.kgEnds.forEach(function (n) { if (nodes[n]) nodes[n].classList.add('kg-on'); });\n",
	"    });\n",
	"    if (status) status.textContent = detail(nodes[id]).split('\\n')[0] + ': ' + edgesOf[id].length +\n",
	"      (edgesOf[id].length === 1 ? ' relation' : ' relations') +\n",
	"      ' highlighted (Esc or click the background to clear)';\n",
	"    return true;\n",
	"  }\n",
	"  function place(x, y) {\n",
	"    var r = tip.getBoundingClientRect(), left = x + 14, top = y + 14;\n",
	"    if (left + r.width > window.innerWidth - 8) left = Math.max(8, x - r.width - 14);\n",
	"    if (top + r.height > window.innerHeight - 8) top = Math.max(8, y - r.height - 14);\n",
	"    tip.style.left = left + 'px';\n",
	"    tip.style.top = top + 'px';\n",
	"  }\n",
	"  function show(g, x, y) { tip.textContent = detail(g); tip.hidden = false; place(x, y); }\n",
	"  function owner(t) {\n",
	"    for (; t && t !== svg; t = t.parentNode)\n",
	"      if (t.classList && (t.classList.contains('node') || t.classList.contains('edge'))) return t;\n",
	"    return null;\n",
	"  }\n",
	"  if (svg && tip) {\n",
	"    svg.addEventListener('mouseover', function (ev) {\n",
	"      var g = owner(ev.target);\n",
	"      if (g) show(g, ev.clientX, ev.clientY);\n",
	"    });\n",
	"    svg.addEventListener('mousemove', function (ev) { if (!tip.hidden) place(ev.clientX, ev.clientY); });\n",
	"    svg.addEventListener('mouseout', function (ev) {\n",
	"      var g = owner(ev.target);\n",
	"      if (g && !(ev.relatedTarget && g.contains(ev.relatedTarget))) tip.hidden = true;\n",
	"    });\n",
	"    svg.addEventListener('click', function (ev) {\n",
	"      var g = owner(ev.target);\n",
	"      if (g && g.classList.contains('node')) select(titleOf(g)); else if (!g) clear();\n",
	"    });\n",
	"    svg.addEventListener('focusin', function (ev) {\n",
	"      var g = owner(ev.target), r;\n",
	"      if (g) { r = g.getBoundingClientRect(); show(g, r.right, r.top); }\n",
	"    });\n",
	"    svg.addEventListener('focusout', function () { tip.hidden = true; });\n",
	"  }\n",
	"  document.addEventListener('keydown', function (ev) {\n",
	"    var g = ev.target && ev.target.classList && ev.target.classList.contains('node') ? ev.target : null;\n",
	"    if (g && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); select(titleOf(g)); }\n",
	"    else if (ev.key === 'Escape') { clear(); if (tip) tip.hidden = true; }\n",
	"  });\n",
	"  document.addEventListener('click', function (ev) {\n",
	"    var a = ev.target.closest ? ev.target.closest('[data-node]') : null;\n",
	"    if (!a || !nodes[a.getAttribute('data-node')]) return;\n",
	"    ev.preventDefault();\n",
	"    if (selected !== a.getAttribute('data-node')) select(a.getAttribute('data-node'));\n",
	"    fig.scrollIntoView({ block: 'start' });\n",
	"  });\n",
	"  if (zoom && svg) zoom.addEventListener('click', function () {\n",
	"    var actual = fig.classList.toggle('kg-actual'), vb = svg.viewBox && svg.viewBox.baseVal;\n",
	"    svg.style.width = actual && vb ? (vb.width * 4 / 3) + 'px' : '';\n",
	"    zoom.textContent = actual ? 'Fit to page' : 'Actual size';\n",
	"  });\n",
	"  var hash = '';\n",
	"  try { hash = decodeURIComponent(window.location.hash.slice(1)); } catch (e) { hash = ''; }\n",
	"  if (hash.indexOf('node-') === 0) select(hash.slice(5));\n",
	"  document.body.setAttribute('data-kg-nodes', String(Object.keys(nodes).length));\n",
	"  document.body.setAttribute('data-kg-ready', '1');\n",
	"})();\n",
	NULL,
};

/* Writes the strings of a NULL-ended table. */
static void put_lines(FILE *fp, const char *const *lines)
{
	for (; *lines; lines++)
		fputs(*lines, fp);
}

/* Writes s escaped for HTML text or a quoted attribute, cleaned (no control characters, valid
 * UTF-8), cut after max_chars characters when max_chars > 0. */
static void html_put(FILE *fp, const char *s, size_t max_chars)
{
	char *cut;

	if (!max_chars) {
		kg_xml_put(fp, s ? s : "");
		return;
	}
	cut = kg_text_truncate(s ? s : "", max_chars);
	kg_xml_put(fp, cut ? cut : "");
	free(cut);
}

/* Ends a table row with the cell of the document and sentence of ev. */
static void put_source_cell(FILE *fp, const kg_evidence *ev)
{
	fputs("</td><td class=\"doc\">", fp);
	html_put(fp, ev->doc, 200);
	if (ev->sentence >= 0)
		fprintf(fp, ", sentence %ld", ev->sentence + 1);
	fputs("</td></tr>\n", fp);
}

/* Writes a link to node i that highlights it in the drawing. */
static void node_link(FILE *fp, const kg_graph *g, size_t i)
{
	fputs("<a href=\"#kg-figure\" data-node=\"", fp);
	html_put(fp, g->nodes[i].id, 0);
	fputs("\">", fp);
	html_put(fp, g->nodes[i].label, 200);
	fputs("</a>", fp);
}

/* Lower-case name of an entity type. */
static const char *type_word(kg_etype t)
{
	static const char *const words[KG_TYPE__COUNT] = { "unknown", "person", "organisation", "place", "event",
							   "other" };

	return t >= 0 && t < KG_TYPE__COUNT ? words[t] : "unknown";
}

/* What a reader calls a relation in a table. */
static const char *relation_words(const char *r)
{
	static const struct { const char *relation; const char *words; } table[] = {
		{ "meet", "met" }, { "speak_with", "spoke with" },
	};

	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strcmp(table[i].relation, r) == 0)
			return table[i].words;
	return r;
}

/* Node order: PageRank, weighted degree, label. */
static int cmp_central(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	const kg_gnode *a = &g->nodes[*(const size_t *)pa], *b = &g->nodes[*(const size_t *)pb];

	if (a->pagerank != b->pagerank)
		return a->pagerank > b->pagerank ? -1 : 1;
	if (a->weighted_degree != b->weighted_degree)
		return a->weighted_degree > b->weighted_degree ? -1 : 1;
	return strcmp(a->label, b->label);
}

/* Edge order: the more central pair first, then names. */
static int cmp_edge_central(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	const kg_gedge *a = &g->edges[*(const size_t *)pa], *b = &g->edges[*(const size_t *)pb];
	double wa = g->nodes[a->src].pagerank + g->nodes[a->dst].pagerank;
	double wb = g->nodes[b->src].pagerank + g->nodes[b->dst].pagerank;
	int c;

	if (wa != wb)
		return wa > wb ? -1 : 1;
	if ((c = strcmp(g->nodes[a->src].label, g->nodes[b->src].label)) != 0)
		return c;
	return strcmp(g->nodes[a->dst].label, g->nodes[b->dst].label);
}

/* Indices of the edges whose relation is in list (comma-separated), ordered by cmp_edge_central;
 * *n gets how many. NULL when out of memory. */
static size_t *edges_of(const kg_graph *g, const char *list, size_t *n)
{
	size_t *v = malloc((g->n_edges + 1) * sizeof(*v));

	*n = 0;
	if (!v)
		return NULL;
	for (size_t i = 0; i < g->n_edges; i++)
		if (kg_relation_in_list(list, g->edges[i].relation))
			v[(*n)++] = i;
	qsort_r(v, *n, sizeof(*v), cmp_edge_central, (void *)g);
	return v;
}

/* ---- sections ---- */

static void section_central(FILE *fp, const kg_graph *g, const size_t *order, size_t rows)
{
	fputs("<section id=\"central\">\n<h2>Most central entities</h2>\n", fp);
	if (!g->analyzed) {
		fputs("<p>This graph carries no measures: build it with <code>kg build</code> to see them.</p>\n"
		      "</section>\n", fp);
		return;
	}
	fputs("<p class=\"hint\">PageRank: how much an entity is linked to other linked entities. Degree: its "
	      "relations. Betweenness: how often it lies on the shortest path between two others. Click a "
	      "name to see it in the graph.</p>\n", fp);
	fputs("<table>\n<thead><tr><th class=\"num\">#</th><th>Entity</th><th>Type</th><th class=\"num\">PageRank"
	      "</th><th class=\"num\">Degree</th><th class=\"num\">Betweenness</th><th class=\"num\">Community"
	      "</th></tr></thead>\n<tbody>\n", fp);
	for (size_t k = 0; k < rows && k < g->n_nodes; k++) {
		const kg_gnode *v = &g->nodes[order[k]];
		if (v->degree == 0 && g->n_edges > 0)
			break; /* the rest are linked to nothing */
		fprintf(fp, "<tr><td class=\"num\">%zu</td><td>", k + 1);
		node_link(fp, g, order[k]);
		fprintf(fp, "</td><td class=\"type\">%s</td><td class=\"num\">%.4f</td><td class=\"num\">%.0f</td>"
			"<td class=\"num\">%.1f</td><td class=\"num\">%ld</td></tr>\n", type_word(v->type), v->pagerank,
			v->degree, v->betweenness, v->community + 1);
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
}

/* Communities of two entities or more, biggest first, members by PageRank (order is by PageRank). */
static int section_communities(FILE *fp, const kg_graph *g, const size_t *order)
{
	long max_c = -1;
	size_t *size = NULL, singles = 0, shown = 0;

	fputs("<section id=\"communities\">\n<h2>Communities</h2>\n", fp);
	for (size_t i = 0; i < g->n_nodes; i++)
		if (g->nodes[i].community > max_c)
			max_c = g->nodes[i].community;
	if (!g->analyzed || max_c < 0) {
		fputs("<p>No communities were computed for this graph.</p>\n</section>\n", fp);
		return KG_OK;
	}
	if (!(size = calloc((size_t)max_c + 1, sizeof(*size))))
		return KG_ENOMEM;
	for (size_t i = 0; i < g->n_nodes; i++)
		if (g->nodes[i].community >= 0)
			size[g->nodes[i].community]++;
	fputs("<p class=\"hint\">Groups of entities more linked among themselves than to the rest (Leiden "
	      "algorithm on modularity), numbered from the largest.</p>\n<ol class=\"communities\">\n", fp);
	/* community ids are numbered from the largest, so id order is size order */
	for (long c = 0; c <= max_c; c++) {
		size_t listed = 0;
		if (size[c] < 2) {
			singles += size[c];
			continue;
		}
		if (shown++ >= 100)
			continue;
		fprintf(fp, "<li value=\"%ld\"><strong>%zu entities:</strong> ", c + 1, size[c]);
		for (size_t k = 0; k < g->n_nodes; k++) {
			if (g->nodes[order[k]].community != c)
				continue;
			if (listed++ >= 60) {
				fprintf(fp, ", and %zu more", size[c] - 60);
				break;
			}
			if (listed > 1)
				fputs(", ", fp);
			node_link(fp, g, order[k]);
		}
		fputs("</li>\n", fp);
	}
	fputs("</ol>\n", fp);
	if (shown > 100)
		fprintf(fp, "<p>%zu more communities are not listed.</p>\n", shown - 100);
	if (!shown)
		fputs("<p>No community has two entities or more.</p>\n", fp);
	if (singles)
		fprintf(fp, "<p>%zu %s linked to no other entity %s a community of %s own.</p>\n", singles,
			singles == 1 ? "entity" : "entities", singles == 1 ? "forms" : "each form",
			singles == 1 ? "its" : "their");
	fputs("</section>\n", fp);
	free(size);
	return KG_OK;
}

/* 1 when two evidences quote the same sentence of the same document. */
static int same_sentence(const kg_evidence *a, const kg_evidence *b)
{
	return strcmp(a->doc ? a->doc : "", b->doc ? b->doc : "") == 0 &&
	       strcmp(a->text ? a->text : "", b->text ? b->text : "") == 0;
}

/* Among the evidences of e that quote the same sentence as e->ev[r], the one that knows where the
 * sentence is. */
static const kg_gevidence *best_evidence(const kg_gedge *e, size_t r)
{
	for (size_t k = r; k < e->n_ev; k++)
		if (e->ev[k].ev.sentence >= 0 && same_sentence(&e->ev[k].ev, &e->ev[r].ev))
			return &e->ev[k];
	return &e->ev[r];
}

/* One table of relations: who, relation, whom (or title and of whom for offices), planned, evidence
 * with its document; one row per evidence sentence. */
static int relation_table(FILE *fp, const kg_graph *g, const char *relations, int offices, size_t *n_out)
{
	size_t n, *idx = edges_of(g, relations, &n);

	*n_out = n;
	if (!idx)
		return KG_ENOMEM;
	if (!n) {
		free(idx);
		return KG_OK;
	}
	if (offices)
		fputs("<table>\n<thead><tr><th>Who</th><th>Office</th><th>Of</th><th>Evidence</th><th>Document</th>"
		      "</tr></thead>\n<tbody>\n", fp);
	else
		fputs("<table>\n<thead><tr><th>Who</th><th>With whom</th><th>Relation</th><th>Evidence</th>"
		      "<th>Document</th></tr></thead>\n<tbody>\n", fp);
	for (size_t k = 0; k < n && k < KG_REPORT_EDGE_ROWS; k++) {
		const kg_gedge *e = &g->edges[idx[k]];
		size_t shown[KG_REPORT_EV_PER_EDGE], rows = 0, distinct = 0;

		/* the distinct sentences (a curated triple may repeat the one the extractor found) */
		for (size_t r = 0; r < e->n_ev; r++) {
			int seen = 0;
			for (size_t q = 0; q < r && !seen; q++)
				seen = same_sentence(&e->ev[q].ev, &e->ev[r].ev);
			if (seen)
				continue;
			distinct++;
			if (rows < KG_REPORT_EV_PER_EDGE)
				shown[rows++] = r;
		}
		/* those a graph with an evidence limit counts but does not hold */
		distinct += kg_gedge_evidence_count(e) - e->n_ev;
		if (!rows)
			rows = 1;

		fprintf(fp, "<tr><td rowspan=\"%zu\">", rows);
		node_link(fp, g, e->src);
		if (offices) {
			fprintf(fp, "</td><td rowspan=\"%zu\">", rows);
			html_put(fp, e->attrs.title && *e->attrs.title ? e->attrs.title : "(no title)", 200);
			fprintf(fp, "</td><td rowspan=\"%zu\">", rows);
			node_link(fp, g, e->dst);
		} else {
			fprintf(fp, "</td><td rowspan=\"%zu\">", rows);
			node_link(fp, g, e->dst);
			fprintf(fp, "</td><td rowspan=\"%zu\">", rows);
			html_put(fp, relation_words(e->relation), 100);
		}
		if (e->planned)
			fputs(" <span class=\"planned\" title=\"stated as planned, not as done\">planned</span>", fp);
		fputs("</td>", fp);
		for (size_t r = 0; r < rows; r++) {
			const kg_gevidence *ev;
			if (r)
				fputs("<tr>", fp);
			if (!e->n_ev) {
				fputs("<td></td><td></td></tr>\n", fp);
				continue;
			}
			ev = best_evidence(e, shown[r]);
			fputs("<td><q>", fp);
			html_put(fp, ev->ev.text, KG_REPORT_QUOTE_CHARS);
			fputs("</q>", fp);
			if (ev->planned && !e->planned)
				fputs(" <span class=\"planned\">planned</span>", fp);
			if (r == rows - 1 && distinct > rows)
				fprintf(fp, " <span class=\"doc\">(and %zu more sentences)</span>", distinct - rows);
			put_source_cell(fp, &ev->ev);
		}
	}
	fputs("</tbody>\n</table>\n", fp);
	if (n > KG_REPORT_EDGE_ROWS)
		fprintf(fp, "<p>The table lists the %d relations between the most central entities; %zu more are in "
			"graph.json.</p>\n", KG_REPORT_EDGE_ROWS, n - KG_REPORT_EDGE_ROWS);
	free(idx);
	return KG_OK;
}

/* Orders event indices by date (the first day of its period; undated last), then id. */
static int cmp_event_when(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;

	return kg_event_cmp_date(&g->events[*(const size_t *)pa], &g->events[*(const size_t *)pb]);
}

/* The month of an event's date ("2025-02"), its year when that is all it has, "undated" without. */
static void event_month(char out[KG_DATE_LEN], const kg_event *ev)
{
	snprintf(out, KG_DATE_LEN, "%.7s", ev->date ? ev->date : "undated");
}

/* The events: a timeline (events per month) and the dated list (date and how long it lasted, kind,
 * place, participants with their role, evidence), sorted by date. Written only when the graph has events. */
static int section_events(FILE *fp, const kg_graph *g)
{
	size_t *order = malloc((g->n_events + 1) * sizeof(*order)), most = 1;

	if (!order)
		return KG_ENOMEM;
	for (size_t i = 0; i < g->n_events; i++)
		order[i] = i;
	qsort_r(order, g->n_events, sizeof(*order), cmp_event_when, (void *)g);
	fputs("<section id=\"events\">\n<h2>Meetings and events</h2>\n<p class=\"hint\">Meetings, calls, visits and "
	      "summits, each with everyone in it, by date.</p>\n<h3>Timeline</h3>\n<table class=\"timeline\">\n"
	      "<thead><tr><th>Month</th><th>Events</th><th></th></tr></thead>\n<tbody>\n", fp);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < g->n_events;) {
			char month[KG_DATE_LEN], next[KG_DATE_LEN];
			size_t k = i;

			event_month(month, &g->events[order[i]]);
			do
				k++;
			while (k < g->n_events && (event_month(next, &g->events[order[k]]), strcmp(next, month) == 0));
			if (pass == 0 && k - i > most)
				most = k - i;
			if (pass == 1) {
				fprintf(fp, "<tr><td>%s</td><td class=\"num\">%zu</td><td><span class=\"tl\" "
					    "style=\"width:%zupx\"></span></td></tr>\n",
					month, k - i, (k - i) * 200 / most);
			}
			i = k;
		}
	}
	fputs("</tbody>\n</table>\n<h3>By date</h3>\n<table>\n<thead><tr><th>Date</th><th>Event</th><th>Place</th>"
	      "<th>Who</th><th>Evidence</th><th>Document</th></tr></thead>\n<tbody>\n", fp);
	for (size_t i = 0; i < g->n_events; i++) {
		const kg_event *ev = &g->events[order[i]];
		char when[KG_DATE_LEN + KG_DURATION_LEN + 8];

		fputs("<tr><td>", fp);
		html_put(fp, kg_event_when(when, sizeof(when), ev, "undated") > 0 ? when : ev->date ? ev->date : "undated", 0);
		fputs("</td><td>", fp);
		html_put(fp, kg_event_types[ev->type].name, 20);
		if (ev->flags & KG_EVENT_PLANNED)
			fputs(" <span class=\"planned\">planned</span>", fp);
		if (ev->flags & KG_EVENT_NEGATED)
			fputs(" <span class=\"planned\">not held</span>", fp);
		fputs("</td><td>", fp);
		html_put(fp, ev->place ? ev->place : "", 200);
		fputs("</td><td>", fp);
		for (size_t p = 0; p < ev->n_participants; p++) {
			size_t k;

			if (p)
				fputs(", ", fp);
			if (kg_graph_node_by_id(g, ev->participants[p].name, &k) == KG_OK)
				node_link(fp, g, k);
			else
				html_put(fp, ev->participants[p].name, 200);
			if (ev->participants[p].role != KG_ROLE_PARTICIPANT)
				fprintf(fp, " (%s)", kg_role_name(ev->participants[p].role));
		}
		fputs("</td><td><q>", fp);
		html_put(fp, ev->evidence.text, KG_REPORT_QUOTE_CHARS);
		fputs("</q>", fp);
		put_source_cell(fp, &ev->evidence);
	}
	fputs("</tbody>\n</table>\n</section>\n", fp);
	free(order);
	return KG_OK;
}

/* A document cited as evidence. */
typedef struct doc_row {
	const char *doc;  /* id (borrowed) */
	size_t edges;     /* relations it supports */
	size_t sentences; /* sentences cited */
} doc_row;

static int cmp_doc(const void *a, const void *b)
{
	return strcmp(((const doc_row *)a)->doc, ((const doc_row *)b)->doc);
}

/* Sets *fresh to 1 the first time (doc, text) is seen in seen, 0 after. */
static int count_once(kg_map *seen, const char *doc, const char *text, int *fresh)
{
	size_t n = strlen(doc) + (text ? strlen(text) : 0) + 2;
	char *key = malloc(n);
	int rc = KG_OK;

	*fresh = 0;
	if (!key)
		return KG_ENOMEM;
	snprintf(key, n, "%s\x1f%s", doc, text ? text : "");
	if (!kg_map_get(seen, key, NULL)) {
		*fresh = 1;
		rc = kg_map_put(seen, key, 0);
	}
	free(key);
	return rc;
}

/* 1 when url is a web address a reader may follow (http or https); anything else (javascript:, data:,
 * a relative path) is shown as text, never linked. */
static int web_url(const char *url)
{
	return url && (strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0) &&
	       !strpbrk(url, " \t\r\n");
}

/* A document's cell: its name, linked to its URL when it has a web one, and its headline. */
static void doc_cell(FILE *fp, const char *name, const kg_docref *d)
{
	if (d && web_url(d->url)) {
		fputs("<a href=\"", fp);
		html_put(fp, d->url, 0);
		fputs("\" rel=\"noopener noreferrer\">", fp);
		html_put(fp, name, 300);
		fputs("</a>", fp);
	} else {
		html_put(fp, name, 300);
	}
	if (d && d->title) {
		fputs("<br>", fp);
		html_put(fp, d->title, 200);
	}
}

static int section_documents(FILE *fp, const kg_graph *g)
{
	kg_map *index = NULL, *sentences = NULL;
	doc_row *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = KG_OK, fresh;

	if ((rc = kg_map_new(&index)) < 0 || (rc = kg_map_new(&sentences)) < 0)
		goto done;
	for (size_t i = 0; i < g->n_edges; i++) {
		const kg_gedge *e = &g->edges[i];
		for (size_t k = 0; k < e->n_ev; k++) {
			const char *doc = e->ev[k].ev.doc ? e->ev[k].ev.doc : "";
			size_t at;
			if (!kg_map_get(index, doc, &at)) {
				if (n == cap) {
					doc_row *more = kg_grow(rows, &cap, n + 1, sizeof(*rows), 64);
					if (!more) {
						rc = KG_ENOMEM;
						goto done;
					}
					rows = more;
				}
				if ((rc = kg_map_put(index, doc, n)) < 0)
					goto done;
				at = n;
				rows[n++] = (doc_row){ doc, 0, 0 };
			}
			/* a sentence counts once, however many relations or extractors cite it */
			if ((rc = count_once(sentences, doc, e->ev[k].ev.text, &fresh)) < 0)
				goto done;
			rows[at].sentences += fresh;
			/* an edge counts once per document: its evidences are sorted by document */
			if (k == 0 || strcmp(e->ev[k - 1].ev.doc ? e->ev[k - 1].ev.doc : "", doc) != 0)
				rows[at].edges++;
		}
	}
	if (n)
		qsort(rows, n, sizeof(*rows), cmp_doc);
	fprintf(fp, "<section id=\"documents\">\n<h2>Documents</h2>\n<p class=\"hint\">The %zu document%s cited as "
		"evidence of a relation.</p>\n", n, n == 1 ? "" : "s");
	if (n) {
		fputs("<table>\n<thead><tr><th>Document</th><th>Date</th><th class=\"num\">Relations</th>"
		      "<th class=\"num\">Sentences cited</th></tr></thead>\n<tbody>\n", fp);
		for (size_t i = 0; i < n && i < KG_REPORT_DOC_ROWS; i++) {
			const kg_docref *d = kg_graph_doc(g, rows[i].doc);

			fputs("<tr><td class=\"doc\">", fp);
			doc_cell(fp, rows[i].doc, d);
			fputs("</td><td>", fp);
			if (d && d->date)
				html_put(fp, d->date, 10);
			fprintf(fp, "</td><td class=\"num\">%zu</td><td class=\"num\">%zu</td></tr>\n", rows[i].edges,
				rows[i].sentences);
		}
		fputs("</tbody>\n</table>\n", fp);
		if (n > KG_REPORT_DOC_ROWS)
			fprintf(fp, "<p>%zu more documents are not listed.</p>\n", n - KG_REPORT_DOC_ROWS);
	}
	fputs("</section>\n", fp);
done:
	free(rows);
	kg_map_free(index);
	kg_map_free(sentences);
	return rc;
}

/* Draws the graph into a string (the <svg> element only, no XML prolog); NULL with err set. */
static char *drawing(const kg_graph *g, const kg_draw_opts *draw, kg_error *err, int *rc)
{
	char *buf = NULL, *svg;
	size_t len = 0;
	FILE *m = open_memstream(&buf, &len);

	if (!m) {
		*rc = KG_ENOMEM;
		kg_error_set(err, "report", 0, 0, "out of memory");
		return NULL;
	}
	*rc = kg_graph_draw(g, draw, "svg", m, err);
	if (fclose(m) != 0 && *rc == KG_OK) {
		*rc = KG_ENOMEM;
		kg_error_set(err, "report", 0, 0, "out of memory");
	}
	if (*rc < 0 || !buf || !(svg = strstr(buf, "<svg"))) {
		if (*rc == KG_OK) {
			*rc = KG_EDEP;
			kg_error_set(err, "report", 0, 0, "the drawing has no <svg> element");
		}
		free(buf);
		return NULL;
	}
	memmove(buf, svg, strlen(svg) + 1);
	return buf;
}

int kg_graph_write_report(const kg_graph *g, const kg_report_opts *opts, FILE *fp, kg_error *err)
{
	kg_report_opts o = { 0 };
	kg_draw_opts draw;
	const char *title;
	size_t *order = NULL, rows, n_docs = 0, n_meet = 0, n_off = 0;
	char *svg = NULL;
	kg_map *docs = NULL;
	int rc = KG_OK;
	locale_t old;

	if (!g || !fp) {
		kg_error_set(err, "report", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	old = kg_numeric_c_enter();
	if (opts)
		o = *opts;
	title = o.title && *o.title ? o.title : "Knowledge graph report";
	rows = o.top ? o.top : KG_REPORT_ROWS;
	draw = o.draw;
	draw.base.responsive = 1;
	if (!draw.base.top && !draw.ego && g->n_nodes > KG_REPORT_DRAW_MAX) {
		draw.base.top = KG_REPORT_DRAW_MAX;
		if (draw.notes)
			fprintf(draw.notes, "kg: note: the report draws the %d entities with the highest PageRank of %zu "
				"(choose with --top); its tables cover them all\n", KG_REPORT_DRAW_MAX, g->n_nodes);
	}
	if (!(svg = drawing(g, &draw, err, &rc)))
		goto done;
	if (!(order = malloc((g->n_nodes + 1) * sizeof(*order))) || kg_map_new(&docs) < 0)
		goto nomem;
	for (size_t i = 0; i < g->n_nodes; i++)
		order[i] = i;
	qsort_r(order, g->n_nodes, sizeof(*order), cmp_central, (void *)g);
	for (size_t i = 0; i < g->n_edges; i++)
		for (size_t k = 0; k < g->edges[i].n_ev; k++)
			if (!kg_map_get(docs, g->edges[i].ev[k].ev.doc ? g->edges[i].ev[k].ev.doc : "", NULL)) {
				if (kg_map_put(docs, g->edges[i].ev[k].ev.doc ? g->edges[i].ev[k].ev.doc : "", 0) < 0)
					goto nomem;
				n_docs++;
			}

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<meta name=\"generator\" content=\"kg " KG_VERSION "\">\n<title>", fp);
	html_put(fp, title, 200);
	fputs("</title>\n<style>\n", fp);
	put_lines(fp, report_css);
	fputs("</style>\n</head>\n<body>\n<main>\n<header>\n<h1>", fp);
	html_put(fp, title, 200);
	fputs("</h1>\n<p class=\"meta\">", fp);
	fprintf(fp, "%zu entities, %zu relations, %zu document%s cited", g->n_nodes, g->n_edges, n_docs,
		n_docs == 1 ? "" : "s");
	if (o.source) {
		fputs(" &middot; from <code>", fp);
		html_put(fp, o.source, 300);
		fputs("</code>", fp);
	}
	fputs(" &middot; made by kg " KG_VERSION "</p>\n"
	      "<nav><a href=\"#graph\">Graph</a><a href=\"#central\">Central entities</a>"
	      "<a href=\"#communities\">Communities</a>", fp);
	if (g->n_events)
		fputs("<a href=\"#events\">Meetings and events</a>", fp);
	fputs("<a href=\"#meetings\">Who met whom</a>"
	      "<a href=\"#offices\">Offices</a><a href=\"#documents\">Documents</a></nav>\n</header>\n", fp);

	fputs("<section id=\"graph\">\n<h2>The graph</h2>\n<div class=\"bar\"><button type=\"button\" id=\"kg-zoom\">"
	      "Actual size</button><span id=\"kg-status\" role=\"status\"></span></div>\n"
	      "<p class=\"hint\">Shape and colour give the type of an entity, text size its PageRank, line width "
	      "the number of sentences behind a relation; dashed lines are planned. Hover over an entity or a "
	      "line for details; click an entity (or press Enter on it) to highlight its relations.</p>\n"
	      "<figure id=\"kg-figure\">\n", fp);
	fputs(svg, fp);
	fputs("</figure>\n</section>\n", fp);

	section_central(fp, g, order, rows);
	if ((rc = section_communities(fp, g, order)) < 0)
		goto nomem;

	if (g->n_events && (rc = section_events(fp, g)) < 0)
		goto nomem;
	fputs("<section id=\"meetings\">\n<h2>Who met whom</h2>\n<p class=\"hint\">Meetings and conversations, "
	      "each with the sentences that report it.</p>\n", fp);
	if ((rc = relation_table(fp, g, "meet,speak_with", 0, &n_meet)) < 0)
		goto nomem;
	if (!n_meet)
		fputs("<p>No meeting or conversation was found.</p>\n", fp);
	fputs("</section>\n<section id=\"offices\">\n<h2>Offices</h2>\n<p class=\"hint\">Who holds which office, "
	      "with the sentences that say so.</p>\n", fp);
	if ((rc = relation_table(fp, g, "holds_position", 1, &n_off)) < 0)
		goto nomem;
	if (!n_off)
		fputs("<p>No office was found.</p>\n", fp);
	fputs("</section>\n", fp);
	if ((rc = section_documents(fp, g)) < 0)
		goto nomem;

	fputs("</main>\n<div id=\"kg-tip\" role=\"tooltip\" hidden></div>\n<script>\n", fp);
	put_lines(fp, report_js);
	fputs("</script>\n</body>\n</html>\n", fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "report", 0, 0, "write failed");
		rc = KG_EIO;
	}
	goto done;
nomem:
	kg_error_set(err, "report", 0, 0, "out of memory");
	rc = KG_ENOMEM;
done:
	kg_map_free(docs);
	free(order);
	free(svg);
	kg_numeric_c_leave(old);
	return rc;
}
