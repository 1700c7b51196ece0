/* read.c: reads documents from a file (gzip-compressed or not), a directory tree or standard input,
 * choosing the reader of each input from the table of input formats by its first bytes. */
#define _POSIX_C_SOURCE 200809L
#include "text_internal.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

/* Bytes of an input read ahead to choose its format. */
#define SNIFF_BYTES 4096

typedef kg_text_reader reader;



void kg_text_warn(reader *r, const kg_error *err)
{
	if (r->opts && r->opts->on_warning)
		r->opts->on_warning(err, r->ctx);
}

void kg_text_report(reader *r, const kg_error *err)
{
	r->n_errors++;
	if (r->on_err)
		r->on_err(err, r->ctx);
}

/* Hands doc to the callback; its negative return stops the reading. */
static int deliver(reader *r, kg_doc *doc)
{
	int rc = r->cb(doc, r->ctx);

	return rc < 0 ? rc : KG_OK;
}

/* Makes a document and delivers it, or reports why it could not. Only ENOMEM or the callback's code
 * stop the reading. */
static int emit(reader *r, const char *id, const char *source, const char *bytes, size_t len,
		const char *date, const char *url)
{
	kg_doc *doc = NULL;
	kg_error err = {0};
	int rc = kg_doc_new(&doc, id, source, bytes, len, r->opts, &err);

	if (rc == KG_ENOMEM)
		return rc;
	if (rc < 0) {
		kg_text_report(r, &err);
		return KG_OK;
	}
	if ((date && !(doc->date = kg_strdup(date))) || (url && !(doc->url = kg_strdup(url)))) {
		kg_doc_free(doc);
		return KG_ENOMEM;
	}
	return deliver(r, doc);
}

/* A string member of obj, or NULL. */
static const char *member_str(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

/* Reads one JSON Lines document from line (len bytes, line number lineno of path). */
static int jsonl_line(reader *r, const char *path, long lineno, const char *line, size_t len)
{
	json_error_t jerr;
	json_t *obj = NULL, *text, *idv;
	char *fixed = NULL;
	char source[600], idbuf[64];
	const char *id;
	kg_error err = {0};
	int rc = KG_OK;

	/* jansson refuses invalid UTF-8; repair it first when asked to */
	if (r->opts && r->opts->replace_invalid && kg_utf8_valid_prefix(line, len) < len) {
		kg_doc *tmp = NULL;
		kg_read_opts o = {1, 0, NULL};

		rc = kg_doc_new(&tmp, "", path, line, len, &o, &err);
		if (rc < 0)
			goto done;
		fixed = tmp->text;
		len = tmp->len;
		tmp->text = NULL;
		kg_doc_free(tmp);
		line = fixed;
	}
	obj = json_loadb(line, len, JSON_ALLOW_NUL, &jerr);
	if (!obj) {
		kg_error_set(&err, path, lineno, jerr.column > 0 ? jerr.column : 0, "malformed JSON: %s", jerr.text);
		kg_text_report(r, &err);
		goto done;
	}
	if (!json_is_object(obj)) {
		kg_error_set(&err, path, lineno, 1, "a JSON Lines document must be an object");
		kg_text_report(r, &err);
		goto done;
	}
	text = json_object_get(obj, "text");
	if (!json_is_string(text)) {
		kg_error_set(&err, path, lineno, 0, "document has no \"text\" string");
		kg_text_report(r, &err);
		goto done;
	}
	snprintf(source, sizeof(source), "%s:%ld", path, lineno);
	idv = json_object_get(obj, "id");
	if (json_is_string(idv)) {
		id = json_string_value(idv);
	} else if (json_is_integer(idv)) {
		snprintf(idbuf, sizeof(idbuf), "%" JSON_INTEGER_FORMAT, json_integer_value(idv));
		id = idbuf;
	} else {
		id = source;
	}
	rc = emit(r, id, source, json_string_value(text), json_string_length(text), member_str(obj, "date"),
		  member_str(obj, "url"));
done:
	json_decref(obj);
	free(fixed);
	return rc;
}

/* 1 when path ends in ".jsonl" or ".ndjson" (any case). */
static int is_jsonl_name(const char *path)
{
	static const char *const exts[] = {".jsonl", ".ndjson"};
	size_t n = strlen(path);

	for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++) {
		size_t e = strlen(exts[i]);

		if (n > e && strcasecmp(path + n - e, exts[i]) == 0)
			return 1;
	}
	return 0;
}

int kg_text_deliver_web(reader *r, kg_doc *doc, int rc, const kg_error *err)
{
	if (rc == KG_ENOMEM)
		return rc;
	if (rc < 0) {
		kg_text_report(r, err);
		return KG_OK;
	}
	if (doc->note) {
		kg_error w;

		kg_error_set(&w, doc->source, 0, 0, "%s", doc->note);
		kg_text_warn(r, &w);
	}
	return deliver(r, doc);
}

/* Skips a byte order mark and white space at the start of s[0..n); returns the offset after them. */
static size_t skip_blank(const char *s, size_t n)
{
	size_t i = n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	while (i < n && strchr(" \t\r\n\f", s[i]) && s[i])
		i++;
	return i;
}

/* 1 when s[0..n) starts with p, ignoring ASCII case. */
static int starts_ci(const char *s, size_t n, const char *p)
{
	size_t k = strlen(p);

	return n >= k && strncasecmp(s, p, k) == 0;
}

/* 1 when s[0..n) holds p, ignoring ASCII case; *at gets its offset. */
static int holds_ci(const char *s, size_t n, const char *p, size_t *at)
{
	size_t k = strlen(p);

	for (size_t i = 0; i + k <= n; i++) {
		if ((s[i] | 0x20) == (p[0] | 0x20) && strncasecmp(s + i, p, k) == 0) {
			if (at)
				*at = i;
			return 1;
		}
	}
	return 0;
}

/* 1 when path ends with ext, ignoring case. */
static int has_ext(const char *path, const char *ext)
{
	size_t n = path ? strlen(path) : 0, e = strlen(ext);

	return n > e && strcasecmp(path + n - e, ext) == 0;
}

static int sniff_warc(const char *head, size_t n, const char *path)
{
	size_t i = skip_blank(head, n);

	(void)path;
	return n - i >= 6 && memcmp(head + i, "WARC/1", 6) == 0;
}

static int sniff_feed(const char *head, size_t n, const char *path)
{
	size_t i = skip_blank(head, n), at = n, html = n;

	(void)path;
	if (i >= n || head[i] != '<')
		return 0;
	holds_ci(head, n, "<html", &html);
	return ((holds_ci(head, n, "<rss", &at) && at < html) || (holds_ci(head, n, "<feed", &at) && at < html &&
		holds_ci(head, n, "http://www.w3.org/2005/Atom", NULL)) ||
		(holds_ci(head, n, "<rdf:RDF", &at) && at < html && holds_ci(head, n, "purl.org/rss", NULL)));
}

static int sniff_html(const char *head, size_t n, const char *path)
{
	size_t i = skip_blank(head, n);

	if (i >= n || head[i] != '<')
		return 0;
	if (starts_ci(head + i, n - i, "<!doctype html") || starts_ci(head + i, n - i, "<html") ||
	    holds_ci(head, n, "<body", NULL) || holds_ci(head, n, "<head", NULL) || holds_ci(head, n, "<html", NULL))
		return 1;
	return has_ext(path, ".html") || has_ext(path, ".htm") || has_ext(path, ".xhtml") ||
	       has_ext(path, ".html.gz") || has_ext(path, ".htm.gz");
}

static int sniff_triples(const char *head, size_t n, const char *path)
{
	size_t i = skip_blank(head, n), end = i;

	if (has_ext(path, ".tsv"))
		return 1;
	while (end < n && head[end] != '\n')
		end++;
	if (n - i >= 8 && memcmp(head + i, "subject\t", 8) == 0)
		return 1;
	return i < n && head[i] == '{' && (holds_ci(head + i, end - i, "\"subject\":", NULL) ||
					    holds_ci(head + i, end - i, "\"subject\" :", NULL));
}

static int sniff_jsonl(const char *head, size_t n, const char *path)
{
	size_t i = skip_blank(head, n);

	return is_jsonl_name(path ? path : "") || (i < n && head[i] == '{');
}

static int sniff_text(const char *head, size_t n, const char *path)
{
	(void)head;
	(void)n;
	(void)path;
	return 1;
}

/* Reads bytes as one plain text document. */
static int read_text(reader *r, const char *path, const char *id, const char *bytes, size_t len)
{
	return emit(r, id, path, bytes, len, NULL, NULL);
}

/* Reads bytes as JSON Lines documents. */
static int read_jsonl(reader *r, const char *path, const char *id, const char *bytes, size_t len)
{
	size_t i = 0;
	long lineno = 0;
	int rc = KG_OK;

	(void)id;
	while (rc == KG_OK && i < len) {
		const char *nl = memchr(bytes + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - bytes) : len, k = i;

		lineno++;
		while (k < end && strchr(" \t\r", bytes[k]))
			k++;
		if (k < end)
			rc = jsonl_line(r, path, lineno, bytes + i, end - i);
		i = end + 1;
	}
	return rc;
}

/* Reads bytes as one HTML page. */
static int read_html(reader *r, const char *path, const char *id, const char *bytes, size_t len)
{
	kg_doc *doc = NULL;
	kg_error err = {0};
	int rc = kg_web_html_read(&doc, id, path, bytes, len, NULL, &err);

	if (rc == KG_OK)
		doc->format = "html";
	return kg_text_deliver_web(r, doc, rc, &err);
}


const kg_text_format kg_text_formats[] = {
	{ "warc", "web archive (WARC 1.0/1.1, .warc or .warc.gz): each HTML response record is a page",
	  sniff_warc, kg_text_read_warc },
	{ "feed", "RSS 2.0, RSS 1.0 or Atom feed: each item or entry is a document (its content read as HTML)",
	  sniff_feed, kg_text_read_feed },
	{ "html", "HTML page: the headline and the main article text, with the page's metadata",
	  sniff_html, read_html },
	{ "triples", "ready-made triples (JSON Lines objects with \"subject\", or TSV): read by kg build, "
	  "not documents", sniff_triples, NULL },
	{ "jsonl", "JSON Lines documents {\"id\",\"text\",\"title\",\"url\",\"date\"}", sniff_jsonl, read_jsonl },
	{ "text", "plain UTF-8 text: one document", sniff_text, read_text },
	{ NULL, NULL, NULL, NULL },
};

const kg_text_format *kg_text_sniff(const char *head, size_t n, const char *path)
{
	const kg_text_format *f = kg_text_formats;

	for (; f[1].name; f++)
		if (f->sniff(head, n, path))
			return f;
	return f;
}

int kg_text_read_line(char **line, size_t *cap, size_t *len, size_t max, FILE *fp)
{
	size_t n = 0, total = 0;
	int c, any = 0;

	*len = 0;
	while ((c = getc_unlocked(fp)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (!max || total < max) {
			if (n + 2 > *cap) {
				char *nl = kg_grow(*line, cap, n + 2, 1, 256);

				if (!nl)
					return KG_ENOMEM;
				*line = nl;
			}
			(*line)[n++] = (char)c;
		}
		total++;
	}
	if (ferror(fp))
		return KG_EIO;
	if (!any)
		return 0;
	if (!*line) {
		if (!(*line = malloc(1)))
			return KG_ENOMEM;
		*cap = 1;
	}
	(*line)[n] = '\0';
	*len = total;
	return c == '\n' ? 1 : 2;
}

/* Reads JSON Lines documents from fp line by line, so that memory does not grow with the input;
 * lineno is the number of lines before the first one read. A line longer than max_doc_bytes is
 * reported and skipped without being held in memory. */
static int read_jsonl_stream(reader *r, const char *path, FILE *fp, long lineno)
{
	size_t max = r->opts ? r->opts->max_doc_bytes : 0;
	char *line = NULL;
	size_t cap = 0, len;
	kg_error err = {0};
	int got, rc = KG_OK;

	errno = 0;
	while (rc == KG_OK && (got = kg_text_read_line(&line, &cap, &len, max, fp)) > 0) {
		size_t k;

		lineno++;
		if (max && len > max) {
			kg_error_set(&err, path, lineno, 0, "line of %zu bytes is over the limit of %zu bytes; skipped",
				     len, max);
			kg_text_report(r, &err);
			continue;
		}
		for (k = 0; k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'); k++)
			;
		if (k < len)
			rc = jsonl_line(r, path, lineno, line, len);
	}
	if (rc == KG_OK && got == KG_ENOMEM)
		rc = KG_ENOMEM;
	else if (rc == KG_OK && got < 0) {
		kg_error_set(&err, path, lineno + 1, 0, "read failed: %s", strerror(errno ? errno : EIO));
		kg_text_report(r, &err);
	}
	free(line);
	return rc;
}

/* A source read_capped pulls bytes from: puts at most want bytes in buf and returns how many (0 at the
 * end; < 0 on an error, with errno set). */
typedef long (*pull_fn)(void *src, char *buf, size_t want);

/* Reads src to its end into *out (new, NUL-terminated) after the head_len bytes of head, keeping at
 * most max bytes in all (0: no limit): past it *over is set and reading stops, so that a device or a
 * pipe without end cannot fill memory. Returns 0, KG_ENOMEM, or KG_EIO with errno set. */
static int read_capped(pull_fn pull, void *src, size_t max, const char *head, size_t head_len, char **out,
		       size_t *len, int *over)
{
	size_t n = head_len, cap = head_len + 65536;
	char *buf = malloc(cap);

	*out = NULL;
	*len = 0;
	*over = 0;
	if (!buf)
		return KG_ENOMEM;
	if (head_len)
		memcpy(buf, head, head_len);
	for (;;) {
		size_t want;
		long got;

		if (max && n > max) {
			*over = 1;
			break;
		}
		if (cap - n < 4096) {
			char *nb = realloc(buf, cap * 2);

			if (!nb) {
				free(buf);
				return KG_ENOMEM;
			}
			buf = nb;
			cap *= 2;
		}
		want = cap - n - 1;
		if (max && want > max + 1 - n)
			want = max + 1 - n;
		if ((got = pull(src, buf + n, want)) < 0) {
			free(buf);
			return KG_EIO;
		}
		if (got == 0)
			break;
		n += (size_t)got;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return KG_OK;
}

/* Pulls from a FILE. */
static long pull_file(void *src, char *buf, size_t want)
{
	FILE *fp = src;
	size_t got = fread(buf, 1, want, fp);

	return got == 0 && ferror(fp) ? -1 : (long)got;
}

/* Reports a document over max_doc_bytes: size bytes, or unknown (0) when it was read from a pipe, a
 * device or standard input and reading stopped at the limit. */
static void report_too_big(reader *r, const char *path, unsigned long long size)
{
	kg_error err = {0};

	if (size)
		kg_error_set(&err, path, 0, 0, "document of %llu bytes is over the limit of %zu bytes", size,
			     r->opts->max_doc_bytes);
	else
		kg_error_set(&err, path, 0, 0, "document of more than %zu bytes is over the limit; not read further",
			     r->opts->max_doc_bytes);
	kg_text_report(r, &err);
}

/* Reads the document fp (named path: standard input) no further than max_doc_bytes, after head, and
 * hands it to the reader its first bytes choose; problems are reported, only ENOMEM or the callback's
 * code are returned. */
static int read_plain(reader *r, FILE *fp, const char *path, const char *id, const char *head, size_t head_len)
{
	size_t max = r->opts ? r->opts->max_doc_bytes : 0, len;
	char *buf = NULL;
	kg_error err = {0};
	int over, rc = read_capped(pull_file, fp, max, head, head_len, &buf, &len, &over);
	const kg_text_format *fmt;

	if (rc == KG_EIO) {
		kg_error_set(&err, path, 0, 0, "read failed: %s", strerror(errno));
		kg_text_report(r, &err);
		rc = KG_OK;
	} else if (rc == KG_OK && over) {
		report_too_big(r, path, 0);
	} else if (rc == KG_OK && len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b) {
		kg_error_set(&err, path, 0, 0, "gzip-compressed data on standard input: name the file instead, "
			     "or decompress it first (zcat FILE | kg ...)");
		kg_text_report(r, &err);
	} else if (rc == KG_OK) {
		fmt = kg_text_sniff(buf, len < SNIFF_BYTES ? len : SNIFF_BYTES, NULL);
		if (!fmt->read) {
			kg_error_set(&err, path, 0, 0, "%s, not documents: kg build and kg extract read it", fmt->name);
			kg_text_warn(r, &err);
		} else {
			rc = fmt->read(r, path, id, buf, len);
		}
	}
	free(buf);
	return rc;
}

/* A gzip stream to pull from, and where its damage is told. */
typedef struct gz_src {
	gzFile gz;         /* the stream */
	const char *zerr;  /* zlib's message when the data is damaged or cut short, else NULL */
} gz_src;

/* Pulls from a gz_src; damage ends the stream (what was read before is kept) and sets zerr. */
static long pull_gz(void *src, char *buf, size_t want)
{
	gz_src *z = src;
	int errnum = Z_OK, got = gzread(z->gz, buf, want > (1u << 30) ? 1u << 30 : (unsigned)want);
	/* zlib ends a stream cut short without an error code of gzread: ask */
	const char *msg = got <= 0 ? gzerror(z->gz, &errnum) : NULL;

	if (got < 0 || (got == 0 && errnum != Z_OK))
		z->zerr = msg;
	return got < 0 ? 0 : got;
}

/* Reads one regular file: JSON Lines by name are streamed; anything else (gzip-compressed or not) is
 * read no further than max_doc_bytes and handed to the reader its first bytes choose (a WARC archive
 * is streamed record by record). Problems are reported; only ENOMEM or the callback's code are
 * returned. */
static int read_file(reader *r, const char *path, const char *id, off_t size)
{
	size_t max = r->opts ? r->opts->max_doc_bytes : 0, n = 0, len = 0;
	const kg_text_format *fmt;
	kg_error err = {0};
	char head[SNIFF_BYTES], *buf = NULL;
	gz_src z = { NULL, NULL };
	gzFile gz = NULL;
	FILE *fp;
	int rc = KG_OK, got, over = 0, fd;

	if (is_jsonl_name(path)) {
		if (!(fp = fopen(path, "rb"))) {
			kg_error_set(&err, path, 0, 0, "cannot open: %s", strerror(errno));
			kg_text_report(r, &err);
			return KG_OK;
		}
		rc = read_jsonl_stream(r, path, fp, 0);
		fclose(fp);
		return rc;
	}
	if ((fd = open(path, O_RDONLY)) < 0 || !(gz = gzdopen(fd, "rb"))) {
		kg_error_set(&err, path, 0, 0, "cannot open: %s", strerror(errno));
		kg_text_report(r, &err);
		if (fd >= 0)
			close(fd);
		return KG_OK;
	}
	got = gzread(gz, head, sizeof(head));
	if (got < 0) {
		int errnum;

		kg_error_set(&err, path, 0, 0, "damaged or truncated gzip data (%s); the file is skipped: fetch it again",
			     gzerror(gz, &errnum));
		kg_text_report(r, &err);
		goto done;
	}
	n = (size_t)got;
	fmt = kg_text_sniff(head, n, path);
	if (!fmt->read) {
		kg_error_set(&err, path, 0, 0, "%s, not documents: kg build and kg extract read it", fmt->name);
		kg_text_warn(r, &err);
		goto done;
	}
	if (strcmp(fmt->name, "warc") == 0) {
		rc = kg_text_warc_stream(r, path, gz, head, n);
		goto done;
	}
	/* a plain file over the limit is refused unread */
	if (max && size > 0 && (size_t)size > max && gzdirect(gz)) {
		report_too_big(r, path, (unsigned long long)size);
		goto done;
	}
	z.gz = gz;
	if ((rc = read_capped(pull_gz, &z, max, head, n, &buf, &len, &over)) < 0)
		goto done;
	if (over) {
		report_too_big(r, path, 0);
	} else if (z.zerr) {
		kg_error_set(&err, path, 0, 0, "damaged or truncated gzip data after %zu bytes (%s); the file is "
			     "skipped: fetch it again", len, z.zerr);
		kg_text_report(r, &err);
	} else {
		rc = fmt->read(r, path, id, buf, len);
	}
done:
	free(buf);
	gzclose(gz);
	return rc;
}

/* The last path component of path. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}

/* Reads a file met in a directory walk (a kg_walk_file_cb; ctx: the reader): its id is its base name,
 * or its path relative to the walk root when an earlier file already had that base name. */
static int walk_file(const char *path, const char *rel, long long size, void *ctx)
{
	reader *r = ctx;
	const char *base = base_name(rel);
	const char *id = base;

	if (kg_map_get(r->ids, base, NULL))
		id = rel;
	else if (kg_map_put(r->ids, base, 1) < 0)
		return KG_ENOMEM;
	return read_file(r, path, id, (off_t)size);
}

/* Reports a problem of a directory walk (a kg_walk_problem_cb; ctx: the reader). */
static void walk_problem(const kg_error *err, void *ctx)
{
	kg_text_report(ctx, err);
}

/* Reads standard input: JSON Lines when its first non-blank byte is '{' (streamed line by line, so
 * that memory does not grow with the input), else one document "-" read no further than max_doc_bytes. */
static int read_stdin(reader *r)
{
	char *head = NULL;
	size_t n = 0, cap = 0;
	long lines = 0;
	int c, rc = KG_OK;

	/* the leading blanks are kept: they belong to a plain text document */
	while ((c = getc(stdin)) == ' ' || c == '\t' || c == '\r' || c == '\n') {
		if (n + 1 >= cap) {
			char *p = realloc(head, cap ? 2 * cap : 256);

			if (!p) {
				rc = KG_ENOMEM;
				goto done;
			}
			head = p;
			cap = cap ? 2 * cap : 256;
		}
		head[n++] = (char)c;
		lines += c == '\n';
	}
	if (c != EOF)
		ungetc(c, stdin);
	if (c == '{') {
		rc = read_jsonl_stream(r, "-", stdin, lines);
		goto done;
	}
	rc = read_plain(r, stdin, "-", "-", head, n);
done:
	free(head);
	return rc;
}

int kg_text_read_path(const char *path, const kg_read_opts *opts, kg_doc_cb cb, kg_doc_err_cb on_err,
		      void *ctx, size_t *n_errors)
{
	reader r = {opts, cb, on_err, ctx, 0, NULL};
	kg_error err = {0};
	struct stat st;
	int rc = KG_OK;

	if (!path || !cb) {
		rc = KG_EINVAL;
		goto done;
	}
	if (strcmp(path, "-") == 0) {
		rc = read_stdin(&r);
	} else if (stat(path, &st) < 0) {
		kg_error_set(&err, path, 0, 0, "cannot read: %s", strerror(errno));
		kg_text_report(&r, &err);
	} else if (S_ISDIR(st.st_mode)) {
		rc = kg_map_new(&r.ids);
		if (rc == KG_OK)
			rc = kg_text_walk(path, walk_file, walk_problem, &r);
	} else {
		rc = read_file(&r, path, base_name(path), S_ISREG(st.st_mode) ? st.st_size : 0);
	}
done:
	kg_map_free(r.ids);
	if (n_errors)
		*n_errors = r.n_errors;
	return rc;
}
