/* tagger.c: the part-of-speech tagger: two greedy left-to-right passes of an averaged perceptron over
 * joint UPOS+XPOS classes (the second sees the first's classes of the words ahead), with a tag
 * dictionary for frequent unambiguous words, ambiguity classes, and a lemma table learned from the
 * training data. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define TAGGER_MAGIC "KGPOS003"
#define MAX_FEATS 48
/* Words seen fewer times than this in training get no ambiguity class, so that training sees words
 * without one as tagging sees unknown words (EWT dev UPOS 94.62 -> 95.12). */
#define AMB_MIN 3
/* Folds of the jackknifing that gives the second pass the first pass's classes of its training data. */
#define FIRST_FOLDS 4
/* The second pass leaves alone the words the first tagged with a margin this large: on EWT dev it
 * changes one word of 25k and saves most of the second pass's time. */
#define PASS2_MARGIN 7.0f

/* Feature templates (mixed into the hashes so templates never share keys). */
enum {
	F_BIAS = 1, F_LOWER, F_FORM, F_SUF1, F_SUF2, F_SUF3, F_SUF4, F_PRE1, F_PRE2, F_PRE3, F_SHAPE,
	F_FIRST_SHAPE, F_L_M1, F_L_M2, F_L_P1, F_L_P2, F_S3_M1, F_S3_P1, F_T_M1, F_T_M2, F_T_M12,
	F_T_M1_L, F_AMB0, F_AMB_P1, F_AMB_P2, F_L_L_P1, F_L_M1_L, F_T_M1_AMB_P1, F_SHAPE_P1,
	F_R0, F_R1, F_R2, F_R12, F_T_M1_R1, F_R1_L, F_R0_L,
	/* word-table key kinds */
	K_EXACT = 101, K_LOWER, K_LEMMA, K_AMBSET
};

/* Where the features that depend on classes lie in a token's feature keys, counted from the first
 * of them (tok_ctx.np): the classes of the two words before (4 keys), after 5 keys of the words
 * around the class before with the next word's ambiguity class, and in the second pass, after the
 * 11 keys of the first, 4 keys of the first pass's classes then the class before with the next
 * word's first-pass class. */
#define AT_T 0
#define AT_T_AMB 9
#define N_PASS1 11
#define AT_R 11
#define AT_T_R1 15
#define N_PASS2 18

/* Bytes of the longest word a memo keeps. */
#define MEMO_WMAX 32
/* Entries of a memo at most: one per word, direct-mapped, so about three times a text's vocabulary
 * keeps most of it (see the NER's word cache); about 1 KB each (the scores of two passes). */
#define MEMO_SLOTS 16384

/* What a word by itself gives a tagger, kept in a memo: the fields of tok_ctx made from its bytes, and
 * the scores of its own features (the first nw, see word_features) in each pass. */
typedef struct memo_entry {
	uint8_t n;          /* bytes of the word, 0: an empty entry */
	uint8_t scored;     /* bit p: the scores of pass p + 1 are made */
	char s[MEMO_WMAX];  /* the word */
	uint64_t serial;    /* the sentence that last used it (none other may take its place then) */
	uint64_t lower, form, suf[4], pre[3], shape, amb; /* as in tok_ctx */
	int fixed;          /* as in tok_ctx */
	int lemma_cls;      /* the class lemma is for, -1 none */
	uint32_t lemma;     /* the lemma table's lemma of the word in that class, UINT32_MAX none */
} memo_entry;

struct kg_lang_memo {
	const kg_lang_tagger *tg; /* the tagger it serves */
	size_t mask;              /* entries - 1 (a power of two) */
	memo_entry *e;            /* the entries */
	float *sc;                /* [entries][2][n_classes] the scores of entry k in pass p */
	uint64_t serial;          /* sentences tagged */
};

/* What the tagger knows of one token before tagging. */
typedef struct tok_ctx {
	uint64_t lower;   /* hash of the lower-cased, digit-folded form */
	uint64_t form;    /* hash of the form as written */
	uint64_t suf[4];  /* hashes of the last 1..4 bytes of the lower form */
	uint64_t pre[3];  /* hashes of the first 1..3 bytes */
	uint64_t shape;   /* hash of the word shape */
	uint64_t amb;     /* the ambiguity class (set of tags seen with the word), 0 unknown */
	int fixed;        /* class from the tag dictionary, -1 none */
	memo_entry *memo; /* the memo's entry of the word, NULL: none */
	float *memo_sc;   /* its scores of pass 1 (those of pass 2 follow) */
	size_t nw;        /* keys in f of the word alone (the memo's scores are theirs) */
	size_t np;        /* keys in f before the first that depends on classes */
	/* the token's feature keys, in the order the model was trained with: those of the word and its
	 * neighbours made once per sentence, those of classes filled in as each pass reaches the token */
	uint64_t f[MAX_FEATS];
} tok_ctx;

/* The keys of features of classes (those of the class t at index t + 1, t from -1): whole keys, and
 * for the keys that hash something after the class, the hash state after the template and class.
 * They depend on the number of classes alone; made when a tagger is read. */
typedef struct class_keys {
	uint64_t bias;       /* the bias feature's key */
	uint64_t m1[257];    /* the class before */
	uint64_t m2[257];    /* the class two before */
	uint64_t m12[257];   /* state: the class before, then the one two before */
	uint64_t m1_l[257];  /* state: the class before, then the word */
	uint64_t m1_a[257];  /* state: the class before, then the next word's ambiguity class */
	uint64_t m1_r1[257]; /* state: the class before, then the next word's first-pass class */
} class_keys;

struct kg_lang_tagger {
	kg_lang_map map;        /* the mapped file (empty when built in memory from a blob) */
	kg_ap *ap;              /* the weights of the first pass */
	kg_ap *ap2;             /* the weights of the second pass, NULL for a one-pass tagger */
	const char **upos;      /* [n_classes] UPOS of each class */
	const char **xpos;      /* [n_classes] XPOS of each class */
	size_t n_classes;       /* classes */
	kg_lang_tab words;      /* K_EXACT form -> class + 1 of unambiguous frequent words; K_AMBSET lower -> amb id */
	kg_lang_tab lemmas;     /* hash(lower, class) -> lemma index */
	const char **lemma_str; /* lemma strings */
	size_t n_lemmas;        /* how many */
	class_keys keys;        /* the keys of class features, for n_classes */
};

/* ---- word features ---- */

/* Lower-cases ASCII letters and folds digits to '0' into out (size >= n+1). */
static size_t norm_word(const char *w, size_t n, char *out)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];
		out[i] = (char)(c >= '0' && c <= '9' ? '0' : tolower(c));
	}
	out[n] = '\0';
	return n;
}

/* The shape: X for upper, x for lower, d digit, other bytes as they are; runs longer than 2 cut. */
static uint64_t word_shape(const char *w, size_t n)
{
	char buf[64];
	size_t i, k = 0, run = 0;
	char last = 0;

	for (i = 0; i < n && k < sizeof(buf) - 1; i++) {
		unsigned char c = (unsigned char)w[i];
		char s = isupper(c) ? 'X' : islower(c) ? 'x' : isdigit(c) ? 'd' : c >= 0x80 ? 'u' : (char)c;
		if (s == last) {
			if (++run > 2)
				continue;
		} else {
			run = 1;
			last = s;
		}
		buf[k++] = s;
	}
	return kg_lang_hash(F_SHAPE, buf, k);
}

/* kg_lang_hash of the words {a, b} and of a. */
static uint64_t hash2(int tmpl, uint64_t a, uint64_t b)
{
	return kg_lang_hash_end(kg_lang_hash_add_u64(kg_lang_hash_add_u64(kg_lang_hash_begin((uint64_t)tmpl), a), b));
}

static uint64_t hash1(int tmpl, uint64_t a)
{
	return kg_lang_hash_end(kg_lang_hash_add_u64(kg_lang_hash_begin((uint64_t)tmpl), a));
}

/* Key of a word in the word table. */
static uint64_t word_key(int kind, const char *w, size_t n)
{
	return kg_lang_hash((uint64_t)kind, w, n);
}

/* The hash state after template tmpl and the word a (hash2(tmpl, a, b) is the state with b added). */
static uint64_t state1(int tmpl, uint64_t a)
{
	return kg_lang_hash_add_u64(kg_lang_hash_begin((uint64_t)tmpl), a);
}

/* hash2's key from a state1 and the second word b. */
static uint64_t finish2(uint64_t state, uint64_t b)
{
	return kg_lang_hash_end(kg_lang_hash_add_u64(state, b));
}

static void class_keys_init(class_keys *k, size_t n_classes)
{
	k->bias = hash1(F_BIAS, 0);
	for (size_t c = 0; c <= n_classes; c++) {
		uint64_t t = (uint64_t)((int64_t)c - 1);
		k->m1[c] = hash1(F_T_M1, t);
		k->m2[c] = hash1(F_T_M2, t);
		k->m12[c] = state1(F_T_M12, t);
		k->m1_l[c] = state1(F_T_M1_L, t);
		k->m1_a[c] = state1(F_T_M1_AMB_P1, t);
		k->m1_r1[c] = state1(F_T_M1_R1, t);
	}
}

static const uint64_t ctx_start = 0x5354415254ULL, ctx_end = 0x454e44ULL;

/* The keys of token i's features that do not depend on classes (see AT_T). */
static void word_features(const class_keys *ck, tok_ctx *ctx, size_t n, size_t i)
{
	tok_ctx *c = &ctx[i];
	uint64_t lm1 = i >= 1 ? ctx[i - 1].lower : ctx_start, lm2 = i >= 2 ? ctx[i - 2].lower : ctx_start;
	uint64_t lp1 = i + 1 < n ? ctx[i + 1].lower : ctx_end, lp2 = i + 2 < n ? ctx[i + 2].lower : ctx_end;
	uint64_t ap1 = i + 1 < n ? ctx[i + 1].amb : ctx_end, ap2 = i + 2 < n ? ctx[i + 2].amb : ctx_end;
	uint64_t *f = c->f;
	size_t k = 0, j;

	f[k++] = ck->bias;
	f[k++] = c->lower;
	f[k++] = c->form;
	for (j = 0; j < 4; j++)
		if (c->suf[j])
			f[k++] = c->suf[j];
	for (j = 0; j < 3; j++)
		if (c->pre[j])
			f[k++] = c->pre[j];
	f[k++] = c->shape;
	c->nw = k;
	f[k++] = hash2(F_FIRST_SHAPE, c->shape, i == 0);
	f[k++] = hash1(F_L_M1, lm1);
	f[k++] = hash1(F_L_M2, lm2);
	f[k++] = hash1(F_L_P1, lp1);
	f[k++] = hash1(F_L_P2, lp2);
	f[k++] = hash1(F_S3_M1, i >= 1 ? ctx[i - 1].suf[2] : ctx_start);
	f[k++] = hash1(F_S3_P1, i + 1 < n ? ctx[i + 1].suf[2] : ctx_end);
	c->np = k;
	k += 4; /* AT_T */
	f[k++] = hash1(F_AMB0, c->amb);
	f[k++] = hash1(F_AMB_P1, ap1);
	f[k++] = hash1(F_AMB_P2, ap2);
	f[k++] = hash2(F_L_L_P1, c->lower, lp1);
	f[k++] = hash2(F_L_M1_L, lm1, c->lower);
	k++; /* AT_T_AMB */
	f[k++] = hash2(F_SHAPE_P1, c->shape, i + 1 < n ? ctx[i + 1].shape : ctx_end);
}

/* The memo's entry for word w[0..n) in the sentence being tagged, taken over when it held another
 * word; NULL when there is no memo, the word is too long, or its entry serves another word of the
 * same sentence. *had: it held w already. */
static memo_entry *memo_take(kg_lang_memo *memo, const char *w, size_t n, int *had)
{
	memo_entry *e;

	*had = 0;
	if (!memo || n == 0 || n > MEMO_WMAX)
		return NULL;
	e = &memo->e[kg_lang_hash(0, w, n) & memo->mask];
	if (e->n == n && memcmp(e->s, w, n) == 0) {
		*had = 1;
		e->serial = memo->serial;
		return e;
	}
	if (e->n && e->serial == memo->serial)
		return NULL;
	e->n = (uint8_t)n;
	memcpy(e->s, w, n);
	e->scored = 0;
	e->lemma_cls = -1;
	e->serial = memo->serial;
	return e;
}

/* Fills ctx for every token of s: the word's hashes, its dictionary entries and its features' keys
 * but those of classes; with a memo, the word's fields from it when it has them. */
static void make_context(const kg_lang_tagger *tg, const kg_lang_sent *s, tok_ctx *ctx, kg_lang_memo *memo)
{
	char buf[256];
	size_t i, k;

	if (memo)
		memo->serial++;
	for (i = 0; i < s->n; i++) {
		const char *w = s->tok[i].form;
		size_t n = strlen(w), m = n < sizeof(buf) - 1 ? n : sizeof(buf) - 1;
		uint32_t v;
		tok_ctx *c = &ctx[i];
		int had;
		memo_entry *e = memo_take(memo, w, n, &had);

		c->memo = e;
		c->memo_sc = e ? memo->sc + (size_t)(e - memo->e) * 2 * tg->n_classes : NULL;
		if (had) {
			c->lower = e->lower;
			c->form = e->form;
			memcpy(c->suf, e->suf, sizeof(c->suf));
			memcpy(c->pre, e->pre, sizeof(c->pre));
			c->shape = e->shape;
			c->amb = e->amb;
			c->fixed = e->fixed;
			continue;
		}
		norm_word(w, m, buf);
		c->lower = kg_lang_hash(F_LOWER, buf, m);
		c->form = kg_lang_hash(F_FORM, w, n);
		for (k = 0; k < 4; k++)
			c->suf[k] = m > k ? kg_lang_hash(F_SUF1 + (int)k, buf + m - k - 1, k + 1) : 0;
		for (k = 0; k < 3; k++)
			c->pre[k] = m > k + 1 ? kg_lang_hash(F_PRE1 + (int)k, buf, k + 1) : 0;
		c->shape = word_shape(w, n);
		c->amb = 0;
		c->fixed = -1;
		if (kg_lang_tab_get(&tg->words, word_key(K_AMBSET, buf, m), &v))
			c->amb = hash1(K_AMBSET, v);
		if (kg_lang_tab_get(&tg->words, word_key(K_EXACT, w, n), &v) && v > 0 && v <= tg->n_classes)
			c->fixed = (int)v - 1;
		if (e) {
			e->lower = c->lower;
			e->form = c->form;
			memcpy(e->suf, c->suf, sizeof(e->suf));
			memcpy(e->pre, c->pre, sizeof(e->pre));
			e->shape = c->shape;
			e->amb = c->amb;
			e->fixed = c->fixed;
		}
	}
	for (i = 0; i < s->n; i++)
		word_features(&tg->keys, ctx, s->n, i);
}

/* The features of token i given the two previous classes (-1 before the start): fills in the keys
 * of classes and returns the token's keys and their number. */
static const uint64_t *features(const class_keys *ck, tok_ctx *ctx, size_t n, size_t i, int t1, int t2, size_t *nf)
{
	tok_ctx *c = &ctx[i];
	uint64_t *f = c->f + c->np;
	uint64_t ap1 = i + 1 < n ? ctx[i + 1].amb : ctx_end;

	f[AT_T] = ck->m1[t1 + 1];
	f[AT_T + 1] = ck->m2[t2 + 1];
	f[AT_T + 2] = finish2(ck->m12[t1 + 1], (uint64_t)(int64_t)t2);
	f[AT_T + 3] = finish2(ck->m1_l[t1 + 1], c->lower);
	f[AT_T_AMB] = finish2(ck->m1_a[t1 + 1], ap1);
	*nf = c->np + N_PASS1;
	return c->f;
}

/* The features of the second pass: the first pass's, with first's classes (the first pass's) of the
 * word and the two after it. */
static const uint64_t *features2(const class_keys *ck, tok_ctx *ctx, size_t n, size_t i, int t1, int t2,
				 const int *first, size_t *nf)
{
	uint64_t r0 = (uint64_t)(int64_t)first[i], r1 = i + 1 < n ? (uint64_t)(int64_t)first[i + 1] : (uint64_t)-2;
	uint64_t r2 = i + 2 < n ? (uint64_t)(int64_t)first[i + 2] : (uint64_t)-2;
	uint64_t *f = (uint64_t *)features(ck, ctx, n, i, t1, t2, nf) + ctx[i].np;

	f[AT_R] = hash1(F_R0, r0);
	f[AT_R + 1] = hash1(F_R1, r1);
	f[AT_R + 2] = hash1(F_R2, r2);
	f[AT_R + 3] = hash2(F_R12, r1, r2);
	f[AT_T_R1] = finish2(ck->m1_r1[t1 + 1], r1);
	f[AT_T_R1 + 1] = hash2(F_R1_L, r1, ctx[i].lower);
	f[AT_T_R1 + 2] = hash2(F_R0_L, r0, ctx[i].lower);
	*nf = ctx[i].np + N_PASS2;
	return ctx[i].f;
}

/* ---- loading ---- */

/* Reads a tagger from what follows the magic of its model file (which must outlive it). */
static int tagger_read(void *model, kg_lang_rd *r)
{
	kg_lang_tagger *tg = model;
	size_t nx;
	uint64_t passes;
	int rc;

	if ((rc = kg_lang_rd_strings(r, &tg->upos, &tg->n_classes)) < 0 ||
	    (rc = kg_lang_rd_strings(r, &tg->xpos, &nx)) < 0)
		return rc;
	if (nx != tg->n_classes || tg->n_classes == 0 || tg->n_classes > 256)
		return KG_EPARSE;
	if ((rc = kg_lang_tab_read(&tg->words, r)) < 0 || (rc = kg_lang_rd_strings(r, &tg->lemma_str, &tg->n_lemmas)) < 0 ||
	    (rc = kg_lang_tab_read(&tg->lemmas, r)) < 0 || (rc = kg_ap_read(&tg->ap, r)) < 0 ||
	    (rc = kg_lang_rd_u64(r, &passes)) < 0)
		return rc;
	if (passes == 2 && (rc = kg_ap_read(&tg->ap2, r)) < 0)
		return rc;
	if ((size_t)kg_ap_classes(tg->ap) != tg->n_classes || passes < 1 || passes > 2 ||
	    (tg->ap2 && (size_t)kg_ap_classes(tg->ap2) != tg->n_classes))
		return KG_EPARSE;
	class_keys_init(&tg->keys, tg->n_classes);
	return KG_OK;
}

/* Frees the tag and lemma names of a tagger (kg_lang_model_free frees the rest). */
static void tagger_clear(void *model)
{
	kg_lang_tagger *tg = model;

	free(tg->upos);
	free(tg->xpos);
	free(tg->lemma_str);
	kg_ap_free(tg->ap2);
}

KG_LANG_MODEL_KIND(kg_lang_tagger, kg_lang_tagger, "pos.kgm", TAGGER_MAGIC, tagger_read, tagger_clear,
		   "not a kg tagger model, or damaged: retrain it with kg train pos")

/* ---- tagging ---- */

/* A lemma by rule for a word the lemma table does not know. */
static const char *rule_lemma(kg_lang_sent *s, const char *form, const char *xpos)
{
	char buf[256];
	size_t n = strlen(form), i;

	if (n >= sizeof(buf) || strcmp(xpos, "NNP") == 0 || strcmp(xpos, "NNPS") == 0)
		return form;
	for (i = 0; i < n; i++)
		buf[i] = (char)tolower((unsigned char)form[i]);
	buf[n] = '\0';
	if ((strcmp(xpos, "NNS") == 0 || strcmp(xpos, "VBZ") == 0) && n > 3 && buf[n - 1] == 's') {
		if (n > 4 && strcmp(buf + n - 3, "ies") == 0)
			strcpy(buf + n - 3, "y");
		else if (n > 4 && (strcmp(buf + n - 4, "sses") == 0 || strcmp(buf + n - 4, "ches") == 0 ||
				   strcmp(buf + n - 4, "shes") == 0 || strcmp(buf + n - 3, "xes") == 0))
			buf[n - 2] = '\0';
		else if (buf[n - 2] != 's')
			buf[n - 1] = '\0';
	} else if ((strcmp(xpos, "VBD") == 0 || strcmp(xpos, "VBN") == 0) && n > 4 && strcmp(buf + n - 2, "ed") == 0) {
		if (strcmp(buf + n - 3, "ied") == 0)
			strcpy(buf + n - 3, "y");
		else if (buf[n - 3] == buf[n - 4] && !strchr("lsz", buf[n - 3]))
			buf[n - 3] = '\0';
		else
			buf[n - 2] = '\0';
	} else if (strcmp(xpos, "VBG") == 0 && n > 5 && strcmp(buf + n - 3, "ing") == 0) {
		if (buf[n - 4] == buf[n - 5] && !strchr("lsz", buf[n - 4]))
			buf[n - 4] = '\0';
		else
			buf[n - 3] = '\0';
	}
	return kg_lang_sent_strdup(s, buf, strlen(buf));
}

/* Sets token i's lemma for class cls, unless it has one; e: the memo's entry of the word (NULL:
 * none), which keeps the lemma table's answer for the word's last class. */
static int set_lemma(const kg_lang_tagger *tg, kg_lang_sent *s, size_t i, int cls, memo_entry *e)
{
	kg_lang_token *t = &s->tok[i];
	char buf[256];
	size_t n = strlen(t->form);
	uint32_t v;

	if (strcmp(t->lemma, "_") != 0 && !(n == 1 && t->form[0] == '_'))
		return KG_OK;
	if (e && e->lemma_cls == cls) {
		if (e->lemma != UINT32_MAX) {
			t->lemma = tg->lemma_str[e->lemma];
			return KG_OK;
		}
	} else if (n < sizeof(buf)) {
		uint64_t k;
		int found;
		norm_word(t->form, n, buf);
		/* digits are not folded for the lemma key: use the lower-cased form */
		for (size_t j = 0; j < n; j++)
			buf[j] = (char)tolower((unsigned char)t->form[j]);
		k = hash2(K_LEMMA, word_key(K_LOWER, buf, n), (uint64_t)cls);
		found = kg_lang_tab_get(&tg->lemmas, k, &v) && v < tg->n_lemmas;
		if (e) {
			e->lemma_cls = cls;
			e->lemma = found ? v : UINT32_MAX;
		}
		if (found) {
			t->lemma = tg->lemma_str[v];
			return KG_OK;
		}
	}
	if (!(t->lemma = rule_lemma(s, t->form, tg->xpos[cls])))
		return KG_ENOMEM;
	return KG_OK;
}

/* The index of the highest of scores[0..n) (n >= 1; the lower on a tie), and in *second the highest
 * of the others (-1e30 when none is higher), in one pass. */
static int best_two(const float *scores, size_t n, float *second)
{
	float bv = scores[0], sv = -1e30f;
	int best = 0;

	for (size_t c = 1; c < n; c++) {
		float v = scores[c];
		if (v > bv) {
			sv = bv > sv ? bv : sv;
			bv = v;
			best = (int)c;
		} else if (v > sv)
			sv = v;
	}
	*second = sv;
	return best;
}

/* Scores of every class for token c's features f[0..nf) in pass p + 1 (weights ap): the scores of
 * the word's own features from the memo when it has them (made once), the others added to them.
 * The same floats: the weights are added in the same order from 0. */
static void score_word(const kg_ap *ap, size_t n_classes, tok_ctx *c, unsigned p, const uint64_t *f, size_t nf,
		       float *scores)
{
	float *sc = c->memo_sc ? c->memo_sc + p * n_classes : NULL;

	if (!sc) {
		memset(scores, 0, n_classes * sizeof(float));
		kg_ap_score(ap, f, nf, scores);
		return;
	}
	if (!(c->memo->scored & (1u << p))) {
		memset(sc, 0, n_classes * sizeof(float));
		kg_ap_score(ap, f, c->nw, sc);
		c->memo->scored |= (uint8_t)(1u << p);
	}
	memcpy(scores, sc, n_classes * sizeof(float));
	kg_ap_score(ap, f + c->nw, nf - c->nw, scores);
}

/* Tags ctx[0..n) with the weights ap into cls; scores has room for n_classes. The first pass (first
 * NULL) writes into margin how far each word's best class scored above the next; the second (first:
 * the first pass's classes) keeps the first pass's class where that margin is PASS2_MARGIN or more. */
static void tag_pass(const kg_ap *ap, const class_keys *ck, size_t n_classes, tok_ctx *ctx, size_t n,
		     const int *first, float *scores, int *cls, float *margin)
{
	size_t i;
	int t1 = -1, t2 = -1;

	for (i = 0; i < n; i++) {
		int best = ctx[i].fixed;
		if (first && margin[i] >= PASS2_MARGIN)
			best = first[i];
		else if (best < 0) {
			size_t nf;
			const uint64_t *f = first ? features2(ck, ctx, n, i, t1, t2, first, &nf)
						  : features(ck, ctx, n, i, t1, t2, &nf);
			float second;
			score_word(ap, n_classes, &ctx[i], first ? 1 : 0, f, nf, scores);
			best = best_two(scores, n_classes, &second);
			if (!first)
				margin[i] = scores[best] - second;
		} else if (!first)
			margin[i] = 1e30f;
		cls[i] = best;
		t2 = t1;
		t1 = best;
	}
}

int kg_lang_tagger_memo_new(kg_lang_memo **out, const kg_lang_tagger *tg, size_t n_tokens)
{
	kg_lang_memo *m = calloc(1, sizeof(*m));
	size_t slots = 64;

	*out = NULL;
	while (slots < n_tokens && slots < MEMO_SLOTS)
		slots *= 2;
	if (!m || !(m->e = calloc(slots, sizeof(*m->e))) ||
	    !(m->sc = malloc(slots * 2 * tg->n_classes * sizeof(*m->sc)))) {
		kg_lang_memo_free(m);
		return KG_ENOMEM;
	}
	m->tg = tg;
	m->mask = slots - 1;
	*out = m;
	return KG_OK;
}

void kg_lang_memo_free(kg_lang_memo *m)
{
	if (!m)
		return;
	free(m->e);
	free(m->sc);
	free(m);
}

int kg_lang_tagger_tag(const kg_lang_tagger *tg, kg_lang_sent *s)
{
	return kg_lang_tagger_tag_memo(tg, s, NULL);
}

int kg_lang_tagger_tag_memo(const kg_lang_tagger *tg, kg_lang_sent *s, kg_lang_memo *memo)
{
	tok_ctx *ctx;
	float *scores, *margin;
	int *first, *cls;
	size_t i;
	int rc;

	if (!s->n)
		return KG_OK;
	if (!(ctx = kg_lang_scratch(s, s->n * sizeof(*ctx) + tg->n_classes * sizeof(float) +
					   s->n * (2 * sizeof(int) + sizeof(float)))))
		return KG_ENOMEM;
	scores = (float *)(ctx + s->n);
	first = (int *)(scores + tg->n_classes);
	cls = first + s->n;
	margin = (float *)(cls + s->n);
	if (memo && memo->tg != tg)
		return KG_EINVAL;
	make_context(tg, s, ctx, memo);
	tag_pass(tg->ap, &tg->keys, tg->n_classes, ctx, s->n, NULL, scores, first, margin);
	if (tg->ap2)
		tag_pass(tg->ap2, &tg->keys, tg->n_classes, ctx, s->n, first, scores, cls, margin);
	else
		cls = first;
	for (i = 0; i < s->n; i++) {
		s->tok[i].upos = tg->upos[cls[i]];
		s->tok[i].xpos = tg->xpos[cls[i]];
		s->tok[i].upos_id = cls[i];
		if ((rc = set_lemma(tg, s, i, cls[i], ctx[i].memo)) < 0)
			return rc;
	}
	return KG_OK;
}

/* ---- training ---- */

/* Counts of (key, value) pairs for building word tables. */
typedef struct pair_count {
	uint64_t key;  /* word key */
	uint32_t val;  /* class or lemma index */
	uint32_t n;    /* occurrences */
} pair_count;

static int cmp_pair(const void *a, const void *b)
{
	const pair_count *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	if (x->val != y->val)
		return x->val < y->val ? -1 : 1;
	return 0;
}

/* Sorts pairs and merges equal ones, counting. Returns the new count. */
static size_t merge_pairs(pair_count *p, size_t n)
{
	size_t i, k = 0;

	qsort(p, n, sizeof(*p), cmp_pair);
	for (i = 0; i < n; i++) {
		if (k && p[k - 1].key == p[i].key && p[k - 1].val == p[i].val)
			p[k - 1].n += p[i].n;
		else
			p[k++] = p[i];
	}
	return k;
}

/* What training builds besides the weights. */
typedef struct tag_tables {
	kg_strv upos;           /* class -> UPOS */
	kg_strv xpos;           /* class -> XPOS */
	kg_map *class_of;       /* "UPOS\tXPOS" -> class */
	kg_lang_tab words;      /* the word table */
	kg_strv lemmas;         /* lemma strings */
	kg_lang_tab lemma_tab;  /* the lemma table */
} tag_tables;

static void tables_clear(tag_tables *t)
{
	kg_strv_clear(&t->upos);
	kg_strv_clear(&t->xpos);
	kg_map_free(t->class_of);
	kg_lang_tab_clear(&t->words);
	kg_strv_clear(&t->lemmas);
	kg_lang_tab_clear(&t->lemma_tab);
}

/* The class of a gold token, -1 when its pair is unknown. */
static int gold_class(const tag_tables *tt, const kg_lang_token *t)
{
	char buf[128];
	size_t v;

	snprintf(buf, sizeof(buf), "%s\t%s", t->upos, t->xpos);
	return kg_map_get(tt->class_of, buf, &v) ? (int)v : -1;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Builds the classes (sorted pairs), the tag dictionary, ambiguity classes and the lemma table. */
static int build_tables(tag_tables *tt, const kg_lang_sent *train, size_t n_train)
{
	kg_strv pairs = { 0 };
	kg_map *seen = NULL, *lemma_idx = NULL;
	pair_count *exact = NULL, *lower = NULL, *lem = NULL;
	uint64_t *keys = NULL;
	uint32_t *vals = NULL;
	size_t total = 0, i, j, ne = 0, nl = 0, nm = 0, nk = 0;
	char buf[300];
	int rc = KG_ENOMEM;

	if (kg_map_new(&seen) < 0 || kg_map_new(&tt->class_of) < 0 || kg_map_new(&lemma_idx) < 0)
		goto done;
	for (i = 0; i < n_train; i++)
		for (j = 0; j < train[i].n; j++) {
			snprintf(buf, sizeof(buf), "%s\t%s", train[i].tok[j].upos, train[i].tok[j].xpos);
			if (!kg_map_get(seen, buf, NULL) && (kg_map_put(seen, buf, 1) < 0 || kg_strv_push(&pairs, buf) < 0))
				goto done;
			total++;
		}
	if (pairs.n > 255) {
		rc = KG_ELIMIT;
		goto done;
	}
	qsort(pairs.v, pairs.n, sizeof(*pairs.v), cmp_str);
	for (i = 0; i < pairs.n; i++) {
		char *tab = strchr(pairs.v[i], '\t');
		*tab = '\0';
		if (kg_strv_push(&tt->upos, pairs.v[i]) < 0 || kg_strv_push(&tt->xpos, tab + 1) < 0)
			goto done;
		*tab = '\t';
		if (kg_map_put(tt->class_of, pairs.v[i], i) < 0)
			goto done;
	}
	if (!(exact = malloc(total * sizeof(*exact))) || !(lower = malloc(total * sizeof(*lower))) ||
	    !(lem = malloc(total * sizeof(*lem))))
		goto done;
	for (i = 0; i < n_train; i++)
		for (j = 0; j < train[i].n; j++) {
			const kg_lang_token *t = &train[i].tok[j];
			size_t n = strlen(t->form), m = n < sizeof(buf) - 1 ? n : sizeof(buf) - 1, li, k;
			int cls = gold_class(tt, t);
			exact[ne].key = word_key(K_EXACT, t->form, n);
			exact[ne].val = (uint32_t)cls;
			exact[ne++].n = 1;
			norm_word(t->form, m, buf);
			lower[nl].key = word_key(K_AMBSET, buf, m);
			lower[nl].val = (uint32_t)cls;
			lower[nl++].n = 1;
			for (k = 0; k < m; k++)
				buf[k] = (char)tolower((unsigned char)t->form[k]);
			if (!kg_map_get(lemma_idx, t->lemma, &li)) {
				li = tt->lemmas.n;
				if (kg_strv_push(&tt->lemmas, t->lemma) < 0 || kg_map_put(lemma_idx, t->lemma, li) < 0)
					goto done;
			}
			lem[nm].key = hash2(K_LEMMA, word_key(K_LOWER, buf, m), (uint64_t)cls);
			lem[nm].val = (uint32_t)li;
			lem[nm++].n = 1;
		}
	ne = merge_pairs(exact, ne);
	nl = merge_pairs(lower, nl);
	nm = merge_pairs(lem, nm);
	if (!(keys = malloc((ne + nl + nm + 1) * sizeof(*keys))) || !(vals = malloc((ne + nl + nm + 1) * sizeof(*vals))))
		goto done;
	/* tag dictionary: words seen >= 20 times with one class >= 97% of the time */
	for (i = 0; i < ne;) {
		size_t e = i, sum = 0, best = i;
		while (e < ne && exact[e].key == exact[i].key) {
			sum += exact[e].n;
			if (exact[e].n > exact[best].n)
				best = e;
			e++;
		}
		if (sum >= 20 && exact[best].n * 100 >= sum * 97) {
			keys[nk] = exact[best].key;
			vals[nk++] = exact[best].val + 1;
		}
		i = e;
	}
	/* ambiguity classes: the set of classes seen at least twice (or the only one), hashed, of words
	 * seen AMB_MIN times or more */
	for (i = 0; i < nl;) {
		size_t e = i;
		uint64_t h = 0x9e37;
		size_t sum = 0;
		while (e < nl && lower[e].key == lower[i].key) {
			if (lower[e].n >= 2 || e == i)
				h = hash2(K_AMBSET, h, lower[e].val);
			sum += lower[e].n;
			e++;
		}
		if (sum >= AMB_MIN) {
			keys[nk] = lower[i].key;
			vals[nk++] = (uint32_t)(h ^ (h >> 32));
		}
		i = e;
	}
	if ((rc = kg_lang_tab_build(&tt->words, keys, vals, nk)) < 0)
		goto done;
	/* lemma table: the most frequent lemma of each (word, class) */
	nk = 0;
	for (i = 0; i < nm;) {
		size_t e = i, best = i;
		while (e < nm && lem[e].key == lem[i].key) {
			if (lem[e].n > lem[best].n)
				best = e;
			e++;
		}
		keys[nk] = lem[best].key;
		vals[nk++] = lem[best].val;
		i = e;
	}
	rc = kg_lang_tab_build(&tt->lemma_tab, keys, vals, nk);
done:
	kg_strv_clear(&pairs);
	kg_map_free(seen);
	kg_map_free(lemma_idx);
	free(exact);
	free(lower);
	free(lem);
	free(keys);
	free(vals);
	return rc;
}

/* Writes the tables and weights (ap2: of the second pass, NULL for none) as a tagger model into b
 * (emptied first). */
static int write_model(kg_lang_blob *b, const tag_tables *tt, const kg_ap *ap, const kg_ap *ap2)
{
	int rc;

	b->len = 0;
	if ((rc = kg_lang_blob_put(b, TAGGER_MAGIC, 8)) < 0 ||
	    (rc = kg_lang_blob_strings(b, (const char *const *)tt->upos.v, tt->upos.n)) < 0 ||
	    (rc = kg_lang_blob_strings(b, (const char *const *)tt->xpos.v, tt->xpos.n)) < 0 ||
	    (rc = kg_lang_tab_write(b, &tt->words)) < 0 ||
	    (rc = kg_lang_blob_strings(b, (const char *const *)tt->lemmas.v, tt->lemmas.n)) < 0 ||
	    (rc = kg_lang_tab_write(b, &tt->lemma_tab)) < 0 || (rc = kg_ap_write(b, ap)) < 0 ||
	    (rc = kg_lang_blob_u64(b, ap2 ? 2 : 1)) < 0 || (ap2 && (rc = kg_ap_write(b, ap2)) < 0))
		return rc;
	return KG_OK;
}

FILE *kg_lang_train_log(const kg_lang_train_opts *o)
{
	return o->log ? o->log : stderr;
}

const kg_lang_train_opts *kg_lang_train_begin(const kg_lang_train_opts *opts, size_t n_train, kg_error *err)
{
	static const kg_lang_train_opts defaults = KG_LANG_TRAIN_OPTS_INIT;

	if (n_train == 0) {
		kg_error_set(err, "", 0, 0, "no training sentences: give --train FILE.conllu");
		return NULL;
	}
	return opts ? opts : &defaults;
}

/* Tags dev with the model in blob b; returns UPOS and XPOS right and the token count. */
static int eval_blob(const kg_lang_blob *b, const kg_lang_sent *dev, size_t n_dev, size_t *upos, size_t *xpos,
		     size_t *total)
{
	kg_lang_tagger tg = { 0 };
	kg_lang_sent s = KG_LANG_SENT_INIT;
	size_t i, j;
	int rc;

	*upos = *xpos = *total = 0;
	if ((rc = kg_lang_model_read(&tg, &kg_lang_tagger_kind, b->data, b->len)) < 0)
		goto done;
	for (i = 0; i < n_dev; i++) {
		if ((rc = kg_lang_sent_copy_forms(&s, &dev[i])) < 0 || (rc = kg_lang_tagger_tag(&tg, &s)) < 0)
			goto done;
		for (j = 0; j < s.n; j++) {
			*upos += strcmp(s.tok[j].upos, dev[i].tok[j].upos) == 0;
			*xpos += strcmp(s.tok[j].xpos, dev[i].tok[j].xpos) == 0;
		}
		*total += s.n;
	}
done:
	kg_lang_sent_clear(&s);
	kg_lang_model_clear(&tg, &kg_lang_tagger_kind);
	return rc;
}

/* What a pass's training reads: the data and tables, and for the second pass the first's classes. */
typedef struct pass_input {
	const tag_tables *tt;        /* classes, word and lemma tables */
	const kg_lang_sent *train;   /* training sentences */
	size_t n_train;              /* how many */
	const kg_lang_sent *dev;     /* development sentences (may be none) */
	size_t n_dev;                /* how many */
	const int *first;            /* second pass: the first pass's class of each training word, NULL first pass */
	const size_t *off;           /* second pass: where each sentence's words start in first */
	const kg_ap *ap1;            /* second pass: the first pass's weights */
	int pass;                    /* 1 or 2 */
} pass_input;

/* Trains the weights of one pass, keeping in *best those of the epoch that tags dev best (the last
 * without dev; *best_epoch its number) and writing the model it makes to out_path. */
static int train_weights(kg_ap **best, int *best_epoch, const pass_input *in, const char *out_path,
			 const kg_lang_train_opts *opts, kg_error *err)
{
	const tag_tables *tt = in->tt;
	kg_lang_tagger *view = calloc(1, sizeof(*view));
	kg_ap_train *tr = NULL;
	kg_ap *avg = NULL;
	kg_lang_blob cur = { 0 }, keep = { 0 };
	tok_ctx *ctx = NULL;
	size_t *order = NULL, max_n = 0, i, j, best_upos = 0;
	float *scores = NULL;
	uint64_t state = opts->seed;
	int rc, epoch, *gold = NULL;

	for (i = 0; i < in->n_train; i++)
		if (in->train[i].n > max_n)
			max_n = in->train[i].n;
	rc = KG_ENOMEM;
	if (!view)
		goto done;
	view->words = tt->words;
	view->n_classes = tt->upos.n;
	class_keys_init(&view->keys, view->n_classes);
	if (!(order = malloc(in->n_train * sizeof(*order))) || !(ctx = malloc((max_n + 1) * sizeof(*ctx))) ||
	    !(gold = malloc((max_n + 1) * sizeof(*gold))) || !(scores = malloc(tt->upos.n * sizeof(*scores))) ||
	    kg_ap_train_new(&tr, (int)tt->upos.n) < 0)
		goto done;
	for (i = 0; i < in->n_train; i++)
		order[i] = i;
	for (epoch = 1; epoch <= opts->epochs; epoch++) {
		size_t right = 0, seen = 0, du, dx, dt;
		kg_lang_shuffle(order, in->n_train, &state);
		for (i = 0; i < in->n_train; i++) {
			const kg_lang_sent *s = &in->train[order[i]];
			const int *first = in->first ? in->first + in->off[order[i]] : NULL;
			int t1 = -1, t2 = -1;
			make_context(view, s, ctx, NULL);
			for (j = 0; j < s->n; j++)
				gold[j] = gold_class(tt, &s->tok[j]);
			for (j = 0; j < s->n; j++) {
				int guess = ctx[j].fixed;
				if (guess < 0) {
					size_t nf;
					const uint64_t *f = first ? features2(&view->keys, ctx, s->n, j, t1, t2, first, &nf)
								  : features(&view->keys, ctx, s->n, j, t1, t2, &nf);
					memset(scores, 0, tt->upos.n * sizeof(*scores));
					kg_ap_train_score(tr, f, nf, scores);
					guess = kg_lang_argmax(scores, (int)tt->upos.n, NULL);
					if ((rc = kg_ap_train_update(tr, f, nf, gold[j], guess)) < 0)
						goto done;
					kg_ap_train_tick(tr);
				}
				right += guess == gold[j];
				seen++;
				t2 = t1;
				t1 = guess;
			}
		}
		kg_ap_free(avg);
		avg = NULL;
		if ((rc = kg_ap_train_average(&avg, tr)) < 0 ||
		    (rc = write_model(&cur, tt, in->ap1 ? in->ap1 : avg, in->ap1 ? avg : NULL)) < 0 ||
		    (rc = eval_blob(&cur, in->dev, in->n_dev, &du, &dx, &dt)) < 0)
			goto done;
		if (!opts->quiet)
			fprintf(kg_lang_train_log(opts),
				"kg: train pos: pass %d, epoch %d: train %.2f%%, dev UPOS %.2f%% XPOS %.2f%% (%zu tokens), %zu features\n",
				in->pass, epoch, kg_lang_pct(right, seen), kg_lang_pct(du, dt), kg_lang_pct(dx, dt), dt,
				kg_ap_features(avg));
		if (epoch == 1 || du > best_upos || in->n_dev == 0) {
			kg_ap *t = *best;
			best_upos = du;
			*best = avg;
			avg = t;
			*best_epoch = epoch;
			if ((rc = kg_lang_blob_keep(&keep, &cur, out_path, err)) < 0)
				goto done;
		}
	}
	rc = KG_OK;
done:
	free(view);
	kg_ap_train_free(tr);
	kg_ap_free(avg);
	kg_lang_blob_free(&cur);
	kg_lang_blob_free(&keep);
	free(order);
	free(ctx);
	free(gold);
	free(scores);
	return rc;
}

static int train_pos(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
		     const char *out_path, const kg_lang_train_opts *opts, int passes, kg_error *err);

int kg_lang_jackknife(const kg_lang_sent *train, size_t n, int k, int passes, int epochs, const char *out_path,
		      const char *what, kg_lang_fold_fn each, void *payload, const kg_lang_train_opts *opts,
		      kg_error *err)
{
	kg_lang_sent *rest = malloc((n + 1) * sizeof(*rest));
	kg_lang_train_opts to = *opts;
	size_t len = strlen(out_path) + 16, i, nr;
	char *tmp = malloc(len);
	int fold, rc = KG_ENOMEM;

	if (!rest || !tmp)
		goto done;
	snprintf(tmp, len, "%s.%s.tmp", out_path, passes == 1 ? "pass1" : "fold");
	to.quiet = 1;
	to.epochs = epochs;
	for (fold = 0; fold < k; fold++) {
		kg_lang_tagger *tg = NULL;
		nr = 0;
		/* shallow copies: the sentences are only read */
		for (i = 0; i < n; i++)
			if ((int)(i % (size_t)k) != fold)
				rest[nr++] = train[i];
		if ((rc = train_pos(rest, nr, NULL, 0, tmp, &to, passes, err)) < 0 ||
		    (rc = kg_lang_tagger_load(&tg, tmp, err)) < 0)
			goto done;
		for (i = (size_t)fold; i < n && rc >= 0; i += (size_t)k)
			rc = each(payload, tg, i);
		kg_lang_tagger_free(tg);
		if (rc < 0)
			goto done;
		if (!opts->quiet)
			fprintf(kg_lang_train_log(opts), "kg: train %s: jackknife fold %d of %d tagged\n", what, fold + 1, k);
	}
	rc = KG_OK;
done:
	if (tmp)
		remove(tmp);
	free(tmp);
	free(rest);
	return rc;
}

/* What the first pass's jackknife fills: the classes of every word of the training sentences. */
typedef struct first_fill {
	int *first;             /* the class of each word, from off[i] for sentence i */
	const size_t *off;      /* where each sentence's words start in first */
	const tag_tables *tt;   /* the classes */
	const kg_lang_sent *train; /* the training sentences */
	kg_lang_sent s;         /* scratch: a copy of the sentence being tagged */
} first_fill;

/* kg_lang_jackknife's callback of the first pass: the classes tg gives sentence i. */
static int fill_first(void *payload, const kg_lang_tagger *tg, size_t i)
{
	first_fill *ff = payload;
	int rc;

	if ((rc = kg_lang_sent_copy_forms(&ff->s, &ff->train[i])) < 0 || (rc = kg_lang_tagger_tag(tg, &ff->s)) < 0)
		return rc;
	for (size_t j = 0; j < ff->s.n; j++) {
		int c = gold_class(ff->tt, &ff->s.tok[j]);
		ff->first[ff->off[i] + j] = c < 0 ? 0 : c;
	}
	return KG_OK;
}

/* Trains a tagger of passes passes (1 or 2): the first pass, then, with the classes it gives the
 * training data by jackknifing, the second, each choosing its epoch on dev. */
static int train_pos(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
		     const char *out_path, const kg_lang_train_opts *opts, int passes, kg_error *err)
{
	tag_tables tt = { 0 };
	pass_input in = { 0 };
	kg_ap *ap1 = NULL, *ap2 = NULL;
	size_t *off = NULL, total = 0, i;
	int *first = NULL, rc, epoch1 = 0, epoch2 = 0;
	first_fill ff = { .s = KG_LANG_SENT_INIT };

	if ((rc = build_tables(&tt, train, n_train)) < 0) {
		kg_error_set(err, "", 0, 0, rc == KG_ELIMIT ? "more than 255 UPOS+XPOS pairs in the training data"
							     : "out of memory");
		goto done;
	}
	in.tt = &tt;
	in.train = train;
	in.n_train = n_train;
	in.dev = dev;
	in.n_dev = n_dev;
	in.pass = 1;
	if ((rc = train_weights(&ap1, &epoch1, &in, out_path, opts, err)) < 0 || passes < 2)
		goto done;
	rc = KG_ENOMEM;
	if (!(off = malloc((n_train + 1) * sizeof(*off))))
		goto done;
	for (i = 0; i < n_train; i++) {
		off[i] = total;
		total += train[i].n;
	}
	if (!(first = malloc((total + 1) * sizeof(*first))))
		goto done;
	ff.first = first;
	ff.off = off;
	ff.tt = &tt;
	ff.train = train;
	rc = kg_lang_jackknife(train, n_train, FIRST_FOLDS, 1, epoch1, out_path, "pos", fill_first, &ff, opts, err);
	kg_lang_sent_clear(&ff.s);
	if (rc < 0)
		goto done;
	in.first = first;
	in.off = off;
	in.ap1 = ap1;
	in.pass = 2;
	rc = train_weights(&ap2, &epoch2, &in, out_path, opts, err);
done:
	kg_lang_train_failed(err, out_path, rc);
	kg_ap_free(ap1);
	kg_ap_free(ap2);
	tables_clear(&tt);
	free(off);
	free(first);
	return rc;
}

int kg_lang_train_pos(const kg_lang_sent *train, size_t n_train, const kg_lang_sent *dev, size_t n_dev,
		      const char *out_path, const kg_lang_train_opts *opts, kg_error *err)
{
	if (!(opts = kg_lang_train_begin(opts, n_train, err)))
		return KG_EINVAL;
	return train_pos(train, n_train, dev, n_dev, out_path, opts, 2, err);
}
