/* titles.c: matching titles of office ("Secretary of State", "Deputy Foreign Minister", "Lt. Gen.")
 * at the start of a run of words, longest match first. */
#include <stdlib.h>
#include <string.h>

#include "lex_priv.h"

/* Most qualifying words before a title ("former acting deputy"). */
#define MAX_PREFIXES 3

static int pat_cmp(const void *a, const void *b)
{
	const kg_lex_title_pat *x = a, *y = b;
	int c = strcmp(x->words[0], y->words[0]);

	return c ? c : (x->n > y->n) - (x->n < y->n);
}

/* Splits a table pattern into its compiled form. */
static int pat_compile(kg_lex_title_pat *p, const char *pattern, const char *canonical)
{
	size_t n = 1;
	const char *s = pattern;

	for (const char *c = pattern; *c; c++)
		n += *c == ' ';
	p->words = calloc(n, sizeof(char *));
	p->abbrev = calloc(n, 1);
	p->n = 0;
	p->canonical = canonical;
	if (!p->words || !p->abbrev)
		return KG_ENOMEM;
	while (p->n < n) {
		size_t len = strcspn(s, " ");
		int dot = len > 1 && s[len - 1] == '.';

		p->words[p->n] = kg_strndup(s, len - (size_t)dot);
		if (!p->words[p->n])
			return KG_ENOMEM;
		p->abbrev[p->n++] = (unsigned char)dot;
		s += len;
		while (*s == ' ')
			s++;
	}
	return KG_OK;
}

/* ORs KG_LEX_TITLE into a folded word's classes. */
static int mark_title(kg_lex *lex, const char *w)
{
	size_t old = 0;

	kg_map_get(lex->words, w, &old);
	return kg_map_put(lex->words, w, old | KG_LEX_TITLE);
}

int kg_lex_titles_open(kg_lex *lex)
{
	size_t n = 0, start;
	int rc;

	for (const kg_lex_title_def *t = kg_lex_titles; t->pattern; t++)
		n++;
	lex->titles = calloc(n, sizeof(*lex->titles));
	if (!lex->titles)
		return KG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		lex->n_titles = i + 1;
		if ((rc = pat_compile(&lex->titles[i], kg_lex_titles[i].pattern, kg_lex_titles[i].canonical)) < 0)
			return rc;
	}
	qsort(lex->titles, n, sizeof(*lex->titles), pat_cmp);
	for (size_t i = 0; i < n; i = start) {
		start = i;
		while (start < n && strcmp(lex->titles[start].words[0], lex->titles[i].words[0]) == 0)
			start++;
		if ((rc = kg_map_put(lex->title_first, lex->titles[i].words[0], (i << 16) | (start - i))) < 0)
			return rc;
		if ((rc = mark_title(lex, lex->titles[i].words[0])) < 0)
			return rc;
	}
	for (size_t i = 0; kg_lex_title_prefixes[i].pattern; i++) {
		if ((rc = kg_map_put(lex->title_prefix, kg_lex_title_prefixes[i].pattern, i)) < 0)
			return rc;
		if ((rc = mark_title(lex, kg_lex_title_prefixes[i].pattern)) < 0)
			return rc;
	}
	return KG_OK;
}

void kg_lex_titles_free(kg_lex *lex)
{
	for (size_t i = 0; lex->titles && i < lex->n_titles; i++) {
		for (size_t w = 0; lex->titles[i].words && w < lex->titles[i].n; w++)
			free(lex->titles[i].words[w]);
		free(lex->titles[i].words);
		free(lex->titles[i].abbrev);
	}
	free(lex->titles);
	lex->titles = NULL;
	lex->n_titles = 0;
}

/* Folds a word for title matching, without a trailing dot; length, or 0 when it cannot be a title
 * word (too long, empty). */
static size_t norm_word(char *dst, size_t cap, const kg_span *w)
{
	size_t k;

	if (!w->s || w->n == 0)
		return 0;
	k = kg_lex_fold(dst, cap, w->s, w->n);
	if (k == (size_t)-1)
		return 0;
	if (k > 1 && dst[k - 1] == '.')
		dst[--k] = '\0';
	return k;
}

static int is_token(const kg_span *w, char c)
{
	return w->n == 1 && w->s && w->s[0] == c;
}

/* Longest title pattern starting at words[i] (first, when not NULL, stands for words[i]'s text).
 * Returns the words consumed and the pattern's canonical in *canonical. */
static size_t match_base(const kg_lex *lex, const kg_span *words, size_t n, size_t i, const char *first,
			 const char **canonical)
{
	char w[KG_LEX_MAXKEY];
	size_t range, best = 0;

	if (i >= n)
		return 0;
	if (!first) {
		if (!norm_word(w, sizeof(w), &words[i]))
			return 0;
		first = w;
	}
	if (!kg_map_get(lex->title_first, first, &range))
		return 0;
	for (size_t t = range >> 16; t < (range >> 16) + (range & 0xFFFF); t++) {
		const kg_lex_title_pat *p = &lex->titles[t];
		size_t j = i + 1, k;

		for (k = 1; k < p->n; k++) {
			char cur[KG_LEX_MAXKEY];
			/* a lone "." after an abbreviation ("Lt" "." "Gen"), a lone "-" inside a compound */
			while (j < n && ((p->abbrev[k - 1] && is_token(&words[j], '.')) || is_token(&words[j], '-')))
				j++;
			if (j >= n || !norm_word(cur, sizeof(cur), &words[j]) || strcmp(cur, p->words[k]) != 0)
				break;
			j++;
		}
		if (k < p->n)
			continue;
		if (p->abbrev[p->n - 1] && j < n && is_token(&words[j], '.'))
			j++;
		if (j - i > best) {
			best = j - i;
			*canonical = p->canonical;
		}
	}
	return best;
}

size_t kg_lex_title(const kg_lex *lex, const kg_span *words, size_t n, const char **canonical)
{
	const char *pre[MAX_PREFIXES], *base = NULL;
	char w[KG_LEX_MAXKEY], composed[512];
	const char *first = NULL;
	size_t i = 0, npre = 0, len, idx, k = 0;

	if (canonical)
		*canonical = NULL;
	if (!lex || !words || n == 0)
		return 0;
	while (i < n && npre < MAX_PREFIXES && (k = norm_word(w, sizeof(w), &words[i]))) {
		if (k > 3 && memcmp(w, "ex-", 3) == 0) { /* "ex-President" */
			pre[npre++] = "Former";
			first = w + 3;
			break;
		}
		if (!kg_map_get(lex->title_prefix, w, &idx))
			break;
		pre[npre++] = kg_lex_title_prefixes[idx].canonical;
		i++;
		if (strcmp(w, "ex") == 0 && i < n && is_token(&words[i], '-'))
			i++;
	}
	if (npre) {
		len = match_base(lex, words, n, i, first, &base);
		if (!len) {
			npre = 0;
			i = 0;
			len = match_base(lex, words, n, 0, NULL, &base);
		}
	} else {
		/* no prefix: w already holds words[0] folded, unless it could not be folded */
		len = k ? match_base(lex, words, n, 0, w, &base) : 0;
	}
	if (!len)
		return 0;
	if (npre) {
		size_t c = 0;
		for (size_t p = 0; p < npre; p++)
			c += (size_t)snprintf(composed + c, sizeof(composed) - c, "%s ", pre[p]);
		snprintf(composed + c, sizeof(composed) - c, "%s", base);
		/* "Vice" + "President" is the table's "Vice President" anyway */
		base = kg_lex_intern_late(lex, composed);
		if (!base)
			return 0;
	}
	if (canonical)
		*canonical = base;
	return i + len;
}
