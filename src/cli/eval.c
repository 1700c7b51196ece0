/* eval.c: scores a graph.json against a gold JSON Lines file as shared/eval/score.py does. */
#include "eval.h"

#include <ctype.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

#include <jansson.h>

#include "eval_fold.h"

/* The number of entries of a static table. */
#define N_ENTRIES(t) (sizeof(t) / sizeof((t)[0]))

/* The relations score.py scores, sorted by name, and which are symmetric. */
static const struct eval_schema {
	const char *name; /* relation */
	int symmetric;    /* 1: (a, b) and (b, a) are the same fact */
} eval_schema[] = {
	{ "advises", 0 }, { "appoints", 0 }, { "attends", 0 }, { "holds_position", 0 },
	{ "leads", 0 }, { "meet", 1 }, { "speak_with", 1 }, { "visits", 0 },
};

/* score.py's TYPE_MAP: node types that are scored, upper-cased, and the type they count as. */
static const struct eval_type {
	const char *name;  /* as written in a graph, upper-cased */
	const char *scored; /* PERSON, ORG or PLACE */
} eval_types[] = {
	{ "PERSON", "PERSON" }, { "PER", "PERSON" },
	{ "ORG", "ORG" }, { "ORGANIZATION", "ORG" }, { "ORGANISATION", "ORG" },
	{ "GPE", "PLACE" }, { "LOC", "PLACE" }, { "LOCATION", "PLACE" }, { "PLACE", "PLACE" }, { "FAC", "PLACE" },
	{ "FACILITY", "PLACE" }, { "COUNTRY", "PLACE" }, { "CITY", "PLACE" },
};

/* White space for Python's str.strip() and str.split(). */
static const struct eval_fold_range eval_space_table[] = {
	{ 0x09, 0x0d }, { 0x1c, 0x20 }, { 0x85, 0x85 }, { 0xa0, 0xa0 }, { 0x1680, 0x1680 },
	{ 0x2000, 0x200a }, { 0x2028, 0x2029 }, { 0x202f, 0x202f }, { 0x205f, 0x205f }, { 0x3000, 0x3000 },
};

/* ---- strings of code points ---- */

/* A growable array of code points. */
typedef struct cp_buf {
	uint32_t *v; /* the code points */
	size_t n;    /* how many are used */
	size_t cap;  /* how many fit */
} cp_buf;

/* Returns the array v (of *cap elements of size bytes) grown to hold need elements, *cap updated;
 * NULL when out of memory, v then unchanged. */
static void *grow(void *v, size_t *cap, size_t need, size_t size)
{
	size_t ncap = *cap ? *cap : 8;
	void *nv;

	if (need <= *cap)
		return v;
	while (ncap < need)
		ncap *= 2;
	if (!(nv = realloc(v, ncap * size)))
		return NULL;
	*cap = ncap;
	return nv;
}

static int cp_push(cp_buf *b, uint32_t c)
{
	uint32_t *v = grow(b->v, &b->cap, b->n + 1, sizeof(*b->v));

	if (!v)
		return KG_ENOMEM;
	b->v = v;
	b->v[b->n++] = c;
	return KG_OK;
}

/* Decodes the code point at s (of n > 0 bytes) into *c; returns its length. A byte that does not
 * start a valid sequence is taken as the code point of the same value. */
static size_t utf8_next(const unsigned char *s, size_t n, uint32_t *c)
{
	size_t len = s[0] < 0x80 ? 1 : (s[0] & 0xe0) == 0xc0 ? 2 : (s[0] & 0xf0) == 0xe0 ? 3 : (s[0] & 0xf8) == 0xf0 ? 4 : 0;
	uint32_t v;

	if (len == 0 || len > n) {
		*c = s[0];
		return 1;
	}
	v = len == 1 ? s[0] : (uint32_t)(s[0] & (0x7f >> len));
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80) {
			*c = s[0];
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3fu);
	}
	*c = v;
	return len;
}

/* Appends the UTF-8 of c to out (room for 4 bytes); returns the bytes written. */
static size_t utf8_put(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xc0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3f));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xe0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
		out[2] = (char)(0x80 | (c & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
	out[3] = (char)(0x80 | (c & 0x3f));
	return 4;
}

/* A new UTF-8 string of b->v[from..to), NULL when out of memory. */
static char *cp_string(const cp_buf *b, size_t from, size_t to)
{
	char *out = malloc((to > from ? to - from : 0) * 4 + 1);
	size_t o = 0;

	if (!out)
		return NULL;
	for (size_t i = from; i < to; i++)
		o += utf8_put(out + o, b->v[i]);
	out[o] = '\0';
	return out;
}

static int range_cmp(const void *key, const void *elem)
{
	uint32_t c = *(const uint32_t *)key;
	const struct eval_fold_range *r = elem;

	return c < r->first ? -1 : c > r->last ? 1 : 0;
}

/* 1 when c is in one of the n sorted ranges. */
static int in_ranges(uint32_t c, const struct eval_fold_range *ranges, size_t n)
{
	return bsearch(&c, ranges, n, sizeof(*ranges), range_cmp) != NULL;
}

static int py_space(uint32_t c)
{
	return in_ranges(c, eval_space_table, N_ENTRIES(eval_space_table));
}

static int fold_cmp(const void *key, const void *elem)
{
	uint32_t c = *(const uint32_t *)key;
	const struct eval_fold_entry *e = elem;

	return c < e->cp ? -1 : c > e->cp ? 1 : 0;
}

/* Lower-cases c as Python's str.lower() does (simple mapping, through the C.UTF-8 locale loc when
 * there is one, else ASCII only); U+0130 becomes "i" and a combining dot, as in Python, and a
 * capital sigma stays for final_sigma() to decide. */
static int lower_push(cp_buf *b, uint32_t c, locale_t loc)
{
	if (c < 0x80)
		return cp_push(b, (uint32_t)tolower((int)c));
	if (c == 0x130)
		return cp_push(b, 'i') < 0 ? KG_ENOMEM : cp_push(b, 0x307);
	if (c == 0x3a3)
		return cp_push(b, c);
	return cp_push(b, loc ? (uint32_t)towlower_l((wint_t)c, loc) : c);
}

/* Appends what score.py's norm() makes of c before its string steps (NFKD, combining marks
 * dropped, quotes and dashes, lower case). */
static int fold_push(cp_buf *b, uint32_t c, locale_t loc)
{
	const struct eval_fold_entry *e;

	if (in_ranges(c, eval_combining_table, N_ENTRIES(eval_combining_table)))
		return KG_OK;
	e = bsearch(&c, eval_fold_table, N_ENTRIES(eval_fold_table),
		    sizeof(eval_fold_table[0]), fold_cmp);
	if (!e)
		return lower_push(b, c, loc);
	for (const unsigned char *s = (const unsigned char *)e->to; *s;) {
		uint32_t d;

		s += utf8_next(s, strlen((const char *)s), &d);
		if (cp_push(b, d) < 0)
			return KG_ENOMEM;
	}
	return KG_OK;
}

/* Lower-cases each capital sigma left in b as Python does: final (U+03C2) after a cased letter and
 * not before one, case-ignorable code points skipped both ways; else U+03C3. */
static void final_sigma(cp_buf *b)
{
	for (size_t i = 0; i < b->n; i++) {
		size_t j = i, k = i + 1;
		int final;

		if (b->v[i] != 0x3a3)
			continue;
		while (j > 0 && in_ranges(b->v[j - 1], eval_case_ignorable_table, N_ENTRIES(eval_case_ignorable_table)))
			j--;
		final = j > 0 && in_ranges(b->v[j - 1], eval_cased_table, N_ENTRIES(eval_cased_table));
		while (k < b->n && in_ranges(b->v[k], eval_case_ignorable_table, N_ENTRIES(eval_case_ignorable_table)))
			k++;
		if (k < b->n && in_ranges(b->v[k], eval_cased_table, N_ENTRIES(eval_cased_table)))
			final = 0;
		b->v[i] = final ? 0x3c2 : 0x3c3;
	}
}

/* score.py's norm(s); NULL when out of memory. */
static char *norm_new(const char *s, locale_t loc)
{
	cp_buf b = { 0 }, w = { 0 };
	size_t n = strlen(s), from, to;
	char *out = NULL;

	for (size_t i = 0; i < n;) {
		uint32_t c;

		i += utf8_next((const unsigned char *)s + i, n - i, &c);
		if (fold_push(&b, c, loc) < 0)
			goto done;
	}
	final_sigma(&b);
	from = 0;
	to = b.n;
	while (from < to && py_space(b.v[from]))
		from++;
	while (to > from && py_space(b.v[to - 1]))
		to--;
	if (to - from >= 2 && b.v[to - 2] == '\'' && b.v[to - 1] == 's')
		to -= 2;
	for (size_t i = from; i < to; i++)
		if (b.v[i] != '.' && cp_push(&w, b.v[i]) < 0)
			goto done;
	from = (w.n >= 4 && w.v[0] == 't' && w.v[1] == 'h' && w.v[2] == 'e' && w.v[3] == ' ') ? 4 : 0;
	b.n = 0;
	for (size_t i = from; i < w.n; i++) {
		int space = 0;

		while (i < w.n && py_space(w.v[i])) {
			space = 1;
			i++;
		}
		if (i == w.n)
			break;
		if ((space && b.n && cp_push(&b, ' ') < 0) || cp_push(&b, w.v[i]) < 0)
			goto done;
	}
	out = cp_string(&b, 0, b.n);
done:
	free(b.v);
	free(w.v);
	return out;
}

/* The C.UTF-8 locale for lower-casing, (locale_t)0 when the system has none. */
static locale_t utf8_locale(void)
{
	return newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
}

char *kg_eval_norm_new(const char *name)
{
	locale_t loc = utf8_locale();
	char *out = norm_new(name, loc);

	if (loc)
		freelocale(loc);
	return out;
}

/* str(x).lower() of Python; NULL when out of memory. */
static char *lower_new(const char *s, locale_t loc)
{
	cp_buf b = { 0 };
	size_t n = strlen(s);
	char *out = NULL;

	for (size_t i = 0; i < n;) {
		uint32_t c;

		i += utf8_next((const unsigned char *)s + i, n - i, &c);
		if (lower_push(&b, c, loc) < 0)
			goto done;
	}
	final_sigma(&b);
	out = cp_string(&b, 0, b.n);
done:
	free(b.v);
	return out;
}

/* The scored type of a node's "type" (str(type).upper() in TYPE_MAP), NULL when not scored. */
static const char *scored_type(const json_t *v)
{
	char up[16];
	size_t o = 0;
	const unsigned char *s;
	size_t n;

	if (!json_is_string(v))
		return NULL; /* None, numbers, lists: their str() is no key of TYPE_MAP */
	s = (const unsigned char *)json_string_value(v);
	n = json_string_length(v);
	for (size_t i = 0; i < n;) {
		uint32_t c;

		i += utf8_next(s + i, n - i, &c);
		if (o + 1 >= sizeof(up))
			return NULL;
		if (c < 0x80)
			up[o++] = (char)toupper((int)c);
		else if (c == 0x131) /* dotless i: "I" */
			up[o++] = 'I';
		else if (c == 0x17f) /* long s: "S" */
			up[o++] = 'S';
		else
			return NULL;
	}
	up[o] = '\0';
	for (size_t i = 0; i < N_ENTRIES(eval_types); i++)
		if (strcmp(up, eval_types[i].name) == 0)
			return eval_types[i].scored;
	return NULL;
}

/* ---- Python's view of JSON values ---- */

/* Python's truth value of v; a missing value (NULL) is None. */
static int py_truthy(const json_t *v)
{
	if (!v)
		return 0;
	switch (json_typeof(v)) {
	case JSON_TRUE:
		return 1;
	case JSON_INTEGER:
		return json_integer_value(v) != 0;
	case JSON_REAL:
		return json_real_value(v) != 0.0;
	case JSON_STRING:
		return json_string_length(v) != 0;
	case JSON_ARRAY:
		return json_array_size(v) != 0;
	case JSON_OBJECT:
		return json_object_size(v) != 0;
	default:
		return 0;
	}
}

/* Writes repr(x) of a Python float: the shortest digits that read back as x, positional from 1e-4
 * to below 1e16, else with an exponent of at least two digits. */
static void py_float_repr(char *out, size_t size, double x)
{
	char tmp[40], digits[24], buf[64];
	int exp, nd = 0;
	size_t o = 0;
	const char *p;

	if (isnan(x) || isinf(x)) {
		snprintf(out, size, "%s", isnan(x) ? "nan" : x < 0 ? "-inf" : "inf");
		return;
	}
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, x);
		if (strtod(tmp, NULL) == x)
			break;
	}
	for (p = tmp + (tmp[0] == '-'); *p && *p != 'e'; p++)
		if (isdigit((unsigned char)*p))
			digits[nd++] = *p;
	exp = atoi(p + 1);
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (tmp[0] == '-')
		buf[o++] = '-';
	if (exp < -4 || exp >= 16) {
		buf[o++] = digits[0];
		if (nd > 1)
			buf[o++] = '.';
		for (int i = 1; i < nd; i++)
			buf[o++] = digits[i];
		snprintf(buf + o, sizeof(buf) - o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
	} else if (exp < 0) {
		buf[o++] = '0';
		buf[o++] = '.';
		for (int i = -1; i > exp; i--)
			buf[o++] = '0';
		for (int i = 0; i < nd; i++)
			buf[o++] = digits[i];
		buf[o] = '\0';
	} else {
		for (int i = 0; i <= exp; i++)
			buf[o++] = i < nd ? digits[i] : '0';
		buf[o++] = '.';
		for (int i = exp + 1; i < nd; i++)
			buf[o++] = digits[i];
		if (nd <= exp + 1)
			buf[o++] = '0';
		buf[o] = '\0';
	}
	snprintf(out, size, "%s", buf);
}

/* str(v) of Python for a JSON value; lists and dicts approximated by their JSON text. NULL when out
 * of memory. */
static char *py_str_new(const json_t *v)
{
	char buf[64];

	if (!v)
		return kg_strdup("None");
	switch (json_typeof(v)) {
	case JSON_STRING:
		return kg_strndup(json_string_value(v), json_string_length(v));
	case JSON_NULL:
		return kg_strdup("None");
	case JSON_TRUE:
		return kg_strdup("True");
	case JSON_FALSE:
		return kg_strdup("False");
	case JSON_INTEGER:
		snprintf(buf, sizeof(buf), "%" JSON_INTEGER_FORMAT, json_integer_value(v));
		return kg_strdup(buf);
	case JSON_REAL:
		py_float_repr(buf, sizeof(buf), json_real_value(v));
		return kg_strdup(buf);
	default:
		return json_dumps(v, JSON_ENCODE_ANY);
	}
}

/* A new key that is equal for JSON values Python's dict takes as the same key (1, 1.0 and true are;
 * a missing value is None). KG_EINVAL for lists and dicts, which Python cannot hash. */
static int id_key_new(char **out, const json_t *v)
{
	char buf[64];
	double d;

	*out = NULL;
	if (!v || json_is_null(v))
		*out = kg_strdup("z");
	else if (json_is_string(v)) {
		size_t n = json_string_length(v);

		if ((*out = malloc(n + 2))) {
			(*out)[0] = 's';
			memcpy(*out + 1, json_string_value(v), n + 1);
		}
	} else if (json_is_boolean(v) || json_is_integer(v)) {
		snprintf(buf, sizeof(buf), "n%" JSON_INTEGER_FORMAT,
			 json_is_boolean(v) ? (json_int_t)json_is_true(v) : json_integer_value(v));
		*out = kg_strdup(buf);
	} else if (json_is_real(v)) {
		d = json_real_value(v);
		if (d == floor(d) && fabs(d) < 9.2e18)
			snprintf(buf, sizeof(buf), "n%lld", (long long)d);
		else
			snprintf(buf, sizeof(buf), "r%.17g", d);
		*out = kg_strdup(buf);
	} else {
		return KG_EINVAL;
	}
	return *out ? KG_OK : KG_ENOMEM;
}

/* ---- the scoring context ---- */

/* A set of gold entity ids. */
typedef struct uid_set {
	size_t *v;  /* the ids, each once */
	size_t n;   /* how many */
	size_t cap; /* how many fit */
} uid_set;

static int uid_set_add(uid_set *s, size_t uid)
{
	size_t *v;

	for (size_t i = 0; i < s->n; i++)
		if (s->v[i] == uid)
			return KG_OK;
	if (!(v = grow(s->v, &s->cap, s->n + 1, sizeof(*s->v))))
		return KG_ENOMEM;
	s->v = v;
	s->v[s->n++] = uid;
	return KG_OK;
}

/* A required gold relation: (subject, predicate, object), symmetric ones with sorted names. */
typedef struct gold_rel {
	char *pred;      /* predicate as written in the gold file */
	char *a;         /* subject (symmetric: the smaller name) */
	char *b;         /* object (symmetric: the larger name) */
	int symmetric;   /* meet, speak_with */
	kg_strv titles;  /* normalised titles of its records */
	int found;       /* an edge matched it */
} gold_rel;

/* A node of the graph, by unique id. */
typedef struct node_slot {
	char *label;      /* label, else name, else str(id) */
	const char *type; /* PERSON, ORG, PLACE; NULL when not scored */
	long gold;        /* id of the gold entity it maps to, -1 for none */
} node_slot;

/* Everything the scoring builds. */
typedef struct eval_ctx {
	locale_t loc;        /* C.UTF-8 for lower-casing, (locale_t)0 when missing */
	kg_error *err;       /* where errors go */
	kg_strv names;       /* unique gold entity names; the index is the entity's id */
	kg_map *uid_of;      /* name -> id */
	kg_strv types;       /* per id: the type of its last record */
	int *optional;       /* per id: the optional flag of its last record */
	size_t cap_optional; /* room in optional */
	kg_strv required;    /* names of the required entity records, in file order */
	kg_map *surface_of;  /* normalised name or alias -> index in surfaces */
	uid_set *surfaces;   /* the gold entities each normalised form names */
	size_t n_surfaces;   /* how many */
	size_t cap_surfaces; /* room */
	gold_rel *rels;      /* required gold relations, first-seen order */
	size_t n_rels;       /* how many */
	size_t cap_rels;     /* room */
	kg_map *rel_of;      /* key of a required relation -> index in rels */
	kg_map *opt_of;      /* key of an optional relation -> 1 */
	node_slot *nodes;    /* graph nodes, first-seen order of their ids */
	size_t n_nodes;      /* how many */
	size_t cap_nodes;    /* room */
	kg_map *node_of;     /* id key -> index in nodes */
	kg_strv other;       /* relations outside the schema, first-seen order */
	size_t *other_n;     /* their edge counts */
	size_t cap_other;    /* room in other_n */
	kg_map *other_of;    /* relation -> index in other */
} eval_ctx;

/* Appends a printf-formatted string to sv. */
static int strv_pushf(kg_strv *sv, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int strv_pushf(kg_strv *sv, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n, rc;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !(s = malloc((size_t)n + 1)))
		return KG_ENOMEM;
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	rc = kg_strv_push(sv, s);
	free(s);
	return rc;
}

/* The key of the relation (s, p, o): (p, {s, o}) for symmetric predicates, else (p, s, o). Sets
 * *sym and, through a and b, where the names sit in the key's order. NULL when out of memory. */
static char *rel_key_new(const char *s, const char *p, const char *o, int *sym, const char **a, const char **b)
{
	size_t n;
	char *key;

	*sym = 0;
	for (size_t i = 0; i < N_ENTRIES(eval_schema); i++)
		if (strcmp(eval_schema[i].name, p) == 0)
			*sym = eval_schema[i].symmetric;
	if (*sym && strcmp(s, o) > 0) {
		const char *t = s;

		s = o;
		o = t;
	}
	*a = s;
	*b = o;
	n = strlen(s) + strlen(p) + strlen(o) + 3 * 24;
	if (!(key = malloc(n)))
		return NULL;
	snprintf(key, n, "%zu:%s%zu:%s%zu:%s", strlen(p), p, strlen(s), s, strlen(o), o);
	return key;
}

/* ---- the gold file ---- */

/* The string member key of rec, or NULL (with err set) when absent or not a string. */
static const char *gold_string(eval_ctx *c, const json_t *rec, const char *key, const char *path, long line)
{
	const json_t *v = json_object_get(rec, key);

	if (!json_is_string(v)) {
		kg_error_set(c->err, path, line, 0, "%s record needs a string \"%s\"",
			     json_string_value(json_object_get(rec, "kind")), key);
		return NULL;
	}
	return json_string_value(v);
}

/* Adds form (a name or alias of gold entity uid) to the surface forms. */
static int add_surface(eval_ctx *c, const char *form, size_t uid)
{
	char *key = norm_new(form, c->loc);
	size_t i;
	int rc = KG_ENOMEM;

	if (!key)
		return KG_ENOMEM;
	if (!kg_map_get(c->surface_of, key, &i)) {
		uid_set *v = grow(c->surfaces, &c->cap_surfaces, c->n_surfaces + 1, sizeof(*c->surfaces));

		if (!v)
			goto done;
		c->surfaces = v;
		i = c->n_surfaces++;
		memset(&c->surfaces[i], 0, sizeof(c->surfaces[i]));
		if (kg_map_put(c->surface_of, key, i) < 0)
			goto done;
	}
	rc = uid_set_add(&c->surfaces[i], uid);
done:
	free(key);
	return rc;
}

/* Adds an entity record: its name, type (the last record of a name wins), optional flag and forms. */
static int gold_entity(eval_ctx *c, const json_t *rec, const char *path, long line)
{
	const char *name = gold_string(c, rec, "name", path, line);
	const char *type = name ? gold_string(c, rec, "type", path, line) : NULL;
	const json_t *aliases = json_object_get(rec, "aliases"), *a;
	int optional = py_truthy(json_object_get(rec, "optional"));
	size_t uid, i;

	if (!type)
		return KG_EPARSE;
	if (aliases && !json_is_array(aliases)) {
		kg_error_set(c->err, path, line, 0, "entity \"aliases\" must be a list of strings");
		return KG_EPARSE;
	}
	json_array_foreach(aliases, i, a) {
		if (!json_is_string(a)) {
			kg_error_set(c->err, path, line, 0, "entity \"aliases\" must be a list of strings");
			return KG_EPARSE;
		}
	}
	if (!kg_map_get(c->uid_of, name, &uid)) {
		int *v = grow(c->optional, &c->cap_optional, c->names.n + 1, sizeof(*c->optional));

		if (!v)
			return KG_ENOMEM;
		c->optional = v;
		uid = c->names.n;
		if (kg_strv_push(&c->names, name) < 0 || kg_strv_push(&c->types, type) < 0 ||
		    kg_map_put(c->uid_of, name, uid) < 0)
			return KG_ENOMEM;
	} else {
		char *t = kg_strdup(type);

		if (!t)
			return KG_ENOMEM;
		free(c->types.v[uid]);
		c->types.v[uid] = t;
	}
	c->optional[uid] = optional;
	if (!optional && kg_strv_push(&c->required, name) < 0)
		return KG_ENOMEM;
	if (add_surface(c, name, uid) < 0)
		return KG_ENOMEM;
	json_array_foreach(aliases, i, a)
		if (add_surface(c, json_string_value(a), uid) < 0)
			return KG_ENOMEM;
	return KG_OK;
}

/* Adds a relation record: required ones (with their titles) or optional ones. */
static int gold_relation(eval_ctx *c, const json_t *rec, const char *path, long line)
{
	const char *s = gold_string(c, rec, "subject", path, line);
	const char *p = s ? gold_string(c, rec, "predicate", path, line) : NULL;
	const char *o = p ? gold_string(c, rec, "object", path, line) : NULL;
	const json_t *title = json_object_get(rec, "title");
	const char *a, *b;
	char *key = NULL, *t = NULL;
	size_t i;
	int sym, rc = KG_ENOMEM;

	if (!o)
		return KG_EPARSE;
	if (!(key = rel_key_new(s, p, o, &sym, &a, &b)))
		return KG_ENOMEM;
	if (py_truthy(json_object_get(rec, "optional"))) {
		rc = kg_map_put(c->opt_of, key, 1);
		goto done;
	}
	if (title && py_truthy(title) && !json_is_string(title)) {
		kg_error_set(c->err, path, line, 0, "relation \"title\" must be a string");
		rc = KG_EPARSE;
		goto done;
	}
	if (!kg_map_get(c->rel_of, key, &i)) {
		gold_rel *r = grow(c->rels, &c->cap_rels, c->n_rels + 1, sizeof(*c->rels));

		if (!r)
			goto done;
		c->rels = r;
		r = &c->rels[c->n_rels];
		memset(r, 0, sizeof(*r));
		r->symmetric = sym;
		if (!(r->pred = kg_strdup(p)) || !(r->a = kg_strdup(a)) || !(r->b = kg_strdup(b))) {
			free(r->pred);
			free(r->a);
			goto done;
		}
		i = c->n_rels++;
		if (kg_map_put(c->rel_of, key, i) < 0)
			goto done;
	}
	if (title && py_truthy(title)) {
		if (!(t = norm_new(json_string_value(title), c->loc)) || kg_strv_push_unique(&c->rels[i].titles, t) < 0)
			goto done;
	}
	rc = KG_OK;
done:
	free(key);
	free(t);
	return rc;
}

/* 1 when the line holds only white space. */
static int blank_line(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		uint32_t c;

		i += utf8_next((const unsigned char *)s + i, n - i, &c);
		if (!py_space(c))
			return 0;
	}
	return 1;
}

/* Reads one line of the gold file. */
static int gold_line(eval_ctx *c, const char *s, size_t n, const char *path, long line)
{
	json_error_t jerr;
	json_t *rec;
	const char *kind;
	int rc = KG_OK;

	if (blank_line(s, n))
		return KG_OK;
	if (!(rec = json_loadb(s, n, JSON_DECODE_ANY, &jerr))) {
		kg_error_set(c->err, path, line, jerr.column > 0 ? jerr.column : 0, "%s", jerr.text);
		return KG_EPARSE;
	}
	if (!json_is_object(rec)) {
		kg_error_set(c->err, path, line, 0, "a gold record must be a JSON object");
		rc = KG_EPARSE;
		goto done;
	}
	kind = json_string_value(json_object_get(rec, "kind"));
	if (kind && strcmp(kind, "entity") == 0)
		rc = gold_entity(c, rec, path, line);
	else if (kind && strcmp(kind, "relation") == 0)
		rc = gold_relation(c, rec, path, line);
	if (rc == KG_ENOMEM)
		kg_error_set(c->err, path, line, 0, "out of memory");
done:
	json_decref(rec);
	return rc;
}

/* Reads the gold file: lines end at "\n", "\r\n" or "\r", as in Python's text mode. */
static int gold_load(eval_ctx *c, const char *path)
{
	char *buf = NULL;
	size_t len, pos = 0;
	long line = 1;
	int rc;

	if ((rc = kg_read_file(&buf, &len, path, c->err)) < 0)
		return rc;
	for (; pos < len && rc == KG_OK; line++) {
		size_t end = pos, next;

		while (end < len && buf[end] != '\n' && buf[end] != '\r')
			end++;
		next = end < len ? end + 1 + (buf[end] == '\r' && end + 1 < len && buf[end + 1] == '\n') : end;
		rc = gold_line(c, buf + pos, end - pos, path, line);
		pos = next;
	}
	free(buf);
	return rc;
}

/* ---- the graph ---- */

/* The gold entity a node maps to: the one its label names, else the one its label and aliases
 * together name; -1 when none or several. */
static int node_gold(eval_ctx *c, const kg_strv *forms, long *gold)
{
	uid_set hits = { 0 };
	const uid_set *h = NULL;
	char *key;
	size_t i;
	int rc = KG_OK;

	*gold = -1;
	if (!(key = norm_new(forms->v[0], c->loc)))
		return KG_ENOMEM;
	if (kg_map_get(c->surface_of, key, &i))
		h = &c->surfaces[i];
	free(key);
	if (h && h->n == 1) {
		*gold = (long)h->v[0];
		return KG_OK;
	}
	for (size_t f = 0; f < forms->n; f++) {
		if (!(key = norm_new(forms->v[f], c->loc))) {
			rc = KG_ENOMEM;
			goto done;
		}
		if (kg_map_get(c->surface_of, key, &i))
			for (size_t k = 0; k < c->surfaces[i].n && rc == KG_OK; k++)
				rc = uid_set_add(&hits, c->surfaces[i].v[k]);
		free(key);
		if (rc < 0)
			goto done;
	}
	if (hits.n == 1)
		*gold = (long)hits.v[0];
done:
	free(hits.v);
	return rc;
}

/* The forms of a node: its label, then its aliases as list(aliases or []) reads them (a string
 * gives its characters, a dict its keys). KG_EPARSE with err set when they are not strings. */
static int node_forms(eval_ctx *c, kg_strv *forms, const json_t *aliases, const char *path, size_t index)
{
	const char *key;
	const json_t *a;
	size_t i;

	if (!aliases || !py_truthy(aliases))
		return KG_OK;
	if (json_is_array(aliases)) {
		json_array_foreach(aliases, i, a) {
			if (!json_is_string(a)) {
				kg_error_set(c->err, path, 0, 0, "node %zu: \"aliases\" must be a list of strings", index);
				return KG_EPARSE;
			}
			if (kg_strv_push(forms, json_string_value(a)) < 0)
				return KG_ENOMEM;
		}
	} else if (json_is_object(aliases)) {
		json_object_foreach((json_t *)aliases, key, a)
			if (kg_strv_push(forms, key) < 0)
				return KG_ENOMEM;
	} else if (json_is_string(aliases)) {
		const char *s = json_string_value(aliases);
		size_t n = json_string_length(aliases);

		for (size_t k = 0; k < n;) {
			uint32_t cp;
			size_t len = utf8_next((const unsigned char *)s + k, n - k, &cp);
			char one[5] = { 0 };

			memcpy(one, s + k, len);
			if (kg_strv_push(forms, one) < 0)
				return KG_ENOMEM;
			k += len;
		}
	} else {
		kg_error_set(c->err, path, 0, 0, "node %zu: \"aliases\" must be a list of strings", index);
		return KG_EPARSE;
	}
	return KG_OK;
}

/* Adds node nd (whose id is id; a later node with the same id replaces it in place). */
static int node_add(eval_ctx *c, const json_t *nd, const json_t *id, const char *path, size_t index)
{
	const json_t *label = json_object_get(nd, "label");
	kg_strv forms = { 0 };
	char *key = NULL;
	node_slot slot = { NULL, scored_type(json_object_get(nd, "type")), -1 };
	size_t i;
	int rc;

	if ((rc = id_key_new(&key, id)) < 0) {
		if (rc == KG_EINVAL)
			kg_error_set(c->err, path, 0, 0, "node %zu: \"id\" must be a string or a number", index);
		return rc == KG_EINVAL ? KG_EPARSE : rc;
	}
	if (!label)
		label = json_object_get(nd, "name");
	if (label && !json_is_string(label)) {
		kg_error_set(c->err, path, 0, 0, "node %zu: \"label\" must be a string", index);
		rc = KG_EPARSE;
		goto done;
	}
	rc = KG_ENOMEM;
	if (!(slot.label = label ? kg_strdup(json_string_value(label)) : py_str_new(id)))
		goto done;
	if (kg_strv_push(&forms, slot.label) < 0)
		goto done;
	if ((rc = node_forms(c, &forms, json_object_get(nd, "aliases"), path, index)) < 0)
		goto done;
	if ((rc = node_gold(c, &forms, &slot.gold)) < 0)
		goto done;
	rc = KG_ENOMEM;
	if (kg_map_get(c->node_of, key, &i)) {
		free(c->nodes[i].label);
	} else {
		node_slot *v = grow(c->nodes, &c->cap_nodes, c->n_nodes + 1, sizeof(*c->nodes));

		if (!v)
			goto done;
		c->nodes = v;
		i = c->n_nodes;
		if (kg_map_put(c->node_of, key, i) < 0)
			goto done;
		c->n_nodes++;
	}
	c->nodes[i] = slot;
	slot.label = NULL;
	rc = KG_OK;
done:
	free(slot.label);
	free(key);
	kg_strv_clear(&forms);
	return rc;
}

/* Adds every node: a list of objects, or a dict keyed by id (JSON Graph Format). */
static int graph_nodes(eval_ctx *c, const json_t *nodes, const char *path)
{
	const char *k;
	json_t *v;
	size_t i = 0;
	int rc = KG_OK;

	if (json_is_array(nodes)) {
		json_array_foreach(nodes, i, v) {
			if (!json_is_object(v)) {
				kg_error_set(c->err, path, 0, 0, "node %zu is not a JSON object", i);
				return KG_EPARSE;
			}
			if ((rc = node_add(c, v, json_object_get(v, "id"), path, i)) < 0)
				return rc;
		}
		return KG_OK;
	}
	json_object_foreach((json_t *)nodes, k, v) {
		json_t *id;

		if (!json_is_object(v)) {
			kg_error_set(c->err, path, 0, 0, "node '%s' is not a JSON object", k);
			return KG_EPARSE;
		}
		if (!(id = json_string(k)))
			return KG_ENOMEM;
		rc = node_add(c, v, id, path, i++);
		json_decref(id);
		if (rc < 0)
			return rc;
	}
	return KG_OK;
}

/* The node an edge end names (the member key of ed), NULL when none; KG_EPARSE for a list or dict. */
static int edge_end(eval_ctx *c, const node_slot **out, const json_t *ed, const char *key, const char *path,
		    size_t index)
{
	char *k;
	size_t i;
	int rc = id_key_new(&k, json_object_get(ed, key));

	*out = NULL;
	if (rc == KG_EINVAL) {
		kg_error_set(c->err, path, 0, 0, "edge %zu: \"%s\" must be a string or a number", index, key);
		return KG_EPARSE;
	}
	if (rc < 0)
		return rc;
	if (kg_map_get(c->node_of, k, &i))
		*out = &c->nodes[i];
	free(k);
	return KG_OK;
}

/* Counts an edge of a relation outside the schema. */
static int count_other(eval_ctx *c, const char *rel)
{
	size_t i, *n;

	if (kg_map_get(c->other_of, rel, &i)) {
		c->other_n[i]++;
		return KG_OK;
	}
	i = c->other.n;
	if (!(n = grow(c->other_n, &c->cap_other, i + 1, sizeof(*c->other_n))))
		return KG_ENOMEM;
	c->other_n = n;
	if (kg_strv_push(&c->other, rel) < 0 || kg_map_put(c->other_of, rel, i) < 0)
		return KG_ENOMEM;
	c->other_n[i] = 1;
	return KG_OK;
}

/* 1 when the edge's title (attrs.title, else title, else label) contains a title of r. */
static int title_right(eval_ctx *c, const gold_rel *r, const json_t *ed, const char *path, size_t index, int *right)
{
	const json_t *attrs = json_object_get(ed, "attrs"), *t;
	char *s = NULL, *n = NULL;

	*right = 0;
	if (attrs && !py_truthy(attrs))
		attrs = NULL;
	if (attrs && !json_is_object(attrs)) {
		kg_error_set(c->err, path, 0, 0, "edge %zu: \"attrs\" must be an object", index);
		return KG_EPARSE;
	}
	if (!(t = json_object_get(attrs, "title")) && !(t = json_object_get(ed, "title")))
		t = json_object_get(ed, "label");
	if (!(s = (t && py_truthy(t)) ? py_str_new(t) : kg_strdup("")) || !(n = norm_new(s, c->loc))) {
		free(s);
		return KG_ENOMEM;
	}
	for (size_t i = 0; i < r->titles.n && !*right; i++)
		*right = strstr(n, r->titles.v[i]) != NULL;
	free(s);
	free(n);
	return KG_OK;
}

/* Scores one edge: a gold relation found, a false positive, or a relation outside the schema. */
static int graph_edge(eval_ctx *c, kg_eval_result *res, const json_t *ed, const char *path, size_t index)
{
	const json_t *rv = json_object_get(ed, "relation");
	const node_slot *s, *o;
	char *raw = NULL, *rel = NULL, *key = NULL;
	const char *a, *b;
	size_t i;
	int sym, in_schema = 0, rc = KG_ENOMEM;

	if (!rv && !(rv = json_object_get(ed, "predicate")))
		rv = json_object_get(ed, "type");
	if (!(raw = rv ? py_str_new(rv) : kg_strdup("")) || !(rel = lower_new(raw, c->loc)))
		goto done;
	for (size_t k = 0; k < N_ENTRIES(eval_schema); k++)
		in_schema |= strcmp(eval_schema[k].name, rel) == 0;
	if (!in_schema) {
		rc = count_other(c, rel);
		goto done;
	}
	if ((rc = edge_end(c, &s, ed, "source", path, index)) < 0 || (rc = edge_end(c, &o, ed, "target", path, index)) < 0)
		goto done;
	rc = KG_ENOMEM;
	if (!s || !o || s->gold < 0 || o->gold < 0) {
		rc = strv_pushf(&res->wrong_relations, "%s -%s-> %s", s ? s->label : "None", rel, o ? o->label : "None");
		goto done;
	}
	if (!(key = rel_key_new(c->names.v[s->gold], rel, c->names.v[o->gold], &sym, &a, &b)))
		goto done;
	if (kg_map_get(c->rel_of, key, &i)) {
		gold_rel *r = &c->rels[i];

		if (!r->found && r->titles.n) {
			int right;

			if ((rc = title_right(c, r, ed, path, index, &right)) < 0)
				goto done;
			res->titles_right += (size_t)right;
		}
		r->found = 1;
	} else if (!kg_map_get(c->opt_of, key, NULL)) {
		if (strv_pushf(&res->wrong_relations, "%s -%s-> %s", s->label, rel, o->label) < 0)
			goto done;
	}
	rc = KG_OK;
done:
	if (rc == KG_ENOMEM)
		kg_error_set(c->err, path, 0, 0, "out of memory");
	free(raw);
	free(rel);
	free(key);
	return rc;
}

/* ---- scores ---- */

static void prf(kg_eval_prf *x)
{
	x->p = x->tp + x->fp ? (double)x->tp / (double)(x->tp + x->fp) : 0.0;
	x->r = x->tp + x->fn ? (double)x->tp / (double)(x->tp + x->fn) : 0.0;
	x->f1 = x->p + x->r > 0.0 ? 2 * x->p * x->r / (x->p + x->r) : 0.0;
}

/* round(x, digits) of Python: the decimal nearest to x, read back. */
static double py_round(double x, int digits)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.*f", digits, x);
	return strtod(buf, NULL);
}

/* Scores the nodes: reached gold entities, extra nodes, duplicates, wrong types. */
static int score_entities(eval_ctx *c, kg_eval_result *res)
{
	long *reached = NULL;
	int rc = KG_ENOMEM;

	if (c->names.n && !(reached = malloc(c->names.n * sizeof(*reached))))
		return KG_ENOMEM;
	for (size_t g = 0; g < c->names.n; g++)
		reached[g] = -1;
	for (size_t i = 0; i < c->n_nodes; i++) {
		const node_slot *nd = &c->nodes[i];
		long g = nd->gold;

		if (!nd->type)
			continue;
		if (g < 0) {
			if (kg_strv_push(&res->extra_entities, nd->label) < 0)
				goto done;
		} else if (strcmp(c->types.v[g], nd->type) != 0) {
			if (!c->optional[g] && strv_pushf(&res->wrong_types, "%s (%s, gold %s)", nd->label, nd->type,
							  c->types.v[g]) < 0)
				goto done;
		} else if (reached[g] >= 0) {
			if (strv_pushf(&res->duplicate_nodes, "%s = %s", nd->label, c->nodes[reached[g]].label) < 0)
				goto done;
		} else {
			reached[g] = (long)i;
		}
	}
	for (size_t k = 0; k < c->required.n; k++) {
		size_t g;

		kg_map_get(c->uid_of, c->required.v[k], &g);
		if (reached[g] >= 0)
			res->entities.tp++;
		else if (kg_strv_push(&res->missed_entities, c->required.v[k]) < 0)
			goto done;
	}
	res->entities.fn = res->missed_entities.n;
	res->entities.fp = res->extra_entities.n + res->duplicate_nodes.n + res->wrong_types.n;
	prf(&res->entities);
	rc = KG_OK;
done:
	free(reached);
	return rc;
}

/* A relation outside the schema and its edge count, for sorting. */
typedef struct other_count {
	const char *name; /* the relation, lower-cased */
	size_t n;         /* how many edges */
} other_count;

static int other_cmp(const void *x, const void *y)
{
	return strcmp(((const other_count *)x)->name, ((const other_count *)y)->name);
}

/* Fills the relation counts, the misses, the per-relation lines and the sorted relations outside
 * the schema. */
static int score_relations(eval_ctx *c, kg_eval_result *res)
{
	other_count *order = NULL;
	int rc = KG_ENOMEM;

	for (size_t i = 0; i < c->n_rels; i++) {
		const gold_rel *r = &c->rels[i];

		if (r->found) {
			res->relations.tp++;
			res->titles_checked += r->titles.n > 0;
		} else if (strv_pushf(&res->missed_relations, r->symmetric ? "%s -%s- %s" : "%s -%s-> %s", r->a,
				      r->pred, r->b) < 0) {
			goto done;
		}
	}
	res->relations.fp = res->wrong_relations.n;
	res->relations.fn = res->missed_relations.n;
	prf(&res->relations);
	for (size_t k = 0; k < N_ENTRIES(eval_schema); k++) {
		kg_eval_prf x = { 0 };
		char arrow[64];

		snprintf(arrow, sizeof(arrow), "-%s->", eval_schema[k].name);
		for (size_t i = 0; i < c->n_rels; i++)
			if (strcmp(c->rels[i].pred, eval_schema[k].name) == 0)
				(*(c->rels[i].found ? &x.tp : &x.fn))++;
		for (size_t i = 0; i < res->wrong_relations.n; i++)
			x.fp += strstr(res->wrong_relations.v[i], arrow) != NULL;
		if (x.tp + x.fp + x.fn == 0)
			continue;
		prf(&x);
		x.p = py_round(x.p, 3);
		x.r = py_round(x.r, 3);
		x.f1 = py_round(x.f1, 3);
		res->per_relation[res->n_per_relation].name = eval_schema[k].name;
		res->per_relation[res->n_per_relation++].prf = x;
	}
	if (c->other.n) {
		if (!(order = malloc(c->other.n * sizeof(*order))) ||
		    !(res->not_scored_counts = malloc(c->other.n * sizeof(*res->not_scored_counts))))
			goto done;
		for (size_t i = 0; i < c->other.n; i++)
			order[i] = (other_count){ c->other.v[i], c->other_n[i] };
		qsort(order, c->other.n, sizeof(*order), other_cmp);
		for (size_t i = 0; i < c->other.n; i++) {
			if (kg_strv_push(&res->not_scored, order[i].name) < 0)
				goto done;
			res->not_scored_counts[i] = order[i].n;
		}
	}
	rc = KG_OK;
done:
	free(order);
	return rc;
}

/* Reads the graph: {"nodes", "edges" or "links"}, or the same under "graph"; scores its edges. */
static int graph_load(eval_ctx *c, kg_eval_result *res, const char *path)
{
	json_error_t jerr;
	json_t *root, *g, *nodes, *edges, *ed;
	size_t i;
	int rc = KG_EPARSE;

	if (!(root = json_load_file(path, 0, &jerr))) {
		kg_error_set(c->err, path, jerr.line > 0 ? jerr.line : 0, jerr.column > 0 ? jerr.column : 0, "%s",
			     jerr.text);
		return jerr.line > 0 ? KG_EPARSE : KG_EIO;
	}
	g = root;
	if (!json_is_object(g)) {
		kg_error_set(c->err, path, 0, 0, "the graph must be a JSON object");
		goto done;
	}
	if (json_is_object(json_object_get(g, "graph")) && !json_object_get(g, "nodes"))
		g = json_object_get(g, "graph");
	nodes = json_object_get(g, "nodes");
	if (!(edges = json_object_get(g, "edges")))
		edges = json_object_get(g, "links");
	if (!nodes || json_is_null(nodes) || !edges || json_is_null(edges)) {
		kg_error_set(c->err, path, 0, 0, "graph JSON needs 'nodes' and 'edges' (or 'links')");
		goto done;
	}
	if (!json_is_array(nodes) && !json_is_object(nodes)) {
		kg_error_set(c->err, path, 0, 0, "'nodes' must be a list or an object");
		goto done;
	}
	if (!json_is_array(edges)) {
		kg_error_set(c->err, path, 0, 0, "'edges' must be a list");
		goto done;
	}
	if ((rc = graph_nodes(c, nodes, path)) < 0)
		goto done;
	json_array_foreach(edges, i, ed) {
		if (!json_is_object(ed)) {
			kg_error_set(c->err, path, 0, 0, "edge %zu is not a JSON object", i);
			rc = KG_EPARSE;
			goto done;
		}
		if ((rc = graph_edge(c, res, ed, path, i)) < 0)
			goto done;
	}
	rc = KG_OK;
done:
	if (rc == KG_ENOMEM)
		kg_error_set(c->err, path, 0, 0, "out of memory");
	json_decref(root);
	return rc;
}

static void ctx_clear(eval_ctx *c)
{
	if (c->loc)
		freelocale(c->loc);
	kg_strv_clear(&c->names);
	kg_map_free(c->uid_of);
	kg_strv_clear(&c->types);
	free(c->optional);
	kg_strv_clear(&c->required);
	kg_map_free(c->surface_of);
	for (size_t i = 0; i < c->n_surfaces; i++)
		free(c->surfaces[i].v);
	free(c->surfaces);
	for (size_t i = 0; i < c->n_rels; i++) {
		free(c->rels[i].pred);
		free(c->rels[i].a);
		free(c->rels[i].b);
		kg_strv_clear(&c->rels[i].titles);
	}
	free(c->rels);
	kg_map_free(c->rel_of);
	kg_map_free(c->opt_of);
	for (size_t i = 0; i < c->n_nodes; i++)
		free(c->nodes[i].label);
	free(c->nodes);
	kg_map_free(c->node_of);
	kg_strv_clear(&c->other);
	free(c->other_n);
	kg_map_free(c->other_of);
}

void kg_eval_result_free(kg_eval_result *r)
{
	if (!r)
		return;
	kg_strv_clear(&r->not_scored);
	free(r->not_scored_counts);
	kg_strv_clear(&r->missed_entities);
	kg_strv_clear(&r->extra_entities);
	kg_strv_clear(&r->duplicate_nodes);
	kg_strv_clear(&r->wrong_types);
	kg_strv_clear(&r->missed_relations);
	kg_strv_clear(&r->wrong_relations);
	free(r);
}

int kg_eval_score_files(kg_eval_result **out, const char *gold_path, const char *graph_path, kg_error *err)
{
	eval_ctx c = { 0 };
	kg_eval_result *res = calloc(1, sizeof(*res));
	int rc = KG_ENOMEM;

	*out = NULL;
	c.err = err;
	c.loc = utf8_locale();
	if (!res || kg_map_new(&c.uid_of) < 0 || kg_map_new(&c.surface_of) < 0 || kg_map_new(&c.rel_of) < 0 ||
	    kg_map_new(&c.opt_of) < 0 || kg_map_new(&c.node_of) < 0 || kg_map_new(&c.other_of) < 0) {
		kg_error_set(err, gold_path, 0, 0, "out of memory");
		goto done;
	}
	if ((rc = gold_load(&c, gold_path)) < 0 || (rc = graph_load(&c, res, graph_path)) < 0)
		goto done;
	if ((rc = score_entities(&c, res)) < 0 || (rc = score_relations(&c, res)) < 0) {
		kg_error_set(err, graph_path, 0, 0, "out of memory");
		goto done;
	}
	*out = res;
	res = NULL;
done:
	kg_eval_result_free(res);
	ctx_clear(&c);
	return rc;
}

/* ---- the report ---- */

/* Writes s with control characters shown as '?', so a name cannot break a report line. */
static void put_inert(FILE *fp, const char *s)
{
	for (; *s; s++)
		fputc(((unsigned char)*s < 0x20 || *s == 0x7f) ? '?' : *s, fp);
}

/* Writes "  WHAT: item" for each item. */
static void put_list(FILE *fp, const char *what, const kg_strv *items)
{
	for (size_t i = 0; i < items->n; i++) {
		fprintf(fp, "  %s: ", what);
		put_inert(fp, items->v[i]);
		fputc('\n', fp);
	}
}

void kg_eval_print(const kg_eval_result *r, FILE *fp, int verbose)
{
	const kg_eval_prf *e = &r->entities, *x = &r->relations;

	fprintf(fp, "entities   P %.3f  R %.3f  F1 %.3f   (tp %zu, fp %zu, fn %zu; duplicates %zu, wrong type %zu)\n",
		e->p, e->r, e->f1, e->tp, e->fp, e->fn, r->duplicate_nodes.n, r->wrong_types.n);
	fprintf(fp, "relations  P %.3f  R %.3f  F1 %.3f   (tp %zu, fp %zu, fn %zu; titles right %zu/%zu)\n",
		x->p, x->r, x->f1, x->tp, x->fp, x->fn, r->titles_right, r->titles_checked);
	for (size_t i = 0; i < r->n_per_relation; i++) {
		const kg_eval_prf *v = &r->per_relation[i].prf;

		fprintf(fp, "  %-15s P %.3f  R %.3f  F1 %.3f   (tp %zu, fp %zu, fn %zu)\n", r->per_relation[i].name,
			v->p, v->r, v->f1, v->tp, v->fp, v->fn);
	}
	if (r->not_scored.n) {
		fputs("  not scored (outside the schema): ", fp);
		for (size_t i = 0; i < r->not_scored.n; i++) {
			fputs(i ? ", " : "", fp);
			put_inert(fp, r->not_scored.v[i][0] ? r->not_scored.v[i] : "?");
			fprintf(fp, " %zu", r->not_scored_counts[i]);
		}
		fputc('\n', fp);
	}
	if (!verbose)
		return;
	put_list(fp, "missed entity", &r->missed_entities);
	put_list(fp, "extra entity", &r->extra_entities);
	put_list(fp, "duplicate node", &r->duplicate_nodes);
	put_list(fp, "wrong type", &r->wrong_types);
	put_list(fp, "missed relation", &r->missed_relations);
	put_list(fp, "wrong relation", &r->wrong_relations);
}

/* Writes repr(round(x, digits)) of Python. */
static void put_rounded(FILE *fp, double x, int digits)
{
	char buf[64];

	py_float_repr(buf, sizeof(buf), py_round(x, digits));
	fputs(buf, fp);
}

void kg_eval_print_json(const kg_eval_result *r, FILE *fp)
{
	fputs("{\"entity_p\": ", fp);
	put_rounded(fp, r->entities.p, 4);
	fputs(", \"entity_r\": ", fp);
	put_rounded(fp, r->entities.r, 4);
	fputs(", \"entity_f1\": ", fp);
	put_rounded(fp, r->entities.f1, 4);
	fprintf(fp, ", \"duplicates\": %zu, \"relation_p\": ", r->duplicate_nodes.n);
	put_rounded(fp, r->relations.p, 4);
	fputs(", \"relation_r\": ", fp);
	put_rounded(fp, r->relations.r, 4);
	fputs(", \"relation_f1\": ", fp);
	put_rounded(fp, r->relations.f1, 4);
	fputs(", \"per_relation\": {", fp);
	for (size_t i = 0; i < r->n_per_relation; i++) {
		const kg_eval_prf *v = &r->per_relation[i].prf;

		fprintf(fp, "%s\"%s\": {\"p\": ", i ? ", " : "", r->per_relation[i].name);
		put_rounded(fp, v->p, 3);
		fputs(", \"r\": ", fp);
		put_rounded(fp, v->r, 3);
		fputs(", \"f1\": ", fp);
		put_rounded(fp, v->f1, 3);
		fprintf(fp, ", \"tp\": %zu, \"fp\": %zu, \"fn\": %zu}", v->tp, v->fp, v->fn);
	}
	fputs("}}\n", fp);
}
