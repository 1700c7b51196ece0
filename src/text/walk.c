/* walk.c: the one directory walker of kg (see kg_text_walk in text.h). */
#include "text.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* directories deeper than this below the root are reported and skipped */
#define KG_WALK_MAX_DEPTH 64

/* What a walk passes down. */
typedef struct walker {
	kg_walk_file_cb file;       /* each regular file */
	kg_walk_problem_cb problem; /* each problem */
	void *ctx;                  /* theirs */
} walker;

/* a + "/" + b (no doubled slash), new string; NULL when out of memory. */
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

/* Tells w's problem callback what went wrong at path. */
static void problem(const walker *w, const char *path, const char *fmt, const char *why)
{
	kg_error err;

	kg_error_set(&err, path, 0, 0, fmt, why);
	if (w->problem)
		w->problem(&err, w->ctx);
}

/* Walks dir (rel: its path under the root, "" for the root) at depth. */
static int walk(const walker *w, const char *dir, const char *rel, int depth)
{
	kg_strv names = { 0 };
	DIR *d = NULL;
	struct dirent *e;
	char deep[64];
	int rc = KG_OK;

	if (depth > KG_WALK_MAX_DEPTH) {
		snprintf(deep, sizeof(deep), "%d", KG_WALK_MAX_DEPTH);
		problem(w, dir, "directories nested deeper than %s levels are skipped", deep);
		return KG_OK;
	}
	if (!(d = opendir(dir))) {
		problem(w, dir, "cannot open directory: %s", strerror(errno));
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
			problem(w, path, "cannot stat: %s", strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk(w, path, sub, depth + 1);
		} else if (S_ISREG(st.st_mode)) {
			rc = w->file(path, sub, (long long)st.st_size, w->ctx);
		} else if (S_ISLNK(st.st_mode)) {
			if (stat(path, &st) < 0)
				problem(w, path, "cannot follow link: %s", strerror(errno));
			else if (S_ISREG(st.st_mode))
				rc = w->file(path, sub, (long long)st.st_size, w->ctx);
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

int kg_text_walk(const char *dir, kg_walk_file_cb file, kg_walk_problem_cb problem_cb, void *ctx)
{
	walker w = { file, problem_cb, ctx };

	if (!dir || !file)
		return KG_EINVAL;
	return walk(&w, dir, "", 0);
}
