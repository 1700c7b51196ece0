/* token.c: from kg's tokens and sentences (src/text) to UD words: clitics split as UD English does
 * ("do n't", "it 's", "we 'll", "can not"), hyphens between letters split ("well - known") except after
 * the usual prefixes (non-, pre-, e-...), with byte offsets kept into the original text. */
#include "internal.h"

#include <ctype.h>
#include <string.h>

#include "../text/text.h"

/* Prefixes that keep their hyphen in UD English ("non-stop", "e-mail", "co-workers"). */
static const char *const kept_prefixes[] = {
	"e", "non", "pre", "post", "co", "re", "semi", "multi", "mid", "pro", "anti", "ex", "inter", "sub",
	"self", "counter", "cross", "de", "un", "over", "under", "vice", "neo", "quasi", "ultra", "x", NULL,
};

/* Clitics split off the end of a word, longest first. */
static const char *const clitics[] = { "n't", "'re", "'ve", "'ll", "'s", "'m", "'d", "'", NULL };

static int ieq_n(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
			return 0;
	return 1;
}

/* Length of the clitic w[0..n) ends with (0: none). A lone "'" counts only after an s ("players'"). */
static size_t clitic_len(const char *w, size_t n)
{
	const char *const *c;

	for (c = clitics; *c; c++) {
		size_t m = strlen(*c);
		if (n > m && ieq_n(w + n - m, *c, m)) {
			if (m == 1 && tolower((unsigned char)w[n - 2]) != 's')
				continue;
			return m;
		}
	}
	return 0;
}

static int is_letter(unsigned char c)
{
	return isalpha(c) || c >= 0x80;
}

/* 1 when the hyphen at w[h] splits the word. */
static int split_hyphen(const char *w, size_t start, size_t h, size_t n)
{
	const char *const *p;
	size_t i;

	if (h == start || h + 1 >= n || !is_letter((unsigned char)w[h - 1]) || !is_letter((unsigned char)w[h + 1]))
		return 0;
	for (i = start; i < h; i++)
		if (isdigit((unsigned char)w[i]))
			return 0;
	for (p = kept_prefixes; *p; p++)
		if (strlen(*p) == h - start && ieq_n(w + start, *p, h - start))
			return 0;
	return 1;
}

/* Adds the piece norm[a..b) with original offsets from doc. */
static int add_piece(kg_lang_sent *s, const kg_doc *doc, size_t a, size_t b)
{
	return kg_lang_sent_add(s, doc->norm + a, b - a, kg_doc_orig(doc, a), kg_doc_orig(doc, b));
}

/* Adds the UD words of the kg token norm[a..b). */
static int add_token(kg_lang_sent *s, const kg_doc *doc, size_t a, size_t b)
{
	const char *w = doc->norm;
	size_t n = b, cl, i, start = a;
	int rc;

	/* "cannot" is "can not" */
	if (b - a == 6 && ieq_n(w + a, "cannot", 6)) {
		if ((rc = add_piece(s, doc, a, a + 3)) < 0)
			return rc;
		return add_piece(s, doc, a + 3, b);
	}
	cl = clitic_len(w + a, b - a);
	/* a word of letters before the clitic: "don't" -> do n't, "it's" -> it 's */
	if (cl && !is_letter((unsigned char)w[b - cl - 1]) && w[b - cl] != 'n' && w[b - cl] != 'N')
		cl = 0;
	n = b - cl;
	for (i = a; i < n; i++) {
		if (w[i] == '-' && split_hyphen(w, start, i, n)) {
			if ((rc = add_piece(s, doc, start, i)) < 0 || (rc = add_piece(s, doc, i, i + 1)) < 0)
				return rc;
			start = i + 1;
		}
	}
	if ((rc = add_piece(s, doc, start, n)) < 0)
		return rc;
	return cl ? add_piece(s, doc, n, b) : KG_OK;
}

int kg_lang_sent_from_parsed(kg_lang_sent *s, const kg_parsed *p, size_t sent)
{
	const kg_sentence *se = &p->sents[sent];
	size_t i;
	int rc;

	kg_lang_sent_reset(s);
	for (i = se->first; i < se->first + se->count; i++)
		if ((rc = add_token(s, p->doc, p->tokens[i].start, p->tokens[i].end)) < 0)
			return rc;
	return KG_OK;
}

int kg_lang_tokenise(const char *text, size_t len, int (*cb)(kg_lang_sent *s, void *ctx), void *ctx)
{
	kg_doc *doc = NULL;
	kg_parsed *p = NULL;
	kg_lang_sent s = KG_LANG_SENT_INIT;
	kg_read_opts ro = KG_READ_OPTS_INIT;
	size_t i;
	int rc;

	ro.replace_invalid = 1;

	if ((rc = kg_doc_new(&doc, "text", "-", text, len, &ro, NULL)) < 0 || (rc = kg_text_parse(&p, doc, NULL)) < 0)
		goto done;
	for (i = 0; i < p->n_sents; i++) {
		if ((rc = kg_lang_sent_from_parsed(&s, p, i)) < 0)
			goto done;
		if (s.n && (rc = cb(&s, ctx)) != 0)
			goto done;
	}
	rc = KG_OK;
done:
	kg_lang_sent_clear(&s);
	kg_parsed_free(p);
	kg_doc_free(doc);
	return rc;
}
