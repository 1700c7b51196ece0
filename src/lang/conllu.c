/* conllu.c: CoNLL-U reading (plain files, standard input, or .xz through xz -dc) and writing. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../text/text.h"

/* An open CoNLL-U source. */
struct kg_lang_conllu {
	FILE *fp;        /* the stream */
	int piped;       /* 1: fp is a popen of xz -dc */
	int is_stdin;    /* 1: fp is stdin (not closed) */
	char *path;      /* the name for messages */
	long line_no;    /* lines read so far */
	char *line;      /* line buffer */
	size_t line_cap; /* its size */
};

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

int kg_lang_conllu_open(kg_lang_conllu **out, const char *path, kg_error *err)
{
	kg_lang_conllu *r = calloc(1, sizeof(*r));
	int rc = KG_ENOMEM;

	*out = NULL;
	if (!r || !(r->path = kg_strdup(path)))
		goto done;
	if (strcmp(path, "-") == 0) {
		r->fp = stdin;
		r->is_stdin = 1;
	} else if (ends_with(path, ".xz")) {
		/* the name goes in single quotes, each ' written as '\'' */
		size_t n = strlen(path), i, k = 0;
		char *cmd = malloc(4 * n + 32);
		FILE *probe;
		if (!cmd)
			goto done;
		if (!(probe = fopen(path, "rb"))) {
			free(cmd);
			kg_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
			rc = KG_EIO;
			goto done;
		}
		fclose(probe);
		k += (size_t)sprintf(cmd, "xz -dc -- '");
		for (i = 0; i < n; i++) {
			if (path[i] == '\'') {
				memcpy(cmd + k, "'\\''", 4);
				k += 4;
			} else {
				cmd[k++] = path[i];
			}
		}
		strcpy(cmd + k, "'");
		r->fp = popen(cmd, "r");
		free(cmd);
		r->piped = 1;
		if (!r->fp) {
			kg_error_set(err, path, 0, 0, "cannot run xz -dc (install xz-utils): %s", strerror(errno));
			rc = KG_EIO;
			goto done;
		}
	} else if (!(r->fp = fopen(path, "r"))) {
		kg_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
		rc = KG_EIO;
		goto done;
	}
	*out = r;
	r = NULL;
	rc = KG_OK;
done:
	if (r) {
		free(r->path);
		free(r);
	}
	return rc;
}

int kg_lang_conllu_close(kg_lang_conllu *r, kg_error *err)
{
	int rc = KG_OK;

	if (!r)
		return KG_OK;
	if (r->piped) {
		if (pclose(r->fp) != 0) {
			kg_error_set(err, r->path, 0, 0, "xz -dc failed: is it an .xz file?");
			rc = KG_EIO;
		}
	} else if (!r->is_stdin) {
		fclose(r->fp);
	}
	free(r->line);
	free(r->path);
	free(r);
	return rc;
}

/* Splits line at tabs into at most 10 fields; returns how many. */
static int split_tabs(char *line, char **f)
{
	int n = 0;
	char *p = line;

	f[n++] = p;
	while ((p = strchr(p, '\t')) && n < 10) {
		*p++ = '\0';
		f[n++] = p;
	}
	return n;
}

/* Skips lines to the end of the current sentence (after an error). */
static int skip_sentence(kg_lang_conllu *r)
{
	size_t len;
	int got;

	while ((got = kg_text_read_line(&r->line, &r->line_cap, &len, 1 << 20, r->fp)) > 0) {
		r->line_no++;
		if (len == 0 || (len == 1 && r->line[0] == '\r'))
			break;
	}
	return got < 0 ? got : KG_OK;
}

int kg_lang_conllu_read(kg_lang_conllu *r, kg_lang_sent *s, kg_error *err)
{
	size_t len;
	int got, rc;

	kg_lang_sent_reset(s);
	while ((got = kg_text_read_line(&r->line, &r->line_cap, &len, 1 << 20, r->fp)) > 0) {
		char *f[10], *end;
		long id, head;
		int nf;
		kg_lang_token *t;

		r->line_no++;
		if (len && r->line[len - 1] == '\r')
			r->line[--len] = '\0';
		if (len == 0) {
			if (s->n || s->comments.n)
				return 1;
			continue;
		}
		if (r->line[0] == '#') {
			if ((rc = kg_strv_push(&s->comments, r->line)) < 0)
				return rc;
			continue;
		}
		id = strtol(r->line, &end, 10);
		if (end != r->line && (*end == '-' || *end == '.')) {
			kg_lang_extra *x;
			if (s->n_extra == s->cap_extra) {
				size_t cap = s->cap_extra ? 2 * s->cap_extra : 4;
				kg_lang_extra *nx = realloc(s->extra, cap * sizeof(*nx));
				if (!nx)
					return KG_ENOMEM;
				s->extra = nx;
				s->cap_extra = cap;
			}
			x = &s->extra[s->n_extra];
			if (!(x->line = kg_strdup(r->line)))
				return KG_ENOMEM;
			x->before = *end == '.' ? s->n : (size_t)(id > 0 ? id - 1 : 0);
			s->n_extra++;
			continue;
		}
		nf = split_tabs(r->line, f);
		if (nf != 10) {
			kg_error_set(err, r->path, r->line_no, 0,
				     "a word line has %d tab-separated columns, CoNLL-U needs 10", nf);
			rc = skip_sentence(r);
			return rc < 0 ? rc : KG_EPARSE;
		}
		if (*end != '\t' && *end != '\0') {
			kg_error_set(err, r->path, r->line_no, 0, "the ID column is not a number: fix or drop the line");
			rc = skip_sentence(r);
			return rc < 0 ? rc : KG_EPARSE;
		}
		if (id != (long)s->n + 1) {
			kg_error_set(err, r->path, r->line_no, 0, "word ID %ld where %zu was due: IDs count 1, 2, 3...",
				     id, s->n + 1);
			rc = skip_sentence(r);
			return rc < 0 ? rc : KG_EPARSE;
		}
		if ((rc = kg_lang_sent_add(s, f[1], strlen(f[1]), 0, 0)) < 0)
			return rc;
		t = &s->tok[s->n - 1];
		if (!(t->lemma = kg_lang_sent_strdup(s, f[2], strlen(f[2]))) ||
		    !(t->upos = kg_lang_sent_strdup(s, f[3], strlen(f[3]))) ||
		    !(t->xpos = kg_lang_sent_strdup(s, f[4], strlen(f[4]))) ||
		    !(t->feats = kg_lang_sent_strdup(s, f[5], strlen(f[5]))) ||
		    !(t->deprel = kg_lang_sent_strdup(s, f[7], strlen(f[7]))) ||
		    !(t->deps = kg_lang_sent_strdup(s, f[8], strlen(f[8]))) ||
		    !(t->misc = kg_lang_sent_strdup(s, f[9], strlen(f[9]))))
			return KG_ENOMEM;
		if (strcmp(f[6], "_") == 0) {
			t->head = -1;
		} else {
			head = strtol(f[6], &end, 10);
			if (end == f[6] || *end || head < 0 || head > 100000) {
				kg_error_set(err, r->path, r->line_no, 0, "HEAD \"%.20s\" is not a word ID or _", f[6]);
				rc = skip_sentence(r);
				return rc < 0 ? rc : KG_EPARSE;
			}
			t->head = (int)head;
		}
	}
	if (got < 0) {
		kg_error_set(err, r->path, r->line_no, 0, "cannot read: %s", strerror(errno));
		return got;
	}
	return s->n || s->comments.n ? 1 : 0;
}

/* A line being written: pieces gathered in a buffer and written together, since fprintf's format
 * parsing took a fifth of a tagging run's time (kg parse --tag-only). */
typedef struct line_buf {
	FILE *fp;      /* where it goes */
	size_t n;      /* bytes in b */
	char b[1024];  /* the bytes */
} line_buf;

static void lb_put(line_buf *lb, const char *p, size_t n)
{
	if (lb->n + n > sizeof(lb->b)) {
		fwrite(lb->b, 1, lb->n, lb->fp);
		lb->n = 0;
	}
	if (n > sizeof(lb->b)) {
		fwrite(p, 1, n, lb->fp);
		return;
	}
	memcpy(lb->b + lb->n, p, n);
	lb->n += n;
}

static void lb_str(line_buf *lb, const char *p)
{
	lb_put(lb, p, strlen(p));
}

/* Writes s then the character end. */
static void lb_field(line_buf *lb, const char *s, char end)
{
	lb_str(lb, s);
	lb_put(lb, &end, 1);
}

static void lb_num(line_buf *lb, unsigned long long v)
{
	char d[24];
	size_t k = sizeof(d);

	do
		d[--k] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	lb_put(lb, d + k, sizeof(d) - k);
}

static void lb_flush(line_buf *lb)
{
	fwrite(lb->b, 1, lb->n, lb->fp);
	lb->n = 0;
}

int kg_lang_conllu_write(FILE *fp, const kg_lang_sent *s)
{
	line_buf lb;
	size_t i, x = 0;

	lb.fp = fp;
	lb.n = 0;
	for (i = 0; i < s->comments.n; i++)
		lb_field(&lb, s->comments.v[i], '\n');
	for (i = 0; i < s->n; i++) {
		const kg_lang_token *t = &s->tok[i];
		while (x < s->n_extra && s->extra[x].before <= i && !strchr(s->extra[x].line, '.'))
			lb_field(&lb, s->extra[x++].line, '\n');
		lb_num(&lb, i + 1);
		lb_put(&lb, "\t", 1);
		lb_field(&lb, t->form, '\t');
		lb_field(&lb, t->lemma, '\t');
		lb_field(&lb, t->upos, '\t');
		lb_field(&lb, t->xpos, '\t');
		lb_field(&lb, t->feats, '\t');
		if (t->head < 0)
			lb_put(&lb, "_", 1);
		else
			lb_num(&lb, (unsigned long long)t->head);
		lb_put(&lb, "\t", 1);
		lb_field(&lb, t->deprel, '\t');
		lb_field(&lb, t->deps, '\t');
		lb_field(&lb, t->misc, '\n');
		/* empty nodes come after the word they follow */
		while (x < s->n_extra && strchr(s->extra[x].line, '.') && s->extra[x].before <= i + 1)
			lb_field(&lb, s->extra[x++].line, '\n');
	}
	while (x < s->n_extra)
		lb_field(&lb, s->extra[x++].line, '\n');
	lb_put(&lb, "\n", 1);
	lb_flush(&lb);
	return ferror(fp) ? KG_EIO : KG_OK;
}

int kg_lang_conllu_load(kg_lang_sent **out, size_t *n, const char *const *paths, size_t n_paths, kg_error *err)
{
	kg_lang_sent *v = NULL;
	size_t nv = 0, cap = 0, p;
	int rc = KG_OK;

	*out = NULL;
	*n = 0;
	for (p = 0; p < n_paths && rc >= 0; p++) {
		kg_lang_conllu *r;
		int got;
		if ((rc = kg_lang_conllu_open(&r, paths[p], err)) < 0)
			break;
		for (;;) {
			if (nv == cap) {
				size_t nc = cap ? 2 * cap : 1024;
				kg_lang_sent *nvv = realloc(v, nc * sizeof(*nvv));
				if (!nvv) {
					rc = KG_ENOMEM;
					break;
				}
				memset(nvv + cap, 0, (nc - cap) * sizeof(*nvv));
				v = nvv;
				cap = nc;
			}
			got = kg_lang_conllu_read(r, &v[nv], err);
			if (got < 0) {
				rc = got;
				break;
			}
			if (got == 0)
				break;
			if (v[nv].n)
				nv++;
		}
		if (rc >= 0)
			rc = kg_lang_conllu_close(r, err);
		else
			kg_lang_conllu_close(r, NULL);
	}
	if (rc < 0) {
		kg_lang_sents_free(v, cap);
		return rc;
	}
	/* the unused tail may hold a reset sentence with memory */
	for (p = nv; p < cap; p++)
		kg_lang_sent_clear(&v[p]);
	*out = v;
	*n = nv;
	return KG_OK;
}
