/* ner.c: the learned named-entity tagger: hashed features (words, shapes, affixes, lexicons, gazetteer
 * spans, earlier tags of the same word in the document), an averaged perceptron, greedy BILOU decoding. */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../text/text.h"

#define NT KG_NER_NTAGS
#define MAXF 256               /* features of one token, at most (features() makes at most 2 * 112) */
#define WMAX 48                /* bytes of a word used for its features */
#define MODEL_MAGIC "KGNER003" /* change it when the feature templates change: old models are refused */

struct kg_ner_model {
	kg_ap *ap;       /* the averaged perceptron over NT classes */
	kg_lang_map map; /* the mapped model file (empty when made in memory) */
};

/* The weights a tagging pass scores with: a model, or the weights being trained. */
typedef struct scorer {
	const kg_ap *m;         /* the model, or NULL while training */
	const kg_ap_train *t;   /* the weights being trained */
} scorer;

/* A growable open-addressing map from 64-bit word hashes to a small value, for one document. */
typedef struct wmap {
	uint64_t *k;  /* keys (0: empty slot; a hash of 0 is stored as 1) */
	uint8_t *v;   /* values */
	size_t cap;   /* slots, a power of two */
	size_t n;     /* used slots */
} wmap;

static void wmap_clear(wmap *m)
{
	if (m->k)
		memset(m->k, 0, m->cap * sizeof(*m->k));
	m->n = 0;
}

static void wmap_free(wmap *m)
{
	free(m->k);
	free(m->v);
	memset(m, 0, sizeof(*m));
}

static size_t wmap_slot(const wmap *m, uint64_t k)
{
	size_t i = (size_t)(k * 0x9E3779B97F4A7C15ull >> 20) & (m->cap - 1);

	while (m->k[i] && m->k[i] != k)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static int wmap_put(wmap *m, uint64_t k, uint8_t v)
{
	size_t i;

	k = k ? k : 1;
	if ((m->n + 1) * 2 > m->cap) {
		wmap old = *m;
		size_t ncap = m->cap ? m->cap * 2 : 256;
		m->k = calloc(ncap, sizeof(*m->k));
		m->v = malloc(ncap);
		if (!m->k || !m->v) {
			free(m->k);
			free(m->v);
			*m = old;
			return KG_ENOMEM;
		}
		m->cap = ncap;
		m->n = 0;
		for (size_t j = 0; j < old.cap; j++)
			if (old.k[j]) {
				size_t s = wmap_slot(m, old.k[j]);
				m->k[s] = old.k[j];
				m->v[s] = old.v[j];
				m->n++;
			}
		free(old.k);
		free(old.v);
	}
	i = wmap_slot(m, k);
	if (!m->k[i]) {
		m->k[i] = k;
		m->n++;
	}
	m->v[i] = v;
	return KG_OK;
}

/* The value of k, or 0 when absent. */
static uint8_t wmap_get(const wmap *m, uint64_t k)
{
	size_t i;

	if (!m->cap)
		return 0;
	i = wmap_slot(m, k ? k : 1);
	return m->k[i] ? m->v[i] : 0;
}

/* What the tagger knows of one token of the sentence being tagged. */
typedef struct tokinfo {
	uint64_t low;     /* hash of the lower-cased word, digits as 0 */
	uint64_t exact;   /* hash of the word as written */
	uint64_t pre[3];  /* hashes of its lower-cased prefixes of 1..3 bytes */
	uint64_t suf[4];  /* and suffixes of 1..4 bytes */
	uint64_t shape;   /* hash of its shape (Xxx, dd, XX.), runs cut at 2 */
	uint64_t sshape;  /* hash of its short shape (runs cut at 1) */
	unsigned lex;     /* kg_lex_word classes */
	uint8_t cap;      /* 1: starts with a capital, 2: all capitals, 3: has a digit, 0: other */
	uint8_t place;    /* gazetteer place span: 0 none, else 1 + pos * 8 + kind */
	uint8_t title;    /* title span: 0 none, else 1 + pos */
	uint8_t alias;    /* organisation alias span: 0 none, else 1 + pos */
	uint8_t demonym;  /* 1 when the word is a demonym */
	uint8_t org_start; /* 1 when an organisation alias may start with a capitalised word */
	uint8_t wn;       /* WordNet class of a capitalised word */
	uint8_t mem;      /* the document memory of this word (0 none, 1 + type, 5 seen as O) */
	uint8_t lowseen;  /* 1 when the word appears in lower case elsewhere in the document */
	uint32_t pos;     /* part-of-speech key (kg_ner_pos_key), 0 when not tagged */
	uint8_t mode;     /* the sentence's case: 0 as written, 1 in capitals, 2 in title case */
} tokinfo;

/* What a word by itself (its bytes alone, lexicon and model fixed) gives the tagger, kept for the
 * words of a run since they repeat: the fields word_info and lex_info fill from the word, and the
 * scores of its first features (those of the word alone, see word_features) in each case mode.
 * Only words of up to WMAX bytes (those word_info sees whole) are kept. */
typedef struct word_memo {
	uint8_t n;          /* bytes of the word, 0: an empty entry */
	uint8_t scored;     /* bit md: sc[md] holds the scores of case mode md */
	char s[WMAX];       /* the word */
	tokinfo ti;         /* word_info's and lex_info's fields of the word (lex, demonym, wn) */
	float sc[3][NT];    /* the scores of the word's features in mode md */
} word_memo;

/* Entries of the word and span caches at most: one entry per word, direct-mapped, so a cache about
 * three times a text's vocabulary keeps most of it (4096 kept 78% of the words of UNER EWT test,
 * 5600 different ones, at steady state); 6 MB for the words at most, touched as they come. */
#define MEMO_SLOTS 16384

/* What the gazetteer says of a span of up to 4 words joined by spaces (lex_info's look-ups), kept
 * for the spans of a run since names repeat: kg_lex_place and kg_lex_org_alias depend on the bytes
 * alone, and each takes several look-ups in large tables (about a tenth of a run before). One
 * entry is a cache line. */
typedef struct span_memo {
	uint8_t n;          /* bytes of the span, 0: an empty entry */
	uint8_t place;      /* 0 not looked up, 1 not a place, 2 + kind: a place of that kind */
	uint8_t alias;      /* 0 not looked up, 1 not an organisation alias, 2 one */
	char s[61];         /* the span */
} span_memo;

/* Scratch space of a tagging pass. */
typedef struct pass {
	tokinfo *ti;     /* per token of the sentence */
	size_t cap;      /* tokens ti (and f, nf, em, back) can hold */
	uint64_t *f;     /* MAXF features per token */
	size_t *nf;      /* how many each token has */
	float *em;       /* NT emission scores per token */
	uint8_t *back;   /* NT Viterbi back pointers per token */
	wmap mem;        /* document memory: word hash -> 1 + type of its last tag, or 5 for O */
	wmap lowseen;    /* words seen in lower case in the document */
	word_memo *memo; /* the word cache, NULL: none (while training: the weights change) */
	size_t memo_mask; /* its entries - 1 (a power of two) */
	span_memo *spans; /* the span cache, NULL: none (made with the word cache) */
	size_t spans_mask; /* its entries - 1 (a power of two) */
} pass;

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;

	for (size_t i = 0; i < n; i++) {
		h ^= s[i];
		h *= 0x100000001b3ull;
	}
	return h;
}

#define FNV0 0xcbf29ce484222325ull

static uint64_t mix(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ull;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebull;
	x ^= x >> 31;
	return x;
}

/* Fills the word, affix and shape fields of ti from w. */
static void word_info(tokinfo *ti, const kg_span *w)
{
	char low[WMAX], shape[16], sshape[16];
	size_t n = w->n < WMAX ? w->n : WMAX, ns = 0, nss = 0;
	int upper = 0, lower = 0, digit = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)w->s[i];
		char k;
		if (ch >= 'A' && ch <= 'Z') {
			low[i] = (char)(ch - 'A' + 'a');
			k = 'X';
			upper++;
		} else if (ch >= 'a' && ch <= 'z') {
			low[i] = (char)ch;
			k = 'x';
			lower++;
		} else if (ch >= '0' && ch <= '9') {
			low[i] = '0';
			k = 'd';
			digit++;
		} else if (ch >= 0x80) {
			low[i] = (char)ch;
			if (ch < 0xC0)
				continue; /* a continuation byte */
			k = 'x';
			lower++;
		} else {
			low[i] = (char)ch;
			k = (char)ch;
		}
		if (ns < sizeof(shape) && !(ns >= 2 && shape[ns - 1] == k && shape[ns - 2] == k))
			shape[ns++] = k;
		if (nss < sizeof(sshape) && !(nss >= 1 && sshape[nss - 1] == k))
			sshape[nss++] = k;
	}
	ti->low = fnv(FNV0, low, n);
	ti->exact = fnv(FNV0 ^ 1, w->s, n);
	for (size_t k = 0; k < 3; k++)
		ti->pre[k] = k < n ? fnv(FNV0 ^ 2, low, k + 1) : 0;
	for (size_t k = 0; k < 4; k++)
		ti->suf[k] = k < n ? fnv(FNV0 ^ 3, low + n - k - 1, k + 1) : 0;
	ti->shape = fnv(FNV0 ^ 4, shape, ns);
	ti->sshape = fnv(FNV0 ^ 5, sshape, nss);
	ti->cap = digit ? 3 : (upper && !lower && upper > 1) ? 2 : (n && w->s[0] >= 'A' && w->s[0] <= 'Z') ? 1 : 0;
}

/* The low hash word_info gives w (lower case, digits as 0), without the rest of its work. */
static uint64_t low_hash(const kg_span *w)
{
	char low[WMAX];
	size_t n = w->n < WMAX ? w->n : WMAX;

	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)w->s[i];
		low[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch >= '0' && ch <= '9' ? '0' : (char)ch;
	}
	return fnv(FNV0, low, n);
}

/* The word cache's entry for w, NULL when w is too long to be kept. */
static word_memo *memo_slot(const pass *ps, const kg_span *w)
{
	if (!ps->memo || w->n == 0 || w->n > WMAX)
		return NULL;
	return &ps->memo[fnv(FNV0, w->s, w->n) & ps->memo_mask];
}

/* 1 when entry e holds word w. */
static int memo_holds(const word_memo *e, const kg_span *w)
{
	return e && e->n == w->n && memcmp(e->s, w->s, w->n) == 0;
}

/* Fills the fields of ti that come from w alone: word_info's, and with lex its word classes, and for
 * a capitalised word whether it is a demonym and its WordNet class (the spans are lex_info's). */
static void word_fields(tokinfo *ti, const kg_lex *lex, const kg_span *w)
{
	word_info(ti, w);
	ti->lex = lex ? kg_lex_word(lex, w->s, w->n) : 0;
	ti->demonym = ti->wn = 0;
	ti->org_start = lex && ti->cap && kg_lex_org_alias_may_start(lex, w->s, w->n);
	if (lex && (ti->cap == 1 || ti->cap == 2)) {
		ti->demonym = kg_lex_demonym(lex, w->s, w->n) != NULL;
		ti->wn = (uint8_t)kg_lex_wordnet_class(lex, w->s, w->n);
	}
}

/* word_fields through the word cache of ps. */
static void word_fields_memo(pass *ps, tokinfo *ti, const kg_lex *lex, const kg_span *w)
{
	word_memo *e = memo_slot(ps, w);

	if (memo_holds(e, w)) {
		*ti = e->ti;
		return;
	}
	word_fields(ti, lex, w);
	if (e) {
		e->n = (uint8_t)w->n;
		memcpy(e->s, w->s, w->n);
		e->ti = *ti;
		e->scored = 0;
	}
}

/* Marks [a, a + len) of field f (an offset into tokinfo) with BILOU positions over base. */
static void mark_span(tokinfo *ti, size_t a, size_t len, size_t off, uint8_t base)
{
	for (size_t k = 0; k < len; k++) {
		uint8_t pos = len == 1 ? KG_NER_U : k == 0 ? KG_NER_B : k == len - 1 ? KG_NER_L : KG_NER_I;
		((uint8_t *)&ti[a + k])[off] = (uint8_t)(base + pos);
	}
}

/* Joins the words of toks from a with single spaces into buf, up to len words, as far as they fit
 * (the bytes and room of join(), which a span of fewer words is the start of): writes the length of
 * the span of k words at end[k - 1] and its hash at hash[k - 1]; returns how many words fit. */
static size_t join_prefixes(char *buf, size_t cap, const kg_span *toks, size_t a, size_t len, size_t *end,
			    uint64_t *hash)
{
	uint64_t h = FNV0;
	size_t o = 0, k;

	for (k = 0; k < len; k++) {
		if (o + toks[a + k].n + 1 >= cap)
			break;
		if (k) {
			buf[o++] = ' ';
			h = fnv(h, " ", 1);
		}
		memcpy(buf + o, toks[a + k].s, toks[a + k].n);
		h = fnv(h, toks[a + k].s, toks[a + k].n);
		o += toks[a + k].n;
		end[k] = o;
		hash[k] = h;
	}
	return k;
}

/* The span cache's entry for buf[0..n) of hash h, emptied when it held another span; NULL when ps
 * has no cache or the span is too long to be kept. */
static span_memo *span_slot(const pass *ps, const char *buf, size_t n, uint64_t h)
{
	span_memo *e;

	if (!ps->spans || n == 0 || n > sizeof(e->s))
		return NULL;
	e = &ps->spans[h & ps->spans_mask];
	if (e->n != n || memcmp(e->s, buf, n) != 0) {
		e->n = (uint8_t)n;
		memcpy(e->s, buf, n);
		e->place = e->alias = 0;
	}
	return e;
}

/* kg_lex_place's kind of buf[0..n) (n < the room of buf), -1 when not a place, through the span
 * cache of ps. */
static int span_place(pass *ps, const kg_lex *lex, char *buf, size_t n, uint64_t h)
{
	span_memo *e = span_slot(ps, buf, n, h);
	kg_place pl;
	char c = buf[n];
	int kind;

	if (e && e->place)
		return e->place - 2;
	buf[n] = '\0';
	kind = kg_lex_place(lex, buf, n, &pl) ? (int)pl.kind : -1;
	buf[n] = c;
	if (e)
		e->place = (uint8_t)(kind + 2);
	return kind;
}

/* 1 when buf[0..n) is an organisation alias (kg_lex_org_alias), through the span cache of ps. */
static int span_alias(pass *ps, const kg_lex *lex, char *buf, size_t n, uint64_t h)
{
	span_memo *e = span_slot(ps, buf, n, h);
	char c = buf[n];
	int yes;

	if (e && e->alias)
		return e->alias - 1;
	buf[n] = '\0';
	yes = kg_lex_org_alias(lex, buf, n) != NULL;
	buf[n] = c;
	if (e)
		e->alias = (uint8_t)(yes + 1);
	return yes;
}

/* Fills the lexicon fields of a sentence's spans: gazetteer places, titles, aliases (word_fields
 * filled those of each word). The spans of a place or an alias start with the longest (up to 4
 * words), and are looked up through the span cache of ps. */
static void lex_info(pass *ps, tokinfo *ti, const kg_lex *lex, const kg_span *t, size_t n)
{
	char buf[256];
	size_t end[4];
	uint64_t hash[4];

	for (size_t i = 0; i < n; i++)
		ti[i].place = ti[i].title = ti[i].alias = 0;
	if (!lex)
		return;
	for (size_t i = 0; i < n;) {
		size_t best = 0;
		int kind = 0;
		if (ti[i].cap == 1 || ti[i].cap == 2) {
			size_t fit = join_prefixes(buf, sizeof(buf), t, i, n - i < 4 ? n - i : 4, end, hash);
			for (size_t len = fit; len >= 1 && !best; len--)
				if ((len == 1 || ti[i + len - 1].cap) &&
				    (kind = span_place(ps, lex, buf, end[len - 1], hash[len - 1])) >= 0)
					best = len;
		}
		if (best) {
			mark_span(ti, i, best, offsetof(tokinfo, place), (uint8_t)(1 + kind * 4));
			i += best;
		} else
			i++;
	}
	for (size_t i = 0; i < n;) {
		const char *canon;
		size_t len = (ti[i].lex & (KG_LEX_TITLE | KG_LEX_HONORIFIC)) ? kg_lex_title(lex, t + i, n - i, &canon) : 0;
		if (len) {
			mark_span(ti, i, len, offsetof(tokinfo, title), 1);
			i += len;
		} else
			i++;
	}
	for (size_t i = 0; i < n;) {
		size_t best = 0;
		if (ti[i].org_start) {
			size_t fit = join_prefixes(buf, sizeof(buf), t, i, n - i < 4 ? n - i : 4, end, hash);
			for (size_t len = fit; len >= 1 && !best; len--)
				if (span_alias(ps, lex, buf, end[len - 1], hash[len - 1]))
					best = len;
		}
		if (best) {
			mark_span(ti, i, best, offsetof(tokinfo, alias), 1);
			i += best;
		} else
			i++;
	}
}

/* 1 for the short words a title leaves in lower case ("the", "of", "and"). */
static int small_word(const kg_span *w)
{
	static const char *const small[] = { "a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "at", "by",
					     "with", "as", "from" };

	for (size_t k = 0; k < sizeof(small) / sizeof(*small); k++)
		if (w->n == strlen(small[k]) && memcmp(w->s, small[k], w->n) == 0)
			return 1;
	return 0;
}

/* Feature templates (their numbers are part of the model: append, never renumber). */
enum {
	F_BIAS = 1, F_LOW, F_EXACT, F_PRE, F_SUF, F_SHAPE, F_SSHAPE, F_LOWM1, F_LOWP1, F_LOWM2, F_LOWP2, F_SSHM1,
	F_SSHP1, F_BIM1, F_BIP1, F_P1, F_P12, F_P1LOW, F_P1SSH, F_FIRST, F_LEX, F_LEXM1, F_LEXP1, F_PLACE,
	F_PLACECAP, F_TITLE, F_TITLEM1, F_DEMONYM, F_ALIAS, F_MEM, F_LOWSEEN, F_CAPS3, F_WN, F_SHM1SH, F_SHSHP1,
	F_MEMSSH, F_PLACEM1, F_PLACEP1, F_LEXCAP, F_POS, F_POSM1, F_POSP1, F_POSCAP, F_POS2, F_POSLOW
};

/* The templates whose features a sentence in capitals or title case shares with sentences as written
 * (what the words are); the others (shapes, capitals, part of speech, lexicon lookups made for
 * capitalised words) mean something else there and have features of that case alone. */
static const unsigned char shared_tmpl[64] = {
	[F_LOW] = 1, [F_PRE] = 1, [F_SUF] = 1, [F_LOWM1] = 1, [F_LOWP1] = 1, [F_LOWM2] = 1, [F_LOWP2] = 1,
	[F_BIM1] = 1, [F_BIP1] = 1, [F_LEX] = 1, [F_LEXM1] = 1, [F_LEXP1] = 1, [F_TITLE] = 1, [F_TITLEM1] = 1,
};

/* Adds feature (template, value) to f: as written, or in a sentence of case md (1 capitals, 2 title
 * case) the feature of that case, and the shared one too for the shared templates. */
#define ADD(tmpl, val)                                                                    \
	do {                                                                              \
		uint64_t h_ = ((uint64_t)(tmpl) << 56) ^ (uint64_t)(val);                 \
		if (!md || shared_tmpl[tmpl])                                             \
			f[nf++] = mix(h_);                                                \
		if (md)                                                                   \
			f[nf++] = mix(h_ + (uint64_t)md * 0x9E3779B97F4A7C15ull);         \
	} while (0)

static const tokinfo empty_tok = { 0 };

/* The first features of token t: those of the word alone in its sentence's case mode, which the word
 * cache keeps the scores of. */
static size_t word_features(uint64_t *f, const tokinfo *t)
{
	size_t nf = 0;
	uint64_t md = t->mode;

	ADD(F_BIAS, 0);
	ADD(F_LOW, t->low);
	ADD(F_EXACT, t->exact);
	for (int k = 0; k < 3; k++)
		if (t->pre[k])
			ADD(F_PRE, t->pre[k]);
	for (int k = 0; k < 4; k++)
		if (t->suf[k])
			ADD(F_SUF, t->suf[k]);
	ADD(F_SHAPE, t->shape);
	ADD(F_SSHAPE, t->sshape);
	return nf;
}

/* The features of token i of a sentence of n tokens after its word_features (into f from there on). */
static size_t context_features(uint64_t *f, const tokinfo *ti, size_t i, size_t n)
{
	const tokinfo *t = &ti[i];
	const tokinfo *m1 = i > 0 ? &ti[i - 1] : &empty_tok, *m2 = i > 1 ? &ti[i - 2] : &empty_tok;
	const tokinfo *q1 = i + 1 < n ? &ti[i + 1] : &empty_tok, *q2 = i + 2 < n ? &ti[i + 2] : &empty_tok;
	size_t nf = 0;
	uint64_t md = t->mode;

	ADD(F_LOWM1, m1->low);
	ADD(F_LOWP1, q1->low);
	ADD(F_LOWM2, m2->low);
	ADD(F_LOWP2, q2->low);
	ADD(F_SSHM1, m1->sshape);
	ADD(F_SSHP1, q1->sshape);
	ADD(F_BIM1, m1->low * 31 + t->low);
	ADD(F_BIP1, t->low * 31 + q1->low);
	ADD(F_FIRST, (i == 0) * 1000003ull + t->sshape);
	for (unsigned b = 0; b < 16; b++)
		if (t->lex & (1u << b)) {
			ADD(F_LEX, b);
			ADD(F_LEXCAP, b * 8 + t->cap);
		}
	for (unsigned b = 0; b < 16; b++)
		if (m1->lex & (1u << b))
			ADD(F_LEXM1, b);
	for (unsigned b = 0; b < 16; b++)
		if (q1->lex & (1u << b))
			ADD(F_LEXP1, b);
	ADD(F_PLACE, t->place);
	ADD(F_PLACECAP, t->place * 8 + t->cap);
	ADD(F_PLACEM1, m1->place);
	ADD(F_PLACEP1, q1->place);
	ADD(F_TITLE, t->title);
	ADD(F_TITLEM1, m1->title);
	ADD(F_DEMONYM, t->demonym);
	ADD(F_ALIAS, t->alias);
	ADD(F_MEM, t->mem);
	ADD(F_MEMSSH, t->mem * 1000003ull + t->sshape);
	ADD(F_LOWSEEN, t->lowseen * 8 + t->cap);
	ADD(F_CAPS3, m1->cap * 16 + t->cap * 4 + q1->cap);
	ADD(F_WN, t->wn);
	ADD(F_SHM1SH, m1->sshape * 31 + t->sshape);
	ADD(F_SHSHP1, t->sshape * 31 + q1->sshape);
	if (t->pos) {
		ADD(F_POS, t->pos);
		ADD(F_POSM1, m1->pos);
		ADD(F_POSP1, q1->pos);
		ADD(F_POSCAP, (uint64_t)t->pos * 8 + t->cap);
		ADD(F_POS2, (uint64_t)m1->pos * 1000003ull + t->pos);
		ADD(F_POSLOW, t->low ^ ((uint64_t)t->pos << 17));
	}
	return nf;
}

/* Scores of every tag for features f[0..nf). */
static void score(const scorer *s, const uint64_t *f, size_t nf, float *out)
{
	for (int c = 0; c < NT; c++)
		out[c] = 0;
	if (s->m)
		kg_ap_score(s->m, f, nf, out);
	else
		kg_ap_train_score(s->t, f, nf, out);
}

/* Scores of every tag for features f[0..nf) of word w in case mode md, of which the first nw are the
 * word's own (word_features): their scores come from the word cache when it has them. They are the
 * same floats: the weights are added in the same order from 0, the cache's part first. */
static void score_memo(const scorer *s, pass *ps, const kg_span *w, uint8_t md, const uint64_t *f, size_t nw,
		       size_t nf, float *out)
{
	word_memo *e = s->m ? memo_slot(ps, w) : NULL;

	if (!memo_holds(e, w)) {
		score(s, f, nf, out);
		return;
	}
	if (!(e->scored & (1u << md))) {
		score(s, f, nw, e->sc[md]);
		e->scored |= (uint8_t)(1u << md);
	}
	memcpy(out, e->sc[md], sizeof(e->sc[md]));
	kg_ap_score(s->m, f + nw, nf - nw, out);
}

/* 1 when tag t may follow tag prev (BILOU); last: t ends the sentence. */
static int allowed(uint8_t prev, uint8_t t, int last)
{
	int open = prev && (KG_NER_TAG_POS(prev) == KG_NER_B || KG_NER_TAG_POS(prev) == KG_NER_I);
	int pos = t ? KG_NER_TAG_POS(t) : -1;

	if (open)
		return t && KG_NER_TAG_TYPE(t) == KG_NER_TAG_TYPE(prev) && (pos == KG_NER_L || (pos == KG_NER_I && !last));
	return !t || pos == KG_NER_U || (pos == KG_NER_B && !last);
}

/* The training state. */
typedef struct trainer {
	kg_ap_train *ap; /* the weights */
	size_t errors;   /* wrong tags in this epoch */
	size_t seen;     /* tokens in this epoch */
} trainer;

static int pass_reserve(pass *ps, size_t n)
{
	if (n > ps->cap) {
		tokinfo *v = realloc(ps->ti, n * sizeof(*v));
		uint64_t *f;
		size_t *nf;
		float *em;
		uint8_t *back;
		if (!v)
			return KG_ENOMEM;
		ps->ti = v;
		if (!(f = realloc(ps->f, n * MAXF * sizeof(*f))))
			return KG_ENOMEM;
		ps->f = f;
		if (!(nf = realloc(ps->nf, n * sizeof(*nf))))
			return KG_ENOMEM;
		ps->nf = nf;
		if (!(em = realloc(ps->em, n * NT * sizeof(*em))))
			return KG_ENOMEM;
		ps->em = em;
		if (!(back = realloc(ps->back, n * NT)))
			return KG_ENOMEM;
		ps->back = back;
		ps->cap = n;
	}
	return KG_OK;
}

/* The feature that carries the transition score from tag prev. */
static uint64_t trans_feature(uint8_t prev)
{
	return mix(((uint64_t)F_P1 << 56) ^ (uint64_t)prev);
}

/* Which tags may follow which (BILOU), made once per document so that Viterbi goes over the allowed
 * pairs alone: most are not (an I or L only follows a B or I of its type). */
typedef struct follows {
	unsigned char start[2][NT]; /* allowed(0, c, last): c may open the sentence (last: and end it) */
	uint8_t n[2][NT];           /* how many tags c may follow, not last and last */
	uint8_t p[2][NT][NT];       /* those tags, in increasing order */
} follows;

static void follows_init(follows *fl)
{
	for (int last = 0; last < 2; last++)
		for (uint8_t c = 0; c < NT; c++) {
			fl->start[last][c] = (unsigned char)allowed(0, c, last);
			fl->n[last][c] = 0;
			for (uint8_t p = 0; p < NT; p++)
				if (allowed(p, c, last))
					fl->p[last][c][fl->n[last][c]++] = p;
		}
}

/* Viterbi over the sentence's emission scores em[len][NT] and transitions tr[NT][NT] (BILOU-allowed
 * paths only); writes the best path into out. */
static void viterbi(const float *em, size_t len, const float (*tr)[NT], const follows *fl, uint8_t *back,
		    uint8_t *out)
{
	double cur[NT], prev[NT];
	const double none = -1e300;

	for (uint8_t c = 0; c < NT; c++)
		prev[c] = fl->start[len == 1][c] ? tr[0][c] + em[c] : none;
	for (size_t i = 1; i < len; i++) {
		int last = i + 1 == len;
		for (uint8_t c = 0; c < NT; c++) {
			double best = none;
			uint8_t arg = 0;
			for (uint8_t k = 0; k < fl->n[last][c]; k++) {
				uint8_t p = fl->p[last][c][k];
				double v;
				if (prev[p] <= none)
					continue;
				v = prev[p] + tr[p][c];
				if (v > best) {
					best = v;
					arg = p;
				}
			}
			cur[c] = best <= none ? none : best + em[i * NT + c];
			back[i * NT + c] = arg;
		}
		memcpy(prev, cur, sizeof(prev));
	}
	{
		double best = none;
		uint8_t arg = 0;
		for (uint8_t c = 0; c < NT; c++)
			if (prev[c] > best) {
				best = prev[c];
				arg = c;
			}
		for (size_t i = len; i-- > 0;) {
			out[i] = arg;
			if (i)
				arg = back[i * NT + arg];
		}
	}
}

/* Takes a title that opens a person's name out of it ("Chancellor Olaf Scholz": the person is "Olaf
 * Scholz"), as UNER tags titles (re3d and WikiGold, also in the training data, keep some inside). */
static void trim_titles(const tokinfo *ti, size_t len, uint8_t *tags)
{
	const uint8_t b = KG_NER_TAG(KG_NER_PER, KG_NER_B), in = KG_NER_TAG(KG_NER_PER, KG_NER_I);
	const uint8_t l = KG_NER_TAG(KG_NER_PER, KG_NER_L), u = KG_NER_TAG(KG_NER_PER, KG_NER_U);

	for (size_t i = 0; i < len; i++) {
		size_t e = i + 1, k;
		if (tags[i] != b || (ti[i].title != 1 + KG_NER_B && ti[i].title != 1 + KG_NER_U))
			continue;
		if (ti[i].title == 1 + KG_NER_B) {
			while (e < len && ti[e].title == 1 + KG_NER_I)
				e++;
			if (e < len && ti[e].title == 1 + KG_NER_L)
				e++;
		}
		for (k = i + 1; k < e && tags[k] == in; k++)
			;
		/* the name goes on after the title */
		if (k < e || e >= len || (tags[e] != in && tags[e] != l))
			continue;
		tags[e] = tags[e] == in ? b : u;
		for (k = i; k < e; k++)
			tags[k] = 0;
	}
}

#define PROPAGATE_MAX 6 /* the longest name, in tokens, spread to its other mentions */

/* A name the tagger found in a document: the hash of its words as written and its type. */
typedef struct found_name {
	uint64_t h;    /* fnv of the words, a space between them */
	uint8_t type;  /* KG_NER_PER... */
	uint8_t one;   /* 1 for a one-word name */
} found_name;

static int cmp_found(const void *pa, const void *pb)
{
	const found_name *a = pa, *b = pb;

	if (a->h != b->h)
		return a->h < b->h ? -1 : 1;
	return (a->type > b->type) - (a->type < b->type);
}

/* The hash of toks[i..i+len) as a name is written. */
static uint64_t name_hash(const kg_span *toks, size_t i, size_t len)
{
	uint64_t h = FNV0;

	for (size_t k = 0; k < len; k++) {
		if (k)
			h = fnv(h, " ", 1);
		h = fnv(h, toks[i + k].s, toks[i + k].n);
	}
	return h ? h : 1;
}

/* See internal.h. */
int kg_ner_propagate(const kg_span *toks, const size_t *sent_end, size_t n_sent, uint8_t *tags)
{
	size_t n = n_sent ? sent_end[n_sent - 1] : 0, nf = 0, cap = 0, maxlen = 0;
	found_name *f = NULL;
	wmap untagged = { 0 }; /* a capitalised word's hash -> how often it was left untagged (to 255) */
	wmap names = { 0 };    /* a name's hash -> 1 + the type most of its mentions got */
	wmap *seen = &names;
	int rc = KG_OK;

	for (size_t i = 0; i < n; i++) {
		size_t e = i;
		uint8_t t = tags[i];
		if (!t || (KG_NER_TAG_POS(t) != KG_NER_B && KG_NER_TAG_POS(t) != KG_NER_U))
			continue;
		if (KG_NER_TAG_POS(t) == KG_NER_B)
			while (e + 1 < n && tags[e + 1] == KG_NER_TAG(KG_NER_TAG_TYPE(t), KG_NER_I))
				e++;
		if (KG_NER_TAG_POS(t) == KG_NER_B &&
		    (e + 1 >= n || tags[e + 1] != KG_NER_TAG(KG_NER_TAG_TYPE(t), KG_NER_L)))
			continue; /* not a whole span */
		if (KG_NER_TAG_POS(t) == KG_NER_B)
			e++;
		if (e - i + 1 > PROPAGATE_MAX)
			continue;
		if (nf == cap) {
			size_t nc = cap ? cap * 2 : 64;
			found_name *v = realloc(f, nc * sizeof(*v));
			if (!v) {
				rc = KG_ENOMEM;
				goto done;
			}
			f = v;
			cap = nc;
		}
		f[nf].h = name_hash(toks, i, e - i + 1);
		f[nf].type = (uint8_t)KG_NER_TAG_TYPE(t);
		f[nf].one = e == i;
		nf++;
		if (e - i + 1 > maxlen)
			maxlen = e - i + 1;
		i = e;
	}
	if (!nf)
		goto done;
	qsort(f, nf, sizeof(*f), cmp_found);
	/* how often each capitalised word was left untagged: a one-word name spreads only when the tagger
	 * named it more often than it left it ("President", "Court" named once by mistake stay words) */
	for (size_t i = 0; i < n; i++)
		if (!tags[i] && toks[i].n && toks[i].s[0] >= 'A' && toks[i].s[0] <= 'Z') {
			uint64_t h = name_hash(toks, i, 1);
			uint8_t c = wmap_get(&untagged, h);
			if (c < 255 && (rc = wmap_put(&untagged, h, (uint8_t)(c + 1))) < 0)
				goto done;
		}
	for (size_t a = 0, b; a < nf; a = b) {
		size_t count[KG_NER__NTYPES] = { 0 }, best = 0, all = 0;
		for (b = a; b < nf && f[b].h == f[a].h; b++)
			count[f[b].type]++;
		for (size_t t = 0; t < KG_NER__NTYPES; t++) {
			all += count[t];
			if (count[t] > count[best])
				best = t;
		}
		if (f[a].one && all <= wmap_get(&untagged, f[a].h))
			continue;
		if ((rc = wmap_put(seen, f[a].h, (uint8_t)(1 + best))) < 0)
			goto done;
	}
	for (size_t si = 0, s0 = 0; si < n_sent; s0 = sent_end[si++]) {
		for (size_t i = s0; i < sent_end[si]; i++) {
			if (tags[i] || !toks[i].n || toks[i].s[0] < 'A' || toks[i].s[0] > 'Z')
				continue;
			for (size_t len = maxlen; len >= 1; len--) {
				size_t k;
				uint8_t v;
				if (i + len > sent_end[si])
					continue;
				for (k = 0; k < len && !tags[i + k]; k++)
					;
				if (k < len || !(v = wmap_get(seen, name_hash(toks, i, len))))
					continue;
				if (len == 1) {
					tags[i] = KG_NER_TAG(v - 1, KG_NER_U);
				} else {
					tags[i] = KG_NER_TAG(v - 1, KG_NER_B);
					for (k = 1; k + 1 < len; k++)
						tags[i + k] = KG_NER_TAG(v - 1, KG_NER_I);
					tags[i + len - 1] = KG_NER_TAG(v - 1, KG_NER_L);
				}
				i += len - 1;
				break;
			}
		}
	}
done:
	free(f);
	wmap_free(&untagged);
	wmap_free(&names);
	return rc;
}

/* Tags (or, with tr and gold, trains on) one document. */
static int run_doc(const scorer *s, pass *ps, const kg_lex *lex, const kg_span *toks, const uint32_t *pos,
		   const size_t *sent_end, size_t n_sent, uint8_t *tags, trainer *tr, const uint8_t *gold)
{
	float trans[NT][NT];
	follows fl;
	size_t a = 0;
	int rc;

	follows_init(&fl);
	for (uint8_t p = 0; p < NT; p++) {
		uint64_t f = trans_feature(p);
		score(s, &f, 1, trans[p]);
	}
	wmap_clear(&ps->mem);
	wmap_clear(&ps->lowseen);
	/* words written in lower case somewhere in the document */
	for (size_t si = 0, b0 = 0; si < n_sent; b0 = sent_end[si++])
		for (size_t i = b0 + 1; i < sent_end[si]; i++)
			if (toks[i].n && toks[i].s[0] >= 'a' && toks[i].s[0] <= 'z' &&
			    (rc = wmap_put(&ps->lowseen, low_hash(&toks[i]), 1)) < 0)
				return rc;
	for (size_t si = 0; si < n_sent; si++) {
		size_t b = sent_end[si], len = b - a;
		tokinfo *ti;
		if (len == 0)
			continue;
		if ((rc = pass_reserve(ps, len)) < 0)
			return rc;
		ti = ps->ti;
		for (size_t i = 0; i < len; i++)
			word_fields_memo(ps, &ti[i], lex, &toks[a + i]);
		lex_info(ps, ti, lex, toks + a, len);
		{
			int lowstart = 0, lowletter = 0;
			uint8_t mode;
			for (size_t i = 0; i < len; i++) {
				const kg_span *w = &toks[a + i];
				if (w->n && w->s[0] >= 'a' && w->s[0] <= 'z' && !small_word(w))
					lowstart = 1;
				for (size_t k = 0; k < w->n && !lowletter; k++)
					lowletter = w->s[k] >= 'a' && w->s[k] <= 'z';
			}
			mode = lowstart ? 0 : lowletter ? 2 : 1;
			for (size_t i = 0; i < len; i++)
				ti[i].mode = mode;
		}
		for (size_t i = 0; i < len; i++) {
			ti[i].pos = pos ? pos[a + i] : 0;
			ti[i].mem = ti[i].cap ? wmap_get(&ps->mem, ti[i].low) : 0;
			ti[i].lowseen = ti[i].cap ? wmap_get(&ps->lowseen, ti[i].low) : 0;
		}
		for (size_t i = 0; i < len; i++) {
			uint64_t *f = ps->f + i * MAXF;
			size_t nw = word_features(f, &ti[i]);
			ps->nf[i] = nw + context_features(f + nw, ti, i, len);
			score_memo(s, ps, &toks[a + i], ti[i].mode, f, nw, ps->nf[i], ps->em + i * NT);
		}
		viterbi(ps->em, len, (const float(*)[NT])trans, &fl, ps->back, tags + a);
		if (!tr)
			trim_titles(ti, len, tags + a);
		if (tr) {
			const uint8_t *g = gold + a, *p = tags + a;
			int wrong = 0;
			for (size_t i = 0; i < len; i++) {
				uint8_t gp = i ? g[i - 1] : 0, pp = i ? p[i - 1] : 0;
				uint64_t tg = trans_feature(gp), tp = trans_feature(pp);
				tr->seen++;
				if (g[i] != p[i]) {
					if ((rc = kg_ap_train_update(tr->ap, ps->f + i * MAXF, ps->nf[i], g[i], p[i])) < 0)
						return rc;
					tr->errors++;
					wrong = 1;
				}
				if ((gp != pp || g[i] != p[i]) && ((rc = kg_ap_train_add(tr->ap, &tg, 1, g[i], 1.0f)) < 0 ||
								   (rc = kg_ap_train_add(tr->ap, &tp, 1, p[i], -1.0f)) < 0))
					return rc;
			}
			kg_ap_train_tick(tr->ap);
			if (wrong) /* the next sentence sees the new transitions */
				for (uint8_t q = 0; q < NT; q++) {
					uint64_t f = trans_feature(q);
					score(s, &f, 1, trans[q]);
				}
		}
		for (size_t i = 0; i < len; i++)
			if (ti[i].cap == 1 || ti[i].cap == 2) {
				uint8_t t = tags[a + i];
				if ((rc = wmap_put(&ps->mem, ti[i].low, t ? (uint8_t)(1 + KG_NER_TAG_TYPE(t)) : 5)) < 0)
					return rc;
			}
		a = b;
	}
	if (!tr)
		return kg_ner_propagate(toks, sent_end, n_sent, tags);
	return KG_OK;
}

/* Gives ps a word cache and a span cache for a text of n tokens: as many entries as tokens each (a
 * power of two, at most MEMO_SLOTS), so that a short document does not clear a large one. 0 or
 * KG_ENOMEM. */
static int pass_memo(pass *ps, size_t n)
{
	size_t slots = 64;

	while (slots < n && slots < MEMO_SLOTS)
		slots *= 2;
	if (!(ps->memo = calloc(slots, sizeof(*ps->memo))) || !(ps->spans = calloc(slots, sizeof(*ps->spans))))
		return KG_ENOMEM;
	ps->memo_mask = ps->spans_mask = slots - 1;
	return KG_OK;
}

static void pass_free(pass *ps)
{
	free(ps->ti);
	free(ps->f);
	free(ps->nf);
	free(ps->em);
	free(ps->back);
	wmap_free(&ps->mem);
	wmap_free(&ps->lowseen);
	free(ps->memo);
	free(ps->spans);
}

int kg_ner_tag_doc(const kg_ner_model *m, const kg_lex *lex, const kg_span *toks, const uint32_t *pos, size_t n,
		   const size_t *sent_end, size_t n_sent, uint8_t *tags)
{
	scorer s = { m->ap, NULL };
	pass ps = { 0 };
	int rc;

	if (n_sent && sent_end[n_sent - 1] != n)
		return KG_EINVAL;
	if ((rc = pass_memo(&ps, n)) < 0)
		return rc;
	rc = run_doc(&s, &ps, lex, toks, pos, sent_end, n_sent, tags, NULL, NULL);
	pass_free(&ps);
	return rc;
}

/* Tags (or trains on) every document of c, in the order given (NULL: as stored). */
static int run_corpus(const scorer *s, pass *ps, const kg_lex *lex, const kg_ner_corpus *c, const size_t *order,
		      uint8_t *tags, trainer *tr)
{
	size_t *rel = NULL, cap = 0;
	int rc = KG_OK;

	for (size_t k = 0; k < c->n_doc && rc == KG_OK; k++) {
		size_t d = order ? order[k] : k;
		size_t s0 = d ? c->doc_end[d - 1] : 0, s1 = c->doc_end[d];
		size_t t0 = s0 ? c->sent_end[s0 - 1] : 0;
		if (s1 == s0)
			continue;
		if (s1 - s0 > cap) { /* sentence ends relative to the document's first token */
			size_t *v = realloc(rel, (s1 - s0) * sizeof(*v));
			if (!v) {
				rc = KG_ENOMEM;
				break;
			}
			rel = v;
			cap = s1 - s0;
		}
		for (size_t si = s0; si < s1; si++)
			rel[si - s0] = c->sent_end[si] - t0;
		rc = run_doc(s, ps, lex, c->tok + t0, c->pos ? c->pos + t0 : NULL, rel, s1 - s0, tags + t0, tr,
			     tr ? c->gold + t0 : NULL);
	}
	free(rel);
	return rc;
}

int kg_ner_tag_corpus(const kg_ner_model *m, const kg_lex *lex, const kg_ner_corpus *c, uint8_t *tags)
{
	scorer s = { m->ap, NULL };
	pass ps = { 0 };
	int rc;

	if ((rc = pass_memo(&ps, c->n_tok)) < 0)
		return rc;
	rc = run_corpus(&s, &ps, lex, c, NULL, tags, NULL);
	pass_free(&ps);
	return rc;
}

/* Reads a model from what follows the magic of its file (which must outlive it). */
static int model_read(void *model, kg_lang_rd *r)
{
	kg_ner_model *m = model;
	int rc;

	if ((rc = kg_ap_read(&m->ap, r)) < 0)
		return rc;
	return kg_ap_classes(m->ap) == NT ? KG_OK : KG_EPARSE;
}

/* The model file's bytes for averaged weights ap. */
static int model_write(kg_lang_blob *b, const kg_ap *ap)
{
	int rc;

	if ((rc = kg_lang_blob_put(b, MODEL_MAGIC, 8)) < 0)
		return rc;
	return kg_ap_write(b, ap);
}

KG_LANG_MODEL_KIND(kg_ner_model, kg_ner_model, "ner.kgm", MODEL_MAGIC, model_read, NULL,
		   "not a kg NER model, or damaged or old: retrain it with kg train ner")

int kg_ner_train(const kg_lex *lex, const kg_ner_corpus *train, const kg_ner_corpus *dev, const char *out_path,
		 const kg_ner_train_opts *opts, kg_error *err)
{
	trainer tr = { 0 };
	pass ps = { 0 };
	size_t *order = NULL;
	uint8_t *tags = NULL, *dtags = NULL;
	kg_lang_blob cur = { 0 }, best = { 0 };
	double best_f1 = -1;
	uint64_t rs = opts->seed;
	int rc = KG_OK;

	if (opts->epochs < 1) {
		kg_error_set(err, out_path, 0, 0, "give at least one epoch");
		return KG_EINVAL;
	}
	order = malloc((train->n_doc + 1) * sizeof(*order));
	tags = malloc(train->n_tok + 1);
	dtags = dev ? malloc(dev->n_tok + 1) : NULL;
	if (!order || !tags || (dev && !dtags) || (rc = kg_ap_train_new(&tr.ap, NT)) < 0) {
		rc = KG_ENOMEM;
		goto done;
	}
	for (size_t d = 0; d < train->n_doc; d++)
		order[d] = d;
	for (int ep = 1; ep <= opts->epochs; ep++) {
		scorer s = { NULL, tr.ap };
		kg_ner_model view = { 0 };
		kg_ner_score sc = { 0 };
		kg_ap *avg = NULL, *full = NULL;
		double f1 = 0;
		kg_lang_shuffle(order, train->n_doc, &rs);
		tr.errors = tr.seen = 0;
		/* the model file holds the quantised weights (16 bits each); dev scores that file */
		if ((rc = run_corpus(&s, &ps, lex, train, order, tags, &tr)) < 0 ||
		    (rc = kg_ap_train_average(&full, tr.ap)) < 0)
			goto done;
		rc = kg_ap_compact(&avg, full, 0.0f);
		kg_ap_free(full);
		if (rc < 0)
			goto done;
		cur.len = 0;
		rc = model_write(&cur, avg);
		kg_ap_free(avg);
		if (rc < 0 || (rc = kg_lang_model_read(&view, &kg_ner_model_kind, cur.data, cur.len)) < 0)
			goto done;
		if (dev) {
			scorer ds = { view.ap, NULL };
			rc = run_corpus(&ds, &ps, lex, dev, NULL, dtags, NULL);
			if (rc == KG_OK) {
				kg_ner_score_corpus(&sc, dev, dtags);
				f1 = kg_ner_score_f1(&sc, KG_NER__NTYPES);
			}
		}
		if (rc == KG_OK && opts->progress) {
			fprintf(opts->progress, "kg: train ner: epoch %d/%d: %.2f%% of training tokens wrong", ep,
				opts->epochs, kg_lang_pct(tr.errors, tr.seen));
			if (dev)
				fprintf(opts->progress, "; dev F1 %.4f (PER %.4f, ORG %.4f, LOC %.4f)", f1,
					kg_ner_score_f1(&sc, KG_NER_PER), kg_ner_score_f1(&sc, KG_NER_ORG),
					kg_ner_score_f1(&sc, KG_NER_LOC));
			fprintf(opts->progress, "; %zu features\n", kg_ap_features(view.ap));
			fflush(opts->progress);
		}
		kg_ap_free(view.ap);
		if (rc < 0)
			goto done;
		if (!dev || f1 > best_f1) {
			best_f1 = f1;
			if ((rc = kg_lang_blob_keep(&best, &cur, out_path, err)) < 0)
				goto done;
		}
	}
	rc = KG_OK;
done:
	kg_lang_train_failed(err, out_path, rc);
	kg_ap_train_free(tr.ap);
	kg_lang_blob_free(&cur);
	kg_lang_blob_free(&best);
	pass_free(&ps);
	free(order);
	free(tags);
	free(dtags);
	return rc;
}

/* ---- entities of a document for the extractor ---- */

/* Grows v to n elements of size sz; frees it and returns NULL when out of memory. */
static void *grow(void *v, size_t n, size_t sz)
{
	void *nv = realloc(v, n * sz);

	if (!nv)
		free(v);
	return nv;
}

/* Appends piece[0..n) to a growing byte buffer; returns its offset or (size_t)-1 when out of memory. */
static size_t buf_add(char **buf, size_t *len, size_t *cap, const char *piece, size_t n)
{
	size_t at = *len;

	if (*len + n + 1 > *cap) {
		char *nb = kg_grow(*buf, cap, *len + n + 1, 1, 4096);
		if (!nb)
			return (size_t)-1;
		*buf = nb;
	}
	memcpy(*buf + *len, piece, n);
	*len += n;
	(*buf)[(*len)++] = '\0';
	return at;
}

int kg_lang_ner_parsed(kg_lang_ent **out, size_t *n_out, const kg_lang *lang, const kg_lex *lex,
		       const struct kg_parsed *p)
{
	const kg_ner_model *m = kg_lang_ner_model(lang);
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_lang_memo *memo = NULL;
	kg_span *toks = NULL;
	uint32_t *pos = NULL;
	size_t *off = NULL, *sent_end = NULL, *start = NULL, *end = NULL, n = 0, cap = 0, n_sent = 0;
	size_t blen = 0, bcap = 0, n_ent = 0;
	char *buf = NULL;
	uint8_t *tags = NULL;
	kg_lang_ent *ents = NULL;
	int rc = KG_ENOMEM;

	*out = NULL;
	*n_out = 0;
	if (!m || p->n_sents == 0)
		return KG_OK;
	if (!(sent_end = malloc(p->n_sents * sizeof(*sent_end))) || kg_lang_memo_new(&memo, lang, p->n_tokens) < 0)
		goto done;
	/* the UD words of every sentence, tagged for part of speech; forms copied into one buffer */
	for (size_t si = 0; si < p->n_sents; si++) {
		if ((rc = kg_lang_sent_from_parsed(&s, p, si)) < 0 || (rc = kg_lang_tag_memo(lang, &s, memo)) < 0)
			goto done;
		rc = KG_ENOMEM;
		if (n + s.n > cap) {
			size_t c = cap ? cap * 2 : 256;
			while (c < n + s.n)
				c *= 2;
			if (!(off = grow(off, c, sizeof(*off))) || !(pos = grow(pos, c, sizeof(*pos))) ||
			    !(start = grow(start, c, sizeof(*start))) ||
			    !(end = grow(end, c, sizeof(*end))))
				goto done;
			cap = c;
		}
		for (size_t j = 0; j < s.n; j++, n++) {
			if ((off[n] = buf_add(&buf, &blen, &bcap, s.tok[j].form, strlen(s.tok[j].form))) == (size_t)-1)
				goto done;
			pos[n] = kg_ner_pos_key(&s.tok[j]);
			start[n] = s.tok[j].start;
			end[n] = s.tok[j].end;
		}
		sent_end[n_sent++] = n;
	}
	rc = KG_ENOMEM;
	if (!(toks = malloc((n + 1) * sizeof(*toks))) || !(tags = malloc(n + 1)) ||
	    !(ents = malloc((n + 1) * sizeof(*ents))))
		goto done;
	for (size_t i = 0; i < n; i++) {
		toks[i].s = buf + off[i];
		toks[i].n = strlen(buf + off[i]);
	}
	/* sentences without words end where the one before did; the tagger takes them as empty */
	if ((rc = kg_ner_tag_doc(m, lex, toks, pos, n, sent_end, n_sent, tags)) < 0)
		goto done;
	/* BILOU tags to spans (a B or I left open ends at the next O or type change) */
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		int type;
		if (!tags[i]) {
			i++;
			continue;
		}
		type = KG_NER_TAG_TYPE(tags[i]);
		if (KG_NER_TAG_POS(tags[i]) != KG_NER_U)
			while (j < n && tags[j] && KG_NER_TAG_TYPE(tags[j]) == type &&
			       (KG_NER_TAG_POS(tags[j]) == KG_NER_I || KG_NER_TAG_POS(tags[j]) == KG_NER_L)) {
				j++;
				if (KG_NER_TAG_POS(tags[j - 1]) == KG_NER_L)
					break;
			}
		ents[n_ent].start = start[i];
		ents[n_ent].end = end[j - 1];
		ents[n_ent].type = type;
		n_ent++;
		i = j;
	}
	*out = ents;
	*n_out = n_ent;
	ents = NULL;
	rc = KG_OK;
done:
	kg_lang_sent_clear(&s);
	kg_lang_memo_free(memo);
	free(toks);
	free(pos);
	free(off);
	free(sent_end);
	free(start);
	free(end);
	free(buf);
	free(tags);
	free(ents);
	return rc;
}
