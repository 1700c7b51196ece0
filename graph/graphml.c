/* graphml.c: GraphML export (for Gephi, yEd, Cytoscape, NetworkX), written directly with XML escaping.
 * Symmetric relations (meet, speak_with) are undirected: a graph of only such edges has
 * edgedefault="undirected" and every edge directed="false"; in a graph with directed relations too
 * (edgedefault="directed"), each symmetric edge is written once in each direction, both marked
 * symmetric, because NetworkX refuses a graph that mixes directed="false" and directed="true". */
#include "graph_priv.h"

#include <string.h>

/* The GraphML keys: id, element, name, type, and 1 for the keys of time, declared only for a graph with
 * dates or events, 2 for the documents' web addresses, declared only when a document has one, 3 for the
 * durations of the events, declared only when an event has one (so an undated graph's file stays as it
 * was). */
static const struct { const char *id, *for_, *name, *type; int dated; } keys[] = {
	{ "n_label", "node", "label", "string", 0 },
	{ "n_type", "node", "type", "string", 0 },
	{ "n_aliases", "node", "aliases", "string", 0 },
	{ "n_mentions", "node", "mentions", "long", 0 },
	{ "n_pagerank", "node", "pagerank", "double", 0 },
	{ "n_betweenness", "node", "betweenness", "double", 0 },
	{ "n_community", "node", "community", "long", 0 },
	{ "n_component", "node", "component", "long", 0 },
	{ "e_relation", "edge", "relation", "string", 0 },
	{ "e_symmetric", "edge", "symmetric", "boolean", 0 },
	{ "e_weight", "edge", "weight", "double", 0 },
	{ "e_title", "edge", "title", "string", 0 },
	{ "e_location", "edge", "location", "string", 0 },
	{ "e_date", "edge", "date", "string", 0 },
	{ "e_modality", "edge", "modality", "string", 0 },
	{ "e_confidence", "edge", "confidence", "double", 0 },
	{ "e_evidence", "edge", "evidence", "string", 0 },
	{ "e_docs", "edge", "docs", "string", 0 },
	{ "e_first", "edge", "first", "string", 1 },
	{ "e_last", "edge", "last", "string", 1 },
	{ "e_events", "edge", "events", "string", 1 },
	{ "e_durations", "edge", "durations", "string", 3 },
	{ "e_urls", "edge", "urls", "string", 2 },
};

static void data_str(FILE *fp, const char *key, const char *value)
{
	if (!value)
		return;
	fprintf(fp, "      <data key=\"%s\">", key);
	kg_xml_put(fp, value);
	fputs("</data>\n", fp);
}

static void data_num(FILE *fp, const char *key, double value)
{
	fprintf(fp, "      <data key=\"%s\">%.6g</data>\n", key, kg_round6(value));
}

/* The aliases joined by "; ", escaped. */
static void data_aliases(FILE *fp, const kg_strv *sv)
{
	if (sv->n == 0)
		return;
	fputs("      <data key=\"n_aliases\">", fp);
	for (size_t i = 0; i < sv->n; i++) {
		if (i)
			fputs("; ", fp);
		kg_xml_put(fp, sv->v[i]);
	}
	fputs("</data>\n", fp);
}

/* The evidence sentences (docs 0) or their documents (docs 1) joined by " | ", escaped. */
static void data_evidence(FILE *fp, const kg_gedge *e, int docs)
{
	if (e->n_ev == 0)
		return;
	fprintf(fp, "      <data key=\"%s\">", docs ? "e_docs" : "e_evidence");
	for (size_t i = 0; i < e->n_ev; i++) {
		if (i)
			fputs(" | ", fp);
		kg_xml_put(fp, docs ? e->ev[i].ev.doc : e->ev[i].ev.text);
	}
	fputs("</data>\n", fp);
}

/* The web addresses of the documents of e's evidence, distinct, joined by " | ", escaped. */
static void data_urls(FILE *fp, const kg_graph *g, const kg_gedge *e)
{
	const char *prev = NULL;
	int any = 0;

	for (size_t i = 0; i < e->n_ev; i++) {
		const kg_docref *d = kg_graph_doc(g, e->ev[i].ev.doc);

		if (!d || !d->url || (prev && strcmp(prev, d->url) == 0))
			continue;
		fputs(any ? " | " : "      <data key=\"e_urls\">", fp);
		kg_xml_put(fp, d->url);
		prev = d->url;
		any = 1;
	}
	if (any)
		fputs("</data>\n", fp);
}

/* Writes edge i of g; back: the second copy of a symmetric edge in a directed graph, target to source;
 * durations: its events' durations (kg_gedge_durations), NULL when none has one. */
static void write_edge(FILE *fp, const kg_graph *g, size_t i, int directed, int back, const char *durations)
{
	const kg_gedge *e = &g->edges[i];

	fprintf(fp, "    <edge id=\"e%zu%s\" source=\"", i, back ? "r" : "");
	kg_xml_put(fp, g->nodes[back ? e->dst : e->src].id);
	fputs("\" target=\"", fp);
	kg_xml_put(fp, g->nodes[back ? e->src : e->dst].id);
	fprintf(fp, "\" directed=\"%s\">\n", directed ? "true" : "false");
	data_str(fp, "e_relation", e->relation);
	data_str(fp, "e_symmetric", e->symmetric ? "true" : "false");
	data_num(fp, "e_weight", e->weight);
	data_str(fp, "e_title", e->attrs.title);
	data_str(fp, "e_location", e->attrs.location);
	data_str(fp, "e_date", e->attrs.date);
	data_str(fp, "e_modality", e->attrs.modality);
	data_num(fp, "e_confidence", e->confidence);
	data_evidence(fp, e, 0);
	data_evidence(fp, e, 1);
	data_str(fp, "e_first", e->first);
	data_str(fp, "e_last", e->last);
	if (e->events.n) {
		fputs("      <data key=\"e_events\">", fp);
		for (size_t k = 0; k < e->events.n; k++) {
			if (k)
				fputs("; ", fp);
			kg_xml_put(fp, e->events.v[k]);
		}
		fputs("</data>\n", fp);
	}
	data_str(fp, "e_durations", durations);
	data_urls(fp, g, e);
	fputs("    </edge>\n", fp);
}

static int write_graphml(const kg_graph *g, FILE *fp, kg_error *err)
{
	int directed = 0, dated = g && g->n_events > 0, linked = 0, rc = KG_OK;
	kg_map *lasting = NULL;

	for (size_t i = 0; g && !dated && i < g->n_edges; i++)
		dated = g->edges[i].first != NULL;
	linked = g && g->any_url;
	if (!g || !fp) {
		kg_error_set(err, "graph.graphml", 0, 0, "no graph or no output");
		return KG_EINVAL;
	}
	if (kg_graph_duration_index(&lasting, g) < 0) {
		kg_error_set(err, "graph.graphml", 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
	      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
	      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
	      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n", fp);
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (keys[i].dated == 0 || (keys[i].dated == 1 && dated) || (keys[i].dated == 2 && linked) ||
		    (keys[i].dated == 3 && lasting))
			fprintf(fp, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n", keys[i].id,
			keys[i].for_, keys[i].name, keys[i].type);
	for (size_t i = 0; i < g->n_edges; i++)
		directed |= !g->edges[i].symmetric;
	fprintf(fp, "  <graph id=\"kg\" edgedefault=\"%s\">\n", directed ? "directed" : "undirected");
	for (size_t i = 0; i < g->n_nodes; i++) {
		const kg_gnode *v = &g->nodes[i];

		fputs("    <node id=\"", fp);
		kg_xml_put(fp, v->id);
		fputs("\">\n", fp);
		data_str(fp, "n_label", v->label);
		data_str(fp, "n_type", kg_etype_name(v->type));
		data_aliases(fp, &v->aliases);
		fprintf(fp, "      <data key=\"n_mentions\">%lu</data>\n", v->mentions);
		data_num(fp, "n_pagerank", v->pagerank);
		data_num(fp, "n_betweenness", v->betweenness);
		fprintf(fp, "      <data key=\"n_community\">%ld</data>\n", v->community);
		fprintf(fp, "      <data key=\"n_component\">%ld</data>\n", v->component);
		fputs("    </node>\n", fp);
	}
	for (size_t i = 0; i < g->n_edges && rc == KG_OK; i++) {
		char *durations = NULL;

		if ((rc = kg_gedge_durations(&durations, g, lasting, &g->edges[i], "; ")) < 0)
			break;
		for (int back = 0; back < 1 + (directed && g->edges[i].symmetric); back++)
			write_edge(fp, g, i, directed, back, durations);
		free(durations);
	}
	kg_map_free(lasting);
	if (rc < 0) {
		kg_error_set(err, "graph.graphml", 0, 0, "out of memory");
		return rc;
	}
	fputs("  </graph>\n</graphml>\n", fp);
	if (fflush(fp) != 0 || ferror(fp)) {
		kg_error_set(err, "graph.graphml", 0, 0, "write failed");
		return KG_EIO;
	}
	return KG_OK;
}

int kg_graph_write_graphml(const kg_graph *g, FILE *fp, kg_error *err)
{
	locale_t old = kg_numeric_c_enter();
	int rc = write_graphml(g, fp, err);

	kg_numeric_c_leave(old);
	return rc;
}
