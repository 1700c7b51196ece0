/* cmd_eval.c: kg eval (score a graph against the user's gold file, as shared/eval/score.py does). */
#include "cli.h"

#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"

/* Options of kg eval. */
typedef struct eval_opts {
	const char *gold;            /* the gold JSON Lines file */
	const char *graph;           /* the graph.json to score */
	const char *min_entity_f1;   /* exit 1 below this entity F1, NULL for no threshold */
	const char *min_relation_f1; /* exit 1 below this relation F1, NULL for no threshold */
	int verbose;                 /* list every miss and false positive */
	int json;                    /* print a JSON summary line last */
} eval_opts;

static const kg_cli_opt eval_opts_table[] = {
	{ "gold", 0, KG_CLI_STRING, offsetof(eval_opts, gold), "FILE", NULL,
	  "the gold JSON Lines file (required; format below)" },
	KG_CLI_GRAPH_OPTION(eval_opts, "score"),
	{ "min-entity-f1", 0, KG_CLI_STRING, offsetof(eval_opts, min_entity_f1), "X", NULL,
	  "exit 1 when the entity F1 is below X" },
	{ "min-relation-f1", 0, KG_CLI_STRING, offsetof(eval_opts, min_relation_f1), "Y", NULL,
	  "exit 1 when the relation F1 is below Y" },
	{ "verbose", 'v', KG_CLI_FLAG, offsetof(eval_opts, verbose), NULL, NULL,
	  "list every missed entity and relation, every extra, duplicate or wrongly typed node and every wrong edge" },
	{ "json", 0, KG_CLI_FLAG, offsetof(eval_opts, json), NULL, NULL, "print one JSON summary line last" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* Reads a threshold into *out (NAN when absent); prints a usage error and returns < 0 when bad. */
static int threshold(const kg_cli_cmd *cmd, const char *name, const char *text, double *out)
{
	char *end;

	*out = NAN;
	if (!text)
		return KG_OK;
	errno = 0;
	*out = strtod(text, &end);
	if (errno || end == text || *end) {
		kg_cli_usage_error(cmd, "option '--%s' needs a number, not '%s'", name, text);
		return KG_EINVAL;
	}
	return KG_OK;
}

static void eval_more_help(FILE *fp)
{
	fputs("\nGold file: JSON Lines, one record per line, blank lines skipped:\n"
	      "  {\"kind\":\"entity\",\"name\":\"Antony Blinken\",\"type\":\"PERSON\",\"aliases\":[\"Blinken\"]}\n"
	      "  {\"kind\":\"relation\",\"subject\":\"Antony Blinken\",\"predicate\":\"holds_position\",\n"
	      "   \"object\":\"United States\",\"title\":\"Secretary of State\"}\n"
	      "  {\"kind\":\"meta\", ...}                         (any other kind is ignored)\n"
	      "Entity types are PERSON, ORG or PLACE. Relation subjects and objects are gold entity names.\n"
	      "\"optional\":true marks a record that is neither rewarded when missed nor penalised when found.\n"
	      "A \"title\" is right when the edge's title, normalised, contains it.\n"
	      "\nScoring: names are compared after normalisation (case, diacritics, curly quotes and dashes,\n"
	      "dots, a trailing 's, a leading 'the ' and extra spaces are ignored). A node maps to the one gold\n"
	      "entity its label names, else the one its label and aliases name together. Only nodes typed\n"
	      "PERSON, ORG or a place are scored; a second node of the same gold entity is a duplicate and a\n"
	      "false positive, and so is a node of the wrong type. Relations match on (subject, relation,\n"
	      "object); meet and speak_with in either direction. Relations outside the schema are counted on a\n"
	      "'not scored' line. The report is the same as that of shared/eval/score.py.\n"
	      "\nExit status: 0, 1 when a --min-* threshold is not met, 2 on bad input.\n",
	      fp);
}

static int run_eval(const kg_cli_cmd *cmd, int argc, char **argv)
{
	eval_opts o = { .graph = "out/graph.json" };
	kg_eval_result *r = NULL;
	kg_error err = { 0 };
	double min_e, min_r;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_options(cmd, argc, argv, &o, "the graph is read with -g FILE")) >= 0) {
		status = rc;
		goto done;
	}
	if (!o.gold) {
		status = kg_cli_usage_error(cmd, "say which gold file to score against: --gold FILE");
		goto done;
	}
	if (threshold(cmd, "min-entity-f1", o.min_entity_f1, &min_e) < 0 ||
	    threshold(cmd, "min-relation-f1", o.min_relation_f1, &min_r) < 0)
		goto done;
	if (kg_eval_score_files(&r, o.gold, o.graph, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		if (strcmp(err.source, "out/graph.json") == 0 && err.line == 0)
			fputs("kg: make one with 'kg build INPUT... -o out', or name one with -g FILE\n", stderr);
		goto done;
	}
	kg_eval_print(r, stdout, o.verbose);
	if (o.json)
		kg_eval_print_json(r, stdout);
	status = KG_EXIT_OK;
	if (r->entities.f1 < min_e) {
		fprintf(stderr, "kg: entity F1 %.4f is below --min-entity-f1 %s\n", r->entities.f1, o.min_entity_f1);
		status = KG_EXIT_NONE;
	}
	if (r->relations.f1 < min_r) {
		fprintf(stderr, "kg: relation F1 %.4f is below --min-relation-f1 %s\n", r->relations.f1,
			o.min_relation_f1);
		status = KG_EXIT_NONE;
	}
done:
	if (fflush(stdout) != 0 && status != KG_EXIT_ERROR)
		status = kg_cli_error("cannot write to standard output: %s", strerror(errno));
	kg_eval_result_free(r);
	return status;
}

const kg_cli_cmd kg_cmd_eval = {
	"eval", run_eval, "score a graph against your own gold file (precision, recall, F1)",
	"--gold FILE [-g GRAPH] [--min-entity-f1 X] [--min-relation-f1 Y] [-v] [--json]",
	"Scores a graph.json written by kg build against a gold file of entities and relations that you\n"
	"annotated: precision, recall and F1 of the entities (with the duplicate and wrongly typed nodes)\n"
	"and of the relations (with the titles that are right), and the same for each relation of the\n"
	"schema. It reads the graph formats and prints the report of shared/eval/score.py.",
	eval_opts_table,
	"  kg build news/ -o out && kg eval --gold gold.jsonl\n"
	"  kg eval --gold gold.jsonl -g out/graph.json -v | grep 'missed relation'\n"
	"  kg eval --gold gold.jsonl --min-entity-f1 0.9 --min-relation-f1 0.8 --json | tail -1 | jq .per_relation\n",
	eval_more_help,
};
