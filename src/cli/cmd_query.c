/* cmd_query.c: kg query (who met X, who is linked to X, the path from X to Y) and kg explain (what is
 * known about one entity and why its aliases were merged). */
#include "cli.h"
#include "driver.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* Options of kg query and kg explain. */
typedef struct query_opts {
	const char *graph;    /* graph.json to read */
	const char *db;       /* kg query: the store to answer from instead, NULL when not given */
	const char *format;   /* "table" or "jsonl" */
	const char *relation; /* relations asked for, comma-separated, or "any"; NULL: the query's default */
	int planned;          /* planned facts count too */
	const char *since;    /* only what is dated in or after this ISO date */
	const char *until;    /* only what is dated in or before this ISO date */
	const char *with;     /* events: only those NAME took part in */
	const char *in;       /* events: only those held in PLACE */
} query_opts;

/* ---- names that do not resolve ---- */

/* Edit distance of a and b, capped at cap + 1. */
static size_t edit_distance(const char *a, const char *b, size_t cap)
{
	size_t n = strlen(a), m = strlen(b);
	size_t row[65];

	if (m > 64 || n > 64)
		return cap + 1;
	if ((n > m ? n - m : m - n) > cap)
		return cap + 1;
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);

			if (row[j] + 1 < best)
				best = row[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[m];
}

/* How close name (slug) is to a form of a node: 0 contains, 1..2 edit distance, 3 none. */
static size_t closeness_of(const char *slug, const char *form)
{
	char *f = kg_slug_new(form);
	size_t best = 3;

	if (!f)
		return best;
	if (strstr(f, slug) || strstr(slug, f)) {
		best = 0;
	} else {
		char *save = NULL;

		best = edit_distance(slug, f, 2);
		for (char *word = strtok_r(f, "-", &save); word && best > 1; word = strtok_r(NULL, "-", &save)) {
			size_t d = edit_distance(slug, word, 2);

			if (d < best)
				best = d;
		}
	}
	free(f);
	return best > 3 ? 3 : best;
}

/* Prints "kg: error: no entity named 'NAME'" and up to five close names. */
static void no_entity(const kg_graph *g, const char *name)
{
	char *slug = kg_slug_new(name);
	size_t shown = 0;

	kg_cli_error("no entity named '%s'", name);
	if (!slug || strlen(slug) < 3) {
		free(slug);
		return;
	}
	for (size_t level = 0; level < 3 && shown < 5; level++) {
		for (size_t i = 0; i < kg_graph_node_count(g) && shown < 5; i++) {
			kg_node_info info;
			size_t best;

			if (kg_graph_node(g, i, &info) < 0)
				continue;
			best = closeness_of(slug, info.label);
			for (size_t a = 0; info.aliases && a < info.aliases->n && best > level; a++) {
				size_t d = closeness_of(slug, info.aliases->v[a]);

				if (d < best)
					best = d;
			}
			if (best == level) {
				fputs(shown++ ? ", " : "kg: did you mean: ", stderr);
				kg_cli_put_inert(stderr, info.label);
			}
		}
	}
	if (shown)
		fputs("?\n", stderr);
	free(slug);
}

/* Finds name in g; when it does not resolve, prints why (ambiguous, or no such entity with close
 * names) and returns KG_ENOTFOUND. */
static int find_entity(const kg_graph *g, const char *name, size_t *index)
{
	kg_error err = { 0 };
	int rc = kg_graph_resolve(g, name, index, &err);

	if (rc == KG_OK)
		return KG_OK;
	if (strstr(err.text, "ambiguous"))
		kg_error_print(&err, stderr, 0);
	else
		no_entity(g, name);
	return KG_ENOTFOUND;
}

/* Applies the period of o to *g once the names asked about (NULL: none) are known to be in it: KG_OK
 * with *empty 1 (after a note) when one of them has no fact dated in the period, < 0 on errors. */
static int query_period(kg_graph **g, const query_opts *o, const char *x, const char *y, int *empty)
{
	size_t index;
	const char *names[2] = { x, y };

	*empty = 0;
	for (int i = 0; i < 2; i++)
		if (names[i] && find_entity(*g, names[i], &index) < 0)
			return KG_ENOTFOUND;
	if (kg_cli_period(g, o->since, o->until) < 0)
		return KG_ERROR;
	for (int i = 0; i < 2 && !*empty; i++) {
		if (names[i] && kg_graph_resolve(*g, names[i], &index, NULL) < 0) {
			fputs("kg: note: nothing about '", stderr);
			kg_cli_put_inert(stderr, names[i]);
			fputs("' is dated in the period\n", stderr);
			*empty = 1;
		}
	}
	return KG_OK;
}

/* ---- kg query ---- */

static const kg_cli_opt query_opts_table[] = {
	KG_CLI_GRAPH_OPTION(query_opts, "ask"),
	{ "db", 0, KG_CLI_STRING, offsetof(query_opts, db), "PATH", NULL,
	  "answer from this store instead of graph.json, with every event and evidence item (slower)" },
	{ "format", 'f', KG_CLI_STRING, offsetof(query_opts, format), "FMT", "table|jsonl",
	  "answer as an aligned table (default) or as JSON Lines" },
	{ "relation", 'r', KG_CLI_STRING, offsetof(query_opts, relation), "R[,R...]", NULL,
	  "only these relations (or any), instead of the query's default" },
	{ "planned", 0, KG_CLI_FLAG, offsetof(query_opts, planned), NULL, NULL,
	  "count planned facts too (\"will meet\"), left out by default" },
	{ "with", 0, KG_CLI_STRING, offsetof(query_opts, with), "NAME", NULL,
	  "meetings, calls, events: only those NAME took part in" },
	{ "in", 0, KG_CLI_STRING, offsetof(query_opts, in), "PLACE", NULL,
	  "meetings, calls, events: only those held in PLACE" },
	KG_CLI_PERIOD_OPTIONS(query_opts),
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static void query_help(FILE *fp)
{
	fputs("\nQUERY is one of:\n", fp);
	kg_cli_query_words_help(fp);
	fputs("  RELATION NAME       who is linked to NAME by RELATION (leads, holds_position...)\n"
	      "  (x)-[:R|R2]-(NAME)  a pattern: who is linked to NAME by R or R2; [] or no brackets for any\n"
	      "  (NAME)-[*]-(NAME)   a pattern: the shortest path between two entities\n"
	      "NAME may be several words (kg query met Antony Blinken); case, punctuation and diacritics are\n"
	      "ignored, and a surname alone finds the one entity that has it. In a pattern, the unknown is\n"
	      "written (), (x), (?who) or any single lower-case letter; quote a name with \"...\" to be sure.\n"
	      "\nRelations:\n", fp);
	for (size_t i = 0; i < kg_n_relations; i++)
		fprintf(fp, "  %-15s %s\n", kg_relations[i].name, kg_relations[i].description);
	fputs("  meetings            meetings, visits and summits (events), sorted by date; --with NAME, --in PLACE\n"
	      "  calls               calls, the same way\n"
	      "  events              every event: meetings, calls, visits, summits\n"
	      "\nDates: --since and --until take YYYY-MM-DD, YYYY-MM or YYYY (a month or a year covers its\n"
	      "whole period); then only facts dated in the period count, and tables show a DATE column.\n", fp);
	fputs("\nExit status: 0 found, 1 nothing found, 2 a name matches no entity or another error.\n", fp);
}

/* The graph o asks: the graph of the store o->db, else the graph.json o->graph. NULL after printing why. */
static kg_graph *query_graph(const query_opts *o)
{
	kg_store *store = NULL;
	kg_graph *g = NULL;

	if (!o->db)
		return kg_cli_load_graph(o->graph);
	if (kg_cli_store_open(&store, o->db, KG_STORE_READ) == 0 && kg_cli_store_graph(&g, store) < 0)
		g = NULL;
	kg_store_free(store);
	return g;
}

/* The event queries: a word, and the relation its events derive (NULL: every event). */
static const struct { const char *word; const char *relations; } event_words[] = {
	{ "meetings", "meet" }, { "calls", "speak_with" }, { "events", NULL },
};

/* Runs an event query (meetings, calls, events) of o on g; returns an exit status. */
static int run_events(const kg_cli_cmd *cmd, const query_opts *o, const kg_strv *ops, const char *relations)
{
	kg_graph *g = NULL;
	kg_error err = { 0 };
	size_t n_found = 0;
	int status = KG_EXIT_ERROR, empty;

	if (ops->n > 1)
		return kg_cli_usage_error(cmd, "'%s' takes no name: say --with NAME or --in PLACE", ops->v[0]);
	if (!(g = query_graph(o)))
		goto done;
	/* graph.json written with an evidence limit lists the events of the evidence it writes, not all */
	if (!o->db && kg_graph_events_cut(g)) {
		fputs("kg: note: ", stderr);
		kg_cli_put_inert(stderr, o->graph);
		fputs(" was written with an evidence limit and lists only the events its evidence cites; "
		      "--db DIR/kg.db answers from the store, with every event\n", stderr);
	}
	if (query_period(&g, o, o->with, NULL, &empty) < 0)
		goto done;
	if (empty) {
		status = KG_EXIT_NONE;
		goto done;
	}
	{
		kg_query q = { KG_QUERY_EVENTS, o->with, o->in, relations, o->planned };

		if (kg_graph_query(g, &q, strcmp(o->format, "jsonl") == 0 ? KG_QUERY_JSONL : KG_QUERY_TABLE, stdout,
				   &n_found, &err) < 0) {
			kg_error_print(&err, stderr, 0);
			goto done;
		}
	}
	status = fflush(stdout) != 0 ? kg_cli_error("cannot write the answer") : n_found ? KG_EXIT_OK : KG_EXIT_NONE;
done:
	kg_graph_free(g);
	return status;
}

static int run_query(const kg_cli_cmd *cmd, int argc, char **argv)
{
	query_opts o = { .graph = "out/graph.json", .format = "table" };
	kg_strv ops = { 0 };
	kg_cli_query pq = { 0 };
	kg_query q;
	kg_graph *g = NULL;
	kg_error err = { 0 };
	const char *why;
	size_t n_found = 0;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &ops, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	if (kg_cli_period_check(cmd, o.since, o.until) != KG_EXIT_OK)
		goto done;
	for (size_t i = 0; ops.n && i < sizeof(event_words) / sizeof(event_words[0]); i++) {
		if (strcmp(ops.v[0], event_words[i].word) == 0) {
			status = run_events(cmd, &o, &ops, event_words[i].relations);
			goto done;
		}
	}
	if (o.with || o.in) {
		status = kg_cli_usage_error(cmd, "--with and --in go with meetings, calls or events");
		goto done;
	}
	if ((rc = kg_cli_query_parse(&pq, &ops, &why)) < 0) {
		status = rc == KG_ENOMEM ? kg_cli_error("out of memory") : kg_cli_usage_error(cmd, "%s", why);
		goto done;
	}
	if (!(g = query_graph(&o)) ||
	    kg_cli_check_relations(cmd, g, o.relation ? o.relation : pq.relations) < 0 ||
	    query_period(&g, &o, pq.x, pq.y, &rc) < 0)
		goto done;
	if (rc) {
		status = KG_EXIT_NONE;
		goto done;
	}
	q = (kg_query){ pq.kind, pq.x, pq.y, o.relation ? o.relation : pq.relations, o.planned };
	rc = kg_graph_query(g, &q, strcmp(o.format, "jsonl") == 0 ? KG_QUERY_JSONL : KG_QUERY_TABLE, stdout,
			    &n_found, &err);
	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (fflush(stdout) != 0) {
		kg_cli_error("cannot write the answer");
		goto done;
	}
	kg_cli_planned_hint(g, &q);
	status = n_found ? KG_EXIT_OK : KG_EXIT_NONE;
done:
	kg_graph_free(g);
	kg_cli_query_clear(&pq);
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_query = {
	"query", run_query, "ask the graph: who met X, who leads what, the path from X to Y",
	"[OPTIONS] QUERY",
	"Answers QUERY from a graph.json written by kg build, or with --db from the graph of a store: each\n"
	"answer with its relation, the other entity and the evidence sentences. Planned facts (\"will meet\")\n"
	"count only with --planned. graph.json holds what kg build --evidence N kept (default 3 sentences a\n"
	"relation, their weight counting all, and the events those sentences cite): the answers from it name\n"
	"every relation, but meetings, calls and events list only the events it holds (a note says so when\n"
	"it was cut); --db answers from the store, with every event and sentence.",
	query_opts_table,
	"  kg query met Blinken\n"
	"  kg query who-met 'Andrii Sybiha' --format jsonl | jq -r .node.label\n"
	"  kg query linked Zelensky --relation holds_position,advises\n"
	"  kg query leads Yermak\n"
	"  kg query path Lammy Kuleba\n"
	"  kg query '(x)-[:meet|speak_with]-(Blinken)'\n"
	"  kg query met Blinken --since 2024-10 --until 2024-12\n"
	"  kg query meetings --with Blinken --format jsonl\n"
	"  kg query events --in Brussels\n"
	"  kg query meetings --with Blinken --db out/kg.db\n",
	query_help,
};

/* ---- kg explain ---- */

/* The why line of alias in info (text after "alias: "), or NULL. */
static const char *why_of(const kg_node_info *info, const char *alias)
{
	size_t n = strlen(alias);

	for (size_t i = 0; info->why && i < info->why->n; i++)
		if (strncmp(info->why->v[i], alias, n) == 0 && info->why->v[i][n] == ':')
			return info->why->v[i] + n + 1 + (info->why->v[i][n + 1] == ' ');
	return NULL;
}

static const kg_cli_opt explain_opts[] = {
	KG_CLI_GRAPH_OPTION(query_opts, "read"),
	{ "planned", 0, KG_CLI_FLAG, offsetof(query_opts, planned), NULL, NULL,
	  "list planned facts too among the relations" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static int run_explain(const kg_cli_cmd *cmd, int argc, char **argv)
{
	query_opts o = { .graph = "out/graph.json" };
	kg_strv ops = { 0 };
	kg_graph *g = NULL;
	kg_error err = { 0 };
	kg_node_info info;
	char *name = NULL;
	size_t index, n_found = 0;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &ops, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	if (ops.n == 0) {
		status = kg_cli_usage_error(cmd, "missing NAME");
		goto done;
	}
	if (!(name = kg_cli_join_words(&ops, 0)) || !(g = kg_cli_load_graph(o.graph)))
		goto done;
	if (find_entity(g, name, &index) < 0)
		goto done;
	if (kg_graph_node(g, index, &info) < 0) {
		kg_cli_error("cannot read entity %zu of %s", index, o.graph);
		goto done;
	}
	kg_cli_put_inert(stdout, info.label);
	printf("\n  type        %s\n  id          ", kg_etype_name(info.type));
	kg_cli_put_inert(stdout, info.id);
	printf("\n  mentions    %lu\n  aliases     %zu\n", info.mentions, info.aliases ? info.aliases->n : 0);
	for (size_t i = 0; info.aliases && i < info.aliases->n; i++) {
		const char *why = why_of(&info, info.aliases->v[i]);

		fputs("    ", stdout);
		kg_cli_put_inert(stdout, info.aliases->v[i]);
		fputs(": ", stdout);
		kg_cli_put_inert(stdout, why ? why : "another name for it in the input");
		fputc('\n', stdout);
	}
	for (size_t i = 0; info.why && i < info.why->n; i++) {
		const char *colon = strchr(info.why->v[i], ':');
		int listed = 0;

		for (size_t a = 0; colon && info.aliases && a < info.aliases->n && !listed; a++)
			listed = strlen(info.aliases->v[a]) == (size_t)(colon - info.why->v[i]) &&
				 strncmp(info.aliases->v[a], info.why->v[i], (size_t)(colon - info.why->v[i])) == 0;
		if (!listed) {
			fputs("    ", stdout);
			kg_cli_put_inert(stdout, info.why->v[i]);
			fputc('\n', stdout);
		}
	}
	printf("  measures    degree %.0f, weighted degree %.0f, PageRank %.4f, betweenness %.2f,\n"
	       "              harmonic closeness %.3f, eigenvector %.3f, component %ld, community %ld\n",
	       info.degree, info.weighted_degree, info.pagerank, info.betweenness, info.harmonic, info.eigenvector,
	       info.component, info.community);
	printf("  relations\n");
	fflush(stdout);
	{
		kg_query q = { KG_QUERY_NEIGHBOURS, info.label, NULL, "any", o.planned };

		if (kg_graph_query(g, &q, KG_QUERY_TABLE, stdout, &n_found, &err) < 0) {
			kg_error_print(&err, stderr, 0);
			goto done;
		}
	}
	if (n_found == 0)
		printf("    (none)\n");
	status = fflush(stdout) == 0 ? KG_EXIT_OK : kg_cli_error("cannot write the answer");
done:
	free(name);
	kg_graph_free(g);
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_explain = {
	"explain", run_explain, "show one entity: its type, aliases and why they were merged, its relations",
	"[OPTIONS] NAME",
	"Finds NAME in a graph.json written by kg build (as kg query does) and prints its canonical name,\n"
	"type, mentions, every alias with the reason it was merged into this entity, its measures\n"
	"(degree, PageRank, betweenness...) and its relations with their evidence.",
	explain_opts,
	"  kg explain zelensky\n"
	"  kg explain -g out/graph.json 'Anthony Blinken'\n",
	NULL,
};
