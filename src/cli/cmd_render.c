/* cmd_render.c: kg render (draw or convert a saved graph, whole or a selection) and kg report (one
 * self-contained HTML page with the drawing and the tables a reader needs). */
#include "cli.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../../graph/graph.h"

/* Where a command's output goes: standard output, or a temporary file renamed to the path when
 * complete, so a failure never leaves a partial file. */
typedef struct out_file {
	const char *path; /* the file asked for, "-" for standard output */
	char *tmp;        /* path.tmp while writing, NULL for standard output */
	FILE *fp;         /* where to write */
} out_file;

/* Opens out for path; prints the error and returns < 0 on failure. */
static int out_open(out_file *out, const char *path)
{
	size_t n = strlen(path) + 8;

	out->path = path;
	out->tmp = NULL;
	out->fp = stdout;
	if (strcmp(path, "-") == 0)
		return KG_OK;
	if (!(out->tmp = malloc(n))) {
		kg_cli_error("out of memory");
		return KG_ENOMEM;
	}
	snprintf(out->tmp, n, "%s.tmp", path);
	if (!(out->fp = fopen(out->tmp, "wb"))) {
		kg_cli_error("%s: cannot write: %s", out->tmp, strerror(errno));
		free(out->tmp);
		out->tmp = NULL;
		out->fp = NULL;
		return KG_EIO;
	}
	return KG_OK;
}

/* Closes out: renames the temporary file into place when ok, removes it otherwise. Returns the exit
 * status (status, or KG_EXIT_ERROR after printing why the output could not be written). */
static int out_close(out_file *out, int status)
{
	if (!out->fp)
		return status;
	if (!out->tmp) {
		if (fflush(stdout) != 0 && status != KG_EXIT_ERROR)
			status = kg_cli_error("cannot write to standard output: %s", strerror(errno));
		return status;
	}
	if ((ferror(out->fp) | fclose(out->fp)) != 0 && status != KG_EXIT_ERROR)
		status = kg_cli_error("%s: cannot write: %s", out->tmp, strerror(errno ? errno : EIO));
	if (status != KG_EXIT_ERROR && rename(out->tmp, out->path) < 0)
		status = kg_cli_error("%s: cannot rename %s into place: %s", out->path, out->tmp, strerror(errno));
	if (status == KG_EXIT_ERROR)
		remove(out->tmp);
	free(out->tmp);
	out->tmp = NULL;
	out->fp = NULL;
	return status;
}

/* Prints a drawing or selection error; an entity that does not resolve gets a hint. */
static int draw_error(const kg_error *err, int rc, const char *ego)
{
	kg_error_print(err, stderr, 0);
	if (rc == KG_ENOTFOUND && ego)
		fputs("kg: names are matched ignoring case and accents; 'kg query neighbours NAME' lists the "
		      "entities linked to one\n", stderr);
	return KG_EXIT_ERROR;
}

/* ---- kg render ---- */

/* Options of kg render. */
typedef struct render_opts {
	const char *graph;    /* graph.json to read */
	const char *format;   /* svg, png, pdf, dot, json, graphml; NULL: from the output's extension */
	const char *output;   /* file, "-" for stdout */
	size_t top;           /* keep the top N nodes by PageRank */
	const char *ego;      /* only the entities around this one */
	size_t depth;         /* how far around it */
	const char *relation; /* only these relations */
	const char *layout;   /* Graphviz layout */
	int responsive;       /* SVG without fixed width and height */
	int no_planned;       /* leave planned-only edges out */
	int no_unlinked;      /* leave out entities with no relation drawn */
	int quiet;            /* no notes */
	const char *since;    /* only what is dated in or after this ISO date */
	const char *until;    /* only what is dated in or before this ISO date */
} render_opts;

static const kg_cli_opt render_opts_table[] = {
	KG_CLI_GRAPH_OPTION(render_opts, "read"),
	{ "output", 'o', KG_CLI_STRING, offsetof(render_opts, output), "FILE", NULL,
	  "write to FILE (default -: standard output); its extension sets the format when --format is not given" },
	{ "format", 'f', KG_CLI_STRING, offsetof(render_opts, format), "FMT", "svg|png|pdf|dot|json|graphml",
	  "what to write (default svg)" },
	{ "top", 't', KG_CLI_COUNT, offsetof(render_opts, top), "N", NULL,
	  "only the N entities with the highest PageRank" },
	KG_CLI_SELECTION_OPTIONS(render_opts),
	{ "responsive", 0, KG_CLI_FLAG, offsetof(render_opts, responsive), NULL, NULL,
	  "svg: scale to the page (viewBox only, no fixed width and height)" },
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(render_opts, quiet), NULL, NULL,
	  "say nothing when a big drawing is simplified" },
	KG_CLI_PERIOD_OPTIONS(render_opts),
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* Formats by file extension. */
static const struct { const char *ext; const char *format; } extensions[] = {
	{ ".svg", "svg" }, { ".png", "png" }, { ".pdf", "pdf" }, { ".dot", "dot" }, { ".gv", "dot" },
	{ ".json", "json" }, { ".graphml", "graphml" },
};

/* The format of path by its extension, NULL when none matches. */
static const char *format_of(const char *path)
{
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof(extensions) / sizeof(extensions[0]); i++) {
		size_t k = strlen(extensions[i].ext);
		if (n > k && strcasecmp(path + n - k, extensions[i].ext) == 0)
			return extensions[i].format;
	}
	return NULL;
}

/* Writes g or its selection in a data format (json, graphml). */
static int write_data(const kg_graph *g, const kg_draw_opts *d, int filtered, const char *format, FILE *fp,
		      kg_error *err)
{
	kg_graph *sub = NULL;
	int rc;

	if (filtered && (rc = kg_graph_select(&sub, g, d, err)) < 0)
		return rc;
	if (strcmp(format, "graphml") == 0)
		rc = kg_graph_write_graphml(sub ? sub : g, fp, err);
	else
		rc = kg_graph_write_json(sub ? sub : g, fp, err);
	kg_graph_free(sub);
	return rc;
}

static int run_render(const kg_cli_cmd *cmd, int argc, char **argv)
{
	render_opts o = { .graph = "out/graph.json", .output = "-" };
	kg_graph *g = NULL;
	kg_error err = { 0 };
	kg_draw_opts d = { 0 };
	out_file out = { 0 };
	const char *format;
	int status = KG_EXIT_ERROR, rc, filtered;

	if ((rc = kg_cli_parse_options(cmd, argc, argv, &o, "the graph is read with -g FILE")) >= 0) {
		status = rc;
		goto done;
	}
	if (!o.format && strcmp(o.output, "-") != 0 && !format_of(o.output)) {
		status = kg_cli_usage_error(cmd, "%s: kg cannot write this kind of file; name it .svg, .png, .pdf, "
					    ".dot, .gv, .json or .graphml, or give --format", o.output);
		goto done;
	}
	format = o.format ? o.format : strcmp(o.output, "-") != 0 ? format_of(o.output) : "svg";
	if (o.depth && !o.ego) {
		status = kg_cli_usage_error(cmd, "--depth needs --ego NAME");
		goto done;
	}
	if ((strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0) && strcmp(o.output, "-") == 0 &&
	    isatty(STDOUT_FILENO)) {
		status = kg_cli_usage_error(cmd, "%s is binary: write it to a file with -o FILE", format);
		goto done;
	}
	if (kg_cli_period_check(cmd, o.since, o.until) != KG_EXIT_OK || !(g = kg_cli_load_graph(o.graph)) ||
	    kg_cli_check_relations(cmd, g, o.relation) < 0 || kg_cli_period(&g, o.since, o.until) < 0)
		goto done;
	d.base.exclude_planned = o.no_planned;
	d.base.relation = o.relation;
	d.base.top = o.top;
	d.base.layout = o.layout;
	d.base.responsive = o.responsive;
	d.ego = o.ego;
	d.depth = o.depth;
	d.hide_unlinked = o.no_unlinked;
	d.notes = o.quiet ? NULL : stderr;
	filtered = o.no_planned || o.relation || o.top || o.ego || o.no_unlinked;
	if (out_open(&out, o.output) < 0)
		goto done;
	if (strcmp(format, "json") == 0 || strcmp(format, "graphml") == 0)
		rc = write_data(g, &d, filtered, format, out.fp, &err);
	else
		rc = kg_graph_draw(g, &d, format, out.fp, &err);
	status = rc < 0 ? draw_error(&err, rc, o.ego) : KG_EXIT_OK;
done:
	status = out_close(&out, status);
	kg_graph_free(g);
	return status;
}

const kg_cli_cmd kg_cmd_render = {
	"render", run_render, "draw a saved graph (SVG, PNG, PDF) or convert it (DOT, JSON, GraphML), with filters",
	"[OPTIONS]",
	"Reads a graph.json written by kg build and draws it, or writes it in another format. A drawing\n"
	"can keep only the most central entities (--top), one entity and its neighbourhood (--ego,\n"
	"--depth), some relations (--relation), and leave planned facts out (--no-planned); the same\n"
	"filters cut JSON and GraphML. Entities with no relation drawn are listed in a grid under the\n"
	"graph. Big drawings never take minutes: above 1,500 entities dot gives way to sfdp, and above\n"
	"10,000 only the entities with the highest PageRank are drawn; a note on standard error says so.",
	render_opts_table,
	"  kg render -o graph.svg                            # the whole graph of out/graph.json\n"
	"  kg render --ego Blinken --relation meet -o blinken-meetings.png\n"
	"  kg render --ego 'Volodymyr Zelensky' --depth 2 --responsive -o zelensky.svg\n"
	"  kg render --top 30 --no-planned -o top30.pdf\n"
	"  kg render --relation meet,speak_with --format dot | dot -Tpng > meetings.png\n"
	"  kg render --ego Blinken --format json | jq '.nodes[].label'\n",
	NULL,
};

/* ---- kg report ---- */

/* Options of kg report. */
typedef struct report_opts {
	const char *graph;    /* graph.json to read */
	const char *output;   /* the HTML file, "-" for stdout */
	const char *title;    /* heading of the page */
	size_t rows;          /* rows of the central entities table */
	size_t top;           /* drawing: top N nodes by PageRank */
	const char *ego;      /* drawing: only the entities around this one */
	size_t depth;         /* how far around it */
	const char *relation; /* drawing: only these relations */
	const char *layout;   /* drawing: Graphviz layout */
	int no_planned;       /* drawing: leave planned-only edges out */
	int no_unlinked;      /* drawing: leave out entities with no relation drawn */
	int quiet;            /* no messages */
	const char *since;    /* only what is dated in or after this ISO date */
	const char *until;    /* only what is dated in or before this ISO date */
} report_opts;

static const kg_cli_opt report_opts_table[] = {
	KG_CLI_GRAPH_OPTION(report_opts, "read"),
	{ "output", 'o', KG_CLI_STRING, offsetof(report_opts, output), "FILE", NULL,
	  "write the page to FILE (default: report.html next to the graph; - for standard output)" },
	{ "title", 0, KG_CLI_STRING, offsetof(report_opts, title), "TEXT", NULL,
	  "heading of the page (default \"Knowledge graph report\")" },
	{ "rows", 0, KG_CLI_COUNT, offsetof(report_opts, rows), "N", NULL,
	  "rows of the table of central entities (default 25)" },
	{ "top", 't', KG_CLI_COUNT, offsetof(report_opts, top), "N", NULL,
	  "draw only the N entities with the highest PageRank (default: all, at most 300)" },
	KG_CLI_SELECTION_OPTIONS(report_opts),
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(report_opts, quiet), NULL, NULL, "print nothing but errors" },
	KG_CLI_PERIOD_OPTIONS(report_opts),
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* report.html in the folder of the graph file (caller frees); NULL when out of memory. */
static char *default_report_path(const char *graph)
{
	const char *slash = strrchr(graph, '/');
	size_t dir = slash ? (size_t)(slash - graph) + 1 : 0;
	char *path = malloc(dir + sizeof("report.html"));

	if (path) {
		memcpy(path, graph, dir);
		memcpy(path + dir, "report.html", sizeof("report.html"));
	}
	return path;
}

static int run_report(const kg_cli_cmd *cmd, int argc, char **argv)
{
	report_opts o = { .graph = "out/graph.json" };
	kg_graph *g = NULL;
	kg_error err = { 0 };
	kg_report_opts ro = { 0 };
	out_file out = { 0 };
	char *path = NULL;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_options(cmd, argc, argv, &o, "the graph is read with -g FILE")) >= 0) {
		status = rc;
		goto done;
	}
	if (o.depth && !o.ego) {
		status = kg_cli_usage_error(cmd, "--depth needs --ego NAME");
		goto done;
	}
	if (!o.output && !(path = default_report_path(o.graph))) {
		kg_cli_error("out of memory");
		goto done;
	}
	if (kg_cli_period_check(cmd, o.since, o.until) != KG_EXIT_OK || !(g = kg_cli_load_graph(o.graph)) ||
	    kg_cli_check_relations(cmd, g, o.relation) < 0 || kg_cli_period(&g, o.since, o.until) < 0)
		goto done;
	ro.title = o.title;
	ro.source = o.graph;
	ro.top = o.rows;
	ro.draw.base.exclude_planned = o.no_planned;
	ro.draw.base.relation = o.relation;
	ro.draw.base.top = o.top;
	ro.draw.base.layout = o.layout;
	ro.draw.ego = o.ego;
	ro.draw.depth = o.depth;
	ro.draw.hide_unlinked = o.no_unlinked;
	ro.draw.notes = o.quiet ? NULL : stderr;
	if (out_open(&out, o.output ? o.output : path) < 0)
		goto done;
	if ((rc = kg_graph_write_report(g, &ro, out.fp, &err)) < 0) {
		status = draw_error(&err, rc, o.ego);
		goto done;
	}
	status = KG_EXIT_OK;
done:
	status = out_close(&out, status);
	if (status == KG_EXIT_OK && !o.quiet && out.path && strcmp(out.path, "-") != 0)
		fprintf(stderr, "kg: wrote %s (open it in a browser)\n", out.path);
	kg_graph_free(g);
	free(path);
	return status;
}

const kg_cli_cmd kg_cmd_report = {
	"report", run_report, "write a self-contained HTML report: the graph, central entities, meetings, evidence",
	"[OPTIONS]",
	"Reads a graph.json written by kg build and writes one HTML page that opens offline and can be\n"
	"mailed as it is: the drawing of the graph (hover for details, click an entity to highlight its\n"
	"relations), the most central entities with their measures, the communities, who met or spoke\n"
	"with whom and who holds which office, each with its evidence sentences and document, and the\n"
	"documents cited. The drawing options choose what the drawing shows; the tables cover the whole\n"
	"graph.",
	report_opts_table,
	"  kg build examples -o out && kg report          # writes out/report.html\n"
	"  kg report -g out/graph.json -o report.html --title 'Ukraine talks, week 12'\n"
	"  kg report --relation meet,speak_with --no-unlinked -o meetings.html\n",
	NULL,
};
