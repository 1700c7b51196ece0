/* read.c: reads documents from a file, a directory tree, standard input or JSON Lines. */
#define _POSIX_C_SOURCE 200809L
#include "text.h"

#include <dirent.h>
#include <errno.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define KG_WALK_MAX_DEPTH 64

/* State of one kg_text_read_path call. */
typedef struct reader {
	const kg_read_opts *opts; /* reading options, may be NULL */
	kg_doc_cb cb;             /* takes each document */
	kg_doc_err_cb on_err;     /* hears of each problem, may be NULL */
	void *ctx;                /* passed to both */
	size_t n_errors;          /* problems reported so far */
	kg_map *ids;              /* base names already used as ids in a directory walk */
} reader;

/* Counts and passes on one problem. */
static void report(reader *r, const kg_error *err)
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
		report(r, &err);
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
		kg_read_opts o = {1, 0};

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
		report(r, &err);
		goto done;
	}
	if (!json_is_object(obj)) {
		kg_error_set(&err, path, lineno, 1, "a JSON Lines document must be an object");
		report(r, &err);
		goto done;
	}
	text = json_object_get(obj, "text");
	if (!json_is_string(text)) {
		kg_error_set(&err, path, lineno, 0, "document has no \"text\" string");
		report(r, &err);
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

/* Reads every non-blank line of buf as a JSON Lines document. */
static int read_jsonl(reader *r, const char *path, const char *buf, size_t len)
{
	size_t i = 0;
	long lineno = 0;

	while (i < len) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t end = nl ? (size_t)(nl - buf) : len;
		size_t k;
		int rc;

		lineno++;
		for (k = i; k < end && (buf[k] == ' ' || buf[k] == '\t' || buf[k] == '\r'); k++)
			;
		if (k < end) {
			rc = jsonl_line(r, path, lineno, buf + i, end - i);
			if (rc < 0)
				return rc;
		}
		i = end + 1;
	}
	return KG_OK;
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

/* Reads one regular file (size bytes, or 0 when unknown) as a document with the given id, or as JSON
 * Lines documents. Problems are reported; only ENOMEM or the callback's code are returned. */
static int read_file(reader *r, const char *path, const char *id, off_t size)
{
	char *buf = NULL;
	size_t len = 0;
	kg_error err = {0};
	int jsonl = is_jsonl_name(path);
	int rc;

	if (!jsonl && r->opts && r->opts->max_doc_bytes && size > 0 && (size_t)size > r->opts->max_doc_bytes) {
		kg_error_set(&err, path, 0, 0, "document of %lld bytes is over the limit of %zu bytes",
			     (long long)size, r->opts->max_doc_bytes);
		report(r, &err);
		return KG_OK;
	}
	rc = kg_read_file(&buf, &len, path, &err);
	if (rc == KG_ENOMEM)
		goto done;
	if (rc < 0) {
		report(r, &err);
		rc = KG_OK;
		goto done;
	}
	if (jsonl)
		rc = read_jsonl(r, path, buf, len);
	else
		rc = emit(r, id, path, buf, len, NULL, NULL);
done:
	free(buf);
	return rc;
}

/* The last path component of path. */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash && slash[1] ? slash + 1 : path;
}

/* Reads a file met in a directory walk: its id is its base name, or its path relative to the walk
 * root when an earlier file already had that base name. */
static int walk_file(reader *r, const char *path, const char *rel, off_t size)
{
	const char *base = base_name(rel);
	const char *id = base;

	if (kg_map_get(r->ids, base, NULL))
		id = rel;
	else if (kg_map_put(r->ids, base, 1) < 0)
		return KG_ENOMEM;
	return read_file(r, path, id, size);
}

/* Joins a and b with '/' into a new string, or NULL. */
static char *join(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	char *s = malloc(na + nb + 2);

	if (!s)
		return NULL;
	memcpy(s, a, na);
	s[na] = '/';
	memcpy(s + na + 1, b, nb + 1);
	if (na && a[na - 1] == '/')
		memmove(s + na, s + na + 1, nb + 1);
	return s;
}

/* Reads the directory dir (rel: its path under the walk root, "" for the root) recursively, entries
 * sorted by name; hidden entries and symbolic links to directories are skipped. */
static int walk_dir(reader *r, const char *dir, const char *rel, int depth)
{
	kg_strv names = {0};
	kg_error err = {0};
	DIR *d = NULL;
	struct dirent *e;
	int rc = KG_OK;

	if (depth > KG_WALK_MAX_DEPTH) {
		kg_error_set(&err, dir, 0, 0, "directories nested deeper than %d levels are skipped",
			     KG_WALK_MAX_DEPTH);
		report(r, &err);
		return KG_OK;
	}
	d = opendir(dir);
	if (!d) {
		kg_error_set(&err, dir, 0, 0, "cannot open directory: %s", strerror(errno));
		report(r, &err);
		return KG_OK;
	}
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (kg_strv_push(&names, e->d_name) < 0) {
			rc = KG_ENOMEM;
			goto done;
		}
	}
	closedir(d);
	d = NULL;
	kg_strv_sort(&names);
	for (size_t i = 0; i < names.n && rc == KG_OK; i++) {
		char *path = join(dir, names.v[i]);
		char *sub = *rel ? join(rel, names.v[i]) : kg_strdup(names.v[i]);
		struct stat st;

		if (!path || !sub) {
			rc = KG_ENOMEM;
		} else if (lstat(path, &st) < 0) {
			kg_error_set(&err, path, 0, 0, "cannot stat: %s", strerror(errno));
			report(r, &err);
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk_dir(r, path, sub, depth + 1);
		} else if (S_ISREG(st.st_mode)) {
			rc = walk_file(r, path, sub, st.st_size);
		} else if (S_ISLNK(st.st_mode)) {
			if (stat(path, &st) < 0) {
				kg_error_set(&err, path, 0, 0, "cannot follow link: %s", strerror(errno));
				report(r, &err);
			} else if (S_ISREG(st.st_mode)) {
				rc = walk_file(r, path, sub, st.st_size);
			}
		}
		free(path);
		free(sub);
	}
done:
	if (d)
		closedir(d);
	kg_strv_clear(&names);
	return rc;
}

/* Reads standard input: JSON Lines when its first non-blank byte is '{', else one document "-". */
static int read_stdin(reader *r)
{
	char *buf = NULL;
	size_t len = 0, i;
	kg_error err = {0};
	int rc = kg_read_file(&buf, &len, "-", &err);

	if (rc == KG_ENOMEM)
		goto done;
	if (rc < 0) {
		report(r, &err);
		rc = KG_OK;
		goto done;
	}
	for (i = 0; i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'); i++)
		;
	if (i < len && buf[i] == '{')
		rc = read_jsonl(r, "-", buf, len);
	else
		rc = emit(r, "-", "-", buf, len, NULL, NULL);
done:
	free(buf);
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
		report(&r, &err);
	} else if (S_ISDIR(st.st_mode)) {
		rc = kg_map_new(&r.ids);
		if (rc == KG_OK)
			rc = walk_dir(&r, path, "", 0);
	} else {
		rc = read_file(&r, path, base_name(path), S_ISREG(st.st_mode) ? st.st_size : 0);
	}
done:
	kg_map_free(r.ids);
	if (n_errors)
		*n_errors = r.n_errors;
	return rc;
}
