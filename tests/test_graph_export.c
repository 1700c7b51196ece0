/* test_graph_export.c: JSON, DOT, SVG and GraphML writers: round trips, valid output, inert hostile names;
 * the table of exporters and how it writes files. */
#include "test_graph_fixture.h"

#include <dirent.h>
#include <graphviz/cgraph.h>
#include <jansson.h>
#include <sys/stat.h>

#define P KG_TYPE_PERSON
#define O KG_TYPE_ORG
#define L KG_TYPE_PLACE

#define HOSTILE_SCRIPT "</text><script>alert(1)</script>"
#define HOSTILE_DOT "\"; rankdir=LR; x=\""
#define HOSTILE_MIXED "Ann &amp; \"Bo\"\nback\\slash \x01 it's"

static const fact sample[] = {
	{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 0, 0, "Ann Lee met Bo Chan in Oslo.", NULL, NULL },
	{ "Bo Chan", P, "meet", "Ann Lee", P, "d2", 2, 50, "Chan and Lee met again.", NULL, NULL },
	{ "Bo Chan", P, "holds_position", "Acme Corp", O, "d2", 3, 80, "Chan, chief of Acme, spoke.", NULL, "chief" },
	{ "Ann Lee", P, "visits", "Oslo", L, "d1", 0, 0, "Ann Lee met Bo Chan in Oslo.", NULL, NULL },
	{ "Cy Dunn", P, "visits", "Oslo", L, "d3", 1, 20, "Dunn will visit Oslo.", "planned", NULL },
};

static kg_graph *sample_graph(void)
{
	kg_graph *g = graph_of(sample, sizeof(sample) / sizeof(sample[0]));
	kg_error err;

	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	return g;
}

static kg_graph *hostile_graph(void)
{
	const fact xs[] = {
		{ HOSTILE_SCRIPT, P, "meet", HOSTILE_DOT, P, "d<1>", 0, 0, "<b>bold</b> & \"q\"\x1b[31m", NULL, NULL },
		{ HOSTILE_MIXED, O, "leads", HOSTILE_SCRIPT, P, "d&2", 1, 9, HOSTILE_SCRIPT, NULL, NULL },
		{ HOSTILE_DOT, P, "holds_position", HOSTILE_MIXED, O, "d3", 2, 9, "t", NULL, HOSTILE_SCRIPT },
	};
	kg_graph *g = graph_of(xs, 3);
	kg_error err;

	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	return g;
}

static int svg_default(const kg_graph *g, FILE *fp, kg_error *err)
{
	return kg_graph_write_svg(g, NULL, fp, err);
}

static int dot_default(const kg_graph *g, FILE *fp, kg_error *err)
{
	return kg_graph_write_dot(g, NULL, fp, err);
}

/* ---- JSON ---- */

static void test_graph__json_loads_back_and_writes_the_same_bytes(void **state)
{
	kg_graph *g = sample_graph(), *back = NULL;
	char *j1 = capture(kg_graph_write_json, g), *j2, path[64];
	kg_error err;

	(void)state;
	temp_file(path, ".json", j1);
	assert_int_equal(kg_graph_load_json(&back, path, &err), KG_OK);
	unlink(path);
	assert_int_equal(kg_graph_node_count(back), kg_graph_node_count(g));
	assert_int_equal(kg_graph_edge_count(back), kg_graph_edge_count(g));
	assert_true(kg_graph_is_analyzed(back));
	j2 = capture(kg_graph_write_json, back);
	assert_string_equal(j1, j2);
	free(j1);
	free(j2);
	kg_graph_free(g);
	kg_graph_free(back);
}

static void test_graph__json_has_the_node_and_edge_fields_the_scorer_reads(void **state)
{
	kg_graph *g = sample_graph();
	char *text = capture(kg_graph_write_json, g);
	json_error_t je;
	json_t *root = json_loads(text, 0, &je), *n, *e;

	(void)state;
	assert_non_null(root);
	n = json_array_get(json_object_get(root, "nodes"), 0);
	assert_string_equal(json_string_value(json_object_get(n, "id")), "acme-corp");
	assert_string_equal(json_string_value(json_object_get(n, "label")), "Acme Corp");
	assert_string_equal(json_string_value(json_object_get(n, "type")), "ORG");
	assert_true(json_is_array(json_object_get(n, "aliases")));
	assert_true(json_is_real(json_object_get(n, "pagerank")));
	assert_true(json_is_integer(json_object_get(n, "community")));
	e = json_array_get(json_object_get(root, "edges"), 0);
	assert_string_equal(json_string_value(json_object_get(e, "source")), "ann-lee");
	assert_string_equal(json_string_value(json_object_get(e, "target")), "bo-chan");
	assert_string_equal(json_string_value(json_object_get(e, "relation")), "meet");
	assert_true(json_is_object(json_object_get(e, "attrs")));
	assert_int_equal(json_array_size(json_object_get(e, "evidence")), 2);
	json_decref(root);
	free(text);
	kg_graph_free(g);
}

static void test_graph__json_load_reports_where_the_file_is_broken(void **state)
{
	char path[64];
	kg_graph *g = (kg_graph *)&g;
	kg_error err;

	(void)state;
	temp_file(path, ".json", "{\"nodes\": [\n  {\"id\": \"a\"},\n  {\"id\": }\n], \"edges\": []}\n");
	assert_int_equal(kg_graph_load_json(&g, path, &err), KG_EPARSE);
	assert_null(g);
	assert_string_equal(err.source, path);
	assert_int_equal(err.line, 3);
	assert_true(err.column > 0);
	unlink(path);

	temp_file(path, ".json", "{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"zz\", \"relation\": \"meet\"}]}");
	assert_int_equal(kg_graph_load_json(&g, path, &err), KG_EPARSE);
	assert_non_null(strstr(err.text, "edges[0]"));
	unlink(path);

	assert_int_equal(kg_graph_load_json(&g, "/nonexistent/graph.json", &err), KG_EIO);
}

static void test_graph__json_load_reports_a_broken_line_of_its_own_layout(void **state)
{
	char path[64];
	kg_graph *g = NULL;
	kg_error err;

	(void)state;
	temp_file(path, ".json", "{\"directed\":true,\n\"nodes\":[\n{\"id\":\"a\"},\n{\"id\":\"b\",}\n],\n\"edges\":[\n]}\n");
	assert_int_equal(kg_graph_load_json(&g, path, &err), KG_EPARSE);
	assert_int_equal(err.line, 4);
	unlink(path);
}

static void test_graph__json_loads_node_link_files_from_other_tools(void **state)
{
	const char *text =
		"{\n  \"directed\": false,\n  \"graph\": {},\n"
		"  \"nodes\": [\n    {\"id\": 2, \"name\": \"Bo Chan\", \"type\": \"PER\"},\n"
		"    {\"id\": 1, \"label\": \"Ann Lee\"}\n  ],\n"
		"  \"links\": [\n    {\"source\": 2, \"target\": 1, \"predicate\": \"meet\"}\n  ]\n}\n";
	char path[64];
	kg_graph *g = NULL;
	kg_node_info info;
	kg_error err;
	size_t i;

	(void)state;
	temp_file(path, ".json", text);
	assert_int_equal(kg_graph_load_json(&g, path, &err), KG_OK);
	unlink(path);
	assert_int_equal(kg_graph_node_count(g), 2);
	assert_int_equal(kg_graph_edge_count(g), 1);
	assert_false(kg_graph_is_analyzed(g));
	assert_int_equal(kg_graph_find(g, "chan", &i), KG_OK);
	assert_int_equal(kg_graph_node(g, i, &info), KG_OK);
	assert_string_equal(info.id, "2");
	assert_int_equal(info.type, KG_TYPE_PERSON);
	kg_graph_free(g);
}

static void test_graph__json_keeps_hostile_names_exact_and_escaped(void **state)
{
	kg_graph *g = hostile_graph(), *back = NULL;
	char *text = capture(kg_graph_write_json, g), path[64];
	kg_error err;
	size_t i;

	(void)state;
	assert_null(strstr(text, "</script>"));      /* "/" is escaped */
	assert_null(strstr(text, "\x1b"));           /* control characters are escaped */
	temp_file(path, ".json", text);
	assert_int_equal(kg_graph_load_json(&back, path, &err), KG_OK);
	unlink(path);
	assert_int_equal(kg_graph_find(back, HOSTILE_MIXED, &i), KG_OK);
	{
		kg_node_info info;
		assert_int_equal(kg_graph_node(back, i, &info), KG_OK);
		assert_string_equal(info.label, HOSTILE_MIXED);
	}
	free(text);
	kg_graph_free(g);
	kg_graph_free(back);
}

/* ---- DOT ---- */

static void test_graph__dot_reads_back_with_every_node_and_edge(void **state)
{
	kg_graph *g = sample_graph();
	char *dot = capture(dot_default, g);
	Agraph_t *ag = agmemread(dot);

	(void)state;
	assert_non_null(ag);
	assert_int_equal(agnnodes(ag), (int)kg_graph_node_count(g));
	assert_int_equal(agnedges(ag), (int)kg_graph_edge_count(g));
	assert_non_null(agnode(ag, "bo-chan", 0));
	/* labels as the drawing shows them: the title, not "holds_position: chief" */
	assert_non_null(strstr(dot, "label=chief"));
	assert_null(strstr(dot, "holds_position:"));
	assert_non_null(strstr(dot, "dashed"));
	agclose(ag);
	free(dot);
	kg_graph_free(g);
}

static void test_graph__dot_keeps_hostile_names_inert(void **state)
{
	kg_graph *g = hostile_graph();
	char *dot = capture(dot_default, g);
	Agraph_t *ag = agmemread(dot);
	Agnode_t *n;
	char *rankdir;
	int found = 0;

	(void)state;
	assert_non_null(ag);
	assert_int_equal(agnnodes(ag), 3);
	assert_int_equal(agnedges(ag), 3);
	rankdir = agget(ag, "rankdir");
	assert_string_equal(rankdir, "LR"); /* as kg draws it */
	for (n = agfstnode(ag); n; n = agnxtnode(ag, n)) {
		const char *label = agget(n, "label");
		assert_null(strchr(label, '\n'));
		if (strcmp(label, HOSTILE_DOT) == 0)
			found = 1;
	}
	assert_true(found);
	agclose(ag);
	free(dot);
	kg_graph_free(g);
}

/* ---- SVG ---- */

static void test_graph__svg_parses_as_xml_with_a_title_per_node(void **state)
{
	kg_graph *g = sample_graph();
	char *svg = capture(svg_default, g);

	(void)state;
	if (!have_xmllint()) {
		free(svg);
		kg_graph_free(g);
		skip();
	}
	assert_true(xml_parses(svg));
	for (size_t i = 0; i < kg_graph_node_count(g); i++) {
		kg_node_info info;
		char expr[200];
		assert_int_equal(kg_graph_node(g, i, &info), KG_OK);
		snprintf(expr, sizeof(expr), "count(//*[local-name()=\"g\"][@id=\"node-%s\"]/*[local-name()=\"title\"][text()=\"%s\"])",
			 info.id, info.id);
		assert_int_equal(xml_count(svg, expr), 1);
	}
	assert_int_equal(xml_count(svg, "count(//*[local-name()=\"g\"][@class=\"node kg-person\"])"), 3);
	assert_int_equal(xml_count(svg, "count(//*[local-name()=\"g\"][@id=\"edge-ann-lee-meet-bo-chan\"])"), 1);
	assert_int_equal(xml_count(svg, "count(//*[local-name()=\"g\"][@id=\"kg-legend\"])"), 1);
	assert_int_equal(xml_count(svg, "count(/*[local-name()=\"svg\"][@role=\"img\"]/*[local-name()=\"desc\"])"), 1);
	assert_non_null(strstr(svg, "viewBox=\""));
	assert_non_null(strstr(svg, "Helvetica,Arial,sans-serif"));
	free(svg);
	kg_graph_free(g);
}

static void test_graph__svg_keeps_hostile_names_inert(void **state)
{
	kg_graph *g = hostile_graph();
	char *svg = capture(svg_default, g);

	(void)state;
	assert_null(strstr(svg, "<script"));
	assert_non_null(strstr(svg, "&lt;script&gt;"));
	if (!have_xmllint()) {
		free(svg);
		kg_graph_free(g);
		skip();
	}
	assert_true(xml_parses(svg));
	assert_int_equal(xml_count(svg, "count(//*[local-name()=\"script\"])"), 0);
	assert_int_equal(xml_count(svg, "count(//*[local-name()=\"g\"][contains(@class,\"node\")])"), 3);
	free(svg);
	kg_graph_free(g);
}

static void test_graph__svg_responsive_drops_width_and_height_but_keeps_the_viewbox(void **state)
{
	kg_graph *g = sample_graph();
	kg_export_opts opts = { 0, NULL, 0, "neato", 1, 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	kg_error err;
	const char *tag;

	(void)state;
	assert_int_equal(kg_graph_write_svg(g, &opts, fp, &err), KG_OK);
	fclose(fp);
	tag = strstr(buf, "<svg");
	assert_non_null(tag);
	assert_true(strncmp(tag, "<svg viewBox=", 13) == 0);
	assert_null(strstr(buf, "<svg width"));
	free(buf);
	kg_graph_free(g);
}

static void test_graph__svg_and_dot_follow_the_selection_options(void **state)
{
	kg_graph *g = sample_graph();
	kg_export_opts only_visits = { 1, "visits", 0, NULL, 0, 0 }, top2 = { 0, NULL, 2, NULL, 0, 0 };
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	kg_error err;
	Agraph_t *ag;

	(void)state;
	/* visits without planned: Ann Lee -> Oslo only */
	assert_int_equal(kg_graph_write_dot(g, &only_visits, fp, &err), KG_OK);
	fclose(fp);
	ag = agmemread(buf);
	assert_non_null(ag);
	assert_int_equal(agnnodes(ag), 2);
	assert_int_equal(agnedges(ag), 1);
	assert_non_null(agnode(ag, "oslo", 0));
	agclose(ag);
	free(buf);

	fp = open_memstream(&buf, &len);
	assert_int_equal(kg_graph_write_dot(g, &top2, fp, &err), KG_OK);
	fclose(fp);
	ag = agmemread(buf);
	assert_non_null(ag);
	assert_int_equal(agnnodes(ag), 2);
	agclose(ag);
	free(buf);

	fp = open_memstream(&buf, &len);
	only_visits.layout = "nonsense";
	assert_int_equal(kg_graph_write_svg(g, &only_visits, fp, &err), KG_EINVAL);
	assert_non_null(strstr(err.text, "nonsense"));
	fclose(fp);
	free(buf);
	kg_graph_free(g);
}

/* ---- GraphML ---- */

static void test_graph__graphml_parses_as_xml_with_hostile_names(void **state)
{
	kg_graph *g = hostile_graph();
	char *xml = capture(kg_graph_write_graphml, g);

	(void)state;
	assert_null(strstr(xml, "<script"));
	assert_null(strstr(xml, "\x01"));
	if (!have_xmllint()) {
		free(xml);
		kg_graph_free(g);
		skip();
	}
	assert_true(xml_parses(xml));
	assert_int_equal(xml_count(xml, "count(//*[local-name()=\"node\"])"), 3);
	/* three edges; the meeting, in a graph with directed relations, once in each direction */
	assert_int_equal(xml_count(xml, "count(//*[local-name()=\"edge\"])"), 4);
	assert_int_equal(xml_count(xml, "count(//*[local-name()=\"script\"])"), 0);
	free(xml);
	kg_graph_free(g);
}

/* One file of the Neo4j export into fp: nodes.csv (nodes 1) or relationships.csv, the other thrown away. */
static int neo4j_file(const kg_graph *g, FILE *fp, int nodes, kg_error *err)
{
	FILE *other = tmpfile();
	int rc;

	assert_non_null(other);
	rc = nodes ? kg_graph_write_neo4j(g, fp, other, err) : kg_graph_write_neo4j(g, other, fp, err);
	fclose(other);
	return rc;
}

/* The relationships file of the Neo4j export, for capture(). */
static int neo4j_relationships(const kg_graph *g, FILE *fp, kg_error *err)
{
	return neo4j_file(g, fp, 0, err);
}

/* The edges file of the GraphFrames export, for capture(). */
static int graphframes_edges(const kg_graph *g, FILE *fp, kg_error *err)
{
	FILE *vertices = tmpfile();
	int rc;

	assert_non_null(vertices);
	rc = kg_graph_write_graphframes(g, vertices, fp, err);
	fclose(vertices);
	return rc;
}

static void test_graph__neo4j_graphframes_and_rdf_carry_the_web_addresses_of_the_documents(void **state)
{
	static const kg_docref docs[] = {
		{ "d1", "https://example.org/a?x=1,y=\"2\"", NULL, NULL },
		{ "d3", "https://example.org/c", "2025-01-02", "Plans" },
	};
	kg_facts *f = facts_of(sample, sizeof(sample) / sizeof(sample[0]));
	kg_graph *g = NULL, *plain = sample_graph();
	kg_error err;
	char *neo, *gf, *nt, *plain_neo, *plain_gf, *plain_nt;

	(void)state;
	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		assert_int_equal(kg_facts_add_doc(f, &docs[i]), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	neo = capture(neo4j_relationships, g);
	gf = capture(graphframes_edges, g);
	nt = capture(kg_graph_write_ntriples, g);
	/* a last column, CSV-quoted, the quotes of the address doubled */
	assert_non_null(strstr(neo, ",urls:string[]\n"));
	assert_non_null(strstr(neo, ",\"https://example.org/a?x=1,y=\"\"2\"\"\"\n"));
	assert_non_null(strstr(gf, ",evidence,urls\n"));
	assert_non_null(strstr(gf, ",\"https://example.org/c\"\n"));
	assert_non_null(strstr(nt, "<http://schema.org/url> \"https://example.org/c\"^^<http://www.w3.org/2001/XMLSchema#anyURI> .\n"));
	/* documents without addresses: no such column, no such triple */
	plain_neo = capture(neo4j_relationships, plain);
	plain_gf = capture(graphframes_edges, plain);
	plain_nt = capture(kg_graph_write_ntriples, plain);
	assert_null(strstr(plain_neo, "urls"));
	assert_null(strstr(plain_gf, "urls"));
	assert_null(strstr(plain_nt, "schema.org/url"));
	free(neo);
	free(gf);
	free(nt);
	free(plain_neo);
	free(plain_gf);
	free(plain_nt);
	kg_graph_free(g);
	kg_graph_free(plain);
	kg_facts_free(f);
}

static void test_graph__graphml_gives_each_edge_the_web_addresses_of_its_documents(void **state)
{
	static const kg_docref docs[] = {
		{ "d1", "https://example.org/a?x=1&y=<2>", NULL, NULL },
		{ "d3", "https://example.org/c", "2025-01-02", "Plans" },
	};
	kg_facts *f = facts_of(sample, sizeof(sample) / sizeof(sample[0]));
	kg_graph *g = NULL, *plain = sample_graph();
	kg_error err;
	char *xml, *before;

	(void)state;
	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		assert_int_equal(kg_facts_add_doc(f, &docs[i]), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	xml = capture(kg_graph_write_graphml, g);
	assert_non_null(strstr(xml, "<key id=\"e_urls\" for=\"edge\" attr.name=\"urls\" attr.type=\"string\"/>"));
	/* Ann and Bo met in d1 and d2: d1's address, escaped; d2 has none */
	assert_non_null(strstr(xml, "<data key=\"e_urls\">https://example.org/a?x=1&amp;y=&lt;2&gt;</data>"));
	assert_non_null(strstr(xml, "<data key=\"e_urls\">https://example.org/c</data>"));
	/* a graph whose documents have no address declares no such key */
	before = capture(kg_graph_write_graphml, plain);
	assert_null(strstr(before, "e_urls"));
	if (have_xmllint())
		assert_true(xml_parses(xml));
	free(xml);
	free(before);
	kg_graph_free(g);
	kg_graph_free(plain);
	kg_facts_free(f);
}

/* ---- durations ---- */

/* The nodes file of the Neo4j export, for capture(). */
static int neo4j_nodes(const kg_graph *g, FILE *fp, kg_error *err)
{
	return neo4j_file(g, fp, 1, err);
}

/* The graph of lasting_facts. */
static kg_graph *lasting_graph(void)
{
	kg_facts *f = lasting_facts();
	kg_graph *g = NULL;
	kg_error err;

	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	kg_facts_free(f);
	return g;
}

/* Into want, the durations lasting_graph's Stask-Quent call edge has in the order of its events
 * ("PT45M" for a5's call, "" for a6's, which are sorted by id), joined by sep. */
static void lasting_calls(char *want, size_t cap, const char *sep)
{
	char a5[KG_EVENT_ID_LEN], a6[KG_EVENT_ID_LEN];

	kg_event_make_id(a5, "a5", 0, 4);
	kg_event_make_id(a6, "a6", 0, 4);
	snprintf(want, cap, "%s%s%s", strcmp(a5, a6) < 0 ? "PT45M" : "", sep, strcmp(a5, a6) < 0 ? "" : "PT45M");
}

static void test_graph__graphml_and_gexf_give_each_edge_the_durations_of_its_events(void **state)
{
	kg_facts *f = dated_facts();
	kg_graph *g, *plain = NULL;
	kg_error err;
	char want[64], data[128], *xml, *gexf, *plain_xml, *plain_gexf;

	(void)state;
	assert_int_equal(kg_graph_new(&plain, f, &err), KG_OK);
	kg_facts_free(f);
	g = lasting_graph();
	lasting_calls(want, sizeof(want), "; ");
	xml = capture(kg_graph_write_graphml, g);
	assert_non_null(strstr(xml, "<key id=\"e_durations\" for=\"edge\" attr.name=\"durations\" attr.type=\"string\"/>"));
	/* the two calls' edge: one duration per event, in the order of its events, empty for the one without */
	snprintf(data, sizeof(data), "<data key=\"e_durations\">%s</data>", want);
	assert_non_null(strstr(xml, data));
	/* the meeting of days, as the text gave it */
	assert_non_null(strstr(xml, "<data key=\"e_durations\">PXD</data>"));
	/* an edge whose events give no length has no such data: only those two edges have */
	if (have_xmllint())
		assert_int_equal(xml_count(xml, "count(//*[local-name()=\"data\"][@key=\"e_durations\"])"), 2);
	gexf = capture(kg_graph_write_gexf, g);
	lasting_calls(want, sizeof(want), ";");
	assert_non_null(strstr(gexf, "<attribute id=\"durations\" title=\"durations\" type=\"string\"/>"));
	snprintf(data, sizeof(data), "<attvalue for=\"durations\" value=\"%s\"/>", want);
	assert_non_null(strstr(gexf, data));
	assert_non_null(strstr(gexf, "<attvalue for=\"durations\" value=\"PXD\"/>"));
	/* events with no duration: no such key or attribute at all */
	plain_xml = capture(kg_graph_write_graphml, plain);
	plain_gexf = capture(kg_graph_write_gexf, plain);
	assert_null(strstr(plain_xml, "durations"));
	assert_null(strstr(plain_gexf, "durations"));
	if (have_xmllint()) {
		assert_true(xml_parses(xml));
		assert_true(xml_parses(gexf));
	}
	free(xml);
	free(gexf);
	free(plain_xml);
	free(plain_gexf);
	kg_graph_free(g);
	kg_graph_free(plain);
}

static void test_graph__gexf_spells_last_as_many_days_as_their_events(void **state)
{
	static const char *const year_end[] = { "Oda Renk", "Ilse Varo", NULL };
	static const char *const leap[] = { "Bo Harrow", "Nell Sarta", NULL };
	static const char *const week[] = { "Pel Durr", "Tamsin Quell", NULL };
	static const char *const brief[] = { "Ivo Stask", "Mara Quent", NULL };
	kg_facts *f = NULL;
	kg_graph *g = NULL;
	kg_error err;
	char *gexf;

	(void)state;
	assert_int_equal(kg_facts_new(&f), KG_OK);
	/* a three-day visit over the new year, two days over a leap day, a week, and a call of minutes */
	add_lasting_event(f, KG_EVENT_VISIT, "v1", 0, "2024-12-30", "P3D", "Port Elvar", 0, year_end);
	add_lasting_event(f, KG_EVENT_VISIT, "v2", 0, "2024-02-28", "P2D", "Lake Ossin", 0, leap);
	add_lasting_event(f, KG_EVENT_MEETING, "v3", 0, "2025-03-03", "P1W", NULL, 0, week);
	add_lasting_event(f, KG_EVENT_CALL, "v4", 0, "2025-03-20", "PT45M", NULL, 0, brief);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	kg_facts_free(f);
	gexf = capture(kg_graph_write_gexf, g);
	assert_non_null(strstr(gexf, "<spell start=\"2024-12-30\" end=\"2025-01-01\"/>"));
	assert_non_null(strstr(gexf, "<spell start=\"2024-02-28\" end=\"2024-02-29\"/>"));
	assert_non_null(strstr(gexf, "<spell start=\"2025-03-03\" end=\"2025-03-09\"/>"));
	/* minutes are within the day */
	assert_non_null(strstr(gexf, "<spell start=\"2025-03-20\" end=\"2025-03-20\"/>"));
	if (have_xmllint())
		assert_true(xml_parses(gexf));
	free(gexf);
	kg_graph_free(g);
}

static void test_graph__neo4j_and_rdf_give_each_event_its_duration(void **state)
{
	kg_facts *f = dated_facts();
	kg_graph *g, *plain = NULL;
	kg_error err;
	char a5[KG_EVENT_ID_LEN], a7[KG_EVENT_ID_LEN], line[256], *nodes, *nt, *plain_nodes, *plain_nt;

	(void)state;
	assert_int_equal(kg_graph_new(&plain, f, &err), KG_OK);
	kg_facts_free(f);
	g = lasting_graph();
	kg_event_make_id(a5, "a5", 0, 4);
	kg_event_make_id(a7, "a7", 0, 4);
	nodes = capture(neo4j_nodes, g);
	/* a last column: the event's duration, empty for an entity or an event without one */
	assert_non_null(strstr(nodes, ",date,place,trigger,duration\n"));
	assert_non_null(strstr(nodes, "\"2025-03-20\",\"\",\"call\",\"PT45M\"\n"));
	assert_non_null(strstr(nodes, "\"2025-03-27\",\"\",\"call\",\"\"\n"));
	assert_non_null(strstr(nodes, ",\"\",\"\",\"\",\"\"\n\"")); /* an entity's row, another after it */
	nt = capture(kg_graph_write_ntriples, g);
	/* schema:duration, an xsd:duration; a vague one ("days") is no xsd:duration and stays a plain literal */
	snprintf(line, sizeof(line), "<urn:kg:event:%s> <http://schema.org/duration> "
		 "\"PT45M\"^^<http://www.w3.org/2001/XMLSchema#duration> .\n", a5);
	assert_non_null(strstr(nt, line));
	snprintf(line, sizeof(line), "<urn:kg:event:%s> <http://schema.org/duration> \"PXD\" .\n", a7);
	assert_non_null(strstr(nt, line));
	/* events with no duration: no such column or statement */
	plain_nodes = capture(neo4j_nodes, plain);
	plain_nt = capture(kg_graph_write_ntriples, plain);
	assert_non_null(strstr(plain_nodes, ",date,place,trigger\n"));
	assert_null(strstr(plain_nodes, "duration"));
	assert_null(strstr(plain_nt, "duration"));
	free(nodes);
	free(nt);
	free(plain_nodes);
	free(plain_nt);
	kg_graph_free(g);
	kg_graph_free(plain);
}

/* ---- empty ---- */

static void test_graph__every_writer_handles_an_empty_graph(void **state)
{
	kg_graph *g = graph_of(NULL, 0), *back = NULL;
	char *json, *dot, *svg, *xml, path[64];
	Agraph_t *ag;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	json = capture(kg_graph_write_json, g);
	dot = capture(dot_default, g);
	svg = capture(svg_default, g);
	xml = capture(kg_graph_write_graphml, g);
	temp_file(path, ".json", json);
	assert_int_equal(kg_graph_load_json(&back, path, &err), KG_OK);
	unlink(path);
	assert_int_equal(kg_graph_node_count(back), 0);
	ag = agmemread(dot);
	assert_non_null(ag);
	assert_int_equal(agnnodes(ag), 0);
	agclose(ag);
	assert_non_null(strstr(svg, "</svg>"));
	if (have_xmllint()) {
		assert_true(xml_parses(svg));
		assert_true(xml_parses(xml));
	}
	free(json);
	free(dot);
	free(svg);
	free(xml);
	kg_graph_free(g);
	kg_graph_free(back);
}

/* The number of entries of dir other than . and .., and whether one ends in ".tmp". */
static size_t dir_entries(const char *dir, int *has_tmp)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	assert_non_null(d);
	*has_tmp = 0;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		n++;
		if (len > 4 && strcmp(e->d_name + len - 4, ".tmp") == 0)
			*has_tmp = 1;
	}
	closedir(d);
	return n;
}

/* The bytes of file name in dir (caller frees), *len its length. */
static char *slurp_in(const char *dir, const char *name, size_t *len)
{
	char path[160];
	FILE *fp;
	char *buf;
	long n;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	assert_non_null(fp = fopen(path, "rb"));
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	assert_true((n = ftell(fp)) > 0);
	rewind(fp);
	assert_non_null(buf = malloc((size_t)n));
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

static void test_graph__build_rows_written_on_two_threads_are_the_bytes_of_one(void **state)
{
	kg_graph *g = sample_graph();
	char one[] = "/tmp/kg-test-rows1-XXXXXX", two[] = "/tmp/kg-test-rows2-XXXXXX", missing[80], path[160];
	kg_export_opts eo = { .max_evidence = 1 }, draw = { .top = 3 };
	size_t n_graphviz = 0;
	kg_error err = { 0 };

	(void)state;
	assert_non_null(mkdtemp(one));
	assert_non_null(mkdtemp(two));
	assert_int_equal(kg_exporters_write(KG_EXPORTER_BUILD, g, &eo, &draw, one, 1, &err), KG_OK);
	assert_int_equal(kg_exporters_write(KG_EXPORTER_BUILD, g, &eo, &draw, two, 2, &err), KG_OK);
	for (const kg_exporter *x = kg_exporters; x->name; x++) {
		char *a, *b;
		size_t la, lb;

		n_graphviz += (x->flags & KG_EXPORTER_GRAPHVIZ) != 0;
		if (!(x->flags & KG_EXPORTER_BUILD))
			continue;
		a = slurp_in(one, x->files[0], &la);
		b = slurp_in(two, x->files[0], &lb);
		assert_int_equal(la, lb);
		assert_memory_equal(a, b, la);
		free(a);
		free(b);
		snprintf(path, sizeof(path), "%s/%s", one, x->files[0]);
		unlink(path);
		snprintf(path, sizeof(path), "%s/%s", two, x->files[0]);
		unlink(path);
	}
	/* the Graphviz rows are the ones that need a thread of their own: dot and svg */
	assert_int_equal(n_graphviz, 2);
	/* every row fails into a missing directory: the error is the first row's, graph.json */
	snprintf(missing, sizeof(missing), "%s/not-there", one);
	assert_int_equal(kg_exporters_write(KG_EXPORTER_BUILD, g, &eo, &draw, missing, 2, &err), KG_EIO);
	assert_non_null(strstr(err.source, "not-there/graph.json"));
	assert_int_equal(rmdir(one), 0);
	assert_int_equal(rmdir(two), 0);
	kg_graph_free(g);
}

static void test_graph__each_exporter_writes_all_its_files_and_leaves_no_partial_one(void **state)
{
	kg_graph *g = sample_graph();
	char dir[] = "/tmp/kg-test-exporters-XXXXXX", missing[80], path[128];
	size_t rows = 0, files = 0;
	int has_tmp;
	kg_error err;
	struct stat st;

	(void)state;
	assert_non_null(mkdtemp(dir));
	for (const kg_exporter *x = kg_exporters; x->name; x++, rows++) {
		assert_ptr_equal(kg_exporter_find(x->name, 0), x);
		assert_non_null(x->help);
		assert_true(x->flags & (KG_EXPORTER_BUILD | KG_EXPORTER_EXPORT));
		assert_int_equal(kg_exporter_write(x, g, NULL, dir, &err), KG_OK);
		for (int i = 0; i < 2 && x->files[i]; i++, files++) {
			snprintf(path, sizeof(path), "%s/%s", dir, x->files[i]);
			assert_int_equal(stat(path, &st), 0);
			assert_true(st.st_size > 0);
		}
	}
	assert_true(rows >= 8);
	assert_int_equal(dir_entries(dir, &has_tmp), files);
	assert_false(has_tmp);
	/* a row asked for with a flag it lacks is not found; an unknown name neither */
	assert_null(kg_exporter_find("svg", KG_EXPORTER_EXPORT));
	assert_null(kg_exporter_find("png", 0));
	/* two files cannot both go to standard output */
	memset(&err, 0, sizeof(err));
	assert_int_equal(kg_exporter_write(kg_exporter_find("neo4j", 0), g, NULL, "-", &err), KG_EINVAL);
	assert_non_null(strstr(err.text, "two files"));
	/* a directory that is not there: an error naming the file, nothing written */
	snprintf(missing, sizeof(missing), "%s/not-there", dir);
	memset(&err, 0, sizeof(err));
	assert_int_equal(kg_exporter_write(kg_exporter_find("graphframes", 0), g, NULL, missing, &err), KG_EIO);
	assert_non_null(strstr(err.source, "not-there/vertices.csv.tmp"));
	assert_non_null(strstr(err.text, "cannot write"));
	for (const kg_exporter *x = kg_exporters; x->name; x++)
		for (int i = 0; i < 2 && x->files[i]; i++) {
			snprintf(path, sizeof(path), "%s/%s", dir, x->files[i]);
			unlink(path);
		}
	assert_int_equal(rmdir(dir), 0);
	kg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph__json_loads_back_and_writes_the_same_bytes),
		cmocka_unit_test(test_graph__json_has_the_node_and_edge_fields_the_scorer_reads),
		cmocka_unit_test(test_graph__json_load_reports_where_the_file_is_broken),
		cmocka_unit_test(test_graph__json_load_reports_a_broken_line_of_its_own_layout),
		cmocka_unit_test(test_graph__json_loads_node_link_files_from_other_tools),
		cmocka_unit_test(test_graph__json_keeps_hostile_names_exact_and_escaped),
		cmocka_unit_test(test_graph__dot_reads_back_with_every_node_and_edge),
		cmocka_unit_test(test_graph__dot_keeps_hostile_names_inert),
		cmocka_unit_test(test_graph__svg_parses_as_xml_with_a_title_per_node),
		cmocka_unit_test(test_graph__svg_keeps_hostile_names_inert),
		cmocka_unit_test(test_graph__svg_responsive_drops_width_and_height_but_keeps_the_viewbox),
		cmocka_unit_test(test_graph__svg_and_dot_follow_the_selection_options),
		cmocka_unit_test(test_graph__graphml_parses_as_xml_with_hostile_names),
		cmocka_unit_test(test_graph__graphml_gives_each_edge_the_web_addresses_of_its_documents),
		cmocka_unit_test(test_graph__neo4j_graphframes_and_rdf_carry_the_web_addresses_of_the_documents),
		cmocka_unit_test(test_graph__graphml_and_gexf_give_each_edge_the_durations_of_its_events),
		cmocka_unit_test(test_graph__gexf_spells_last_as_many_days_as_their_events),
		cmocka_unit_test(test_graph__neo4j_and_rdf_give_each_event_its_duration),
		cmocka_unit_test(test_graph__every_writer_handles_an_empty_graph),
		cmocka_unit_test(test_graph__each_exporter_writes_all_its_files_and_leaves_no_partial_one),
		cmocka_unit_test(test_graph__build_rows_written_on_two_threads_are_the_bytes_of_one),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
