/* cmd_misc.c: kg ner (CoNLL tagging with kg's recogniser) and kg render (draw or convert a saved
 * graph). */
#include "cli.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "../../graph/graph.h"
#include "../lex/lex.h"
#include "../ner/ner.h"

/* ---- kg ner ---- */

/* Options of kg ner. */
typedef struct ner_opts {
	int conll;          /* CoNLL columns in and out (the only format so far) */
	const char *output; /* where the tagged lines go ("-": stdout) */
} ner_opts;

static const kg_cli_opt ner_opts_table[] = {
	{ "conll", 0, KG_CLI_FLAG, offsetof(ner_opts, conll), NULL, NULL,
	  "read CoNLL columns (token first; blank line between sentences), append the IOB2 tag" },
	{ "output", 'o', KG_CLI_STRING, offsetof(ner_opts, output), "FILE", NULL,
	  "write to FILE (default -: standard output)" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static int run_ner(const kg_cli_cmd *cmd, int argc, char **argv)
{
	ner_opts o = { .output = "-" };
	kg_strv ops = { 0 };
	kg_error err = { 0 };
	const kg_lex *lex;
	const char *source;
	FILE *in = NULL, *out = stdout;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse(cmd, argc, argv, &o, &ops)) != 0) {
		status = rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
		goto done;
	}
	if (!o.conll) {
		status = kg_cli_usage_error(cmd, "say which format: --conll (the only one so far)");
		goto done;
	}
	if (ops.n > 1) {
		status = kg_cli_usage_error(cmd, "one input at most, got %zu", ops.n);
		goto done;
	}
	source = ops.n ? ops.v[0] : "-";
	in = strcmp(source, "-") == 0 ? stdin : fopen(source, "r");
	if (!in) {
		kg_cli_error("%s: cannot open: %s", source, strerror(errno));
		goto done;
	}
	if (strcmp(o.output, "-") != 0 && !(out = fopen(o.output, "w"))) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		out = stdout;
		goto done;
	}
	if (!(lex = kg_lex_default())) {
		kg_cli_error("cannot load the lexicons");
		goto done;
	}
	if (kg_ner_conll(in, out, source, lex, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	status = KG_EXIT_OK;
done:
	if (out != stdout && fclose(out) != 0 && status == KG_EXIT_OK)
		status = kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
	if (out == stdout && fflush(stdout) != 0 && status == KG_EXIT_OK)
		status = kg_cli_error("cannot write to standard output: %s", strerror(errno));
	if (in && in != stdin)
		fclose(in);
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_ner = {
	"ner", run_ner, "tag named entities in CoNLL files (for evaluating the recogniser)",
	"--conll [OPTIONS] [FILE|-]",
	"Reads CoNLL column lines from FILE or standard input (the token in the first column, a blank\n"
	"line between sentences, -DOCSTART- lines kept) and writes each line with kg's predicted IOB2 tag\n"
	"(B-PER, I-PER, B-ORG, B-LOC, ... or O) appended as a last column, ready for conlleval.",
	ner_opts_table,
	"  kg ner --conll eng.testb > tagged.conll\n"
	"  printf 'Antony\\nBlinken\\nmet\\nSybiha\\n' | kg ner --conll\n",
	NULL,
};

/* ---- kg render ---- */

/* Options of kg render. */
typedef struct render_opts {
	const char *graph;    /* graph.json to read */
	const char *format;   /* svg, dot, json, graphml */
	const char *output;   /* file, "-" for stdout */
	size_t top;           /* keep the top N nodes by PageRank */
	const char *relation; /* only these relations */
	const char *layout;   /* Graphviz layout */
	int responsive;       /* SVG without fixed width and height */
	int no_planned;       /* leave planned-only edges out */
} render_opts;

static const kg_cli_opt render_opts_table[] = {
	{ "graph", 'g', KG_CLI_STRING, offsetof(render_opts, graph), "FILE", NULL,
	  "the graph.json to read (default out/graph.json)" },
	{ "format", 'f', KG_CLI_STRING, offsetof(render_opts, format), "FMT", "svg|dot|json|graphml",
	  "what to write (default svg)" },
	{ "output", 'o', KG_CLI_STRING, offsetof(render_opts, output), "FILE", NULL,
	  "write to FILE (default -: standard output)" },
	{ "top", 0, KG_CLI_COUNT, offsetof(render_opts, top), "N", NULL,
	  "svg, dot: only the N entities with the highest PageRank" },
	{ "relation", 'r', KG_CLI_STRING, offsetof(render_opts, relation), "R[,R...]", NULL,
	  "svg, dot: only edges of these relations" },
	{ "layout", 0, KG_CLI_STRING, offsetof(render_opts, layout), "NAME", "dot|sfdp|neato",
	  "svg: Graphviz layout (default dot, sfdp above 300 nodes)" },
	{ "responsive", 0, KG_CLI_FLAG, offsetof(render_opts, responsive), NULL, NULL,
	  "svg: scale to the page (viewBox only, no fixed width and height)" },
	{ "no-planned", 0, KG_CLI_FLAG, offsetof(render_opts, no_planned), NULL, NULL,
	  "svg, dot: leave out edges known only as planned" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static int run_render(const kg_cli_cmd *cmd, int argc, char **argv)
{
	render_opts o = { .graph = "out/graph.json", .format = "svg", .output = "-" };
	kg_strv ops = { 0 };
	kg_graph *g = NULL;
	kg_error err = { 0 };
	FILE *out = stdout;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse(cmd, argc, argv, &o, &ops)) != 0) {
		status = rc == 1 ? KG_EXIT_OK : KG_EXIT_ERROR;
		goto done;
	}
	if (ops.n) {
		status = kg_cli_usage_error(cmd, "unexpected argument '%s' (the graph is read with -g FILE)", ops.v[0]);
		goto done;
	}
	if (kg_graph_load_json(&g, o.graph, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (strcmp(o.output, "-") != 0 && !(out = fopen(o.output, "w"))) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		out = stdout;
		goto done;
	}
	{
		kg_export_opts eo = { o.no_planned, o.relation, o.top, o.layout, o.responsive };

		if (strcmp(o.format, "svg") == 0)
			rc = kg_graph_write_svg(g, &eo, out, &err);
		else if (strcmp(o.format, "dot") == 0)
			rc = kg_graph_write_dot(g, &eo, out, &err);
		else if (strcmp(o.format, "graphml") == 0)
			rc = kg_graph_write_graphml(g, out, &err);
		else
			rc = kg_graph_write_json(g, out, &err);
	}
	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	status = KG_EXIT_OK;
done:
	if (out != stdout && fclose(out) != 0 && status == KG_EXIT_OK)
		status = kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
	if (out == stdout && fflush(stdout) != 0 && status == KG_EXIT_OK)
		status = kg_cli_error("cannot write to standard output: %s", strerror(errno));
	kg_graph_free(g);
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_render = {
	"render", run_render, "draw or convert a saved graph (SVG, DOT, JSON, GraphML), with filters",
	"[OPTIONS]",
	"Reads a graph.json written by kg build and writes it again in another format; drawings can keep\n"
	"only the most central entities (--top), some relations (--relation), and leave planned facts out.",
	render_opts_table,
	"  kg render -g out/graph.json --top 30 -o top30.svg\n"
	"  kg render --relation meet,speak_with --format dot | dot -Tpng > meetings.png\n"
	"  kg render --format graphml -o graph.graphml\n",
	NULL,
};
