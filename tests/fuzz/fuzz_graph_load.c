/* fuzz_graph_load.c: harness of kg_graph_load_json, the graph.json reader of kg query, kg explain and kg
 * render: any input is written to a file and loaded; a graph that loads is then read node by node,
 * analysed when small, written again as JSON (which must parse), DOT and GraphML, and asked who is
 * linked to its first node and the path from the first to the last. */
#include "fuzz.h"

#include <jansson.h>

#include "../../graph/graph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	kg_graph *g = NULL;
	kg_error err = { 0 };
	kg_export_opts eo = { 0 };
	fuzz_mem m;
	json_error_t jerr;
	json_t *root;
	size_t n;

	if (size > (1 << 16))
		return 0;
	if (kg_graph_load_json(&g, fuzz_write_file("graph.json", data, size), &err) != KG_OK) {
		FUZZ_CHECK(!g, "a graph that failed to load was handed out");
		return 0;
	}
	n = kg_graph_node_count(g);
	for (size_t i = 0; i < n; i++) {
		kg_node_info info;

		FUZZ_CHECK(kg_graph_node(g, i, &info) == KG_OK && info.id && info.label, "node %zu cannot be read", i);
	}
	if (n <= 64)
		FUZZ_CHECK(kg_graph_analyze(g, NULL, &err) == KG_OK, "kg_graph_analyze failed: %s", err.text);
	fuzz_mem_open(&m);
	FUZZ_CHECK(kg_graph_write_json(g, m.fp, &err) == KG_OK, "kg_graph_write_json failed: %s", err.text);
	fuzz_mem_close(&m);
	root = json_loadb(m.buf, m.len, 0, &jerr);
	FUZZ_CHECK(root, "the graph written again does not parse: %s", jerr.text);
	json_decref(root);
	fuzz_mem_free(&m);
	fuzz_mem_open(&m);
	FUZZ_CHECK(kg_graph_write_dot(g, &eo, m.fp, &err) == KG_OK, "kg_graph_write_dot failed: %s", err.text);
	FUZZ_CHECK(kg_graph_write_graphml(g, m.fp, &err) == KG_OK, "kg_graph_write_graphml failed: %s", err.text);
	if (n) {
		kg_node_info first, last;
		size_t found = 0;

		kg_graph_node(g, 0, &first);
		kg_graph_node(g, n - 1, &last);
		{
			kg_query q = { KG_QUERY_LINKED, first.label, NULL, "any", 1 };
			kg_query p = { KG_QUERY_PATH, first.id, last.id, "any", 0 };

			kg_graph_query(g, &q, KG_QUERY_TABLE, m.fp, &found, &err);
			kg_graph_query(g, &q, KG_QUERY_JSONL, m.fp, &found, &err);
			kg_graph_query(g, &p, KG_QUERY_TABLE, m.fp, &found, &err);
		}
	}
	fuzz_mem_free(&m);
	kg_graph_free(g);
	return 0;
}
