/* cmd_misc.c: kg ner (CoNLL tagging with the learned tagger or kg's recogniser) and kg train ner. */
#include "cli.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../extract/extract.h"
#include "../lang/lang.h"
#include "../lex/lex.h"
#include "../ner/ner.h"

/* ---- kg train ner ---- */

/* Reads one CoNLL file with gold tags into c; prints the error and returns nonzero on failure. */
static int read_corpus(kg_ner_corpus *c, const char *path)
{
	kg_error err = { 0 };
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	int rc;

	if (!fp)
		return kg_cli_error("%s: cannot open: %s", path, strerror(errno));
	rc = kg_ner_corpus_read(c, fp, path, 1, &err);
	if (fp != stdin)
		fclose(fp);
	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		return KG_EXIT_ERROR;
	}
	return 0;
}

/* Appends corpus b to a (tokens, sentences and documents; a's lines keep b's). */
static int corpus_append(kg_ner_corpus *a, kg_ner_corpus *b)
{
	kg_ner_corpus m = { 0 };
	size_t nt = a->n_tok + b->n_tok, ns = a->n_sent + b->n_sent, nd = a->n_doc + b->n_doc;

	m.tok = malloc((nt + 1) * sizeof(*m.tok));
	m.gold = malloc(nt + 1);
	m.sent_end = malloc((ns + 1) * sizeof(*m.sent_end));
	m.doc_end = malloc((nd + 1) * sizeof(*m.doc_end));
	if (!m.tok || !m.gold || !m.sent_end || !m.doc_end) {
		kg_ner_corpus_clear(&m);
		return KG_ENOMEM;
	}
	memcpy(m.tok, a->tok, a->n_tok * sizeof(*m.tok));
	memcpy(m.tok + a->n_tok, b->tok, b->n_tok * sizeof(*m.tok));
	memcpy(m.gold, a->gold, a->n_tok);
	memcpy(m.gold + a->n_tok, b->gold, b->n_tok);
	memcpy(m.sent_end, a->sent_end, a->n_sent * sizeof(size_t));
	for (size_t i = 0; i < b->n_sent; i++)
		m.sent_end[a->n_sent + i] = b->sent_end[i] + a->n_tok;
	memcpy(m.doc_end, a->doc_end, a->n_doc * sizeof(size_t));
	for (size_t i = 0; i < b->n_doc; i++)
		m.doc_end[a->n_doc + i] = b->doc_end[i] + a->n_sent;
	m.n_tok = nt;
	m.n_sent = ns;
	m.n_doc = nd;
	/* the token strings live in the lines: keep both files' lines */
	m.lines = a->lines;
	memset(&a->lines, 0, sizeof(a->lines));
	for (size_t i = 0; i < b->lines.n; i++)
		if (kg_strv_push(&m.lines, "") < 0) {
			kg_ner_corpus_clear(&m);
			return KG_ENOMEM;
		}
	for (size_t i = 0; i < b->lines.n; i++) {
		free(m.lines.v[m.lines.n - b->lines.n + i]);
		m.lines.v[m.lines.n - b->lines.n + i] = b->lines.v[i];
		b->lines.v[i] = NULL;
	}
	b->lines.n = 0;
	free(m.line_tok);
	m.line_tok = NULL;
	kg_ner_corpus_clear(a);
	kg_ner_corpus_clear(b);
	*a = m;
	return KG_OK;
}

int kg_cli_train_ner(const char *train_path, const kg_strv *more, const char *dev_path, const char *output,
		     int epochs, uint64_t seed, int quiet)
{
	kg_ner_corpus train = { 0 }, dev = { 0 }, extra = { 0 };
	kg_ner_train_opts to = KG_NER_TRAIN_OPTS_INIT;
	kg_error err = { 0 };
	kg_run *run = NULL;
	const kg_lex *lex;
	kg_lang *lang = NULL;
	int status = KG_EXIT_ERROR;

	if (read_corpus(&train, train_path) != 0)
		goto done;
	for (size_t i = 0; i < more->n; i++) {
		if (read_corpus(&extra, more->v[i]) != 0)
			goto done;
		if (corpus_append(&train, &extra) < 0) {
			kg_cli_error("out of memory");
			goto done;
		}
	}
	if (dev_path && read_corpus(&dev, dev_path) != 0)
		goto done;
	if (kg_cli_lex_run(&run, &lex) < 0) /* the models are loaded below, where missing ones are an error */
		goto done;
	if (kg_lang_new(&lang, NULL, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (kg_ner_corpus_tag(&train, lang) < 0 || (dev_path && kg_ner_corpus_tag(&dev, lang) < 0)) {
		kg_cli_error("out of memory");
		goto done;
	}
	to.epochs = epochs;
	to.seed = seed;
	to.progress = quiet ? NULL : stderr;
	if (!quiet)
		fprintf(stderr, "kg: train ner: %zu tokens, %zu sentences, %zu documents\n", train.n_tok, train.n_sent,
			train.n_doc);
	if (kg_ner_train(lex, &train, dev_path ? &dev : NULL, output, &to, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	status = KG_EXIT_OK;
done:
	kg_lang_free(lang);
	kg_run_free(run);
	kg_ner_corpus_clear(&train);
	kg_ner_corpus_clear(&extra);
	kg_ner_corpus_clear(&dev);
	return status;
}

/* ---- kg ner ---- */

/* Options of kg ner. */
typedef struct ner_opts {
	int conll;          /* CoNLL columns in and out (the only format so far) */
	const char *output; /* where the tagged lines go ("-": stdout) */
	const char *model;  /* the learned tagger's model file, NULL for the default */
	const char *by;     /* who tags: "model" (the learned tagger) or "rules" (the recogniser) */
} ner_opts;

static const kg_cli_opt ner_opts_table[] = {
	{ "conll", 0, KG_CLI_FLAG, offsetof(ner_opts, conll), NULL, NULL,
	  "read CoNLL columns (token first; blank line between sentences), append the IOB2 tag" },
	{ "output", 'o', KG_CLI_STRING, offsetof(ner_opts, output), "FILE", NULL,
	  "write to FILE (default -: standard output)" },
	{ "model", 0, KG_CLI_STRING, offsetof(ner_opts, model), "FILE", NULL,
	  "the learned tagger's model (default: ner.kgm in $KG_MODELS, else the source tree's models/)" },
	{ "by", 0, KG_CLI_STRING, offsetof(ner_opts, by), "WHO", "model|rules",
	  "the learned tagger (model, the default) or the rule-based recogniser of kg extract (rules)" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* Tags in with the learned model and writes the lines with their tags to out. */
static int ner_by_model(FILE *in, FILE *out, const char *source, const char *model, const kg_lex *lex)
{
	kg_ner_corpus c = { 0 };
	kg_ner_model *m = NULL;
	kg_lang *lang = NULL;
	kg_error err = { 0 };
	uint8_t *tags = NULL;
	char path[4096];
	int status = KG_EXIT_ERROR;

	if (!model) {
		snprintf(path, sizeof(path), "%s/ner.kgm", kg_lang_default_dir());
		model = path;
	}
	if (kg_ner_model_load(&m, model, &err) < 0 || kg_lang_new(&lang, NULL, &err) < 0 ||
	    kg_ner_corpus_read(&c, in, source, 0, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (!(tags = malloc(c.n_tok + 1)) || kg_ner_corpus_tag(&c, lang) < 0 || kg_ner_tag_corpus(m, lex, &c, tags) < 0) {
		kg_cli_error("out of memory");
		goto done;
	}
	for (size_t l = 0; l < c.lines.n; l++) {
		if (c.line_tok[l] < 0)
			fprintf(out, "%s\n", c.lines.v[l]);
		else
			fprintf(out, "%s %s\n", c.lines.v[l], kg_ner_tag_iob2(tags[c.line_tok[l]]));
	}
	status = KG_EXIT_OK;
done:
	free(tags);
	kg_ner_model_free(m);
	kg_lang_free(lang);
	kg_ner_corpus_clear(&c);
	return status;
}

static int run_ner(const kg_cli_cmd *cmd, int argc, char **argv)
{
	ner_opts o = { .output = "-" };
	kg_strv ops = { 0 };
	kg_error err = { 0 };
	kg_run *run = NULL;
	const kg_lex *lex;
	const char *source;
	FILE *in = NULL, *out = stdout;
	int status = KG_EXIT_ERROR, rc;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &ops, NULL)) >= 0) {
		status = rc;
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
	if (kg_cli_lex_run(&run, &lex) < 0)
		goto done;
	if (!o.by || strcmp(o.by, "model") == 0) {
		status = ner_by_model(in, out, source, o.model, lex);
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
	kg_run_free(run);
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
