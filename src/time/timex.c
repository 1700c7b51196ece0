/* timex.c: finds time expressions in English text with a table-driven grammar (month and weekday
 * names, numerals, ordinals, relative words, units) and normalises them TIMEX3-style against an anchor. */
#include "time.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a token is. */
typedef enum tkind {
	T_WORD = 0, /* ASCII letters */
	T_NUM,      /* ASCII digits */
	T_PUNCT,    /* one punctuation mark (dashes and curly quotes folded to ASCII) */
	T_OTHER     /* any other character */
} tkind;

/* A token of the text. */
typedef struct tok {
	size_t s;      /* first byte */
	size_t e;      /* one past the last */
	tkind k;       /* what it is */
	char low[16];  /* T_WORD: lower case (empty when longer); T_PUNCT: the ASCII mark */
	int num;       /* T_NUM: its value (capped) */
	int ndig;      /* T_NUM: digits */
	int cap;       /* T_WORD: first letter upper case */
	int sp;        /* white space before it */
	int sent;      /* sentence number */
} tok;

/* The tagger's state for one text. */
typedef struct tctx {
	const char *text;     /* borrowed */
	tok *t;               /* tokens */
	size_t n;             /* how many */
	kg_date anchor;       /* document date (prec NONE when none) */
	kg_date ref;          /* the last day named, for "that evening", "the next day" */
} tctx;

/* Units of time. */
enum { U_NONE = 0, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_HOUR, U_MINUTE };

/* What an expression says before it is resolved. */
typedef enum skind {
	S_ABS = 1,  /* a calendar date, parts missing as 0 */
	S_WEEKDAY,  /* a day of the week */
	S_REL,      /* units from the anchor (or the last day named when anaphoric) */
	S_SEASON,   /* a season */
	S_DECADE,   /* "the 1990s" */
	S_DUR       /* a duration */
} skind;

/* A matched expression, before resolution. */
typedef struct spec {
	skind kind;       /* what it says */
	int y, m, d;      /* S_ABS: parts, 0 when not given; S_DECADE: y */
	int wd;           /* S_WEEKDAY: 1 (Monday) .. 7 */
	int dir;          /* -1 last, +1 next, 0 by the tense of the sentence */
	int strict;       /* 1: "last Monday" / "next Tuesday" never the anchor day itself */
	int unit;         /* S_REL: U_DAY, U_WEEK, U_MONTH, U_YEAR */
	int off;          /* S_REL: units from the reference */
	int anaphoric;    /* S_REL: the reference is the last day named */
	int season;       /* S_SEASON: 1..4; dir gives last/next */
	kg_timex_mod mod; /* modifier */
	char dur[16];     /* S_DUR: the value */
} spec;

/* A name and its number. */
typedef struct named {
	const char *w; /* lower case */
	int v;         /* its number */
	int abbr;      /* 1: an abbreviation, only before '.', a number or in a full date */
} named;

static const named months[] = {
	{ "january", 1, 0 }, { "jan", 1, 1 }, { "february", 2, 0 }, { "feb", 2, 1 }, { "march", 3, 0 },
	{ "mar", 3, 1 }, { "april", 4, 0 }, { "apr", 4, 1 }, { "may", 5, 0 }, { "june", 6, 0 }, { "jun", 6, 1 },
	{ "july", 7, 0 }, { "jul", 7, 1 }, { "august", 8, 0 }, { "aug", 8, 1 }, { "september", 9, 0 },
	{ "sep", 9, 1 }, { "sept", 9, 1 }, { "october", 10, 0 }, { "oct", 10, 1 }, { "november", 11, 0 },
	{ "nov", 11, 1 }, { "december", 12, 0 }, { "dec", 12, 1 }, { NULL, 0, 0 }
};

static const named weekdays[] = {
	{ "monday", 1, 0 }, { "mon", 1, 1 }, { "tuesday", 2, 0 }, { "tue", 2, 1 }, { "tues", 2, 1 },
	{ "wednesday", 3, 0 }, { "wed", 3, 1 }, { "thursday", 4, 0 }, { "thu", 4, 1 }, { "thur", 4, 1 },
	{ "thurs", 4, 1 }, { "friday", 5, 0 }, { "fri", 5, 1 }, { "saturday", 6, 0 }, { "sat", 6, 1 },
	{ "sunday", 7, 0 }, { "sun", 7, 1 }, { NULL, 0, 0 }
};

static const named numerals[] = {
	{ "one", 1, 0 }, { "two", 2, 0 }, { "three", 3, 0 }, { "four", 4, 0 }, { "five", 5, 0 }, { "six", 6, 0 },
	{ "seven", 7, 0 }, { "eight", 8, 0 }, { "nine", 9, 0 }, { "ten", 10, 0 }, { "eleven", 11, 0 },
	{ "twelve", 12, 0 }, { "thirteen", 13, 0 }, { "fourteen", 14, 0 }, { "fifteen", 15, 0 },
	{ "sixteen", 16, 0 }, { "seventeen", 17, 0 }, { "eighteen", 18, 0 }, { "nineteen", 19, 0 },
	{ "twenty", 20, 0 }, { "thirty", 30, 0 }, { "forty", 40, 0 }, { "fifty", 50, 0 }, { "sixty", 60, 0 },
	{ "seventy", 70, 0 }, { "eighty", 80, 0 }, { "ninety", 90, 0 }, { "hundred", 100, 0 },
	{ "a", 1, 1 }, { "an", 1, 1 }, { "several", -1, 0 }, { "few", -1, 0 }, { "many", -1, 0 },
	{ "some", -1, 1 }, { NULL, 0, 0 }
};

static const named units[] = {
	{ "day", U_DAY, 0 }, { "days", U_DAY, 0 }, { "week", U_WEEK, 0 }, { "weeks", U_WEEK, 0 },
	{ "month", U_MONTH, 0 }, { "months", U_MONTH, 0 }, { "year", U_YEAR, 0 }, { "years", U_YEAR, 0 },
	{ "decade", U_DECADE, 0 }, { "decades", U_DECADE, 0 }, { "hour", U_HOUR, 0 }, { "hours", U_HOUR, 0 },
	{ "minute", U_MINUTE, 0 }, { "minutes", U_MINUTE, 0 }, { "fortnight", -2, 0 }, { NULL, 0, 0 }
};

static const named seasons[] = {
	{ "spring", 1, 0 }, { "summer", 2, 0 }, { "autumn", 3, 0 }, { "fall", 3, 1 }, { "winter", 4, 0 },
	{ NULL, 0, 0 }
};

/* Parts of a day: they keep the day's value ("Tuesday morning"). */
static const char *const day_parts[] = { "morning", "afternoon", "evening", "night", NULL };

/* Words before a month name standing alone ("in March", "her July announcement"), a season or a year. */
static const char *const lead_words[] = {
	"in", "since", "by", "until", "till", "from", "before", "after", "of", "during", "through", "to",
	"early", "late", "mid", "last", "next", "this", "that", "her", "his", "their", "its", "our", "the",
	"each", "every", "between", "and", "or", "for", "around", "circa", "on", "throughout", "a", "fiscal",
	"past", NULL
};

/* Words before a bare year ("in 2019", "the 2015 deal"). */
static const char *const year_lead_words[] = {
	"in", "since", "by", "until", "till", "from", "before", "after", "of", "during", "through", "to",
	"early", "late", "mid", "the", "a", "between", "and", "for", "around", "circa", "year", "fiscal",
	"throughout", "spring", "summer", "autumn", "fall", "winter", NULL
};

/* Words that put an expression in the future. */
static const char *const future_cues[] = {
	"will", "ll", "shall", "wo", "scheduled", "schedule", "expected", "expects", "expect", "plans", "plan",
	"planned", "planning", "due", "upcoming", "ahead", "next", "going", "intends", "intend", "aims",
	"hopes", "would", "forthcoming", "coming", "tomorrow", NULL
};

/* Past forms that do not end in -ed. */
static const char *const past_cues[] = {
	"met", "held", "was", "were", "had", "did", "said", "told", "took", "made", "gave", "came", "went",
	"saw", "spoke", "flew", "left", "began", "won", "lost", "sent", "paid", "led", "brought", "thought",
	"got", "wrote", "ran", "struck", "sat", "stood", "became", "found", "kept", "meant", "felt", "fell",
	"chose", "drove", "rose", "ago", "yesterday", "last", NULL
};

/* Abbreviations whose '.' does not end a sentence. */
static const char *const abbrevs[] = {
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
	"tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "mr", "mrs", "ms", "dr", "st", "gen",
	"gov", "sen", "rep", "prof", "no", "vs", "jr", "sr", "lt", "col", "capt", "sgt", "inc", "corp", "co",
	"ltd", "kan", "calif", "fla", "mass", "ariz", "wash", "pa", "va", NULL
};

/* (These run for every token against every table: the first byte is compared before the call.) */
static int in_list(const char *const *list, const char *w)
{
	for (size_t i = 0; list[i]; i++)
		if (list[i][0] == w[0] && strcmp(list[i], w) == 0)
			return 1;
	return 0;
}

static const named *find_named(const named *tab, const char *w)
{
	if (!w[0])
		return NULL;
	for (size_t i = 0; tab[i].w; i++)
		if (tab[i].w[0] == w[0] && strcmp(tab[i].w, w) == 0)
			return &tab[i];
	return NULL;
}

/* ---- tokens ---- */

/* Decodes one UTF-8 code point at s[i..n) into *cp; returns its length (1 for a bad byte). */
static size_t utf8_at(const char *s, size_t i, size_t n, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t len = n - i;

	if (u[0] < 0x80) {
		*cp = u[0];
		return 1;
	}
	/* overlong forms are bad bytes: a letter read from two bytes would be a word of no bytes */
	if ((u[0] & 0xE0) == 0xC0 && u[0] >= 0xC2 && len >= 2 && (u[1] & 0xC0) == 0x80) {
		*cp = ((unsigned)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
		return 2;
	}
	if ((u[0] & 0xF0) == 0xE0 && len >= 3 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80) {
		*cp = ((unsigned)(u[0] & 0x0F) << 12) | ((unsigned)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		return 3;
	}
	if ((u[0] & 0xF8) == 0xF0 && len >= 4 && (u[1] & 0xC0) == 0x80 && (u[2] & 0xC0) == 0x80 &&
	    (u[3] & 0xC0) == 0x80) {
		*cp = ((unsigned)(u[0] & 0x07) << 18) | ((unsigned)(u[1] & 0x3F) << 12) |
		      ((unsigned)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
		return 4;
	}
	*cp = 0xFFFD;
	return 1;
}

/* A code point read as white space, or as an ASCII mark ('-', '\''), or 0. */
static int fold_cp(unsigned cp)
{
	if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000 || cp == 0x205F)
		return ' ';
	if (cp == 0x2028 || cp == 0x2029 || cp == 0x85)
		return '\n';
	if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212)
		return '-';
	if (cp >= 0x2018 && cp <= 0x201B)
		return '\'';
	if (cp >= 0x201C && cp <= 0x201F)
		return '"';
	return 0;
}

static int is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Splits text into tokens with sentence numbers. */
static int tokenize(tctx *c, const char *text, size_t len)
{
	size_t cap = 0, i = 0;
	int sp = 1, sent = 0, nl = 0;

	c->t = NULL;
	c->n = 0;
	while (i < len) {
		tok t;
		unsigned cp;
		size_t l = utf8_at(text, i, len, &cp);
		int f = l == 1 ? (int)cp : fold_cp(cp);

		if (f == ' ' || f == '\t' || f == '\r' || f == '\f' || f == '\v' || f == '\n' || (f == 0 && cp == 0)) {
			if (f == '\n')
				nl++;
			sp = 1;
			i += l;
			continue;
		}
		memset(&t, 0, sizeof(t));
		t.s = i;
		t.sp = sp;
		if (l == 1 && is_letter(text[i])) {
			size_t j = i;

			while (j < len && is_letter(text[j]))
				j++;
			t.k = T_WORD;
			t.cap = text[i] >= 'A' && text[i] <= 'Z';
			if (j - i < sizeof(t.low))
				for (size_t k = i; k < j; k++)
					t.low[k - i] = (char)(text[k] | 0x20);
			t.e = j;
		} else if (l == 1 && is_digit(text[i])) {
			size_t j = i;

			while (j < len && is_digit(text[j])) {
				if (t.num < 100000)
					t.num = t.num * 10 + (text[j] - '0');
				j++;
			}
			t.k = T_NUM;
			t.ndig = (int)(j - i);
			t.e = j;
		} else if (f) {
			t.k = T_PUNCT;
			t.low[0] = (char)f;
			t.e = i + l;
		} else {
			t.k = T_OTHER;
			t.e = i + l;
		}
		/* a line break after a line without a final stop ends a sentence too (headlines, datelines) */
		if (nl && c->n)
			sent++;
		t.sent = sent;
		nl = 0;
		sp = 0;
		if (c->n == cap) {
			tok *v = kg_grow(c->t, &cap, c->n + 1, sizeof(*v), 256);

			if (!v)
				return KG_ENOMEM;
			c->t = v;
		}
		c->t[c->n++] = t;
		i = t.e;
		if (t.k == T_PUNCT && (t.low[0] == '!' || t.low[0] == '?' || t.low[0] == ';'))
			sent++;
		if (t.k == T_PUNCT && t.low[0] == '.' && c->n >= 2) {
			const tok *p = &c->t[c->n - 2];

			if (!(p->k == T_WORD && (in_list(abbrevs, p->low) || (p->e - p->s == 1 && p->cap))) &&
			    p->e == t.s)
				sent++;
			else if (p->k != T_WORD)
				sent++;
		}
	}
	return KG_OK;
}

/* Token helpers: i may be out of range. */
static const tok *tk(const tctx *c, size_t i)
{
	static const tok none = { 0, 0, T_OTHER, "", 0, 0, 0, 1, -1 };

	return i < c->n ? &c->t[i] : &none;
}

static int is_w(const tctx *c, size_t i, const char *w)
{
	const tok *t = tk(c, i);

	return t->k == T_WORD && t->low[0] == w[0] && strcmp(t->low, w) == 0;
}

static int is_p(const tctx *c, size_t i, char p)
{
	const tok *t = tk(c, i);

	return t->k == T_PUNCT && t->low[0] == p;
}

/* The word before token i in the same sentence, or "" */
static const char *prev_word(const tctx *c, size_t i)
{
	if (i == 0 || c->t[i - 1].k != T_WORD || c->t[i - 1].sent != c->t[i].sent)
		return "";
	return c->t[i - 1].low;
}

/* A month at token i (capitalised; an abbreviation only before '.' or a number): its number, and
 * *end one past it (and its '.'), else 0. */
static int month_at(const tctx *c, size_t i, size_t *end)
{
	const tok *t = tk(c, i);
	const named *m;

	if (t->k != T_WORD || !t->cap || !(m = find_named(months, t->low)))
		return 0;
	*end = i + 1;
	if (m->abbr && is_p(c, i + 1, '.') && tk(c, i + 1)->s == t->e) {
		*end = i + 2;
		return m->v;
	}
	if (m->abbr && tk(c, i + 1)->k != T_NUM)
		return 0;
	return m->v;
}

/* A weekday at token i: its number and *end (abbreviations with their '.'), *abbr set for them. */
static int weekday_at(const tctx *c, size_t i, size_t *end, int *abbr)
{
	const tok *t = tk(c, i);
	const named *w;

	if (t->k != T_WORD || !t->cap || !(w = find_named(weekdays, t->low)))
		return 0;
	*abbr = w->abbr;
	*end = i + 1;
	if (w->abbr && is_p(c, i + 1, '.') && tk(c, i + 1)->s == t->e)
		*end = i + 2;
	return w->v;
}

/* A day of the month at token i ("18", "18th"): its number and *end. */
static int mday_at(const tctx *c, size_t i, size_t *end)
{
	const tok *t = tk(c, i);

	if (t->k != T_NUM || t->ndig > 2 || t->num < 1 || t->num > 31)
		return 0;
	*end = i + 1;
	if (tk(c, i + 1)->k == T_WORD && tk(c, i + 1)->s == t->e &&
	    (is_w(c, i + 1, "st") || is_w(c, i + 1, "nd") || is_w(c, i + 1, "rd") || is_w(c, i + 1, "th")))
		*end = i + 2;
	/* a clock time is not a day: "10:30" */
	if (is_p(c, *end, ':') && tk(c, *end)->s == tk(c, *end - 1)->e)
		return 0;
	return t->num;
}

/* A year at token i: four digits 1000..2999 not glued to letters or more digits. */
static int year_at(const tctx *c, size_t i)
{
	const tok *t = tk(c, i);

	if (t->k != T_NUM || t->ndig != 4 || t->num < 1000 || t->num > 2999)
		return 0;
	if (tk(c, i + 1)->s == t->e && (tk(c, i + 1)->k == T_WORD || tk(c, i + 1)->k == T_NUM ||
					 is_p(c, i + 1, '%')))
		return 0;
	return t->num;
}

/* ---- patterns: each returns one past its last token (0: no match) and fills *s ---- */

/* "2022-10-18", "2022/10/18" */
static size_t pat_iso(const tctx *c, size_t i, spec *s)
{
	const tok *y = tk(c, i), *m = tk(c, i + 2), *d = tk(c, i + 4);
	char sep;

	if (y->k != T_NUM || y->ndig != 4 || !(is_p(c, i + 1, '-') || is_p(c, i + 1, '/')))
		return 0;
	sep = tk(c, i + 1)->low[0];
	if (m->k != T_NUM || m->ndig != 2 || !is_p(c, i + 3, sep) || d->k != T_NUM || d->ndig != 2)
		return 0;
	if (tk(c, i + 1)->s != y->e || m->s != tk(c, i + 1)->e || tk(c, i + 3)->s != m->e || d->s != tk(c, i + 3)->e)
		return 0;
	if (!kg_time_valid_day(y->num, m->num, d->num))
		return 0;
	s->kind = S_ABS;
	s->y = y->num;
	s->m = m->num;
	s->d = d->num;
	return i + 5;
}

/* A range's second day: "-10", "to 29", "and 29" (the span covers it, the value is the first day). */
static size_t range_tail(const tctx *c, size_t i)
{
	size_t e;

	if ((is_p(c, i, '-') || is_w(c, i, "to") || is_w(c, i, "and")) && mday_at(c, i + 1, &e) &&
	    !(tk(c, e)->k == T_WORD && month_at(c, e, &(size_t){ 0 })))
		return e;
	return i;
}

/* A day d of month m whose words end before token k, and the year that may follow (", 2022"): one
 * past the last token. */
static size_t day_month_year(const tctx *c, size_t k, int m, int d, spec *s)
{
	int y;

	s->kind = S_ABS;
	s->m = m;
	s->d = d;
	if (is_p(c, k, ',') && year_at(c, k + 1))
		k++;
	if ((y = year_at(c, k))) {
		s->y = y;
		k++;
	}
	return k;
}

/* Dates with a month name: "[Tuesday,] 18 [of] October [2022]", "[Tuesday,] Oct. 18[, 2022]",
 * "October 2022", "9-10 February", "November 27 to 29". */
static size_t pat_date(const tctx *c, size_t i, spec *s)
{
	size_t j = i, e, e2;
	int wd = 0, abbr = 0, m, d, y;

	if ((wd = weekday_at(c, j, &e, &abbr))) {
		j = e;
		if (is_p(c, j, ','))
			j++;
	}
	if (is_w(c, j, "the") && tk(c, j + 1)->k == T_NUM)
		j++;
	/* day first */
	if ((d = mday_at(c, j, &e))) {
		size_t k = e, r = e;

		/* "9-10 February" */
		if (is_p(c, k, '-') && mday_at(c, k + 1, &r))
			k = r;
		if (is_w(c, k, "of"))
			k++;
		if ((m = month_at(c, k, &e2)) && kg_time_valid_day(2000, m, d))
			return day_month_year(c, e2, m, d, s);
		if (wd)
			return 0;
	}
	if ((m = month_at(c, j, &e))) {
		size_t k = e;

		if ((d = mday_at(c, k, &e2)) && kg_time_valid_day(2000, m, d) && !year_at(c, k))
			return day_month_year(c, range_tail(c, e2), m, d, s);
		if (!wd) {
			if (is_p(c, k, ','))
				k++;
			if ((y = year_at(c, k))) {
				s->kind = S_ABS;
				s->m = m;
				s->y = y;
				return k + 1;
			}
		}
	}
	return 0;
}

/* A month name alone, after a word that leads dates: "in March", "her July announcement", "next May". */
static size_t pat_month(const tctx *c, size_t i, spec *s)
{
	size_t e;
	int m, dir = 0;
	const char *pw = prev_word(c, i);
	const named *mn;

	if (!(m = month_at(c, i, &e)) || !in_list(lead_words, pw))
		return 0;
	mn = find_named(months, c->t[i].low);
	if (mn && mn->abbr && e == i + 1)
		return 0;
	if (strcmp(pw, "last") == 0)
		dir = -1;
	else if (strcmp(pw, "next") == 0)
		dir = 1;
	s->kind = S_ABS;
	s->m = m;
	s->dir = dir;
	s->strict = dir != 0;
	return e;
}

/* A year after a word that leads dates: "in 2019", "the 2015 deal", "since 2024"; "the 1990s". */
static size_t pat_year(const tctx *c, size_t i, spec *s)
{
	const tok *t = tk(c, i);
	const char *pw = prev_word(c, i);

	/* "the 1990s" */
	if (t->k == T_NUM && t->ndig == 4 && t->num % 10 == 0 && t->num >= 1000 && t->num < 3000 &&
	    is_w(c, i + 1, "s") && tk(c, i + 1)->s == t->e) {
		s->kind = S_DECADE;
		s->y = t->num;
		return i + 2;
	}
	if (!year_at(c, i) || !in_list(year_lead_words, pw))
		return 0;
	if (t->num < 1800 || t->num > 2100)
		return 0;
	s->kind = S_ABS;
	s->y = t->num;
	return i + 1;
}

/* "mid-2020", "early 2022", "late March", "the end of 2019", "the beginning of the year". */
static size_t pat_mod(const tctx *c, size_t i, spec *s)
{
	static const struct { const char *w; kg_timex_mod mod; } mods[] = {
		{ "early", KG_TIMEX_MOD_START }, { "mid", KG_TIMEX_MOD_MID }, { "late", KG_TIMEX_MOD_END },
		{ "end", KG_TIMEX_MOD_END }, { "beginning", KG_TIMEX_MOD_START }, { "start", KG_TIMEX_MOD_START },
		{ "middle", KG_TIMEX_MOD_MID }, { NULL, KG_TIMEX_MOD_NONE }
	};
	size_t j = i, e;
	int k, m, y, of = 0;

	if (is_w(c, j, "the"))
		j++;
	for (k = 0; mods[k].w && !is_w(c, j, mods[k].w); k++)
		;
	if (!mods[k].w)
		return 0;
	of = k >= 3; /* end/beginning/start/middle need "of" */
	if (of != (j > i))
		return 0; /* "the early ..." is not one; "end of" needs "the" */
	j++;
	if (of) {
		if (!is_w(c, j, "of"))
			return 0;
		j++;
	} else if (is_p(c, j, '-') && tk(c, j)->s == tk(c, j - 1)->e) {
		j++;
	}
	if ((y = year_at(c, j)) && y >= 1800 && y <= 2100) {
		s->kind = S_ABS;
		s->y = y;
		s->mod = mods[k].mod;
		return j + 1;
	}
	if ((m = month_at(c, j, &e))) {
		s->kind = S_ABS;
		s->m = m;
		s->mod = mods[k].mod;
		if ((y = year_at(c, e))) {
			s->y = y;
			e++;
		}
		return e;
	}
	/* "the end of the year", "the end of this month", "the end of last week" */
	if (of) {
		int off = 0;
		const named *u;

		if (is_w(c, j, "the") || is_w(c, j, "this"))
			j++;
		else if (is_w(c, j, "last"))
			off = -1, j++;
		else if (is_w(c, j, "next"))
			off = 1, j++;
		u = find_named(units, tk(c, j)->low);
		if (u && tk(c, j)->k == T_WORD && u->v >= U_WEEK && u->v <= U_YEAR && strchr("kry", tk(c, j)->low[strlen(tk(c, j)->low) - 1])) {
			s->kind = S_REL;
			s->unit = u->v;
			s->off = off;
			s->mod = mods[k].mod;
			return j + 1;
		}
	}
	return 0;
}

/* A day part after token e ("morning"): one past it, else e. */
static size_t day_part(const tctx *c, size_t e)
{
	const tok *t = tk(c, e);

	if (t->k == T_WORD && in_list(day_parts, t->low))
		return e + 1;
	return e;
}

/* "Monday", "on Monday morning", "last Friday", "next Tuesday", "this Thursday". */
static size_t pat_weekday(const tctx *c, size_t i, spec *s)
{
	size_t j = i, e;
	int wd, abbr = 0, dir = 0;

	if (is_w(c, j, "last") || is_w(c, j, "past")) {
		dir = -1;
		j++;
	} else if (is_w(c, j, "next") || is_w(c, j, "coming")) {
		dir = 1;
		j++;
	} else if (is_w(c, j, "this")) {
		j++;
	}
	if (!(wd = weekday_at(c, j, &e, &abbr)) || abbr)
		return 0;
	s->kind = S_WEEKDAY;
	s->wd = wd;
	s->dir = dir;
	s->strict = dir != 0;
	return day_part(c, e);
}

/* today, yesterday, tomorrow, tonight, this morning, last night, the day before yesterday. */
static size_t pat_dayword(const tctx *c, size_t i, spec *s)
{
	static const struct { const char *w1, *w2; int off; } words[] = {
		{ "today", NULL, 0 }, { "yesterday", NULL, -1 }, { "tomorrow", NULL, 1 }, { "tonight", NULL, 0 },
		{ "this", "morning", 0 }, { "this", "afternoon", 0 }, { "this", "evening", 0 },
		{ "last", "night", -1 }, { "overnight", NULL, 0 }, { NULL, NULL, 0 }
	};

	s->kind = S_REL;
	s->unit = U_DAY;
	if (is_w(c, i, "the") && is_w(c, i + 1, "day") && (is_w(c, i + 2, "before") || is_w(c, i + 2, "after")) &&
	    (is_w(c, i + 3, "yesterday") || is_w(c, i + 3, "tomorrow"))) {
		s->off = is_w(c, i + 3, "yesterday") ? -2 : 2;
		return i + 4;
	}
	for (size_t k = 0; words[k].w1; k++) {
		if (!is_w(c, i, words[k].w1) || (words[k].w2 && !is_w(c, i + 1, words[k].w2)))
			continue;
		s->off = words[k].off;
		if (words[k].w2)
			return i + 2;
		/* "yesterday morning" */
		return words[k].off != 0 || strcmp(words[k].w1, "today") == 0 ? day_part(c, i + 1) : i + 1;
	}
	return 0;
}

/* Relative periods: "last week", "this month", "next year", "earlier this month", "later in the
 * year", "the previous month", "the next day", "that evening", "the same day". */
static size_t pat_rel(const tctx *c, size_t i, spec *s)
{
	size_t j = i;
	int off = 0, ana = 0, ok = 0;
	const named *u;

	if (is_w(c, j, "earlier") || is_w(c, j, "later")) {
		if (is_w(c, j + 1, "in") && is_w(c, j + 2, "the") && (u = find_named(units, tk(c, j + 3)->low)) &&
		    u->v >= U_WEEK && u->v <= U_YEAR && !strchr(tk(c, j + 3)->low, 's')) {
			s->kind = S_REL;
			s->unit = u->v;
			s->off = 0;
			return j + 4;
		}
		j++;
	}
	if (is_w(c, j, "last") || is_w(c, j, "previous") || is_w(c, j, "preceding"))
		off = -1, ok = 1;
	else if (is_w(c, j, "this") || is_w(c, j, "current"))
		off = 0, ok = 1;
	else if (is_w(c, j, "next") || is_w(c, j, "coming") || is_w(c, j, "following"))
		off = 1, ok = 1;
	if (j > i && !ok)
		return 0;
	if (is_w(c, j, "the") && (is_w(c, j + 1, "previous") || is_w(c, j + 1, "preceding") ||
				  is_w(c, j + 1, "following") || is_w(c, j + 1, "next") || is_w(c, j + 1, "same"))) {
		off = is_w(c, j + 1, "same") ? 0 : is_w(c, j + 1, "following") || is_w(c, j + 1, "next") ? 1 : -1;
		ana = 1;
		j++;
		ok = 1;
	} else if (is_w(c, j, "that") && j == i) {
		ana = 1;
		ok = 1;
		off = 0;
	}
	if (!ok)
		return 0;
	j++;
	if (ana && tk(c, j)->k == T_WORD && in_list(day_parts, tk(c, j)->low) && off == 0) {
		s->kind = S_REL;
		s->unit = U_DAY;
		s->anaphoric = 1;
		return j + 1;
	}
	u = find_named(units, tk(c, j)->low);
	if (!u || tk(c, j)->k != T_WORD || u->v < U_DAY || u->v > U_YEAR || tk(c, j)->low[strlen(tk(c, j)->low) - 1] == 's')
		return 0;
	/* "the next day" needs a day named before it; "next week" is from the anchor */
	if (!ana && u->v == U_DAY)
		return 0;
	/* "the previous year's election": fine; "the following week" anaphoric */
	s->kind = S_REL;
	s->unit = u->v;
	s->off = off;
	s->anaphoric = ana && u->v == U_DAY;
	return j + 1;
}

/* A count at token i: a number or a numeral word; *end one past it; -1 for "several"; 0 none. */
static int count_at(const tctx *c, size_t i, size_t *end, int *article)
{
	const tok *t = tk(c, i);
	const named *n;

	*article = 0;
	if (t->k == T_NUM && t->ndig <= 3 && t->num > 0) {
		*end = i + 1;
		return t->num;
	}
	if (t->k != T_WORD || !(n = find_named(numerals, t->low)))
		return 0;
	*end = i + 1;
	*article = n->abbr;
	/* "twenty-five" */
	if (n->v >= 20 && n->v <= 90 && is_p(c, i + 1, '-')) {
		const named *n2 = find_named(numerals, tk(c, i + 2)->low);

		if (n2 && n2->v >= 1 && n2->v <= 9 && !n2->abbr) {
			*end = i + 3;
			return n->v + n2->v;
		}
	}
	/* "a few" */
	if (n->abbr && n->v == 1 && is_w(c, i + 1, "few")) {
		*end = i + 2;
		return -1;
	}
	return n->v;
}

/* Words before "a week", "a year" that make them a duration. */
static const char *const dur_lead_words[] = {
	"within", "for", "in", "over", "about", "nearly", "almost", "than", "after", "just", "only", "some",
	"around", NULL
};

/* Durations "two-day", "five years", "45 minutes", "within a week", "after months of"; "two weeks
 * ago" is a date. */
static size_t pat_dur(const tctx *c, size_t i, spec *s)
{
	size_t j, e;
	int n, article, unit;
	const named *u;
	const char *codes = "?DWMYDHM";

	/* bare plurals: "after months of", "for years" */
	if ((u = find_named(units, tk(c, i)->low)) && tk(c, i)->k == T_WORD && u->v >= U_DAY && u->v <= U_DECADE &&
	    tk(c, i)->low[strlen(tk(c, i)->low) - 1] == 's') {
		const char *pw = prev_word(c, i);
		int lead = strcmp(pw, "after") == 0 || strcmp(pw, "for") == 0 || strcmp(pw, "over") == 0 ||
			   strcmp(pw, "within") == 0;

		if (!(lead || (strcmp(pw, "of") == 0 && is_w(c, i + 1, "of"))))
			return 0;
		s->kind = S_DUR;
		snprintf(s->dur, sizeof(s->dur), "PX%c", u->v == U_DECADE ? 'E' : codes[u->v]);
		if (u->v == U_DECADE)
			snprintf(s->dur, sizeof(s->dur), "PXDE");
		return i + 1;
	}
	if (!(n = count_at(c, i, &j, &article)))
		return 0;
	if (article && !is_w(c, j, "few") && !in_list(dur_lead_words, prev_word(c, i)) && !is_w(c, j + 1, "ago"))
		return 0;
	e = j;
	if (is_p(c, e, '-') && tk(c, e)->s == tk(c, e - 1)->e)
		e++;
	u = find_named(units, tk(c, e)->low);
	if (!u || tk(c, e)->k != T_WORD)
		return 0;
	unit = u->v;
	/* "49-year-old" is an age */
	if (is_p(c, e + 1, '-') && is_w(c, e + 2, "old"))
		return 0;
	if (is_w(c, e + 1, "old"))
		return 0;
	if (is_w(c, e + 1, "ago") && unit >= U_DAY && unit <= U_YEAR && n > 0) {
		s->kind = S_REL;
		s->unit = unit;
		s->off = -n;
		return e + 2;
	}
	s->kind = S_DUR;
	if (unit == -2)
		snprintf(s->dur, sizeof(s->dur), n > 0 ? "P%dW" : "PXW", 2 * n);
	else if (unit == U_DECADE)
		snprintf(s->dur, sizeof(s->dur), n > 0 ? "P%dDE" : "PXDE", n);
	else if (unit >= U_HOUR)
		snprintf(s->dur, sizeof(s->dur), n > 0 ? "PT%d%c" : "PTX%c", n > 0 ? n : codes[unit], codes[unit]);
	else
		snprintf(s->dur, sizeof(s->dur), n > 0 ? "P%d%c" : "PX%c", n > 0 ? n : codes[unit], codes[unit]);
	if (n < 0 && unit >= U_HOUR)
		snprintf(s->dur, sizeof(s->dur), "PTX%c", codes[unit]);
	else if (n < 0)
		snprintf(s->dur, sizeof(s->dur), "PX%c", unit == U_DECADE ? 'E' : codes[unit]);
	return e + 1;
}

/* "the summer", "this spring", "last winter", "the fall of 2019", "summer 2020". */
static size_t pat_season(const tctx *c, size_t i, spec *s)
{
	size_t j = i;
	int dir = 0, y;
	const named *sn;
	const char *pw;

	if (is_w(c, j, "last"))
		dir = -1, j++;
	else if (is_w(c, j, "next"))
		dir = 1, j++;
	else if (is_w(c, j, "this"))
		j++;
	if (tk(c, j)->k != T_WORD || !(sn = find_named(seasons, tk(c, j)->low)))
		return 0;
	pw = prev_word(c, j);
	if (j == i && !in_list(lead_words, pw))
		return 0;
	s->kind = S_SEASON;
	s->season = sn->v;
	s->dir = dir;
	j++;
	if (is_w(c, j, "of") && (y = year_at(c, j + 1))) {
		s->y = y;
		return j + 2;
	}
	if ((y = year_at(c, j))) {
		s->y = y;
		return j + 1;
	}
	/* "fall" is a season after "this", "last", "next" or "the" ("the fall of Kabul" is not) */
	if (sn->abbr && j == i + 1 && (strcmp(pw, "the") != 0 || is_w(c, j, "of")))
		return 0;
	return j;
}

typedef size_t (*pattern_fn)(const tctx *c, size_t i, spec *s);

/* The grammar: every pattern is tried at each token and the longest match wins (the first on ties). */
static const pattern_fn patterns[] = {
	pat_iso, pat_date, pat_mod, pat_rel, pat_dayword, pat_weekday, pat_month, pat_year, pat_season, pat_dur
};

/* ---- tense ---- */

/* 1 when the sentence of tokens i..e puts it in the future: the nearest tense cue is a future one,
 * looked for first between the commas around the expression, then in the whole sentence. */
static int future_at(const tctx *c, size_t i, size_t e)
{
	int sent = c->t[i].sent;
	size_t lo = i, hi = e, best = (size_t)-1;
	int fut = 0;

	while (lo > 0 && c->t[lo - 1].sent == sent && !is_p(c, lo - 1, ','))
		lo--;
	while (hi < c->n && c->t[hi].sent == sent && !is_p(c, hi, ','))
		hi++;
	for (int pass = 0; pass < 2 && best == (size_t)-1; pass++) {
		if (pass == 1) {
			while (lo > 0 && c->t[lo - 1].sent == sent)
				lo--;
			while (hi < c->n && c->t[hi].sent == sent)
				hi++;
		}
		for (size_t k = lo; k < hi; k++) {
			const tok *t = &c->t[k];
			size_t dist;
			int f, p;

			if (t->k != T_WORD || (k >= i && k < e))
				continue;
			f = in_list(future_cues, t->low) || ((strcmp(t->low, "set") == 0 || strcmp(t->low, "is") == 0 ||
							     strcmp(t->low, "are") == 0) && is_w(c, k + 1, "to"));
			p = !f && (in_list(past_cues, t->low) ||
				   (strlen(t->low) > 4 && strcmp(t->low + strlen(t->low) - 2, "ed") == 0 && !t->cap));
			/* "will be held", "is to be signed": a participle after "be" is no past */
			if (p && k > 0 && (is_w(c, k - 1, "be") || is_w(c, k - 1, "being")))
				p = 0;
			if (!f && !p)
				continue;
			dist = k < i ? i - k : k - e + 1;
			if (dist < best || (dist == best && f)) {
				best = dist;
				fut = f;
			}
		}
	}
	return fut;
}

/* ---- resolution ---- */

static void set_day(kg_date *d, long days)
{
	kg_time_from_days(d, days);
}

/* The year making month m (day dd, 0 for the whole month) nearest to the anchor, then moved by the
 * tense: a future expression is not before the anchor, a past one not after it. */
static int pick_year(const kg_date *a, int m, int dd, int fut, int past, int dir, int strict)
{
	int best = a->year;

	if (a->prec >= KG_TIME_PREC_MONTH && a->prec != KG_TIME_PREC_SEASON) {
		long am = (long)a->year * 12 + a->month - 1;
		long bestdist = -1;

		for (int y = a->year - 1; y <= a->year + 1; y++) {
			long mm = (long)y * 12 + m - 1, dist = mm > am ? mm - am : am - mm;

			if (a->prec == KG_TIME_PREC_DAY && dd && kg_time_valid_day(y, m, dd)) {
				long x = kg_time_days(y, m, dd), ad = kg_time_days(a->year, a->month, a->day);

				dist = x > ad ? x - ad : ad - x;
				dist *= 1; /* days */
			} else if (a->prec == KG_TIME_PREC_DAY && dd) {
				continue;
			} else {
				dist *= 31;
			}
			if (bestdist < 0 || dist < bestdist) {
				bestdist = dist;
				best = y;
			}
		}
		/* "last March", "next May" and the tense move it by a year; the tense only when the month
		 * is not the anchor's and a day is more than a month away ("on Monday, December 17" in
		 * an article of December 15 is two days on, whatever the tense) */
		{
			long bm = (long)best * 12 + m - 1;
			int after = bm > am || (bm == am && a->prec == KG_TIME_PREC_DAY && dd > a->day);
			int before = bm < am || (bm == am && a->prec == KG_TIME_PREC_DAY && dd && dd < a->day);
			int far = bm != am;

			if (far && a->prec == KG_TIME_PREC_DAY && dd) {
				long x = kg_time_days(best, m, dd), ad = kg_time_days(a->year, a->month, a->day);

				far = x - ad > 31 || ad - x > 31;
			}
			if (dir > 0 || (dir == 0 && fut && far)) {
				if (before || (strict && !after))
					best++;
			} else if (dir < 0 || (dir == 0 && past && far)) {
				if (after || (strict && !before))
					best--;
			}
		}
	}
	return best;
}

/* Resolves s (tokens i..e) into x. */
static void resolve(tctx *c, size_t i, size_t e, const spec *s, kg_timex *x)
{
	const kg_date *a = &c->anchor;
	kg_date d;
	int fut = 0, past = 0;

	memset(&d, 0, sizeof(d));
	x->type = KG_TIMEX_DATE;
	x->mod = s->mod;
	if (s->kind == S_WEEKDAY || (s->kind == S_ABS && !s->y) || s->kind == S_SEASON) {
		fut = future_at(c, i, e);
		past = !fut;
	}
	x->future = fut || s->dir > 0 || (s->kind == S_REL && s->off > 0);
	switch (s->kind) {
	case S_ABS:
		if (s->y) {
			d.year = s->y;
			d.month = s->m;
			d.day = s->d;
		} else if (a->prec >= KG_TIME_PREC_YEAR) {
			x->relative = 1;
			d.year = pick_year(a, s->m, s->d, fut, past, s->dir, s->strict);
			d.month = s->m;
			d.day = s->d;
		} else {
			if (s->d)
				snprintf(x->value, sizeof(x->value), "XXXX-%02d-%02d", s->m, s->d);
			else
				snprintf(x->value, sizeof(x->value), "XXXX-%02d", s->m);
			x->relative = 1;
			return;
		}
		d.prec = d.day ? KG_TIME_PREC_DAY : d.month ? KG_TIME_PREC_MONTH : KG_TIME_PREC_YEAR;
		if (d.day && !kg_time_valid_day(d.year, d.month, d.day)) {
			snprintf(x->value, sizeof(x->value), "XXXX-%02d-%02d", s->m, s->d);
			return;
		}
		break;
	case S_WEEKDAY: {
		long ad, t;
		int aw;

		x->relative = 1;
		if (a->prec != KG_TIME_PREC_DAY) {
			snprintf(x->value, sizeof(x->value), "XXXX-WXX-%d", s->wd);
			return;
		}
		ad = kg_time_days(a->year, a->month, a->day);
		aw = kg_time_weekday(a->year, a->month, a->day);
		if (s->dir > 0 || (s->dir == 0 && fut)) {
			t = ad + ((s->wd - aw + 7) % 7);
			if (t == ad && s->strict)
				t += 7;
		} else {
			t = ad - ((aw - s->wd + 7) % 7);
			if (t == ad && s->strict)
				t -= 7;
		}
		set_day(&d, t);
		x->future = t > ad;
		break;
	}
	case S_REL: {
		const kg_date *r = s->anaphoric && c->ref.prec == KG_TIME_PREC_DAY ? &c->ref : a;
		static const char *const unknown[] = { "", "XXXX-XX-XX", "XXXX-WXX", "XXXX-XX", "XXXX" };

		x->relative = 1;
		if ((s->unit == U_DAY || s->unit == U_WEEK) && r->prec != KG_TIME_PREC_DAY) {
			snprintf(x->value, sizeof(x->value), "%s", unknown[s->unit]);
			return;
		}
		if (s->unit == U_MONTH && (r->prec < KG_TIME_PREC_MONTH || r->prec == KG_TIME_PREC_SEASON)) {
			snprintf(x->value, sizeof(x->value), "%s", unknown[s->unit]);
			return;
		}
		if (s->unit == U_YEAR && r->prec < KG_TIME_PREC_YEAR) {
			snprintf(x->value, sizeof(x->value), "%s", unknown[s->unit]);
			return;
		}
		if (s->unit == U_DAY) {
			set_day(&d, kg_time_days(r->year, r->month, r->day) + s->off);
		} else if (s->unit == U_WEEK) {
			kg_date w;

			set_day(&w, kg_time_days(r->year, r->month, r->day) + 7L * s->off);
			kg_time_iso_week(&d, w.year, w.month, w.day);
		} else if (s->unit == U_MONTH) {
			long mm = (long)r->year * 12 + (r->month - 1) + s->off;

			d.year = (int)(mm / 12);
			d.month = (int)(mm % 12) + 1;
			d.prec = KG_TIME_PREC_MONTH;
		} else {
			d.year = r->year + s->off;
			d.prec = KG_TIME_PREC_YEAR;
		}
		break;
	}
	case S_SEASON:
		d.season = s->season;
		d.prec = KG_TIME_PREC_SEASON;
		if (s->y) {
			d.year = s->y;
		} else if (a->prec >= KG_TIME_PREC_YEAR) {
			x->relative = 1;
			d.year = a->year + s->dir;
		} else {
			static const char *const sc[] = { "", "SP", "SU", "FA", "WI" };

			x->relative = 1;
			snprintf(x->value, sizeof(x->value), "XXXX-%s", sc[s->season]);
			return;
		}
		break;
	case S_DECADE:
		d.year = s->y;
		d.prec = KG_TIME_PREC_DECADE;
		break;
	case S_DUR:
		x->type = KG_TIMEX_DURATION;
		x->future = 0;
		snprintf(x->value, sizeof(x->value), "%s", s->dur);
		return;
	}
	if (d.year < 1 || d.year > 9999) {
		snprintf(x->value, sizeof(x->value), "XXXX");
		return;
	}
	x->date = d;
	kg_time_format(x->value, sizeof(x->value), &d);
	if (d.prec == KG_TIME_PREC_DAY)
		c->ref = d;
}

int kg_time_tag(kg_timex_list *out, const char *text, size_t len, const kg_date *anchor)
{
	tctx c;
	int rc;

	memset(&c, 0, sizeof(c));
	c.text = text;
	if (anchor)
		c.anchor = *anchor;
	if (c.anchor.prec == KG_TIME_PREC_WEEK || c.anchor.prec == KG_TIME_PREC_SEASON ||
	    c.anchor.prec == KG_TIME_PREC_DECADE)
		c.anchor.prec = KG_TIME_PREC_YEAR;
	if ((rc = tokenize(&c, text, len)) < 0)
		goto done;
	for (size_t i = 0; i < c.n;) {
		spec best, s;
		size_t best_end = 0;

		for (size_t p = 0; p < sizeof(patterns) / sizeof(patterns[0]); p++) {
			size_t e;

			memset(&s, 0, sizeof(s));
			e = patterns[p](&c, i, &s);
			if (e > i && e > best_end) {
				best_end = e;
				best = s;
			}
		}
		if (!best_end) {
			i++;
			continue;
		}
		if (out->n == out->cap) {
			kg_timex *v = kg_grow(out->v, &out->cap, out->n + 1, sizeof(*v), 16);

			if (!v) {
				rc = KG_ENOMEM;
				goto done;
			}
			out->v = v;
		}
		{
			kg_timex *x = &out->v[out->n++];

			memset(x, 0, sizeof(*x));
			x->start = c.t[i].s;
			x->end = c.t[best_end - 1].e;
			/* a trailing '.' belongs to an abbreviation only when glued to it */
			resolve(&c, i, best_end, &best, x);
		}
		i = best_end;
	}
done:
	free(c.t);
	return rc;
}

void kg_timex_list_clear(kg_timex_list *l)
{
	if (!l)
		return;
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}
