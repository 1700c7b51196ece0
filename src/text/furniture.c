/* furniture.c: finds web-page furniture among sentences: share buttons, bylines, footers, author bios. */
#include "text_internal.h"

#include <string.h>

/* What a match means beyond the sentence itself. */
enum {
	F_FOOTER = 1 << 0,  /* as a whole short line it starts the footer: every later sentence is furniture */
	F_HEADLINE = 1 << 1 /* applies only to a line without a final stop */
};

/* One boilerplate pattern. */
typedef struct furniture_rule {
	const char *text; /* lower-case ASCII */
	size_t max_len;   /* longest sentence, in bytes, it applies to */
	unsigned what;    /* F_FOOTER, F_HEADLINE */
} furniture_rule;

/* The boilerplate tables, one place for every pattern: those found at the start of the sentence, after
 * bullets, followed by a non-letter... */
static const furniture_rule prefix_rules[] = {
	{"related articles", 80, F_FOOTER},
	{"related posts", 80, F_FOOTER},
	{"related stories", 80, F_FOOTER},
	{"related news", 40, F_HEADLINE},
	{"you may also like", 80, F_FOOTER},
	{"more stories", 60, F_FOOTER},
	{"leave a reply", 80, F_FOOTER},
	{"leave a comment", 80, F_FOOTER},
	{"about the author", 80, F_FOOTER},
	{"back to top", 80, F_FOOTER},
	{"share this", 120, 0},
	{"share on", 120, 0},
	{"share:", 120, 0},
	{"follow us", 200, 0},
	{"subscribe", 200, 0},
	{"sign up for", 200, 0},
	{"copyright", 300, 0},
	{"advertisement", 40, F_HEADLINE},
	{"sponsored", 40, F_HEADLINE},
	{"read more", 200, 0},
	{"read also", 200, 0},
	{"see also", 200, 0},
	{"source:", 200, 0},
	{"source ", 40, F_HEADLINE},
	{"sources:", 200, 0},
	{"photo:", 300, 0},
	{"photo by", 200, 0},
	{"image:", 300, 0},
	{"image credit", 200, 0},
	{"tags:", 300, 0},
	{"filed under", 200, 0},
	{"posted in", 120, F_HEADLINE},
	{"posted on", 120, F_HEADLINE},
	{"reporting by", 300, 0},
	{"editing by", 300, 0},
	{"web editor", 200, 0},
	{"editor:", 200, 0},
	{"edited by", 200, 0},
	{"writing by", 300, 0},
	{"do you have a story", 200, 0},
	{"do you have any questions about this story", 200, 0},
};

/* ...and those found anywhere in the sentence (at the start of a token). */
static const furniture_rule anywhere_rules[] = {
	{"your email address will not be published", 300, 0},
	{"required fields are marked", 300, 0},
	{"newsletter", 120, 0},
	{"all rights reserved", 300, 0},
	{"\xC2\xA9", 200, 0},
	{"cookie", 160, 0},
	{"click here", 200, 0},
	{"getty images", 200, 0},
};

/* Openings of an author bio ("A writer with a passion for..."). */
static const char *const bio_starts[] = {
	"a writer", "a journalist", "a reporter", "a freelance", "an author", "a correspondent", "an editor",
};

/* Phrases of an author bio following the author's name line ("... is a journalist who ..."). */
static const char *const bio_phrases[] = {
	"is a writer", "is a journalist", "is a reporter", "is a freelance", "is an author",
	"is a correspondent", "is an editor", "writes about", "has written for", "has been writing",
};

/* Openings of a line giving a contact address. */
static const char *const contact_starts[] = {"contact", "email", "e-mail", "write to", "send"};

/* An author bio sits at most this many lines before the footer or the end of the document. */
#define KG_BIO_TAIL_LINES 6
/* a byline has at most this many tokens after "By" */
#define KG_BYLINE_MAX_TOKENS 10

static unsigned char lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 'a' - 'A') : c;
}

static int is_alnum(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* 1 when s[0..n) starts with pat (ignoring ASCII case) and, if pat ends in a letter, no letter follows. */
static int prefix_ci(const char *s, size_t n, const char *pat)
{
	size_t m;

	if (!n || lower((unsigned char)s[0]) != (unsigned char)pat[0])
		return 0;
	m = strlen(pat);
	if (m > n)
		return 0;
	for (size_t i = 0; i < m; i++)
		if (lower((unsigned char)s[i]) != (unsigned char)pat[i])
			return 0;
	return m == n || !is_alnum((unsigned char)pat[m - 1]) || !is_alnum((unsigned char)s[m]);
}

/* 1 when pat occurs at s[0..n), ignoring ASCII case. */
static int at_ci(const char *s, size_t n, const char *pat)
{
	size_t k = 0;

	for (; pat[k]; k++)
		if (k >= n || lower((unsigned char)s[k]) != (unsigned char)pat[k])
			return 0;
	return 1;
}

/* 1 when pat occurs in s[0..n), ignoring ASCII case (s is short: the rules bound it). */
static int contains_ci(const char *s, size_t n, const char *pat)
{
	for (size_t i = 0; i < n; i++)
		if (lower((unsigned char)s[i]) == (unsigned char)pat[0] && at_ci(s + i, n - i, pat))
			return 1;
	return 0;
}

/* Facts about one sentence used by the rules. */
typedef struct sent_view {
	const kg_parsed *p;   /* the document */
	const kg_sentence *s; /* the sentence */
	size_t core;          /* its first token after leading bullets */
	const char *text;     /* norm text from that token */
	size_t len;           /* bytes to the sentence end */
	int line_start;       /* it opens a line */
	int whole_line;       /* it is its line */
} sent_view;

/* 1 for a bullet-like mark or opening bracket that may open a furniture line. */
static int is_bullet(const kg_parsed *p, size_t i)
{
	return (p->tokens[i].flags & KG_TOK_PUNCT) && kg_tok_len(p, i) == 1 && strchr("*-|>+#([", *kg_tok_str(p, i));
}

/* Fills v for sentence si. */
static void view(sent_view *v, const kg_parsed *p, size_t si)
{
	const kg_sentence *s = &p->sents[si];
	size_t end = s->first + s->count, k = s->first;

	while (k + 1 < end && is_bullet(p, k))
		k++;
	v->p = p;
	v->s = s;
	v->core = k;
	v->text = p->doc->norm + p->tokens[k].start;
	v->len = s->end - p->tokens[k].start;
	v->line_start = s->first == 0 || (p->tokens[s->first].flags & KG_TOK_NEWLINE_BEFORE);
	v->whole_line = v->line_start && (end == p->n_tokens || (p->tokens[end].flags & KG_TOK_NEWLINE_BEFORE));
}

/* 1 when rule r may apply to v at all. */
static int rule_applies(const furniture_rule *r, const sent_view *v)
{
	return v->len <= r->max_len && (!(r->what & F_HEADLINE) || v->s->headline);
}

/* The rule matching v, or NULL. The anywhere rules are tried together in one scan of the sentence. */
static const furniture_rule *match_rule(const sent_view *v)
{
	const size_t n_prefix = sizeof(prefix_rules) / sizeof(prefix_rules[0]);
	const size_t n_anywhere = sizeof(anywhere_rules) / sizeof(anywhere_rules[0]);
	int any = 0;

	for (size_t i = 0; i < n_prefix; i++)
		if (rule_applies(&prefix_rules[i], v) && prefix_ci(v->text, v->len, prefix_rules[i].text))
			return &prefix_rules[i];
	for (size_t i = 0; i < n_anywhere && !any; i++)
		any = rule_applies(&anywhere_rules[i], v);
	/* every pattern starts at a token */
	for (size_t t = v->core; any && t < v->s->first + v->s->count; t++) {
		size_t k = v->p->tokens[t].start - v->p->tokens[v->core].start;
		char c = (char)lower((unsigned char)v->text[k]);

		for (size_t i = 0; i < n_anywhere; i++) {
			const furniture_rule *r = &anywhere_rules[i];

			if (r->text[0] == c && rule_applies(r, v) && at_ci(v->text + k, v->len - k, r->text))
				return r;
		}
	}
	return NULL;
}

/* 1 when v is a byline: "By First Last", maybe more names joined by "and" or ','. */
static int is_byline(const kg_parsed *p, const sent_view *v)
{
	size_t end = v->s->first + v->s->count;

	if (!v->whole_line || !(kg_tok_is(p, v->core, "By") || kg_tok_is(p, v->core, "BY")) ||
	    end - v->core < 2 || end - v->core > KG_BYLINE_MAX_TOKENS + 1)
		return 0;
	for (size_t k = v->core + 1; k < end; k++) {
		unsigned f = p->tokens[k].flags;

		if ((f & KG_TOK_CAP) && (f & KG_TOK_WORD) && !(f & KG_TOK_NUM))
			continue;
		/* "By Jane Doe (jane@example.com)": the author's address in brackets ends the line (the
		 * closing bracket may be lost) */
		if ((k + 3 == end || k + 2 == end) && k > v->core + 1 && kg_tok_is(p, k, "(") &&
		    (k + 2 == end || kg_tok_is(p, k + 2, ")")) && memchr(kg_tok_str(p, k + 1), '@', kg_tok_len(p, k + 1)))
			return 1;
		if (kg_tok_is(p, k, "and") || kg_tok_is(p, k, ",") || kg_tok_is(p, k, "|") || (f & KG_TOK_POSS))
			continue;
		return 0;
	}
	return 1;
}

/* 1 when v gives a contact e-mail address: "Contact x@y.com." or a line that is little else. */
static int is_contact(const kg_parsed *p, const sent_view *v)
{
	size_t end = v->s->first + v->s->count;
	int has_email = 0;

	if (v->len > 300)
		return 0;
	for (size_t k = v->core; k < end && !has_email; k++)
		has_email = (p->tokens[k].flags & KG_TOK_WORD) && memchr(kg_tok_str(p, k), '@', kg_tok_len(p, k));
	if (!has_email)
		return 0;
	if (end - v->core <= 4)
		return 1;
	for (size_t i = 0; i < sizeof(contact_starts) / sizeof(contact_starts[0]); i++)
		if (prefix_ci(v->text, v->len, contact_starts[i]))
			return 1;
	return 0;
}

/* 1 when tokens [a, b) are 1 to n capitalised words (no numbers). */
static int cap_words(const kg_parsed *p, size_t a, size_t b, size_t n)
{
	if (b <= a || b - a > n)
		return 0;
	for (size_t k = a; k < b; k++)
		if ((p->tokens[k].flags & (KG_TOK_CAP | KG_TOK_WORD | KG_TOK_NUM)) != (KG_TOK_CAP | KG_TOK_WORD))
			return 0;
	return 1;
}

/* 1 when v is a picture credit on a line of its own: an agency's capitals and a photographer's name
 * on either side of a dash, slash or bar ("AFP - Jane Doe", "Jane Doe / EPA"), and nothing else. */
static int is_credit(const kg_parsed *p, const sent_view *v)
{
	size_t a = v->s->first, end = a + v->s->count, sep = end;

	if (!v->whole_line || !v->s->headline || v->s->count < 4 || v->s->count > 6)
		return 0;
	for (size_t k = a + 1; k + 1 < end; k++)
		if (kg_tok_len(p, k) <= 3 && (p->tokens[k].flags & KG_TOK_PUNCT) &&
		    (kg_tok_is(p, k, "-") || kg_tok_is(p, k, "/") || kg_tok_is(p, k, "|") ||
		     kg_tok_is(p, k, "\xE2\x80\x93") || kg_tok_is(p, k, "\xE2\x80\x94"))) {
			if (sep != end)
				return 0;
			sep = k;
		}
	if (sep == end)
		return 0;
	if (sep == a + 1 && (p->tokens[a].flags & KG_TOK_UPPER))
		return cap_words(p, sep + 1, end, 3) && end - sep - 1 >= 2;
	if (sep + 2 == end && (p->tokens[sep + 1].flags & KG_TOK_UPPER))
		return cap_words(p, a, sep, 3) && sep - a >= 2;
	return 0;
}

/* 1 when v is a line holding only a short name: two to four capitalised words and no stop. */
static int is_name_line(const kg_parsed *p, const sent_view *v)
{
	size_t end = v->s->first + v->s->count;

	if (!v->whole_line || !v->s->headline || v->s->count < 2 || v->s->count > 4)
		return 0;
	for (size_t k = v->s->first; k < end; k++) {
		unsigned f = p->tokens[k].flags;

		if (!(f & KG_TOK_CAP) || !(f & KG_TOK_WORD) || (f & (KG_TOK_NUM | KG_TOK_UPPER)))
			return 0;
	}
	return 1;
}

/* 1 when v opens an author bio: a line near the end, after a line holding only a name. */
static int is_bio(const sent_view *v)
{
	if (!v->line_start || v->len > 1000)
		return 0;
	for (size_t i = 0; i < sizeof(bio_starts) / sizeof(bio_starts[0]); i++)
		if (prefix_ci(v->text, v->len, bio_starts[i]))
			return 1;
	for (size_t i = 0; i < sizeof(bio_phrases) / sizeof(bio_phrases[0]); i++)
		if (contains_ci(v->text, v->len, bio_phrases[i]))
			return 1;
	return 0;
}

/* 1-based index of the line that starts the footer, or one past the last line. */
static size_t footer_line(const kg_parsed *p)
{
	size_t line = 0, found = 0;

	for (size_t i = 0; i < p->n_sents; i++) {
		const furniture_rule *r;
		sent_view v;

		view(&v, p, i);
		if (!v.line_start)
			continue;
		line++;
		if (!found && v.whole_line && (r = match_rule(&v)) && (r->what & F_FOOTER))
			found = line;
	}
	return found ? found : line + 1;
}

void kg_text_mark_furniture(kg_parsed *p)
{
	size_t line = 0, foot = footer_line(p);
	size_t none = (size_t)-1, cur_line = none, prev_line = none; /* first sentence of this / the previous line */
	int footer = 0, bio = 0;

	for (size_t i = 0; i < p->n_sents; i++) {
		kg_sentence *s = &p->sents[i];
		const furniture_rule *r;
		sent_view v;

		view(&v, p, i);
		if (v.line_start) {
			line++;
			prev_line = cur_line;
			cur_line = i;
			bio = 0;
		}
		if (footer || bio) {
			s->furniture = 1;
			continue;
		}
		r = match_rule(&v);
		if (r) {
			s->furniture = 1;
			if ((r->what & F_FOOTER) && v.whole_line)
				footer = 1;
			continue;
		}
		if (is_byline(p, &v) || is_contact(p, &v) || is_credit(p, &v)) {
			s->furniture = 1;
			continue;
		}
		if (v.line_start && prev_line != none && line + KG_BIO_TAIL_LINES >= foot) {
			sent_view pv;

			view(&pv, p, prev_line);
			if (is_name_line(p, &pv) && is_bio(&v)) {
				bio = 1;
				s->furniture = 1;
				p->sents[prev_line].furniture = 1;
			}
		}
	}
}
