/* percep.c: the averaged perceptron over hashed features (training, averaging, pruning, the
 * read-only model and its binary form), and the model-file blob helpers. */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- hashing and random numbers ---- */

uint64_t kg_lang_hash(uint64_t seed, const void *data, size_t n)
{
	return kg_lang_hash_end(kg_lang_hash_add(kg_lang_hash_begin(seed), data, n));
}

uint64_t kg_lang_rand(uint64_t *state)
{
	uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

void kg_lang_shuffle(size_t *idx, size_t n, uint64_t *state)
{
	size_t i;

	for (i = n; i > 1; i--) {
		size_t j = (size_t)(kg_lang_rand(state) % i), t = idx[i - 1];
		idx[i - 1] = idx[j];
		idx[j] = t;
	}
}

int kg_lang_argmax(const float *scores, int n, const unsigned char *allowed)
{
	int best = -1, i;

	for (i = 0; i < n; i++)
		if ((!allowed || allowed[i]) && (best < 0 || scores[i] > scores[best]))
			best = i;
	return best;
}

/* The 32-bit key a 64-bit feature hash is stored under (never 0, the empty slot). */
static uint32_t key32(uint64_t h)
{
	uint32_t k = (uint32_t)(h ^ (h >> 32));
	return k ? k : 1;
}

/* ---- training ---- */

/* A weight being trained: current value and the sum that averaging subtracts. */
typedef struct ap_entry {
	int32_t cls; /* class */
	float w;     /* current weight */
	double u;    /* sum of clock * change */
} ap_entry;

/* The weights of one feature. */
typedef struct ap_row {
	uint32_t key;   /* feature key, 0 for an empty slot */
	uint32_t n;     /* entries used */
	uint32_t cap;   /* room in e */
	ap_entry *e;    /* entries in order of first update */
} ap_row;

struct kg_ap_train {
	int n_classes;  /* number of classes */
	ap_row *rows;   /* open-addressing table */
	size_t mask;    /* table size - 1 */
	size_t used;    /* rows in use */
	double clock;   /* instances seen */
};

int kg_ap_train_new(kg_ap_train **out, int n_classes)
{
	kg_ap_train *t = calloc(1, sizeof(*t));

	*out = NULL;
	if (!t)
		return KG_ENOMEM;
	t->n_classes = n_classes;
	t->mask = (1u << 16) - 1;
	if (!(t->rows = calloc(t->mask + 1, sizeof(*t->rows)))) {
		free(t);
		return KG_ENOMEM;
	}
	t->clock = 1;
	*out = t;
	return KG_OK;
}

void kg_ap_train_free(kg_ap_train *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i <= t->mask; i++)
		free(t->rows[i].e);
	free(t->rows);
	free(t);
}

static ap_row *train_find(const kg_ap_train *t, uint32_t k)
{
	size_t i = (k * 2654435761u) & t->mask;

	while (t->rows[i].key) {
		if (t->rows[i].key == k)
			return &t->rows[i];
		i = (i + 1) & t->mask;
	}
	return NULL;
}

static int train_grow(kg_ap_train *t)
{
	size_t nmask = t->mask * 2 + 1, i;
	ap_row *nr = calloc(nmask + 1, sizeof(*nr));

	if (!nr)
		return KG_ENOMEM;
	for (i = 0; i <= t->mask; i++) {
		if (t->rows[i].key) {
			size_t j = (t->rows[i].key * 2654435761u) & nmask;
			while (nr[j].key)
				j = (j + 1) & nmask;
			nr[j] = t->rows[i];
		}
	}
	free(t->rows);
	t->rows = nr;
	t->mask = nmask;
	return KG_OK;
}

static ap_row *train_get(kg_ap_train *t, uint32_t k)
{
	size_t i;

	if ((t->used + 1) * 2 > t->mask + 1 && train_grow(t) < 0)
		return NULL;
	i = (k * 2654435761u) & t->mask;
	while (t->rows[i].key) {
		if (t->rows[i].key == k)
			return &t->rows[i];
		i = (i + 1) & t->mask;
	}
	t->rows[i].key = k;
	t->used++;
	return &t->rows[i];
}

void kg_ap_train_score(const kg_ap_train *t, const uint64_t *feats, size_t n, float *scores)
{
	size_t i;
	uint32_t j;

	for (i = 0; i < n; i++) {
		const ap_row *r = train_find(t, key32(feats[i]));
		if (r)
			for (j = 0; j < r->n; j++)
				scores[r->e[j].cls] += r->e[j].w;
	}
}

static int row_add(ap_row *r, int cls, float d, double clock)
{
	uint32_t j;

	for (j = 0; j < r->n; j++)
		if (r->e[j].cls == cls)
			break;
	if (j == r->n) {
		if (r->n == r->cap) {
			size_t cap = r->cap;
			ap_entry *ne = cap < UINT32_MAX / 2 ? kg_grow(r->e, &cap, cap + 1, sizeof(*ne), 2) : NULL;
			if (!ne)
				return KG_ENOMEM;
			r->e = ne;
			r->cap = (uint32_t)cap;
		}
		r->e[j].cls = cls;
		r->e[j].w = 0;
		r->e[j].u = 0;
		r->n++;
	}
	r->e[j].w += d;
	r->e[j].u += clock * d;
	return KG_OK;
}

int kg_ap_train_update(kg_ap_train *t, const uint64_t *feats, size_t n, int truth, int guess)
{
	size_t i;

	if (truth == guess)
		return KG_OK;
	for (i = 0; i < n; i++) {
		ap_row *r = train_get(t, key32(feats[i]));
		if (!r || row_add(r, truth, 1, t->clock) < 0 || (guess >= 0 && row_add(r, guess, -1, t->clock) < 0))
			return KG_ENOMEM;
	}
	return KG_OK;
}

int kg_ap_train_add(kg_ap_train *t, const uint64_t *feats, size_t n, int cls, float d)
{
	size_t i;

	for (i = 0; i < n; i++) {
		ap_row *r = train_get(t, key32(feats[i]));
		if (!r || row_add(r, cls, d, t->clock) < 0)
			return KG_ENOMEM;
	}
	return KG_OK;
}

void kg_ap_train_tick(kg_ap_train *t)
{
	t->clock += 1;
}

/* ---- the read-only model ---- */

/* A feature with a dense row: its key and where its row starts. */
typedef struct ap_dense_ent {
	uint32_t key; /* the feature's key, 0 for an empty entry */
	uint32_t row; /* the first of its n_classes floats in dense */
} ap_dense_ent;

struct kg_ap {
	uint32_t n_classes; /* number of classes */
	uint32_t mask;      /* table size - 1 */
	uint64_t n_weights; /* entries in cls/w */
	uint64_t n_feats;   /* features kept */
	const uint32_t *key;   /* [mask+1] feature keys, 0 empty */
	const uint32_t *start; /* [mask+1] first entry of the feature */
	const uint16_t *count; /* [mask+1] entries of the feature */
	const uint8_t *cls;    /* [n_weights] class of each weight */
	const float *w;        /* [n_weights] weight (NULL when quantised) */
	const int16_t *q;      /* [n_weights] quantised weight, times scale (NULL when float) */
	float scale;           /* what one step of q weighs */
	void *owned[5];        /* the arrays when built in memory (NULL when read from a file) */
	/* The features with many weights (the bias, frequent words: most of the weights a text adds
	 * up), made when a model is read: their weights as rows over every class, 0 where the feature
	 * has none, added as vectors. Adding 0 changes no score (scores start at +0, and sums of
	 * non-zero weights are never -0), and each class still gets its weights in the order of the
	 * features, so the sums are the same floats as weight by weight. The rows are found by the
	 * feature's key in a table of their own, small enough to stay in the cache. */
	uint32_t dense_min;             /* features with this many weights or more have a row */
	/* 1: a feature is looked for in the table of rows before the model's table (whose key, start
	 * and count of a feature lie in three places): when many features have rows (the NER's, 1 in
	 * 22), most look-ups find one. 0: in the model's table first, and in the table of rows when it
	 * has dense_min weights or more: when few do (the tagger's and the parser's, 1 in 1000 or
	 * fewer), looking in the table of rows first made the parser 7% slower. */
	int dense_first;
	uint32_t dense_mask;            /* size of dense_tab - 1 (0: no rows) */
	const ap_dense_ent *dense_tab;  /* [dense_mask+1] the features with a row by key, key 0 empty */
	const float *dense;             /* the rows, n_classes floats each */
	void *dense_owned;              /* dense_tab and dense */
};

/* The high half of a model's class count word flags int16 weights (a scale word follows). */
#define AP_QUANTISED (1ULL << 32)

int kg_ap_classes(const kg_ap *m)
{
	return (int)m->n_classes;
}

size_t kg_ap_features(const kg_ap *m)
{
	return (size_t)m->n_feats;
}

size_t kg_ap_weights(const kg_ap *m)
{
	return (size_t)m->n_weights;
}

/* Features looked up at once by kg_ap_score: their table slots are fetched from memory together. */
#define AP_BATCH 32
/* Slots of the table compared at once while probing (a 16-byte load). */
#define AP_WINDOW 4
/* A feature gets a dense row when it has weights for this part of the classes or more (1/2: on
 * EWT test and UNER EWT test the rows hold most of the weights added; 1/4 adds memory and no
 * speed). */
#define AP_DENSE_DIV 2

#if defined(__GNUC__) || defined(__clang__)
#define AP_PREFETCH(p) __builtin_prefetch(p)
#else
#define AP_PREFETCH(p) ((void)(p))
#endif

/* The index of the lowest set bit of x (x != 0). */
static unsigned ap_ctz(unsigned x)
{
#if defined(__GNUC__) || defined(__clang__)
	return (unsigned)__builtin_ctz(x);
#else
	unsigned n = 0;

	while (!(x & 1)) {
		x >>= 1;
		n++;
	}
	return n;
#endif
}

/* The table slot of key k from its home slot i, or mask + 1 when absent. The slots are compared
 * AP_WINDOW at a time without branches: one slot at a time, the branches of linear probing were
 * guessed wrong about once a feature. */
static uint32_t ap_find(const kg_ap *m, uint32_t k, uint32_t i)
{
	for (;;) {
		if (i + AP_WINDOW <= m->mask + 1) {
			const uint32_t *kp = &m->key[i];
			unsigned hit = 0, stop;
			for (unsigned j = 0; j < AP_WINDOW; j++)
				hit |= (unsigned)(kp[j] == k) << j | (unsigned)(kp[j] == 0) << (j + AP_WINDOW);
			stop = (hit | hit >> AP_WINDOW) & ((1u << AP_WINDOW) - 1);
			if (stop) {
				unsigned j = ap_ctz(stop);
				return (hit >> j) & 1 ? i + j : m->mask + 1;
			}
			i = (i + AP_WINDOW) & m->mask;
		} else {
			if (m->key[i] == k)
				return i;
			if (!m->key[i])
				return m->mask + 1;
			i = (i + 1) & m->mask;
		}
	}
}

/* The home entry of key k in the table of dense rows. */
static uint32_t ap_dense_home(const kg_ap *m, uint32_t k)
{
	return (k * 2654435761u) & m->dense_mask;
}

/* The dense row of the feature of key k from its home entry h, NULL when it has none. */
static const float *ap_dense_find(const kg_ap *m, uint32_t k, uint32_t h)
{
	while (m->dense_tab[h].key) {
		if (m->dense_tab[h].key == k)
			return m->dense + m->dense_tab[h].row;
		h = (h + 1) & m->dense_mask;
	}
	return NULL;
}

void kg_ap_score(const kg_ap *m, const uint64_t *feats, size_t n, float *scores)
{
	/* In batches: the home entries of every feature are prefetched, then the features found
	 * (prefetching their weights), then the weights added, feature by feature in the given order,
	 * so that the sums are the same floats as one feature at a time. */
	int first = m->dense_mask && m->dense_first;

	for (size_t b = 0; b < n; b += AP_BATCH) {
		size_t nb = n - b < AP_BATCH ? n - b : AP_BATCH, f, nh = 0;
		uint32_t key[AP_BATCH], slot[AP_BATCH], dh[AP_BATCH], hs[AP_BATCH], he[AP_BATCH];
		const float *row[AP_BATCH];

		for (f = 0; f < nb; f++) {
			key[f] = key32(feats[b + f]);
			slot[f] = (key[f] * 2654435761u) & m->mask;
			if (first) {
				dh[f] = ap_dense_home(m, key[f]);
				AP_PREFETCH(&m->dense_tab[dh[f]]);
			}
			AP_PREFETCH(&m->key[slot[f]]);
			AP_PREFETCH(&m->start[slot[f]]);
			AP_PREFETCH(&m->count[slot[f]]);
		}
		for (f = 0; f < nb; f++) {
			uint32_t i = 0; /* ap_find sets it before any read; GCC without optimisation cannot see that */
			row[nh] = first ? ap_dense_find(m, key[f], dh[f]) : NULL;
			if (!row[nh]) {
				if ((i = ap_find(m, key[f], slot[f])) > m->mask)
					continue;
				if (!first && m->dense_mask && m->count[i] >= m->dense_min)
					row[nh] = ap_dense_find(m, key[f], ap_dense_home(m, key[f]));
			}
			if (row[nh]) {
				AP_PREFETCH(row[nh]);
				AP_PREFETCH(row[nh] + m->n_classes - 1);
				nh++;
				continue;
			}
			hs[nh] = m->start[i];
			he[nh] = hs[nh] + m->count[i];
			AP_PREFETCH(&m->cls[hs[nh]]);
			if (m->q)
				AP_PREFETCH(&m->q[hs[nh]]);
			else
				AP_PREFETCH(&m->w[hs[nh]]);
			nh++;
		}
		for (f = 0; f < nh; f++) {
			uint32_t j;
			if (row[f]) {
				const float *d = row[f];
				for (j = 0; j < m->n_classes; j++)
					scores[j] += d[j];
			} else if (m->q)
				for (j = hs[f]; j < he[f]; j++)
					scores[m->cls[j]] += m->scale * (float)m->q[j];
			else
				for (j = hs[f]; j < he[f]; j++)
					scores[m->cls[j]] += m->w[j];
		}
	}
}

/* Makes the dense rows of m's features with dense_min weights or more (see struct kg_ap); a feature
 * naming a class twice (none that training writes) keeps its weights as they are. The slots are
 * scanned without branches: half of them are empty, at random. Returns 0 or KG_ENOMEM. */
static int ap_make_dense(kg_ap *m, uint32_t dense_min)
{
	uint32_t size = m->mask + 1, nd = 0, tab = 16, i, k, at = 0, *cand = NULL;
	ap_dense_ent *dt;
	float *d;
	unsigned char *mem = NULL;
	int rc = KG_ENOMEM;

	for (i = 0; i < size; i++)
		nd += (m->key[i] != 0) & (m->count[i] >= dense_min);
	if (!nd || (uint64_t)nd * m->n_classes > UINT32_MAX)
		return KG_OK;
	while (tab < nd * 2)
		tab *= 2;
	if (!(cand = malloc((nd + 1) * sizeof(*cand))) ||
	    !(mem = calloc(1, (size_t)tab * sizeof(*dt) + (size_t)nd * m->n_classes * sizeof(float))))
		goto done;
	for (i = 0, k = 0; i < size; i++) {
		cand[k] = i;
		k += (m->key[i] != 0) & (m->count[i] >= dense_min);
	}
	dt = (ap_dense_ent *)mem;
	d = (float *)(dt + tab);
	m->dense_mask = tab - 1;
	for (k = 0; k < nd; k++) {
		uint64_t seen[4] = { 0 };
		uint32_t j, h, end = m->start[cand[k]] + m->count[cand[k]];
		float *r = d + at;
		for (j = m->start[cand[k]]; j < end; j++) {
			uint8_t c = m->cls[j];
			if (seen[c >> 6] & (1ULL << (c & 63)))
				break;
			seen[c >> 6] |= 1ULL << (c & 63);
			r[c] = m->q ? m->scale * (float)m->q[j] : m->w[j];
		}
		if (j < end) {
			memset(r, 0, m->n_classes * sizeof(*r));
			continue;
		}
		h = ap_dense_home(m, m->key[cand[k]]);
		while (dt[h].key)
			h = (h + 1) & (tab - 1);
		dt[h].key = m->key[cand[k]];
		dt[h].row = at;
		at += m->n_classes;
	}
	m->dense_min = dense_min;
	m->dense_first = (uint64_t)nd * 64 >= m->n_feats;
	m->dense_tab = dt;
	m->dense = d;
	m->dense_owned = mem;
	mem = NULL;
	rc = KG_OK;
done:
	if (mem)
		m->dense_mask = 0;
	free(cand);
	free(mem);
	return rc;
}

void kg_ap_free(kg_ap *m)
{
	int i;

	if (!m)
		return;
	for (i = 0; i < 5; i++)
		free(m->owned[i]);
	free(m->dense_owned);
	free(m);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static int cmp_entry(const void *a, const void *b)
{
	const ap_entry *x = a, *y = b;
	return x->cls - y->cls;
}

int kg_ap_train_average(kg_ap **out, const kg_ap_train *t)
{
	kg_ap *m = calloc(1, sizeof(*m));
	uint32_t *keys = NULL, *key, *start;
	uint16_t *count;
	uint8_t *cls;
	float *w;
	size_t nk = 0, i, nw = 0, size = 16, k;
	int rc = KG_ENOMEM;

	*out = NULL;
	if (!m || !(keys = malloc((t->used + 1) * sizeof(*keys))))
		goto done;
	/* features with at least one weight that averages to non-zero, in key order (deterministic) */
	for (i = 0; i <= t->mask; i++) {
		const ap_row *r = &t->rows[i];
		uint32_t j, keep = 0;
		if (!r->key)
			continue;
		for (j = 0; j < r->n; j++)
			if ((float)(r->e[j].w - r->e[j].u / t->clock) != 0.0f)
				keep++;
		if (keep) {
			keys[nk++] = r->key;
			nw += keep;
		}
	}
	qsort(keys, nk, sizeof(*keys), cmp_u32);
	while (size < nk * 2)
		size *= 2;
	m->n_classes = (uint32_t)t->n_classes;
	m->mask = (uint32_t)(size - 1);
	m->n_feats = nk;
	m->n_weights = nw;
	if (!(m->owned[0] = key = calloc(size, sizeof(*key))) || !(m->owned[1] = start = calloc(size, sizeof(*start))) ||
	    !(m->owned[2] = count = calloc(size, sizeof(*count))) || !(m->owned[3] = cls = malloc(nw + 1)) ||
	    !(m->owned[4] = w = malloc((nw + 1) * sizeof(*w))))
		goto done;
	nw = 0;
	for (k = 0; k < nk; k++) {
		const ap_row *r = train_find(t, keys[k]);
		uint32_t slot = (keys[k] * 2654435761u) & m->mask, j;
		ap_entry *sorted = malloc(r->n * sizeof(*sorted));
		if (!sorted)
			goto done;
		memcpy(sorted, r->e, r->n * sizeof(*sorted));
		qsort(sorted, r->n, sizeof(*sorted), cmp_entry);
		while (key[slot])
			slot = (slot + 1) & m->mask;
		key[slot] = keys[k];
		start[slot] = (uint32_t)nw;
		for (j = 0; j < r->n; j++) {
			float a = (float)(sorted[j].w - sorted[j].u / t->clock);
			if (a != 0.0f) {
				cls[nw] = (uint8_t)sorted[j].cls;
				w[nw] = a;
				nw++;
			}
		}
		count[slot] = (uint16_t)(nw - start[slot]);
		free(sorted);
	}
	m->key = key;
	m->start = start;
	m->count = count;
	m->cls = cls;
	m->w = w;
	*out = m;
	m = NULL;
	rc = KG_OK;
done:
	free(keys);
	kg_ap_free(m);
	return rc;
}

/* The slot of key k in a table of mask + 1 slots filled from key (linear probing). */
static uint32_t free_slot(const uint32_t *key, uint32_t mask, uint32_t k)
{
	uint32_t slot = (k * 2654435761u) & mask;

	while (key[slot])
		slot = (slot + 1) & mask;
	return slot;
}

int kg_ap_compact(kg_ap **out, const kg_ap *m, float min_abs)
{
	kg_ap *c = calloc(1, sizeof(*c));
	uint32_t *keys = NULL, *key, *start;
	uint16_t *count;
	uint8_t *cls;
	int16_t *q;
	size_t nk = 0, nw = 0, size = 16, i, k;
	float top = 0;
	int rc = KG_ENOMEM;

	*out = NULL;
	if (!c || !(keys = malloc((m->n_feats + 1) * sizeof(*keys))))
		goto done;
	/* features keeping a weight, in key order (deterministic), and the largest weight kept */
	for (i = 0; i <= m->mask; i++) {
		uint32_t j, keep = 0;
		if (!m->key[i])
			continue;
		for (j = m->start[i]; j < m->start[i] + m->count[i]; j++) {
			float a = m->q ? m->scale * (float)m->q[j] : m->w[j];
			if (fabsf(a) >= min_abs && a != 0.0f) {
				keep++;
				if (fabsf(a) > top)
					top = fabsf(a);
			}
		}
		if (keep)
			keys[nk++] = m->key[i];
		nw += keep;
	}
	qsort(keys, nk, sizeof(*keys), cmp_u32);
	while (size * 3 < nk * 4)
		size *= 2;
	c->n_classes = m->n_classes;
	c->mask = (uint32_t)(size - 1);
	c->n_feats = nk;
	c->n_weights = nw;
	c->scale = top > 0 ? top / 32767.0f : 1.0f;
	if (!(c->owned[0] = key = calloc(size, sizeof(*key))) || !(c->owned[1] = start = calloc(size, sizeof(*start))) ||
	    !(c->owned[2] = count = calloc(size, sizeof(*count))) || !(c->owned[3] = cls = malloc(nw + 1)) ||
	    !(c->owned[4] = q = malloc((nw + 1) * sizeof(*q))))
		goto done;
	nw = 0;
	for (k = 0; k < nk; k++) {
		uint32_t i0 = (keys[k] * 2654435761u) & m->mask, slot = free_slot(key, c->mask, keys[k]), j;
		while (m->key[i0] != keys[k])
			i0 = (i0 + 1) & m->mask;
		key[slot] = keys[k];
		start[slot] = (uint32_t)nw;
		for (j = m->start[i0]; j < m->start[i0] + m->count[i0]; j++) {
			float a = m->q ? m->scale * (float)m->q[j] : m->w[j];
			if (fabsf(a) >= min_abs && a != 0.0f) {
				long v = lrintf(a / c->scale);
				cls[nw] = m->cls[j];
				q[nw] = (int16_t)(v > 32767 ? 32767 : v < -32767 ? -32767 : v);
				nw++;
			}
		}
		count[slot] = (uint16_t)(nw - start[slot]);
	}
	c->key = key;
	c->start = start;
	c->count = count;
	c->cls = cls;
	c->q = q;
	*out = c;
	c = NULL;
	rc = KG_OK;
done:
	free(keys);
	kg_ap_free(c);
	return rc;
}

int kg_ap_write(kg_lang_blob *b, const kg_ap *m)
{
	uint64_t size = (uint64_t)m->mask + 1;
	int rc;

	uint32_t scale_bits;

	memcpy(&scale_bits, &m->scale, sizeof(scale_bits));
	if ((rc = kg_lang_blob_u64(b, m->n_classes | (m->q ? AP_QUANTISED : 0))) < 0 ||
	    (m->q && (rc = kg_lang_blob_u64(b, scale_bits)) < 0) || (rc = kg_lang_blob_u64(b, size)) < 0 ||
	    (rc = kg_lang_blob_u64(b, m->n_weights)) < 0 || (rc = kg_lang_blob_u64(b, m->n_feats)) < 0 ||
	    (rc = kg_lang_blob_put(b, m->key, size * sizeof(*m->key))) < 0 ||
	    (rc = kg_lang_blob_put(b, m->start, size * sizeof(*m->start))) < 0 ||
	    (rc = kg_lang_blob_put(b, m->count, size * sizeof(*m->count))) < 0 ||
	    (rc = kg_lang_blob_put(b, m->cls, m->n_weights)) < 0 ||
	    (m->q ? (rc = kg_lang_blob_put(b, m->q, m->n_weights * sizeof(*m->q)))
		  : (rc = kg_lang_blob_put(b, m->w, m->n_weights * sizeof(*m->w)))) < 0)
		return rc;
	return KG_OK;
}

int kg_ap_read(kg_ap **out, kg_lang_rd *r)
{
	kg_ap *m = calloc(1, sizeof(*m));
	uint64_t nc, size, nw, nf, i, quant = 0, scale_bits = 0;
	int broken = 0;

	*out = NULL;
	if (!m)
		return KG_ENOMEM;
	if (kg_lang_rd_u64(r, &nc) < 0)
		goto bad;
	if (nc & AP_QUANTISED) {
		uint32_t sb;
		quant = 1;
		nc &= ~AP_QUANTISED;
		if (kg_lang_rd_u64(r, &scale_bits) < 0 || scale_bits > UINT32_MAX)
			goto bad;
		sb = (uint32_t)scale_bits;
		memcpy(&m->scale, &sb, sizeof(sb));
		if (!isfinite(m->scale) || m->scale <= 0)
			goto bad;
	}
	if (kg_lang_rd_u64(r, &size) < 0 || kg_lang_rd_u64(r, &nw) < 0 ||
	    kg_lang_rd_u64(r, &nf) < 0 || nc == 0 || nc > 256 || size == 0 || (size & (size - 1)) ||
	    size > (1ULL << 30) || nw > (1ULL << 34))
		goto bad;
	m->n_classes = (uint32_t)nc;
	m->mask = (uint32_t)(size - 1);
	m->n_weights = nw;
	m->n_feats = nf;
	if (!(m->key = kg_lang_rd_take(r, size * 4)) || !(m->start = kg_lang_rd_take(r, size * 4)) ||
	    !(m->count = kg_lang_rd_take(r, size * 2)) || !(m->cls = kg_lang_rd_take(r, nw)))
		goto bad;
	if (quant ? !(m->q = kg_lang_rd_take(r, nw * 2)) : !(m->w = kg_lang_rd_take(r, nw * 4)))
		goto bad;
	/* every feature's weights lie inside the arrays and name a class that exists; a free slot exists
	 * (tested without branches: half the slots are empty, at random) */
	for (i = 0; i < size; i++)
		broken |= (m->key[i] != 0) & ((uint64_t)m->start[i] + m->count[i] > nw);
	for (i = 0; i < nw; i++)
		broken |= m->cls[i] >= nc;
	if (broken || nf >= size)
		goto bad;
	if (ap_make_dense(m, (m->n_classes + AP_DENSE_DIV - 1) / AP_DENSE_DIV) < 0) {
		kg_ap_free(m);
		return KG_ENOMEM;
	}
	*out = m;
	return KG_OK;
bad:
	free(m);
	return KG_EPARSE;
}

/* ---- blobs and files ---- */

int kg_lang_blob_put(kg_lang_blob *b, const void *p, size_t n)
{
	size_t padded = (n + 7) & ~(size_t)7;

	if (b->len + padded > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		unsigned char *nd;
		while (cap < b->len + padded)
			cap *= 2;
		if (!(nd = realloc(b->data, cap)))
			return KG_ENOMEM;
		b->data = nd;
		b->cap = cap;
	}
	if (n)
		memcpy(b->data + b->len, p, n);
	memset(b->data + b->len + n, 0, padded - n);
	b->len += padded;
	return KG_OK;
}

int kg_lang_blob_u64(kg_lang_blob *b, uint64_t v)
{
	return kg_lang_blob_put(b, &v, sizeof(v));
}

int kg_lang_blob_strings(kg_lang_blob *b, const char *const *v, size_t n)
{
	size_t total = 0, i, at = 0;
	char *buf;
	int rc;

	for (i = 0; i < n; i++)
		total += strlen(v[i]) + 1;
	if (!(buf = malloc(total + 1)))
		return KG_ENOMEM;
	for (i = 0; i < n; i++) {
		size_t l = strlen(v[i]) + 1;
		memcpy(buf + at, v[i], l);
		at += l;
	}
	if ((rc = kg_lang_blob_u64(b, n)) >= 0 && (rc = kg_lang_blob_u64(b, total)) >= 0)
		rc = kg_lang_blob_put(b, buf, total);
	free(buf);
	return rc;
}

int kg_lang_blob_save(const kg_lang_blob *b, const char *path, kg_error *err)
{
	size_t n = strlen(path);
	char *tmp = malloc(n + 8);
	FILE *fp;
	int rc = KG_EIO;

	if (!tmp)
		return KG_ENOMEM;
	snprintf(tmp, n + 8, "%s.tmp", path);
	if (!(fp = fopen(tmp, "wb"))) {
		kg_error_set(err, path, 0, 0, "cannot write: %s", strerror(errno));
		goto done;
	}
	if (fwrite(b->data, 1, b->len, fp) != b->len || fclose(fp) != 0) {
		kg_error_set(err, path, 0, 0, "cannot write: %s", strerror(errno));
		remove(tmp);
		goto done;
	}
	if (rename(tmp, path) != 0) {
		kg_error_set(err, path, 0, 0, "cannot rename the temporary file: %s", strerror(errno));
		remove(tmp);
		goto done;
	}
	rc = KG_OK;
done:
	free(tmp);
	return rc;
}

void kg_lang_blob_free(kg_lang_blob *b)
{
	if (!b)
		return;
	free(b->data);
	memset(b, 0, sizeof(*b));
}

int kg_lang_blob_keep(kg_lang_blob *best, kg_lang_blob *cur, const char *path, kg_error *err)
{
	kg_lang_blob t = *best;

	*best = *cur;
	*cur = t;
	return kg_lang_blob_save(best, path, err);
}

int kg_lang_train_failed(kg_error *err, const char *path, int rc)
{
	if (rc < 0 && err && !err->text[0])
		kg_error_set(err, path, 0, 0, "cannot train: %s", kg_strerror(rc));
	return rc;
}

double kg_lang_pct(size_t part, size_t whole)
{
	return whole ? 100.0 * (double)part / (double)whole : 0.0;
}

const void *kg_lang_rd_take(kg_lang_rd *r, size_t n)
{
	size_t padded = (n + 7) & ~(size_t)7;
	const void *p;

	if (padded < n || r->pos > r->len || r->len - r->pos < padded)
		return NULL;
	p = r->data + r->pos;
	r->pos += padded;
	return p;
}

int kg_lang_rd_u64(kg_lang_rd *r, uint64_t *v)
{
	const void *p = kg_lang_rd_take(r, 8);

	if (!p)
		return KG_EPARSE;
	memcpy(v, p, 8);
	return KG_OK;
}

int kg_lang_rd_strings(kg_lang_rd *r, const char ***v, size_t *n)
{
	uint64_t count, total, i;
	const char *p, **out;
	size_t at = 0;

	*v = NULL;
	*n = 0;
	if (kg_lang_rd_u64(r, &count) < 0 || kg_lang_rd_u64(r, &total) < 0 || count > total ||
	    !(p = kg_lang_rd_take(r, (size_t)total)))
		return KG_EPARSE;
	if (total && p[total - 1] != '\0')
		return KG_EPARSE;
	if (!(out = malloc((count + 1) * sizeof(*out))))
		return KG_ENOMEM;
	for (i = 0; i < count; i++) {
		if (at >= total) {
			free(out);
			return KG_EPARSE;
		}
		out[i] = p + at;
		at += strlen(p + at) + 1;
	}
	*v = out;
	*n = (size_t)count;
	return KG_OK;
}

int kg_lang_map_file(kg_lang_map *m, const char *path, kg_error *err)
{
	struct stat st;
	int fd = open(path, O_RDONLY);
	void *p;

	m->data = NULL;
	m->len = 0;
	if (fd < 0) {
		kg_error_set(err, path, 0, 0, "cannot open the model: %s", strerror(errno));
		return errno == ENOENT ? KG_ENOTFOUND : KG_EIO;
	}
	if (fstat(fd, &st) != 0 || st.st_size < 16) {
		kg_error_set(err, path, 0, 0, "not a kg model (too short): retrain it with kg train");
		close(fd);
		return KG_EPARSE;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED) {
		kg_error_set(err, path, 0, 0, "cannot map the model: %s", strerror(errno));
		return KG_EIO;
	}
	m->data = p;
	m->len = (size_t)st.st_size;
	return KG_OK;
}

void kg_lang_unmap(kg_lang_map *m)
{
	if (m && m->data)
		munmap((void *)m->data, m->len);
	if (m) {
		m->data = NULL;
		m->len = 0;
	}
}

int kg_lang_model_load(void **out, const kg_lang_model_kind *kind, const char *path, kg_error *err)
{
	void *m = calloc(1, kind->size);
	kg_lang_map *map = m ? (kg_lang_map *)((char *)m + kind->map_at) : NULL;
	int rc;

	*out = NULL;
	if (!m)
		return KG_ENOMEM;
	if ((rc = kg_lang_map_file(map, path, err)) < 0)
		goto done;
	if ((rc = kg_lang_model_read(m, kind, map->data, map->len)) < 0) {
		if (rc == KG_EPARSE)
			kg_error_set(err, path, 0, 0, "%s", kind->damaged);
		goto done;
	}
	*out = m;
	m = NULL;
done:
	kg_lang_model_free(m, kind);
	return rc;
}

int kg_lang_model_read(void *model, const kg_lang_model_kind *kind, const unsigned char *data, size_t len)
{
	kg_lang_rd r = { data, len, 0 };
	const char *magic = kg_lang_rd_take(&r, 8);

	if (!magic || memcmp(magic, kind->magic, 8) != 0)
		return KG_EPARSE;
	return kind->read(model, &r);
}

void kg_lang_model_free(void *model, const kg_lang_model_kind *kind)
{
	kg_lang_model_clear(model, kind);
	free(model);
}

void kg_lang_model_clear(void *model, const kg_lang_model_kind *kind)
{
	if (!model)
		return;
	kg_ap_free(*(kg_ap **)((char *)model + kind->ap_at));
	if (kind->clear)
		kind->clear(model);
	kg_lang_unmap((kg_lang_map *)((char *)model + kind->map_at));
}

/* ---- key to value tables ---- */

static uint64_t tab_key(uint64_t k)
{
	return k ? k : 1;
}

int kg_lang_tab_build(kg_lang_tab *t, const uint64_t *keys, const uint32_t *vals, size_t n)
{
	size_t size = 16, i;
	uint64_t *k;
	uint32_t *v;
	unsigned char *mem;

	memset(t, 0, sizeof(*t));
	while (size < n * 2)
		size *= 2;
	if (!(mem = calloc(size, sizeof(*k) + sizeof(*v))))
		return KG_ENOMEM;
	k = (uint64_t *)mem;
	v = (uint32_t *)(mem + size * sizeof(*k));
	t->mask = size - 1;
	for (i = 0; i < n; i++) {
		uint64_t key = tab_key(keys[i]), s = key & t->mask;
		while (k[s] && k[s] != key)
			s = (s + 1) & t->mask;
		if (!k[s]) {
			k[s] = key;
			v[s] = vals[i];
		}
	}
	t->key = k;
	t->val = v;
	t->owned = mem;
	return KG_OK;
}

int kg_lang_tab_get(const kg_lang_tab *t, uint64_t key, uint32_t *val)
{
	uint64_t s;

	if (!t->key)
		return 0;
	key = tab_key(key);
	s = key & t->mask;
	while (t->key[s]) {
		if (t->key[s] == key) {
			*val = t->val[s];
			return 1;
		}
		s = (s + 1) & t->mask;
	}
	return 0;
}

int kg_lang_tab_write(kg_lang_blob *b, const kg_lang_tab *t)
{
	uint64_t size = t->mask + 1;
	int rc;

	if ((rc = kg_lang_blob_u64(b, size)) < 0 || (rc = kg_lang_blob_put(b, t->key, size * 8)) < 0 ||
	    (rc = kg_lang_blob_put(b, t->val, size * 4)) < 0)
		return rc;
	return KG_OK;
}

int kg_lang_tab_read(kg_lang_tab *t, kg_lang_rd *r)
{
	uint64_t size, i, used = 0;

	memset(t, 0, sizeof(*t));
	if (kg_lang_rd_u64(r, &size) < 0 || size == 0 || (size & (size - 1)) || size > (1ULL << 30) ||
	    !(t->key = kg_lang_rd_take(r, size * 8)) || !(t->val = kg_lang_rd_take(r, size * 4)))
		return KG_EPARSE;
	for (i = 0; i < size; i++)
		used += t->key[i] != 0;
	if (used >= size)
		return KG_EPARSE;
	t->mask = size - 1;
	return KG_OK;
}

void kg_lang_tab_clear(kg_lang_tab *t)
{
	if (!t)
		return;
	free(t->owned);
	memset(t, 0, sizeof(*t));
}
