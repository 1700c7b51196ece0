/* cmd_export.c: kg export (a saved graph or a store -> files for Neo4j, Spark GraphFrames, RDF or Gephi). */
#include "driver.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Options of kg export. */
typedef struct export_opts {
	const char *format; /* neo4j, graphframes or ntriples */
	const char *output; /* the directory ("-": standard output, one-file formats only) */
	const char *graph;  /* a graph.json to read */
	const char *db;     /* or a store to build the graph from, NULL when not given */
	int quiet;          /* no summary */
	const char *since;  /* only what is dated in or after this ISO date */
	const char *until;  /* only what is dated in or before this ISO date */
} export_opts;

/* One export format: the files it writes and its writer. */
typedef struct export_format {
	const char *name;     /* --format NAME */
	const char *files[2]; /* file names in the output directory; files[1] NULL for one file */
	int (*write)(const kg_graph *g, FILE *fp[2], kg_error *err);
	const char *help;     /* one line for --help */
} export_format;

static int write_neo4j(const kg_graph *g, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_neo4j(g, fp[0], fp[1], err);
}

static int write_graphframes(const kg_graph *g, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_graphframes(g, fp[0], fp[1], err);
}

static int write_ntriples(const kg_graph *g, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_ntriples(g, fp[0], err);
}

static int write_gexf(const kg_graph *g, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_gexf(g, fp[0], err);
}

static const export_format formats[] = {
	{ "neo4j", { "nodes.csv", "relationships.csv" }, write_neo4j,
	  "CSV for neo4j-admin database import (node and relationship headers with types)" },
	{ "graphframes", { "vertices.csv", "edges.csv" }, write_graphframes,
	  "CSV for Spark GraphFrames (vertices: id,...; edges: src,dst,relationship,...)" },
	{ "ntriples", { "graph.nt", NULL }, write_ntriples, "RDF N-Triples (urn:kg: IRIs, reified edges with evidence)" },
	{ "gexf", { "graph.gexf", NULL }, write_gexf,
	  "GEXF 1.3 for Gephi: a dynamic graph whose edges live in the spells of their dates (Timeline plays it)" },
};
#define N_FORMATS (sizeof(formats) / sizeof(formats[0]))

/* Writes the files of f into dir through temporary files renamed into place; prints the error and
 * returns < 0 on failure, leaving no partial file. */
static int write_files(const kg_graph *g, const export_format *f, const char *dir)
{
	char *path[2] = { NULL, NULL }, *tmp[2] = { NULL, NULL };
	FILE *fp[2] = { NULL, NULL };
	kg_error err = { 0 };
	int n = f->files[1] ? 2 : 1, rc = KG_OK;

	if (strcmp(dir, "-") == 0) {
		fp[0] = stdout;
		if ((rc = f->write(g, fp, &err)) < 0 || (rc = fflush(stdout) != 0 ? KG_EIO : KG_OK) < 0) {
			if (!err.text[0])
				kg_error_set(&err, "-", 0, 0, "cannot write: %s", strerror(errno));
			kg_error_print(&err, stderr, 0);
		}
		return rc;
	}
	for (int i = 0; i < n && rc == KG_OK; i++) {
		size_t len = strlen(dir) + strlen(f->files[i]) + 8;

		if (!(path[i] = malloc(len)) || !(tmp[i] = malloc(len + 4))) {
			kg_cli_error("out of memory");
			rc = KG_ENOMEM;
			break;
		}
		snprintf(path[i], len, "%s/%s", dir, f->files[i]);
		snprintf(tmp[i], len + 4, "%s.tmp", path[i]);
		if (!(fp[i] = fopen(tmp[i], "wb"))) {
			kg_cli_error("%s: cannot write: %s", tmp[i], strerror(errno));
			rc = KG_EIO;
		}
	}
	if (rc == KG_OK && (rc = f->write(g, fp, &err)) < 0)
		kg_error_print(&err, stderr, 0);
	for (int i = 0; i < n; i++) {
		if (fp[i] && fclose(fp[i]) != 0 && rc == KG_OK) {
			kg_cli_error("%s: cannot write: %s", tmp[i], strerror(errno));
			rc = KG_EIO;
		}
	}
	for (int i = 0; i < n && rc == KG_OK; i++) {
		if (rename(tmp[i], path[i]) < 0) {
			kg_cli_error("%s: cannot rename into place: %s", path[i], strerror(errno));
			rc = KG_EIO;
		}
	}
	for (int i = 0; i < n; i++) {
		if (rc < 0 && tmp[i])
			remove(tmp[i]);
		free(path[i]);
		free(tmp[i]);
	}
	return rc;
}

static const kg_cli_opt export_opts_table[] = {
	{ "format", 'f', KG_CLI_STRING, offsetof(export_opts, format), "NAME", "neo4j|graphframes|ntriples|gexf",
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
	for (size_t i = 0; i < N_FORMATS; i++)
		fprintf(fp, "  %-12s %s%s%s\n  %-12s %s\n", formats[i].name, formats[i].files[0],
			formats[i].files[1] ? ", " : "", formats[i].files[1] ? formats[i].files[1] : "", "",
			formats[i].help);
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
	const export_format *f = NULL;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_options(cmd, argc, argv, &o, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	for (size_t i = 0; o.format && i < N_FORMATS; i++)
		if (strcmp(o.format, formats[i].name) == 0)
			f = &formats[i];
	if (!f) {
		status = kg_cli_usage_error(cmd, "say which format: --format neo4j|graphframes|ntriples|gexf");
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
	if (write_files(g, f, o.output) < 0)
		goto done;
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
	"export", run_export, "write the graph for Neo4j, Spark GraphFrames, RDF (N-Triples) or Gephi (GEXF)",
	"--format neo4j|graphframes|ntriples|gexf [-o DIR] [-g GRAPH | --db PATH]",
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
