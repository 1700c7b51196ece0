/* ner_corpus.c: CoNLL column files for the NER tagger: reading (IOB1/IOB2/BILOU to BILOU) and span scores. */
#include "lang.h"

#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

/* Tag type names accepted in CoNLL files, and the type each stands for. */
static const struct {
	const char *name;
	int type;
} type_names[] = {
	{ "PER", KG_NER_PER },	 { "PERSON", KG_NER_PER }, { "ORG", KG_NER_ORG },   { "ORGANIZATION", KG_NER_ORG },
	{ "LOC", KG_NER_LOC },	 { "GPE", KG_NER_LOC },	   { "LOCATION", KG_NER_LOC }, { "PLACE", KG_NER_LOC },
	{ "MISC", KG_NER_MISC },
};

/* Parses a CoNLL tag: *prefix 'O', 'B', 'I', 'E'/'L' or 'S'/'U'; *type. 0 ok, -1 unknown. */
static int parse_tag(const char *t, size_t n, char *prefix, int *type)
{
	if (n == 1 && t[0] == 'O') {
		*prefix = 'O';
		*type = -1;
		return 0;
	}
	if (n < 3 || t[1] != '-' || !strchr("BIELSU", t[0]))
		return -1;
	*prefix = t[0] == 'E' ? 'L' : t[0] == 'S' ? 'U' : t[0];
	for (size_t i = 0; i < sizeof(type_names) / sizeof(type_names[0]); i++)
		if (strlen(type_names[i].name) == n - 2 && memcmp(type_names[i].name, t + 2, n - 2) == 0) {
			*type = type_names[i].type;
			return 0;
		}
	return -1;
}

/* Grows a buffer of elements of size sz to hold need elements. */
static int grow(void **v, size_t *cap, size_t need, size_t sz)
{
	void *nv = kg_grow(*v, cap, need, sz, 1024);

	if (!nv)
		return KG_ENOMEM;
	*v = nv;
	return KG_OK;
}

/* Turns the sentence's raw prefixes/types [a, b) into BILOU tags. */
static void to_bilou(uint8_t *gold, const char *pre, const int *typ, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		int start, cont_next;
		if (pre[i] == 'O') {
			gold[i] = 0;
			continue;
		}
		start = pre[i] == 'B' || pre[i] == 'U' || i == a || pre[i - 1] == 'O' || pre[i - 1] == 'L' ||
			pre[i - 1] == 'U' || typ[i - 1] != typ[i];
		cont_next = i + 1 < b && (pre[i + 1] == 'I' || pre[i + 1] == 'L') && typ[i + 1] == typ[i] &&
			    pre[i] != 'L' && pre[i] != 'U';
		gold[i] = KG_NER_TAG(typ[i], start ? (cont_next ? KG_NER_B : KG_NER_U) : (cont_next ? KG_NER_I : KG_NER_L));
	}
}

int kg_ner_corpus_read(kg_ner_corpus *c, FILE *in, const char *source, int gold, kg_error *err)
{
	char *buf = NULL, *pre = NULL;
	int *typ = NULL;
	size_t bcap = 0, lcap = 0, tcap = 0, scap = 0, dcap = 0, pcap = 0, ycap = 0, icap = 0, sent_a = 0;
	ssize_t got;
	long lineno = 0;
	int rc = KG_OK;

	memset(c, 0, sizeof(*c));
	while ((got = getline(&buf, &bcap, in)) >= 0) {
		size_t len = (size_t)got, tl;
		lineno++;
		while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
			buf[--len] = '\0';
		if ((rc = kg_strv_push(&c->lines, buf)) < 0 ||
		    (rc = grow((void **)&c->line_tok, &lcap, c->lines.n, sizeof(long))) < 0)
			goto done;
		c->line_tok[c->lines.n - 1] = -1;
		tl = strcspn(buf, " \t");
		if (tl == 0 || strncmp(buf, "-DOCSTART-", 10) == 0) {
			if (c->n_tok > sent_a) { /* end the sentence */
				if ((rc = grow((void **)&c->sent_end, &scap, c->n_sent + 1, sizeof(size_t))) < 0)
					goto done;
				if (gold)
					to_bilou(c->gold, pre, typ, sent_a, c->n_tok);
				c->sent_end[c->n_sent++] = c->n_tok;
				sent_a = c->n_tok;
			}
			if (tl > 0 && c->n_sent > (c->n_doc ? c->doc_end[c->n_doc - 1] : 0)) {
				if ((rc = grow((void **)&c->doc_end, &dcap, c->n_doc + 1, sizeof(size_t))) < 0)
					goto done;
				c->doc_end[c->n_doc++] = c->n_sent;
			}
			continue;
		}
		if ((rc = grow((void **)&c->tok, &tcap, c->n_tok + 1, sizeof(kg_span))) < 0 ||
		    (rc = grow((void **)&c->gold, &pcap, c->n_tok + 1, 1)) < 0 ||
		    (rc = grow((void **)&pre, &ycap, c->n_tok + 1, 1)) < 0 ||
		    (rc = grow((void **)&typ, &icap, c->n_tok + 1, sizeof(int))) < 0)
			goto done;
		c->tok[c->n_tok].n = tl;
		c->tok[c->n_tok].s = NULL; /* set once the lines stop moving */
		c->gold[c->n_tok] = 0;
		pre[c->n_tok] = 'O';
		if (gold) {
			const char *t = buf + len;
			size_t n = 0;
			while (t > buf && t[-1] != ' ' && t[-1] != '\t') {
				t--;
				n++;
			}
			if (t == buf || parse_tag(t, n, &pre[c->n_tok], &typ[c->n_tok]) < 0) {
				kg_error_set(err, source, lineno, 0,
					     "bad NER tag '%.*s' in the last column (valid: O, or B-, I-, E-, S-, L-, U- "
					     "followed by PER, ORG, LOC or MISC)",
					     (int)n, t);
				rc = KG_EPARSE;
				goto done;
			}
		}
		c->line_tok[c->lines.n - 1] = (long)c->n_tok;
		c->n_tok++;
	}
	if (c->n_tok > sent_a) {
		if ((rc = grow((void **)&c->sent_end, &scap, c->n_sent + 1, sizeof(size_t))) < 0)
			goto done;
		if (gold)
			to_bilou(c->gold, pre, typ, sent_a, c->n_tok);
		c->sent_end[c->n_sent++] = c->n_tok;
	}
	if (c->n_sent > (c->n_doc ? c->doc_end[c->n_doc - 1] : 0)) {
		if ((rc = grow((void **)&c->doc_end, &dcap, c->n_doc + 1, sizeof(size_t))) < 0)
			goto done;
		c->doc_end[c->n_doc++] = c->n_sent;
	}
	for (size_t l = 0; l < c->lines.n; l++)
		if (c->line_tok[l] >= 0)
			c->tok[c->line_tok[l]].s = c->lines.v[l];
	if (ferror(in)) {
		kg_error_set(err, source, lineno, 0, "cannot read");
		rc = KG_EIO;
	}
done:
	free(buf);
	free(pre);
	free(typ);
	if (rc < 0)
		kg_ner_corpus_clear(c);
	return rc;
}

void kg_ner_corpus_clear(kg_ner_corpus *c)
{
	if (!c)
		return;
	kg_strv_clear(&c->lines);
	free(c->line_tok);
	free(c->tok);
	free(c->gold);
	free(c->pos);
	free(c->sent_end);
	free(c->doc_end);
	memset(c, 0, sizeof(*c));
}

uint32_t kg_ner_pos_key(const kg_lang_token *t)
{
	uint64_t h = kg_lang_hash(7, t->xpos, strlen(t->xpos));

	return (uint32_t)(h ^ (h >> 32)) | 1u;
}

int kg_ner_corpus_tag(kg_ner_corpus *c, const kg_lang *lang)
{
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_lang_memo *memo = NULL;
	size_t a = 0;
	int rc = KG_OK;

	free(c->pos);
	if (!(c->pos = calloc(c->n_tok + 1, sizeof(*c->pos))) || kg_lang_memo_new(&memo, lang, c->n_tok) < 0)
		return KG_ENOMEM;
	for (size_t si = 0; si < c->n_sent && rc == KG_OK; si++) {
		size_t b = c->sent_end[si];
		kg_lang_sent_reset(&s);
		for (size_t i = a; i < b && rc == KG_OK; i++)
			rc = kg_lang_sent_add(&s, c->tok[i].s, c->tok[i].n, 0, 0);
		if (rc == KG_OK && (rc = kg_lang_tag_memo(lang, &s, memo)) == KG_OK)
			for (size_t i = a; i < b; i++)
				c->pos[i] = kg_ner_pos_key(&s.tok[i - a]);
		a = b;
	}
	kg_lang_sent_clear(&s);
	kg_lang_memo_free(memo);
	return rc;
}

const char *kg_ner_tag_iob2(uint8_t t)
{
	static const char *const names[KG_NER_NTAGS] = {
		"O",	  "B-PER",  "I-PER",  "I-PER",	"B-PER",  "B-ORG",  "I-ORG",  "I-ORG",	"B-ORG",
		"B-LOC",  "I-LOC",  "I-LOC",  "B-LOC",	"B-MISC", "I-MISC", "I-MISC", "B-MISC",
	};
	return t < KG_NER_NTAGS ? names[t] : "O";
}

/* Spans (start, end, type) of BILOU tags [a, b), decoded leniently: B or U opens, L or U closes,
 * a change of type or an O closes. Calls back with each; returns how many. */
typedef struct span3 {
	size_t a, b;
	int type;
} span3;

static size_t spans_of(const uint8_t *tags, size_t a, size_t b, span3 *out)
{
	size_t n = 0, start = 0;
	int open = -1;

	for (size_t i = a; i <= b; i++) {
		uint8_t t = i < b ? tags[i] : 0;
		int ty = t ? KG_NER_TAG_TYPE(t) : -1, pos = t ? KG_NER_TAG_POS(t) : -1;
		if (open >= 0 && (t == 0 || ty != open || pos == KG_NER_B || pos == KG_NER_U)) {
			out[n++] = (span3){ start, i, open };
			open = -1;
		}
		if (t && open < 0) {
			open = ty;
			start = i;
		}
		if (open >= 0 && (pos == KG_NER_L || pos == KG_NER_U)) {
			out[n++] = (span3){ start, i + 1, open };
			open = -1;
		}
	}
	return n;
}

void kg_ner_score_corpus(kg_ner_score *s, const kg_ner_corpus *c, const uint8_t *tags)
{
	span3 *g = NULL, *p = NULL;
	size_t a = 0, maxlen = 0;

	memset(s, 0, sizeof(*s));
	for (size_t si = 0; si < c->n_sent; si++) {
		if (c->sent_end[si] - a > maxlen)
			maxlen = c->sent_end[si] - a;
		a = c->sent_end[si];
	}
	g = malloc((maxlen + 1) * sizeof(*g));
	p = malloc((maxlen + 1) * sizeof(*p));
	if (!g || !p)
		goto done;
	a = 0;
	for (size_t si = 0; si < c->n_sent; si++) {
		size_t b = c->sent_end[si];
		size_t ng = spans_of(c->gold, a, b, g), np = spans_of(tags, a, b, p);
		for (size_t i = 0; i < np; i++) {
			int hit = 0;
			if (p[i].type == KG_NER_MISC)
				continue;
			for (size_t j = 0; j < ng && !hit; j++)
				hit = g[j].a == p[i].a && g[j].b == p[i].b && g[j].type == p[i].type;
			if (hit)
				s->tp[p[i].type]++;
			else
				s->fp[p[i].type]++;
		}
		for (size_t j = 0; j < ng; j++) {
			int hit = 0;
			if (g[j].type == KG_NER_MISC)
				continue;
			for (size_t i = 0; i < np && !hit; i++)
				hit = g[j].a == p[i].a && g[j].b == p[i].b && g[j].type == p[i].type;
			if (!hit)
				s->fn[g[j].type]++;
		}
		a = b;
	}
	for (int t = 0; t < KG_NER_MISC; t++) {
		s->tp[KG_NER__NTYPES] += s->tp[t];
		s->fp[KG_NER__NTYPES] += s->fp[t];
		s->fn[KG_NER__NTYPES] += s->fn[t];
	}
done:
	free(g);
	free(p);
}

double kg_ner_score_f1(const kg_ner_score *s, int t)
{
	double d = 2.0 * (double)s->tp[t] + (double)s->fp[t] + (double)s->fn[t];
	return d > 0 ? 2.0 * (double)s->tp[t] / d : 0.0;
}
