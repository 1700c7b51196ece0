/* split.c: the sentence splitter and the kg_parsed API. */
#include "text_internal.h"

#include <stdlib.h>
#include <string.h>

#define KG_DEFAULT_SENTENCE_TOKENS 400
/* a headline or dateline is a short line: a longer line without a final stop is body text */
#define KG_HEADLINE_MAX_TOKENS 40
/* closing quotes or brackets looked through after a final stop */
#define KG_MAX_CLOSERS 4

/* First byte of token i. */
static unsigned char first_byte(const kg_parsed *p, size_t i)
{
	return (unsigned char)p->doc->norm[p->tokens[i].start];
}

/* Last byte of token i. */
static unsigned char last_byte(const kg_parsed *p, size_t i)
{
	return (unsigned char)p->doc->norm[p->tokens[i].end - 1];
}

/* 1 for '.', '!', '?' and runs of dots. */
static int is_stop(const kg_parsed *p, size_t i)
{
	unsigned char c = first_byte(p, i);

	return (p->tokens[i].flags & KG_TOK_PUNCT) && (c == '.' || c == '!' || c == '?');
}

/* 1 for a quotation mark or closing bracket. */
static int is_closer(const kg_parsed *p, size_t i)
{
	unsigned char c = first_byte(p, i);

	return (p->tokens[i].flags & KG_TOK_QUOTE) ||
	       ((p->tokens[i].flags & KG_TOK_PUNCT) && (c == ')' || c == ']' || c == '}'));
}

/* 1 when token i may open a sentence: a capital, a digit, a quotation mark or an opening bracket. */
static int may_open(const kg_parsed *p, size_t i)
{
	unsigned f = p->tokens[i].flags;
	unsigned char c = first_byte(p, i);

	return (f & (KG_TOK_CAP | KG_TOK_NUM | KG_TOK_QUOTE)) || c == '(' || c == '[';
}

/* 1 when token i is a capitalised word that usually opens a sentence. */
static int is_starter(const kg_parsed *p, size_t i)
{
	return (p->tokens[i].flags & KG_TOK_CAP) && kg_text_is_starter(kg_tok_str(p, i), kg_tok_len(p, i));
}

/* 1 when token i is a lower-case word of two letters or more ("comment" in "comment.In"). */
static int is_lower_word(const kg_parsed *p, size_t i)
{
	unsigned f = p->tokens[i].flags;
	unsigned char c = first_byte(p, i);

	return (f & KG_TOK_WORD) && !(f & (KG_TOK_CAP | KG_TOK_NUM | KG_TOK_ABBREV)) && kg_tok_len(p, i) >= 2 &&
	       (c >= 0x80 || (c >= 'a' && c <= 'z'));
}

/* 1 when a sentence that began at token first ends before token t (first < t, same line). */
static int ends_before(const kg_parsed *p, size_t first, size_t t)
{
	const kg_token *next = &p->tokens[t];
	size_t k = t - 1;
	int steps = 0;

	while (k > first && steps < KG_MAX_CLOSERS && is_closer(p, k) && !(p->tokens[k].flags & KG_TOK_SPACE_BEFORE)) {
		k--;
		steps++;
	}
	if (is_stop(p, k)) {
		if (next->flags & KG_TOK_SPACE_BEFORE)
			return may_open(p, t);
		/* run-together "comment.In Brussels" */
		return k == t - 1 && k > first && (next->flags & KG_TOK_CAP) && (next->flags & KG_TOK_WORD) &&
		       p->tokens[k - 1].end == p->tokens[k].start && is_lower_word(p, k - 1);
	}
	if ((p->tokens[k].flags & KG_TOK_ABBREV) && last_byte(p, k) == '.' && (next->flags & KG_TOK_SPACE_BEFORE)) {
		int cls = kg_text_abbrev_class(kg_tok_str(p, k), kg_tok_len(p, k));

		if (cls == KG_ABBR_INITIAL || cls == KG_ABBR_ENDABLE)
			return is_starter(p, t);
	}
	return 0;
}

/* 1 when the sentence ending with token last has a final stop (after closing quotes or brackets). */
static int has_final_punct(const kg_parsed *p, size_t first, size_t last)
{
	int steps = 0;

	while (last > first && steps < KG_MAX_CLOSERS && is_closer(p, last)) {
		last--;
		steps++;
	}
	return (p->tokens[last].flags & (KG_TOK_PUNCT | KG_TOK_ABBREV)) && last_byte(p, last) &&
	       strchr(".!?:;", last_byte(p, last));
}

/* Appends sentence tokens [first, end) to p; cut is 1 when the sentence was cut at the size limit. */
static int add_sentence(kg_parsed *p, size_t *cap, size_t first, size_t end, int cut)
{
	kg_sentence *s;
	int line_start = first == 0 || (p->tokens[first].flags & KG_TOK_NEWLINE_BEFORE);
	int line_end = end == p->n_tokens || (p->tokens[end].flags & KG_TOK_NEWLINE_BEFORE);

	if (p->n_sents == *cap) {
		kg_sentence *ns = kg_grow(p->sents, cap, p->n_sents + 1, sizeof(*ns), 16);

		if (!ns)
			return KG_ENOMEM;
		p->sents = ns;
	}
	s = &p->sents[p->n_sents++];
	s->first = first;
	s->count = end - first;
	s->start = p->tokens[first].start;
	s->end = p->tokens[end - 1].end;
	s->furniture = 0;
	s->headline = !cut && line_start && line_end && s->count <= KG_HEADLINE_MAX_TOKENS &&
		      !has_final_punct(p, first, end - 1);
	p->tokens[first].flags |= KG_TOK_SENT_START;
	return KG_OK;
}

/* Groups p->tokens into sentences. */
static int split(kg_parsed *p, size_t max_tokens)
{
	size_t cap = 0, first = 0;
	int rc = KG_OK;

	if (p->n_tokens) {
		cap = p->n_tokens / 16 + 16;
		p->sents = malloc(cap * sizeof(*p->sents));
		if (!p->sents)
			return KG_ENOMEM;
	}
	for (size_t t = 1; t < p->n_tokens && rc == KG_OK; t++) {
		int cut = t - first >= max_tokens;

		if (cut || (p->tokens[t].flags & KG_TOK_NEWLINE_BEFORE) || ends_before(p, first, t)) {
			rc = add_sentence(p, &cap, first, t, cut);
			first = t;
		}
	}
	if (rc == KG_OK && p->n_tokens)
		rc = add_sentence(p, &cap, first, p->n_tokens, 0);
	return rc;
}

int kg_text_parse(kg_parsed **out, const kg_doc *doc, const kg_split_opts *opts)
{
	kg_parsed *p = NULL;
	size_t max_tokens = opts && opts->max_sentence_tokens ? opts->max_sentence_tokens : KG_DEFAULT_SENTENCE_TOKENS;
	int rc;

	*out = NULL;
	if (!doc || (!doc->norm && doc->norm_len))
		return KG_EINVAL;
	p = calloc(1, sizeof(*p));
	if (!p)
		return KG_ENOMEM;
	p->doc = doc;
	rc = kg_text_tokenize(&p->tokens, &p->n_tokens, doc->norm ? doc->norm : "", doc->norm_len);
	if (rc < 0)
		goto done;
	rc = split(p, max_tokens);
	if (rc < 0)
		goto done;
	kg_text_mark_furniture(p);
	*out = p;
	p = NULL;
done:
	kg_parsed_free(p);
	return rc;
}

void kg_parsed_free(kg_parsed *p)
{
	if (!p)
		return;
	free(p->tokens);
	free(p->sents);
	free(p);
}

int kg_tok_is(const kg_parsed *p, size_t i, const char *s)
{
	size_t n = kg_tok_len(p, i);

	return strncmp(kg_tok_str(p, i), s, n) == 0 && s[n] == '\0';
}

int kg_tok_ieq(const kg_parsed *p, size_t i, const char *s)
{
	const char *a = kg_tok_str(p, i);
	size_t n = kg_tok_len(p, i);

	for (size_t k = 0; k < n; k++) {
		unsigned char x = (unsigned char)a[k], y = (unsigned char)s[k];

		if (x >= 'A' && x <= 'Z')
			x += 'a' - 'A';
		if (y >= 'A' && y <= 'Z')
			y += 'a' - 'A';
		if (x != y || !y)
			return 0;
	}
	return s[n] == '\0';
}
