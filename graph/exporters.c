/* exporters.c: the one table of graph writers (kg build's output files and kg export's formats) and
 * the writing of a row's files into a directory through temporary files renamed into place. */
#include "graph.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static int write_json(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_json_opts(g, opts, fp[0], err);
}

static int write_dot(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_dot(g, opts, fp[0], err);
}

static int write_svg(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	return kg_graph_write_svg(g, opts, fp[0], err);
}

static int write_graphml(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	(void)opts;
	return kg_graph_write_graphml(g, fp[0], err);
}

static int write_neo4j(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	(void)opts;
	return kg_graph_write_neo4j(g, fp[0], fp[1], err);
}

static int write_graphframes(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	(void)opts;
	return kg_graph_write_graphframes(g, fp[0], fp[1], err);
}

static int write_ntriples(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	(void)opts;
	return kg_graph_write_ntriples(g, fp[0], err);
}

static int write_gexf(const kg_graph *g, const kg_export_opts *opts, FILE *fp[2], kg_error *err)
{
	(void)opts;
	return kg_graph_write_gexf(g, fp[0], err);
}

const kg_exporter kg_exporters[] = {
	{ "json", { "graph.json", NULL }, write_json, KG_EXPORTER_BUILD | KG_EXPORTER_EXPORT,
	  "the graph with its measures, evidence, events and documents (kg's own format, read back by -g)" },
	{ "dot", { "graph.dot", NULL }, write_dot, KG_EXPORTER_BUILD | KG_EXPORTER_EXPORT | KG_EXPORTER_GRAPHVIZ,
	  "Graphviz DOT of the whole graph, not laid out" },
	{ "svg", { "graph.svg", NULL }, write_svg, KG_EXPORTER_BUILD | KG_EXPORTER_DRAWING | KG_EXPORTER_GRAPHVIZ,
	  "the drawing, laid out by Graphviz (kg render draws with more choices)" },
	{ "graphml", { "graph.graphml", NULL }, write_graphml, KG_EXPORTER_BUILD | KG_EXPORTER_EXPORT,
	  "GraphML for yEd, Cytoscape, NetworkX and igraph" },
	{ "neo4j", { "nodes.csv", "relationships.csv" }, write_neo4j, KG_EXPORTER_EXPORT,
	  "CSV for neo4j-admin database import (node and relationship headers with types)" },
	{ "graphframes", { "vertices.csv", "edges.csv" }, write_graphframes, KG_EXPORTER_EXPORT,
	  "CSV for Spark GraphFrames (vertices: id,...; edges: src,dst,relationship,...)" },
	{ "ntriples", { "graph.nt", NULL }, write_ntriples, KG_EXPORTER_EXPORT,
	  "RDF N-Triples (urn:kg: IRIs, reified edges with evidence)" },
	{ "gexf", { "graph.gexf", NULL }, write_gexf, KG_EXPORTER_EXPORT,
	  "GEXF 1.3 for Gephi: a dynamic graph whose edges live in the spells of their dates (Timeline plays it)" },
	{ NULL, { NULL, NULL }, NULL, 0, NULL },
};

const kg_exporter *kg_exporter_find(const char *name, unsigned flags)
{
	for (const kg_exporter *x = kg_exporters; name && x->name; x++)
		if ((x->flags & flags) == flags && strcmp(x->name, name) == 0)
			return x;
	return NULL;
}

size_t kg_exporter_names(char *buf, size_t size, unsigned flags)
{
	size_t n = 0;

	if (size)
		buf[0] = '\0';
	for (const kg_exporter *x = kg_exporters; x->name; x++) {
		if ((x->flags & flags) != flags)
			continue;
		n += (size_t)snprintf(buf + (n < size ? n : size), n < size ? size - n : 0, "%s%s", n ? "|" : "",
				      x->name);
	}
	return n;
}

int kg_exporter_write(const kg_exporter *x, const kg_graph *g, const kg_export_opts *opts, const char *dir,
		      kg_error *err)
{
	char *path[2] = { NULL, NULL }, *tmp[2] = { NULL, NULL };
	FILE *fp[2] = { NULL, NULL };
	int n = x->files[1] ? 2 : 1, rc = KG_OK;

	if (strcmp(dir, "-") == 0) {
		if (n > 1) {
			kg_error_set(err, "-", 0, 0, "%s writes two files: give a directory", x->name);
			return KG_EINVAL;
		}
		fp[0] = stdout;
		if ((rc = x->write(g, opts, fp, err)) == KG_OK && fflush(stdout) != 0) {
			rc = KG_EIO;
			kg_error_set(err, "-", 0, 0, "cannot write: %s", strerror(errno));
		}
		return rc;
	}
	for (int i = 0; i < n && rc == KG_OK; i++) {
		size_t len = strlen(dir) + strlen(x->files[i]) + 8;

		if (!(path[i] = malloc(len)) || !(tmp[i] = malloc(len + 4))) {
			kg_error_set(err, dir, 0, 0, "out of memory");
			rc = KG_ENOMEM;
			break;
		}
		snprintf(path[i], len, "%s/%s", dir, x->files[i]);
		snprintf(tmp[i], len + 4, "%s.tmp", path[i]);
		if (!(fp[i] = fopen(tmp[i], "wb"))) {
			kg_error_set(err, tmp[i], 0, 0, "cannot write: %s", strerror(errno));
			rc = KG_EIO;
		}
	}
	if (rc == KG_OK)
		rc = x->write(g, opts, fp, err);
	for (int i = 0; i < n; i++) {
		if (!fp[i])
			continue;
		if (rc == KG_OK && ferror(fp[i])) {
			rc = KG_EIO;
			kg_error_set(err, tmp[i], 0, 0, "cannot write: %s", strerror(errno));
		}
		if (fclose(fp[i]) != 0 && rc == KG_OK) {
			rc = KG_EIO;
			kg_error_set(err, tmp[i], 0, 0, "cannot write: %s", strerror(errno));
		}
	}
	for (int i = 0; i < n && rc == KG_OK; i++) {
		if (rename(tmp[i], path[i]) < 0) {
			rc = KG_EIO;
			kg_error_set(err, path[i], 0, 0, "cannot rename %s into place: %s", tmp[i], strerror(errno));
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

/* What kg_exporters_write writes, shared by its two threads, and what each row gave. */
typedef struct write_set {
	unsigned flags;                                 /* rows that have all of these */
	const kg_graph *g;                              /* read only */
	const kg_export_opts *opts, *draw;              /* for the other rows, for the drawings */
	const char *dir;                                /* the output directory */
	int rc[sizeof(kg_exporters) / sizeof(kg_exporters[0])]; /* each row's result, by index */
	kg_error err[sizeof(kg_exporters) / sizeof(kg_exporters[0])]; /* each row's error */
} write_set;

/* Writes the rows of w->flags that are Graphviz rows (graphviz 1) or the others (0). */
static void write_rows(write_set *w, int graphviz)
{
	for (size_t i = 0; kg_exporters[i].name; i++) {
		const kg_exporter *x = &kg_exporters[i];

		if ((x->flags & w->flags) != w->flags || !(x->flags & KG_EXPORTER_GRAPHVIZ) != !graphviz)
			continue;
		w->rc[i] = kg_exporter_write(x, w->g, x->flags & KG_EXPORTER_DRAWING ? w->draw : w->opts, w->dir,
					     &w->err[i]);
	}
}

static void *write_graphviz_rows(void *arg)
{
	write_rows(arg, 1);
	return NULL;
}

int kg_exporters_write(unsigned flags, const kg_graph *g, const kg_export_opts *opts, const kg_export_opts *draw,
		       const char *dir, size_t jobs, kg_error *err)
{
	write_set *w = calloc(1, sizeof(*w));
	pthread_t thread;
	int threaded = 0;

	if (!w) {
		kg_error_set(err, dir, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	*w = (write_set){ .flags = flags, .g = g, .opts = opts, .draw = draw, .dir = dir };
	/* no thread (or none to be had): the rows in turn */
	if (jobs > 1)
		threaded = pthread_create(&thread, NULL, write_graphviz_rows, w) == 0;
	if (!threaded)
		write_rows(w, 1);
	write_rows(w, 0);
	if (threaded)
		pthread_join(thread, NULL);
	for (size_t i = 0; kg_exporters[i].name; i++)
		if (w->rc[i] < 0) {
			int rc = w->rc[i];

			if (err)
				*err = w->err[i];
			free(w);
			return rc;
		}
	free(w);
	return KG_OK;
}
