/* parser.c: the dependency parser: greedy arc-hybrid transitions with labels predicted jointly by an
 * averaged perceptron, trained with the dynamic oracle of Goldberg & Nivre (2013) and exploration,
 * over Zhang & Nivre (2011)-style features (stack and buffer words and tags, children, valency,
 * distance). The root sits at the bottom of the stack and takes exactly one child, at the end. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define PARSER_MAGIC "KGPAR002" /* 002: features() of 130-184 and word-wise hashing; 001 models are refused */
#define MAX_FEATS 160
#define MAX_LABELS 127
#define JACKKNIFE_EPOCHS 8 /* epochs of each jackknife tagger (the shipped tagger's best is about 8) */

/* Transition classes: 0 shift, 1 + 2l left-arc with label l, 2 + 2l right-arc with label l. */
enum { T_SHIFT = 0 };
#define T_LEFT(l) (1 + 2 * (l))
#define T_RIGHT(l) (2 + 2 * (l))

struct kg_lang_parser {
	kg_lang_map map;     /* the mapped file (empty when read from a blob in memory) */
	kg_ap *ap;           /* the weights */
	const char **labels; /* relation names */
	size_t n_labels;     /* how many */
};

/* A parser configuration and what features need of each token (index 0 is the root). */
typedef struct pstate {
	int n;          /* tokens */
	int *stack;     /* stack of token indices, stack[0] = 0 (root) */
	int sp;         /* stack size */
	int b;          /* buffer front (n + 1: empty) */
	int *head;      /* head of each token, -1 none yet */
	int *label;     /* label of each token's arc */
	int *l1, *l2;   /* leftmost and second leftmost child (0 none) */
	int *r1, *r2;   /* rightmost and second rightmost child */
	int *nl, *nr;   /* number of left and right children */
	uint64_t *ls;   /* set of left children's labels (bits) */
	uint64_t *rs;   /* set of right children's labels */
	uint64_t *w;    /* word hash */
	uint64_t *p;    /* tag hash */
	uint64_t *wp;   /* word and tag hash */
} pstate;

/* Bytes of scratch a sentence of n tokens needs. */
static size_t state_bytes(int n)
{
	size_t m = (size_t)n + 2;
	return m * (10 * sizeof(int) + 5 * sizeof(uint64_t)) + 64;
}

/* Lays out the state in mem and fills the word and tag hashes from s. */
static void state_init(pstate *st, void *mem, const kg_lang_sent *s)
{
	size_t m = s->n + 2, i;
	uint64_t *u = mem;
	int *q;
	char buf[256];

	st->w = u;
	st->p = u + m;
	st->wp = u + 2 * m;
	st->ls = u + 3 * m;
	st->rs = u + 4 * m;
	q = (int *)(u + 5 * m);
	st->stack = q;
	st->head = q + m;
	st->label = q + 2 * m;
	st->l1 = q + 3 * m;
	st->l2 = q + 4 * m;
	st->r1 = q + 5 * m;
	st->r2 = q + 6 * m;
	st->nl = q + 7 * m;
	st->nr = q + 8 * m;
	st->n = (int)s->n;
	for (i = 0; i <= s->n + 1; i++) {
		st->head[i] = -1;
		st->label[i] = -1;
		st->l1[i] = st->l2[i] = st->r1[i] = st->r2[i] = 0;
		st->nl[i] = st->nr[i] = 0;
		st->ls[i] = st->rs[i] = 0;
	}
	st->w[0] = 0x524f4f54ULL;
	st->p[0] = 0x524f4f54ULL;
	st->w[s->n + 1] = st->p[s->n + 1] = 0x4e4f4e45ULL; /* "none" */
	for (i = 0; i < s->n; i++) {
		const kg_lang_token *t = &s->tok[i];
		size_t n = strlen(t->form), k;
		uint64_t pair[2];
		if (n > sizeof(buf))
			n = sizeof(buf);
		for (k = 0; k < n; k++) {
			unsigned char c = (unsigned char)t->form[k];
			buf[k] = (char)(c >= '0' && c <= '9' ? '0' : tolower(c));
		}
		st->w[i + 1] = kg_lang_hash(1, buf, n);
		pair[0] = kg_lang_hash(2, t->upos, strlen(t->upos));
		pair[1] = kg_lang_hash(3, t->xpos, strlen(t->xpos));
		st->p[i + 1] = kg_lang_hash(4, pair, sizeof(pair));
	}
	for (i = 0; i <= s->n + 1; i++) {
		uint64_t pair[2] = { st->w[i], st->p[i] };
		st->wp[i] = kg_lang_hash(5, pair, sizeof(pair));
	}
	st->stack[0] = 0;
	st->sp = 1;
	st->b = 1;
}

static void add_arc(pstate *st, int h, int d, int l)
{
	st->head[d] = h;
	st->label[d] = l;
	if (d < h) {
		if (!st->l1[h] || d < st->l1[h]) {
			st->l2[h] = st->l1[h];
			st->l1[h] = d;
		} else if (!st->l2[h] || d < st->l2[h]) {
			st->l2[h] = d;
		}
		st->nl[h]++;
		st->ls[h] |= 1ULL << (l & 63);
	} else {
		if (d > st->r1[h]) {
			st->r2[h] = st->r1[h];
			st->r1[h] = d;
		} else if (d > st->r2[h]) {
			st->r2[h] = d;
		}
		st->nr[h]++;
		st->rs[h] |= 1ULL << (l & 63);
	}
}

/* Applies transition t (assumed valid). */
static void apply(pstate *st, int t)
{
	if (t == T_SHIFT) {
		st->stack[st->sp++] = st->b++;
	} else if (t & 1) {
		int s0 = st->stack[--st->sp];
		add_arc(st, st->b, s0, (t - 1) / 2);
	} else {
		int s0 = st->stack[--st->sp];
		add_arc(st, st->stack[st->sp - 1], s0, (t - 2) / 2);
	}
}

/* Which of shift, left, right are allowed now (bits 1, 2, 4). */
static int valid_moves(const pstate *st)
{
	int v = 0, s0 = st->sp ? st->stack[st->sp - 1] : -1, s1 = st->sp >= 2 ? st->stack[st->sp - 2] : -1;

	if (st->b <= st->n)
		v |= 1;
	if (st->b <= st->n && st->sp >= 1 && s0 != 0)
		v |= 2;
	/* the root takes its one child last, when the buffer is empty */
	if (st->sp >= 2 && (s1 != 0 || st->b > st->n))
		v |= 4;
	return v;
}

static int done(const pstate *st)
{
	return st->b > st->n && st->sp == 1;
}

/* The features' hashes mix whole 64-bit words (the byte-wise kg_lang_hash over them took most of
 * a parse's time at 120 features a move): murmur3's finaliser after each word. */
static uint64_t fmix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

static uint64_t h1(int t, uint64_t a)
{
	return fmix(fmix((uint64_t)t * 0x9E3779B97F4A7C15ULL) ^ a);
}

static uint64_t h2(int t, uint64_t a, uint64_t b)
{
	return fmix(h1(t, a) ^ b);
}

static uint64_t h3(int t, uint64_t a, uint64_t b, uint64_t c)
{
	return fmix(h2(t, a, b) ^ c);
}

/* The features of the current configuration. */
static size_t features(const pstate *st, uint64_t *f)
{
	int none = st->n + 1;
	int s0 = st->sp >= 1 ? st->stack[st->sp - 1] : none, s1 = st->sp >= 2 ? st->stack[st->sp - 2] : none;
	int s2 = st->sp >= 3 ? st->stack[st->sp - 3] : none;
	int b0 = st->b <= st->n ? st->b : none, b1 = st->b + 1 <= st->n ? st->b + 1 : none;
	int b2 = st->b + 2 <= st->n ? st->b + 2 : none;
	int s0l = s0 != none && st->l1[s0] ? st->l1[s0] : none, s0l2 = s0 != none && st->l2[s0] ? st->l2[s0] : none;
	int s0r = s0 != none && st->r1[s0] ? st->r1[s0] : none, s0r2 = s0 != none && st->r2[s0] ? st->r2[s0] : none;
	int b0l = b0 != none && st->l1[b0] ? st->l1[b0] : none, b0l2 = b0 != none && st->l2[b0] ? st->l2[b0] : none;
	int s1r = s1 != none && st->r1[s1] ? st->r1[s1] : none, s1l = s1 != none && st->l1[s1] ? st->l1[s1] : none;
	int s1r2 = s1 != none && st->r2[s1] ? st->r2[s1] : none;
	uint64_t S0w = st->w[s0], S0p = st->p[s0], S0wp = st->wp[s0];
	uint64_t B0w = st->w[b0], B0p = st->p[b0], B0wp = st->wp[b0];
	uint64_t S1w = st->w[s1], S1p = st->p[s1], S1wp = st->wp[s1];
	uint64_t B1w = st->w[b1], B1p = st->p[b1], B2p = st->p[b2];
	uint64_t lab_s0l = (uint64_t)(int64_t)st->label[s0l], lab_s0r = (uint64_t)(int64_t)st->label[s0r];
	uint64_t lab_b0l = (uint64_t)(int64_t)st->label[b0l], lab_s0l2 = (uint64_t)(int64_t)st->label[s0l2];
	uint64_t lab_s0r2 = (uint64_t)(int64_t)st->label[s0r2], lab_b0l2 = (uint64_t)(int64_t)st->label[b0l2];
	uint64_t lab_s1r = (uint64_t)(int64_t)st->label[s1r];
	int d = (s0 != none && b0 != none && s0 != 0) ? b0 - s0 : 0;
	uint64_t dist = (uint64_t)(d > 5 ? (d > 10 ? 10 : 6) : d);
	uint64_t vl0 = s0 != none ? (uint64_t)st->nl[s0] : 99, vr0 = s0 != none ? (uint64_t)st->nr[s0] : 99;
	uint64_t vlb = b0 != none ? (uint64_t)st->nl[b0] : 99;
	/* s1 is the head a right-arc gives s0: the same distance, valency and label-set views as s0-b0 */
	int d1 = (s1 != none && s0 != none && s1 != 0) ? s0 - s1 : 0;
	uint64_t dist1 = (uint64_t)(d1 > 5 ? (d1 > 10 ? 10 : 6) : d1) | (s1 == 0 ? 16u : 0u);
	uint64_t vl1 = s1 != none ? (uint64_t)st->nl[s1] : 99, vr1 = s1 != none ? (uint64_t)st->nr[s1] : 99;
	uint64_t lab_s1l = (uint64_t)(int64_t)st->label[s1l], lab_s1r2 = (uint64_t)(int64_t)st->label[s1r2];
	size_t k = 0;

	f[k++] = h1(1, 0);
	/* single words */
	f[k++] = h1(2, S0wp);
	f[k++] = h1(3, S0w);
	f[k++] = h1(4, S0p);
	f[k++] = h1(5, B0wp);
	f[k++] = h1(6, B0w);
	f[k++] = h1(7, B0p);
	f[k++] = h1(8, st->wp[b1]);
	f[k++] = h1(9, B1w);
	f[k++] = h1(10, B1p);
	f[k++] = h1(11, st->wp[b2]);
	f[k++] = h1(12, st->w[b2]);
	f[k++] = h1(13, B2p);
	f[k++] = h1(14, S1wp);
	f[k++] = h1(15, S1w);
	f[k++] = h1(16, S1p);
	f[k++] = h1(17, st->p[s2]);
	/* pairs */
	f[k++] = h2(20, S0wp, B0wp);
	f[k++] = h2(21, S0wp, B0w);
	f[k++] = h2(22, S0w, B0wp);
	f[k++] = h2(23, S0wp, B0p);
	f[k++] = h2(24, S0p, B0wp);
	f[k++] = h2(25, S0w, B0w);
	f[k++] = h2(26, S0p, B0p);
	f[k++] = h2(27, B0p, B1p);
	f[k++] = h2(28, S1wp, S0wp);
	f[k++] = h2(29, S1p, S0p);
	f[k++] = h2(30, S1w, S0w);
	f[k++] = h2(31, S1p, S0wp);
	f[k++] = h2(32, S1wp, S0p);
	f[k++] = h2(33, S0w, B1w);
	/* triples of tags */
	f[k++] = h3(40, B0p, B1p, B2p);
	f[k++] = h3(41, S0p, B0p, B1p);
	f[k++] = h3(42, S1p, S0p, B0p);
	f[k++] = h3(43, S0p, st->p[s0l], B0p);
	f[k++] = h3(44, S0p, st->p[s0r], B0p);
	f[k++] = h3(45, S0p, B0p, st->p[b0l]);
	f[k++] = h3(46, st->p[s2], S1p, S0p);
	f[k++] = h3(47, S1p, S0p, st->p[s0l]);
	f[k++] = h3(48, S1p, S0p, st->p[s0r]);
	f[k++] = h3(49, S1p, st->p[s1r], S0p);
	f[k++] = h3(50, S1p, st->p[s1l], S0p);
	/* distance */
	f[k++] = h2(60, S0w, dist);
	f[k++] = h2(61, S0p, dist);
	f[k++] = h2(62, B0w, dist);
	f[k++] = h2(63, B0p, dist);
	f[k++] = h3(64, S0w, B0w, dist);
	f[k++] = h3(65, S0p, B0p, dist);
	/* valency */
	f[k++] = h2(70, S0w, vr0);
	f[k++] = h2(71, S0p, vr0);
	f[k++] = h2(72, S0w, vl0);
	f[k++] = h2(73, S0p, vl0);
	f[k++] = h2(74, B0w, vlb);
	f[k++] = h2(75, B0p, vlb);
	/* children */
	f[k++] = h1(80, st->w[s0l]);
	f[k++] = h1(81, st->p[s0l]);
	f[k++] = h1(82, lab_s0l);
	f[k++] = h1(83, st->w[s0r]);
	f[k++] = h1(84, st->p[s0r]);
	f[k++] = h1(85, lab_s0r);
	f[k++] = h1(86, st->w[b0l]);
	f[k++] = h1(87, st->p[b0l]);
	f[k++] = h1(88, lab_b0l);
	f[k++] = h1(89, st->w[s0l2]);
	f[k++] = h1(90, st->p[s0l2]);
	f[k++] = h1(91, lab_s0l2);
	f[k++] = h1(92, st->w[s0r2]);
	f[k++] = h1(93, st->p[s0r2]);
	f[k++] = h1(94, lab_s0r2);
	f[k++] = h1(95, st->w[b0l2]);
	f[k++] = h1(96, st->p[b0l2]);
	f[k++] = h1(97, lab_b0l2);
	f[k++] = h3(98, S0p, lab_s0l, lab_s0l2);
	f[k++] = h3(99, S0p, lab_s0r, lab_s0r2);
	f[k++] = h3(100, B0p, lab_b0l, lab_b0l2);
	f[k++] = h3(101, S1p, lab_s1r, S0p);
	/* label sets */
	f[k++] = h2(110, S0w, s0 != none ? st->rs[s0] : 1);
	f[k++] = h2(111, S0p, s0 != none ? st->rs[s0] : 1);
	f[k++] = h2(112, S0w, s0 != none ? st->ls[s0] : 1);
	f[k++] = h2(113, S0p, s0 != none ? st->ls[s0] : 1);
	f[k++] = h2(114, B0w, b0 != none ? st->ls[b0] : 1);
	f[k++] = h2(115, B0p, b0 != none ? st->ls[b0] : 1);
	/* what is left: buffer empty or not, stack depth */
	f[k++] = h3(120, S0p, b0 == none, st->sp > 3 ? 3 : (uint64_t)st->sp);
	/* third-order tags (Zhang & Nivre 2011: s0p s0lp s0l2p and the like) */
	f[k++] = h3(130, S0p, st->p[s0l], st->p[s0l2]);
	f[k++] = h3(131, S0p, st->p[s0r], st->p[s0r2]);
	f[k++] = h3(132, B0p, st->p[b0l], st->p[b0l2]);
	f[k++] = h3(133, S1p, st->p[s1r], st->p[s1r2]);
	/* s1 as s0's head: distance, valency, children, label sets */
	f[k++] = h2(140, S1w, dist1);
	f[k++] = h2(141, S1p, dist1);
	f[k++] = h3(142, S1w, S0w, dist1);
	f[k++] = h3(143, S1p, S0p, dist1);
	f[k++] = h2(144, S1w, vr1);
	f[k++] = h2(145, S1p, vr1);
	f[k++] = h2(146, S1w, vl1);
	f[k++] = h2(147, S1p, vl1);
	f[k++] = h1(148, st->w[s1r]);
	f[k++] = h1(149, lab_s1r);
	f[k++] = h1(150, st->w[s1l]);
	f[k++] = h1(151, st->p[s1l]);
	f[k++] = h1(152, lab_s1l);
	f[k++] = h3(153, S1p, lab_s1r, lab_s1r2);
	f[k++] = h2(154, S1w, s1 != none ? st->rs[s1] : 1);
	f[k++] = h2(155, S1p, s1 != none ? st->rs[s1] : 1);
	f[k++] = h2(156, S1p, s1 != none ? st->ls[s1] : 1);
	/* the two heads s0 may take, s1 and b0, side by side */
	f[k++] = h2(160, S1w, B0w);
	f[k++] = h2(161, S1p, B0p);
	f[k++] = h3(162, S1p, S0w, B0p);
	f[k++] = h3(163, S1wp, S0p, B0p);
	f[k++] = h3(164, S1p, S0p, B0wp);
	f[k++] = h3(165, S1p, S0p, B0p ^ (B1p * 0x9e3779b97f4a7c15ULL));
	/* the buffer's first two words */
	f[k++] = h2(170, B0w, B1w);
	f[k++] = h2(171, B0w, B1p);
	f[k++] = h2(172, B0p, B1w);
	f[k++] = h3(173, S0w, B0p, B1p);
	f[k++] = h3(174, S0p, B0w, B1p);
	/* a child's word with its head's */
	f[k++] = h3(180, S0w, st->w[s0l], lab_s0l);
	f[k++] = h3(181, S0w, st->w[s0r], lab_s0r);
	f[k++] = h3(182, B0w, st->w[b0l], lab_b0l);
	f[k++] = h3(183, S0p, lab_s0l, B0p);
	f[k++] = h3(184, S0p, lab_s0r, B0p);
	return k;
}

/* Best valid transition for scores. */
static int best_valid(const float *scores, int n_classes, int moves)
{
	int best = -1, c;

	for (c = 0; c < n_classes; c++) {
		int kind = c == 0 ? 1 : (c & 1) ? 2 : 4;
		if ((moves & kind) && (best < 0 || scores[c] > scores[best]))
			best = c;
	}
	return best;
}

/* Parses s with model m into the state (heads and labels per token). */
static int parse_with(const kg_ap *ap, const char *const *labels, kg_lang_sent *s)
{
	pstate st;
	int n_classes = kg_ap_classes(ap);
	size_t bytes = state_bytes((int)s->n) + (size_t)n_classes * sizeof(float);
	void *mem;
	float *scores;
	uint64_t f[MAX_FEATS];
	size_t i;

	if (!s->n)
		return KG_OK;
	if (!(mem = kg_lang_scratch(s, bytes)))
		return KG_ENOMEM;
	state_init(&st, mem, s);
	scores = (float *)((char *)mem + state_bytes((int)s->n));
	while (!done(&st)) {
		int moves = valid_moves(&st), t;
		size_t nf = features(&st, f);
		memset(scores, 0, (size_t)n_classes * sizeof(float));
		kg_ap_score(ap, f, nf, scores);
		t = best_valid(scores, n_classes, moves);
		apply(&st, t);
	}
	for (i = 0; i < s->n; i++) {
		s->tok[i].head = st.head[i + 1];
		s->tok[i].deprel_id = st.label[i + 1];
		s->tok[i].deprel = labels[st.label[i + 1]];
	}
	return KG_OK;
}

int kg_lang_parser_parse(const kg_lang_parser *p, kg_lang_sent *s)
{
	return parse_with(p->ap, p->labels, s);
}

/* ---- loading ---- */

/* Reads a parser from what follows the magic of its model file (which must outlive it). */
static int parser_read(void *model, kg_lang_rd *r)
{
	kg_lang_parser *p = model;
	int rc;

	if ((rc = kg_lang_rd_strings(r, &p->labels, &p->n_labels)) < 0 || (rc = kg_ap_read(&p->ap, r)) < 0)
		return rc;
	if (p->n_labels == 0 || p->n_labels > MAX_LABELS || (size_t)kg_ap_classes(p->ap) != 1 + 2 * p->n_labels)
		return KG_EPARSE;
	return KG_OK;
}

/* Frees the labels of a parser (kg_lang_model_free frees the rest). */
static void parser_clear(void *model)
{
	free(((kg_lang_parser *)model)->labels);
}

KG_LANG_MODEL_KIND(kg_lang_parser, kg_lang_parser, "parse.kgm", PARSER_MAGIC, parser_read, parser_clear,
		   "not a kg parser model, or damaged: retrain it with kg train parse")

/* ---- training ---- */

/* The dynamic oracle: cost of shift, left-arc and right-arc (unlabelled) given gold heads gh. */
static void move_costs(const pstate *st, const int *gh, int *c)
{
	int s0 = st->sp >= 1 ? st->stack[st->sp - 1] : -1, s1 = st->sp >= 2 ? st->stack[st->sp - 2] : -1;
	int b = st->b, n = st->n, k, i, deps_s0 = 0;

	c[0] = c[1] = c[2] = 0;
	if (s0 >= 0)
		for (k = b; k <= n; k++)
			deps_s0 += gh[k] == s0;
	/* left: s0 takes b as head */
	if (s0 > 0) {
		c[1] = deps_s0 + (s1 >= 0 && gh[s0] == s1) + (gh[s0] > b && gh[s0] <= n);
		/* right: s0 takes s1 as head */
		c[2] = deps_s0 + (gh[s0] >= b && gh[s0] <= n);
	}
	/* shift: b loses heads and dependents on the stack (its head s0 is still possible) */
	if (b <= n)
		for (i = 0; i < st->sp; i++) {
			k = st->stack[i];
			c[0] += (gh[b] == k && k != s0) + (gh[k] == b);
		}
}

/* Sorts strings for deterministic label indices. */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Writes the labels and weights as a parser model into b (emptied first). */
static int write_model(kg_lang_blob *b, const kg_strv *labels, const kg_ap *ap)
{
	int rc;

	b->len = 0;
	if ((rc = kg_lang_blob_put(b, PARSER_MAGIC, 8)) < 0 ||
	    (rc = kg_lang_blob_strings(b, (const char *const *)labels->v, labels->n)) < 0 ||
	    (rc = kg_ap_write(b, ap)) < 0)
		return rc;
	return KG_OK;
}

/* Parses the tagged copies in of dev with the model in blob; counts heads and labels right. */
static int eval_blob(const kg_lang_blob *b, kg_lang_sent *in, const kg_lang_sent *gold, size_t n, size_t *uas,
		     size_t *las, size_t *total)
{
	kg_lang_parser p = { 0 };
	size_t i, j;
	int rc;

	*uas = *las = *total = 0;
	if ((rc = kg_lang_model_read(&p, &kg_lang_parser_kind, b->data, b->len)) < 0)
		goto done;
	for (i = 0; i < n; i++) {
		if ((rc = parse_with(p.ap, p.labels, &in[i])) < 0)
			goto done;
		for (j = 0; j < in[i].n; j++)
			if (in[i].tok[j].head == gold[i].tok[j].head) {
				(*uas)++;
				*las += strcmp(in[i].tok[j].deprel, gold[i].tok[j].deprel) == 0;
			}
		*total += in[i].n;
	}
done:
	kg_lang_model_clear(&p, &kg_lang_parser_kind);
	return rc;
}

/* Copies the forms of gold[0..n) into new sentences and tags them: with tagger (NULL: gold tags). */
static int tagged_copies(kg_lang_sent **out, const kg_lang_sent *gold, size_t n, const kg_lang_tagger *tagger)
{
	kg_lang_sent *v = calloc(n + 1, sizeof(*v));
	size_t i, j;
	int rc = KG_OK;

	*out = NULL;
	if (!v)
		return KG_ENOMEM;
	for (i = 0; i < n && rc >= 0; i++) {
		if ((rc = kg_lang_sent_copy_forms(&v[i], &gold[i])) < 0)
			break;
		if (tagger) {
			rc = kg_lang_tagger_tag(tagger, &v[i]);
		} else {
			for (j = 0; j < gold[i].n; j++) {
				v[i].tok[j].upos = gold[i].tok[j].upos;
				v[i].tok[j].xpos = gold[i].tok[j].xpos;
			}
		}
	}
	if (rc < 0) {
		kg_lang_sents_free(v, n);
		return rc;
	}
	*out = v;
	return KG_OK;
}

/* The copy of tag kept in tags (made when new; by, its index), so that a tag outlives the tagger
 * that gave it; NULL when out of memory. */
static const char *kept_tag(kg_strv *tags, kg_map *by, const char *tag)
{
	size_t i;

	if (kg_map_get(by, tag, &i))
		return tags->v[i];
	if (kg_strv_push(tags, tag) < 0 || kg_map_put(by, tags->v[tags->n - 1], tags->n - 1) < 0)
		return NULL;
	return tags->v[tags->n - 1];
}

/* What the parser's jackknife fills: tagged copies of the training sentences, with their tags kept. */
typedef struct jack_fill {
	kg_lang_sent *in;  /* the copies, tagged in place */
	kg_strv *tags;     /* the tags they point at (the caller's, kept while in is used) */
	kg_map *by;        /* tag -> index in tags */
} jack_fill;

/* kg_lang_jackknife's callback: tags copy i, whose tags are copied into the kept ones as each fold's
 * tagger is freed after its fold. */
static int fill_tags(void *payload, const kg_lang_tagger *tg, size_t i)
{
	jack_fill *jf = payload;
	int rc;

	if ((rc = kg_lang_tagger_tag(tg, &jf->in[i])) < 0)
		return rc;
	for (size_t j = 0; j < jf->in[i].n; j++) {
		kg_lang_token *t = &jf->in[i].tok[j];
		if (!(t->upos = kept_tag(jf->tags, jf->by, t->upos)) || !(t->xpos = kept_tag(jf->tags, jf->by, t->xpos)))
			return KG_ENOMEM;
	}
	return KG_OK;
}

/* Tags train[0..n) by K-fold jackknifing into in (tagged copies): each fold by a tagger trained on
 * the others (kg_lang_jackknife); the tags are kept in tags. */
static int jackknife(kg_lang_sent *in, kg_strv *tags, const kg_lang_sent *train, size_t n, int k,
		     const char *out_path, const kg_lang_train_opts *opts, kg_error *err)
{
	jack_fill jf = { in, tags, NULL };
	int rc;

	if (kg_map_new(&jf.by) < 0)
		return KG_ENOMEM;
	rc = kg_lang_jackknife(train, n, k, 2, JACKKNIFE_EPOCHS, out_path, "parse", fill_tags, &jf, opts, err);
	kg_map_free(jf.by);
	return rc;
}

int kg_lang_train_parse(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
			const char *out_path, const kg_lang_train_opts *opts, kg_error *err)
{
	kg_strv labels = { 0 }, jack_tags = { 0 }; /* jack_tags: the tags jackknifing gave in */
	kg_map *label_of = NULL;
	kg_lang_tagger *tagger = NULL;
	kg_lang_sent *in = NULL, *dev_in = NULL;
	kg_ap_train *tr = NULL;
	kg_ap *avg = NULL, *full = NULL;
	kg_lang_blob cur = { 0 }, best = { 0 };
	size_t *order = NULL, max_n = 0, i, j, best_las = 0;
	int *gh = NULL, *gl = NULL, n_classes, epoch, rc;
	float *scores = NULL;
	void *mem = NULL;
	uint64_t f[MAX_FEATS], state;
	FILE *log;

	if (!(opts = kg_lang_train_begin(opts, n_train, err)))
		return KG_EINVAL;
	log = kg_lang_train_log(opts);
	state = opts->seed;
	rc = KG_ENOMEM;
	if (kg_map_new(&label_of) < 0)
		goto done;
	/* labels, sorted */
	for (i = 0; i < n_train; i++) {
		for (j = 0; j < train[i].n; j++) {
			const char *d = train[i].tok[j].deprel;
			if (!kg_map_get(label_of, d, NULL) && (kg_map_put(label_of, d, 0) < 0 || kg_strv_push(&labels, d) < 0))
				goto done;
		}
		if (train[i].n > max_n)
			max_n = train[i].n;
	}
	if (labels.n > MAX_LABELS) {
		kg_error_set(err, "", 0, 0, "more than %d dependency relations in the training data", MAX_LABELS);
		rc = KG_ELIMIT;
		goto done;
	}
	qsort(labels.v, labels.n, sizeof(*labels.v), cmp_str);
	for (i = 0; i < labels.n; i++)
		if (kg_map_put(label_of, labels.v[i], i) < 0)
			goto done;
	n_classes = (int)(1 + 2 * labels.n);
	if (opts->tagger && (rc = kg_lang_tagger_load(&tagger, opts->tagger, err)) < 0)
		goto done;
	rc = KG_ENOMEM;
	if ((rc = tagged_copies(&in, train, n_train, opts->jackknife > 1 ? NULL : tagger)) < 0 ||
	    (rc = tagged_copies(&dev_in, dev, n_dev, tagger)) < 0)
		goto done;
	if (opts->jackknife > 1 &&
	    (rc = jackknife(in, &jack_tags, train, n_train, opts->jackknife, out_path, opts, err)) < 0)
		goto done;
	rc = KG_ENOMEM;
	if (!(order = malloc(n_train * sizeof(*order))) || !(gh = malloc((max_n + 2) * sizeof(*gh))) ||
	    !(gl = malloc((max_n + 2) * sizeof(*gl))) || !(scores = malloc((size_t)n_classes * sizeof(*scores))) ||
	    !(mem = malloc(state_bytes((int)max_n))) || kg_ap_train_new(&tr, n_classes) < 0)
		goto done;
	for (i = 0; i < n_train; i++)
		order[i] = i;
	for (epoch = 1; epoch <= opts->epochs; epoch++) {
		size_t right = 0, moves_n = 0, du, dl, dt;
		kg_lang_shuffle(order, n_train, &state);
		for (i = 0; i < n_train; i++) {
			const kg_lang_sent *g = &train[order[i]];
			pstate st;
			int bad = 0;
			/* gold heads and labels; sentences with a head out of range are skipped */
			gh[0] = -1;
			gl[0] = -1;
			for (j = 0; j < g->n; j++) {
				size_t l;
				gh[j + 1] = g->tok[j].head;
				gl[j + 1] = kg_map_get(label_of, g->tok[j].deprel, &l) ? (int)l : -1;
				if (gh[j + 1] < 0 || gh[j + 1] > (int)g->n)
					bad = 1;
			}
			if (bad || !g->n)
				continue;
			state_init(&st, mem, &in[order[i]]);
			while (!done(&st)) {
				int moves = valid_moves(&st), c[3], mincost = 1 << 30, pred, truth = -1, t, s0, s1;
				size_t nf = features(&st, f);
				s0 = st.sp >= 1 ? st.stack[st.sp - 1] : -1;
				s1 = st.sp >= 2 ? st.stack[st.sp - 2] : -1;
				move_costs(&st, gh, c);
				memset(scores, 0, (size_t)n_classes * sizeof(float));
				kg_ap_train_score(tr, f, nf, scores);
				pred = best_valid(scores, n_classes, moves);
				/* labelled costs; the cheapest transitions are the right ones */
				for (t = 0; t < n_classes; t++) {
					int kind = t == 0 ? 0 : (t & 1) ? 1 : 2, cost;
					if (!(moves & (1 << kind)))
						continue;
					cost = c[kind];
					if (kind == 1 && gh[s0] == st.b && gl[s0] != (t - 1) / 2)
						cost++;
					if (kind == 2 && gh[s0] == s1 && gl[s0] != (t - 2) / 2)
						cost++;
					if (cost < mincost || (cost == mincost && scores[t] > scores[truth])) {
						if (cost < mincost)
							mincost = cost;
						truth = t;
					}
				}
				/* pred is right when it costs no more than the best */
				{
					int kind = pred == 0 ? 0 : (pred & 1) ? 1 : 2, cost = c[kind];
					if (kind == 1 && gh[s0] == st.b && gl[s0] != (pred - 1) / 2)
						cost++;
					if (kind == 2 && gh[s0] == s1 && gl[s0] != (pred - 2) / 2)
						cost++;
					if (cost == mincost) {
						right++;
						truth = pred;
					}
				}
				moves_n++;
				if (pred != truth && (rc = kg_ap_train_update(tr, f, nf, truth, pred)) < 0)
					goto done;
				kg_ap_train_tick(tr);
				/* explore: after the first epoch, follow the model's mistakes 9 times in 10 */
				t = truth;
				if (pred != truth && epoch > 1 && kg_lang_rand(&state) % 10 < 9)
					t = pred;
				apply(&st, t);
			}
		}
		kg_ap_free(avg);
		kg_ap_free(full);
		avg = full = NULL;
		/* the model file holds the pruned, quantised weights; dev scores that file */
		if ((rc = kg_ap_train_average(&full, tr)) < 0 || (rc = kg_ap_compact(&avg, full, opts->prune)) < 0 ||
		    (rc = write_model(&cur, &labels, avg)) < 0 ||
		    (rc = eval_blob(&cur, dev_in, dev, n_dev, &du, &dl, &dt)) < 0)
			goto done;
		if (!opts->quiet)
			fprintf(log, "kg: train parse: epoch %d: train moves %.2f%%, dev UAS %.2f%% LAS %.2f%% (%zu tokens), %zu of %zu features, %zu weights\n",
				epoch, kg_lang_pct(right, moves_n), kg_lang_pct(du, dt), kg_lang_pct(dl, dt), dt,
				kg_ap_features(avg), kg_ap_features(full), kg_ap_weights(avg));
		if (epoch == 1 || dl > best_las || n_dev == 0) {
			best_las = dl;
			if ((rc = kg_lang_blob_keep(&best, &cur, out_path, err)) < 0)
				goto done;
		}
	}
	rc = KG_OK;
done:
	kg_lang_train_failed(err, out_path, rc);
	kg_strv_clear(&labels);
	kg_strv_clear(&jack_tags);
	kg_map_free(label_of);
	kg_lang_tagger_free(tagger);
	kg_lang_sents_free(in, n_train);
	kg_lang_sents_free(dev_in, n_dev);
	kg_ap_train_free(tr);
	kg_ap_free(avg);
	kg_ap_free(full);
	kg_lang_blob_free(&cur);
	kg_lang_blob_free(&best);
	free(order);
	free(gh);
	free(gl);
	free(scores);
	free(mem);
	return rc;
}
