/* cmd_lang.c: kg train (the tagger and parser models) and kg parse (CoNLL-U or text through them). */
#include "cli.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/lang.h"

/* ---- kg train ---- */

/* Options of kg train. */
typedef struct train_opts {
	const char *train;  /* first training file (more follow as operands) */
	const char *dev;    /* development file (chooses the epoch) */
	const char *output; /* model file to write */
	size_t epochs;      /* most epochs */
	size_t seed;        /* shuffling seed */
	const char *tagger; /* parser: tagger model giving the training tags */
	size_t jackknife;   /* parser: folds for jackknifed tags */
	size_t prune;       /* parser: weights under this many thousandths are dropped */
	int quiet;          /* no progress lines */
} train_opts;

static const kg_cli_opt train_opts_table[] = {
	{ "train", 0, KG_CLI_STRING, offsetof(train_opts, train), "FILE", NULL,
	  "training CoNLL-U (.conllu or .conllu.xz); more files may follow as arguments" },
	{ "dev", 0, KG_CLI_STRING, offsetof(train_opts, dev), "FILE", NULL,
	  "development CoNLL-U: the epoch that scores best on it is kept" },
	{ "output", 'o', KG_CLI_STRING, offsetof(train_opts, output), "FILE", NULL, "the model file to write" },
	{ "epochs", 0, KG_CLI_COUNT, offsetof(train_opts, epochs), "N", NULL, "at most N passes (default 10)" },
	{ "seed", 0, KG_CLI_COUNT, offsetof(train_opts, seed), "N", NULL, "shuffling seed (default 1)" },
	{ "tagger", 0, KG_CLI_STRING, offsetof(train_opts, tagger), "FILE", NULL,
	  "parse: tag the data with this tagger model, so the parser learns and is scored on predicted tags" },
	{ "jackknife", 0, KG_CLI_COUNT, offsetof(train_opts, jackknife), "K", NULL,
	  "parse: tag the training data by K-fold jackknifing instead (--tagger still tags --dev; 0: off)" },
	{ "prune", 0, KG_CLI_COUNT, offsetof(train_opts, prune), "N", NULL,
	  "parse: leave out weights smaller than N/1000 in magnitude (default 0: keep all)" },
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(train_opts, quiet), NULL, NULL, "no progress lines" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

static int run_train(const kg_cli_cmd *cmd, int argc, char **argv)
{
	train_opts o = { .epochs = 10, .seed = 1 };
	kg_lang_train_opts to = KG_LANG_TRAIN_OPTS_INIT;
	kg_strv ops = { 0 };
	kg_strv files = { 0 };
	kg_lang_sent *train = NULL, *dev = NULL;
	size_t n_train = 0, n_dev = 0, i;
	kg_error err = { 0 };
	int status = KG_EXIT_ERROR, rc, parse;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &ops, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	if (ops.n == 0 || (strcmp(ops.v[0], "pos") != 0 && strcmp(ops.v[0], "parse") != 0 &&
			   strcmp(ops.v[0], "ner") != 0)) {
		status = kg_cli_usage_error(cmd, "say which model to train: pos, parse or ner");
		goto done;
	}
	parse = strcmp(ops.v[0], "parse") == 0;
	if (!o.train || !o.output) {
		status = kg_cli_usage_error(cmd, "give --train FILE and -o FILE");
		goto done;
	}
	if (o.epochs == 0 || o.epochs > 100) {
		status = kg_cli_usage_error(cmd, "--epochs must be 1 to 100");
		goto done;
	}
	if (!parse && (o.tagger || o.jackknife || o.prune)) {
		status = kg_cli_usage_error(cmd, "--tagger, --jackknife and --prune are for kg train parse");
		goto done;
	}
	if (strcmp(ops.v[0], "ner") == 0) { /* CoNLL NER columns, not CoNLL-U */
		kg_strv more = { ops.v + 1, ops.n - 1, ops.n - 1, NULL };
		status = kg_cli_train_ner(o.train, &more, o.dev, o.output, (int)o.epochs, o.seed, o.quiet);
		goto done;
	}
	if (kg_strv_push(&files, o.train) < 0)
		goto done;
	for (i = 1; i < ops.n; i++)
		if (kg_strv_push(&files, ops.v[i]) < 0)
			goto done;
	if ((rc = kg_lang_conllu_load(&train, &n_train, (const char *const *)files.v, files.n, &err)) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (o.dev && (rc = kg_lang_conllu_load(&dev, &n_dev, &o.dev, 1, &err)) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	to.epochs = (int)o.epochs;
	to.seed = o.seed;
	to.quiet = o.quiet;
	to.tagger = o.tagger;
	to.jackknife = (int)o.jackknife;
	to.prune = (float)o.prune / 1000.0f;
	if (!o.quiet)
		fprintf(stderr, "kg: train %s: %zu training sentences, %zu development sentences\n", ops.v[0], n_train,
			n_dev);
	rc = parse ? kg_lang_train_parse(train, n_train, dev, n_dev, o.output, &to, &err)
		   : kg_lang_train_pos(train, n_train, dev, n_dev, o.output, &to, &err);
	if (rc < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	status = KG_EXIT_OK;
done:
	kg_lang_sents_free(train, n_train);
	kg_lang_sents_free(dev, n_dev);
	kg_strv_clear(&files);
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_train = {
	"train", run_train, "train the part-of-speech tagger, the dependency parser or the NER tagger",
	"pos|parse|ner --train FILE [FILE...] [--dev FILE] -o FILE [OPTIONS]",
	"Trains an averaged perceptron on Universal Dependencies CoNLL-U files (plain or .xz) and writes the\n"
	"model. A progress line per epoch gives the development score; the best epoch is kept. The same\n"
	"input gives the same bytes. models/MODELS.md has the commands that made the shipped models.\n"
	"kg train ner reads CoNLL NER columns instead (the token first, the tag last: IOB1, IOB2 or BILOU over\n"
	"PER, ORG, LOC, MISC; a blank line between sentences, -DOCSTART- between documents; scripts/ner_data.py\n"
	"makes them from ../shared/train).",
	train_opts_table,
	"  kg train pos --train en_ewt-ud-train.conllu.xz en_gum-open-train.conllu.xz \\\n"
	"      --dev en_ewt-ud-dev.conllu.xz -o models/pos.kgm\n"
	"  kg train ner --train ner-train.conll --dev ner-dev.conll -o models/ner.kgm\n",
	NULL,
};

/* ---- kg parse ---- */

/* Options of kg parse. */
typedef struct parse_opts {
	const char *conllu; /* CoNLL-U input */
	const char *text;   /* raw text input */
	const char *models; /* models folder */
	const char *output; /* where the output goes */
	int tag_only;       /* tag only */
} parse_opts;

static const kg_cli_opt parse_opts_table[] = {
	{ "conllu", 0, KG_CLI_STRING, offsetof(parse_opts, conllu), "FILE", NULL,
	  "read CoNLL-U (FORM column as the tokens; - for standard input)" },
	{ "text", 0, KG_CLI_STRING, offsetof(parse_opts, text), "FILE", NULL,
	  "read raw text (kg's tokeniser and sentence splitter, UD words; - for standard input)" },
	{ "models", 0, KG_CLI_STRING, offsetof(parse_opts, models), "DIR", NULL,
	  "the models folder (default: $KG_MODELS, else the source tree's models/)" },
	{ "tag-only", 0, KG_CLI_FLAG, offsetof(parse_opts, tag_only), NULL, NULL,
	  "fill UPOS, XPOS and LEMMA only, no HEAD and DEPREL" },
	{ "output", 'o', KG_CLI_STRING, offsetof(parse_opts, output), "FILE", NULL,
	  "write to FILE (default -: standard output)" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* What the --text callback needs. */
typedef struct text_ctx {
	const kg_lang *lang; /* the models */
	int tag_only;        /* no parsing */
	FILE *out;           /* where CoNLL-U goes */
	const char *text;    /* the whole text (for the # text comment) */
	size_t n_sents;      /* sentences written */
	kg_error err;        /* the error of a failed parse */
} text_ctx;

/* Tags, parses and writes one sentence of --text, with its text and byte offsets (MISC TokenRange). */
static int text_sentence(kg_lang_sent *s, void *vctx)
{
	text_ctx *c = vctx;
	char buf[64], *line;
	size_t i, a = s->tok[0].start, b = s->tok[s->n - 1].end;
	int rc;

	if ((rc = kg_lang_tag(c->lang, s)) < 0 || (!c->tag_only && (rc = kg_lang_parse(c->lang, s, &c->err)) < 0))
		return rc;
	snprintf(buf, sizeof(buf), "# sent_id = %zu", ++c->n_sents);
	if (kg_strv_push(&s->comments, buf) < 0 || !(line = malloc(b - a + 10)))
		return KG_ENOMEM;
	memcpy(line, "# text = ", 9);
	for (i = a; i < b; i++)
		line[9 + i - a] = c->text[i] == '\n' || c->text[i] == '\r' || c->text[i] == '\t' ? ' ' : c->text[i];
	line[9 + b - a] = '\0';
	rc = kg_strv_push(&s->comments, line);
	free(line);
	if (rc < 0)
		return rc;
	for (i = 0; i < s->n; i++) {
		snprintf(buf, sizeof(buf), "TokenRange=%zu:%zu", s->tok[i].start, s->tok[i].end);
		if (!(s->tok[i].misc = kg_lang_sent_strdup(s, buf, strlen(buf))))
			return KG_ENOMEM;
	}
	return kg_lang_conllu_write(c->out, s);
}

/* Reads all of path ("-": standard input) into a new buffer. */
static char *read_all(const char *path, size_t *len)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char *buf = NULL, *nb;
	size_t cap = 0, n = 0, got;

	if (!fp)
		return NULL;
	do {
		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 131072;
			if (!(nb = realloc(buf, cap))) {
				free(buf);
				buf = NULL;
				break;
			}
			buf = nb;
		}
		got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
	} while (got > 0);
	if (buf && ferror(fp)) {
		free(buf);
		buf = NULL;
	}
	if (buf)
		buf[n] = '\0';
	if (fp != stdin)
		fclose(fp);
	*len = n;
	return buf;
}

static int run_parse(const kg_cli_cmd *cmd, int argc, char **argv)
{
	parse_opts o = { .output = "-" };
	kg_strv ops = { 0 };
	kg_error err = { 0 };
	kg_lang *lang = NULL;
	kg_lang_conllu *r = NULL;
	kg_lang_sent gold = KG_LANG_SENT_INIT;
	FILE *out = stdout;
	int status = KG_EXIT_ERROR, rc, bad = 0;
	size_t i;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &ops, NULL)) >= 0) {
		status = rc;
		goto done;
	}
	if (!o.conllu == !o.text) {
		status = kg_cli_usage_error(cmd, "give one of --conllu FILE and --text FILE");
		goto done;
	}
	if (ops.n) {
		status = kg_cli_usage_error(cmd, "unexpected argument '%s'", ops.v[0]);
		goto done;
	}
	if ((rc = kg_lang_new(&lang, o.models, &err)) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (!o.tag_only && !kg_lang_has_parser(lang)) {
		kg_cli_error("%s: no parser model (parse.kgm): train one with kg train parse, or use --tag-only",
			     o.models ? o.models : kg_lang_default_dir());
		goto done;
	}
	if (o.text) {
		text_ctx tc = { .lang = lang, .tag_only = o.tag_only, .out = stdout };
		size_t len;
		char *text = read_all(o.text, &len);
		if (!text) {
			kg_cli_error("%s: cannot read: %s", o.text, strerror(errno));
			goto done;
		}
		if (strcmp(o.output, "-") != 0 && !(out = fopen(o.output, "w"))) {
			kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
			out = stdout;
			free(text);
			goto done;
		}
		tc.out = out;
		tc.text = text;
		rc = kg_lang_tokenise(text, len, text_sentence, &tc);
		free(text);
		if (rc < 0) {
			kg_cli_error("%s", rc == KG_ENOMEM ? "out of memory" : rc == KG_EIO ? "cannot write" : tc.err.text);
			goto done;
		}
		status = tc.n_sents ? KG_EXIT_OK : KG_EXIT_NONE;
		goto done;
	}
	if ((rc = kg_lang_conllu_open(&r, o.conllu, &err)) < 0) {
		kg_error_print(&err, stderr, 0);
		goto done;
	}
	if (strcmp(o.output, "-") != 0 && !(out = fopen(o.output, "w"))) {
		kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
		out = stdout;
		goto done;
	}
	for (;;) {
		rc = kg_lang_conllu_read(r, &gold, &err);
		if (rc == KG_EPARSE) {
			kg_error_print(&err, stderr, 0);
			bad = 1;
			continue;
		}
		if (rc < 0) {
			kg_error_print(&err, stderr, 0);
			goto done;
		}
		if (rc == 0)
			break;
		/* predictions replace the columns they fill */
		for (i = 0; i < gold.n; i++) {
			gold.tok[i].upos = gold.tok[i].xpos = "_";
			if (!o.tag_only) {
				gold.tok[i].head = -1;
				gold.tok[i].deprel = "_";
			}
		}
		if ((rc = kg_lang_tag(lang, &gold)) < 0 || (!o.tag_only && (rc = kg_lang_parse(lang, &gold, &err)) < 0)) {
			kg_cli_error("%s", rc == KG_ENOMEM ? "out of memory" : err.text);
			goto done;
		}
		if (kg_lang_conllu_write(out, &gold) < 0) {
			kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
			goto done;
		}
	}
	status = bad ? KG_EXIT_ERROR : KG_EXIT_OK;
done:
	if (r && kg_lang_conllu_close(r, &err) < 0) {
		kg_error_print(&err, stderr, 0);
		status = KG_EXIT_ERROR;
	}
	if (out != stdout && fclose(out) != 0 && status == KG_EXIT_OK)
		status = kg_cli_error("%s: cannot write: %s", o.output, strerror(errno));
	if (out == stdout && fflush(stdout) != 0 && status == KG_EXIT_OK)
		status = kg_cli_error("cannot write to standard output: %s", strerror(errno));
	kg_lang_sent_clear(&gold);
	kg_lang_free(lang);
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_parse = {
	"parse", run_parse, "tag and parse CoNLL-U with the learned models (UPOS, XPOS, HEAD, DEPREL)",
	"--conllu FILE | --text FILE [OPTIONS]",
	"Reads CoNLL-U and writes it back with UPOS, XPOS, HEAD and DEPREL predicted by the models of\n"
	"models/ (LEMMA is filled where it was _); the FORM column gives the tokens. With --text, reads raw\n"
	"text, splits it into sentences and UD words (\"do n't\", \"it 's\") with kg's tokeniser and writes\n"
	"the same columns, the byte span of each word in MISC (TokenRange=START:END).",
	parse_opts_table,
	"  kg parse --conllu en_pud-ud-test.conllu > parsed.conllu\n"
	"  echo 'The minister met her counterpart.' | kg parse --text -\n",
	NULL,
};
