/* cmd_text.c: kg text (what kg reads from each input, as JSON Lines). */
#include "cli.h"

#include <jansson.h>
#include <stddef.h>
#include <string.h>

#include "../text/text.h"

/* Options of kg text. */
typedef struct text_opts {
	int replace_invalid;  /* accept invalid UTF-8, replaced */
	int quiet;            /* no warnings */
	size_t max_doc_bytes; /* larger documents are refused (0: 64 MiB) */
} text_opts;

static const kg_cli_opt text_opts_table[] = {
	{ "replace-invalid", 0, KG_CLI_FLAG, offsetof(text_opts, replace_invalid), NULL, NULL,
	  "read invalid UTF-8 bytes of plain text as U+FFFD (with a warning) instead of refusing the document" },
	{ "quiet", 'q', KG_CLI_FLAG, offsetof(text_opts, quiet), NULL, NULL, "no warnings" },
	{ "max-doc-bytes", 0, KG_CLI_COUNT, offsetof(text_opts, max_doc_bytes), "N", NULL,
	  "refuse documents larger than N bytes (default 67108864, 64 MiB)" },
	{ NULL, 0, 0, 0, NULL, NULL, NULL },
};

/* State of a kg text run. */
typedef struct text_run {
	const text_opts *o; /* the options */
	size_t n_docs;      /* documents written */
	size_t n_errors;    /* problems reported */
	int write_failed;   /* 1: standard output failed */
} text_run;

/* Sets key of obj to the string s, or null. Returns 0 or -1. */
static int put(json_t *obj, const char *key, const char *s)
{
	return json_object_set_new(obj, key, s ? json_stringn(s, strlen(s)) : json_null());
}

static int on_doc(kg_doc *doc, void *ctx)
{
	text_run *t = ctx;
	json_t *o = json_object();
	int rc = KG_OK;

	if (!o || put(o, "source", doc->source) || put(o, "id", doc->id) || put(o, "format", doc->format) ||
	    put(o, "title", doc->title) || put(o, "url", doc->url) || put(o, "date", doc->date) ||
	    put(o, "date_source", doc->date ? doc->date_source : NULL) || put(o, "author", doc->author) ||
	    put(o, "lang", doc->lang) ||
	    json_object_set_new(o, "text", json_stringn(doc->text, doc->len))) {
		rc = KG_ENOMEM;
		goto done;
	}
	if (json_dumpf(o, stdout, JSON_COMPACT | JSON_PRESERVE_ORDER) != 0 || fputc('\n', stdout) == EOF) {
		t->write_failed = 1;
		rc = KG_EIO;
		goto done;
	}
	t->n_docs++;
done:
	json_decref(o);
	kg_doc_free(doc);
	return rc;
}

static void on_error(const kg_error *err, void *ctx)
{
	text_run *t = ctx;

	t->n_errors++;
	kg_error_print(err, stderr, 0);
}

static void on_warning(const kg_error *err, void *ctx)
{
	text_run *t = ctx;

	if (!t->o->quiet)
		kg_error_print(err, stderr, 1);
}

static void formats_help(FILE *fp)
{
	fputs("\nInput formats (chosen by the first bytes of each input, gzip-compressed or not):\n", fp);
	for (const kg_text_format *f = kg_text_formats; f->name; f++)
		fprintf(fp, "  %-8s %s\n", f->name, f->description);
}

static int run_text(const kg_cli_cmd *cmd, int argc, char **argv)
{
	text_opts o = { 0 };
	text_run t = { &o, 0, 0, 0 };
	kg_strv ops = { 0 };
	kg_read_opts ro = KG_READ_OPTS_INIT;
	int status = KG_EXIT_ERROR, rc = KG_OK;

	if ((rc = kg_cli_parse_operands(cmd, argc, argv, &o, &ops, "-")) >= 0) {
		status = rc;
		goto done;
	}
	rc = KG_OK;
	ro.replace_invalid = o.replace_invalid;
	ro.max_doc_bytes = o.max_doc_bytes ? o.max_doc_bytes : KG_MAX_DOC_BYTES_DEFAULT;
	ro.on_warning = on_warning;
	for (size_t i = 0; i < ops.n && rc >= 0; i++) {
		rc = kg_text_read_path(ops.v[i], &ro, on_doc, on_error, &t, NULL);
		if (rc < 0 && !t.write_failed)
			kg_cli_error("%s: %s", ops.v[i], kg_strerror(rc));
	}
	if (fflush(stdout) != 0 || t.write_failed) {
		kg_cli_error("cannot write to standard output");
		goto done;
	}
	status = rc < 0 || t.n_errors ? KG_EXIT_ERROR : t.n_docs ? KG_EXIT_OK : KG_EXIT_NONE;
done:
	kg_strv_clear(&ops);
	return status;
}

const kg_cli_cmd kg_cmd_text = {
	"text", run_text, "show what kg reads from each input (JSON Lines)", "[OPTIONS] [INPUT...]",
	"Reads each INPUT (a file, a directory read recursively, or - for standard input; default -) as\n"
	"kg build does and writes one JSON line per document: source, id, format, title, url, date,\n"
	"date_source, author, lang and text (null when unknown). For a web page the text is the headline,\n"
	"a blank line and the article text, without menus, scripts, comments and other page furniture.\n"
	"Problems go to standard error; exit 2 when an input had one, 1 when nothing was read.",
	text_opts_table,
	"  kg text page.html\n"
	"  kg text news.rss crawl.warc.gz | jq -r .title\n",
	formats_help,
};
