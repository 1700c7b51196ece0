/* names.c: name folding, person-name parsing and the transliteration tests that alias merging uses. */
#include "resolve.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Most words of a person name that are parsed; longer names parse as KG_PNAME_NONE. */
#define MAX_WORDS 32

/* ASCII letter of a two-byte UTF-8 Latin-1 or Latin Extended-A letter (as kg_slug_new folds them),
 * or 0 for any other character. */
static char fold_latin(unsigned char b0, unsigned char b1)
{
	static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
	static const char exta[] = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
	unsigned cp = ((b0 & 0x1fu) << 6) | (b1 & 0x3fu);

	if ((b1 & 0xc0) != 0x80)
		return 0;
	if (cp >= 0xc0 && cp <= 0xff)
		return latin1[cp - 0xc0];
	if (cp >= 0x100 && cp <= 0x17f)
		return exta[cp - 0x100];
	return 0;
}

/* What one character of a name is, for folding. */
typedef enum fold_class {
	FOLD_LETTER, /* a letter or digit: bytes in *out (folded ASCII, or the raw bytes of another script) */
	FOLD_DROP,   /* a period or apostrophe: vanishes */
	FOLD_SPACE   /* anything else: separates words */
} fold_class;

/* Classifies the character at s[*i] (s has n bytes), advances *i past it and puts its folded bytes in
 * out[0..*len). */
static fold_class fold_char(const char *s, size_t n, size_t *i, char out[4], size_t *len)
{
	unsigned char c = (unsigned char)s[*i];
	size_t clen = 1;

	*len = 0;
	if (c < 0x80) {
		(*i)++;
		if (isalnum(c)) {
			out[0] = (char)tolower(c);
			*len = 1;
			return FOLD_LETTER;
		}
		return (c == '.' || c == '\'') ? FOLD_DROP : FOLD_SPACE;
	}
	if (c >= 0xc2 && c <= 0xdf)
		clen = 2;
	else if (c >= 0xe0 && c <= 0xef)
		clen = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		clen = 4;
	if (clen == 1 || *i + clen > n || kg_utf8_valid_prefix(s + *i, clen) != clen) {
		(*i)++;
		return FOLD_SPACE;
	}
	*i += clen;
	if (clen == 2) {
		char f = fold_latin(c, (unsigned char)s[*i - 1]);
		if (f) {
			out[0] = (char)tolower((unsigned char)f);
			*len = 1;
			return FOLD_LETTER;
		}
		if (c == 0xc2 || (c == 0xc3 && ((unsigned char)s[*i - 1] == 0x97 || (unsigned char)s[*i - 1] == 0xb7)))
			return FOLD_SPACE; /* Latin-1 punctuation, no-break space, multiplication and division signs */
	}
	if (clen == 3 && c == 0xe2 && (unsigned char)s[*i - 2] == 0x80) {
		unsigned char b2 = (unsigned char)s[*i - 1];
		return (b2 == 0x98 || b2 == 0x99) ? FOLD_DROP : FOLD_SPACE; /* curly apostrophes; dashes, quotes */
	}
	if (clen == 3 && c == 0xe3 && (unsigned char)s[*i - 2] == 0x80 && (unsigned char)s[*i - 1] == 0x80)
		return FOLD_SPACE; /* ideographic space */
	memcpy(out, s + *i - clen, clen);
	*len = clen;
	return FOLD_LETTER;
}

/* Length of name without a trailing possessive ('s or ’s) and trailing blanks. */
static size_t strip_possessive(const char *s, size_t n)
{
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	if (n >= 3 && (s[n - 1] == 's' || s[n - 1] == 'S') && s[n - 2] == '\'')
		return n - 2;
	if (n >= 5 && (s[n - 1] == 's' || s[n - 1] == 'S') && memcmp(s + n - 4, "\xe2\x80\x99", 3) == 0)
		return n - 4;
	return n;
}

char *kg_resolve_norm_new(const char *name)
{
	size_t n = strip_possessive(name, strlen(name));
	char *out = malloc(n + 1);
	size_t o = 0, i = 0;
	int space = 0;

	if (!out)
		return NULL;
	while (i < n) {
		char buf[4];
		size_t len;
		fold_class k = fold_char(name, n, &i, buf, &len);

		if (k == FOLD_SPACE) {
			space = 1;
		} else if (k == FOLD_LETTER) {
			if (space && o > 0)
				out[o++] = ' ';
			memcpy(out + o, buf, len);
			o += len;
			space = 0;
		}
	}
	out[o] = '\0';
	if (o > 4 && memcmp(out, "the ", 4) == 0)
		memmove(out, out + 4, o - 4 + 1);
	return out;
}

/* Folds the word s[0..n) into dst (cap bytes with the NUL): letters and digits only, lower-case ASCII
 * where Latin; returns the length. */
static size_t fold_word(char *dst, size_t cap, const char *s, size_t n)
{
	size_t o = 0, i = 0;

	while (i < n) {
		char buf[4];
		size_t len;

		if (fold_char(s, n, &i, buf, &len) == FOLD_LETTER && o + len < cap) {
			memcpy(dst + o, buf, len);
			o += len;
		}
	}
	dst[o] = '\0';
	return o;
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* Collapses runs of one repeated byte in s to one. */
static void collapse_doubles(char *s)
{
	size_t o = 0;

	for (size_t i = 0; s[i]; i++)
		if (o == 0 || s[o - 1] != s[i])
			s[o++] = s[i];
	s[o] = '\0';
}

/* Spelling rewrites of the strict key, longest first; applied left to right, without rescanning. */
static const struct {
	const char *from; /* letters as written */
	const char *to;   /* what they become */
} translit_rewrites[] = {
	{ "dzh", "j" }, { "sch", "sh" },
	{ "zh", "j" }, { "dz", "j" }, { "kh", "h" }, { "ph", "f" }, { "th", "t" },
	{ "ts", "c" }, { "tz", "c" }, { "ck", "k" }, { "ou", "u" },
	{ "w", "v" }, { "x", "ks" }, { "q", "k" },
};

char *kg_resolve_translit_key(char *buf, const char *word, int loose)
{
	char w[KG_RESOLVE_KEY_MAX], t[KG_RESOLVE_KEY_MAX];
	size_t n = fold_word(w, sizeof(w), word, strlen(word)), o = 0;

	/* spelling rewrites */
	for (size_t i = 0; i < n;) {
		size_t k, from_n = 0;

		for (k = 0; k < sizeof(translit_rewrites) / sizeof(translit_rewrites[0]); k++) {
			from_n = strlen(translit_rewrites[k].from);
			if (from_n <= n - i && memcmp(w + i, translit_rewrites[k].from, from_n) == 0)
				break;
		}
		if (k < sizeof(translit_rewrites) / sizeof(translit_rewrites[0])) {
			size_t to_n = strlen(translit_rewrites[k].to);
			if (o + to_n < sizeof(t)) {
				memcpy(t + o, translit_rewrites[k].to, to_n);
				o += to_n;
			}
			i += from_n;
		} else {
			if (o + 1 < sizeof(t))
				t[o++] = w[i];
			i++;
		}
	}
	t[o] = '\0';
	/* ye/ie (and je after a vowel) -> e at the start or after a vowel; y -> i after the first letter */
	n = 0;
	for (size_t i = 0; t[i]; i++) {
		int glide = (t[i] == 'y' || t[i] == 'i' || (t[i] == 'j' && i > 0)) && t[i + 1] == 'e';
		if (glide && (i == 0 || is_vowel(t[i - 1])))
			continue;
		buf[n++] = (t[i] == 'y' && i > 0) ? 'i' : t[i];
	}
	buf[n] = '\0';
	if (n >= 3 && buf[n - 2] == 'i' && buf[n - 1] == 'j')
		buf[--n] = '\0'; /* Andrij -> andri */
	collapse_doubles(buf);
	if (!loose)
		return buf;
	for (size_t i = 0; buf[i]; i++) {
		if (buf[i] == 'e')
			buf[i] = 'i';
		else if (buf[i] == 'u')
			buf[i] = 'o';
		else if (buf[i] == 'h' && i > 0)
			buf[i] = 'g';
	}
	collapse_doubles(buf);
	return buf;
}

/* Optimal-string-alignment distance (Damerau-Levenshtein with adjacent transpositions) of a and b;
 * a large number when either is longer than the table. */
static size_t edit_distance(const char *a, const char *b)
{
	enum { MAXN = 48 };
	size_t d[MAXN + 1][MAXN + 1];
	size_t na = strlen(a), nb = strlen(b);

	if (na > MAXN || nb > MAXN)
		return (size_t)-1;
	for (size_t i = 0; i <= na; i++)
		d[i][0] = i;
	for (size_t j = 0; j <= nb; j++)
		d[0][j] = j;
	for (size_t i = 1; i <= na; i++) {
		for (size_t j = 1; j <= nb; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t best = d[i - 1][j] + 1;

			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < best)
				best = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	}
	return d[na][nb];
}

/* Edits allowed between two spellings of a name whose shorter one has n letters. */
static size_t edits_allowed(size_t n)
{
	return n >= 9 ? 2 : n >= 5 ? 1 : 0;
}

/* 1 when the folded words fa and fb have equal loose keys, the same first letter and few edits. */
static int loose_variant(const char *fa, const char *fb)
{
	char ka[KG_RESOLVE_KEY_MAX], kb[KG_RESOLVE_KEY_MAX];
	size_t na = strlen(fa), nb = strlen(fb);

	if (fa[0] != fb[0] || strcmp(kg_resolve_translit_key(ka, fa, 1), kg_resolve_translit_key(kb, fb, 1)) != 0)
		return 0;
	return edit_distance(fa, fb) <= edits_allowed(na < nb ? na : nb);
}

int kg_resolve_surname_variant(const char *a, const char *b)
{
	char fa[KG_RESOLVE_KEY_MAX], fb[KG_RESOLVE_KEY_MAX], ka[KG_RESOLVE_KEY_MAX], kb[KG_RESOLVE_KEY_MAX];

	if (!fold_word(fa, sizeof(fa), a, strlen(a)) || !fold_word(fb, sizeof(fb), b, strlen(b)))
		return 0;
	if (strcmp(kg_resolve_translit_key(ka, fa, 0), kg_resolve_translit_key(kb, fb, 0)) == 0)
		return 1;
	return loose_variant(fa, fb);
}

/* Common English (and a few Slavic) diminutives of given names: name data, not people. A short form
 * matches its full form, and two short forms of one full form match each other. Compared by strict
 * transliteration key, so "tony"/"anthony" also covers Antony; the keys are written out (generated with
 * kg_resolve_translit_key(.., 0), which test_resolve checks row by row) so that the table is constant. */
static const kg_diminutive diminutives[] = {
	{ "abe", "abraham", "abe", "abraham" }, { "al", "albert", "al", "albert" },
	{ "al", "alan", "al", "alan" }, { "alex", "alexander", "aleks", "aleksander" },
	{ "alex", "alexandra", "aleks", "aleksandra" }, { "alex", "alexei", "aleks", "aleksei" },
	{ "sasha", "alexander", "sasha", "aleksander" }, { "sasha", "alexandra", "sasha", "aleksandra" },
	{ "andy", "andrew", "andi", "andrev" }, { "drew", "andrew", "drev", "andrev" },
	{ "tony", "anthony", "toni", "antoni" }, { "ben", "benjamin", "ben", "benjamin" },
	{ "benny", "benjamin", "beni", "benjamin" }, { "bibi", "benjamin", "bibi", "benjamin" },
	{ "bernie", "bernard", "bernie", "bernard" }, { "bill", "william", "bil", "viliam" },
	{ "billy", "william", "bili", "viliam" }, { "will", "william", "vil", "viliam" },
	{ "willy", "william", "vili", "viliam" }, { "liam", "william", "liam", "viliam" },
	{ "bob", "robert", "bob", "robert" }, { "bobby", "robert", "bobi", "robert" },
	{ "rob", "robert", "rob", "robert" }, { "robbie", "robert", "robie", "robert" },
	{ "bert", "albert", "bert", "albert" }, { "chuck", "charles", "chuk", "charles" },
	{ "charlie", "charles", "charlie", "charles" }, { "chris", "christopher", "chris", "christofer" },
	{ "chris", "christian", "chris", "christian" }, { "chris", "christine", "chris", "christine" },
	{ "chris", "christina", "chris", "christina" }, { "dan", "daniel", "dan", "daniel" },
	{ "danny", "daniel", "dani", "daniel" }, { "dave", "david", "dave", "david" },
	{ "davy", "david", "davi", "david" }, { "dick", "richard", "dik", "richard" },
	{ "rick", "richard", "rik", "richard" }, { "rich", "richard", "rich", "richard" },
	{ "richie", "richard", "richie", "richard" }, { "ricky", "richard", "riki", "richard" },
	{ "ed", "edward", "ed", "edvard" }, { "eddie", "edward", "edie", "edvard" },
	{ "ted", "edward", "ted", "edvard" }, { "ted", "theodore", "ted", "teodore" },
	{ "teddy", "theodore", "tedi", "teodore" }, { "fred", "frederick", "fred", "frederik" },
	{ "freddie", "frederick", "fredie", "frederik" }, { "gene", "eugene", "gene", "eugene" },
	{ "greg", "gregory", "greg", "gregori" }, { "hank", "henry", "hank", "henri" },
	{ "harry", "henry", "hari", "henri" }, { "jack", "john", "jak", "john" },
	{ "johnny", "john", "johni", "john" }, { "jon", "jonathan", "jon", "jonatan" },
	{ "jim", "james", "jim", "james" }, { "jimmy", "james", "jimi", "james" },
	{ "jamie", "james", "jamie", "james" }, { "jeff", "jeffrey", "jef", "jefrei" },
	{ "jerry", "gerald", "jeri", "gerald" }, { "jerry", "jerome", "jeri", "jerome" },
	{ "joe", "joseph", "joe", "josef" }, { "joey", "joseph", "joei", "josef" },
	{ "josh", "joshua", "josh", "joshua" }, { "ken", "kenneth", "ken", "kenet" },
	{ "kenny", "kenneth", "keni", "kenet" }, { "larry", "lawrence", "lari", "lavrence" },
	{ "larry", "laurence", "lari", "laurence" }, { "len", "leonard", "len", "leonard" },
	{ "lenny", "leonard", "leni", "leonard" }, { "matt", "matthew", "mat", "matev" },
	{ "mike", "michael", "mike", "michael" }, { "mick", "michael", "mik", "michael" },
	{ "mickey", "michael", "mikei", "michael" }, { "mitch", "mitchell", "mitch", "mitchel" },
	{ "nate", "nathan", "nate", "natan" }, { "nate", "nathaniel", "nate", "nataniel" },
	{ "nick", "nicholas", "nik", "nicholas" }, { "nicky", "nicholas", "niki", "nicholas" },
	{ "pat", "patrick", "pat", "patrik" }, { "pat", "patricia", "pat", "patricia" },
	{ "pete", "peter", "pete", "peter" }, { "phil", "philip", "fil", "filip" },
	{ "ray", "raymond", "rai", "raimond" }, { "ron", "ronald", "ron", "ronald" },
	{ "ronnie", "ronald", "ronie", "ronald" }, { "sam", "samuel", "sam", "samuel" },
	{ "sam", "samantha", "sam", "samanta" }, { "sammy", "samuel", "sami", "samuel" },
	{ "steve", "steven", "steve", "steven" }, { "steve", "stephen", "steve", "stefen" },
	{ "stu", "stuart", "stu", "stuart" }, { "sue", "susan", "sue", "susan" },
	{ "susie", "susan", "susie", "susan" }, { "tim", "timothy", "tim", "timoti" },
	{ "tom", "thomas", "tom", "tomas" }, { "tommy", "thomas", "tomi", "tomas" },
	{ "vince", "vincent", "vince", "vincent" }, { "walt", "walter", "valt", "valter" },
	{ "zach", "zachary", "zach", "zachari" }, { "kate", "katherine", "kate", "katerine" },
	{ "kate", "catherine", "kate", "caterine" }, { "katie", "katherine", "katie", "katerine" },
	{ "kathy", "katherine", "kati", "katerine" }, { "cathy", "catherine", "cati", "caterine" },
	{ "liz", "elizabeth", "liz", "elizabet" }, { "beth", "elizabeth", "bet", "elizabet" },
	{ "betty", "elizabeth", "beti", "elizabet" }, { "libby", "elizabeth", "libi", "elizabet" },
	{ "jenny", "jennifer", "jeni", "jenifer" }, { "jen", "jennifer", "jen", "jenifer" },
	{ "meg", "margaret", "meg", "margaret" }, { "maggie", "margaret", "magie", "margaret" },
	{ "peggy", "margaret", "pegi", "margaret" }, { "becky", "rebecca", "beki", "rebeca" },
	{ "vicky", "victoria", "viki", "victoria" }, { "debbie", "deborah", "debie", "deborah" },
	{ "misha", "mikhail", "misha", "mihail" }, { "dima", "dmitry", "dima", "dmitri" },
	{ "volodya", "vladimir", "volodia", "vladimir" }, { "vova", "vladimir", "vova", "vladimir" },
	{ "kolya", "nikolai", "kolia", "nikolai" }, { "zhenya", "yevgeny", "jenia", "evgeni" },
	{ "kostya", "konstantin", "kostia", "konstantin" }, { "pasha", "pavel", "pasha", "pavel" },
};

#define N_DIMINUTIVES (sizeof(diminutives) / sizeof(diminutives[0]))

const kg_diminutive *kg_resolve_diminutives(size_t *n)
{
	*n = N_DIMINUTIVES;
	return diminutives;
}

/* 1 when strict keys ka and kb are a diminutive and its full form, or two diminutives of one name. */
static int diminutive_pair(const char *ka, const char *kb)
{
	for (size_t i = 0; i < N_DIMINUTIVES; i++) {
		const char *ks = diminutives[i].short_key, *kf = diminutives[i].full_key;

		if ((strcmp(ks, ka) == 0 && strcmp(kf, kb) == 0) || (strcmp(ks, kb) == 0 && strcmp(kf, ka) == 0))
			return 1;
		if (strcmp(ks, ka) != 0)
			continue;
		for (size_t j = 0; j < N_DIMINUTIVES; j++)
			if (j != i && strcmp(diminutives[j].full_key, kf) == 0 && strcmp(diminutives[j].short_key, kb) == 0)
				return 1;
	}
	return 0;
}

/* 1 when strict keys ka and kb (equal length, at least 7) differ only in at most two inner vowels. */
static int inner_vowels_differ(const char *ka, const char *kb)
{
	size_t n = strlen(ka), diffs = 0;

	if (n < 7 || strlen(kb) != n || ka[0] != kb[0] || ka[n - 1] != kb[n - 1])
		return 0;
	for (size_t i = 1; i + 1 < n; i++) {
		if (ka[i] == kb[i])
			continue;
		if (!is_vowel(ka[i]) || !is_vowel(kb[i]) || ++diffs > 2)
			return 0;
	}
	return 1;
}

kg_given_rel kg_resolve_given_rel(const char *a, const char *b)
{
	char fa[KG_RESOLVE_KEY_MAX], fb[KG_RESOLVE_KEY_MAX], ka[KG_RESOLVE_KEY_MAX], kb[KG_RESOLVE_KEY_MAX];
	size_t na, nb;

	if (!fold_word(fa, sizeof(fa), a, strlen(a)) || !fold_word(fb, sizeof(fb), b, strlen(b)))
		return KG_GIVEN_NONE;
	if (strcmp(fa, fb) == 0)
		return KG_GIVEN_SAME;
	kg_resolve_translit_key(ka, fa, 0);
	kg_resolve_translit_key(kb, fb, 0);
	na = strlen(ka);
	nb = strlen(kb);
	if (strcmp(ka, kb) == 0)
		return KG_GIVEN_VARIANT;
	/* a final -i/-o (Dmitri, Dmytro) */
	if (na == nb && na >= 5 && strncmp(ka, kb, na - 1) == 0 &&
	    ((ka[na - 1] == 'i' && kb[na - 1] == 'o') || (ka[na - 1] == 'o' && kb[na - 1] == 'i')))
		return KG_GIVEN_VARIANT;
	if (loose_variant(fa, fb) || inner_vowels_differ(ka, kb))
		return KG_GIVEN_VARIANT;
	return diminutive_pair(ka, kb) ? KG_GIVEN_DIMINUTIVE : KG_GIVEN_NONE;
}

/* Leading words of a name that are titles or honorifics, not names. */
static const struct {
	const char *word; /* folded */
	int given_follows; /* 1: a royal or religious title, the next word is a given name */
} name_titles[] = {
	{ "mr", 0 }, { "mrs", 0 }, { "ms", 0 }, { "miss", 0 }, { "mx", 0 }, { "dr", 0 }, { "prof", 0 },
	{ "professor", 0 }, { "sir", 0 }, { "dame", 0 }, { "lord", 0 }, { "lady", 0 }, { "president", 0 },
	{ "vice", 0 }, { "prime", 0 }, { "minister", 0 }, { "foreign", 0 }, { "defence", 0 }, { "defense", 0 },
	{ "secretary", 0 }, { "chancellor", 0 }, { "senator", 0 }, { "sen", 0 }, { "rep", 0 },
	{ "representative", 0 }, { "congressman", 0 }, { "congresswoman", 0 }, { "gov", 0 }, { "governor", 0 },
	{ "gen", 0 }, { "general", 0 }, { "lt", 0 }, { "col", 0 }, { "colonel", 0 }, { "maj", 0 },
	{ "capt", 0 }, { "captain", 0 }, { "adm", 0 }, { "admiral", 0 }, { "sgt", 0 }, { "commander", 0 },
	{ "mayor", 0 }, { "ambassador", 0 }, { "envoy", 0 }, { "premier", 0 }, { "speaker", 0 }, { "judge", 0 },
	{ "justice", 0 }, { "commissioner", 0 }, { "chairman", 0 }, { "chairwoman", 0 }, { "chief", 0 }, { "ceo", 0 },
	{ "spokesman", 0 }, { "spokeswoman", 0 }, { "spokesperson", 0 }, { "deputy", 0 }, { "former", 0 },
	{ "late", 0 }, { "ex", 0 }, { "national", 0 }, { "security", 0 }, { "adviser", 0 }, { "advisor", 0 },
	{ "ayatollah", 0 }, { "cardinal", 0 }, { "archbishop", 0 }, { "bishop", 0 }, { "rabbi", 0 },
	{ "king", 1 }, { "queen", 1 }, { "prince", 1 }, { "princess", 1 }, { "crown", 0 }, { "emperor", 1 },
	{ "empress", 1 }, { "pope", 1 }, { "sultan", 1 }, { "sheikh", 1 }, { "emir", 1 }, { "saint", 1 },
	{ "patriarch", 1 },
};

/* Words that continue a title once one has started ("Secretary of State", "Chief of Staff"). */
static const char *const title_joiners[] = { "of", "the", "for", "and", "state", "affairs", "staff", "house", "homeland" };

/* Trailing words that are not part of the surname. */
static const char *const name_suffixes[] = { "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "kc", "qc", "mp" };

/* Surname particles; strong ones are particles even capitalised at the start ("Bin Laden"). */
static const struct {
	const char *word; /* folded */
	int strong;       /* 1: never a given name */
} name_particles[] = {
	{ "bin", 1 }, { "ibn", 1 }, { "bint", 1 }, { "binti", 1 }, { "von", 1 }, { "vom", 1 }, { "zu", 1 },
	{ "der", 1 }, { "den", 1 }, { "ter", 1 }, { "van", 0 }, { "de", 0 }, { "del", 0 }, { "della", 0 },
	{ "dei", 0 }, { "di", 0 }, { "da", 0 }, { "du", 0 }, { "dos", 0 }, { "das", 0 }, { "do", 0 },
	{ "la", 0 }, { "le", 0 }, { "al", 0 }, { "el", 0 }, { "y", 0 },
};

/* One word of a person name. */
typedef struct pword {
	const char *s;                  /* as written (borrowed) */
	size_t n;                       /* its bytes */
	char fold[KG_RESOLVE_KEY_MAX];  /* folded letters */
	int particle_prefix;            /* 1 when split off a hyphenated particle ("al-" of "al-Assad") */
} pword;

/* Index+1 of w in the particle table, 0 when not a particle. */
static size_t particle_index(const char *w)
{
	for (size_t i = 0; i < sizeof(name_particles) / sizeof(name_particles[0]); i++)
		if (strcmp(name_particles[i].word, w) == 0)
			return i + 1;
	return 0;
}

/* Title table entry+1 of w, 0 when w is no title. */
static size_t title_index(const char *w)
{
	for (size_t i = 0; i < sizeof(name_titles) / sizeof(name_titles[0]); i++)
		if (strcmp(name_titles[i].word, w) == 0)
			return i + 1;
	return 0;
}

static int in_list(const char *const *list, size_t n, const char *w)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(list[i], w) == 0)
			return 1;
	return 0;
}

/* 1 when the word as written is an initial or a run of initials: "J.", "J", "J.D.", "JD" (not when
 * the whole name is in capitals, caps 1: "JOE BIDEN"). */
static int is_initials(const pword *w, int caps)
{
	size_t letters = strlen(w->fold), upper = 0, dots = 0;

	if (letters <= 1)
		return 1;
	for (size_t i = 0; i < w->n; i++) {
		unsigned char c = (unsigned char)w->s[i];
		upper += isupper(c) != 0;
		dots += c == '.';
	}
	if (upper != letters)
		return 0;
	return dots >= letters - 1 || (letters <= 3 && !caps);
}

/* Splits name into words (at blanks; a hyphenated particle prefix becomes its own word); returns how
 * many, or MAX_WORDS + 1 when there are too many. */
static size_t split_words(pword *words, const char *name)
{
	size_t nw = 0, n = strip_possessive(name, strlen(name));

	for (size_t i = 0; i < n;) {
		size_t j = i;
		const char *dash;

		while (i < n && isspace((unsigned char)name[i]))
			i++;
		j = i;
		while (j < n && !isspace((unsigned char)name[j]))
			j++;
		if (j == i)
			break;
		dash = memchr(name + i, '-', j - i);
		if (dash && dash > name + i && dash + 1 < name + j && nw < MAX_WORDS) {
			char pre[KG_RESOLVE_KEY_MAX];
			fold_word(pre, sizeof(pre), name + i, (size_t)(dash - (name + i)));
			if (particle_index(pre)) {
				words[nw].s = name + i;
				words[nw].n = (size_t)(dash - (name + i));
				memcpy(words[nw].fold, pre, sizeof(pre));
				words[nw++].particle_prefix = 1;
				i = (size_t)(dash + 1 - name);
			}
		}
		if (nw == MAX_WORDS)
			return MAX_WORDS + 1;
		words[nw].s = name + i;
		words[nw].n = j - i;
		words[nw].particle_prefix = 0;
		if (fold_word(words[nw].fold, sizeof(words[nw].fold), name + i, j - i) > 0)
			nw++;
		i = j;
	}
	return nw;
}

/* 1 when words[k] (written as a span without a trailing dot) is a title or honorific in lex. */
static int lex_honorific(const kg_lex *lex, const pword *w)
{
	size_t n = w->n;

	if (!lex)
		return 0;
	if (n > 1 && w->s[n - 1] == '.')
		n--;
	return (kg_lex_word(lex, w->s, n) & KG_LEX_HONORIFIC) != 0;
}

/* How many leading words of words[0..n) are titles (keeping at least one word); *royal is set when the
 * last title stripped is one a given name follows. */
static size_t strip_titles(const pword *words, size_t n, const kg_lex *lex, int *royal)
{
	size_t i = 0;

	*royal = 0;
	while (n - i > 1) {
		size_t t;

		if (lex) {
			kg_span spans[MAX_WORDS];
			const char *canonical = NULL;

			for (size_t k = i; k < n; k++) {
				spans[k - i].s = words[k].s;
				spans[k - i].n = words[k].n;
			}
			t = kg_lex_title(lex, spans, n - i, &canonical);
			if (t > 0 && t < n - i) {
				size_t k = title_index(words[i + t - 1].fold);
				i += t;
				*royal = k ? name_titles[k - 1].given_follows : 0;
				continue;
			}
			if (n - i > 2 && (kg_lex_demonym(lex, words[i].s, words[i].n) ||
					  kg_lex_place(lex, words[i].s, words[i].n, &(kg_place){ 0 })) &&
			    (title_index(words[i + 1].fold) || lex_honorific(lex, &words[i + 1]) ||
			     kg_lex_title(lex, spans + 1, n - i - 1, &canonical) > 0)) {
				i++; /* "Ukrainian President ...", "U.S. Secretary of State ..." */
				continue;
			}
		}
		if ((t = title_index(words[i].fold)) != 0) {
			*royal = name_titles[t - 1].given_follows;
			i++;
		} else if (lex_honorific(lex, &words[i])) {
			*royal = 0;
			i++;
		} else if (i > 0 && in_list(title_joiners, sizeof(title_joiners) / sizeof(title_joiners[0]), words[i].fold)) {
			i++;
		} else {
			break;
		}
	}
	return i;
}

void kg_resolve_person_clear(kg_person_name *p)
{
	if (!p)
		return;
	free(p->given);
	free(p->givens);
	free(p->initials);
	free(p->surname);
	memset(p, 0, sizeof(*p));
}

int kg_resolve_person_parse(kg_person_name *out, const char *name, const kg_lex *lex)
{
	pword words[MAX_WORDS];
	char initials[MAX_WORDS * 4 + 1], givens[MAX_WORDS * KG_RESOLVE_KEY_MAX + 1];
	size_t n = split_words(words, name), i, last, first_particle, ni = 0, ng = 0;
	const char *given = NULL;
	int royal = 0, caps = 1, rc = KG_OK;

	memset(out, 0, sizeof(*out));
	initials[0] = givens[0] = '\0';
	if (n == 0 || n > MAX_WORDS)
		goto done;
	for (const char *c = name; *c; c++)
		caps &= !islower((unsigned char)*c);
	i = strip_titles(words, n, lex, &royal);
	out->title = i > 0;
	while (n - i > 1 && in_list(name_suffixes, sizeof(name_suffixes) / sizeof(name_suffixes[0]), words[n - 1].fold)) {
		/* "Karim II": a regnal number after one name makes it a given name, not a surname */
		royal |= words[n - 1].fold[0] == 'i' && n - i == 2;
		n--;
	}
	last = n - 1;
	if (royal && n - i == 1) {
		out->kind = KG_PNAME_GIVEN;
		given = words[last].fold;
		goto done;
	}
	if (strlen(words[last].fold) < 2)
		goto done;
	/* particles before the surname: lower-case, hyphenated, strong, after a given name, or before another */
	first_particle = last;
	while (first_particle > i) {
		const pword *w = &words[first_particle - 1];
		size_t p = particle_index(w->fold);

		if (!p)
			break;
		if (!(name_particles[p - 1].strong || w->particle_prefix || islower((unsigned char)w->s[0]) ||
		      first_particle - 1 > i || first_particle < last))
			break;
		first_particle--;
	}
	for (size_t k = i; k < first_particle; k++) {
		if (is_initials(&words[k], caps)) {
			size_t len = strlen(words[k].fold);
			if (ni + len < sizeof(initials)) {
				memcpy(initials + ni, words[k].fold, len);
				ni += len;
			}
			out->middle_initial |= given != NULL;
		} else {
			size_t len = strlen(words[k].fold);
			if (!given)
				given = words[k].fold;
			if (ni + 1 < sizeof(initials))
				initials[ni++] = words[k].fold[0];
			if (ng + len < sizeof(givens)) {
				memcpy(givens + ng, words[k].fold, len);
				ng += len;
			}
		}
	}
	initials[ni] = '\0';
	out->kind = given ? KG_PNAME_FULL : KG_PNAME_SURNAME;
	out->surname = kg_strdup(words[last].fold);
	if (!out->surname)
		rc = KG_ENOMEM;
done:
	if (rc == KG_OK && (out->initials = kg_strdup(initials)) == NULL)
		rc = KG_ENOMEM;
	if (rc == KG_OK && given && (out->given = kg_strdup(given)) == NULL)
		rc = KG_ENOMEM;
	givens[ng] = '\0';
	if (rc == KG_OK && ng && (out->givens = kg_strdup(givens)) == NULL)
		rc = KG_ENOMEM;
	if (rc < 0)
		kg_resolve_person_clear(out);
	return rc;
}
