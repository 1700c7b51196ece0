/* cmd_export.c: kg export (a saved graph or a store -> files for Neo4j, Spark GraphFrames, RDF or Gephi). */
#include "driver.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Options of kg export. */
typedef struct export_opts {
	const char *format; /* a row of kg_exporters flagged KG_EXPORTER_EXPORT */
	const char *output; /* the directory ("-": standard output, one-file formats only) */
	const char *graph;  /* a graph.json to read */
	const char *db;     /* or a store to build the graph from, NULL when not given */
	int quiet;          /* no summary */
	const char *since;  /* only what is dated in or after this ISO date */
	const char *until;  /* only what is dated in or before this ISO date */
} export_opts;

static const kg_cli_opt export_opts_table[] = {
	{ "format", 'f', KG_CLI_STRING, offsetof(export_opts, format), "NAME",
	  "json|dot|graphml|neo4j|graphframes|ntriples|gexf" /* the exporters flagged KG_EXPORTER_EXPORT */,
	  "what to write (required)" },
	{ "output", 'o', KG_CLI_STRING, offsetof(export_opts, output), "DIR", NULL,
	  "write the files into DIR, created when missing (default export); - writes the file on standard "
	  "output (ntriples and gexf)" },
	{ "graph", 'g', KG_CLI_STRING, offsetof(export_opts, graph), "GRAPH", NULL,
	  "the graph.json to export (default out/graph.json)" },
	{ "db", 0, KG_CLI_STRING, offsetof(export_opts, db), "PATH", NULL,
	  "build the graph from this store instead of reading a graph.json" },
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(export_opts, quiet), NULL, NULL, "no summary" },
	KG_CLI_PERIOD_OPTIONS(export_opts),
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static void export_help(FILE *fp)
{
	fputs("\nFormats:\n", fp);
	for (const kg_exporter *x = kg_exporters; x->name; x++)
		if (x->flags & KG_EXPORTER_EXPORT)
			fprintf(fp, "  %-12s %s%s%s\n  %-12s %s\n", x->name, x->files[0], x->files[1] ? ", " : "",
				x->files[1] ? x->files[1] : "", "", x->help);
	fputs("\nLoad into Neo4j (the database must be stopped):\n"
	      "  neo4j-admin database import full --nodes=export/nodes.csv \\\n"
	      "      --relationships=export/relationships.csv neo4j\n", fp);
}

static int run_export(const kg_cli_cmd *cmd, int argc, char **argv)
{
	export_opts o = { .output = "export", .graph = "out/graph.json" };
	kg_graph *g = NULL;
	kg_store *store = NULL;
	kg_error err = { 0 };
	const kg_exporter *f = NULL;
	char names[256];
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_options(cmd, argc, argv, &o, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	if (!(f = kg_exporter_find(o.format, KG_EXPORTER_EXPORT))) {
		kg_exporter_names(names, sizeof(names), KG_EXPORTER_EXPORT);
		status = kg_cli_usage_error(cmd, "say which format: --format %s", names);
		goto done;
	}
	if (strcmp(o.output, "-") == 0 && f->files[1]) {
		status = kg_cli_usage_error(cmd, "--format %s writes two files: -o needs a directory", f->name);
		goto done;
	}
	if (kg_cli_period_check(cmd, o.since, o.until) != KG_EXIT_OK)
		goto done;
	if (o.db) {
		if (kg_cli_store_open(&store, o.db, KG_STORE_READ) < 0 || kg_cli_store_graph(&g, store) < 0)
			goto done;
	} else if (kg_graph_load_json(&g, o.graph, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (kg_cli_period(&g, o.since, o.until) < 0)
		goto done;
	if (strcmp(o.output, "-") != 0 && kg_mkdirs(o.output, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (kg_exporter_write(f, g, NULL, o.output, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (!o.quiet && strcmp(o.output, "-") != 0)
		fprintf(stderr, "kg: wrote %zu nodes and %zu edges to %s/%s%s%s\n", kg_graph_node_count(g),
			kg_graph_edge_count(g), o.output, f->files[0], f->files[1] ? " and " : "",
			f->files[1] ? f->files[1] : "");
	status = kg_graph_node_count(g) ? KG_EXIT_OK : KG_EXIT_NONE;
done:
	kg_graph_free(g);
	kg_store_free(store);
	return status;
}

const kg_cli_cmd kg_cmd_export = {
	"export", run_export,
	"write the graph as JSON, DOT or GraphML, or for Neo4j, Spark GraphFrames, RDF (N-Triples) or Gephi (GEXF)",
	"--format FORMAT [-o DIR] [-g GRAPH | --db PATH]",
	"Writes a saved graph.json (-g), or the graph of a store (--db), in the format of a graph engine,\n"
	"with every node, edge, measure and evidence: Neo4j's bulk import CSV, Spark GraphFrames CSV, RDF\n"
	"N-Triples, or GEXF whose dated edges Gephi's timeline plays over time. Events go along: Neo4j Event\n"
	"nodes with ATTENDED relationships, schema:Event in RDF. Names are escaped for each format, so any\n"
	"name read from the news stays one field.",
	export_opts_table,
	"  kg export --format neo4j -o export\n"
	"  kg export --format graphframes --db out/kg.db -o frames\n"
	"  kg export --format ntriples -o - | gzip > graph.nt.gz\n",
	export_help,
};
