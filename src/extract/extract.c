/* extract.c: the extractor table, problem reporting, the input walker and the "auto" extractor that
 * sends each file to the triples or the news extractor. */
#define _GNU_SOURCE /* fopencookie */
#include "extract.h"
#include "../text/text.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

const kg_extractor kg_extractors[] = {
	{ "auto", "per file: .tsv and triple JSON Lines are triples, anything else is news",
	  kg_extract_auto_run },
	{ "news", "English news: plain text, JSON Lines documents {\"id\",\"text\"}, HTML pages, RSS/Atom "
	  "feeds, WARC archives (see kg text --help)",
	  kg_extract_news_run },
	{ "triples", "ready-made triples: JSON Lines objects or TSV rows", kg_extract_triples_run },
	{ NULL, NULL, NULL },
};

const kg_extractor *kg_extractor_lookup(const char *name)
{
	for (const kg_extractor *x = kg_extractors; name && x->name; x++)
		if (strcmp(x->name, name) == 0)
			return x;
	return NULL;
}

void kg_extract_report(kg_extract_opts *opts, const kg_error *err, int warning)
{
	if (!warning)
		opts->n_errors++;
	if (opts->on_error)
		opts->on_error(err, warning, opts->ctx);
	else if (!(warning && opts->quiet))
		kg_error_print(err, stderr, warning);
}

/* Reports a problem at path with errno's text. */
static void report_errno(kg_extract_opts *opts, const char *path, const char *what)
{
	kg_error err;

	kg_error_set(&err, path, 0, 0, "%s: %s", what, strerror(errno));
	kg_extract_report(opts, &err, 0);
}

/* What kg_extract_walk hands the directory walker. */
typedef struct walk_ctx {
	kg_extract_opts *opts;   /* the extraction's, for its reports */
	kg_extract_file_cb fn;   /* called for each file */
	void *ctx;               /* fn's */
} walk_ctx;

/* A file of the walk (a kg_walk_file_cb). */
static int walk_file(const char *path, const char *rel, long long size, void *ctx)
{
	walk_ctx *w = ctx;

	(void)rel;
	(void)size;
	return w->fn(path, w->opts, w->ctx);
}

/* A problem of the walk (a kg_walk_problem_cb), reported as an input error. */
static void walk_problem(const kg_error *err, void *ctx)
{
	kg_extract_report(((walk_ctx *)ctx)->opts, err, 0);
}

int kg_extract_walk(const char *path, kg_extract_opts *opts, kg_extract_file_cb fn, void *ctx)
{
	struct stat st;

	if (strcmp(path, "-") == 0)
		return fn(path, opts, ctx);
	if (stat(path, &st) < 0) {
		report_errno(opts, path, "cannot open");
		return KG_EIO;
	}
	if (S_ISDIR(st.st_mode)) {
		walk_ctx w = { opts, fn, ctx };
		return kg_text_walk(path, walk_file, walk_problem, &w);
	}
	return fn(path, opts, ctx);
}

/* 1 when s ends with suffix, ignoring ASCII case. */
static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* 1 when the line s[0..n) is a JSON object with a "subject" key, or an entity or document line of
 * kg extract's output. */
static int line_is_triple(const char *s, size_t n)
{
	return kg_jsonl_kind(s, n) >= 0;
}

/* The triples format of buffered standard input by its first non-blank line: KG_TRIPLES_JSONL for a
 * triple object, KG_TRIPLES_TSV for a TSV header ("subject<TAB>..."), else -1 (news). */
static int buffer_triples_format(const char *buf, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t end = i;

		while (end < n && buf[end] != '\n')
			end++;
		for (size_t k = i; k < end; k++) {
			if (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r')
				continue;
			if (line_is_triple(buf + i, end - i))
				return KG_TRIPLES_JSONL;
			if (end - k > 8 && strncmp(buf + k, "subject\t", 8) == 0)
				return KG_TRIPLES_TSV;
			return -1;
		}
		i = end + 1;
	}
	return -1;
}

int kg_extract_is_triples_file(const char *path)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t got;
	int yes = 0;

	if (has_suffix(path, ".tsv"))
		return 1;
	if (!has_suffix(path, ".jsonl") && !has_suffix(path, ".ndjson") && !has_suffix(path, ".json"))
		return 0;
	if (!(fp = fopen(path, "rb")))
		return 0;
	while ((got = getline(&line, &cap, fp)) > 0) {
		if (strspn(line, " \t\r\n") == (size_t)got)
			continue;
		yes = line_is_triple(line, (size_t)got);
		break;
	}
	free(line);
	fclose(fp);
	return yes;
}

/* Standard input behind the bytes the auto extractor read ahead of it (a fopencookie stream). */
typedef struct joined_input {
	char *head;  /* the bytes read ahead, owned */
	size_t n;    /* how many */
	size_t pos;  /* how many were handed out */
	FILE *rest;  /* standard input, borrowed */
} joined_input;

static ssize_t joined_read(void *cookie, char *buf, size_t size)
{
	joined_input *j = cookie;
	size_t got;

	if (j->pos < j->n) {
		got = j->n - j->pos < size ? j->n - j->pos : size;
		memcpy(buf, j->head + j->pos, got);
		j->pos += got;
		return (ssize_t)got;
	}
	got = fread(buf, 1, size, j->rest);
	return got == 0 && ferror(j->rest) ? -1 : (ssize_t)got;
}

/* Auto on standard input: stdin can be read only once, so the lines up to the first non-blank one are
 * read ahead and sniffed here; then the extractor reads them again followed by the rest of stdin, as
 * a stream: triples through kg_extract_triples_stream, news through the news extractor reading "-"
 * (stdin is swapped for the joined stream meanwhile). Memory does not grow with the input. */
static int auto_stdin(kg_extract_opts *opts, kg_facts_cb cb)
{
	cookie_io_functions_t io = { .read = joined_read };
	joined_input j = { .rest = stdin };
	FILE *saved = stdin, *in = NULL;
	char *line = NULL;
	size_t cap = 0, alloc = 0;
	ssize_t got;
	int format, rc;

	errno = 0;
	while ((got = getline(&line, &cap, stdin)) > 0) {
		if (j.n + (size_t)got > alloc) {
			size_t want = 2 * (j.n + (size_t)got);
			char *p = realloc(j.head, want);

			if (!p) {
				rc = KG_ENOMEM;
				goto done;
			}
			j.head = p;
			alloc = want;
		}
		memcpy(j.head + j.n, line, (size_t)got);
		j.n += (size_t)got;
		if (strspn(line, " \t\r\n") != (size_t)got)
			break;
	}
	if (ferror(stdin)) {
		report_errno(opts, "-", "cannot read");
		rc = KG_EIO;
		goto done;
	}
	if (!(in = fopencookie(&j, "r", io))) {
		report_errno(opts, "-", "cannot read standard input");
		rc = KG_EIO;
		goto done;
	}
	if ((format = buffer_triples_format(j.head ? j.head : "", j.n)) >= 0) {
		rc = kg_extract_triples_stream(in, "-", format, opts, cb);
	} else {
		stdin = in;
		rc = kg_extract_news_run("-", opts, cb);
		stdin = saved;
	}
done:
	if (in)
		fclose(in);
	free(line);
	free(j.head);
	return rc;
}

/* Files a directory walk in auto mode leaves alone: graphs (kg's own output among them), images,
 * archives and documents that are not plain text. Named on the command line they are still read. */
static const char *const auto_skipped[] = {
	".json", ".svg", ".dot", ".gv", ".graphml", ".tmp", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf",
	".gz", ".bz2", ".xz", ".zst", ".zip", ".tar", ".doc", ".docx", ".odt", ".o", ".a", ".so",
	".db", ".db-wal", ".db-shm", ".sqlite", ".sqlite3", ".csv",
};

/* Compressed web inputs a directory walk reads although they end in ".gz" (the readers sniff them). */
static const char *const auto_read_gz[] = {
	".warc.gz", ".html.gz", ".htm.gz", ".xml.gz", ".rss.gz", ".atom.gz", ".txt.gz",
};

/* 1 when file is a compressed web input of auto_read_gz. */
static int web_gz(const char *file)
{
	for (size_t i = 0; i < sizeof(auto_read_gz) / sizeof(auto_read_gz[0]); i++)
		if (has_suffix(file, auto_read_gz[i]))
			return 1;
	return 0;
}

/* What a file is by its first bytes when a known binary format (kg_text_binary_kind), else NULL. */
static const char *binary_file(const char *file)
{
	char head[16];
	size_t n = 0;
	FILE *fp = fopen(file, "rb");

	if (!fp)
		return NULL;
	n = fread(head, 1, sizeof(head), fp);
	fclose(fp);
	return kg_text_binary_kind(head, n);
}

/* State of an auto run. */
typedef struct auto_run {
	kg_facts_cb cb;           /* receives the facts (run) */
	const char *top;          /* the path given: a file named there is always read */
	kg_extract_plan_cb plan;  /* receives the files (plan) */
	void *plan_ctx;           /* plan's context */
} auto_run;

/* The extractor the auto rule picks for file, NULL when a directory walk skips it (reported). */
static const kg_extractor *auto_pick(const char *file, const char *top, kg_extract_opts *opts)
{
	const char *kind;
	kg_error err;

	if (strcmp(file, "-") == 0)
		return kg_extractor_lookup("auto");
	if (kg_extract_is_triples_file(file))
		return kg_extractor_lookup("triples");
	if (has_suffix(file, ".csv")) {
		kg_error_set(&err, file, 0, 0, "%s: comma-separated values are neither news text nor triples; "
			     "triples are read from .tsv files and JSON Lines (see kg build --help)",
			     strcmp(file, top) == 0 ? "not read" : "skipped");
		kg_extract_report(opts, &err, strcmp(file, top) != 0);
		return NULL;
	}
	if (strcmp(file, top) == 0 || web_gz(file))
		return kg_extractor_lookup("news");
	if ((kind = binary_file(file))) {
		kg_error_set(&err, file, 0, 0, "skipped: %s, not text", kind);
		kg_extract_report(opts, &err, 1);
		return NULL;
	}
	for (size_t i = 0; i < sizeof(auto_skipped) / sizeof(auto_skipped[0]); i++) {
		if (has_suffix(file, auto_skipped[i])) {
			kg_error_set(&err, file, 0, 0, "skipped: neither news text nor triples (name it to read it as news)");
			kg_extract_report(opts, &err, 1);
			return NULL;
		}
	}
	return kg_extractor_lookup("news");
}

/* Runs the extractor the auto rule picks for one file. */
static int auto_file(const char *file, kg_extract_opts *opts, void *ctx)
{
	const auto_run *run = ctx;
	const kg_extractor *x = auto_pick(file, run->top, opts);

	if (!x)
		return KG_OK;
	if (x->run == kg_extract_auto_run)
		return auto_stdin(opts, run->cb);
	return x->run(file, opts, run->cb);
}

/* Hands one file the auto rule reads to the plan's callback. */
static int auto_plan_file(const char *file, kg_extract_opts *opts, void *ctx)
{
	const auto_run *run = ctx;
	const kg_extractor *x = auto_pick(file, run->top, opts);

	return x ? run->plan(file, x, run->plan_ctx) : KG_OK;
}

int kg_extract_auto_plan(const char *path, kg_extract_opts *opts, kg_extract_plan_cb fn, void *ctx)
{
	auto_run run = { NULL, path, fn, ctx };

	return kg_extract_walk(path, opts, auto_plan_file, &run);
}

int kg_extract_auto_run(const char *path, kg_extract_opts *opts, kg_facts_cb cb)
{
	auto_run run = { cb, path, NULL, NULL };

	return kg_extract_walk(path, opts, auto_file, &run);
}
