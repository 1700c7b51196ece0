/* core.c: errors, string vectors, the string map, slugs and the fact set. */
#include "core.h"

#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

void kg_error_set(kg_error *err, const char *source, long line, long column, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return;
	snprintf(err->source, sizeof(err->source), "%s", source ? source : "");
	err->line = line;
	err->column = column;
	va_start(ap, fmt);
	vsnprintf(err->text, sizeof(err->text), fmt, ap);
	va_end(ap);
}

/* Prints s with control characters shown as '?', so a file name never breaks the message line. */
static void print_inert(FILE *fp, const char *s)
{
	for (; *s; s++)
		fputc(((unsigned char)*s < 0x20 || *s == 0x7f) ? '?' : *s, fp);
}

void kg_error_print(const kg_error *err, FILE *fp, int warning)
{
	fputs(warning ? "kg: warning: " : "kg: error: ", fp);
	if (err->source[0]) {
		print_inert(fp, err->source);
		if (err->line > 0)
			fprintf(fp, ":%ld", err->line);
		if (err->column > 0)
			fprintf(fp, ":%ld", err->column);
		fputs(": ", fp);
	}
	print_inert(fp, err->text);
	fputc('\n', fp);
}

const char *kg_strerror(int code)
{
	static const struct { int code; const char *text; } table[] = {
		{ KG_OK, "ok" },
		{ KG_ERROR, "failed" },
		{ KG_ENOMEM, "out of memory" },
		{ KG_EIO, "input/output error" },
		{ KG_EPARSE, "malformed input" },
		{ KG_EINVAL, "invalid argument" },
		{ KG_ENOTFOUND, "not found" },
		{ KG_EUTF8, "invalid UTF-8" },
		{ KG_ELIMIT, "limit exceeded" },
		{ KG_EDEP, "library failure" },
	};
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (table[i].code == code)
			return table[i].text;
	return "unknown error";
}

char *kg_strdup(const char *s)
{
	return s ? kg_strndup(s, strlen(s)) : NULL;
}

char *kg_strndup(const char *s, size_t n)
{
	char *p;

	if (!s)
		return NULL;
	p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

void *kg_grow(void *v, size_t *cap, size_t need, size_t size, size_t min)
{
	size_t c = *cap ? *cap : (min ? min : 1);
	void *p;

	if (need <= *cap)
		return v;
	while (c < need) {
		if (c > SIZE_MAX / 2 / size)
			return NULL;
		c *= 2;
	}
	if (c > SIZE_MAX / size || !(p = realloc(v, c * size)))
		return NULL;
	*cap = c;
	return p;
}

int kg_strv_push(kg_strv *sv, const char *s)
{
	char *copy;

	if (sv->n == sv->cap) {
		char **v = kg_grow(sv->v, &sv->cap, sv->n + 1, sizeof(*v), 4);
		if (!v)
			return KG_ENOMEM;
		sv->v = v;
	}
	copy = kg_strdup(s);
	if (!copy || (sv->index && kg_map_put(sv->index, s, 1) < 0)) {
		free(copy);
		return KG_ENOMEM;
	}
	sv->v[sv->n++] = copy;
	return KG_OK;
}

int kg_strv_contains(const kg_strv *sv, const char *s)
{
	if (sv->index)
		return kg_map_get(sv->index, s, NULL);
	for (size_t i = 0; i < sv->n; i++)
		if (strcmp(sv->v[i], s) == 0)
			return 1;
	return 0;
}

/* Vectors longer than this get a hash index for kg_strv_push_unique, so that adding n distinct
 * strings one at a time takes O(n), not O(n^2). */
#define KG_STRV_INDEX_AT 32

int kg_strv_push_unique(kg_strv *sv, const char *s)
{
	int rc;

	if (!sv->index && sv->n < KG_STRV_INDEX_AT)
		return kg_strv_contains(sv, s) ? KG_OK : kg_strv_push(sv, s);
	if (!sv->index) {
		if ((rc = kg_map_new(&sv->index)) < 0)
			return rc;
		for (size_t i = 0; i < sv->n; i++) {
			if ((rc = kg_map_put(sv->index, sv->v[i], 1)) < 0) {
				kg_map_free(sv->index);
				sv->index = NULL;
				return rc;
			}
		}
	}
	return kg_map_get(sv->index, s, NULL) ? KG_OK : kg_strv_push(sv, s);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void kg_strv_sort(kg_strv *sv)
{
	if (sv->n > 1)
		qsort(sv->v, sv->n, sizeof(char *), cmp_str);
}

void kg_strv_clear(kg_strv *sv)
{
	if (!sv)
		return;
	for (size_t i = 0; i < sv->n; i++)
		free(sv->v[i]);
	free(sv->v);
	kg_map_free(sv->index);
	sv->v = NULL;
	sv->index = NULL;
	sv->n = sv->cap = 0;
}

/* Open addressing with linear probing; the table is kept at most half full. */
struct kg_map {
	char **keys;    /* owned keys, NULL for an empty slot */
	size_t *lens;   /* the length of each key */
	size_t *values; /* the value of each slot */
	size_t cap;     /* slots, a power of two */
	size_t count;   /* used slots */
};

static uint64_t hash_bytes(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

int kg_map_new(kg_map **out)
{
	kg_map *m = calloc(1, sizeof(*m));

	*out = NULL;
	if (!m)
		return KG_ENOMEM;
	m->cap = 16;
	m->keys = calloc(m->cap, sizeof(char *));
	m->lens = calloc(m->cap, sizeof(size_t));
	m->values = calloc(m->cap, sizeof(size_t));
	if (!m->keys || !m->lens || !m->values) {
		kg_map_free(m);
		return KG_ENOMEM;
	}
	*out = m;
	return KG_OK;
}

void kg_map_free(kg_map *m)
{
	if (!m)
		return;
	for (size_t i = 0; m->keys && i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->lens);
	free(m->values);
	free(m);
}

static size_t map_slot(const kg_map *m, const char *key, size_t n)
{
	size_t i = hash_bytes(key, n) & (m->cap - 1);

	while (m->keys[i] && !(m->lens[i] == n && memcmp(m->keys[i], key, n) == 0))
		i = (i + 1) & (m->cap - 1);
	return i;
}

static int map_grow(kg_map *m)
{
	size_t cap = m->cap * 2;
	char **keys = calloc(cap, sizeof(char *));
	size_t *lens = calloc(cap, sizeof(size_t));
	size_t *values = calloc(cap, sizeof(size_t));
	kg_map old = *m;

	if (!keys || !lens || !values) {
		free(keys);
		free(lens);
		free(values);
		return KG_ENOMEM;
	}
	m->keys = keys;
	m->lens = lens;
	m->values = values;
	m->cap = cap;
	for (size_t i = 0; i < old.cap; i++) {
		if (old.keys[i]) {
			size_t j = map_slot(m, old.keys[i], old.lens[i]);
			m->keys[j] = old.keys[i];
			m->lens[j] = old.lens[i];
			m->values[j] = old.values[i];
		}
	}
	free(old.keys);
	free(old.lens);
	free(old.values);
	return KG_OK;
}

int kg_map_putn(kg_map *m, const char *key, size_t n, size_t value)
{
	size_t i;

	if ((m->count + 1) * 2 > m->cap && map_grow(m) < 0)
		return KG_ENOMEM;
	i = map_slot(m, key, n);
	if (!m->keys[i]) {
		m->keys[i] = kg_strndup(key, n);
		if (!m->keys[i])
			return KG_ENOMEM;
		m->lens[i] = n;
		m->count++;
	}
	m->values[i] = value;
	return KG_OK;
}

int kg_map_put(kg_map *m, const char *key, size_t value)
{
	return kg_map_putn(m, key, strlen(key), value);
}

int kg_map_getn(const kg_map *m, const char *key, size_t n, size_t *value)
{
	size_t i = map_slot(m, key, n);

	if (!m->keys[i])
		return 0;
	if (value)
		*value = m->values[i];
	return 1;
}

int kg_map_get(const kg_map *m, const char *key, size_t *value)
{
	return kg_map_getn(m, key, strlen(key), value);
}

size_t kg_map_count(const kg_map *m)
{
	return m->count;
}

static const char *const etype_names[KG_TYPE__COUNT] = {
	[KG_TYPE_UNKNOWN] = "UNKNOWN",
	[KG_TYPE_PERSON] = "PERSON",
	[KG_TYPE_ORG] = "ORG",
	[KG_TYPE_PLACE] = "PLACE",
	[KG_TYPE_EVENT] = "EVENT",
	[KG_TYPE_OTHER] = "OTHER",
};

const char *kg_etype_name(kg_etype t)
{
	return (t >= 0 && t < KG_TYPE__COUNT) ? etype_names[t] : "UNKNOWN";
}

kg_etype kg_etype_parse(const char *s)
{
	static const struct { const char *name; kg_etype type; } table[] = {
		{ "PERSON", KG_TYPE_PERSON }, { "PER", KG_TYPE_PERSON },
		{ "ORG", KG_TYPE_ORG }, { "ORGANIZATION", KG_TYPE_ORG }, { "ORGANISATION", KG_TYPE_ORG },
		{ "PLACE", KG_TYPE_PLACE }, { "GPE", KG_TYPE_PLACE }, { "LOC", KG_TYPE_PLACE },
		{ "LOCATION", KG_TYPE_PLACE }, { "FAC", KG_TYPE_PLACE }, { "FACILITY", KG_TYPE_PLACE },
		{ "EVENT", KG_TYPE_EVENT }, { "OTHER", KG_TYPE_OTHER }, { "MISC", KG_TYPE_OTHER },
	};
	if (!s)
		return KG_TYPE_UNKNOWN;
	for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
		if (strcasecmp(s, table[i].name) == 0)
			return table[i].type;
	return KG_TYPE_UNKNOWN;
}

/* ASCII letter for a two-byte UTF-8 Latin-1/Latin Extended-A letter, or 0. */
static char fold_latin(unsigned char b0, unsigned char b1)
{
	static const char latin1[64] = "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
	unsigned cp = ((b0 & 0x1fu) << 6) | (b1 & 0x3fu);

	if (cp >= 0xc0 && cp <= 0xff)
		return latin1[cp - 0xc0];
	if (cp >= 0x100 && cp <= 0x17f) {
		static const char exta[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
		return exta[cp - 0x100];
	}
	return 0;
}

char *kg_slug_new(const char *name)
{
	size_t n = strlen(name);
	char *out = malloc(n + 2);
	size_t o = 0;
	int dash = 0;

	if (!out)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		char a = 0;

		if (isalnum(c)) {
			a = (char)tolower(c);
		} else if (c == '\'' || c == '.') {
			continue; /* "U.S." -> "us", "O'Brien" -> "obrien" */
		} else if ((c & 0xe0) == 0xc0 && i + 1 < n) {
			char f = fold_latin(c, (unsigned char)name[i + 1]);
			if (f && isalpha((unsigned char)f)) {
				a = (char)tolower((unsigned char)f);
				i++;
			}
		} else if (c == 0xe2 && i + 2 < n && (unsigned char)name[i + 1] == 0x80 &&
			   (unsigned char)name[i + 2] == 0x99) {
			i += 2; /* right single quote: same as apostrophe */
			continue;
		}
		if (a) {
			if (dash && o > 0)
				out[o++] = '-';
			out[o++] = a;
			dash = 0;
		} else {
			dash = 1;
		}
	}
	if (o == 0)
		out[o++] = 'x';
	out[o] = '\0';
	return out;
}

static void attrs_clear(kg_attrs *a)
{
	free(a->title);
	free(a->location);
	free(a->date);
	free(a->modality);
	free(a->event);
	memset(a, 0, sizeof(*a));
}

void kg_triple_clear(kg_triple *t)
{
	if (!t)
		return;
	free(t->subject);
	free(t->predicate);
	free(t->object);
	attrs_clear(&t->attrs);
	free(t->evidence.doc);
	free(t->evidence.text);
	free(t->extractor);
	memset(t, 0, sizeof(*t));
}

/* Copies an optional string: 0 ok, -1 when a non-NULL source could not be copied. */
static int dup_opt(char **dst, const char *src)
{
	*dst = kg_strdup(src);
	return (src && !*dst) ? -1 : 0;
}

kg_triple kg_triple_view(const char *subject, kg_etype subject_type, const char *predicate, const char *object,
			 kg_etype object_type)
{
	kg_triple t = { 0 };

	t.subject = (char *)subject;
	t.subject_type = subject_type;
	t.predicate = (char *)predicate;
	t.object = (char *)object;
	t.object_type = object_type;
	return t;
}

int kg_triple_copy(kg_triple *dst, const kg_triple *src)
{
	int bad = 0;

	*dst = *src;
	bad |= dup_opt(&dst->subject, src->subject);
	bad |= dup_opt(&dst->predicate, src->predicate);
	bad |= dup_opt(&dst->object, src->object);
	bad |= dup_opt(&dst->attrs.title, src->attrs.title);
	bad |= dup_opt(&dst->attrs.location, src->attrs.location);
	bad |= dup_opt(&dst->attrs.date, src->attrs.date);
	bad |= dup_opt(&dst->attrs.modality, src->attrs.modality);
	bad |= dup_opt(&dst->attrs.event, src->attrs.event);
	bad |= dup_opt(&dst->evidence.doc, src->evidence.doc);
	bad |= dup_opt(&dst->evidence.text, src->evidence.text);
	bad |= dup_opt(&dst->extractor, src->extractor);
	if (bad) {
		kg_triple_clear(dst);
		return KG_ENOMEM;
	}
	return KG_OK;
}

int kg_facts_new(kg_facts **out)
{
	kg_facts *f = calloc(1, sizeof(*f));

	*out = NULL;
	if (!f || kg_map_new(&f->by_name) < 0 || kg_map_new(&f->event_ids) < 0) {
		if (f)
			kg_map_free(f->by_name);
		free(f);
		return KG_ENOMEM;
	}
	*out = f;
	return KG_OK;
}

void kg_facts_free(kg_facts *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_entities; i++) {
		free(f->entities[i].name);
		kg_strv_clear(&f->entities[i].aliases);
		kg_strv_clear(&f->entities[i].why);
	}
	free(f->entities);
	for (size_t i = 0; i < f->n_triples; i++)
		kg_triple_clear(&f->triples[i]);
	free(f->triples);
	for (size_t i = 0; i < f->n_events; i++)
		kg_event_clear(&f->events[i]);
	free(f->events);
	kg_map_free(f->event_ids);
	kg_map_free(f->by_name);
	for (size_t i = 0; i < f->n_docs; i++)
		kg_docref_clear(&f->docs[i]);
	free(f->docs);
	kg_map_free(f->doc_names);
	free(f);
}

kg_entity *kg_facts_find(const kg_facts *f, const char *name)
{
	size_t i;

	return kg_map_get(f->by_name, name, &i) ? &f->entities[i] : NULL;
}

int kg_facts_add_entity(kg_facts *f, const char *name, kg_etype type, const char *alias,
			unsigned long mentions, size_t *index)
{
	size_t i;
	kg_entity *e;

	if (!name || !name[0])
		return KG_EINVAL;
	if (!kg_map_get(f->by_name, name, &i)) {
		if (f->n_entities == f->cap_entities) {
			size_t cap = f->cap_entities ? f->cap_entities * 2 : 16;
			kg_entity *v = realloc(f->entities, cap * sizeof(*v));
			if (!v)
				return KG_ENOMEM;
			f->entities = v;
			f->cap_entities = cap;
		}
		i = f->n_entities;
		e = &f->entities[i];
		memset(e, 0, sizeof(*e));
		e->name = kg_strdup(name);
		if (!e->name || kg_map_put(f->by_name, name, i) < 0) {
			free(e->name);
			return KG_ENOMEM;
		}
		f->n_entities++;
	}
	e = &f->entities[i];
	if (e->type == KG_TYPE_UNKNOWN)
		e->type = type;
	e->mentions += mentions;
	if (alias && alias[0] && strcmp(alias, e->name) != 0 && kg_strv_push_unique(&e->aliases, alias) < 0)
		return KG_ENOMEM;
	if (index)
		*index = i;
	return KG_OK;
}

int kg_facts_add_triple(kg_facts *f, const kg_triple *t)
{
	int rc;

	if (!t->subject || !t->object || !t->predicate || !t->subject[0] || !t->object[0] || !t->predicate[0])
		return KG_EINVAL;
	if ((rc = kg_facts_add_entity(f, t->subject, t->subject_type, NULL, 0, NULL)) < 0)
		return rc;
	if ((rc = kg_facts_add_entity(f, t->object, t->object_type, NULL, 0, NULL)) < 0)
		return rc;
	if (f->n_triples == f->cap_triples) {
		size_t cap = f->cap_triples ? f->cap_triples * 2 : 16;
		kg_triple *v = realloc(f->triples, cap * sizeof(*v));
		if (!v)
			return KG_ENOMEM;
		f->triples = v;
		f->cap_triples = cap;
	}
	if ((rc = kg_triple_copy(&f->triples[f->n_triples], t)) < 0)
		return rc;
	f->n_triples++;
	return KG_OK;
}

int kg_facts_merge(kg_facts *dst, const kg_facts *src)
{
	int rc;

	for (size_t i = 0; i < src->n_entities; i++) {
		const kg_entity *e = &src->entities[i];
		size_t k;

		if ((rc = kg_facts_add_entity(dst, e->name, e->type, NULL, e->mentions, &k)) < 0)
			return rc;
		for (size_t a = 0; a < e->aliases.n; a++)
			if ((rc = kg_strv_push_unique(&dst->entities[k].aliases, e->aliases.v[a])) < 0)
				return rc;
		for (size_t a = 0; a < e->why.n; a++)
			if ((rc = kg_strv_push_unique(&dst->entities[k].why, e->why.v[a])) < 0)
				return rc;
	}
	for (size_t i = 0; i < src->n_triples; i++)
		if ((rc = kg_facts_add_triple(dst, &src->triples[i])) < 0)
			return rc;
	for (size_t i = 0; i < src->n_events; i++)
		if ((rc = kg_facts_add_event(dst, &src->events[i])) < 0)
			return rc;
	return kg_facts_copy_docs(dst, src);
}

void kg_docref_clear(kg_docref *d)
{
	if (!d)
		return;
	free(d->name);
	free(d->url);
	free(d->date);
	free(d->title);
	memset(d, 0, sizeof(*d));
}

int kg_docref_copy(kg_docref *dst, const kg_docref *src)
{
	memset(dst, 0, sizeof(*dst));
	if ((src->name && !(dst->name = kg_strdup(src->name))) || (src->url && !(dst->url = kg_strdup(src->url))) ||
	    (src->date && !(dst->date = kg_strdup(src->date))) ||
	    (src->title && !(dst->title = kg_strdup(src->title)))) {
		kg_docref_clear(dst);
		return KG_ENOMEM;
	}
	return KG_OK;
}

int kg_facts_add_doc(kg_facts *f, const kg_docref *d)
{
	kg_docref c;
	int rc;

	if (!d->name)
		return KG_OK;
	if (!f->doc_names && (rc = kg_map_new(&f->doc_names)) < 0)
		return rc;
	if (kg_map_get(f->doc_names, d->name, NULL))
		return KG_OK;
	if (f->n_docs == f->cap_docs) {
		size_t cap = f->cap_docs ? f->cap_docs * 2 : 16;
		kg_docref *more = realloc(f->docs, cap * sizeof(*more));

		if (!more)
			return KG_ENOMEM;
		f->docs = more;
		f->cap_docs = cap;
	}
	if (kg_docref_copy(&c, d) < 0)
		return KG_ENOMEM;
	if (kg_map_put(f->doc_names, d->name, f->n_docs) < 0) {
		kg_docref_clear(&c);
		return KG_ENOMEM;
	}
	f->docs[f->n_docs++] = c;
	return KG_OK;
}

void kg_facts_drop_docs(kg_facts *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_docs; i++)
		kg_docref_clear(&f->docs[i]);
	free(f->docs);
	f->docs = NULL;
	f->n_docs = f->cap_docs = 0;
	kg_map_free(f->doc_names);
	f->doc_names = NULL;
}

int kg_facts_copy_docs(kg_facts *dst, const kg_facts *src)
{
	int rc;

	for (size_t i = 0; i < src->n_docs; i++)
		if ((rc = kg_facts_add_doc(dst, &src->docs[i])) < 0)
			return rc;
	return KG_OK;
}

/* ---- dates ---- */

static const char *const date_source_names[KG_DATE__COUNT] = {
	[KG_DATE_NONE] = "none",
	[KG_DATE_TEXT] = "text",
	[KG_DATE_DOCUMENT] = "document",
};

const char kg_date_formats[] = "YYYY-MM-DD, YYYY-MM or YYYY";

const char *kg_date_source_name(kg_date_source s)
{
	return (s >= 0 && s < KG_DATE__COUNT) ? date_source_names[s] : "none";
}

int kg_date_source_parse(kg_date_source *out, const char *s)
{
	*out = KG_DATE_NONE;
	if (!s || !s[0])
		return KG_OK;
	for (int i = 0; i < KG_DATE__COUNT; i++) {
		if (strcmp(s, date_source_names[i]) == 0) {
			*out = (kg_date_source)i;
			return KG_OK;
		}
	}
	return KG_EINVAL;
}

int kg_digits(int *v, const char *s, size_t n)
{
	int x = 0;

	for (size_t i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return 1;
}

/* Days in month m (1..12) of year y of the proleptic Gregorian calendar. */
static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

/* Splits a date into year, month (0: none) and day (0: none); -1 when it is not a valid date. */
static int date_split(const char *s, int *y, int *m, int *d)
{
	size_t n = s ? strlen(s) : 0;

	*m = *d = 0;
	if (n != 4 && n != 7 && n != 10)
		return -1;
	if (!kg_digits(y, s, 4) || *y < 1)
		return -1;
	if (n >= 7 && (s[4] != '-' || !kg_digits(m, s + 5, 2) || *m < 1 || *m > 12))
		return -1;
	if (n == 10 && (s[7] != '-' || !kg_digits(d, s + 8, 2) || *d < 1 || *d > days_in_month(*y, *m)))
		return -1;
	return 0;
}

int kg_date_valid(const char *s)
{
	int y, m, d;

	return date_split(s, &y, &m, &d) == 0;
}

int kg_date_period(char first[KG_DATE_LEN], char last[KG_DATE_LEN], const char *s)
{
	int y, m, d;

	if (date_split(s, &y, &m, &d) < 0)
		return KG_EINVAL;
	snprintf(first, KG_DATE_LEN, "%04d-%02d-%02d", y, m ? m : 1, d ? d : 1);
	snprintf(last, KG_DATE_LEN, "%04d-%02d-%02d", y, m ? m : 12, d ? d : days_in_month(y, m ? m : 12));
	return KG_OK;
}

/* The units of a duration, in the order they may come, with their names in words. */
static const struct duration_unit {
	const char *code;     /* "Y", "DE", "H"... */
	int time;             /* 1: after the T */
	const char *singular; /* "year" */
	const char *plural;   /* "years" */
} duration_units[] = {
	{ "DE", 0, "decade", "decades" }, { "Y", 0, "year", "years" },   { "M", 0, "month", "months" },
	{ "W", 0, "week", "weeks" },      { "D", 0, "day", "days" },     { "H", 1, "hour", "hours" },
	{ "M", 1, "minute", "minutes" },  { "S", 1, "second", "seconds" },
};
#define N_DURATION_UNITS (sizeof(duration_units) / sizeof(duration_units[0]))

/* Reads one number-unit pair of a duration at s (in the time part when time): its number's length in
 * *n_len, the unit's index in *unit. Returns the pair's length, 0 when there is none. */
static size_t duration_pair(const char *s, int time, size_t *n_len, size_t *unit)
{
	size_t n = 0;

	if (s[0] == 'X')
		n = 1;
	else
		while (s[n] >= '0' && s[n] <= '9' && n < 9)
			n++;
	if (n == 0)
		return 0;
	for (size_t u = 0; u < N_DURATION_UNITS; u++) {
		size_t l = strlen(duration_units[u].code);

		if (duration_units[u].time == time && strncmp(s + n, duration_units[u].code, l) == 0) {
			*n_len = n;
			*unit = u;
			return n + l;
		}
	}
	return 0;
}

/* Splits duration s into its pairs: the number of pairs, or -1 when s is not a duration. The first pair's
 * number length and unit go to *n_len and *unit. */
static int duration_split(const char *s, size_t *n_len, size_t *unit)
{
	size_t i = 1, nl, u, l;
	int pairs = 0, time = 0;

	if (!s || s[0] != 'P' || strlen(s) >= KG_DURATION_LEN)
		return -1;
	while (s[i]) {
		if (s[i] == 'T' && !time) {
			time = 1;
			i++;
			if (!s[i])
				return -1;
			continue;
		}
		if (!(l = duration_pair(s + i, time, &nl, &u)))
			return -1;
		if (pairs++ == 0) {
			*n_len = nl;
			*unit = u;
		}
		i += l;
	}
	return pairs > 0 ? pairs : -1;
}

int kg_duration_valid(const char *s)
{
	size_t n, u;

	return duration_split(s, &n, &u) > 0;
}

int kg_duration_words(char *buf, size_t cap, const char *s)
{
	size_t n = 0, u = 0;
	int len;

	if (duration_split(s, &n, &u) != 1)
		len = snprintf(buf, cap, "%s", s ? s : "");
	else if (s[1 + duration_units[u].time] == 'X')
		len = snprintf(buf, cap, "%s", duration_units[u].plural);
	else {
		const char *num = s + 1 + duration_units[u].time;
		int one = n == 1 && num[0] == '1';

		len = snprintf(buf, cap, "%.*s %s", (int)n, num, one ? duration_units[u].singular : duration_units[u].plural);
	}
	return len < 0 || (size_t)len >= cap ? KG_ELIMIT : len;
}

/* ---- events ---- */

const kg_event_type_info kg_event_types[KG_EVENT__COUNT] = {
	[KG_EVENT_MEETING] = { "meeting", "meet", "a meeting or talks between its participants" },
	[KG_EVENT_CALL] = { "call", "speak_with", "a phone or video call" },
	[KG_EVENT_VISIT] = { "visit", "meet", "a guest's visit to a place or to a host" },
	[KG_EVENT_SUMMIT] = { "summit", "meet", "a summit, forum or conference of many parties" },
};

const char kg_event_type_names[] = "meeting, call, visit, summit";

int kg_event_type_parse(kg_event_type *out, const char *s)
{
	for (int i = 0; s && i < KG_EVENT__COUNT; i++) {
		if (strcasecmp(s, kg_event_types[i].name) == 0) {
			*out = (kg_event_type)i;
			return KG_OK;
		}
	}
	return KG_EINVAL;
}

static const char *const role_names[KG_ROLE__COUNT] = {
	[KG_ROLE_PARTICIPANT] = "participant",
	[KG_ROLE_HOST] = "host",
	[KG_ROLE_GUEST] = "guest",
};

const char *kg_role_name(kg_role r)
{
	return (r >= 0 && r < KG_ROLE__COUNT) ? role_names[r] : "participant";
}

int kg_role_parse(kg_role *out, const char *s)
{
	*out = KG_ROLE_PARTICIPANT;
	if (!s || !s[0])
		return KG_OK;
	for (int i = 0; i < KG_ROLE__COUNT; i++) {
		if (strcasecmp(s, role_names[i]) == 0) {
			*out = (kg_role)i;
			return KG_OK;
		}
	}
	return KG_EINVAL;
}

const char *const kg_event_flag_names[3] = { "planned", "negated", "reported" };

int kg_event_flag_parse(unsigned *bit, const char *s)
{
	for (unsigned i = 0; s && i < 3; i++) {
		if (strcasecmp(s, kg_event_flag_names[i]) == 0) {
			*bit = 1u << i;
			return KG_OK;
		}
	}
	return KG_EINVAL;
}

void kg_event_make_id(char out[KG_EVENT_ID_LEN], const char *doc, long sentence, size_t trigger_start)
{
	char nums[64];
	uint64_t h;
	size_t n = doc ? strlen(doc) : 0;
	int k = snprintf(nums, sizeof(nums), "%c%ld%c%zu", 0, sentence, 0, trigger_start);

	h = hash_bytes(doc ? doc : "", n);
	for (int i = 0; i < k; i++) {
		h ^= (unsigned char)nums[i];
		h *= 1099511628211ULL;
	}
	snprintf(out, KG_EVENT_ID_LEN, "ev-%016llx", (unsigned long long)h);
}

int kg_event_add_participant(kg_event *ev, const char *name, kg_etype type, kg_role role)
{
	kg_participant *p;

	if (!name || !name[0])
		return KG_EINVAL;
	for (size_t i = 0; i < ev->n_participants; i++) {
		p = &ev->participants[i];
		if (strcmp(p->name, name) != 0)
			continue;
		if (p->role == KG_ROLE_PARTICIPANT)
			p->role = role;
		if (p->type == KG_TYPE_UNKNOWN)
			p->type = type;
		return KG_OK;
	}
	if (ev->n_participants == ev->cap_participants) {
		size_t cap = ev->cap_participants ? ev->cap_participants * 2 : 4;
		kg_participant *v = realloc(ev->participants, cap * sizeof(*v));

		if (!v)
			return KG_ENOMEM;
		ev->participants = v;
		ev->cap_participants = cap;
	}
	p = &ev->participants[ev->n_participants];
	if (!(p->name = kg_strdup(name)))
		return KG_ENOMEM;
	p->type = type;
	p->role = role;
	p->side = 0;
	ev->n_participants++;
	return KG_OK;
}

void kg_event_clear(kg_event *ev)
{
	if (!ev)
		return;
	free(ev->id);
	free(ev->trigger);
	for (size_t i = 0; i < ev->n_participants; i++)
		free(ev->participants[i].name);
	free(ev->participants);
	free(ev->place);
	free(ev->date);
	free(ev->duration);
	free(ev->evidence.doc);
	free(ev->evidence.text);
	free(ev->extractor);
	memset(ev, 0, sizeof(*ev));
}

int kg_event_copy(kg_event *dst, const kg_event *src)
{
	int bad = 0;

	*dst = *src;
	dst->participants = NULL;
	dst->n_participants = dst->cap_participants = 0;
	bad |= dup_opt(&dst->id, src->id);
	bad |= dup_opt(&dst->trigger, src->trigger);
	bad |= dup_opt(&dst->place, src->place);
	bad |= dup_opt(&dst->date, src->date);
	bad |= dup_opt(&dst->duration, src->duration);
	bad |= dup_opt(&dst->evidence.doc, src->evidence.doc);
	bad |= dup_opt(&dst->evidence.text, src->evidence.text);
	bad |= dup_opt(&dst->extractor, src->extractor);
	for (size_t i = 0; !bad && i < src->n_participants; i++) {
		const kg_participant *p = &src->participants[i];

		bad |= kg_event_add_participant(dst, p->name, p->type, p->role) < 0;
		if (!bad)
			dst->participants[dst->n_participants - 1].side = p->side;
	}
	if (bad) {
		kg_event_clear(dst);
		return KG_ENOMEM;
	}
	return KG_OK;
}

/* A triple of ev between a and b (borrowed strings) with the event's attributes. */
static kg_triple event_triple(const kg_event *ev, const char *predicate, const char *a, kg_etype ta,
			      const char *b, kg_etype tb)
{
	kg_triple t = kg_triple_view(a, ta, predicate, b, tb);

	t.attrs.location = ev->place;
	t.attrs.date = ev->date;
	t.attrs.date_source = ev->date ? ev->date_source : KG_DATE_NONE;
	t.attrs.event = ev->id;
	t.attrs.modality = (ev->flags & KG_EVENT_PLANNED) ? (char *)"planned" : NULL;
	t.evidence = ev->evidence;
	t.confidence = ev->confidence;
	t.extractor = ev->extractor;
	return t;
}

int kg_event_derive(kg_facts *out, const kg_event *ev)
{
	const char *predicate = (ev->type >= 0 && ev->type < KG_EVENT__COUNT) ? kg_event_types[ev->type].predicate
									       : NULL;
	int any_guest = 0, rc;

	if (!predicate)
		return KG_EINVAL;
	if (ev->flags & KG_EVENT_NEGATED)
		return KG_OK;
	for (size_t i = 0; i < ev->n_participants; i++) {
		const kg_participant *a = &ev->participants[i];

		any_guest |= a->role == KG_ROLE_GUEST;
		for (size_t j = i + 1; j < ev->n_participants; j++) {
			const kg_participant *b = &ev->participants[j];
			kg_triple t = event_triple(ev, predicate, a->name, a->type, b->name, b->type);

			if (a->side && a->side == b->side)
				continue; /* one party of the talks */
			if ((rc = kg_facts_add_triple(out, &t)) < 0)
				return rc;
		}
	}
	if (ev->type != KG_EVENT_VISIT || !ev->place || !ev->place[0])
		return KG_OK;
	for (size_t i = 0; i < ev->n_participants; i++) {
		const kg_participant *a = &ev->participants[i];
		kg_triple t = event_triple(ev, "visits", a->name, a->type, ev->place, KG_TYPE_PLACE);

		if (any_guest && a->role != KG_ROLE_GUEST)
			continue;
		if (strcmp(a->name, ev->place) != 0 && (rc = kg_facts_add_triple(out, &t)) < 0)
			return rc;
	}
	return KG_OK;
}

int kg_facts_add_event(kg_facts *f, const kg_event *ev)
{
	int rc;

	if (!ev->id || !ev->id[0])
		return KG_EINVAL;
	if (kg_map_get(f->event_ids, ev->id, NULL))
		return KG_OK;
	for (size_t i = 0; i < ev->n_participants; i++)
		if ((rc = kg_facts_add_entity(f, ev->participants[i].name, ev->participants[i].type, NULL, 0, NULL)) < 0)
			return rc;
	if (ev->place && ev->place[0] && (rc = kg_facts_add_entity(f, ev->place, KG_TYPE_PLACE, NULL, 0, NULL)) < 0)
		return rc;
	if (f->n_events == f->cap_events) {
		size_t cap = f->cap_events ? f->cap_events * 2 : 8;
		kg_event *v = realloc(f->events, cap * sizeof(*v));

		if (!v)
			return KG_ENOMEM;
		f->events = v;
		f->cap_events = cap;
	}
	if ((rc = kg_event_copy(&f->events[f->n_events], ev)) < 0)
		return rc;
	if (kg_map_put(f->event_ids, ev->id, f->n_events) < 0) {
		kg_event_clear(&f->events[f->n_events]);
		return KG_ENOMEM;
	}
	f->n_events++;
	return KG_OK;
}

kg_event *kg_facts_find_event(const kg_facts *f, const char *id)
{
	size_t i;

	return id && kg_map_get(f->event_ids, id, &i) ? &f->events[i] : NULL;
}

const kg_relation_info kg_relations[] = {
	{ "meet", 1, "X met Y (talks, meetings, hosting, receiving)", "meetings" },
	{ "speak_with", 1, "X spoke with Y (phone calls, conversations)", "conversations" },
	{ "leads", 0, "X leads or heads organisation or delegation Y", "leadership facts" },
	{ "holds_position", 0, "X holds office (attribute title) in country, organisation or for person Y", "offices" },
	{ "advises", 0, "X advises Y", "advisory roles" },
	{ "appoints", 0, "X appoints Y", "appointments" },
	{ "visits", 0, "X visits, travels to or is in place Y", "visits" },
	{ "attends", 0, "X attends event or meeting Y", "attendances" },
};
const size_t kg_n_relations = sizeof(kg_relations) / sizeof(kg_relations[0]);

const kg_relation_info *kg_relation_lookup(const char *name)
{
	for (size_t i = 0; name && i < kg_n_relations; i++)
		if (strcmp(kg_relations[i].name, name) == 0)
			return &kg_relations[i];
	return NULL;
}

int kg_mkdirs(const char *path, kg_error *err)
{
	char *p;
	int rc = KG_OK;

	if (!path[0]) {
		kg_error_set(err, "", 0, 0, "empty directory name");
		return KG_EINVAL;
	}
	if (!(p = kg_strdup(path))) {
		kg_error_set(err, path, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	for (char *s = p + 1; ; s++) {
		char c = *s;
		struct stat st;

		if (c != '/' && c != '\0')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) < 0 && errno != EEXIST) {
			kg_error_set(err, p, 0, 0, "cannot create directory: %s", strerror(errno));
			rc = KG_EIO;
			goto done;
		}
		if (stat(p, &st) < 0 || !S_ISDIR(st.st_mode)) {
			kg_error_set(err, p, 0, 0, "not a directory");
			rc = KG_EIO;
			goto done;
		}
		*s = c;
		if (c == '\0')
			break;
	}
done:
	free(p);
	return rc;
}

int kg_read_file(char **out, size_t *len, const char *path, kg_error *err)
{
	FILE *fp = NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0;
	int rc = KG_OK;
	int is_stdin = strcmp(path, "-") == 0;

	*out = NULL;
	*len = 0;
	fp = is_stdin ? stdin : fopen(path, "rb");
	if (!fp) {
		kg_error_set(err, path, 0, 0, "cannot open: %s", strerror(errno));
		return KG_EIO;
	}
	for (;;) {
		size_t got;

		if (cap - n < 65536) {
			size_t ncap = cap ? cap * 2 : 65536 + 1;
			char *nb = realloc(buf, ncap);
			if (!nb) {
				kg_error_set(err, path, 0, 0, "out of memory reading %zu bytes", n);
				rc = KG_ENOMEM;
				goto done;
			}
			buf = nb;
			cap = ncap;
		}
		got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
		if (got == 0) {
			if (ferror(fp)) {
				kg_error_set(err, path, 0, (long)n, "read failed: %s", strerror(errno));
				rc = KG_EIO;
				goto done;
			}
			break;
		}
	}
	if (!buf && !(buf = malloc(1))) {
		rc = KG_ENOMEM;
		goto done;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	buf = NULL;
done:
	free(buf);
	if (fp && !is_stdin)
		fclose(fp);
	return rc;
}

size_t kg_utf8_valid_prefix(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = p[i];
		size_t len;
		unsigned cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf)
			len = 2, cp = c & 0x1f;
		else if (c >= 0xe0 && c <= 0xef)
			len = 3, cp = c & 0x0f;
		else if (c >= 0xf0 && c <= 0xf4)
			len = 4, cp = c & 0x07;
		else
			return i;
		if (i + len > n)
			return i;
		for (size_t k = 1; k < len; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
			cp = (cp << 6) | (p[i + k] & 0x3f);
		}
		if ((len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
		    (len == 4 && (cp < 0x10000 || cp > 0x10ffff)))
			return i;
		i += len;
	}
	return i;
}

size_t kg_utf8_next(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = p[0] < 0x80 ? 1 : p[0] < 0xe0 ? 2 : p[0] < 0xf0 ? 3 : 4;

	if (len > n || kg_utf8_valid_prefix(s, len) != len) {
		*cp = p[0] < 0x80 ? p[0] : 0xfffd;
		return 1;
	}
	*cp = len == 1 ? p[0] : len == 2 ? p[0] & 0x1fu : len == 3 ? p[0] & 0x0fu : p[0] & 0x07u;
	for (size_t k = 1; k < len; k++)
		*cp = (*cp << 6) | (p[k] & 0x3fu);
	return len;
}

/* Combining marks and zero-width characters: no column of their own. */
static const kg_ucs_range zero_width[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd }, { 0x05bf, 0x05bf }, { 0x05c1, 0x05c2 },
	{ 0x05c4, 0x05c5 }, { 0x05c7, 0x05c7 }, { 0x0610, 0x061a }, { 0x064b, 0x065f }, { 0x0670, 0x0670 },
	{ 0x06d6, 0x06dc }, { 0x06df, 0x06e4 }, { 0x06e7, 0x06e8 }, { 0x06ea, 0x06ed }, { 0x0900, 0x0902 },
	{ 0x093a, 0x093a }, { 0x093c, 0x093c }, { 0x0941, 0x0948 }, { 0x094d, 0x094d }, { 0x0951, 0x0957 },
	{ 0x0e31, 0x0e31 }, { 0x0e34, 0x0e3a }, { 0x0e47, 0x0e4e }, { 0x1ab0, 0x1aff }, { 0x1dc0, 0x1dff },
	{ 0x200b, 0x200f }, { 0x202a, 0x202e }, { 0x2060, 0x2064 }, { 0x20d0, 0x20ff }, { 0xfe00, 0xfe0f },
	{ 0xfe20, 0xfe2f }, { 0xfeff, 0xfeff },
};

/* East Asian wide and fullwidth characters: two columns. */
static const kg_ucs_range double_width[] = {
	{ 0x1100, 0x115f }, { 0x2e80, 0x303e }, { 0x3041, 0x33ff }, { 0x3400, 0x4dbf }, { 0x4e00, 0x9fff },
	{ 0xa000, 0xa4cf }, { 0xac00, 0xd7a3 }, { 0xf900, 0xfaff }, { 0xfe30, 0xfe4f }, { 0xff00, 0xff60 },
	{ 0xffe0, 0xffe6 }, { 0x1f300, 0x1f64f }, { 0x1f900, 0x1f9ff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
};

int kg_ucs_in_ranges(const kg_ucs_range *r, size_t n, unsigned cp)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (cp < r[mid].lo)
			hi = mid;
		else if (cp > r[mid].hi)
			lo = mid + 1;
		else
			return 1;
	}
	return 0;
}

int kg_ucs_width(unsigned cp)
{
	if (kg_ucs_in_ranges(zero_width, sizeof(zero_width) / sizeof(zero_width[0]), cp))
		return 0;
	if (kg_ucs_in_ranges(double_width, sizeof(double_width) / sizeof(double_width[0]), cp))
		return 2;
	return 1;
}

size_t kg_utf8_width(const char *s)
{
	size_t n = s ? strlen(s) : 0, w = 0;

	for (size_t i = 0; i < n;) {
		unsigned cp;

		i += kg_utf8_next(s + i, n - i, &cp);
		w += (size_t)kg_ucs_width(cp);
	}
	return w;
}
