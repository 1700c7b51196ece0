/* cmd_misc.c: kg ner (CoNLL tagging with kg's recogniser). */
#include "cli.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>

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
