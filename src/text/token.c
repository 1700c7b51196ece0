/* token.c: the tokenizer: words, abbreviations, numbers, e-mail addresses, URLs and punctuation. */
#include "text_internal.h"

#include <stdlib.h>
#include <string.h>

/* Classes of ASCII bytes. */
enum { C_OTHER = 0, C_SPACE, C_NL, C_UPPER, C_LOWER, C_DIGIT, C_PUNCT };

/* The class of ASCII byte c, as a constant expression. */
#define ASCII_CLASS(c)                                                                                 \
	((c) == '\n' ? C_NL                                                                           \
	 : (c) < 0x20 || (c) == ' ' || (c) == 0x7f ? C_SPACE                                          \
	 : (c) >= 'A' && (c) <= 'Z' ? C_UPPER                                                         \
	 : (c) >= 'a' && (c) <= 'z' ? C_LOWER                                                         \
	 : (c) >= '0' && (c) <= '9' ? C_DIGIT                                                         \
	 : C_PUNCT)
#define ASCII_CLASS4(c) ASCII_CLASS(c), ASCII_CLASS((c) + 1), ASCII_CLASS((c) + 2), ASCII_CLASS((c) + 3)
#define ASCII_CLASS16(c) ASCII_CLASS4(c), ASCII_CLASS4((c) + 4), ASCII_CLASS4((c) + 8), ASCII_CLASS4((c) + 12)

/* Class of each ASCII byte, computed at compile time; bytes >= 0x80 are looked at as code points. */
static const unsigned char ascii_class[128] = {
	ASCII_CLASS16(0x00), ASCII_CLASS16(0x10), ASCII_CLASS16(0x20), ASCII_CLASS16(0x30),
	ASCII_CLASS16(0x40), ASCII_CLASS16(0x50), ASCII_CLASS16(0x60), ASCII_CLASS16(0x70),
};

unsigned kg_text_decode(const unsigned char *p, size_t avail, size_t *len)
{
	unsigned c = p[0];

	if (c < 0xC0 || avail < 2 || (p[1] & 0xC0) != 0x80) {
		*len = 1;
		return c;
	}
	if (c < 0xE0) {
		*len = 2;
		return ((c & 0x1Fu) << 6) | (p[1] & 0x3Fu);
	}
	if (avail < 3 || (p[2] & 0xC0) != 0x80) {
		*len = 1;
		return c;
	}
	if (c < 0xF0) {
		*len = 3;
		return ((c & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
	}
	if (avail < 4 || (p[3] & 0xC0) != 0x80) {
		*len = 1;
		return c;
	}
	*len = 4;
	return ((c & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
}

/* Non-ASCII code points that are symbols or punctuation rather than letters, sorted; everything else
 * at or above U+00C0 counts as a letter. */
static const kg_ucs_range symbol_ranges[] = {
	{0x0080, 0x00A9}, {0x00AB, 0x00B4}, {0x00B6, 0x00B9}, {0x00BB, 0x00BF}, {0x00D7, 0x00D7},
	{0x00F7, 0x00F7}, {0x2000, 0x2BFF}, {0x3000, 0x303F}, {0xE000, 0xF8FF}, {0xFE10, 0xFE6F},
	{0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFF0, 0xFFFF},
	{0x1F000, 0x1FAFF}, {0xE0000, 0x10FFFF},
};

/* 1 when the non-ASCII code point cp is a letter (or mark, or digit of another script). */
static int cp_is_letter(unsigned cp)
{
	return !kg_ucs_in_ranges(symbol_ranges, sizeof(symbol_ranges) / sizeof(symbol_ranges[0]), cp);
}

/* 1 upper-case, -1 lower-case, 0 caseless, for Latin-1, Latin Extended-A and Additional, basic
 * Greek and Cyrillic; other scripts are caseless. */
static int cp_case(unsigned cp)
{
	if (cp < 0xC0)
		return 0;
	if (cp <= 0xDE)
		return cp == 0xD7 ? 0 : 1;
	if (cp <= 0xFF)
		return cp == 0xF7 ? 0 : -1;
	if (cp <= 0x137)
		return (cp & 1) ? -1 : 1;
	if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
		return -1;
	if (cp <= 0x148 || (cp >= 0x179 && cp <= 0x17E))
		return (cp & 1) ? 1 : -1;
	if (cp <= 0x177)
		return (cp & 1) ? -1 : 1;
	if (cp == 0x178)
		return 1;
	if (cp >= 0x391 && cp <= 0x3AB)
		return 1;
	if (cp >= 0x3AC && cp <= 0x3CE)
		return -1;
	if (cp >= 0x400 && cp <= 0x42F)
		return 1;
	if (cp >= 0x430 && cp <= 0x45F)
		return -1;
	if (cp >= 0x460 && cp <= 0x481)
		return (cp & 1) ? -1 : 1;
	if ((cp >= 0x1E00 && cp <= 0x1E95) || (cp >= 0x1EA0 && cp <= 0x1EFF))
		return (cp & 1) ? -1 : 1;
	return 0;
}

/* An abbreviation that keeps its '.'. */
typedef struct abbrev {
	const char *word; /* without the '.' */
	int cls;          /* KG_ABBR_* */
} abbrev_entry;

static const abbrev_entry abbrevs[] = {
	/* titles and ranks */
	{"Mr", KG_ABBR_NEVER}, {"Mrs", KG_ABBR_NEVER}, {"Ms", KG_ABBR_NEVER}, {"Messrs", KG_ABBR_NEVER},
	{"Dr", KG_ABBR_NEVER}, {"Prof", KG_ABBR_NEVER}, {"Gen", KG_ABBR_NEVER}, {"Lt", KG_ABBR_NEVER},
	{"Col", KG_ABBR_NEVER}, {"Maj", KG_ABBR_NEVER}, {"Capt", KG_ABBR_NEVER}, {"Sgt", KG_ABBR_NEVER},
	{"Cpl", KG_ABBR_NEVER}, {"Pvt", KG_ABBR_NEVER}, {"Adm", KG_ABBR_NEVER}, {"Cmdr", KG_ABBR_NEVER},
	{"Brig", KG_ABBR_NEVER}, {"Gov", KG_ABBR_NEVER}, {"Sen", KG_ABBR_NEVER}, {"Sens", KG_ABBR_NEVER},
	{"Rep", KG_ABBR_NEVER}, {"Reps", KG_ABBR_NEVER}, {"Pres", KG_ABBR_NEVER}, {"Rev", KG_ABBR_NEVER},
	{"Hon", KG_ABBR_NEVER}, {"Fr", KG_ABBR_NEVER}, {"Supt", KG_ABBR_NEVER}, {"Amb", KG_ABBR_NEVER},
	{"Gens", KG_ABBR_NEVER}, {"Mme", KG_ABBR_NEVER}, {"Mt", KG_ABBR_NEVER}, {"St", KG_ABBR_NEVER},
	{"Ft", KG_ABBR_NEVER}, {"Eng", KG_ABBR_NEVER}, {"Smt", KG_ABBR_NEVER},
	/* West African and Commonwealth styles: "Rt. Hon. X", "Engr. X", "Alh. X" ("Barr." is a surname too) */
	{"Rt", KG_ABBR_NEVER}, {"Engr", KG_ABBR_NEVER}, {"Alh", KG_ABBR_NEVER},
	/* months */
	{"Jan", KG_ABBR_NEVER}, {"Feb", KG_ABBR_NEVER}, {"Mar", KG_ABBR_NEVER}, {"Apr", KG_ABBR_NEVER},
	{"Jun", KG_ABBR_NEVER}, {"Jul", KG_ABBR_NEVER}, {"Aug", KG_ABBR_NEVER}, {"Sep", KG_ABBR_NEVER},
	{"Sept", KG_ABBR_NEVER}, {"Oct", KG_ABBR_NEVER}, {"Nov", KG_ABBR_NEVER}, {"Dec", KG_ABBR_NEVER},
	/* Latin and other lower-case ones that sit inside sentences */
	{"e.g", KG_ABBR_NEVER}, {"i.e", KG_ABBR_NEVER}, {"vs", KG_ABBR_NEVER}, {"cf", KG_ABBR_NEVER},
	{"approx", KG_ABBR_NEVER}, {"ca", KG_ABBR_NEVER},
	/* only before a number */
	{"No", KG_ABBR_NUMBER}, {"Nos", KG_ABBR_NUMBER}, {"no", KG_ABBR_NUMBER}, {"Art", KG_ABBR_NUMBER},
	{"Vol", KG_ABBR_NUMBER}, {"Fig", KG_ABBR_NUMBER}, {"p", KG_ABBR_NUMBER}, {"pp", KG_ABBR_NUMBER},
	{"Ch", KG_ABBR_NUMBER}, {"Sec", KG_ABBR_NUMBER},
	/* may end a sentence */
	{"Jr", KG_ABBR_ENDABLE}, {"Sr", KG_ABBR_ENDABLE}, {"Inc", KG_ABBR_ENDABLE}, {"Corp", KG_ABBR_ENDABLE},
	{"Co", KG_ABBR_ENDABLE}, {"Ltd", KG_ABBR_ENDABLE}, {"Bros", KG_ABBR_ENDABLE}, {"Plc", KG_ABBR_ENDABLE},
	{"etc", KG_ABBR_ENDABLE}, {"Ave", KG_ABBR_ENDABLE}, {"Blvd", KG_ABBR_ENDABLE}, {"Rd", KG_ABBR_ENDABLE},
	{"Dept", KG_ABBR_ENDABLE}, {"Univ", KG_ABBR_ENDABLE}, {"Assn", KG_ABBR_ENDABLE},
	{"a.m", KG_ABBR_ENDABLE}, {"p.m", KG_ABBR_ENDABLE},
	/* "Md." before a South Asian name is Mohammad ("Md. Rafiqul Alam"): one token that ends a sentence
	 * only before a word that opens one (after a comma it is Maryland, see scan_word) */
	{"Md", KG_ABBR_ENDABLE},
};

/* The table class of the word s[0..n) (no final '.'), or KG_ABBR_NONE. */
static int abbrev_lookup(const char *s, size_t n)
{
	if (n == 0 || n > 6)
		return KG_ABBR_NONE;
	for (size_t i = 0; i < sizeof(abbrevs) / sizeof(abbrevs[0]); i++)
		if (abbrevs[i].word[0] == s[0] && strncmp(abbrevs[i].word, s, n) == 0 && abbrevs[i].word[n] == '\0')
			return abbrevs[i].cls;
	return KG_ABBR_NONE;
}

int kg_text_abbrev_class(const char *s, size_t n)
{
	int cls;

	if (n && s[n - 1] == '.')
		n--;
	if (n == 0)
		return KG_ABBR_NONE;
	cls = abbrev_lookup(s, n);
	if (cls != KG_ABBR_NONE)
		return cls;
	if (n == 1 && s[0] >= 'A' && s[0] <= 'Z')
		return KG_ABBR_INITIAL;
	return KG_ABBR_ENDABLE;
}

/* Capitalised words that usually open a sentence. */
static const char *const starters[] = {
	"A", "After", "Also", "Although", "An", "And", "As", "At", "Before", "Both", "But", "During",
	"Each", "Earlier", "Every", "For", "From", "He", "Her", "His", "How", "However", "I", "If", "In",
	"It", "Its", "Last", "Later", "Many", "Meanwhile", "Most", "No", "Now", "On", "One", "Our", "She",
	"Since", "So", "Some", "Still", "That", "The", "Their", "Then", "There", "These", "They", "This",
	"Those", "Though", "To", "We", "What", "When", "Where", "While", "Who", "Why", "With", "Yet", "You",
};

int kg_text_is_starter(const char *s, size_t n)
{
	size_t lo = 0, hi = sizeof(starters) / sizeof(starters[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(starters[mid], s, n);

		if (c == 0 && starters[mid][n] != '\0')
			c = 1;
		if (c == 0)
			return 1;
		if (c > 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

/* Tokenizer state. */
typedef struct tk {
	const unsigned char *s; /* the normalised text */
	size_t n;               /* its length */
	kg_token *v;            /* tokens so far */
	size_t nv;              /* how many */
	size_t cap;             /* room for */
	size_t no_email_until;  /* a token starting before this offset is no e-mail address */
	int open_single;        /* an opening single quote on this line awaits its closing one */
} tk;

/* The byte at i, or 0 past the end. */
static unsigned at(const tk *t, size_t i)
{
	return i < t->n ? t->s[i] : 0;
}

/* Length of the letter or digit at i, or 0 when there is none. */
static size_t alnum_len(const tk *t, size_t i)
{
	unsigned c;
	size_t len;

	if (i >= t->n)
		return 0;
	c = t->s[i];
	if (c < 0x80) {
		unsigned k = ascii_class[c];

		return k == C_UPPER || k == C_LOWER || k == C_DIGIT;
	}
	c = kg_text_decode(t->s + i, t->n - i, &len);
	return (c >= 0x80 && cp_is_letter(c)) ? len : 0;
}

static int is_digit(unsigned c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(unsigned c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* Appends a token; KG_ENOMEM when the array cannot grow. */
static int push(tk *t, size_t start, size_t end, unsigned flags)
{
	if (t->nv == t->cap) {
		kg_token *nv = kg_grow(t->v, &t->cap, t->nv + 1, sizeof(*nv), 64);

		if (!nv)
			return KG_ENOMEM;
		t->v = nv;
	}
	t->v[t->nv].start = start;
	t->v[t->nv].end = end;
	t->v[t->nv].flags = flags;
	t->nv++;
	return KG_OK;
}

/* Characters of an e-mail address's local part. */
static int email_local(unsigned c)
{
	return is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

/* End of an e-mail address starting at i, or 0. Linear overall: a run without '@' is remembered. */
static size_t scan_email(tk *t, size_t i)
{
	size_t j = i, k;
	int dots = 0;

	if (i < t->no_email_until)
		return 0;
	while (j < t->n && email_local(t->s[j]))
		j++;
	if (j == i || at(t, j) != '@' || !(is_alpha(at(t, j + 1)) || is_digit(at(t, j + 1)))) {
		t->no_email_until = j;
		return 0;
	}
	/* domain: labels of letters, digits and '-', separated by single dots, at least two labels */
	for (k = j + 1;;) {
		while (k < t->n && (is_alpha(t->s[k]) || is_digit(t->s[k]) || t->s[k] == '-'))
			k++;
		if (at(t, k) == '.' && (is_alpha(at(t, k + 1)) || is_digit(at(t, k + 1)))) {
			dots++;
			k++;
			continue;
		}
		break;
	}
	if (!dots) {
		t->no_email_until = k;
		return 0;
	}
	return k;
}

/* 1 when the word that ended at end may be (part of) an e-mail address's local part: scan_word
 * stops before '@' and the other local-part marks, and only runs on past them after an abbreviation's
 * '.' ("Mr.x@y.com"). */
static int may_continue_email(const tk *t, size_t end)
{
	unsigned c = at(t, end);

	return c && c < 0x80 && (strchr("@._%+-", (int)c) || is_alpha(c) || is_digit(c));
}

/* 1 when s[i..] starts with the lower-case ASCII prefix p, ignoring case. */
static int has_prefix_ci(const tk *t, size_t i, const char *p)
{
	for (; *p; p++, i++) {
		unsigned c = at(t, i);

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != (unsigned char)*p)
			return 0;
	}
	return 1;
}

/* End of a URL starting at i, or 0: "http://", "https://" or "www." up to white space, without
 * trailing punctuation. */
static size_t scan_url(tk *t, size_t i)
{
	size_t j;

	if (!has_prefix_ci(t, i, "http://") && !has_prefix_ci(t, i, "https://") && !has_prefix_ci(t, i, "www."))
		return 0;
	for (j = i; j < t->n; j++) {
		unsigned c = t->s[j];

		if ((c < 0x80 && (ascii_class[c] == C_SPACE || ascii_class[c] == C_NL)) || c == '"' || c == '<' ||
		    c == '>')
			break;
	}
	while (j > i && strchr(".,;:!?')]", (int)t->s[j - 1]))
		j--;
	return j > i + 4 ? j : 0;
}

/* End of the word starting at i (a letter or digit): letters and digits joined by inner hyphens,
 * apostrophes ("O'Brien", but not a possessive "'s"), decimal points and thousands separators, a
 * trailing '%', dotted initials ("U.S.", "e.g.") and a '.' of a known abbreviation. *abbrev is set
 * when the word ends with such a '.'. */
static size_t scan_word(tk *t, size_t i, int *abbrev)
{
	size_t j = i, len;

	*abbrev = 0;
	if (is_alpha(at(t, i)) && at(t, i + 1) == '.' && is_alpha(at(t, i + 2)) && at(t, i + 3) == '.') {
		while (is_alpha(at(t, j)) && at(t, j + 1) == '.')
			j += 2;
		if (!(at(t, j) == '-' && alnum_len(t, j + 1))) {
			*abbrev = 1;
			return j;
		}
		j++;
	}
	for (;;) {
		unsigned c;

		for (;;) {
			while (j < t->n && t->s[j] < 0x80 && ascii_class[t->s[j]] >= C_UPPER && ascii_class[t->s[j]] <= C_DIGIT)
				j++;
			if (j >= t->n || t->s[j] < 0x80 || !(len = alnum_len(t, j)))
				break;
			j += len;
		}
		c = at(t, j);
		if (c == '-' && alnum_len(t, j + 1)) {
			j++;
			continue;
		}
		if (c == '\'' && alnum_len(t, j + 1) && !is_digit(at(t, j + 1))) {
			unsigned d = at(t, j + 1);

			if ((d == 's' || d == 'S') && !alnum_len(t, j + 2))
				break;
			j += 1;
			continue;
		}
		if (c == '.' && is_digit(at(t, j - 1)) && is_digit(at(t, j + 1))) {
			j++;
			continue;
		}
		if (c == ',' && is_digit(at(t, j - 1)) && is_digit(at(t, j + 1)) && is_digit(at(t, j + 2)) &&
		    is_digit(at(t, j + 3)) && !is_digit(at(t, j + 4))) {
			j++;
			continue;
		}
		if (c == '%' && is_digit(at(t, j - 1)))
			j++;
		break;
	}
	if (at(t, j) == '.') {
		int cls = abbrev_lookup((const char *)t->s + i, j - i);

		/* "Bethesda, Md. Officials said": the state after a town and a comma keeps its stop apart, so
		 * it still ends the sentence */
		if (j == i + 2 && t->s[i] == 'M' && t->s[i + 1] == 'd' && t->nv &&
		    t->v[t->nv - 1].end == t->v[t->nv - 1].start + 1 && t->s[t->v[t->nv - 1].start] == ',')
			cls = KG_ABBR_NONE;

		if (cls == KG_ABBR_NUMBER) {
			size_t k = j + 1;

			while (at(t, k) == ' ')
				k++;
			if (!is_digit(at(t, k)))
				cls = KG_ABBR_NONE;
		}
		if (cls == KG_ABBR_NONE && j == i + 1 && t->s[i] >= 'A' && t->s[i] <= 'Z')
			cls = KG_ABBR_INITIAL;
		if (cls != KG_ABBR_NONE) {
			*abbrev = 1;
			j++;
		}
	}
	return j;
}

/* Flags of the word s[a..b): WORD when it has a letter, NUM when it starts with a digit, CAP and
 * UPPER from the case of its letters. */
static unsigned word_flags(const tk *t, size_t a, size_t b)
{
	size_t letters = 0, upper = 0, lower = 0, k = a;
	int first = 0; /* case of the first letter: 1 upper, -1 lower, 0 none yet or caseless */
	int seen = 0;  /* a letter was seen */
	unsigned flags = is_digit(t->s[a]) ? KG_TOK_NUM : 0;

	while (k < b) {
		unsigned c = t->s[k];
		int cs = 0, letter = 0;
		size_t len = 1;

		if (c < 0x80) {
			letter = is_alpha(c);
			cs = (c >= 'A' && c <= 'Z') ? 1 : (letter ? -1 : 0);
		} else {
			c = kg_text_decode(t->s + k, b - k, &len);
			letter = cp_is_letter(c);
			cs = letter ? cp_case(c) : 0;
		}
		if (letter) {
			letters++;
			upper += cs > 0;
			lower += cs < 0;
			if (!seen)
				first = cs;
			seen = 1;
		}
		k += len;
	}
	if (letters)
		flags |= KG_TOK_WORD;
	if (first > 0)
		flags |= KG_TOK_CAP;
	if (upper >= 2 && lower == 0)
		flags |= KG_TOK_UPPER;
	return flags;
}

/* Handles a "'" at i: the possessive "'s" or "'" after a word, or a quotation mark. */
static int apostrophe(tk *t, size_t i, unsigned before, size_t *next)
{
	const kg_token *prev = t->nv ? &t->v[t->nv - 1] : NULL;
	int glued = prev && prev->end == i && (prev->flags & (KG_TOK_WORD | KG_TOK_NUM)) && !before;
	unsigned d = at(t, i + 1);

	if (glued && (d == 's' || d == 'S') && !alnum_len(t, i + 2)) {
		*next = i + 2;
		return push(t, i, i + 2, before | KG_TOK_WORD | KG_TOK_POSS);
	}
	*next = i + 1;
	if (glued && !alnum_len(t, i + 1)) {
		unsigned last = t->s[prev->end - 1];

		if ((last == 's' || last == 'S') && !t->open_single)
			return push(t, i, i + 1, before | KG_TOK_POSS);
		t->open_single = 0;
		return push(t, i, i + 1, before | KG_TOK_PUNCT | KG_TOK_QUOTE);
	}
	if (!glued && alnum_len(t, i + 1))
		t->open_single = 1;
	return push(t, i, i + 1, before | KG_TOK_PUNCT | KG_TOK_QUOTE);
}

int kg_text_tokenize(kg_token **tokens, size_t *n_tokens, const char *str, size_t n)
{
	tk t = {(const unsigned char *)str, n, NULL, 0, 0, 0, 0};
	unsigned before = 0;
	size_t i = 0;
	int rc = KG_OK;

	*tokens = NULL;
	*n_tokens = 0;
	if (n / 6 + 16 > 64) {
		t.cap = n / 6 + 16;
		t.v = malloc(t.cap * sizeof(*t.v));
		if (!t.v)
			return KG_ENOMEM;
	}
	while (i < n && rc == KG_OK) {
		unsigned c = t.s[i];
		size_t len = 1, end;
		int abbrev;

		if (c < 0x80) {
			unsigned k = ascii_class[c];

			if (k == C_SPACE) {
				before |= KG_TOK_SPACE_BEFORE;
				i++;
				continue;
			}
			if (k == C_NL) {
				before |= KG_TOK_SPACE_BEFORE | KG_TOK_NEWLINE_BEFORE;
				t.open_single = 0;
				i++;
				continue;
			}
		}
		if ((len = alnum_len(&t, i))) {
			size_t email = 0;

			if ((end = scan_url(&t, i))) {
				rc = push(&t, i, end, before | KG_TOK_WORD);
			} else {
				end = scan_word(&t, i, &abbrev);
				if (may_continue_email(&t, end))
					email = scan_email(&t, i);
				if (email)
					rc = push(&t, i, end = email, before | KG_TOK_WORD);
				else
					rc = push(&t, i, end, before | word_flags(&t, i, end) | (abbrev ? KG_TOK_ABBREV : 0));
			}
			i = end;
		} else if (c == '\'') {
			rc = apostrophe(&t, i, before, &i);
		} else if (c == '"') {
			rc = push(&t, i, i + 1, before | KG_TOK_PUNCT | KG_TOK_QUOTE);
			i++;
		} else if (c == '.' && at(&t, i + 1) == '.') {
			for (end = i; end < n && t.s[end] == '.'; end++)
				;
			rc = push(&t, i, end, before | KG_TOK_PUNCT);
			i = end;
		} else {
			len = 1;
			if (c >= 0x80)
				kg_text_decode(t.s + i, n - i, &len);
			rc = push(&t, i, i + len, before | KG_TOK_PUNCT);
			i += len;
		}
		before = 0;
	}
	if (rc < 0) {
		free(t.v);
		return rc;
	}
	*tokens = t.v;
	*n_tokens = t.nv;
	return KG_OK;
}
