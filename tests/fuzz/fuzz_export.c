/* fuzz_export.c: harness of the graph writers' escaping: names, predicates, titles and evidence taken
 * from the input go through kg_graph_new and kg_graph_analyze into the JSON, DOT, SVG and GraphML
 * writers, and each output must stay inert: the JSON parses and holds every name as given, the DOT
 * parses (cgraph) with one node per entity, the SVG and GraphML parse as XML (libxml2, when built with
 * it) and hold only the elements the writers make, no event attribute and no javascript: link; the
 * JSON must also load back (kg_graph_load_json) with every node. The input is read as lines taken in
 * turns as subject, predicate, object, title and evidence text of up to 6 triples; invalid UTF-8 and
 * NUL become '?', as the readers would refuse them. */
#include "fuzz.h"

#include <graphviz/cgraph.h>
#include <jansson.h>
#ifdef KG_FUZZ_HAVE_LIBXML2
#include <libxml/parser.h>
#include <libxml/tree.h>
#endif

#include "../../graph/graph.h"

#define MAX_TRIPLES 6
#define FIELDS 5

/* A copy of s[0..n) with NUL and invalid UTF-8 bytes replaced by '?'. */
static char *clean(const char *s, size_t n)
{
	char *out = malloc(n + 1);
	size_t i = 0;

	if (!out)
		fuzz_fail("out of memory");
	while (i < n) {
		size_t ok = kg_utf8_valid_prefix(s + i, n - i);

		memcpy(out + i, s + i, ok);
		i += ok;
		if (i < n)
			out[i++] = '?';
	}
	out[n] = '\0';
	for (size_t k = 0; k < n; k++)
		if (!out[k])
			out[k] = '?';
	return out;
}

#ifdef KG_FUZZ_HAVE_LIBXML2
/* 1 when name is one of the NULL-terminated list. */
static int listed(const char *const *list, const char *name)
{
	for (; *list; list++)
		if (strcmp(*list, name) == 0)
			return 1;
	return 0;
}

/* Checks every element under node: its name is allowed, no on* attribute, no javascript: link. */
static void check_elements(xmlNode *node, const char *const *allowed, const char *what)
{
	for (xmlNode *n = node; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		FUZZ_CHECK(listed(allowed, (const char *)n->name), "%s holds a <%s> element", what, n->name);
		for (xmlAttr *a = n->properties; a; a = a->next) {
			xmlChar *v = xmlNodeGetContent((xmlNode *)a);
			const char *s = v ? (const char *)v : "";

			FUZZ_CHECK(strncasecmp((const char *)a->name, "on", 2) != 0, "%s: event attribute %s", what, a->name);
			while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
				s++;
			FUZZ_CHECK(strcmp((const char *)a->name, "href") != 0 || strncasecmp(s, "javascript:", 11) != 0,
				   "%s: a javascript: link", what);
			xmlFree(v);
		}
		check_elements(n->children, allowed, what);
	}
}

/* The XML in buf must parse and hold only allowed elements. */
static void check_xml(const char *buf, size_t len, const char *const *allowed, const char *what)
{
	xmlDoc *doc = xmlReadMemory(buf, (int)len, what, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

	FUZZ_CHECK(doc, "%s is not well-formed XML", what);
	check_elements(xmlDocGetRootElement(doc), allowed, what);
	xmlFreeDoc(doc);
}
#endif

/* Elements the SVG writer (Graphviz and kg's legend) and the GraphML writer make. */
static const char *const svg_elements[] = {
	"svg", "g", "title", "desc", "defs", "style", "polygon", "polyline", "ellipse", "circle", "rect", "path",
	"line", "text", "tspan", "a", "linearGradient", "radialGradient", "stop", "metadata", NULL,
};
static const char *const graphml_elements[] = { "graphml", "key", "default", "graph", "node", "edge", "data", "desc", NULL };

/* Runs one writer into memory; a failure of the writer is a broken invariant. */
static void write_to(fuzz_mem *m, const kg_graph *g, int which)
{
	kg_export_opts eo = { 0 };
	kg_error err = { 0 };
	int rc;

	fuzz_mem_open(m);
	switch (which) {
	case 0: rc = kg_graph_write_json(g, m->fp, &err); break;
	case 1: rc = kg_graph_write_dot(g, &eo, m->fp, &err); break;
	case 2: rc = kg_graph_write_svg(g, &eo, m->fp, &err); break;
	default: rc = kg_graph_write_graphml(g, m->fp, &err); break;
	}
	FUZZ_CHECK(rc == KG_OK, "writer %d failed: %s", which, err.text);
	fuzz_mem_close(m);
}

/* The JSON must parse, hold one node per entity and keep every label as given; it must load back. */
static void check_json(const fuzz_mem *m, const kg_graph *g, const kg_facts *facts)
{
	json_error_t jerr;
	json_t *root = json_loadb(m->buf, m->len, 0, &jerr), *nodes, *n;
	kg_graph *back = NULL;
	kg_error err = { 0 };
	size_t i;

	FUZZ_CHECK(root, "graph.json does not parse: %s", jerr.text);
	nodes = json_object_get(root, "nodes");
	FUZZ_CHECK(json_array_size(nodes) == kg_graph_node_count(g), "graph.json has %zu nodes, the graph %zu",
		   json_array_size(nodes), kg_graph_node_count(g));
	json_array_foreach(nodes, i, n) {
		const char *label = json_string_value(json_object_get(n, "label"));

		FUZZ_CHECK(label && kg_facts_find(facts, label), "node %zu has a label no entity had", i);
	}
	json_decref(root);
	FUZZ_CHECK(kg_graph_load_json(&back, fuzz_write_file("graph.json", m->buf, m->len), &err) == KG_OK,
		   "graph.json does not load back: %s", err.text);
	FUZZ_CHECK(kg_graph_node_count(back) == kg_graph_node_count(g), "graph.json loads back with %zu nodes, not %zu",
		   kg_graph_node_count(back), kg_graph_node_count(g));
	kg_graph_free(back);
}

/* The DOT must parse with one node per entity. */
static void check_dot(const fuzz_mem *m, const kg_graph *g)
{
	Agraph_t *dg = agmemread(m->buf);

	if (!dg)
		fprintf(stderr, "%.*s\n", (int)m->len, m->buf);
	FUZZ_CHECK(dg, "graph.dot does not parse");
	FUZZ_CHECK((size_t)agnnodes(dg) == kg_graph_node_count(g), "graph.dot has %d nodes, the graph %zu",
		   agnnodes(dg), kg_graph_node_count(g));
	agclose(dg);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *field[MAX_TRIPLES * FIELDS] = { 0 };
	size_t n_fields = 0, off = 0;
	kg_facts *facts = NULL;
	kg_graph *g = NULL;
	kg_error err = { 0 };
	fuzz_mem m[4];

	if (size > 4096)
		return 0;
	while (off <= size && n_fields < MAX_TRIPLES * FIELDS) {
		const char *nl = memchr(data + off, '\n', size - off);
		size_t end = nl ? (size_t)(nl - (const char *)data) : size;

		field[n_fields++] = clean((const char *)data + off, end - off);
		off = end + 1;
	}
	if (kg_facts_new(&facts) < 0)
		fuzz_fail("out of memory");
	for (size_t i = 0; i + 2 < n_fields; i += FIELDS) {
		kg_triple t = { 0 };

		t.subject = field[i];
		t.predicate = field[i + 1];
		t.object = field[i + 2];
		if (!t.subject[0] || !t.predicate[0] || !t.object[0])
			continue;
		t.subject_type = (kg_etype)((strlen(t.subject) + i) % KG_TYPE__COUNT);
		t.object_type = (kg_etype)((strlen(t.object) + i / FIELDS) % KG_TYPE__COUNT);
		t.attrs.title = i + 3 < n_fields && field[i + 3][0] ? field[i + 3] : NULL;
		t.attrs.modality = (i / FIELDS) % 3 == 2 ? "planned" : NULL;
		t.evidence.text = i + 4 < n_fields ? field[i + 4] : NULL;
		t.evidence.doc = "doc<&>\".txt";
		t.evidence.sentence = (long)i;
		t.confidence = 1.0;
		t.extractor = "fuzz";
		if (kg_facts_add_triple(facts, &t) < 0 ||
		    kg_facts_add_entity(facts, t.subject, t.subject_type, t.object, 0, NULL) < 0)
			fuzz_fail("out of memory");
	}
	if (facts->n_triples) {
		FUZZ_CHECK(kg_graph_new(&g, facts, &err) == KG_OK, "kg_graph_new failed: %s", err.text);
		FUZZ_CHECK(kg_graph_analyze(g, NULL, &err) == KG_OK, "kg_graph_analyze failed: %s", err.text);
		for (int w = 0; w < 4; w++)
			write_to(&m[w], g, w);
		check_json(&m[0], g, facts);
		check_dot(&m[1], g);
#ifdef KG_FUZZ_HAVE_LIBXML2
		check_xml(m[2].buf, m[2].len, svg_elements, "graph.svg");
		check_xml(m[3].buf, m[3].len, graphml_elements, "graph.graphml");
#else
		(void)svg_elements;
		(void)graphml_elements;
#endif
		for (int w = 0; w < 4; w++)
			fuzz_mem_free(&m[w]);
	}
	kg_graph_free(g);
	kg_facts_free(facts);
	for (size_t i = 0; i < n_fields; i++)
		free(field[i]);
	return 0;
}
