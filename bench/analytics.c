/* analytics.c: kg-bench-analytics, the analytics benchmark driver: loads a weighted edge list
 * (bench/gen graph), builds kg's graph from it and times the analysis, printing one JSON object.
 *
 *   kg-bench-analytics [--exact-max N] [--values FILE] EDGES
 *
 * EDGES has "u v w" lines (integers, '#' comments): node names are "n<u>", and an edge of weight w
 * becomes w "meet" facts with distinct evidence, so kg's edge weight is w. --exact-max is
 * kg_analysis_opts.exact_betweenness_max_nodes (betweenness is sampled above it; 0: kg's default).
 * --values writes "label pagerank betweenness community" per node, for comparison with NetworkX.
 * Run with KG_TIMINGS=1 to get the time of every analysis step on stderr. Exit status 0, or 2 on
 * bad input or a failed step (reported on stderr). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "core/core.h"
#include "graph.h"

/* Seconds since an arbitrary start. */
static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Reads the edge list into facts; *n_edges gets the lines read. Reports and returns < 0 on error. */
static int load_edges(kg_facts *facts, const char *path, size_t *n_edges)
{
	FILE *fp = fopen(path, "r");
	char line[256], a[32], b[32];
	long lineno = 0;
	int rc = KG_OK;

	*n_edges = 0;
	if (!fp) {
		fprintf(stderr, "kg-bench-analytics: %s: %s\n", path, strerror(errno));
		return KG_EIO;
	}
	while (fgets(line, sizeof(line), fp)) {
		unsigned long u, v, w = 1;
		kg_triple t;
		int got;

		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		got = sscanf(line, "%lu %lu %lu", &u, &v, &w);
		if (got < 2 || w == 0 || w > 1000) {
			fprintf(stderr, "kg-bench-analytics: %s:%ld: expected \"u v w\"\n", path, lineno);
			rc = KG_EPARSE;
			goto done;
		}
		snprintf(a, sizeof(a), "n%lu", u);
		snprintf(b, sizeof(b), "n%lu", v);
		memset(&t, 0, sizeof(t));
		t.subject = a;
		t.object = b;
		t.subject_type = t.object_type = KG_TYPE_PERSON;
		t.predicate = "meet";
		t.evidence.doc = "bench";
		t.evidence.text = "";
		t.confidence = 1.0;
		t.extractor = "bench";
		for (unsigned long k = 0; k < w; k++) {
			t.evidence.sentence = (long)(lineno * 1000 + (long)k);
			if ((rc = kg_facts_add_triple(facts, &t)) < 0) {
				fprintf(stderr, "kg-bench-analytics: out of memory\n");
				goto done;
			}
		}
		(*n_edges)++;
	}
done:
	fclose(fp);
	return rc;
}

/* Writes the measures of every node to path. */
static int write_values(const kg_graph *g, const char *path)
{
	FILE *fp = fopen(path, "w");

	if (!fp) {
		fprintf(stderr, "kg-bench-analytics: %s: %s\n", path, strerror(errno));
		return KG_EIO;
	}
	for (size_t i = 0; i < kg_graph_node_count(g); i++) {
		kg_node_info ni;

		if (kg_graph_node(g, i, &ni) == 0)
			fprintf(fp, "%s %.10g %.10g %ld\n", ni.label, ni.pagerank, ni.betweenness, ni.community);
	}
	return fclose(fp) == 0 ? KG_OK : KG_EIO;
}

int main(int argc, char **argv)
{
	kg_analysis_opts ao = { .seed = 42, .exact_betweenness_max_nodes = 0 };
	const char *values = NULL, *path = NULL;
	kg_facts *facts = NULL;
	kg_graph *g = NULL;
	kg_error err = { 0 };
	size_t n_edges = 0;
	double t0, t_load, t_build, t_analyze;
	struct rusage ru;
	int status = 2;

	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--exact-max") == 0 && i + 1 < argc)
			ao.exact_betweenness_max_nodes = strtoul(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--values") == 0 && i + 1 < argc)
			values = argv[++i];
		else if (argv[i][0] != '-' && !path)
			path = argv[i];
		else {
			fprintf(stderr, "usage: kg-bench-analytics [--exact-max N] [--values FILE] EDGES\n");
			return 2;
		}
	}
	if (!path) {
		fprintf(stderr, "usage: kg-bench-analytics [--exact-max N] [--values FILE] EDGES\n");
		return 2;
	}
	t0 = now();
	if (kg_facts_new(&facts) < 0 || load_edges(facts, path, &n_edges) < 0)
		goto done;
	t_load = now() - t0;
	t0 = now();
	if (kg_graph_new(&g, facts, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	t_build = now() - t0;
	kg_facts_free(facts);
	facts = NULL;
	t0 = now();
	if (kg_graph_analyze(g, &ao, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	t_analyze = now() - t0;
	if (values && write_values(g, values) < 0)
		goto done;
	getrusage(RUSAGE_SELF, &ru);
	printf("{\"nodes\":%zu,\"edges\":%zu,\"graph_edges\":%zu,\"load_s\":%.6f,\"build_s\":%.6f,"
	       "\"analyze_s\":%.6f,\"max_rss_kb\":%ld}\n",
	       kg_graph_node_count(g), n_edges, kg_graph_edge_count(g), t_load, t_build, t_analyze, ru.ru_maxrss);
	status = 0;
done:
	kg_graph_free(g);
	kg_facts_free(facts);
	return status;
}
