/* wordnet.c: WordNet 3.0 lookups by binary search in the memory-mapped index files: noun classes,
 * proper nouns, locations, and verb lemmas (verb.exc plus WordNet's suffix rules). */
#include <ctype.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lex_priv.h"

enum { WN_NOUN, WN_VERB, WN_ADJ, WN_ADV };

/* WordNet's lexicographer file numbers of the noun classes kg distinguishes. */
enum { WN_LEX_NOUN_GROUP = 14, WN_LEX_NOUN_LOCATION = 15, WN_LEX_NOUN_PERSON = 18 };

/* Most senses of one lemma that a lookup reads. */
#define WN_MAX_SENSES 16

/* A suffix rule: a word ending in from may be the lemma ending in to. */
typedef struct wn_rule {
	const char *from;
	const char *to;
} wn_rule;

/* WordNet's morphy rules for nouns and adjectives. */
static const wn_rule noun_rules[] = {
	{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"},
	{"ies", "y"}, {"s", ""}, {NULL, NULL}
};
static const wn_rule adj_rules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}, {NULL, NULL}};

/* Maps a file read-only; 0, or -1 when it cannot be read (the map stays empty). */
static int wn_map(kg_lex_mmap *m, const char *dir, const char *name)
{
	char path[1024];
	struct stat st;
	void *p;
	int fd;

	m->data = NULL;
	m->size = 0;
	m->lines = NULL;
	m->n_lines = 0;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0 || st.st_size <= 0) {
		close(fd);
		return -1;
	}
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return -1;
	m->data = p;
	m->size = (size_t)st.st_size;
	return 0;
}

static void wn_unmap(kg_lex_mmap *m)
{
	if (m->data)
		munmap((void *)m->data, m->size);
	free(m->lines);
	m->data = NULL;
	m->size = 0;
	m->lines = NULL;
	m->n_lines = 0;
}

/* Notes where every line of a mapped index file starts, so that lookups bisect lines instead of
 * bytes. Out of memory leaves lines NULL: lookups then bisect bytes. */
static void wn_index_lines(kg_lex_mmap *m)
{
	const char *p = m->data, *end = m->data + m->size;
	size_t n = 0;

	if (!p)
		return;
	for (const char *q = p; q < end && (q = memchr(q, '\n', (size_t)(end - q))); q++)
		n++;
	if (!(m->lines = malloc((n + 1) * sizeof(*m->lines))))
		return;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		m->lines[m->n_lines++] = (size_t)(p - m->data);
		p = eol ? eol + 1 : end;
	}
}

/* Loads an exception file ("form lemma [lemma...]") into map, values indexing lex->pool. */
static int wn_load_exc(kg_lex *lex, kg_map *map, const char *dir, const char *name)
{
	kg_lex_mmap f;
	const char *p, *end;
	int rc = KG_OK;

	if (wn_map(&f, dir, name) < 0)
		return 1;
	for (p = f.data, end = f.data + f.size; p < end && rc == KG_OK;) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		const char *sp;
		char lemmas[256];
		const char *interned;
		size_t ln;

		if (!eol)
			eol = end;
		sp = memchr(p, ' ', (size_t)(eol - p));
		if (sp && sp > p && (size_t)(eol - sp - 1) < sizeof(lemmas)) {
			ln = (size_t)(eol - sp - 1);
			memcpy(lemmas, sp + 1, ln);
			while (ln && (lemmas[ln - 1] == ' ' || lemmas[ln - 1] == '\r'))
				ln--;
			lemmas[ln] = '\0';
			interned = ln ? kg_lex_intern(lex, lemmas) : NULL;
			if (interned)
				rc = kg_map_putn(map, p, (size_t)(sp - p), KG_LEX_VAL(interned));
			else if (ln)
				rc = KG_ENOMEM;
		}
		p = eol + 1;
	}
	wn_unmap(&f);
	return rc;
}

int kg_lex_wordnet_open(kg_lex *lex, const char *dir, int *missing, kg_error *err)
{
	static const char *const index_names[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
	char path[1024];
	int bad = 0, rc;

	for (size_t i = 0; i < 4; i++) {
		bad |= wn_map(&lex->wn_index[i], dir, index_names[i]) < 0;
		wn_index_lines(&lex->wn_index[i]);
	}
	bad |= wn_map(&lex->wn_data_noun, dir, "data.noun") < 0;
	if ((rc = wn_load_exc(lex, lex->verb_exc, dir, "verb.exc")) < 0)
		return rc;
	bad |= rc;
	if ((rc = wn_load_exc(lex, lex->noun_exc, dir, "noun.exc")) < 0)
		return rc;
	bad |= rc;
	if (bad) {
		snprintf(path, sizeof(path), "%s", dir);
		kg_lex_warn_missing(err, missing, path, "WordNet (install wordnet-base)");
	}
	return KG_OK;
}

void kg_lex_wordnet_close(kg_lex *lex)
{
	for (size_t i = 0; i < 4; i++)
		wn_unmap(&lex->wn_index[i]);
	wn_unmap(&lex->wn_data_noun);
}

/* Compares key[0..n) with the lemma that starts a line (ended by a space), in byte order. */
static int wn_cmp(const char *key, size_t n, const char *line, const char *end)
{
	for (size_t i = 0;; i++) {
		int a = i < n ? (unsigned char)key[i] : -1;
		int b = line + i < end && line[i] != ' ' && line[i] != '\n' ? (unsigned char)line[i] : -1;
		if (a != b)
			return a < b ? -1 : 1;
		if (a < 0)
			return 0;
	}
}

/* The line of a sorted index file whose lemma is key, or NULL. */
static const char *wn_find(const kg_lex_mmap *f, const char *key, size_t n)
{
	size_t lo = 0, hi = f->size;
	const char *d = f->data;

	if (!d || n == 0)
		return NULL;
	if (f->lines) {
		for (lo = 0, hi = f->n_lines; lo < hi;) {
			size_t mid = lo + (hi - lo) / 2;
			int c = wn_cmp(key, n, d + f->lines[mid], d + f->size);

			if (c == 0)
				return d + f->lines[mid];
			if (c < 0)
				hi = mid;
			else
				lo = mid + 1;
		}
		return NULL;
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, ls = mid;
		const char *eol;
		int c;

		while (ls > lo && d[ls - 1] != '\n')
			ls--;
		c = wn_cmp(key, n, d + ls, d + f->size);
		if (c == 0)
			return d + ls;
		if (c < 0) {
			hi = ls;
		} else {
			eol = memchr(d + ls, '\n', f->size - ls);
			lo = eol ? (size_t)(eol - d) + 1 : f->size;
		}
	}
	return NULL;
}

/* Reads the synset offsets of an index line (in sense order) into offs; returns how many. */
static size_t wn_offsets(const kg_lex_mmap *f, const char *line, unsigned long *offs, size_t cap)
{
	const char *end = memchr(line, '\n', (size_t)(f->data + f->size - line));
	char buf[4096];
	char *tok, *save = NULL;
	long synsets = 0, pointers = 0;
	size_t field = 0, n = 0, len;

	if (!end)
		end = f->data + f->size;
	len = (size_t)(end - line);
	if (len >= sizeof(buf))
		len = sizeof(buf) - 1;
	memcpy(buf, line, len);
	buf[len] = '\0';
	/* lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset... */
	for (tok = strtok_r(buf, " ", &save); tok && n < cap; tok = strtok_r(NULL, " ", &save), field++) {
		if (field == 2)
			synsets = strtol(tok, NULL, 10);
		else if (field == 3)
			pointers = strtol(tok, NULL, 10);
		else if (field >= (size_t)(6 + pointers) && (long)n < synsets)
			offs[n++] = strtoul(tok, NULL, 10);
	}
	return n;
}

/* One synset of data.noun, parsed. */
typedef struct wn_synset {
	int lexfile;             /* lexicographer file number */
	size_t n_words;          /* words in the synset */
	const char *words[32];   /* each word, not NUL-terminated */
	size_t lens[32];         /* their lengths */
	const char *gloss;       /* the gloss after '|', not NUL-terminated */
	size_t gloss_len;        /* its length */
} wn_synset;

/* Parses the data.noun line at a byte offset; 0, or -1 when it is not a synset line. */
static int wn_synset_read(const kg_lex *lex, unsigned long off, wn_synset *s)
{
	const kg_lex_mmap *f = &lex->wn_data_noun;
	const char *p, *end, *eol, *bar;
	char *next;
	unsigned long count;

	if (!f->data || off >= f->size)
		return -1;
	p = f->data + off;
	end = f->data + f->size;
	eol = memchr(p, '\n', (size_t)(end - p));
	if (!eol)
		return -1;
	/* offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt ... | gloss */
	p = memchr(p, ' ', (size_t)(eol - p));
	if (!p || eol - p < 8)
		return -1;
	s->lexfile = (int)strtol(p + 1, &next, 10);
	p = next + 3; /* " n " */
	if (p >= eol)
		return -1;
	count = strtoul(p, &next, 16);
	p = next;
	s->n_words = 0;
	for (unsigned long i = 0; i < count && p < eol; i++) {
		const char *w = p + 1, *we = memchr(w, ' ', (size_t)(eol - w));
		if (!we)
			return -1;
		if (s->n_words < 32) {
			s->words[s->n_words] = w;
			s->lens[s->n_words++] = (size_t)(we - w);
		}
		p = memchr(we + 1, ' ', (size_t)(eol - we - 1)); /* skip lex_id */
		if (!p)
			return -1;
	}
	bar = memchr(p, '|', (size_t)(eol - p));
	s->gloss = bar ? bar + 2 : eol;
	s->gloss_len = bar && bar + 2 <= eol ? (size_t)(eol - bar - 2) : 0;
	return 0;
}

/* 1 when word w (WordNet form, '_' for spaces) equals the folded key ignoring case. */
static int wn_word_is(const char *w, size_t wn, const char *key, size_t n)
{
	if (wn != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (tolower((unsigned char)w[i]) != (unsigned char)key[i])
			return 0;
	return 1;
}

/* The index line of a noun after WordNet's morphology (exceptions, then suffix rules); the lemma
 * found is written to lemma (KG_LEX_MAXKEY bytes) with its length in *ln. */
static const char *wn_noun_line(const kg_lex *lex, const char *key, size_t n, char *lemma, size_t *ln)
{
	const kg_lex_mmap *f = &lex->wn_index[WN_NOUN];
	const char *line = wn_find(f, key, n);
	size_t idx;

	if (line) {
		memcpy(lemma, key, n);
		*ln = n;
		return line;
	}
	if (kg_map_getn(lex->noun_exc, key, n, &idx)) {
		const char *l = KG_LEX_STR(idx);
		size_t m = strcspn(l, " ");
		if ((line = wn_find(f, l, m))) {
			memcpy(lemma, l, m);
			*ln = m;
			return line;
		}
	}
	for (const wn_rule *r = noun_rules; r->from; r++) {
		size_t fl = strlen(r->from), tl = strlen(r->to);
		if (n <= fl || memcmp(key + n - fl, r->from, fl) != 0 || n - fl + tl >= KG_LEX_MAXKEY)
			continue;
		memcpy(lemma, key, n - fl);
		memcpy(lemma + n - fl, r->to, tl);
		if ((line = wn_find(f, lemma, n - fl + tl))) {
			*ln = n - fl + tl;
			return line;
		}
	}
	return NULL;
}

/* Folds a phrase into a WordNet key: lower case, '_' between words. Length or (size_t)-1. */
static size_t wn_key(char *key, const char *phrase, size_t n)
{
	size_t k = kg_lex_fold(key, KG_LEX_MAXKEY, phrase, n);

	if (k == (size_t)-1 || k == 0)
		return (size_t)-1;
	for (size_t i = 0; i < k; i++)
		if (key[i] == ' ')
			key[i] = '_';
	return k;
}

kg_wn_class kg_lex_wordnet_class(const kg_lex *lex, const char *phrase, size_t n)
{
	char key[KG_LEX_MAXKEY], lemma[KG_LEX_MAXKEY];
	unsigned long off;
	size_t k, ln;
	const char *line;
	wn_synset s;

	if (!lex || !phrase || (k = wn_key(key, phrase, n)) == (size_t)-1)
		return KG_WN_NONE;
	line = wn_noun_line(lex, key, k, lemma, &ln);
	if (!line || wn_offsets(&lex->wn_index[WN_NOUN], line, &off, 1) != 1 ||
	    wn_synset_read(lex, off, &s) < 0)
		return KG_WN_NONE;
	switch (s.lexfile) {
	case WN_LEX_NOUN_PERSON:
		return KG_WN_PERSON;
	case WN_LEX_NOUN_LOCATION:
		return KG_WN_LOCATION;
	case WN_LEX_NOUN_GROUP:
		return KG_WN_GROUP;
	default:
		return KG_WN_OTHER;
	}
}

/* How the noun senses of a WordNet lemma write it: bit 1 some lower-case form, bit 2 some
 * capitalised form. */
static int wn_noun_cases(const kg_lex *lex, const char *line, const char *lemma, size_t ln)
{
	unsigned long offs[WN_MAX_SENSES];
	size_t n = wn_offsets(&lex->wn_index[WN_NOUN], line, offs, WN_MAX_SENSES);
	int cases = 0;
	wn_synset s;

	for (size_t i = 0; i < n; i++) {
		if (wn_synset_read(lex, offs[i], &s) < 0)
			continue;
		for (size_t w = 0; w < s.n_words; w++) {
			if (!wn_word_is(s.words[w], s.lens[w], lemma, ln))
				continue;
			if (memcmp(s.words[w], lemma, ln) == 0)
				cases |= 1;
			else
				cases |= 2;
		}
	}
	return cases;
}

int kg_lex_wordnet_proper(const kg_lex *lex, const char *phrase, size_t n)
{
	char key[KG_LEX_MAXKEY], lemma[KG_LEX_MAXKEY];
	size_t k, ln;
	const char *line;

	if (!lex || !phrase || (k = wn_key(key, phrase, n)) == (size_t)-1)
		return 0;
	line = wn_noun_line(lex, key, k, lemma, &ln);
	return line && (wn_noun_cases(lex, line, lemma, ln) & 2) ? 1 : 0;
}

/* 1 when key, or a form the suffix rules derive from it, is in the index file. */
static int wn_in_index(const kg_lex_mmap *f, const char *key, size_t n, const wn_rule *rules)
{
	char buf[KG_LEX_MAXKEY];

	if (wn_find(f, key, n))
		return 1;
	for (const wn_rule *r = rules; r && r->from; r++) {
		size_t fl = strlen(r->from), tl = strlen(r->to);
		if (n <= fl || memcmp(key + n - fl, r->from, fl) != 0 || n - fl + tl >= sizeof(buf))
			continue;
		memcpy(buf, key, n - fl);
		memcpy(buf + n - fl, r->to, tl);
		if (wn_find(f, buf, n - fl + tl))
			return 1;
	}
	return 0;
}

/* Computes COMMON / PROPER for a folded word from WordNet (uncached). */
static unsigned wn_flags_uncached(const kg_lex *lex, const char *key, size_t n)
{
	char lemma[KG_LEX_MAXKEY], lemma_buf[KG_LEX_MAXKEY];
	const char *line;
	size_t ln;
	int cases;

	if (kg_lex_verb_lemma(lex, key, n, lemma_buf, sizeof(lemma_buf)) ||
	    wn_in_index(&lex->wn_index[WN_ADJ], key, n, adj_rules) ||
	    wn_in_index(&lex->wn_index[WN_ADV], key, n, NULL))
		return KG_LEX_COMMON;
	line = wn_noun_line(lex, key, n, lemma, &ln);
	if (!line)
		return 0;
	cases = wn_noun_cases(lex, line, lemma, ln);
	if (cases & 1)
		return KG_LEX_COMMON;
	return cases & 2 ? KG_LEX_PROPER : 0;
}

int kg_lex_wordnet_modifier(const kg_lex *lex, const char *w, size_t n)
{
	char key[KG_LEX_MAXKEY], lemma[KG_LEX_MAXKEY];

	if (!lex->wn_index[WN_ADJ].data || n == 0 || n >= sizeof(key))
		return 0;
	for (size_t i = 0; i < n; i++)
		key[i] = (char)tolower((unsigned char)w[i]);
	key[n] = '\0';
	return kg_lex_verb_lemma(lex, key, n, lemma, sizeof(lemma)) || wn_in_index(&lex->wn_index[WN_ADJ], key, n, adj_rules) ||
	       wn_in_index(&lex->wn_index[WN_ADV], key, n, NULL);
}

/* FNV-1a, for the cache slot. */
static size_t wn_hash(const char *s, size_t n)
{
	size_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

unsigned kg_lex_wordnet_flags(const kg_lex *lex, const char *key, size_t n)
{
	kg_lex *m = (kg_lex *)lex; /* the cache is the lexicon's mutable part, its slots seqlocked */
	kg_lex_cache_slot *slot;
	unsigned flags, seq;

	if (!lex->wn_index[WN_NOUN].data || n == 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (!isalpha((unsigned char)key[i]) && key[i] != '-' && key[i] != '\'' && key[i] != ' ')
			return 0; /* numbers, URLs: no word */
	if (n >= sizeof(slot->key))
		return wn_flags_uncached(lex, key, n);
	slot = &m->cache[wn_hash(key, n) & (KG_LEX_CACHE_SLOTS - 1)];
	seq = kg_lex_slot_begin_read(&slot->seq);
	if (kg_lex_slot_key_is(slot->key, key, n)) {
		flags = __atomic_load_n(&slot->flags, __ATOMIC_RELAXED);
		if (kg_lex_slot_end_read(&slot->seq, seq))
			return flags;
	}
	flags = wn_flags_uncached(lex, key, n);
	if (kg_lex_slot_begin_write(&slot->seq, &seq)) {
		kg_lex_slot_set_key(slot->key, key, n);
		__atomic_store_n(&slot->flags, (unsigned short)flags, __ATOMIC_RELAXED);
		kg_lex_slot_end_write(&slot->seq, seq);
	}
	return flags;
}

/* A rough kind of place from a WordNet gloss. */
static kg_place_kind wn_gloss_kind(const char *g, size_t n)
{
	static const struct {
		const char *word;
		kg_place_kind kind;
	} cues[] = {
		{"city", KG_PLACE_CITY}, {"capital", KG_PLACE_CITY}, {"town", KG_PLACE_CITY},
		{"port", KG_PLACE_CITY}, {"country", KG_PLACE_COUNTRY}, {"kingdom", KG_PLACE_COUNTRY},
		{"republic", KG_PLACE_COUNTRY}, {"state", KG_PLACE_REGION}, {"province", KG_PLACE_REGION},
		{"region", KG_PLACE_REGION}, {"island", KG_PLACE_REGION}, {"area", KG_PLACE_REGION},
		{"district", KG_PLACE_REGION}, {"continent", KG_PLACE_CONTINENT},
	};
	size_t best = n + 1;
	kg_place_kind kind = KG_PLACE_OTHER;

	const char *semi = memchr(g, ';', n);

	if (semi)
		n = (size_t)(semi - g); /* the first clause says what it is */
	for (size_t c = 0; c < sizeof(cues) / sizeof(cues[0]); c++) {
		size_t wl = strlen(cues[c].word);
		for (size_t i = 0; i + wl <= n && i < best; i++) {
			if (memcmp(g + i, cues[c].word, wl) == 0 && (i == 0 || !isalpha((unsigned char)g[i - 1]))) {
				best = i;
				kind = cues[c].kind;
				break;
			}
		}
	}
	return kind;
}

int kg_lex_wordnet_location(const kg_lex *lex, const char *key, size_t n, int first_only,
			    char *form, size_t cap, kg_place_kind *kind)
{
	char wkey[KG_LEX_MAXKEY];
	unsigned long offs[WN_MAX_SENSES];
	const char *line;
	size_t k, count;
	wn_synset s;

	if (!lex || (k = wn_key(wkey, key, n)) == (size_t)-1)
		return 0;
	line = wn_find(&lex->wn_index[WN_NOUN], wkey, k);
	if (!line)
		return 0;
	count = wn_offsets(&lex->wn_index[WN_NOUN], line, offs, first_only ? 1 : WN_MAX_SENSES);
	for (size_t i = 0; i < count; i++) {
		if (wn_synset_read(lex, offs[i], &s) < 0 || s.lexfile != WN_LEX_NOUN_LOCATION)
			continue;
		for (size_t w = 0; w < s.n_words; w++) {
			if (!wn_word_is(s.words[w], s.lens[w], wkey, k) || !isupper((unsigned char)s.words[w][0]))
				continue;
			if (s.lens[w] <= 3 && isupper((unsigned char)s.words[w][s.lens[w] - 1]))
				continue; /* acronyms ("US") are the curated tables' business */
			if (form && cap > s.lens[w]) {
				for (size_t j = 0; j < s.lens[w]; j++)
					form[j] = s.words[w][j] == '_' ? ' ' : s.words[w][j];
				form[s.lens[w]] = '\0';
			}
			if (kind)
				*kind = wn_gloss_kind(s.gloss, s.gloss_len);
			return 1;
		}
	}
	return 0;
}

/* ---- verbs ---- */

/* Most candidate lemmas one verb form yields. */
#define WN_MAX_CANDS 8

/* Candidate lemmas of a verb form, most likely first (not yet checked against index.verb). */
typedef struct wn_cands {
	char v[WN_MAX_CANDS][64]; /* the candidates */
	size_t n;                            /* how many */
} wn_cands;

static void cand_add(wn_cands *c, const char *stem, size_t sn, const char *suffix)
{
	size_t tl = strlen(suffix);

	if (c->n == WN_MAX_CANDS || sn == 0 || sn + tl >= sizeof(c->v[0]))
		return;
	memcpy(c->v[c->n], stem, sn);
	memcpy(c->v[c->n] + sn, suffix, tl);
	c->v[c->n][sn + tl] = '\0';
	c->n++;
}

static int is_vowel(char c)
{
	return c && strchr("aeiou", c) != NULL;
}

/* Consonant-vowel-consonant ending (hop, rat, visit): an elided "e" is likely (hoped -> hope). */
static int is_cvc(const char *s, size_t n)
{
	return n >= 3 && !is_vowel(s[n - 3]) && is_vowel(s[n - 2]) && !is_vowel(s[n - 1]) &&
	       !strchr("wxy", s[n - 1]);
}

/* The suffix-rule candidates of a folded verb form. */
static void verb_candidates(const char *w, size_t n, wn_cands *c)
{
	int ing = n > 4 && memcmp(w + n - 3, "ing", 3) == 0;
	int ed = n > 3 && memcmp(w + n - 2, "ed", 2) == 0;

	c->n = 0;
	if (ing || ed) {
		size_t sn = n - (ing ? 3 : 2);
		if (is_cvc(w, sn)) {
			cand_add(c, w, sn, "e");
			cand_add(c, w, sn, "");
		} else {
			cand_add(c, w, sn, "");
			cand_add(c, w, sn, "e");
		}
		if (sn >= 2 && w[sn - 1] == w[sn - 2] && !is_vowel(w[sn - 1]))
			cand_add(c, w, sn - 1, ""); /* planned -> plan, travelled -> travel */
		if (ed && n > 3 && w[n - 3] == 'i')
			cand_add(c, w, n - 3, "y"); /* tried -> try */
		if (ing && sn >= 2 && w[sn - 1] == 'y')
			cand_add(c, w, sn - 1, "ie"); /* lying -> lie */
	} else if (n > 3 && memcmp(w + n - 3, "ies", 3) == 0) {
		cand_add(c, w, n - 3, "y");
		cand_add(c, w, n - 1, "");
	} else if (n > 2 && memcmp(w + n - 2, "es", 2) == 0) {
		cand_add(c, w, n - 1, "");
		cand_add(c, w, n - 2, "");
	} else if (n > 2 && w[n - 1] == 's' && w[n - 2] != 's') {
		cand_add(c, w, n - 1, "");
	}
}

/* Calls back each valid lemma of a folded verb form, most likely first, until fn returns
 * nonzero; returns that value, or 0. */
static int verb_lemmas(const kg_lex *lex, const char *key, size_t n,
		       int (*fn)(const char *lemma, size_t ln, void *ctx), void *ctx)
{
	const kg_lex_mmap *idx = &lex->wn_index[WN_VERB];
	wn_cands c;
	size_t pi;
	int r = 0;

	if (kg_map_getn(lex->verb_exc, key, n, &pi)) {
		for (const char *l = KG_LEX_STR(pi); *l && !r;) {
			size_t m = strcspn(l, " ");
			r = fn(l, m, ctx);
			l += m;
			while (*l == ' ')
				l++;
		}
		if (r)
			return r;
	}
	if (wn_find(idx, key, n) && (r = fn(key, n, ctx)))
		return r;
	verb_candidates(key, n, &c);
	for (size_t i = 0; i < c.n && !r; i++) {
		size_t m = strlen(c.v[i]);
		if (wn_find(idx, c.v[i], m))
			r = fn(c.v[i], m, ctx);
	}
	return r;
}

/* Where kg_lex_verb_lemma writes. */
typedef struct lemma_out {
	char *buf;  /* the caller's buffer */
	size_t cap; /* its size */
} lemma_out;

static int take_first(const char *lemma, size_t ln, void *ctx)
{
	lemma_out *o = ctx;

	if (ln >= o->cap)
		return -1;
	memcpy(o->buf, lemma, ln);
	o->buf[ln] = '\0';
	return 1;
}

const char *kg_lex_verb_lemma(const kg_lex *lex, const char *w, size_t n, char *buf, size_t cap)
{
	char key[KG_LEX_MAXKEY];
	lemma_out o = {buf, cap};
	size_t k;

	if (!lex || !w || !buf || cap == 0)
		return NULL;
	k = kg_lex_fold(key, sizeof(key), w, n);
	if (k == (size_t)-1 || k == 0)
		return NULL;
	return verb_lemmas(lex, key, k, take_first, &o) == 1 ? buf : NULL;
}

static int is_target(const char *lemma, size_t ln, void *ctx)
{
	const char *want = ctx;

	return strlen(want) == ln && strncasecmp(lemma, want, ln) == 0;
}

int kg_lex_lemma_is(const kg_lex *lex, const char *w, size_t n, const char *lemma)
{
	char key[KG_LEX_MAXKEY];
	size_t k;

	if (!lex || !w || !lemma)
		return 0;
	k = kg_lex_fold(key, sizeof(key), w, n);
	if (k == (size_t)-1 || k == 0)
		return 0;
	return verb_lemmas(lex, key, k, is_target, (void *)lemma) == 1;
}
