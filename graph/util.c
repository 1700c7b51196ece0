/* util.c: text cleaning and escaping for the writers, the igraph error boundary and export selection. */
#define _GNU_SOURCE /* qsort_r */
#include "graph_priv.h"

#include <locale.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char igraph_msg[512];

static void on_igraph_error(const char *reason, const char *file, int line, igraph_error_t code)
{
	(void)file;
	(void)line;
	snprintf(igraph_msg, sizeof(igraph_msg), "%s (%s)", reason ? reason : "?",
		 igraph_strerror(code));
	IGRAPH_FINALLY_FREE();
}

static void on_igraph_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

void kg_igraph_enter(kg_igraph_guard *guard)
{
	igraph_msg[0] = '\0';
	guard->error = igraph_set_error_handler(on_igraph_error);
	guard->warning = igraph_set_warning_handler(on_igraph_warning);
}

void kg_igraph_leave(const kg_igraph_guard *guard)
{
	igraph_set_error_handler(guard->error);
	igraph_set_warning_handler(guard->warning);
}

const char *kg_igraph_last_error(void)
{
	return igraph_msg[0] ? igraph_msg : "igraph failed";
}

locale_t kg_numeric_c_enter(void)
{
	locale_t c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);

	return c ? uselocale(c) : (locale_t)0;
}

void kg_numeric_c_leave(locale_t old)
{
	locale_t c;

	if (!old)
		return;
	c = uselocale(old);
	if (c && c != LC_GLOBAL_LOCALE)
		freelocale(c);
}

/* Length of the UTF-8 sequence at s[i..n) when valid, else 0. */
static size_t utf8_seq(const char *s, size_t i, size_t n)
{
	size_t len = kg_utf8_valid_prefix(s + i, n - i < 4 ? n - i : 4);
	unsigned char c = (unsigned char)s[i];
	size_t want = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;

	return len >= want ? want : 0;
}

/* Calls put(ctx, bytes, n) for each piece of s cleaned: invalid bytes and U+FFFE/U+FFFF become
 * U+FFFD, control characters a space; the characters kept as they are go in runs, one call a run.
 * Stops before the character that would pass max_chars display columns (kg_ucs_width) when
 * max_chars > 0 and returns 1 when cut. */
static int clean_walk(const char *s, size_t max_chars, void (*put)(void *, const char *, size_t), void *ctx)
{
	size_t n = strlen(s), chars = 0, run = 0; /* run: where the characters kept as they are began */
	int cut = 0;

	for (size_t i = 0; i < n;) {
		unsigned char c = (unsigned char)s[i];
		size_t len, w = 1;
		const char *instead = NULL; /* what replaces the character, NULL to keep it */

		if (c >= 0x20 && c < 0x7f) {
			len = 1; /* printable ASCII: kept, one column */
		} else {
			unsigned cp;

			if ((len = utf8_seq(s, i, n)) && max_chars)
				w = (kg_utf8_next(s + i, len, &cp), (size_t)kg_ucs_width(cp));
			if (len == 0)
				instead = "\xef\xbf\xbd";
			else if ((len == 1 && (c < 0x20 || c == 0x7f)) || (len == 2 && c == 0xc2 && (unsigned char)s[i + 1] < 0xa0))
				instead = " "; /* C0, DEL and C1 controls */
			else if (len == 3 && c == 0xef && (unsigned char)s[i + 1] == 0xbf && (unsigned char)s[i + 2] >= 0xbe)
				instead = "\xef\xbf\xbd";
		}
		if (max_chars && chars + w > max_chars) {
			cut = 1;
			n = i;
			break;
		}
		chars += w;
		if (instead) {
			if (i > run)
				put(ctx, s + run, i - run);
			put(ctx, instead, strlen(instead));
			run = i + (len ? len : 1);
		}
		i += len ? len : 1;
	}
	if (n > run)
		put(ctx, s + run, n - run);
	return cut;
}

/* A growing output buffer for clean_walk. */
typedef struct strbuf {
	char *p;    /* the bytes, NUL-terminated when ok */
	size_t n;   /* used */
	size_t cap; /* allocated */
	int bad;    /* 1 after an allocation failure */
} strbuf;

static void buf_put(void *ctx, const char *s, size_t n)
{
	strbuf *b = ctx;

	if (b->bad)
		return;
	if (b->n + n + 1 > b->cap) {
		size_t cap = (b->n + n + 1) * 2;
		char *p = realloc(b->p, cap);
		if (!p) {
			b->bad = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->n, s, n);
	b->n += n;
	b->p[b->n] = '\0';
}

static char *clean_copy(const char *s, size_t max_chars)
{
	strbuf b = { 0 };

	buf_put(&b, "", 0);
	if (s && clean_walk(s, max_chars, buf_put, &b))
		buf_put(&b, "\xe2\x80\xa6", 3);
	if (b.bad) {
		free(b.p);
		return NULL;
	}
	return b.p;
}

char *kg_text_clean(const char *s)
{
	return clean_copy(s, 0);
}

char *kg_text_truncate(const char *s, size_t max_chars)
{
	return clean_copy(s, max_chars);
}

/* The put of kg_xml_put: writes the piece with XML's five special characters as entities. */
static void xml_put(void *ctx, const char *s, size_t n)
{
	static const struct { char c; const char *entity; } table[] = {
		{ '&', "&amp;" }, { '<', "&lt;" }, { '>', "&gt;" }, { '"', "&quot;" }, { '\'', "&#39;" },
	};
	FILE *fp = ctx;
	size_t from = 0;

	for (size_t i = 0; i < n; i++) {
		if (!memchr("&<>\"'", s[i], 5))
			continue;
		fwrite(s + from, 1, i - from, fp);
		for (size_t k = 0; k < sizeof(table) / sizeof(table[0]); k++)
			if (table[k].c == s[i])
				fputs(table[k].entity, fp);
		from = i + 1;
	}
	fwrite(s + from, 1, n - from, fp);
}

void kg_xml_put(FILE *fp, const char *s)
{
	if (s)
		clean_walk(s, 0, xml_put, fp);
}

json_t *kg_json_str(const char *s)
{
	json_t *j;
	char *fixed;
	size_t n;

	if (!s)
		return json_null();
	n = strlen(s);
	if (kg_utf8_valid_prefix(s, n) == n)
		return json_stringn(s, n);
	/* only invalid bytes are replaced here: JSON escapes control characters itself */
	fixed = malloc(n * 3 + 1);
	if (!fixed)
		return NULL;
	{
		size_t o = 0;
		for (size_t i = 0; i < n;) {
			size_t len = utf8_seq(s, i, n);
			if (len == 0) {
				memcpy(fixed + o, "\xef\xbf\xbd", 3);
				o += 3;
				i++;
			} else {
				memcpy(fixed + o, s + i, len);
				o += len;
				i += len;
			}
		}
		fixed[o] = '\0';
	}
	j = json_string(fixed);
	free(fixed);
	return j;
}

double kg_round6(double x)
{
	if (!isfinite(x))
		return 0.0;
	if (fabs(x) < 1e9)
		x = round(x * 1e6) / 1e6;
	return x == 0.0 ? 0.0 : x;
}

int kg_modality_planned(const char *modality)
{
	return modality && strcmp(modality, "planned") == 0;
}

/* Appends to err's text ", NAME" for each name of the schema and of g's predicates. */
static void list_relations(const kg_graph *g, kg_error *err)
{
	kg_strv seen = { 0 };
	size_t len;

	for (size_t i = 0; i < kg_n_relations; i++)
		kg_strv_push_unique(&seen, kg_relations[i].name);
	for (size_t i = 0; i < g->n_edges; i++)
		if (!kg_relation_lookup(g->edges[i].relation))
			kg_strv_push_unique(&seen, g->edges[i].relation);
	for (size_t i = 0; i < seen.n; i++) {
		len = strlen(err->text);
		snprintf(err->text + len, sizeof(err->text) - len, "%s%s", i ? ", " : "", seen.v[i]);
	}
	len = strlen(err->text);
	snprintf(err->text + len, sizeof(err->text) - len, " (or any)");
	kg_strv_clear(&seen);
}

/* 1 when relation (n bytes) names a relation of the schema or an edge of g. */
static int relation_known(const kg_graph *g, const char *relation, size_t n)
{
	for (size_t i = 0; i < kg_n_relations; i++)
		if (strlen(kg_relations[i].name) == n && memcmp(kg_relations[i].name, relation, n) == 0)
			return 1;
	for (size_t i = 0; i < g->n_edges; i++)
		if (strlen(g->edges[i].relation) == n && memcmp(g->edges[i].relation, relation, n) == 0)
			return 1;
	return n == 3 && memcmp(relation, "any", 3) == 0;
}

int kg_graph_check_relations(const kg_graph *g, const char *list, kg_error *err)
{
	while (list && *list) {
		const char *end = strchr(list, ',');
		const char *a = list, *b = end ? end : list + strlen(list);

		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if (b > a && !relation_known(g, a, (size_t)(b - a))) {
			kg_error_set(err, "", 0, 0, "unknown relation '%.*s'; valid: ", (int)(b - a), a);
			list_relations(g, err);
			return KG_EINVAL;
		}
		if (!end)
			break;
		list = end + 1;
	}
	return KG_OK;
}

int kg_relation_in_list(const char *list, const char *relation)
{
	size_t rn = strlen(relation);

	if (!list || !*list)
		return 1;
	while (*list) {
		const char *end = strchr(list, ',');
		size_t n = end ? (size_t)(end - list) : strlen(list);
		const char *a = list, *b = list + n;

		while (a < b && (*a == ' ' || *a == '\t'))
			a++;
		while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
			b--;
		if ((size_t)(b - a) == 3 && memcmp(a, "any", 3) == 0)
			return 1;
		if ((size_t)(b - a) == rn && memcmp(a, relation, rn) == 0)
			return 1;
		if (!end)
			break;
		list = end + 1;
	}
	return 0;
}

int kg_node_cmp_rank(const void *pa, const void *pb, void *ctx)
{
	const kg_graph *g = ctx;
	const kg_gnode *a = &g->nodes[*(const size_t *)pa];
	const kg_gnode *b = &g->nodes[*(const size_t *)pb];

	if (a->pagerank != b->pagerank)
		return a->pagerank > b->pagerank ? -1 : 1;
	if (a->weighted_degree != b->weighted_degree)
		return a->weighted_degree > b->weighted_degree ? -1 : 1;
	return strcmp(a->id, b->id);
}

void kg_selection_recount(kg_selection *sel, const kg_graph *g)
{
	sel->n_nodes = sel->n_edges = 0;
	for (size_t i = 0; i < g->n_edges; i++)
		if (sel->edge[i] && (!sel->node[g->edges[i].src] || !sel->node[g->edges[i].dst]))
			sel->edge[i] = 0;
	for (size_t i = 0; i < g->n_nodes; i++)
		sel->n_nodes += sel->node[i];
	for (size_t i = 0; i < g->n_edges; i++)
		sel->n_edges += sel->edge[i];
}

int kg_selection_make(kg_selection *sel, const kg_graph *g, const kg_export_opts *opts, kg_error *err)
{
	int filtered = opts && (opts->exclude_planned || (opts->relation && *opts->relation));
	size_t *order = NULL;
	int rc = KG_OK;

	memset(sel, 0, sizeof(*sel));
	sel->node = calloc(g->n_nodes + 1, 1);
	sel->edge = calloc(g->n_edges + 1, 1);
	if (!sel->node || !sel->edge) {
		kg_error_set(err, "graph", 0, 0, "out of memory selecting nodes");
		rc = KG_ENOMEM;
		goto done;
	}
	/* edges by relation and modality; nodes by their kept edges when filtered */
	for (size_t i = 0; i < g->n_nodes; i++)
		sel->node[i] = !filtered;
	for (size_t i = 0; i < g->n_edges; i++) {
		const kg_gedge *e = &g->edges[i];
		if (opts && opts->exclude_planned && e->planned)
			continue;
		if (opts && !kg_relation_in_list(opts->relation, e->relation))
			continue;
		sel->edge[i] = 1;
		sel->node[e->src] = sel->node[e->dst] = 1;
	}
	if (opts && opts->top > 0) {
		size_t kept = 0;

		order = malloc((g->n_nodes + 1) * sizeof(*order));
		if (!order) {
			kg_error_set(err, "graph", 0, 0, "out of memory ranking nodes");
			rc = KG_ENOMEM;
			goto done;
		}
		for (size_t i = 0; i < g->n_nodes; i++)
			order[i] = i;
		qsort_r(order, g->n_nodes, sizeof(*order), kg_node_cmp_rank, (void *)g);
		for (size_t i = 0; i < g->n_nodes; i++) {
			size_t v = order[i];
			if (sel->node[v] && kept < opts->top)
				kept++;
			else
				sel->node[v] = 0;
		}
	}
	kg_selection_recount(sel, g);
done:
	free(order);
	if (rc < 0)
		kg_selection_clear(sel);
	return rc;
}

void kg_selection_clear(kg_selection *sel)
{
	if (!sel)
		return;
	free(sel->node);
	free(sel->edge);
	memset(sel, 0, sizeof(*sel));
}

/* ---- string pool ---- */

/* Bytes of the blocks the pool's strings are cut from; a longer string gets a block of its own. */
#define SPOOL_BLOCK 65536

struct kg_spool {
	char **slots;    /* open addressing by hash, NULL when empty; at most half full */
	size_t cap;      /* slots (a power of 2) */
	size_t n;        /* strings held */
	char **blocks;   /* the blocks the strings are in, owned */
	size_t n_blocks; /* how many */
	size_t cap_blocks; /* allocated */
	size_t left;     /* bytes free at the end of the last block of SPOOL_BLOCK bytes */
	char *next;      /* where the next string goes in it */
};

int kg_spool_new(kg_spool **out)
{
	kg_spool *p = calloc(1, sizeof(*p));

	*out = NULL;
	if (!p || !(p->slots = calloc(1024, sizeof(*p->slots)))) {
		free(p);
		return KG_ENOMEM;
	}
	p->cap = 1024;
	*out = p;
	return KG_OK;
}

void kg_spool_free(kg_spool *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_blocks; i++)
		free(p->blocks[i]);
	free(p->blocks);
	free(p->slots);
	free(p);
}

/* FNV-1a of s. */
static uint64_t spool_hash(const char *s)
{
	uint64_t h = 14695981039346656037ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

/* Room for n bytes in p's blocks: a pointer to them, NULL when out of memory. */
static char *spool_room(kg_spool *p, size_t n)
{
	char *block;

	if (n <= p->left) {
		block = p->next;
		p->next += n;
		p->left -= n;
		return block;
	}
	if (p->n_blocks == p->cap_blocks) {
		size_t cap = p->cap_blocks ? p->cap_blocks * 2 : 16;
		char **v = realloc(p->blocks, cap * sizeof(*v));

		if (!v)
			return NULL;
		p->blocks = v;
		p->cap_blocks = cap;
	}
	if (!(block = malloc(n > SPOOL_BLOCK / 4 ? n : SPOOL_BLOCK)))
		return NULL;
	p->blocks[p->n_blocks++] = block;
	if (n <= SPOOL_BLOCK / 4) {
		p->next = block + n;
		p->left = SPOOL_BLOCK - n;
	}
	return block;
}

void *kg_spool_alloc(kg_spool *p, size_t n)
{
	size_t pad = (sizeof(void *) - (uintptr_t)p->next % sizeof(void *)) % sizeof(void *);
	char *at;

	if (!n)
		n = 1;
	if (p->next && pad + n <= p->left) {
		at = p->next + pad;
		p->next = at + n;
		p->left -= pad + n;
		return at;
	}
	p->left = 0; /* a new block, aligned as malloc aligns */
	return spool_room(p, n);
}

char *kg_spool_intern(kg_spool *p, const char *s)
{
	size_t i, len;
	char *copy;

	if (!s)
		return NULL;
	if ((p->n + 1) * 2 > p->cap) {
		size_t cap = p->cap * 2;
		char **slots = calloc(cap, sizeof(*slots));

		if (!slots)
			return NULL;
		for (size_t k = 0; k < p->cap; k++) {
			if (!p->slots[k])
				continue;
			for (i = spool_hash(p->slots[k]) & (cap - 1); slots[i]; i = (i + 1) & (cap - 1))
				;
			slots[i] = p->slots[k];
		}
		free(p->slots);
		p->slots = slots;
		p->cap = cap;
	}
	for (i = spool_hash(s) & (p->cap - 1); p->slots[i]; i = (i + 1) & (p->cap - 1))
		if (strcmp(p->slots[i], s) == 0)
			return p->slots[i];
	len = strlen(s) + 1;
	if (!(copy = spool_room(p, len)))
		return NULL;
	memcpy(copy, s, len);
	p->slots[i] = copy;
	p->n++;
	return copy;
}

/* ---- shared texts ---- */

/* A shared text: its count of holders, then its bytes (the pointer given out is to text). The count has
 * 32 bits so that an event id ("ev-" and 16 digits) takes a 32-byte chunk of malloc. */
typedef struct stext {
	uint32_t refs; /* holders */
	char text[];   /* the string */
} stext;

char *kg_stext_new(const char *s)
{
	size_t len = strlen(s ? s : "") + 1;
	stext *t = malloc(sizeof(*t) + len);

	if (!t)
		return NULL;
	t->refs = 1;
	memcpy(t->text, s ? s : "", len);
	return t->text;
}

char *kg_stext_ref(char *text)
{
	if (text)
		((stext *)(void *)(text - offsetof(stext, text)))->refs++;
	return text;
}

void kg_stext_release(char *text)
{
	stext *t;

	if (!text)
		return;
	t = (stext *)(void *)(text - offsetof(stext, text));
	if (--t->refs == 0)
		free(t);
}
