/* test_graph_render.c: drawings of kg render (ego, relation, top, entities with no relation, size
 * limits), selections as graphs, and the HTML report (content, escaping). */
#include "test_graph_fixture.h"

#include <graphviz/cgraph.h>
#include <math.h>

#define P KG_TYPE_PERSON
#define O KG_TYPE_ORG
#define L KG_TYPE_PLACE

#define HOSTILE_SCRIPT "</script><script>alert(1)</script>"
#define HOSTILE_ATTR "\" onmouseover=\"alert(2)"

static const fact sample[] = {
	{ "Ann Lee", P, "meet", "Bo Chan", P, "d1", 0, 0, "Ann Lee met Bo Chan in Oslo.", NULL, NULL },
	{ "Bo Chan", P, "meet", "Cy Dunn", P, "d2", 1, 30, "Chan met Dunn.", NULL, NULL },
	{ "Ann Lee", P, "visits", "Oslo", L, "d1", 0, 0, "Ann Lee met Bo Chan in Oslo.", NULL, NULL },
	{ "Bo Chan", P, "holds_position", "Acme Corp", O, "d2", 3, 80, "Chan, chief of Acme, spoke.", NULL, "chief" },
	{ "Eve Fox", P, "speak_with", "Gus Hale", P, "d3", 0, 0, "Fox spoke with Hale.", NULL, NULL },
	{ "Cy Dunn", P, "meet", "Gus Hale", P, "d3", 2, 40, "Dunn will meet Hale.", "planned", NULL },
};

/* Entities with no relation at all. */
static const char *const loners[] = { "Dee Isle", "Fay Lone", "Nordland" };

/* The sample graph with the loners, analysed. */
static kg_graph *sample_graph(void)
{
	kg_facts *f = facts_of(sample, sizeof(sample) / sizeof(sample[0]));
	kg_graph *g = NULL;
	kg_error err;

	for (size_t i = 0; i < sizeof(loners) / sizeof(loners[0]); i++)
		assert_int_equal(kg_facts_add_entity(f, loners[i], i == 2 ? L : P, NULL, 1, NULL), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	return g;
}

/* Replaces Graphviz's "&#45;" with '-' in place, so ids read as in the DOM ("node-ann-lee"). */
static void plain_dashes(char *s)
{
	char *o = s;

	for (const char *p = s; *p;) {
		if (strncmp(p, "&#45;", 5) == 0) {
			*o++ = '-';
			p += 5;
		} else {
			*o++ = *p++;
		}
	}
	*o = '\0';
}

/* The output of kg_graph_draw (asserts success; caller frees); notes (may be NULL) gets the notes. */
static char *draw_string(const kg_graph *g, const kg_draw_opts *opts, const char *format, char **notes)
{
	char *buf = NULL, *nbuf = NULL;
	size_t len = 0, nlen = 0;
	FILE *fp = open_memstream(&buf, &len), *nf = open_memstream(&nbuf, &nlen);
	kg_draw_opts o = { 0 };
	kg_error err = { 0 };
	int rc;

	assert_non_null(fp);
	assert_non_null(nf);
	if (opts)
		o = *opts;
	o.notes = nf;
	rc = kg_graph_draw(g, &o, format, fp, &err);
	if (rc != KG_OK)
		fail_msg("kg_graph_draw: %s", err.text);
	fclose(fp);
	fclose(nf);
	plain_dashes(buf);
	if (notes)
		*notes = nbuf;
	else
		free(nbuf);
	return buf;
}

/* Occurrences of needle in s. */
static size_t count_of(const char *s, const char *needle)
{
	size_t n = 0;

	for (const char *p = s; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

/* 1 when the SVG draws the node with this id. */
static int draws(const char *svg, const char *id)
{
	char needle[128];

	snprintf(needle, sizeof(needle), "<g id=\"node-%s\"", id);
	return strstr(svg, needle) != NULL;
}

/* The y of the label of node id in the SVG (SVG coordinates: larger is lower on the page). */
static double label_y(const char *svg, const char *id)
{
	char needle[128];
	const char *p, *y;

	snprintf(needle, sizeof(needle), "<g id=\"node-%s\"", id);
	p = strstr(svg, needle);
	assert_non_null(p);
	p = strstr(p, "<text ");
	assert_non_null(p);
	y = strstr(p, " y=\"");
	assert_non_null(y);
	return strtod(y + 4, NULL);
}

/* Ids of the nodes of a graph, comma-separated and sorted (the graph keeps them sorted). */
static void ids_of(const kg_graph *g, char *out, size_t size)
{
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < kg_graph_node_count(g); i++) {
		kg_node_info info;
		assert_int_equal(kg_graph_node(g, i, &info), KG_OK);
		used += (size_t)snprintf(out + used, size - used, "%s%s", i ? "," : "", info.id);
		assert_true(used < size);
	}
}

/* ---- selection ---- */

static void test_graph_render__ego_of_depth_one_keeps_exactly_the_neighbours(void **state)
{
	kg_graph *g = sample_graph(), *sub = NULL;
	kg_draw_opts o = { .ego = "Ann Lee", .depth = 1 };
	kg_error err;
	char ids[256];

	(void)state;
	assert_int_equal(kg_graph_select(&sub, g, &o, &err), KG_OK);
	ids_of(sub, ids, sizeof(ids));
	assert_string_equal(ids, "ann-lee,bo-chan,oslo");
	assert_int_equal(kg_graph_edge_count(sub), 2);
	kg_graph_free(sub);

	o.depth = 2;
	assert_int_equal(kg_graph_select(&sub, g, &o, &err), KG_OK);
	ids_of(sub, ids, sizeof(ids));
	assert_string_equal(ids, "acme-corp,ann-lee,bo-chan,cy-dunn,oslo");
	kg_graph_free(sub);
	kg_graph_free(g);
}

static void test_graph_render__ego_follows_only_the_relations_asked_for(void **state)
{
	kg_graph *g = sample_graph(), *sub = NULL;
	kg_draw_opts o = { .base.relation = "meet", .ego = "lee", .depth = 3 };
	kg_error err;
	char ids[256];

	(void)state;
	assert_int_equal(kg_graph_select(&sub, g, &o, &err), KG_OK);
	ids_of(sub, ids, sizeof(ids));
	/* Dunn meets Hale only as a plan, which still counts; Hale speaks with Fox, which is not meet */
	assert_string_equal(ids, "ann-lee,bo-chan,cy-dunn,gus-hale");
	kg_graph_free(sub);

	o.base.exclude_planned = 1;
	assert_int_equal(kg_graph_select(&sub, g, &o, &err), KG_OK);
	ids_of(sub, ids, sizeof(ids));
	assert_string_equal(ids, "ann-lee,bo-chan,cy-dunn");
	kg_graph_free(sub);
	kg_graph_free(g);
}

static void test_graph_render__ego_that_names_no_entity_is_an_error(void **state)
{
	kg_graph *g = sample_graph(), *sub = NULL;
	kg_draw_opts o = { .ego = "Zed Nobody" };
	kg_error err = { 0 };
	FILE *fp = fopen("/dev/null", "w");

	(void)state;
	assert_int_equal(kg_graph_select(&sub, g, &o, &err), KG_ENOTFOUND);
	assert_null(sub);
	assert_non_null(strstr(err.text, "Zed Nobody"));
	assert_int_equal(kg_graph_draw(g, &o, "svg", fp, &err), KG_ENOTFOUND);
	fclose(fp);
	kg_graph_free(g);
}

static void test_graph_render__top_keeps_that_many_entities_with_their_measures(void **state)
{
	kg_graph *g = sample_graph(), *sub = NULL;
	kg_draw_opts o = { .base.top = 3 };
	kg_node_info a, b;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_select(&sub, g, &o, &err), KG_OK);
	assert_int_equal(kg_graph_node_count(sub), 3);
	assert_true(kg_graph_is_analyzed(sub));
	/* the best-ranked entity of the whole graph is kept, with its PageRank in the whole graph */
	assert_int_equal(kg_graph_node(g, node_by_id(g, "bo-chan"), &a), KG_OK);
	assert_int_equal(kg_graph_node(sub, node_by_id(sub, "bo-chan"), &b), KG_OK);
	assert_true(a.pagerank == b.pagerank);
	kg_graph_free(sub);
	kg_graph_free(g);
}

/* ---- drawings ---- */

static void test_graph_render__relation_filter_draws_only_those_relations(void **state)
{
	kg_graph *g = sample_graph();
	kg_draw_opts o = { .base.relation = "meet" };
	char *svg = draw_string(g, &o, "svg", NULL);

	(void)state;
	assert_int_equal(count_of(svg, "class=\"edge kg-rel-"), 3);
	assert_int_equal(count_of(svg, "class=\"edge kg-rel-meet"), 3);
	assert_false(draws(svg, "oslo"));
	assert_false(draws(svg, "eve-fox"));
	assert_true(draws(svg, "gus-hale"));
	free(svg);
	kg_graph_free(g);
}

static void test_graph_render__ego_drawing_is_titled_after_its_entity(void **state)
{
	kg_graph *g = sample_graph();
	kg_draw_opts o = { .ego = "Bo Chan" };
	char *svg = draw_string(g, &o, "svg", NULL);

	(void)state;
	assert_non_null(strstr(svg, "<title id=\"kg-title\">Relations of Bo Chan (1 step): 4 entities"));
	assert_int_equal(count_of(svg, "<g id=\"node-"), 4);
	free(svg);
	kg_graph_free(g);
}

static void test_graph_render__entities_with_no_relation_go_in_a_grid_under_the_graph(void **state)
{
	kg_graph *g = sample_graph();
	char *svg = draw_string(g, NULL, "svg", NULL);
	double lowest_linked = -1e9;
	const char *linked[] = { "ann-lee", "bo-chan", "cy-dunn", "oslo", "acme-corp", "eve-fox", "gus-hale" };

	(void)state;
	for (size_t i = 0; i < sizeof(linked) / sizeof(linked[0]); i++)
		lowest_linked = fmax(lowest_linked, label_y(svg, linked[i]));
	assert_true(draws(svg, "dee-isle"));
	assert_true(label_y(svg, "dee-isle") > lowest_linked);
	assert_true(label_y(svg, "fay-lone") > lowest_linked);
	assert_true(label_y(svg, "nordland") > lowest_linked);
	assert_non_null(strstr(svg, "Not linked to the others (3)"));
	assert_non_null(strstr(svg, "3 entities linked to none of the others are listed under the graph"));
	if (have_xmllint())
		assert_true(xml_parses(svg));
	free(svg);
	kg_graph_free(g);
}

static void test_graph_render__hide_unlinked_leaves_them_out(void **state)
{
	kg_graph *g = sample_graph();
	kg_draw_opts o = { .hide_unlinked = 1 };
	char *svg = draw_string(g, &o, "svg", NULL);

	(void)state;
	assert_false(draws(svg, "dee-isle"));
	assert_true(draws(svg, "ann-lee"));
	assert_int_equal(count_of(svg, "<g id=\"node-"), 7);
	assert_null(strstr(svg, "Not linked"));
	free(svg);
	kg_graph_free(g);
}

static void test_graph_render__edges_are_labelled_in_words_with_unique_ids(void **state)
{
	kg_graph *g = sample_graph();
	char *svg = draw_string(g, NULL, "svg", NULL);

	(void)state;
	assert_non_null(strstr(svg, ">chief</text>"));
	assert_non_null(strstr(svg, ">met</text>"));
	assert_non_null(strstr(svg, ">spoke with</text>"));
	assert_non_null(strstr(svg, "id=\"edge-cy-dunn-meet-gus-hale-planned\""));
	assert_int_equal(count_of(svg, "id=\"edge-ann-lee-meet-bo-chan\""), 1);
	free(svg);
	kg_graph_free(g);
}

static void test_graph_render__dot_labels_relations_as_the_drawing_does(void **state)
{
	kg_graph *g = sample_graph();
	kg_draw_opts o = { .ego = "Bo Chan" };
	char *dot = draw_string(g, &o, "dot", NULL);

	(void)state;
	assert_non_null(strstr(dot, "label=chief"));
	assert_null(strstr(dot, "holds_position:"));
	assert_null(strstr(dot, "dee-isle"));
	free(dot);
	kg_graph_free(g);
}

/* Names and sentences that DOT must quote, escape or break: keywords, numbers, quotes, backslashes,
 * markup, accents, and a tooltip longer than a DOT line. */
static const fact hostile[] = {
	{ "Node", P, "meet", "Graph", P, "d1", 0, 0, "Node met Graph \"at last\" in a room with a \\ on the door.", NULL, NULL },
	{ "Node", P, "speak_with", "Graph", P, "d1", 1, 70, "Node spoke with Graph.", NULL, NULL },
	{ "Graph", P, "meet", "Strict Digraph", P, "d2", 0, 0, "Graph will meet Strict Digraph.", "planned", NULL },
	{ "2024", O, "leads", "Node", P, "d2", 1, 40, "A sentence that goes on and on, well past one hundred and "
	  "twenty-eight characters, so that cgraph breaks it into lines: Żaneta Ørsted & \"Q\\R\" <b>bold</b>.",
	  NULL, NULL },
	{ "Strict Digraph", P, "holds_position", "-1.5", O, "d3", 0, 0, "Digraph, chief of -1.5.", NULL, "chief \"x\"" },
};

static void test_graph_render__dot_is_what_cgraph_writes_back(void **state)
{
	kg_graph *g = graph_of(hostile, sizeof(hostile) / sizeof(hostile[0]));
	kg_draw_opts o = { .hide_unlinked = 1 };
	char *dot, *again = NULL, *p;
	size_t len = 0;
	FILE *fp;
	Agraph_t *ag;
	kg_error err;

	(void)state;
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	dot = draw_string(g, &o, "dot", NULL);
	/* every entity is linked: cgraph reads them in the order kg wrote them and writes the same text */
	assert_non_null(ag = agmemread(dot));
	assert_non_null(fp = open_memstream(&again, &len));
	assert_int_equal(agwrite(ag, fp), 0);
	fclose(fp);
	agclose(ag);
	/* cgraph's reader declares the default label of nodes, "\N" */
	assert_non_null(p = strstr(again, "\t\tlabel=\"\\N\",\n"));
	memmove(p, p + strlen("\t\tlabel=\"\\N\",\n"), strlen(p + strlen("\t\tlabel=\"\\N\",\n")) + 1);
	assert_string_equal(again, dot);
	assert_non_null(strstr(dot, "\\\n"));
	assert_non_null(strstr(dot, "label=-1.5,"));
	assert_non_null(strstr(dot, "\tnode [")); /* the defaults, and the node "node" quoted */
	assert_non_null(strstr(dot, "\t\"node\"\t["));
	free(again);
	free(dot);
	kg_graph_free(g);
}

/* A graph of one triangle and n separate pairs. */
static kg_graph *pairs_graph(size_t n)
{
	kg_facts *f = NULL;
	kg_graph *g = NULL;
	kg_error err;
	char a[32], b[32];

	assert_int_equal(kg_facts_new(&f), KG_OK);
	for (size_t i = 0; i < n + 3; i++) {
		fact x = { a, P, "meet", b, P, "d", 0, 0, "x", NULL, NULL };
		if (i < 3) {
			snprintf(a, sizeof(a), "Tri %zu", i);
			snprintf(b, sizeof(b), "Tri %zu", (i + 1) % 3);
		} else {
			snprintf(a, sizeof(a), "Left %zu", i);
			snprintf(b, sizeof(b), "Right %zu", i);
		}
		add_fact(f, &x);
	}
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	return g;
}

static void test_graph_render__too_many_separate_groups_keep_the_biggest_and_say_so(void **state)
{
	kg_graph *g = pairs_graph(205);
	char *notes = NULL, *svg = draw_string(g, NULL, "svg", &notes);

	(void)state;
	/* 206 groups: the triangle and 199 pairs are drawn, 6 pairs left out */
	assert_true(draws(svg, "tri-0"));
	assert_int_equal(count_of(svg, "<g id=\"node-"), 3 + 2 * 199);
	assert_non_null(strstr(notes, "kg: note: "));
	assert_non_null(strstr(notes, "leaving out 6 smaller ones (12 entities)"));
	free(svg);
	free(notes);
	kg_graph_free(g);
}

static void test_graph_render__an_unknown_format_or_layout_is_refused(void **state)
{
	kg_graph *g = sample_graph();
	kg_draw_opts o = { .base.layout = "nonsense" };
	FILE *fp = fopen("/dev/null", "w");
	kg_error err = { 0 };

	(void)state;
	assert_int_equal(kg_graph_draw(g, NULL, "gif", fp, &err), KG_EINVAL);
	assert_int_equal(kg_graph_draw(g, &o, "svg", fp, &err), KG_EINVAL);
	assert_non_null(strstr(err.text, "nonsense"));
	fclose(fp);
	kg_graph_free(g);
}

/* ---- report ---- */

static char *report_string(const kg_graph *g, const kg_report_opts *opts)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	kg_error err = { 0 };
	int rc;

	assert_non_null(fp);
	rc = kg_graph_write_report(g, opts, fp, &err);
	if (rc != KG_OK)
		fail_msg("kg_graph_write_report: %s", err.text);
	fclose(fp);
	plain_dashes(buf);
	return buf;
}

static void test_graph_render__report_links_documents_to_their_web_address_and_never_to_a_script(void **state)
{
	static const kg_docref docs[] = {
		{ "a1", "https://example.org/summit?x=1&y=\"2\"", "2025-02-03", "Summit <b>opens</b>" },
		{ "a2", "javascript:alert(1)", "2025-03-10", NULL },
	};
	kg_facts *f = dated_facts();
	kg_graph *g = NULL;
	kg_error err;
	char *html;

	(void)state;
	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++)
		assert_int_equal(kg_facts_add_doc(f, &docs[i]), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	html = report_string(g, NULL);
	assert_non_null(strstr(html, "<a href=\"https://example.org/summit?x=1&amp;y=&quot;2&quot;\" "
				     "rel=\"noopener noreferrer\">a1</a><br>Summit &lt;b&gt;opens&lt;/b&gt;</td><td>2025-02-03</td>"));
	assert_null(strstr(html, "href=\"javascript"));
	assert_non_null(strstr(html, "<td class=\"doc\">a2</td><td>2025-03-10</td>"));
	free(html);
	kg_graph_free(g);
	kg_facts_free(f);
}

static void test_graph_render__report_has_the_drawing_tables_and_evidence(void **state)
{
	kg_graph *g = sample_graph();
	char *html = report_string(g, NULL);

	(void)state;
	assert_true(strncmp(html, "<!DOCTYPE html>", 15) == 0);
	assert_non_null(strstr(html, "<svg viewBox="));
	assert_null(strstr(html, "<?xml"));
	assert_int_equal(count_of(html, "<g id=\"node-"), 10);
	assert_non_null(strstr(html, "id=\"central\""));
	assert_non_null(strstr(html, "id=\"communities\""));
	assert_non_null(strstr(html, "id=\"meetings\""));
	assert_non_null(strstr(html, "id=\"documents\""));
	/* the meeting of Ann and Bo with its sentence and document */
	assert_non_null(strstr(html, "<q>Ann Lee met Bo Chan in Oslo.</q>"));
	assert_non_null(strstr(html, "<td class=\"doc\">d1, sentence 1</td>"));
	assert_non_null(strstr(html, "<span class=\"planned\""));
	/* d1 supports two relations with one sentence */
	assert_non_null(strstr(html, "<tr><td class=\"doc\">d1</td><td></td><td class=\"num\">2</td><td class=\"num\">1</td></tr>"));
	assert_non_null(strstr(html, "data-kg-ready"));
	/* nothing loaded from elsewhere */
	assert_null(strstr(html, "src="));
	assert_null(strstr(html, "<link"));
	assert_int_equal(count_of(html, "<script"), 1);
	free(html);
	kg_graph_free(g);
}

static void test_graph_render__report_keeps_hostile_names_inert(void **state)
{
	const fact xs[] = {
		{ HOSTILE_SCRIPT, P, "meet", HOSTILE_ATTR, P, "<d>", 0, 0, "<b>" HOSTILE_SCRIPT "</b>", NULL, NULL },
		{ HOSTILE_ATTR, P, "holds_position", "Acme", O, "d&2", 1, 9, "t", NULL, HOSTILE_SCRIPT },
	};
	kg_graph *g = graph_of(xs, 2);
	kg_report_opts o = { .title = HOSTILE_SCRIPT, .source = HOSTILE_ATTR };
	kg_error err;
	char *html;

	(void)state;
	assert_int_equal(kg_graph_analyze(g, NULL, &err), KG_OK);
	html = report_string(g, &o);
	/* one script element, ours; no attribute made from a name */
	assert_int_equal(count_of(html, "<script"), 1);
	assert_int_equal(count_of(html, "</script>"), 1);
	assert_null(strstr(html, "onmouseover=\""));
	assert_null(strstr(html, "<b>"));
	assert_null(strstr(html, "<d>"));
	assert_non_null(strstr(html, "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(html, "&quot; onmouseover=&quot;alert(2)"));
	free(html);
	kg_graph_free(g);
}

static void test_graph_render__report_of_an_empty_graph_is_a_page(void **state)
{
	kg_facts *f = NULL;
	kg_graph *g = NULL;
	kg_error err;
	char *html;

	(void)state;
	assert_int_equal(kg_facts_new(&f), KG_OK);
	assert_int_equal(kg_graph_new(&g, f, &err), KG_OK);
	kg_facts_free(f);
	html = report_string(g, NULL);
	assert_non_null(strstr(html, "No meeting or conversation was found."));
	assert_non_null(strstr(html, "</html>"));
	free(html);
	kg_graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_graph_render__ego_of_depth_one_keeps_exactly_the_neighbours),
		cmocka_unit_test(test_graph_render__ego_follows_only_the_relations_asked_for),
		cmocka_unit_test(test_graph_render__ego_that_names_no_entity_is_an_error),
		cmocka_unit_test(test_graph_render__top_keeps_that_many_entities_with_their_measures),
		cmocka_unit_test(test_graph_render__relation_filter_draws_only_those_relations),
		cmocka_unit_test(test_graph_render__ego_drawing_is_titled_after_its_entity),
		cmocka_unit_test(test_graph_render__entities_with_no_relation_go_in_a_grid_under_the_graph),
		cmocka_unit_test(test_graph_render__hide_unlinked_leaves_them_out),
		cmocka_unit_test(test_graph_render__edges_are_labelled_in_words_with_unique_ids),
		cmocka_unit_test(test_graph_render__dot_labels_relations_as_the_drawing_does),
		cmocka_unit_test(test_graph_render__dot_is_what_cgraph_writes_back),
		cmocka_unit_test(test_graph_render__too_many_separate_groups_keep_the_biggest_and_say_so),
		cmocka_unit_test(test_graph_render__an_unknown_format_or_layout_is_refused),
		cmocka_unit_test(test_graph_render__report_has_the_drawing_tables_and_evidence),
		cmocka_unit_test(test_graph_render__report_links_documents_to_their_web_address_and_never_to_a_script),
		cmocka_unit_test(test_graph_render__report_keeps_hostile_names_inert),
		cmocka_unit_test(test_graph_render__report_of_an_empty_graph_is_a_page),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
