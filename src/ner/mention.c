/* mention.c: named-entity recognition over a parsed document and coreference of its mentions. */
#include "internal.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define MAX_TITLE_WORDS 8
#define MAX_PLACE_WORDS 5

/* Collective nouns that turn a demonym or country into an organisation: "the Chilean delegation". */
static const char *const desc_nouns[] = {
	"delegation", "team", "government", "administration", "military", "army", "navy", "embassy",
	"negotiators", "side", "parliament", "ministry", NULL
};

/* Single lower-case words that are titles even without capitals. Multiword titles always count. */
static const char *const strong_titles[] = {
	"president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chancellor",
	"ambassador", "envoy", "adviser", "advisor", "premier", "governor", "mayor", "senator", "king",
	"queen", "prince", "princess", "emir", "sheikh", "pope", "commissioner", "chairman", "chairwoman",
	"chairperson", "commander", "founder", "co-founder", "vice-president", "vice-chancellor", "vice-chairman",
	"vice-chair", "vice-governor", "vice-minister", NULL
};

/* Speech verbs whose subject is a person rather than a news outlet ("the Courier reported"). */
static const char *const person_speech[] = {
	"said", "says", "told", "tells", "added", "stressed", "insisted", "argued", "warned", "explained",
	"recalled", "replied", "asked", "urged", "acknowledged", "noted", "emphasized", "emphasised",
	"stated", "declared", "admitted", "conceded", "remarked", NULL
};

static int in_list(const char *const *list, const char *w);

/* Head words of organisation names in other languages, first word: "Instituto Andino de Comercio". */
static const char *const org_heads[] = {
	"Instituto", "Institut", "Banco", "Banque", "Universidad", "Universidade", "Université", "Partido",
	"Parti", "Fundación", "Fundação", "Ministerio", "Ministério", "Ministère", "Agence", "Société",
	"Compagnie", "Comisión", "Consejo", "Frente", "Movimiento", "Bundesamt", "Bundesbank", "Grupo", "Empresa",
	"Empresas", "Companhia", "Compañía", "Corporación", "Sociedad", NULL
};
/* Last words that make a name an organisation: "Lusitania Air", "Aurelia Airways". */
static const char *const org_tails[] = {
	"Air", "Airways", "Airlines", "Holdings", "Motors", "Bank", "Group", "Inc", "Inc.", "Corp", "Corp.",
	"Ltd", "Ltd.", "LLC", "PLC", "plc", "AG", "SA", "GmbH", "Technologies", "Systems", "Energy", "Media",
	"Capital", "Partners", "Pharmaceuticals", "Forum", "Shipping", "Steel", "Mining", "Cement", "Telecom",
	/* company forms of many markets: "Tanjung Maju Bhd", "Sinar Nusantara Tbk", "Hoshino Electric Co.",
	 * "Vale Norte S.A.", "Nile Valley Holding", "Lockwood Asset Management" */
	"Plc", "Limited", "Bhd", "Bhd.", "Berhad", "Tbk", "Tbk.", "Co.", "S.A.", "SpA", "S.p.A.", "N.V.", "NV",
	"ASA", "Oyj", "Pty", "Ltda", "Ltda.", "Holding", "Management", "Industries", "Corporation",
	/* trades: "Hoshino Electric", "Atlantica Energia" */
	"Electric", "Energia", NULL
};

/* Legal forms a company's name may end in and drop when named again ("Sinar Energy Sdn Bhd", then
 * "Sinar Energy"). */
static const char *const legal_forms[] = {
	"Ltd", "Ltd.", "Limited", "Plc", "PLC", "plc", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "LLC", "AG",
	"SA", "S.A.", "NV", "N.V.", "Bhd", "Bhd.", "Berhad", "Sdn", "Tbk", "GmbH", "SpA", "S.p.A.", "Pty", "ASA",
	"Oyj", "Group", "Holdings", "Holding", NULL
};

/* Compass and position words that open place names. */
static const char *const compass[] = {
	"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
	"Lower", "Greater", NULL
};

/* Capitalised abbreviations that are never names: time zones and units. */
static const char *const not_names[] = {
	"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "IST",
	"AM", "PM", "TV", "OK", "CEO", "CFO", "COO", "CTO", "PhD", "MP", "MPs",
	"Highness", "Majesty", "Excellency", "Holiness", NULL
};
/* Styles of address after "His", "Her", "Your": the pronoun and the style are no name. */
static const char *const address_styles[] = { "Highness", "Majesty", "Excellency", "Holiness", NULL };

void ner_lower(const kg_parsed *p, size_t t, char *buf, size_t cap)
{
	const char *s = kg_tok_str(p, t);
	size_t n = kg_tok_len(p, t), i;

	for (i = 0; i < n && i + 1 < cap; i++)
		buf[i] = (char)tolower((unsigned char)s[i]);
	buf[i] = '\0';
}

static int in_listn(const char *const *list, const char *w, size_t n)
{
	if (n == 0)
		return 0; /* no list holds "" */
	for (; *list; list++)
		if ((*list)[0] == w[0] && strlen(*list) == n && memcmp(*list, w, n) == 0)
			return 1;
	return 0;
}

static int in_list(const char *const *list, const char *w)
{
	for (; *list; list++)
		if ((*list)[0] == w[0] && strcmp(*list, w) == 0)
			return 1;
	return 0;
}

/* Copies src into dst (cap bytes), truncated and NUL-terminated like snprintf's "%s". */
static void copy_str(char *dst, size_t cap, const char *src)
{
	size_t n = strlen(src);

	if (n >= cap)
		n = cap - 1;
	memcpy(dst, src, n);
	dst[n] = '\0';
}

static unsigned tok_lex(const nctx *c, size_t t)
{
	if (c->tlex[t] == TLEX_UNSET) {
		c->tlex[t] = kg_lex_word(c->lex, kg_tok_str(c->p, t), kg_tok_len(c->p, t));
		/* "Md." as one token (the tokenizer keeps its stop only where it is Mohammad, before a name):
		 * a given name, so "Minister for Foreign Affairs Md. Rafiqul Alam" starts the person there */
		if (kg_tok_is(c->p, t, "Md."))
			c->tlex[t] |= KG_LEX_FIRSTNAME;
	}
	return c->tlex[t];
}

/* What the recogniser already knows of a token; the same tests are asked many times per token. */
struct tokcache {
	signed char namey;     /* namey(): -1 not yet asked */
	signed char title_len; /* title_at() to the sentence end: -1 not yet asked */
	signed char place_len; /* place_at() to the sentence end: -1 not yet asked */
	signed char org_len;   /* org_alias_at() to the sentence end: -1 not yet asked */
	signed char conn;      /* connector(): -1 not yet asked */
	const char *title;     /* its canonical title */
	const char *org;       /* its organisation alias's canonical name */
	kg_place place;        /* its place */
	size_t send;           /* end of the token's sentence */
};

static int namey_raw(const nctx *c, size_t t);
static size_t title_at_raw(const nctx *c, size_t t, size_t lim, const char **canon);
static size_t place_at_raw(const nctx *c, size_t t, size_t lim, kg_place *pl);
static size_t org_alias_at_raw(const nctx *c, size_t t, size_t lim, const char **canon);
static int honorific_at(const nctx *c, size_t t);
static int tok_is_of(const nctx *c, size_t t);
static size_t title_fields_past(const nctx *c, size_t t, size_t b, size_t end);
static int field_token(const nctx *c, size_t t);
static size_t town_before_mayor(const nctx *c, size_t t, size_t b);
static int owner_before_head_title(const nctx *c, size_t t0, size_t t1, size_t end);
static int appoints_as_company(const nctx *c, size_t si, size_t v);

/* 1 when token t can be part of a name: a capitalised word, an acronym or an initial. */
static int namey(const nctx *c, size_t t)
{
	if (c->tc[t].namey < 0)
		c->tc[t].namey = (signed char)namey_raw(c, t);
	return c->tc[t].namey;
}

static size_t title_at(const nctx *c, size_t t, size_t lim, const char **canon)
{
	struct tokcache *tc = &c->tc[t];

	if (tc->title_len < 0)
		tc->title_len = (signed char)title_at_raw(c, t, tc->send, &tc->title);
	if ((size_t)tc->title_len <= lim - t) {
		*canon = tc->title;
		return (size_t)tc->title_len;
	}
	return title_at_raw(c, t, lim, canon);
}

/* Defines NAME(c, t, lim, out), RAW(c, t, lim, out) through the token's memo of RAW's answer to the
 * sentence end (LEN, VAL of its tokcache), which serves every lim that answer fits in; out is set
 * only when something is found, as RAW does. */
#define MEMO_AT(name, raw, len, val, type)                                                                   \
	static size_t name(const nctx *c, size_t t, size_t lim, type *out)                                   \
	{                                                                                                    \
		struct tokcache *tc = &c->tc[t];                                                             \
		if (tc->len < 0)                                                                             \
			tc->len = (signed char)raw(c, t, tc->send, &tc->val);                                 \
		if ((size_t)tc->len > lim - t)                                                               \
			return raw(c, t, lim, out);                                                          \
		if (tc->len)                                                                                 \
			*out = tc->val;                                                                      \
		return (size_t)tc->len;                                                                      \
	}

MEMO_AT(place_at, place_at_raw, place_len, place, kg_place)
MEMO_AT(org_alias_at, org_alias_at_raw, org_len, org, const char *)

/* 1 when token t is a capitalised word that may stand in a name beside a month's name: no number,
 * month, weekday, function word or pronoun. */
static int name_beside_month(const nctx *c, size_t t)
{
	const kg_token *k = &c->p->tokens[t];

	return (k->flags & KG_TOK_WORD) && (k->flags & KG_TOK_CAP) && !(k->flags & (KG_TOK_NUM | KG_TOK_UPPER)) &&
	       kg_tok_len(c->p, t) > 1 &&
	       !(tok_lex(c, t) & (KG_LEX_MONTH | KG_LEX_WEEKDAY | KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_TITLE));
}

/* 1 when the month name at t is part of a person's name: right after a capitalised given name and
 * before no number ("Irena May said", not "on 5 May 2019" nor "in May"); or a month's three-letter
 * short form between name words or before one ("Liang Jun", "Jun Young-hyun", "Jan Kowalski"), never
 * before a number. */
static int month_surname(const nctx *c, size_t t)
{
	const kg_token *k = &c->p->tokens[t];
	int next_num = t + 1 < c->p->n_tokens && (c->p->tokens[t + 1].flags & KG_TOK_NUM);

	if (k->flags & KG_TOK_UPPER || kg_tok_len(c->p, t) < 3 || next_num ||
	    kg_tok_str(c->p, t)[kg_tok_len(c->p, t) - 1] == '.')
		return 0;
	if (kg_tok_len(c->p, t) == 3 && ((t > 0 && name_beside_month(c, t - 1) && !(c->p->tokens[t].flags & KG_TOK_SENT_START)) ||
					  (t + 1 < c->p->n_tokens && name_beside_month(c, t + 1))))
		return 1;
	/* "Foreign Minister January Kombo", "her foreign minister, January Kombo", "Foreign Minister Monday
	 * Kumba": a title, or a title and a comma, before the month or weekday and a name word: it is a
	 * given name */
	if (t + 1 < c->p->n_tokens && name_beside_month(c, t + 1) && !(c->p->tokens[t + 1].flags & KG_TOK_NUM) &&
	    ((t > 0 && (tok_lex(c, t - 1) & KG_LEX_TITLE)) ||
	     (t > 1 && kg_tok_is(c->p, t - 1, ",") && (tok_lex(c, t - 2) & KG_LEX_TITLE))))
		return 1;
	if (t == 0 || !(c->p->tokens[t - 1].flags & KG_TOK_CAP) || !(tok_lex(c, t - 1) & KG_LEX_FIRSTNAME) ||
	    (tok_lex(c, t - 1) & (KG_LEX_MONTH | KG_LEX_WEEKDAY | KG_LEX_STOP)))
		return 0;
	return 1;
}

/* 1 when the lone capital at token t is an initial written without its stop, as South Asian news
 * writes them: "External Affairs Minister S Jaishankar", "Chief Minister M K Stalin". The letters run
 * into a name word (capitalised, with lower-case letters); "A" and "I" are words, not initials. */
static int bare_initial(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);
	size_t u = t + 1;

	if (!isupper((unsigned char)s[0]) || s[0] == 'A' || s[0] == 'I')
		return 0;
	while (u < c->p->n_tokens && u - t < 3 && kg_tok_len(c->p, u) == 1 && isupper((unsigned char)*kg_tok_str(c->p, u)))
		u++;
	if (u >= c->p->n_tokens || kg_tok_len(c->p, u) < 3 || !(c->p->tokens[u].flags & KG_TOK_CAP) ||
	    (c->p->tokens[u].flags & KG_TOK_UPPER))
		return 0;
	/* the name word must not be a title, a month or a common word ("B Minister", "C Group") */
	return !(tok_lex(c, u) & (KG_LEX_TITLE | KG_LEX_COMMON | KG_LEX_MONTH | KG_LEX_WEEKDAY | KG_LEX_STOP |
				  KG_LEX_ORGWORD | KG_LEX_PLACEWORD));
}

/* ISO codes of currencies that stand before an amount ("USD 2 billion", "EUR 500 million"): a unit of
 * money there, no organisation. */
static const char *const currency_codes[] = { "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "CHF", "CAD",
	"AUD", "NZD", "RUB", "BRL", "MXN", "ZAR", "NGN", "KES", "GHS", "EGP", "SAR", "AED", "QAR", "KWD", "PKR",
	"BDT", "IDR", "MYR", "PHP", "THB", "VND", "KRW", "TRY", "UAH", "ETB", "TZS", "UGX", "XOF", "XAF",
	"MAD", "DZD", "TND", "ARS", "COP", "CLP", "PEN", "SGD", "HKD", "SEK", "NOK", "DKK", "PLN", NULL };

/* 1 when token t is a word of the epithet "Father of the Nation" (or "Mother", "Founder" of it) that
 * some countries put before their founder's name: a form of address, not a name. */
static int nation_epithet_word(const nctx *c, size_t t)
{
	static const char *const heads[] = { "Father", "Mother", "Founder", "Fathers", NULL };

	for (size_t k = t >= 3 ? t - 3 : 0; k <= t && k + 3 < c->p->n_tokens; k++)
		if (in_listn(heads, kg_tok_str(c->p, k), kg_tok_len(c->p, k)) && tok_is_of(c, k + 1) &&
		    kg_tok_ieq(c->p, k + 2, "the") && kg_tok_is(c->p, k + 3, "Nation") && (k == t || k + 3 == t))
			return 1;
	return 0;
}

/* 1 when token t follows the epithet "Father of the Nation": a person's name starts there. */
static int after_nation_epithet(const nctx *c, size_t t)
{
	return t > 0 && kg_tok_is(c->p, t - 1, "Nation") && nation_epithet_word(c, t - 1);
}

/* 1 when the word s[0..n) is a name glued by a hyphen to a participle or to "born", "made", "run",
 * "style": an adjective ("Bogota-based", "Dutch-speaking", "Saudi-led", "Kremlin-backed",
 * "Kenyan-born"), no part of a name. */
static int hyphened_modifier(const nctx *c, const char *s, size_t n)
{
	static const char *const tails[] = { "born", "made", "run", "led", "style", "bound", "wide", "hit", "torn",
		"struck", "stricken", "rich", "linked", "owned", "held", "built", "grown", NULL };
	const char *h = NULL, *w;
	size_t m;

	for (size_t i = 1; i + 1 < n; i++)
		if (s[i] == '-')
			h = s + i;
	if (!h)
		return 0;
	w = h + 1;
	m = (size_t)(s + n - w);
	for (size_t i = 0; i < m; i++)
		if (!islower((unsigned char)w[i]))
			return 0;
	/* "Lam Cheuk-ting", "Chan Siu-ming": a syllable of a given name is no participle */
	if (in_listn(tails, w, m))
		return 1;
	return ((m >= 5 && memcmp(w + m - 2, "ed", 2) == 0) || (m >= 7 && memcmp(w + m - 3, "ing", 3) == 0)) &&
	       (kg_lex_word(c->lex, w, m) & KG_LEX_COMMON);
}

/* Words of magnitude after an amount: "RM1.2 billion", "N500 crore". */
static const char *const magnitudes[] = { "million", "billion", "trillion", "crore", "crores", "lakh", "bn", "mn",
					  NULL };

/* 1 when token t is a currency's symbol glued to its amount or to "$": "RM1.2 billion", "N500 billion",
 * "KSh10.5 billion", "Rp5 trillion", "HK$3 billion", "US$2 billion": one to three letters, then a number
 * with a decimal point or comma or before a magnitude word ("G20 summit" and "A320 jets" stay names). */
static int money_symbol(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t), l = 0;
	char w[16];

	if (t + 1 < c->p->n_tokens && kg_tok_is(c->p, t + 1, "$") && !(c->p->tokens[t + 1].flags & KG_TOK_SPACE_BEFORE) &&
	    n <= 3)
		return 1;
	while (l < n && l < 4 && isalpha((unsigned char)s[l]))
		l++;
	if (l == 0 || l > 3 || l == n || !isdigit((unsigned char)s[l]))
		return 0;
	for (size_t i = l; i < n; i++) {
		if (s[i] == '.' || s[i] == ',')
			return i + 1 < n && isdigit((unsigned char)s[i + 1]);
		if (!isdigit((unsigned char)s[i]))
			return 0;
	}
	if (t + 1 >= c->p->n_tokens)
		return 0;
	ner_lower(c->p, t + 1, w, sizeof(w));
	return in_list(magnitudes, w);
}

static int namey_raw(const nctx *c, size_t t)
{
	const kg_token *k = &c->p->tokens[t];
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);
	int upper_run = 0;

	if (!(k->flags & KG_TOK_WORD) || (k->flags & KG_TOK_POSS))
		return 0;
	if (n >= 4 && (s[0] == 'a' || s[0] == 'e') && s[1] == 'l' && s[2] == '-' && isupper((unsigned char)s[3]))
		return 1; /* al-Hakim, el-Badri */
	if (!(k->flags & (KG_TOK_CAP | KG_TOK_UPPER)))
		return 0;
	/* "I'm", "I've", "I'll", "I'd": the pronoun I with a contraction */
	if (n >= 3 && s[0] == 'I' && (s[1] == '\'' || (n >= 5 && memcmp(s + 1, "\xe2\x80\x99", 3) == 0)))
		return 0;
	/* "met with HE Samuel Otieno": His Excellency before a name, not the pronoun of a line in capitals */
	if (n == 2 && s[0] == 'H' && s[1] == 'E')
		return t + 1 < c->p->n_tokens && (c->p->tokens[t + 1].flags & KG_TOK_CAP) &&
		       !(c->p->tokens[t + 1].flags & KG_TOK_UPPER) && (t == 0 || !(c->p->tokens[t - 1].flags & KG_TOK_UPPER));
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch == '@' || ch == '/' || ch == ':' || ch == '_' || ch == '#')
			return 0;
		if (isupper(ch)) {
			upper_run++;
		} else if (islower(ch)) {
			/* "FOCUSWorld": glued furniture, "SUVs": a plural; not "JPMorgan", "ZDNet" */
			if (upper_run >= 4 || (upper_run == 3 && i + 1 == n && ch == 's'))
				return 0;
			upper_run = 0;
		} else {
			upper_run = 0; /* "U.S.-China" */
		}
	}
	if (n == 1)
		return bare_initial(c, t); /* a lone letter, unless an initial written without its stop */
	if ((s[n - 1] == '.' ? kg_lex_word(c->lex, s, n - 1) : tok_lex(c, t)) & (KG_LEX_MONTH | KG_LEX_WEEKDAY))
		return month_surname(c, t);
	if (hyphened_modifier(c, s, n))
		return 0; /* "Bogota-based", "Dutch-speaking", "Kremlin-backed" */
	if (in_listn(not_names, s, n))
		return 0;
	if (n == 3 && t + 1 < c->p->n_tokens && (c->p->tokens[t + 1].flags & KG_TOK_NUM) &&
	    in_listn(currency_codes, s, n))
		return 0;
	if (money_symbol(c, t))
		return 0;
	if (nation_epithet_word(c, t))
		return 0;
	if ((tok_lex(c, t) & KG_LEX_PRONOUN) && t + 1 < c->p->n_tokens &&
	    in_listn(address_styles, kg_tok_str(c->p, t + 1), kg_tok_len(c->p, t + 1)))
		return 0; /* "His Highness" */
	return 1;
}

/* 1 when token t is "of" in any case. */
static int tok_is_of(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);

	return kg_tok_len(c->p, t) == 2 && (s[0] | 0x20) == 'o' && (s[1] | 0x20) == 'f';
}

/* 1 when token t is an apostrophe glued to the end of a name and followed by more of it ("Rafi' al Karimi",
 * a transliterated ayn): neither a plural possessive (the name ends in s) nor a closing quote. */
static int glued_apostrophe(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t), *prev;
	size_t n = kg_tok_len(c->p, t), pn;
	const kg_token *k = &c->p->tokens[t];

	if (!((n == 1 && s[0] == '\'') || (n == 3 && memcmp(s, "\xe2\x80\x99", 3) == 0)) || t == 0 ||
	    t + 1 >= c->p->n_tokens || (k->flags & KG_TOK_SPACE_BEFORE) ||
	    !(c->p->tokens[t + 1].flags & KG_TOK_SPACE_BEFORE) || (c->p->tokens[t + 1].flags & KG_TOK_NEWLINE_BEFORE))
		return 0;
	prev = kg_tok_str(c->p, t - 1);
	pn = kg_tok_len(c->p, t - 1);
	if (pn < 2 || prev[pn - 1] == 's' || prev[pn - 1] == 'S' || !(c->p->tokens[t - 1].flags & KG_TOK_CAP) ||
	    !(c->p->tokens[t - 1].flags & KG_TOK_WORD))
		return 0;
	/* a name word or a particle and a name word after it */
	return (c->p->tokens[t + 1].flags & KG_TOK_CAP) ||
	       (t + 2 < c->p->n_tokens && (tok_lex(c, t + 1) & KG_LEX_PARTICLE) &&
		(c->p->tokens[t + 2].flags & KG_TOK_CAP));
}

static int connector_raw(const nctx *c, size_t t)
{
	if (tok_is_of(c, t) || glued_apostrophe(c, t))
		return 1;
	return !(c->p->tokens[t].flags & KG_TOK_CAP) && (tok_lex(c, t) & KG_LEX_PARTICLE);
}

/* A connector that may stand inside a name: particles, and "of" in "Department of State". */
static int connector(const nctx *c, size_t t)
{
	if (c->tc[t].conn < 0)
		c->tc[t].conn = (signed char)connector_raw(c, t);
	return c->tc[t].conn;
}

/* 0 when kg_lex_title cannot match at token t: a title opens with a word the lexicon marks
 * KG_LEX_TITLE (every title's first word and qualifier is), unless its dot is dropped ("Gen.") or
 * it is an "ex-" form; non-ASCII letters, which fold, are left to kg_lex_title. */
static int title_may_start(const nctx *c, size_t t)
{
	const unsigned char *s = (const unsigned char *)kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);

	if (tok_lex(c, t) & KG_LEX_TITLE)
		return 1;
	if (n == 0 || s[n - 1] == '.' || s[0] >= 0x80 || (n > 1 && s[1] >= 0x80) || (n > 2 && s[2] >= 0x80))
		return 1;
	return n > 3 && (s[0] | 0x20) == 'e' && (s[1] | 0x20) == 'x';
}

/* 1 when "of" at t (before lim) names a body by its capitalised name: "(the director-general) of
 * UNESCO", "(the speaker) of the National Assembly". A weak lower-case title before it is an office;
 * before a person ("an aide of President X", "of Jon Roe") it stays a word for the relation rules. */
static int of_named_body(const nctx *c, size_t t, size_t lim)
{
	const char *canon;

	if (t + 1 >= lim || !kg_tok_is(c->p, t, "of"))
		return 0;
	t++;
	if (kg_tok_is(c->p, t, "the") && t + 1 < lim)
		t++;
	return namey(c, t) && !(tok_lex(c, t) & KG_LEX_FIRSTNAME) && !honorific_at(c, t) &&
	       !title_at(c, t, lim, &canon);
}

/* 1 when one or two lower-case words of a field stand between a name (or a possessive, or "its") and
 * the weak title at token t: "Hamas political bureau chief X", "the army's intelligence chief X", "led
 * by its mission chief X". */
static int named_field_before(const nctx *c, size_t t)
{
	for (size_t j = t; j-- > 0 && t - j <= 3;) {
		const kg_token *k = &c->p->tokens[j];

		if (j < t - 1 && (namey(c, j) || (k->flags & KG_TOK_POSS) || kg_tok_ieq(c->p, j, "its") ||
				  kg_tok_ieq(c->p, j, "their")))
			return 1;
		if (!(k->flags & KG_TOK_WORD) || (k->flags & (KG_TOK_CAP | KG_TOK_NUM | KG_TOK_POSS)) ||
		    (tok_lex(c, j) & (KG_LEX_STOP | KG_LEX_PRONOUN)) || kg_tok_len(c->p, j) < 3)
			return 0;
	}
	return 0;
}

/* Number of tokens of the title starting at t (before lim), 0 when none; *canon gets its name. */
static size_t title_at_raw(const nctx *c, size_t t, size_t lim, const char **canon)
{
	kg_span w[MAX_TITLE_WORDS];
	size_t n = 0, len, pl_len;
	kg_place pl;
	char low[24];

	*canon = NULL;
	if (!(c->p->tokens[t].flags & KG_TOK_WORD) || (c->p->tokens[t].flags & KG_TOK_POSS))
		return 0;
	/* "Group Managing Director X", "Group CEO X": a company group's office, when "Group" ends no name
	 * before it ("Adani Group chairman X" is the group's chairman) */
	if (kg_tok_is(c->p, t, "Group") && t + 1 < lim && (t == 0 || !namey(c, t - 1)) &&
	    (len = title_at_raw(c, t + 1, lim, canon)) > 0 && (c->p->tokens[t + 1].flags & KG_TOK_CAP))
		return len + 1;
	if (!title_may_start(c, t))
		return 0;
	for (size_t i = t; i < lim && n < MAX_TITLE_WORDS; i++) {
		if (!(c->p->tokens[i].flags & KG_TOK_WORD) || (c->p->tokens[i].flags & KG_TOK_POSS))
			break;
		w[n].s = kg_tok_str(c->p, i);
		w[n].n = kg_tok_len(c->p, i);
		n++;
	}
	if (n == 0)
		return 0;
	len = kg_lex_title(c->lex, w, n, canon);
	/* "the governor of the Central Bank of Kenya": a title whose "of" part ends in a capitalised head word
	 * of a body that goes on with its own "of" part, a place and no more name words, is the words before
	 * its "of"; the body is named whole (not so before a holder's name: "... of Nigeria Olayemi X") */
	if (len >= 3 && t + len + 1 < lim && kg_tok_is(c->p, t + len, "of") &&
	    (c->p->tokens[t + len - 1].flags & KG_TOK_CAP) && (tok_lex(c, t + len - 1) & KG_LEX_ORGWORD) &&
	    (pl_len = place_at(c, t + len + 1, lim, &pl)) > 0 && !(t + len + 1 + pl_len < lim && namey(c, t + len + 1 + pl_len)))
		for (size_t k = t + 1; k + 1 < t + len; k++)
			if (tok_is_of(c, k)) {
				len = kg_lex_title(c->lex, w, k - t, canon) == k - t ? k - t : 0;
				break;
			}
	if (len == 1 && !(c->p->tokens[t].flags & KG_TOK_CAP)) {
		ner_lower(c->p, t, low, sizeof(low));
		/* a weak lower-case title ("chief") counts between a name and a name: "Mossad chief David Barnea" */
		if (!in_list(strong_titles, low) &&
		    !(t > 0 && t + 1 < lim && (namey(c, t - 1) || (c->p->tokens[t - 1].flags & KG_TOK_POSS) || named_field_before(c, t)) &&
		      (namey(c, t + 1) || (t + 2 < lim && kg_tok_is(c->p, t + 1, ",") && namey(c, t + 2)))) &&
		    !(t > 0 && (tok_lex(c, t - 1) & KG_LEX_DEMONYM)) && /* "the Hungarian leader" */
		    /* "head of" and "leader of" are read by the relation step's own rule */
		    !(of_named_body(c, t + 1, lim) && strcmp(low, "head") != 0 && strcmp(low, "leader") != 0))
			return 0;
	}
	return len;
}

/* Joins tokens [t0, t1) with single spaces into a new string. */
static char *span_text(const nctx *c, size_t t0, size_t t1)
{
	size_t len = 0, o = 0;
	char *s;

	for (size_t t = t0; t < t1; t++)
		len += kg_tok_len(c->p, t) + 1;
	s = malloc(len + 1);
	if (!s)
		return NULL;
	for (size_t t = t0; t < t1; t++) {
		if (o && !(c->p->tokens[t].flags & KG_TOK_POSS) && strncmp(kg_tok_str(c->p, t), "-", 1) != 0 &&
		    (c->p->tokens[t].flags & KG_TOK_SPACE_BEFORE))
			s[o++] = ' ';
		memcpy(s + o, kg_tok_str(c->p, t), kg_tok_len(c->p, t));
		o += kg_tok_len(c->p, t);
	}
	s[o] = '\0';
	return s;
}

/* The tokens [t0, t1) as a title the text makes ("Minister of Industry, Trade and Investment"), kept in
 * c->titles (owned there); *canon gets it. KG_ENOMEM with *canon unchanged. */
static int title_text(nctx *c, size_t t0, size_t t1, const char **canon)
{
	char *title = span_text(c, t0, t1);

	if (!title || kg_strv_push(&c->titles, title) < 0) {
		free(title);
		return KG_ENOMEM;
	}
	free(title);
	*canon = c->titles.v[c->titles.n - 1];
	return KG_OK;
}

/* 1 when token t is a name particle (not "of"). */
static int tok_is_particle(const nctx *c, size_t t)
{
	return !(c->p->tokens[t].flags & KG_TOK_CAP) && (tok_lex(c, t) & KG_LEX_PARTICLE);
}

/* 1 when a one-word place is a small town (a gazetteer entry that is more often a surname: "Lorca")
 * and nothing around it says place: no locative preposition before it. */
static int small_town_out_of_place(const nctx *c, size_t t, const kg_place *pl)
{
	static const char *const locative[] = { "in", "to", "from", "at", "near", "outside", "into", "of", "via",
						"across", "around", "toward", "towards", NULL };
	char w[16];

	if (pl->kind != KG_PLACE_CITY || pl->population == 0 || pl->population >= 100000)
		return 0;
	if (t == 0 || (c->p->tokens[t].flags & KG_TOK_NEWLINE_BEFORE))
		return 0; /* a dateline */
	ner_lower(c->p, t - 1, w, sizeof(w));
	return !in_list(locative, w) && !kg_tok_is(c->p, t - 1, ",");
}

/* The AP style's abbreviations of US states, written after a town and a comma ("Charlotte, N.C.",
 * "TOPEKA, Kan."); NULL-terminated pairs. */
static const char *const us_state_abbrevs[] = {
	"Ala.", "Alabama", "Ariz.", "Arizona", "Ark.", "Arkansas", "Calif.", "California", "Colo.", "Colorado",
	"Conn.", "Connecticut", "Del.", "Delaware", "Fla.", "Florida", "Ga.", "Georgia", "Ill.", "Illinois",
	"Ind.", "Indiana", "Kan.", "Kansas", "Ky.", "Kentucky", "La.", "Louisiana", "Md.", "Maryland",
	"Mass.", "Massachusetts", "Mich.", "Michigan", "Minn.", "Minnesota", "Miss.", "Mississippi", "Mo.",
	"Missouri", "Mont.", "Montana", "Neb.", "Nebraska", "Nev.", "Nevada", "N.H.", "New Hampshire", "N.J.",
	"New Jersey", "N.M.", "New Mexico", "N.Y.", "New York", "N.C.", "North Carolina", "N.D.", "North Dakota",
	"Okla.", "Oklahoma", "Ore.", "Oregon", "Pa.", "Pennsylvania", "R.I.", "Rhode Island", "S.C.",
	"South Carolina", "S.D.", "South Dakota", "Tenn.", "Tennessee", "Vt.", "Vermont", "Va.", "Virginia",
	"Wash.", "Washington", "W.Va.", "West Virginia", "Wis.", "Wisconsin", "Wyo.", "Wyoming", NULL, NULL
};

/* The US state an AP abbreviation at token t names after "Town," ("Kan." as one token, or "Kan" and
 * "."), with its token count in *len; NULL when none. */
static const char *state_abbrev_at(const nctx *c, size_t t, size_t lim, size_t *len)
{
	char w[8];
	size_t n = kg_tok_len(c->p, t);

	if (t < 2 || !kg_tok_is(c->p, t - 1, ",") || !(c->p->tokens[t - 2].flags & (KG_TOK_CAP | KG_TOK_UPPER)) ||
	    n + 2 > sizeof(w) || n < 2)
		return NULL;
	memcpy(w, kg_tok_str(c->p, t), n);
	*len = 1;
	if (w[n - 1] != '.') {
		if (t + 1 >= lim || !kg_tok_is(c->p, t + 1, ".") || (c->p->tokens[t + 1].flags & KG_TOK_SPACE_BEFORE))
			return NULL;
		w[n++] = '.';
		*len = 2;
	}
	w[n] = '\0';
	for (size_t i = 0; us_state_abbrevs[i]; i += 2)
		if (strcmp(us_state_abbrevs[i], w) == 0)
			return us_state_abbrevs[i + 1];
	return NULL;
}

/* Longest place starting at t within [t, lim): tokens spanned, 0 when none. */
static size_t place_at_raw(const nctx *c, size_t t, size_t lim, kg_place *pl)
{
	size_t best = 0;
	const char *state;

	if ((state = state_abbrev_at(c, t, c->p->n_tokens, &best)) != NULL && kg_lex_place(c->lex, state, strlen(state), pl))
		return 1; /* "Kan" of "Kan .": the stop stays a token of its own */
	best = 0;

	for (size_t k = t + 1; k <= lim && k - t <= MAX_PLACE_WORDS; k++) {
		size_t a = c->p->tokens[t].start, b = c->p->tokens[k - 1].end;
		kg_place tmp;

		if (!namey(c, k - 1)) {
			/* "Democratic Republic of the Congo": "of" and "the" may stand inside, and a possessive
			 * ("Democratic People's Republic of Korea") */
			if (k > t + 1 && (connector(c, k - 1) || kg_tok_is(c->p, k - 1, "the") ||
					  (c->p->tokens[k - 1].flags & KG_TOK_POSS)))
				continue;
			break;
		}
		if (kg_lex_place(c->lex, c->doc->norm + a, b - a, &tmp) && !(k == t + 1 && small_town_out_of_place(c, t, &tmp))) {
			best = k - t;
			*pl = tmp;
		}
	}
	return best;
}

/* Longest known organisation alias starting at t within lim. */
static size_t org_alias_at_raw(const nctx *c, size_t t, size_t lim, const char **canon)
{
	size_t best = 0;

	if (!kg_lex_org_alias_may_start(c->lex, kg_tok_str(c->p, t), kg_tok_len(c->p, t)))
		return 0;

	for (size_t k = t + 1; k <= lim && k - t <= 6; k++) {
		size_t a = c->p->tokens[t].start, b = c->p->tokens[k - 1].end;
		const char *s = kg_lex_org_alias(c->lex, c->doc->norm + a, b - a);
		if (s) {
			best = k - t;
			*canon = s;
		}
	}
	return best;
}


/* An organisation name starting at t: words up to an organisation head word ("Ministry", "Council"),
 * then "of X" continuations. Returns tokens spanned, 0 when none. */
static size_t org_at(const nctx *c, size_t t, size_t lim)
{
	const char *canon;
	size_t end = 0;

	for (size_t k = t; k < lim; k++) {
		if (k > t && title_at(c, k, lim, &canon) > 0)
			break;
		if (connector(c, k))
			break;
		if ((tok_lex(c, k) & KG_LEX_ORGWORD) && namey(c, k)) {
			end = k + 1;
			break;
		}
	}
	if (!end)
		return 0;
	/* "Reserve Bank of India": head words in a row before the "of" part */
	while (end < lim && namey(c, end) && (tok_lex(c, end) & KG_LEX_ORGWORD))
		end++;
	while (end + 1 < lim && (connector(c, end) || kg_tok_is(c->p, end, "and")) && namey(c, end + 1)) {
		size_t k = end + 1, dem = 0;
		while (k < lim && namey(c, k) && title_at(c, k, lim, &canon) == 0) {
			if (tok_lex(c, k) & KG_LEX_DEMONYM)
				dem++;
			k++;
		}
		/* "the CPC Central Committee and Chinese foreign minister": a nationality alone after "and"
		 * opens another phrase, no part of the name */
		if (k == end + 1 || dem == k - end - 1)
			break;
		end = k;
	}
	while (end < lim && namey(c, end) && (tok_lex(c, end) & KG_LEX_ORGWORD))
		end++;
	/* a lone head word ("Cabinet") is an organisation only when WordNet knows it as a proper noun
	 * ("Congress") */
	if (end - t == 1 && (tok_lex(c, t) & KG_LEX_COMMON) &&
	    !kg_lex_wordnet_proper(c->lex, kg_tok_str(c->p, t), kg_tok_len(c->p, t)))
		return 0;
	return end - t;
}

/* 1 when the sentence is set in title case or capitals (a headline): capitals there prove nothing. */
static int title_case_sentence(const nctx *c, const kg_sentence *s)
{
	size_t words = 0, caps = 0;

	if (!s->headline)
		return 0;
	for (size_t t = s->first; t < s->first + s->count; t++) {
		if (!(c->p->tokens[t].flags & KG_TOK_WORD))
			continue;
		words++;
		if (c->p->tokens[t].flags & (KG_TOK_CAP | KG_TOK_UPPER))
			caps++;
	}
	return words >= 3 && caps * 10 >= words * 7;
}

/* Token t is in a position where a capital letter proves nothing (sentence start, after a quote). */
static const char *state_abbrev_at(const nctx *c, size_t t, size_t lim, size_t *len);

/* 1 when token t follows a state's abbreviation ("in Charlotte, N.C. States are ..."): a sentence the
 * splitter did not see may start there. */
static int after_state(const nctx *c, const kg_sentence *s, size_t t)
{
	size_t len;

	return t > s->first && (c->p->tokens[t].flags & KG_TOK_SPACE_BEFORE) &&
	       (state_abbrev_at(c, t - 1, c->p->n_tokens, &len) ||
		(t - 1 > s->first && kg_tok_is(c->p, t - 1, ".") && state_abbrev_at(c, t - 2, c->p->n_tokens, &len)));
}

static int weak_position(const nctx *c, const kg_sentence *s, size_t t, int headline)
{
	size_t k = t;

	if (headline)
		return 1;
	if (after_state(c, s, t))
		return 1;
	while (k > s->first) {
		unsigned f = c->p->tokens[k - 1].flags;
		if (f & KG_TOK_QUOTE || ((f & KG_TOK_PUNCT) && strchr("(-*:[", *kg_tok_str(c->p, k - 1))))
			k--;
		else
			break;
	}
	return k == s->first;
}

/* 1 when token t is the plural of a common noun that names no kind of person: "Games", "Minerals",
 * "Networks", "Resources" end companies' names ("Epic Games"), not people's ("Officials", and "Banks" or
 * "Brooks", which WordNet also knows as people). */
static int plural_thing(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);

	if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i' ||
	    !(c->p->tokens[t].flags & KG_TOK_CAP) || (c->p->tokens[t].flags & KG_TOK_UPPER) ||
	    !(tok_lex(c, t) & KG_LEX_COMMON) ||
	    (tok_lex(c, t) & (KG_LEX_FIRSTNAME | KG_LEX_TITLE | KG_LEX_DEMONYM | KG_LEX_STOP | KG_LEX_PLACEWORD)))
		return 0;
	return kg_lex_wordnet_class(c->lex, s, n) > KG_WN_PERSON;
}

/* 1 when [t0, t1) is a company's name that ends in a plural common noun and does something, as the
 * subject of an inflected verb ("Epic Games said", "Andes Minerals announced", "Lumen Networks said"):
 * two words or more, the first a word some list knows (a dictionary word or a place; people's given
 * names the lists lack are no such word) and no given name. */
static int plural_company(const nctx *c, size_t t0, size_t t1)
{
	unsigned f0 = tok_lex(c, t0);
	kg_place pl;
	char lem[24];
	const char *v;

	if (t1 < t0 + 2 || t1 >= c->tc[t0].send || !plural_thing(c, t1 - 1) ||
	    (f0 & (KG_LEX_FIRSTNAME | KG_LEX_HONORIFIC | KG_LEX_TITLE)) ||
	    !((f0 & (KG_LEX_COMMON | KG_LEX_PROPER)) || place_at(c, t0, t0 + 1, &pl)) ||
	    !(c->p->tokens[t1].flags & KG_TOK_WORD) || (c->p->tokens[t1].flags & (KG_TOK_CAP | KG_TOK_UPPER)))
		return 0;
	v = kg_lex_verb_lemma(c->lex, kg_tok_str(c->p, t1), kg_tok_len(c->p, t1), lem, sizeof(lem));
	return v && !(strlen(lem) == kg_tok_len(c->p, t1) && memcmp(lem, kg_tok_str(c->p, t1), strlen(lem)) == 0);
}

static int name_syllable(const nctx *c, size_t t);

/* 1 when token t, alone before a lower-case word, is the plural of a common noun: "Farmers said",
 * "Affairs said". */
static int lone_plural_noun(const nctx *c, size_t t, size_t end)
{
	const char *w = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);
	unsigned f = tok_lex(c, t);
	kg_place pl;
	const char *canon;

	if (t + 1 >= end || namey(c, t + 1) || !(c->p->tokens[t + 1].flags & KG_TOK_WORD) ||
	    (c->p->tokens[t + 1].flags & KG_TOK_CAP))
		return 0;
	return n >= 4 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i' &&
	       (c->p->tokens[t].flags & KG_TOK_CAP) && !(c->p->tokens[t].flags & KG_TOK_UPPER) && (f & KG_LEX_COMMON) &&
	       !(f & (KG_LEX_FIRSTNAME | KG_LEX_TITLE | KG_LEX_DEMONYM | KG_LEX_STOP | KG_LEX_ORGWORD | KG_LEX_MEDIA)) &&
	       !place_at(c, t, end, &pl) && !org_alias_at(c, t, end, &canon);
}

/* 1 when a common word that may be an adjective ("Local", "Foreign", "Special") opens sentence s and a
 * lone plural noun follows it: "Local Farmers said", "Foreign Affairs said" open with a noun phrase,
 * no title and person; the two words are no place or organisation a list knows, nor a company's name
 * ending in a plural of things ("Epic Games said"). */
static int opening_word_before_plural(const nctx *c, const kg_sentence *s, size_t t, size_t end)
{
	unsigned f = tok_lex(c, t);
	kg_place pl;
	const char *canon;

	return weak_position(c, s, t, 0) && (c->p->tokens[t].flags & KG_TOK_CAP) &&
	       !(c->p->tokens[t].flags & KG_TOK_UPPER) && (f & KG_LEX_COMMON) &&
	       kg_lex_wordnet_modifier(c->lex, kg_tok_str(c->p, t), kg_tok_len(c->p, t)) &&
	       !(f & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM | KG_LEX_STOP)) && t + 1 < end && lone_plural_noun(c, t + 1, end) &&
	       place_at(c, t, end, &pl) < 2 && org_alias_at(c, t, end, &canon) < 2 && !plural_company(c, t, t + 2);
}

/* 1 when a capitalised word at a weak position is still a name. */
static int keep_weak(const nctx *c, size_t t, size_t lim)
{
	unsigned f = tok_lex(c, t);
	char low[48];
	kg_place pl;
	const char *canon;

	/* places and organisations first: "US" is also the pronoun "us"; but "The" stays a stop word */
	if ((!(f & KG_LEX_STOP) || (c->p->tokens[t].flags & KG_TOK_UPPER)) &&
	    (place_at(c, t, lim, &pl) || org_alias_at(c, t, lim, &canon) || (f & KG_LEX_DEMONYM)))
		return 1;
	if (f & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY))
		return 0;
	ner_lower(c->p, t, low, sizeof(low));
	if (kg_map_get(c->known, low, NULL))
		return 1;
	/* "Epic Games said", "Lumen Networks said": a word before a capitalised plural noun that ends the
	 * run opens a company's name */
	if (t + 1 < lim && namey(c, t + 1) && !(t + 2 < lim && namey(c, t + 2)) && plural_company(c, t, t + 2))
		return 1;
	if ((f & KG_LEX_FIRSTNAME) && t + 1 < lim && namey(c, t + 1) && !(tok_lex(c, t + 1) & KG_LEX_COMMON))
		return 1;
	/* "Bill Ford, executive chairman of ...", "Bill Ford said": a given name and a dictionary word
	 * that an apposition or a verb of speech makes a name */
	if ((f & KG_LEX_FIRSTNAME) && t + 2 < c->p->n_tokens && t + 1 < lim && namey(c, t + 1) &&
	    !(tok_lex(c, t + 1) & (KG_LEX_PLACEWORD | KG_LEX_ORGWORD | KG_LEX_TITLE)) &&
	    (kg_tok_is(c->p, t + 2, ",") || (tok_lex(c, t + 2) & KG_LEX_SPEECH)))
		return 1;
	if (title_at(c, t, lim, &canon) && t + 1 < lim)
		return 1;
	/* "University of Nairobi Vice-Chancellor X", "Bank of Ghana said": a body's head word, "of" and a
	 * name open the body's name */
	if ((f & KG_LEX_ORGWORD) && !(f & KG_LEX_PLACEWORD) && t + 2 < lim && kg_tok_is(c->p, t + 1, "of") &&
	    namey(c, t + 2))
		return 1;
	/* "Park City Mayor X", "Bay County Sheriff X": a word and a kind of place before an office and a
	 * name are the town the office serves */
	if (t + 3 < lim && namey(c, t + 1) && (tok_lex(c, t + 1) & KG_LEX_PLACEWORD) &&
	    !(tok_lex(c, t + 1) & KG_LEX_TITLE) && title_at(c, t + 2, lim, &canon) > 0 && namey(c, t + 3) &&
	    !(f & (KG_LEX_TITLE | KG_LEX_DEMONYM)))
		return 1;
	/* "World Athletics president X said": a body's name before its head's lower-case title */
	{
		size_t q = t + 1;
		while (q < lim && q - t < 4 && namey(c, q))
			q++;
		if (owner_before_head_title(c, t, q, lim))
			return 1;
	}
	/* "Park Ji Hoon met", "Ha Van Quyet, chairman of": one syllable opening three, the two after it not
	 * both dictionary words, the last none, is a family name in the East Asian order */
	if (t + 3 <= lim && !(t + 3 < lim && namey(c, t + 3)) && name_syllable(c, t) &&
	    (name_syllable(c, t + 1) || (tok_lex(c, t + 1) & KG_LEX_PARTICLE)) &&
	    name_syllable(c, t + 2) && namey(c, t + 1) && namey(c, t + 2) && !(tok_lex(c, t + 2) & KG_LEX_COMMON))
		return 1;
	/* "Acme Corp appointed", "Reliance Industries will", "Kestrel Bank appointed", "Tanjung Maju Bhd
	 * said": a word opening a run of names that ends in a company's legal form or trade */
	for (size_t k = t + 1; k < lim && k <= t + 3 && namey(c, k) && !(tok_lex(c, k) & KG_LEX_STOP); k++) {
		static const char *const forms[] = { "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "gmbh",
						     "co.", "corporation", "holdings", "industries", "group", "technologies",
						     "airlines", "airways", "motors", "pharmaceuticals", "electronics",
						     "petroleum", "telecom", "bancorp", "bank", "cement", "limited", "bhd",
						     "berhad", "tbk", "s.a.", "sa", "ag", "nv", "n.v.", "spa", "s.p.a.", NULL };
		ner_lower(c->p, k, low, sizeof(low));
		if (in_list(forms, low))
			return 1;
		/* "National Police Service Inspector General X": a run that ends in a body's head word
		 * before the title of one of its officers */
		if ((tok_lex(c, k) & KG_LEX_ORGWORD) && !(c->p->tokens[k].flags & KG_TOK_UPPER) &&
		    !(f & (KG_LEX_PRONOUN | KG_LEX_STOP)) && k + 1 < lim && title_at(c, k + 1, lim, &canon) > 0)
			return 1;
	}
	if (f & KG_LEX_HONORIFIC)
		return 1;
	if (c->p->tokens[t].flags & KG_TOK_UPPER)
		return !(f & KG_LEX_COMMON);
	return !(f & KG_LEX_COMMON);
}

static int push_unit(nctx *c, size_t si, size_t *cap, unit u)
{
	if (c->n_units[si] == *cap) {
		unit *v = kg_grow(c->units[si], cap, *cap + 1, sizeof(*v), 32);
		if (!v)
			return KG_ENOMEM;
		c->units[si] = v;
	}
	c->units[si][c->n_units[si]++] = u;
	return KG_OK;
}

static int push_mention(nctx *c, rawm m)
{
	if (c->n_m == c->cap_m) {
		size_t ncap = c->cap_m ? c->cap_m * 2 : 64;
		rawm *v = realloc(c->m, ncap * sizeof(*v));
		if (!v)
			return KG_ENOMEM;
		c->m = v;
		c->cap_m = ncap;
	}
	c->m[c->n_m++] = m;
	return KG_OK;
}

static unit mk_unit(unit_kind k, size_t t0, size_t t1)
{
	unit u;

	memset(&u, 0, sizeof(u));
	u.kind = k;
	u.t0 = t0;
	u.t1 = t1;
	u.ent = -1;
	u.mention = -1;
	return u;
}

/* Token t as a plain word unit, its lower-cased text filled in. */
static unit word_unit(const nctx *c, size_t t)
{
	unit u = mk_unit(U_WORD, t, t + 1);

	ner_lower(c->p, t, u.low, sizeof(u.low));
	return u;
}

/* 1 when the token before t is a preposition of place: "in", "to", "from", "near". */
static int locative_before(const nctx *c, size_t t)
{
	static const char *const preps[] = { "in", "to", "from", "near", "into", "outside", "across", "around",
					     "toward", "towards", NULL };
	char w[16];

	static const char *const phrasal[] = { "swore", "sworn", "swear", "swears", "swearing", "ushered", "voted",
					       "brought", "bring", "brings", "bringing", "called", "call", "calls", NULL };

	if (t == 0 || !(c->p->tokens[t - 1].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	if (!in_list(preps, w))
		return 0;
	/* "swore in X", "brought in X as coach": the particle of a phrasal verb, no place's preposition */
	if (strcmp(w, "in") == 0 && t >= 2 && (c->p->tokens[t - 2].flags & KG_TOK_WORD)) {
		ner_lower(c->p, t - 2, w, sizeof(w));
		if (in_list(phrasal, w))
			return 0;
	}
	return 1;
}

/* 1 when the preposition before token t says where to or from one goes: "in", "near", "into" and
 * the like, and "to" or "from" after a word of motion ("flew to", "a trip to", "returned from"); after
 * other words ("spoke to", "wrote to", "support from") a given name opens a person's name. */
static int motion_place_before(const nctx *c, size_t t)
{
	static const char *const motion[] = {
		"travel", "travels", "travelled", "traveled", "travelling", "traveling", "trip", "trips", "visit",
		"visits", "flew", "fly", "flies", "flying", "flight", "flights", "went", "go", "goes", "going", "gone",
		"came", "come", "comes", "coming", "moved", "move", "moves", "moving", "returned", "return",
		"returns", "returning", "headed", "heading", "drove", "sailed", "journey", "journeys", "back", "way",
		"road", "route", "relocated", "fled", "flee", "fleeing", "arrived", "arrive", "arrives", "arriving",
		"deported", "extradited", "exiled", "evacuated", "transferred", "bound", "tour", "tours", "toured",
		"mission", "missions", "delegation", "shipped", "exported", "imported", "expelled", "driving", "drive",
		"drives", "driven", "walked", "walking", "sailing", "flown", "rode", "riding", "marched", "trekked",
		"commute", "commuted", "migrated", "emigrated", "immigrated", "escaped", NULL };
	char w[16];

	if (!locative_before(c, t))
		return 0;
	if (!kg_tok_ieq(c->p, t - 1, "to") && !kg_tok_ieq(c->p, t - 1, "from"))
		return 1;
	if (t < 2 || !(c->p->tokens[t - 2].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 2, w, sizeof(w));
	return in_list(motion, w);
}

/* 1 when "from" before token t follows a noun for what a person sends or pays: "a call from", "a
 * letter from", "an invitation from". */
static int sender_before(const nctx *c, size_t t)
{
	static const char *const sent[] = { "call", "calls", "letter", "letters", "message", "messages", "invitation",
					    "greetings", "congratulations", "visit", "visits", "email", "note", NULL };
	static const char *const take[] = { "take", "takes", "took", "taking", "taken", NULL };
	char w[16];

	if (t < 2 || !kg_tok_is(c->p, t - 1, "from") || !(c->p->tokens[t - 2].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 2, w, sizeof(w));
	if (in_list(sent, w))
		return 1;
	/* "X takes over from Y", "X will take over as chief executive from Y": the one whose office is
	 * taken, not a place */
	for (size_t k = t - 1; k-- > 1 && t - k <= 6;) {
		if (!(c->p->tokens[k].flags & KG_TOK_WORD))
			return 0;
		ner_lower(c->p, k, w, sizeof(w));
		if (strcmp(w, "over") == 0) {
			ner_lower(c->p, k - 1, w, sizeof(w));
			return in_list(take, w);
		}
	}
	return 0;
}

/* 1 when a journey's verb and its preposition stand right before token t: "flew to", "travelled to",
 * "arrived in", "landed at", "headed to". ("Returned to", "moved to" and "went to" also take employers
 * and events.) */
static int journey_before(const nctx *c, size_t t)
{
	static const char *const verbs[] = { "flew", "travelled", "traveled", "arrived", "landed", "headed", "jetted",
					     "returned", "return", "returns", "returning", "flies", "fly", "flying",
					     "travels", "travelling", "traveling", "arrives", "arriving", "lands", "travel",
					     "arrive", "land", "landing", "heading", "heads", NULL };
	char w[16];

	if (t < 2 || !(c->p->tokens[t - 1].flags & KG_TOK_WORD) || !(c->p->tokens[t - 2].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	if (strcmp(w, "to") != 0 && strcmp(w, "in") != 0 && strcmp(w, "at") != 0)
		return 0;
	ner_lower(c->p, t - 2, w, sizeof(w));
	return in_list(verbs, w);
}

/* 1 when the token at t (of sentence s) is a lower-case word for an administrative division that a
 * name before it qualifies: "the southern Casamance| region", "in Kano| state". */
static int division_after(const nctx *c, const kg_sentence *s, size_t t)
{
	static const char *const divisions[] = { "region", "province", "state", "district", "county", "prefecture",
						 "governorate", "oblast", "regency", "municipality", NULL };
	char w[16];

	if (t >= s->first + s->count || !(c->p->tokens[t].flags & KG_TOK_WORD) || (c->p->tokens[t].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t, w, sizeof(w));
	/* "the Xinhua state news agency": no division before a noun of its own */
	if (strcmp(w, "state") == 0 && t + 1 < s->first + s->count && (c->p->tokens[t + 1].flags & KG_TOK_WORD) &&
	    !(c->p->tokens[t + 1].flags & KG_TOK_CAP))
		return 0;
	return in_list(divisions, w);
}

/* 1 when a title and "to" a place stand right before token t: "Ambassador to Malaysia| Hermono",
 * "High Commissioner to the United Kingdom| X". */
static int envoy_to_place_before(const nctx *c, const kg_sentence *s, size_t t)
{
	kg_place pl;

	for (size_t p = t; p-- > s->first && t - p <= 3;) {
		if (!(c->p->tokens[p].flags & KG_TOK_CAP))
			return 0;
		if (place_at(c, p, t, &pl) == t - p) {
			size_t q = p;
			if (q > s->first && kg_tok_ieq(c->p, q - 1, "the"))
				q--;
			return q >= s->first + 2 && kg_tok_is(c->p, q - 1, "to") && (tok_lex(c, q - 2) & KG_LEX_TITLE);
		}
	}
	return 0;
}

/* 1 when "in", "at" or "near" before token t follows the noun of a site: "a treatment plant in| Chucuito",
 * "the camp in| X", "the airport in| X", "a freight terminal at| X" (not "invested in| X", "a stake in|
 * X", "a meeting at| X"); or "near" or "outside" alone ("a centre near| X"). */
static int site_in_before(const nctx *c, const kg_sentence *s, size_t t)
{
	static const char *const sites[] = { "plant", "factory", "office", "offices", "site", "camp", "school", "hospital",
					     "town", "village", "city", "district", "port", "mine", "refinery", "clinic",
					     "market", "border", "region", "province", "headquarters", "residence", "airport",
					     "terminal", "station", "base", "crossing", "checkpoint", "dam", "park", "facility",
					     "facilities", "centre", "center", "memorial", "campus", "complex", "hub", "depot",
					     "warehouse", "estate", "zone", "shrine", "site", "project", NULL };
	char w[16];

	if (t < s->first + 1 || !(c->p->tokens[t - 1].flags & KG_TOK_WORD))
		return 0;
	if (kg_tok_is(c->p, t - 1, "near") || kg_tok_is(c->p, t - 1, "outside"))
		return 1;
	if (t < s->first + 2 || !(kg_tok_is(c->p, t - 1, "in") || kg_tok_is(c->p, t - 1, "at")) ||
	    !(c->p->tokens[t - 2].flags & KG_TOK_WORD) || (c->p->tokens[t - 2].flags & KG_TOK_UPPER))
		return 0;
	ner_lower(c->p, t - 2, w, sizeof(w));
	return in_list(sites, w);
}

/* 1 when [t0, t1) follows a sentence's opening "In" and ends at its comma: "In Kajen, the governor ...". */
static int fronted_in(const nctx *c, const kg_sentence *s, size_t t0, size_t t1)
{
	return t0 == s->first + 1 && kg_tok_is(c->p, s->first, "In") && t1 < s->first + s->count &&
	       kg_tok_is(c->p, t1, ",");
}

/* 1 when the token at t is a capitalised title of a town's or a province's head followed by a name:
 * "Sorsogon| Governor Lourdes X", "Kajen| Mayor X". */
static int governed_before_name(const nctx *c, const kg_sentence *s, size_t t)
{
	return t + 1 < s->first + s->count && (c->p->tokens[t].flags & KG_TOK_CAP) &&
	       (kg_tok_is(c->p, t, "Governor") || kg_tok_is(c->p, t, "Mayor")) && (c->p->tokens[t + 1].flags & KG_TOK_CAP) &&
	       (c->p->tokens[t + 1].flags & KG_TOK_WORD);
}

/* Capitalised nouns that open the name of a place one can go to: "Hotel Marian Bay", "Fort Lenox", and
 * the words other languages put first for a palace, tower or stadium ("Qasr Al Hosn", "Torre Tagle",
 * "Stade Olympique", "Palácio do Planalto", "Quinta de Olivos"). */
static const char *const facility_firsts[] = { "hotel", "fort", "camp", "villa", "palazzo", "castle", "casa", "palacio",
	"palais", "palácio", "qasr", "torre", "stade", "estadio", "estádio", "quinta", "parc", "quai", "istana",
	NULL };

/* 1 when token t opens a facility's name (see facility_firsts). */
static int facility_first(const nctx *c, size_t t)
{
	char w[16];

	if (!(c->p->tokens[t].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t, w, sizeof(w));
	return in_list(facility_firsts, w);
}

/* 1 when the name [t0, t1) names a facility: a lower-case facility noun after it and an article, a
 * possessive or a preposition of place before it ("the city's Kellan Hill prison", "at Marro air base"). */
static int facility_after(const nctx *c, size_t t0, size_t t1)
{
	static const char *const facilities[] = { "prison", "airport", "airbase", "air", "palace", "stadium",
		"mosque", "church", "cathedral", "temple", "harbour", "harbor", "port", "camp", "square", "bridge",
		"dam", "refinery", "mine", "museum", "hotel", "station", "crossing", "base", NULL };
	static const char *const before[] = { "the", "'s", "’s", "at", "in", "to", "near", "from", NULL };
	static const char *const after[] = { "and", "in", "on", "at", "where", "to", "for", "of", "with", "near",
		"that", "which", "outside", "by", "during", "after", "before", "when", NULL };
	char w[16];

	if (t1 >= c->p->n_tokens || t0 == 0 || !(c->p->tokens[t1].flags & KG_TOK_WORD) ||
	    (c->p->tokens[t1].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t1, w, sizeof(w));
	if (!in_list(facilities, w))
		return 0;
	if (strcmp(w, "air") == 0 && !(++t1 < c->p->n_tokens && kg_tok_is(c->p, t1, "base")))
		return 0;
	/* the noun ends the phrase: "the Varga prison term" is no prison */
	if (t1 + 1 < c->p->n_tokens && (c->p->tokens[t1 + 1].flags & KG_TOK_WORD)) {
		ner_lower(c->p, t1 + 1, w, sizeof(w));
		if (!in_list(after, w))
			return 0;
	}
	ner_lower(c->p, t0 - 1, w, sizeof(w));
	return in_list(before, w);
}

/* 1 when token t is a capitalised word that can stand inside a name's tail: not a function word,
 * pronoun, month or weekday. */
static int cap_name_word(const nctx *c, size_t t)
{
	return (c->p->tokens[t].flags & KG_TOK_WORD) && (c->p->tokens[t].flags & KG_TOK_CAP) &&
	       !(tok_lex(c, t) & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY));
}

/* Tokens of the Spanish or Portuguese tail of a town's name at t that ends the chunk at b: "de Indias"
 * in "Cartagena de Indias", "del Guaviare", "do Sul", "DE INDIAS" in a dateline; a particle ("de", "del",
 * "da", "do", "dos", "das", "de la") and one or two capitalised name words. 0 when none. */
static size_t town_particle_tail(const nctx *c, size_t t, size_t b)
{
	static const char *const particles[] = { "de", "del", "da", "do", "dos", "das", NULL };
	char w[8];
	size_t q = t + 1;

	if (t >= b || !(c->p->tokens[t].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t, w, sizeof(w));
	if (!in_list(particles, w))
		return 0;
	if (q < b && strcmp(w, "de") == 0) {
		ner_lower(c->p, q, w, sizeof(w));
		if (strcmp(w, "la") == 0 || strcmp(w, "las") == 0 || strcmp(w, "los") == 0)
			q++;
	}
	if (q >= b || b - q > 2)
		return 0;
	for (size_t k = q; k < b; k++)
		if (!cap_name_word(c, k) || (tok_lex(c, k) & (KG_LEX_FIRSTNAME | KG_LEX_ORGWORD)))
			return 0;
	return b - t;
}

/* Tokens of the "for" or "on" part of an organisation's name at t, before b: "for" and capitalised words,
 * "and", "&", "of" or "the" only between them ("... Center for Advanced Learning and Careers",
 * "... Institute for Fiscal Studies", "Intergovernmental Authority on Development"; never a weekday or a
 * month: "the Authority on Monday"); 0 when there is none. */
static size_t org_for_part(const nctx *c, size_t t, size_t b)
{
	static const char *const joins[] = { "and", "&", "of", "the", NULL };
	size_t end = 0;
	char w[8];

	if (t + 1 >= b || !(kg_tok_is(c->p, t, "for") || kg_tok_is(c->p, t, "on")))
		return 0;
	for (size_t k = t + 1; k < b && k - t <= 8; k++) {
		/* "on" goes on with dictionary words only: "Center on STS-1", "Club on H Street" name no field */
		if (cap_name_word(c, k) &&
		    (kg_tok_is(c->p, t, "for") ||
		     ((tok_lex(c, k) & KG_LEX_COMMON) && !(tok_lex(c, k) & KG_LEX_PLACEWORD) && kg_tok_len(c->p, k) > 1 &&
		      !(c->p->tokens[k].flags & (KG_TOK_UPPER | KG_TOK_NUM))))) {
			end = k + 1;
			continue;
		}
		ner_lower(c->p, k, w, sizeof(w));
		if (!end || !in_list(joins, w))
			break;
	}
	return end ? end - t : 0;
}

/* 1 when token t is a capitalised word for an administrative division: "State", "Province", "Region",
 * "County", "District", "Governorate", "Prefecture", "Oblast". */
static int admin_word(const nctx *c, size_t t)
{
	static const char *const divisions[] = { "state", "province", "region", "county", "district", "governorate",
						 "prefecture", "oblast", NULL };
	char w[16];

	if (!(c->p->tokens[t].flags & KG_TOK_WORD) || !(c->p->tokens[t].flags & KG_TOK_CAP) ||
	    (c->p->tokens[t].flags & KG_TOK_UPPER))
		return 0;
	ner_lower(c->p, t, w, sizeof(w));
	return in_list(divisions, w);
}

/* Tokens of a facility named for the place before t (before b): optional capitalised modifiers and a
 * capitalised facility noun ("Baghdad| International Airport", "Heliopolis| Palace"); 0 when none. */
static size_t facility_suffix(const nctx *c, size_t t, size_t b)
{
	static const char *const mods[] = { "international", "presidential", "royal", "national", "central",
		"grand", "city", "municipal", "regional", "military", "state", "olympic", "old", "new", NULL };
	static const char *const heads[] = { "airport", "palace", "stadium", "museum", "hotel", "square",
		"station", "cathedral", "mosque", "hall", "bridge", "harbour", "harbor", "airbase", "castle",
		"arena", "university", "hospital", "prison", NULL };
	char w[16];

	for (size_t k = t; k < b && k - t < 3; k++) {
		if (!(c->p->tokens[k].flags & KG_TOK_WORD) || !(c->p->tokens[k].flags & KG_TOK_CAP))
			return 0;
		ner_lower(c->p, k, w, sizeof(w));
		if (in_list(heads, w))
			return k + 1 - t;
		if (!in_list(mods, w))
			return 0;
	}
	return 0;
}

/* 1 when the name at token t stands in apposition to a lower-case noun for an organisation: "the
 * liberal party Open VLD", "the Dutch firm ASML", "the carmaker Toyota" (a town's name too). */
static int after_org_noun(const nctx *c, size_t t)
{
	static const char *const org_nouns[] = { "party", "movement", "group", "company", "firm", "carmaker",
		"automaker", "bank", "lender", "newspaper", "daily", "broadcaster", "airline", "carrier", "insurer",
		"retailer", "startup", "start-up", "conglomerate", "agency", "militia", "coalition", "alliance",
		"union", "chipmaker", "miner", "giant", NULL };
	char w[16];

	if (t == 0 || !(c->p->tokens[t - 1].flags & KG_TOK_WORD) || (c->p->tokens[t - 1].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	return in_list(org_nouns, w);
}

/* 1 when the words before token t say a company's own: "the board of [directors of] X", "shares of X",
 * "shareholders of X": what follows is an organisation, though a place has its name ("Rio Tinto"). */
static int board_of_before(const nctx *c, size_t t)
{
	static const char *const owned[] = { "board", "boards", "shares", "shareholders", "stake", NULL };
	char w[16];

	if (t < 2 || !kg_tok_ieq(c->p, t - 1, "of") || !(c->p->tokens[t - 2].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 2, w, sizeof(w));
	if (strcmp(w, "directors") == 0 && t >= 4 && kg_tok_ieq(c->p, t - 3, "of"))
		ner_lower(c->p, t - 4, w, sizeof(w));
	return in_list(owned, w);
}

/* 1 when the name [t0, t1) is a building called "... House" where one is received: "at Jubilee House",
 * "at the Chamwino State House", "in Government House". "House" is no place word (the chamber, "House
 * of Lords", and "Freedom House" are bodies), so only "at" or "in" before it, and no "of" after, make
 * it one; a name that ends in "House" is no person's either way. */
static int venue_house(const nctx *c, size_t t0, size_t t1)
{
	size_t b = t0;

	if (kg_tok_len(c->p, t1 - 1) != 5 || memcmp(kg_tok_str(c->p, t1 - 1), "House", 5) != 0 ||
	    (t1 < c->p->n_tokens && tok_is_of(c, t1)))
		return 0;
	if (b >= 2 && kg_tok_ieq(c->p, b - 1, "the"))
		b--;
	return b >= 1 && (kg_tok_ieq(c->p, b - 1, "at") || kg_tok_ieq(c->p, b - 1, "in"));
}

/* 1 when token t is a French or Italian article elided onto a capitalised name word: "d'Orsay",
 * "d’Azur", "dell'Arte". */
static int elided_name(const nctx *c, size_t t)
{
	static const char *const elisions[] = { "d'", "d\xe2\x80\x99", "l'", "l\xe2\x80\x99", "dell'", NULL };
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);

	if (!(c->p->tokens[t].flags & KG_TOK_WORD) || (c->p->tokens[t].flags & KG_TOK_CAP))
		return 0;
	for (size_t k = 0; elisions[k]; k++) {
		size_t e = strlen(elisions[k]);
		if (n > e + 1 && memcmp(s, elisions[k], e) == 0 && isupper((unsigned char)s[e]))
			return 1;
	}
	return 0;
}

/* 1 when "at" or "in", an article between or not, stands before token t: where one is received. */
static int at_or_in_before(const nctx *c, size_t t)
{
	if (t >= 2 && kg_tok_ieq(c->p, t - 1, "the"))
		t--;
	return t >= 1 && (kg_tok_ieq(c->p, t - 1, "at") || kg_tok_ieq(c->p, t - 1, "in"));
}

/* Tokens of a venue named at the chunk [j, b) after "at" or "in": the chunk ends in a capitalised word
 * for a building or grounds ("at Hampton Court Palace", "at Lancaster House", "in the Kwame Nkrumah
 * Memorial Park"), or has one more name word after it ("at State Guest House Jamuna"); 0 when not.
 * The whole name is the place, though its first words name a town ("Lancaster"), a body ("Hampton
 * Court") or a person ("Kwame Nkrumah"). "Park" is also a surname ("President Park"), so it makes a
 * venue only after two name words or more, and an organisation's known name ("the White House") stays
 * the organisation. */
static size_t venue_at(const nctx *c, size_t j, size_t b)
{
	static const char *const tails[] = { "Palace", "House", "Park", "Stadium", "Castle", "Gardens", NULL };
	size_t v = b - 1;

	const char *canon;
	kg_place pl;

	size_t n;

	/* a name the gazetteer or the bodies' list knows whole, or a place and its facility's word, keeps its
	 * path ("Élysée Palace" has its entry there) */
	if (b - j < 2 || !at_or_in_before(c, j) || org_at(c, j, b) == b - j || org_alias_at(c, j, b, &canon) == b - j ||
	    ((n = place_at(c, j, b, &pl)) > 0 && (n == b - j || n + facility_suffix(c, j + n, b) == b - j)) ||
	    honorific_at(c, j) ||
	    title_at(c, j, b, &canon) > 0)
		return 0;
	for (size_t k = j; k < b; k++)
		if (!namey(c, k) || tok_is_of(c, k))
			return 0;
	if (!in_listn(tails, kg_tok_str(c->p, v), kg_tok_len(c->p, v))) {
		/* "State Guest House Jamuna": one word after the building's, no given name */
		if (b - j < 3 || (tok_lex(c, b - 1) & KG_LEX_FIRSTNAME))
			return 0;
		v = b - 2;
		if (!in_listn(tails, kg_tok_str(c->p, v), kg_tok_len(c->p, v)) || kg_tok_is(c->p, v, "Park"))
			return 0;
	}
	if (v == j || (kg_tok_is(c->p, v, "Park") && v - j < 2))
		return 0;
	return b - j;
}

/* 1 when the one word at t names a member of a body whose plural is the body's alias: "Republican"
 * ("Republicans" is the party), "Democrat": "both Republican leaders", "Democrat lawmakers" use it as
 * an adjective, and "the Republican" is a person left unnamed. */
static int member_word(const nctx *c, size_t t)
{
	char buf[40];
	size_t n = kg_tok_len(c->p, t);

	if (n + 2 > sizeof(buf) || (c->p->tokens[t].flags & KG_TOK_UPPER) || kg_tok_str(c->p, t)[n - 1] == 's')
		return 0;
	memcpy(buf, kg_tok_str(c->p, t), n);
	buf[n] = 's';
	return kg_lex_org_alias(c->lex, buf, n + 1) != NULL && !kg_lex_org_alias(c->lex, buf, n);
}

/* 1 when the words before token t put what follows in a place: "in", "near", "outside", or "to"
 * after a verb of travel ("flew to", "travelled to", "headed to"). */
static int place_phrase_before(const nctx *c, size_t first, size_t t)
{
	static const char *const preps[] = { "in", "near", "outside", NULL };
	static const char *const travel[] = { "fly", "travel", "head", "go", "return", "move", "drive", "sail",
		"relocate", "flee", NULL };
	char w[16], lem[24];

	if (t <= first || !(c->p->tokens[t - 1].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	if (in_list(preps, w))
		return strcmp(w, "in") != 0 || locative_before(c, t); /* not "swore in X" */
	return strcmp(w, "to") == 0 && t - 1 > first && (c->p->tokens[t - 2].flags & KG_TOK_WORD) &&
	       kg_lex_verb_lemma(c->lex, kg_tok_str(c->p, t - 2), kg_tok_len(c->p, t - 2), lem, sizeof(lem)) &&
	       in_list(travel, lem);
}

/* 1 when the words before token t cite a source: "told", "according to", "in an interview with",
 * "quoted by", "cited by" (t is the first token after them). */
static int source_before(const nctx *c, size_t first, size_t t)
{
	static const char *const told[] = { "told", "tells", "tell", NULL };
	static const char *const with_nouns[] = { "interview", "interviews", "conversation", NULL };
	static const char *const by_verbs[] = { "quoted", "cited", "reported", "published", "carried", NULL };
	char w[16], v[16];

	if (t <= first || !(c->p->tokens[t - 1].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	if (in_list(told, w))
		return 1;
	if (t - 1 <= first || !(c->p->tokens[t - 2].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, t - 2, v, sizeof(v));
	return (strcmp(w, "to") == 0 && strcmp(v, "according") == 0) ||
	       (strcmp(w, "with") == 0 && in_list(with_nouns, v)) || (strcmp(w, "by") == 0 && in_list(by_verbs, v));
}

/* 1 when the words after the name ending before t call it an outlet: "El Tiempo newspaper reported",
 * "the Petra news agency said", "the Daily Nation reported" (a person does not "report" in news copy
 * when an article stands before the name: the caller asks for one). */
static int outlet_after(const nctx *c, size_t t, size_t end, int article)
{
	static const char *const nouns[] = { "newspaper", "newspapers", "daily", "tabloid", "broadcaster",
		"weekly", NULL };
	char w[16];

	if (t >= end || !(c->p->tokens[t].flags & KG_TOK_WORD) || (c->p->tokens[t].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t, w, sizeof(w));
	if (in_list(nouns, w))
		return 1;
	if (strcmp(w, "news") == 0 && t + 1 < end &&
	    (kg_tok_is(c->p, t + 1, "agency") || kg_tok_is(c->p, t + 1, "website") || kg_tok_is(c->p, t + 1, "outlet")))
		return 1;
	return article && strcmp(w, "reported") == 0;
}

/* 1 when the name [t0, t1) of sentence si is a news outlet cited as a source: a name whose last word
 * heads outlets' names ("Hurriyet Daily News", "Ahram Online") or that opens with "Daily"; or a name
 * led by an article ("The Hill", "Le Monde", "El Tiempo", or "the" before one word no dictionary has:
 * "the Scotsman") that is
 * the object of "told", "according to", "an interview with", or has "newspaper", "news agency" or
 * "reported" after it. People's names take no article, so the learned tagger's place or person there
 * (a town called Hill, "Scotsman" as a WordNet person) is wrong. */
static int outlet_name(const nctx *c, size_t si, size_t t0, size_t t1)
{
	static const char *const articles[] = { "The", "Le", "La", "El", "Les", "Los", "Las", "O", NULL };
	static const char *const more_heads[] = { "online", "inquirer", NULL };
	const kg_sentence *s = &c->p->sents[si];
	size_t first = s->first, end = s->first + s->count, n = t1 - t0, at = t0;
	int article = 0;
	char w[16];

	ner_lower(c->p, t1 - 1, w, sizeof(w));
	if (n >= 2 && !(c->p->tokens[t1 - 1].flags & KG_TOK_UPPER) &&
	    ((tok_lex(c, t1 - 1) & KG_LEX_MEDIA) || in_list(more_heads, w) || kg_tok_is(c->p, t0, "Daily")))
		return 1;
	if (n >= 2 && t0 > first && in_listn(articles, kg_tok_str(c->p, t0), kg_tok_len(c->p, t0)))
		article = 1;
	else if (n == 1 && t0 > first && kg_tok_is(c->p, t0 - 1, "the") && !(tok_lex(c, t0) & KG_LEX_COMMON)) {
		/* "according to the Scotsman"; "the Bible", "the Constitution" are words of the dictionary */
		article = 1;
		at = t0 - 1;
	}
	return article && (source_before(c, first, at) || outlet_after(c, t1, end, 1));
}

static int name_forming_at(const nctx *c, size_t t);

/* 1 when token t is the Arabic article written apart: "El", "el", "Al", "al". */
static int arabic_article(const nctx *c, size_t t)
{
	return kg_tok_ieq(c->p, t, "el") || kg_tok_ieq(c->p, t, "al");
}

/* 1 when the tokens from t (before end) are ", the deputy prime minister," or ", a former minister.": a
 * comma, an article, then up to four lower-case words, the last a title word, then a comma or a
 * full stop. */
static int title_apposition(const nctx *c, size_t t, size_t end)
{
	size_t q;

	if (t + 3 >= end || !kg_tok_is(c->p, t, ",") ||
	    !(kg_tok_is(c->p, t + 1, "the") || kg_tok_is(c->p, t + 1, "a") || kg_tok_is(c->p, t + 1, "an")))
		return 0;
	for (q = t + 2; q < end && q - t <= 5 && (c->p->tokens[q].flags & KG_TOK_WORD) &&
			!(c->p->tokens[q].flags & (KG_TOK_CAP | KG_TOK_UPPER));
	     q++)
		;
	return q > t + 2 && q < end && (kg_tok_is(c->p, q, ",") || kg_tok_is(c->p, q, ".")) &&
	       (tok_lex(c, q - 1) & KG_LEX_TITLE);
}

/* Words after "X's" that only a company has: "Jumia's shares", "Embraer's chief executive". */
static const char *const company_has[] = { "shares", "stock", "revenue", "revenues", "profit", "profits",
	"earnings", "sales", "subsidiary", "subsidiaries", "shareholders", "investors", "customers", "employees",
	"headquarters", "ceo", "chief", "board", "chairman", "chairwoman", "founder", "factory", "factories",
	"plant", "plants", "brand", "products", "valuation", "stake", "unit", NULL };

/* 1 when the capitalised words [t0, t1) stand right before a lower-case title of a body's head and
 * a capitalised name (before end): "World Athletics| president Sebastian Coe", "Wiper| party leader
 * X", "Zarvas| board chairman X"; not when a word of them is a given name, a nationality, a title or a place. */
static int owner_before_head_title(const nctx *c, size_t t0, size_t t1, size_t end)
{
	static const char *const heads[] = { "president", "chairman", "chairwoman", "chairperson", "chief executive",
					     "ceo", "leader", "party leader", "managing director", "director-general",
					     "secretary-general", "founder", "boss", "head coach", "coach", "manager",
					     "general manager", "captain", NULL };
	const char *canon;
	size_t tl, h = t1;
	kg_place pl;

	if (t1 >= end || !(c->p->tokens[t1].flags & KG_TOK_WORD))
		return 0;
	if (kg_tok_is(c->p, h, "board") && h + 1 < end)
		h++; /* "Rigas Satiksme| board chairman X" */
	if ((tl = title_at(c, h, end, &canon)) == 0 || !canon || h + tl >= end)
		return 0;
	/* "Veteran CEO X", "Interim Chairman X": one dictionary word before a capitalised title modifies it */
	if ((c->p->tokens[h].flags & KG_TOK_CAP) && t1 - t0 == 1 && (tok_lex(c, t0) & KG_LEX_COMMON))
		return 0;
	{
		/* "Hyundai Motor| President and CEO X": a second title after "and" */
		const char *canon2;
		size_t tl2;
		if (h + tl + 1 < end && kg_tok_is(c->p, h + tl, "and") && (tl2 = title_at(c, h + tl + 1, end, &canon2)) > 0)
			tl += 1 + tl2;
	}
	if (h + tl >= end || !namey(c, h + tl) || !(c->p->tokens[h + tl].flags & KG_TOK_CAP))
		return 0;
	{
		char low[32];
		snprintf(low, sizeof(low), "%s", canon);
		for (char *q = low; *q; q++)
			*q = (char)tolower((unsigned char)*q);
		if (!in_list(heads, low))
			return 0;
	}
	/* a place's name, whole or as a word of its own, owns an office ("Kano State Governor X"); a place
	 * opening longer words is a company's ("Toyota Tsusho President X") */
	if (place_at(c, t0, t1, &pl) == t1 - t0)
		return 0;
	for (size_t t = t0; t < t1; t++)
		if (((tok_lex(c, t) & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM | KG_LEX_TITLE | KG_LEX_STOP)) &&
		     /* "Al Sadd chairman X": the Arabic article opening a body's name */
		     !(t == t0 && t1 - t0 >= 2 && (kg_tok_is(c->p, t, "Al") || kg_tok_is(c->p, t, "El")))) ||
		    (t > t0 && place_at(c, t, t + 1, &pl)))
			return 0;
	return 1;
}

static kg_etype name_type(const nctx *c, size_t si, size_t t0, size_t t1, int cue, int *person_cue, int *weak)
{
	const kg_sentence *s = &c->p->sents[si];
	size_t n = t1 - t0, words = 0, common = 0;
	unsigned f0 = tok_lex(c, t0), fl = tok_lex(c, t1 - 1);
	char low[64];
	size_t a = c->p->tokens[t0].start, b = c->p->tokens[t1 - 1].end;
	kg_wn_class wn;

	*person_cue = cue;
	*weak = 0;
	for (size_t t = t0; t < t1; t++) {
		if (c->p->tokens[t].flags & KG_TOK_ABBREV)
			continue;
		words++;
		if (tok_lex(c, t) & KG_LEX_COMMON)
			common++;
	}
	/* a verb that people, not outlets, do right after the name: "Varga said" */
	if (t1 < s->first + s->count && (tok_lex(c, t1) & KG_LEX_SPEECH)) {
		char v[16];
		ner_lower(c->p, t1, v, sizeof(v));
		/* "Unilever said on Tuesday its chief executive X": a speaker of "its" and what only a company
		 * has is an organisation */
		for (size_t q = t1 + 1; !cue && q < s->first + s->count && q <= t1 + 5; q++)
			if (kg_tok_ieq(c->p, q, "its") && q + 1 < s->first + s->count &&
			    (c->p->tokens[q + 1].flags & KG_TOK_WORD) && !(c->p->tokens[q + 1].flags & KG_TOK_CAP)) {
				char w2[24];
				ner_lower(c->p, q + 1, w2, sizeof(w2));
				if (in_list(company_has, w2))
					return KG_TYPE_ORG;
			}
		if (in_list(person_speech, v))
			*person_cue = 1;
	}
	/* "Maduro received President X", "Halvik met Prime Minister Y": a host before a title or a name */
	if (t1 + 1 < s->first + s->count && (c->p->tokens[t1 + 1].flags & KG_TOK_CAP) &&
	    !(c->p->tokens[t1 + 1].flags & KG_TOK_UPPER)) {
		static const char *const hosting[] = { "met", "received", "hosted", "welcomed", "greeted", NULL };
		char v[16];
		const char *canon;
		ner_lower(c->p, t1, v, sizeof(v));
		size_t n2 = t1 + 1;
		if (n2 + 1 < s->first + s->count && (tok_lex(c, n2) & KG_LEX_DEMONYM))
			n2++; /* "received Colombian Foreign Minister X" */
		if (in_list(hosting, v) && (title_at(c, n2, s->first + s->count, &canon) ||
					    (tok_lex(c, t1 + 1) & KG_LEX_FIRSTNAME)))
			*person_cue = 1;
	}
	/* "swore in X as governor", "named X as its new chairman": one who takes an office is a person */
	if (t1 + 1 < s->first + s->count && kg_tok_ieq(c->p, t1, "as") && !(f0 & KG_LEX_ORGWORD) &&
	    !(fl & (KG_LEX_ORGWORD | KG_LEX_PLACEWORD))) {
		size_t q = t1 + 1;
		const char *canon;
		while (q < s->first + s->count && q - t1 <= 3 &&
		       (kg_tok_ieq(c->p, q, "the") || kg_tok_ieq(c->p, q, "its") || kg_tok_ieq(c->p, q, "a") ||
			kg_tok_ieq(c->p, q, "new") || kg_tok_ieq(c->p, q, "his") || kg_tok_ieq(c->p, q, "her")))
			q++;
		if (q < s->first + s->count && title_at(c, q, s->first + s->count, &canon) &&
		    (c->p->tokens[q].flags & KG_TOK_WORD))
			*person_cue = 1;
	}
	if (n == 1 && member_word(c, t0))
		return KG_TYPE_UNKNOWN;
	/* "Kawasaki Frontale, led by club president X": a body is led, a person is not */
	if (!cue && t1 + 2 < s->first + s->count && kg_tok_is(c->p, t1, ",") &&
	    (kg_tok_is(c->p, t1 + 1, "led") || kg_tok_is(c->p, t1 + 1, "headed") || kg_tok_is(c->p, t1 + 1, "chaired")) &&
	    kg_tok_is(c->p, t1 + 2, "by") && !(f0 & KG_LEX_FIRSTNAME))
		return KG_TYPE_ORG;
	if (!cue && (outlet_name(c, si, t0, t1) || outlet_after(c, t1, s->first + s->count, 0)))
		return KG_TYPE_ORG;
	/* "World Athletics president X", "Wiper party leader X": words no list knows right before the
	 * lower-case title of a body's head and a name are that body */
	if (!cue && owner_before_head_title(c, t0, t1, s->first + s->count))
		return KG_TYPE_ORG;
	/* "Zahid, the deputy prime minister, attended": one name word no list knows, not in capitals, set
	 * off by an apposition of lower-case words that ends in a title, is a person (Indonesian and Malay
	 * single names, a surname alone) */
	if (n == 1 && !(f0 & (KG_LEX_COMMON | KG_LEX_ORGWORD | KG_LEX_PLACEWORD | KG_LEX_DEMONYM)) &&
	    !(c->p->tokens[t0].flags & KG_TOK_UPPER) && title_apposition(c, t1, s->first + s->count)) {
		*person_cue = 1;
		return KG_TYPE_PERSON;
	}
	if (n >= 2 && (fl & KG_LEX_PLACEWORD))
		return KG_TYPE_PLACE;
	if (n >= 2 && !cue && venue_house(c, t0, t1))
		return KG_TYPE_PLACE;
	if (t0 > s->first && !cue && (after_org_noun(c, t0) || board_of_before(c, t0)))
		return KG_TYPE_ORG;
	if (n >= 2 && !cue && facility_first(c, t0))
		return KG_TYPE_PLACE;
	/* "Ministry for Foreign Affairs": an organisation's head word and its "for" part */
	for (size_t t = t0; t + 2 < t1; t++)
		if ((tok_lex(c, t) & KG_LEX_ORGWORD) && kg_tok_is(c->p, t + 1, "for"))
			return KG_TYPE_ORG;
	if (!cue && facility_after(c, t0, t1))
		return KG_TYPE_PLACE;
	if (n >= 2 && (in_listn(org_heads, kg_tok_str(c->p, t0), kg_tok_len(c->p, t0)) ||
		       in_listn(org_tails, kg_tok_str(c->p, t1 - 1), kg_tok_len(c->p, t1 - 1))))
		return KG_TYPE_ORG;

	/* "in Santa Cruz", "flew to Santa Cruz"; but "in Kari Dahl's view": a place owns no view, a person
	 * does, nor is the sender of a call or a letter a place ("a courtesy call from Erik X"), nor the one
	 * spoken or written to ("spoke to John X") */
	if (n >= 2 && (f0 & KG_LEX_FIRSTNAME) && !*person_cue && motion_place_before(c, t0) && !sender_before(c, t0) &&
	    !(t1 < s->first + s->count && (c->p->tokens[t1].flags & KG_TOK_POSS)))
		return KG_TYPE_PLACE;
	/* "Anglo American appointed X as chief executive": only a company appoints one to its office */
	if (n >= 2 && !*person_cue && t0 == s->first && t1 < s->first + s->count && appoints_as_company(c, si, t1))
		return KG_TYPE_ORG;
	if (n >= 2 && (f0 & KG_LEX_FIRSTNAME)) {
		*person_cue = 1;
		return KG_TYPE_PERSON;
	}
	/* "North Darfur", "Upper Nile": a compass word opens a region */
	if (n >= 2 && in_listn(compass, kg_tok_str(c->p, t0), kg_tok_len(c->p, t0)))
		return KG_TYPE_PLACE;
	/* "Airtel Africa", "Jumia Europe": a word no dictionary or gazetteer knows before a continent is a
	 * company's arm there ("West Africa", "Latin America" open with words the dictionary knows,
	 * "Francophone Africa" with an adjective's ending) */
	{
		kg_place pl, pl0;
		static const char *const adjective_ends[] = { "phone", "an", "ern", "ic", "ese", NULL };
		const char *w0 = kg_tok_str(c->p, t0);
		size_t len0 = kg_tok_len(c->p, t0);
		int adjective = 0;
		for (size_t k = 0; adjective_ends[k] && !adjective; k++) {
			size_t e = strlen(adjective_ends[k]);
			adjective = len0 > e && memcmp(w0 + len0 - e, adjective_ends[k], e) == 0;
		}
		if (n == 2 && !adjective && place_at(c, t1 - 1, t1, &pl) == 1 && pl.kind == KG_PLACE_CONTINENT &&
		    !(f0 & (KG_LEX_COMMON | KG_LEX_STOP | KG_LEX_DEMONYM | KG_LEX_PLACEWORD | KG_LEX_FIRSTNAME)) &&
		    !place_at(c, t0, t0 + 1, &pl0))
			return KG_TYPE_ORG;
	}
	/* a particle inside makes a person ("Abu al Karim"), save an article before a name-forming word
	 * ending a name in a phrase of place: "in Sharm El Sheikh" (the person's "El Sheikh" has a given
	 * name first) */
	for (size_t t = t0 + 1; t + 1 < t1; t++)
		if ((tok_lex(c, t) & KG_LEX_PARTICLE) &&
		    !(t + 2 == t1 && arabic_article(c, t) && name_forming_at(c, t + 1) && !(f0 & KG_LEX_FIRSTNAME) &&
		      !*person_cue && place_phrase_before(c, s->first, t0)))
			return KG_TYPE_PERSON;
	ner_lower(c->p, t1 - 1, low, sizeof(low));
	if (kg_map_get(c->known, low, NULL) && n <= 3) {
		size_t v = 0;
		kg_map_get(c->known, low, &v);
		if (v == KG_TYPE_PERSON)
			return KG_TYPE_PERSON;
	}
	wn = kg_lex_wordnet_proper(c->lex, c->doc->norm + a, b - a) ? kg_lex_wordnet_class(c->lex, c->doc->norm + a, b - a)
								       : KG_WN_NONE;
	if (wn == KG_WN_LOCATION)
		return KG_TYPE_PLACE;
	if (wn == KG_WN_GROUP)
		return KG_TYPE_ORG;
	if (*person_cue && !(n == 1 && (c->p->tokens[t0].flags & KG_TOK_UPPER)))
		return KG_TYPE_PERSON;
	/* "ABUJA, May 12 (NAN)": an acronym in brackets is a source or a body, not the WordNet person of
	 * its lower-case word ("nan") */
	if (wn == KG_WN_PERSON && !(n == 1 && (c->p->tokens[t0].flags & KG_TOK_UPPER) && t0 > s->first &&
				    kg_tok_is(c->p, t0 - 1, "(") && t1 < s->first + s->count && kg_tok_is(c->p, t1, ")")))
		return KG_TYPE_PERSON;
	if (n == 1 && (c->p->tokens[t0].flags & KG_TOK_UPPER)) {
		/* an acronym: "GDP" is a WordNet noun, "TASS" is not; one that says or reports, as the
		 * subject ("..., BSS reports", not "people with BED reported"), is a body or an outlet whatever
		 * WordNet makes of it ("BSS" read as the plural of "BS") */
		*weak = 1;
		/* "RBI Governor X", "UNRWA Commissioner-General X": an acronym that owns the office of a name */
		{
			const char *canon;
			size_t tl = t1 < s->first + s->count ? title_at(c, t1, s->first + s->count, &canon) : 0;
			if (tl > 0 && t1 + tl < s->first + s->count && namey(c, t1 + tl) && kg_tok_len(c->p, t0) >= 2 &&
			    !title_at(c, t0, t1, &canon))
				return KG_TYPE_ORG;
		}
		if (kg_lex_wordnet_class(c->lex, c->doc->norm + a, b - a) == KG_WN_OTHER &&
		    !(t1 < s->first + s->count && (tok_lex(c, t1) & KG_LEX_SPEECH) &&
		      (t0 == s->first || kg_tok_is(c->p, t0 - 1, ",") || kg_tok_ieq(c->p, t0 - 1, "the") ||
		       kg_tok_is(c->p, t0 - 1, "and"))))
			return KG_TYPE_UNKNOWN;
		return KG_TYPE_ORG;
	}
	if (n == 1) {
		if (f0 & KG_LEX_FIRSTNAME && !common)
			return KG_TYPE_PERSON;
		if (!common && journey_before(c, t0))
			return KG_TYPE_PLACE; /* "Yunus flew to Chattogram": one flies to a place */
		if (envoy_to_place_before(c, s, t0))
			return KG_TYPE_PERSON; /* "Indonesian Ambassador to Malaysia Hermono": one name, a person's */
		if (!common && (division_after(c, s, t1) || fronted_in(c, s, t0, t1) || governed_before_name(c, s, t1) ||
				site_in_before(c, s, t0)))
			return KG_TYPE_PLACE; /* "the southern Casamance region", "In Kajen, ...", "Sorsogon Governor X" */
		/* "stayed in Awali on Monday", "toured the cathedral in Awali last week": a phrase of place
		 * that a time closes (a company one has a stake in is seldom followed by the day) */
		if (!common && !*person_cue && place_phrase_before(c, s->first, t0) && t1 + 1 < s->first + s->count &&
		    !(c->p->tokens[t0].flags & KG_TOK_UPPER) &&
		    ((kg_tok_is(c->p, t1, "on") && (tok_lex(c, t1 + 1) & (KG_LEX_WEEKDAY | KG_LEX_MONTH))) ||
		     kg_tok_is(c->p, t1, "last") || kg_tok_is(c->p, t1, "yesterday") || kg_tok_is(c->p, t1, "today") ||
		     kg_tok_is(c->p, t1, "earlier") || (kg_tok_is(c->p, t1, "this") && (tok_lex(c, t1 + 1) & KG_LEX_WEEKDAY))))
			return KG_TYPE_PLACE;
		*weak = 1;
		if (common)
			return KG_TYPE_UNKNOWN; /* "Western", "Cabinet": a capitalised common word */
		return KG_TYPE_ORG; /* an unknown single name: outlets and companies ("the Courier") */
	}
	*weak = 1;
	/* "in Sharm El-Sheikh", "travelled to Marsa Alam": a name no list knows, with no given name, title or
	 * speech verb of a person, no acronym first and no common noun last ("in BMJ Case Reports", "in
	 * Abel Battery"), in a phrase of place (and owning nothing: "in Varo Tal's view") is a place the
	 * gazetteer lacks */
	if (n >= 2 && !*person_cue && !(f0 & KG_LEX_FIRSTNAME) &&
	    (!(fl & KG_LEX_COMMON) || (n >= 3 && name_forming_at(c, t1 - 1) && arabic_article(c, t1 - 2))) &&
	    !(c->p->tokens[t0].flags & KG_TOK_UPPER) && place_phrase_before(c, s->first, t0) &&
	    !(t1 < s->first + s->count && (c->p->tokens[t1].flags & KG_TOK_POSS))) {
		*weak = 0; /* the learned tagger reads such names as people's */
		return KG_TYPE_PLACE;
	}
	if (common == 0 || !(f0 & (KG_LEX_COMMON | KG_LEX_STOP)))
		return KG_TYPE_PERSON;
	if (n >= 2 && !*person_cue && locative_before(c, t0))
		return KG_TYPE_PLACE; /* "in El Fasher" */
	/* "Margarita Robles": the last word is a name no dictionary knows */
	if (!(fl & (KG_LEX_COMMON | KG_LEX_STOP | KG_LEX_DEMONYM | KG_LEX_ORGWORD | KG_LEX_PLACEWORD)) &&
	    !(c->p->tokens[t1 - 1].flags & KG_TOK_UPPER))
		return KG_TYPE_PERSON;
	return KG_TYPE_UNKNOWN;
}

/* 1 when token t is a form of address before a name: an honorific of the lexicon ("Mr.", "Dr.",
 * "Alhaji", "Honorable") or "HE" (His Excellency) in capitals. */
static int honorific_at(const nctx *c, size_t t)
{
	const char *w = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);

	if (n > 1 && w[n - 1] == '.')
		n--; /* "Mr." as one token */
	return (tok_lex(c, t) & KG_LEX_HONORIFIC) || (kg_lex_word(c->lex, w, n) & KG_LEX_HONORIFIC) ||
	       (kg_tok_len(c->p, t) == 2 && kg_tok_is(c->p, t, "HE"));
}

/* Forms of address that make a name with one name word after them ("Sheikh Varuna"-like names) but
 * are honorifics before a full name ("Sheikh Tamir bin Osman"); NULL-terminated. */
static const char *const name_forming[] = { "sheikh", "sheikha", "shaikh", NULL };

/* 1 when token t is one of name_forming. */
static int name_forming_at(const nctx *c, size_t t)
{
	char low[16];

	ner_lower(c->p, t, low, sizeof(low));
	return in_list(name_forming, low);
}

/* Malay styles of two words: "Datuk Seri", "Dato' Sri", "Tan Sri", "Puan Sri", "Toh Puan". The second
 * word is part of the style after the first, not a name word; the first alone may be a name ("Tan Mei
 * Ling"), and "Sri" opening a name stays ("Sri Mulyani Indrawati"). NULL-terminated. */
static const char *const style_first[] = { "datuk", "dato", "datin", "tan", "puan", "toh", NULL };
static const char *const style_second[] = { "seri", "sri", "puan", "paduka", NULL };

/* Burmese styles of address, written before the name and in no other use with a capital: "U" (Mr),
 * "Daw" (Ms). NULL-terminated. */
static const char *const burmese_styles[] = { "U", "Daw", NULL };

/* 1 when token t is the second word of a Malay style: "Seri" after "Datuk", "Sri" after "Tan" or after
 * "Dato'" (its apostrophe a token of its own). */
static int style_second_at(const nctx *c, size_t t)
{
	char low[16];

	ner_lower(c->p, t, low, sizeof(low));
	if (t == 0 || !in_list(style_second, low))
		return 0;
	t--;
	if (t > 0 && (kg_tok_is(c->p, t, "'") || kg_tok_is(c->p, t, "\xe2\x80\x99")))
		t--;
	ner_lower(c->p, t, low, sizeof(low));
	return in_list(style_first, low) && (c->p->tokens[t].flags & KG_TOK_CAP);
}

/* Narrows a person mention [*t0, *t1) to the name: forms of address before it ("Dr.", "Datuk Seri",
 * "Tan Sri") and "MP" after it are no name words. Nothing changes unless a name word remains; a
 * name_forming word stays before a single name word. */
static void person_name_span(const nctx *c, size_t *t0, size_t *t1)
{
	size_t a = *t0, b = *t1;

	while (a + 1 < b && (honorific_at(c, a) || style_second_at(c, a) || style_second_at(c, a + 1) ||
			     /* "U Kyaw Min Htet", not "U Thant": a Burmese style before two name words or more */
			     (a + 2 < b && in_listn(burmese_styles, kg_tok_str(c->p, a), kg_tok_len(c->p, a)))) &&
	       !(a + 2 == b && name_forming_at(c, a))) {
		a++;
		/* "Dr." and "Dato'": the honorific's dot or apostrophe */
		if (a + 1 < b && (kg_tok_is(c->p, a, ".") || kg_tok_is(c->p, a, "'") || kg_tok_is(c->p, a, "\xe2\x80\x99")))
			a++;
	}
	if (b - a >= 2 && kg_tok_len(c->p, b - 1) == 2 && kg_tok_is(c->p, b - 1, "MP"))
		b--;
	if (b > a && !kg_tok_is(c->p, a, ".")) {
		*t0 = a;
		*t1 = b;
	}
}

/* 1 when the name [t0, t1) opens with a given name the lexicon knows and no gazetteer knows the whole
 * name as a place, takes an office ("X was sworn in as", "X was appointed") or has an apposition that
 * says what a person is ("Li Jifeng, a doctor at ...", "X, the bank's chief economist"): the learned
 * tagger's place there is wrong. */
static int person_apposition(const nctx *c, size_t t0, size_t t1)
{
	static const char *const head_ends[] = { "of", "at", "in", "for", "with", "from", "on", "to", NULL };
	static const char *const office_verbs[] = { "sworn", "appointed", "named", "elected", "re-elected",
						    "nominated", "inaugurated", NULL };
	size_t k = t1;
	kg_place pl;

	if ((tok_lex(c, t0) & KG_LEX_FIRSTNAME) && place_at(c, t0, t1, &pl) != t1 - t0)
		return 1;
	/* "X was sworn in as", "X was appointed": only people take an office */
	if (k + 1 < c->p->n_tokens && (kg_tok_is(c->p, k, "was") || kg_tok_is(c->p, k, "is")) &&
	    in_listn(office_verbs, kg_tok_str(c->p, k + 1), kg_tok_len(c->p, k + 1)))
		return 1;
	if (k + 2 >= c->p->n_tokens || !kg_tok_is(c->p, k, ","))
		return 0;
	k++;
	/* "X, chief executive of Y", "X, Kenya's trade minister": an office with no article */
	if (!kg_tok_ieq(c->p, k, "a") && !kg_tok_ieq(c->p, k, "an") && !kg_tok_ieq(c->p, k, "the"))
		k--;
	/* the head noun: the first lower-case word after the article and its modifiers, up to three */
	for (size_t q = k + 1; q < c->p->n_tokens && q <= k + 4; q++) {
		const kg_token *w = &c->p->tokens[q];
		if (!(w->flags & KG_TOK_WORD))
			return 0;
		if (w->flags & (KG_TOK_CAP | KG_TOK_UPPER) || (w->flags & KG_TOK_POSS))
			continue;
		/* a modifier when a lower-case word other than a preposition follows */
		if (q + 1 < c->p->n_tokens && (c->p->tokens[q + 1].flags & KG_TOK_WORD) &&
		    !(c->p->tokens[q + 1].flags & (KG_TOK_CAP | KG_TOK_UPPER)) && !in_listn(head_ends, kg_tok_str(c->p, q + 1), kg_tok_len(c->p, q + 1)) &&
		    !(tok_lex(c, q + 1) & KG_LEX_STOP))
			continue;
		return kg_lex_wordnet_class(c->lex, kg_tok_str(c->p, q), kg_tok_len(c->p, q)) == KG_WN_PERSON ||
		       (tok_lex(c, q) & KG_LEX_TITLE);
	}
	return 0;
}

/* The type the learned tagger gives the tokens [t0, t1) where the rules had only a default: the
 * model's entity covering the whole run, for runs of two words or more; else the rules' guess. The
 * model tags the whole document (its features look at earlier sentences) on the first run that needs
 * it, so documents whose names the rules type alone never run it. Returns 0 or KG_ENOMEM. */
static int learned_type(kg_etype *type_out, nctx *c, size_t t0, size_t t1, kg_etype guess)
{
	static const kg_etype of_type[KG_NER__NTYPES] = { KG_TYPE_PERSON, KG_TYPE_ORG, KG_TYPE_PLACE,
							  KG_TYPE_UNKNOWN };
	size_t a, b, best = 0, from = 0;
	int type = -1, rc;

	*type_out = guess;
	if (!c->lang || guess == KG_TYPE_UNKNOWN || t1 - t0 < 2)
		return KG_OK;
	if (!c->lents_done) {
		if ((rc = kg_lang_ner_parsed(&c->lents, &c->n_lents, c->lang, c->lex, c->p)) < 0)
			return rc;
		c->lents_done = 1;
	}
	a = kg_doc_orig(c->doc, c->p->tokens[t0].start);
	b = kg_doc_orig(c->doc, c->p->tokens[t1 - 1].end);
	for (size_t i = 0; i < c->n_lents && c->lents[i].start < b; i++) {
		const kg_lang_ent *e = &c->lents[i];
		size_t lo = e->start > a ? e->start : a, hi = e->end < b ? e->end : b;
		if (hi > lo && hi - lo > best) {
			best = hi - lo;
			type = e->type;
			from = e->start;
		}
	}
	/* "Ambassador to Tanzania Li Wenhao": a model's entity that begins in the words before the run
	 * (the place the rules found there) types that, not the run */
	if (type >= 0 && best >= b - a && of_type[type] != KG_TYPE_UNKNOWN && from >= a &&
	    !(guess == KG_TYPE_PERSON && of_type[type] == KG_TYPE_PLACE && person_apposition(c, t0, t1)))
		*type_out = of_type[type];
	return KG_OK;
}

/* 1 when the document speaks of the United States anywhere: "U.S.", "United States", "American",
 * "Washington", its parties and seats of power. */
static int us_story(const nctx *c)
{
	static const char *const marks[] = { "U.S.", "United States", "American", "Washington", " US ", "White House",
					     "Republican", "Democrat", "GOP", "Capitol", "Pentagon", NULL };

	for (size_t i = 0; marks[i]; i++)
		if (strstr(c->doc->norm, marks[i]))
			return 1;
	return 0;
}

static int add_mention(nctx *c, size_t si, size_t t0, size_t t1, kg_etype type, const char *canon, int cue,
		       int *index)
{
	rawm m;

	if (type == KG_TYPE_PERSON)
		person_name_span(c, &t0, &t1);
	/* "the House of Representatives", "the Department of Defense" of a story that never speaks of the
	 * United States is another country's: the name as written, not the U.S. one the lexicon knows (the
	 * bare "House" of "House Speaker X" stays the U.S. chamber) */
	if (canon && type == KG_TYPE_ORG && t1 > t0 + 1 && strncmp(canon, "U.S. ", 5) == 0 && !us_story(c))
		canon = NULL;

	memset(&m, 0, sizeof(m));
	m.sent = si;
	m.t0 = t0;
	m.t1 = t1;
	m.type = type;
	m.person_cue = cue;
	m.ent = -1;
	m.text = span_text(c, t0, t1);
	m.canon = canon ? kg_strdup(canon) : NULL;
	if (!m.text || (canon && !m.canon) || push_mention(c, m) < 0) {
		free(m.text);
		free(m.canon);
		return KG_ENOMEM;
	}
	*index = (int)c->n_m - 1;
	return KG_OK;
}

/* Adds a mention of type for tokens [t0, t1) of sentence si, as the rules alone name it, and its unit. */
static int push_entity(nctx *c, size_t si, size_t *cap, size_t t0, size_t t1, kg_etype type)
{
	int mi, rc;
	unit u;

	if ((rc = add_mention(c, si, t0, t1, type, NULL, 0, &mi)) < 0)
		return rc;
	u = mk_unit(U_ENT, t0, t1);
	u.mention = mi;
	return push_unit(c, si, cap, u);
}

/* 1 when the one-word name at t (alone in its chunk) is a person this document named in full, so a
 * town of the same name ("Lorca") does not win. */
static int known_person(const nctx *c, size_t t, size_t lim)
{
	char low[48];
	size_t v;
	kg_place pl;

	if (lim - t != 1 || (place_at(c, t, lim, &pl) && pl.kind == KG_PLACE_COUNTRY))
		return 0;
	ner_lower(c->p, t, low, sizeof(low));
	return kg_map_get(c->known, low, &v) && v == KG_TYPE_PERSON;
}

/* 1 when token t is the first word of a person's longer name found before it in the document: "Abdullah"
 * after "Sheikh Abdullah bin Zayed Al Nahyan" (not "Hasina" after "Sheikh Hasina"). */
static int opens_earlier_person(const nctx *c, size_t t)
{
	const char *w = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);

	for (size_t i = 0; i < c->n_m; i++) {
		const rawm *m = &c->m[i];
		if (m->t0 < t && m->t1 - m->t0 >= 2 && m->type == KG_TYPE_PERSON && kg_tok_len(c->p, m->t0) == n &&
		    strncasecmp(kg_tok_str(c->p, m->t0), w, n) == 0)
			return 1;
	}
	return 0;
}

/* The whole chunk [a, b) from its start j when its last word makes it an organisation ("Lusitania Air"). */
static size_t org_tail_chunk(const nctx *c, size_t j, size_t a, size_t b)
{
	/* the chunk's start, or after an "of" inside it ("Founder of| Ceres Robotics Inc.") */
	if ((j != a && !tok_is_of(c, j - 1)) || b - j < 2 ||
	    !in_listn(org_tails, kg_tok_str(c->p, b - 1), kg_tok_len(c->p, b - 1)))
		return 0;
	for (size_t k = j; k < b; k++)
		if (!namey(c, k) && !connector(c, k))
			return 0;
	return b - j;
}

/* The longest organisation at j: a known alias ("African Union"), a name up to its head word ("African
 * Union Commission"), or a chunk ending in an organisation word. *canon gets the alias's canonical name
 * when the alias is the longest. */
static size_t longest_org_at(const nctx *c, size_t j, size_t a, size_t b, const char **canon)
{
	size_t la = org_alias_at(c, j, b, canon), lo = org_at(c, j, b), lt = org_tail_chunk(c, j, a, b);
	size_t best = la;

	if (lo > best || lt > best) {
		*canon = NULL;
		best = lo > lt ? lo : lt;
	}
	/* "Governor of the Bank of England Andrew Bailey": a body's name with its "of" part, then a given
	 * name and one or two name words ending the span, is the body and its holder's name */
	for (size_t k = j + 3; best > 0 && k + 1 < j + best && j + best - k <= 3; k++) {
		int org = 0, of = 0;
		for (size_t q = j; q < k; q++) {
			org |= (tok_lex(c, q) & KG_LEX_ORGWORD) != 0;
			of |= tok_is_of(c, q);
		}
		if (org && of && (tok_lex(c, k) & KG_LEX_FIRSTNAME) && !(tok_lex(c, k) & KG_LEX_COMMON) &&
		    !tok_is_of(c, k - 1) && namey(c, k + 1)) {
			if (la == k - j)
				org_alias_at(c, j, b, canon);
			else
				*canon = NULL;
			best = k - j;
			break;
		}
	}
	return best;
}

/* 1 when the one-word organisation at j ("Duma", the State Duma's alias) stands right after a title and
 * before more name words of its chunk: "President Duma Boko" is a titled name. */
static int titled_one_word_org(const nctx *c, size_t si, size_t j, size_t len, size_t b)
{
	return len == 1 && j + 1 < b && c->n_units[si] > 0 && c->units[si][c->n_units[si] - 1].kind == U_TITLE &&
	       !(c->p->tokens[j].flags & KG_TOK_UPPER) && namey(c, j + 1) &&
	       !(tok_lex(c, j + 1) & (KG_LEX_ORGWORD | KG_LEX_COMMON));
}

/* The end of a title of the lexicon that starts in [a, b) and runs past b (before lim), or 0. */
static size_t title_past(const nctx *c, size_t a, size_t b, size_t lim)
{
	const char *canon;

	for (size_t k = a; k < b; k++) {
		size_t tl = title_at(c, k, lim, &canon);
		if (tl > 0 && k + tl > b)
			return k + tl;
	}
	return 0;
}

/* 1 when a title starts inside the organisation name [j, j+len) and runs past it: "U.S. Treasury
 * Secretary" is a country and a title, not the Treasury. */
static int title_overlaps(const nctx *c, size_t j, size_t len, size_t b)
{
	const char *canon;
	size_t first = title_at(c, j, b, &canon);

	/* "the Chief Executive Officer of Nordic Energy, X": a title and its "of" part open the name the
	 * organisation rules read whole; the organisation is what follows "of" */
	if (first > 0 && j + first + 1 < j + len && tok_is_of(c, j + first) && !(tok_lex(c, j) & KG_LEX_ORGWORD))
		return 1;
	/* "the Minister of Energy, X": a title of the lexicon that is the whole name, though it ends in a word
	 * that ends companies' names ("Nordic Energy") */
	if (first == len && !(tok_lex(c, j) & KG_LEX_ORGWORD))
		return 1;
	/* "President Duma Boko": a title, one head word of a body and more name words after it in the
	 * chunk are a titled name, not a body ("State Duma") and a name */
	if (first > 0 && j + first + 1 == j + len && j + len < b && namey(c, j + len) &&
	    !(tok_lex(c, j + len) & (KG_LEX_ORGWORD | KG_LEX_COMMON)))
		return 1;

	for (size_t k = j + 1; k < j + len; k++) {
		size_t tl = title_at(c, k, b, &canon);
		if (tl > 0 && k + tl > j + len)
			return 1;
	}
	return 0;
}

/* 1 when the one-word place at j is really a given name: "Ramona Castellanos", "Florence Pugh" — a
 * first name or a town, followed by a name word that is no place, title or head word; or a small town
 * that a title or a speech verb marks as a person ("Senator Lorca", "Lorca said"). */
static int first_name_here(const nctx *c, size_t si, size_t j, size_t b, const kg_place *pl)
{
	const char *canon;
	kg_place next;
	unsigned fn;
	const unit *prev = c->n_units[si] ? &c->units[si][c->n_units[si] - 1] : NULL;

	/* "Mining Minister Santiago Ibarra", "Santiago Ibarra, chief executive of X": two words that name
	 * places, with a title before them or an office after them, name a person */
	if (j + 2 == b && pl->kind != KG_PLACE_COUNTRY && pl->kind != KG_PLACE_CONTINENT && namey(c, j + 1) &&
	    !(tok_lex(c, j + 1) & (KG_LEX_ORGWORD | KG_LEX_PLACEWORD | KG_LEX_TITLE | KG_LEX_COMMON)) &&
	    ((prev && prev->kind == U_TITLE && prev->t1 == j) || person_apposition(c, j, b)))
		return 1;

	/* "CARTAGENA DE INDIAS, Colombia -": a town's Spanish tail in the dateline, no surname */
	if (j == 0 && town_particle_tail(c, j + 1, b) > 0)
		return 0;
	if (pl->kind == KG_PLACE_COUNTRY || pl->kind == KG_PLACE_CONTINENT)
		return (tok_lex(c, j) & KG_LEX_FIRSTNAME) && j + 1 < b && namey(c, j + 1) &&
		       pl->kind != KG_PLACE_COUNTRY && pl->kind != KG_PLACE_CONTINENT && !place_at(c, j + 1, b, &next);
	/* "Hassan Sheikh Mohamud": a given name, then a name-forming word inside the name */
	if (j + 2 < b && (tok_lex(c, j) & KG_LEX_FIRSTNAME) && name_forming_at(c, j + 1) && namey(c, j + 2))
		return 1;
	/* "Pierre de Coubertin": the particles of a name between the given name and the rest */
	while (j + 2 < b && connector(c, j + 1) && !tok_is_of(c, j + 1) && (tok_lex(c, j) & KG_LEX_FIRSTNAME))
		j++;
	if (j + 1 < b && namey(c, j + 1)) {
		fn = tok_lex(c, j + 1);
		return !(fn & (KG_LEX_ORGWORD | KG_LEX_PLACEWORD | KG_LEX_COMMON | KG_LEX_TITLE)) &&
		       !place_at(c, j + 1, b, &next) && !title_at(c, j + 1, b, &canon);
	}
	if (pl->population < 200000 && j + 1 == b && b < c->p->n_tokens) {
		char v[16];
		ner_lower(c->p, b, v, sizeof(v));
		if (in_list(person_speech, v))
			return 1;
	}
	return 0;
}

/* 1 when token t can be one syllable of a romanised East Asian name: a capitalised word of two to six
 * ASCII letters with one run of vowels ("Tan", "Kim", "Hock", "Chuan") or none ("Ng"), that no list
 * makes a title, a head word, a place word, a demonym, a particle or a function word. */
static int name_syllable(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t), runs = 0;
	int prev = 0;

	if (n < 2 || n > 6 || !(c->p->tokens[t].flags & KG_TOK_CAP) || (c->p->tokens[t].flags & KG_TOK_UPPER))
		return 0;
	for (size_t i = 0; i < n; i++) {
		int v;
		if (!isalpha((unsigned char)s[i]))
			return 0;
		v = strchr("aeiouAEIOU", s[i]) != NULL || (i > 0 && s[i] == 'y');
		runs += v && !prev;
		prev = v;
	}
	return runs <= 1 &&
	       !(tok_lex(c, t) & (KG_LEX_TITLE | KG_LEX_ORGWORD | KG_LEX_PLACEWORD | KG_LEX_DEMONYM | KG_LEX_STOP |
				  KG_LEX_MONTH | KG_LEX_WEEKDAY | KG_LEX_SPEECH | KG_LEX_HONORIFIC | KG_LEX_PRONOUN |
				  KG_LEX_MEDIA | KG_LEX_FURNITURE | KG_LEX_PARTICLE));
}

/* 1 when [t, b) is a three-syllable name in the East Asian order, family name first, whose middle
 * syllable is also an English given name: "Gan Kim Yong", "Tan Kim Hock", "Wong Lee Chuan", "Ha Van Quyet". The first
 * word is the family name there, not a word or a place glued before a two-word name. */
static int syllable_name(const nctx *c, size_t t, size_t b)
{
	/* "Ha Van Quyet": the middle syllable may be a particle of Western names */
	return b == t + 3 && (tok_lex(c, t + 1) & KG_LEX_FIRSTNAME) && name_syllable(c, t) &&
	       (name_syllable(c, t + 1) || (tok_lex(c, t + 1) & KG_LEX_PARTICLE)) && name_syllable(c, t + 2);
}

/* 1 when the units of sentence si so far end in a title, "of", maybe "the", and the name of a body or a
 * place that ends at token j: "Deputy Speaker of the Oliy Majlis| ...", "Chairman of the Senate of the
 * Oliy Majlis| ...". */
static int title_of_body_before(const nctx *c, size_t si, size_t j)
{
	const unit *u = c->units[si];
	size_t n = c->n_units[si];

	if (n < 3 || u[n - 1].t1 != j)
		return 0;
	for (int depth = 0; depth < 2; depth++) {
		if (n < 3 || u[n - 1].kind != U_ENT || c->m[u[n - 1].mention].type == KG_TYPE_PERSON)
			return 0;
		n--;
		if (n >= 3 && u[n - 1].kind == U_WORD && strcmp(u[n - 1].low, "the") == 0)
			n--;
		if (n < 2 || u[n - 1].kind != U_WORD || strcmp(u[n - 1].low, "of") != 0)
			return 0;
		n--;
		if (u[n - 1].kind == U_TITLE)
			return 1;
	}
	return 0;
}

/* 1 when token j follows a capitalised title's "for": "Minister for| Planning", "Secretary for| Health",
 * also after the title's "of" part: "Minister of State for| External Affairs". */
static int after_title_for(const nctx *c, size_t j)
{
	size_t k;

	if (j < 2 || !kg_tok_is(c->p, j - 1, "for"))
		return 0;
	k = j - 2;
	if (k >= 2 && (c->p->tokens[k].flags & KG_TOK_CAP) && tok_is_of(c, k - 1))
		k -= 2;
	return (tok_lex(c, k) & KG_LEX_TITLE) && (c->p->tokens[k].flags & KG_TOK_CAP);
}

/* 1 when token j opens the second field of a title after its "and": "Minister of Finance and| Economic
 * Planning", "Minister for Foreign Affairs and| Trade", "Minister of State for Industry and| Mines";
 * else after_title_for. */
static int after_title_link(const nctx *c, size_t j)
{
	size_t k, t;

	if (j < 5 || !(kg_tok_is(c->p, j - 1, "and") || kg_tok_is(c->p, j - 1, "&")))
		return after_title_for(c, j);
	k = j - 1;
	while (k > 0 && j - 1 - k < 3 && namey(c, k - 1) && (tok_lex(c, k - 1) & KG_LEX_COMMON) &&
	       !(tok_lex(c, k - 1) & KG_LEX_FIRSTNAME))
		k--;
	if (k == j - 1 || k < 3 || !(tok_is_of(c, k - 1) || kg_tok_is(c->p, k - 1, "for")))
		return 0;
	t = k - 2;
	/* "Minister of State for ...": the title's own "of" part */
	if (t >= 2 && kg_tok_is(c->p, k - 1, "for") && (c->p->tokens[t].flags & KG_TOK_CAP) && tok_is_of(c, t - 1))
		t -= 2;
	return (tok_lex(c, t) & KG_LEX_TITLE) && (c->p->tokens[t].flags & KG_TOK_CAP);
}

/* after_title_link at token j, or at the start of the field's capitalised common words before j
 * ("Minister for Foreign| Affairs Rui X": the words already split off the chunk). */
static int after_title_for_field(const nctx *c, size_t j)
{
	size_t k = j;

	while (k > 0 && j - k < 3 && namey(c, k - 1) && (tok_lex(c, k - 1) & KG_LEX_COMMON) &&
	       !(tok_lex(c, k - 1) & KG_LEX_FIRSTNAME))
		k--;
	return after_title_link(c, k);
}

/* 1 when [j, b) opens with up to three capitalised common words ("Party", "Foreign Affairs") and then a
 * given name followed by more of the name: "... Farmers' Party Jon Halvik", "Minister for Foreign
 * Affairs Karim bin Saleh". The common words end a description; the person starts at the given name. */
static int words_before_full_name(const nctx *c, size_t j, size_t b)
{
	size_t g = j;
	kg_place pl;

	if (facility_first(c, j) || syllable_name(c, j, b))
		return 0;

	while (g < b && g - j < 3 && (tok_lex(c, g) & (KG_LEX_COMMON | KG_LEX_ORGWORD)) &&
	       !(tok_lex(c, g) & (KG_LEX_FIRSTNAME | KG_LEX_PARTICLE | KG_LEX_HONORIFIC)) && namey(c, g) &&
	       !honorific_at(c, g))
		g++;
	if (g > j && g + 1 < b && (tok_lex(c, g) & KG_LEX_FIRSTNAME) && !(tok_lex(c, g) & KG_LEX_COMMON) &&
	    (namey(c, g + 1) || connector(c, g + 1)))
		return 1;
	/* "Minister for Planning Ahsan Qadir", "Minister for Railways Dinesh Kumar", "Minister of Finance
	 * and Economic Planning Clarisse X": after a title's "for" (or its field's "and") the field is
	 * common words, so a name word no dictionary knows, with more of the name after it, starts the
	 * holder even when the given-name list lacks it */
	if (g > j && g + 1 < b && after_title_for_field(c, j) && namey(c, g) && (namey(c, g + 1) || connector(c, g + 1)) &&
	    !(tok_lex(c, g) & (KG_LEX_COMMON | KG_LEX_STOP | KG_LEX_ORGWORD | KG_LEX_PLACEWORD | KG_LEX_TITLE |
			       KG_LEX_DEMONYM | KG_LEX_PARTICLE | KG_LEX_HONORIFIC)) &&
	    !place_at(c, g, b, &pl) && !org_at(c, g, b))
		return 1;
	/* "Minister of State for Trade Low Yen Ling": after a title's "for", a field word and three
	 * syllables ending the chunk, a name in the East Asian order though each is a dictionary word */
	if (b == j + 4 && (tok_lex(c, j) & KG_LEX_COMMON) && after_title_for_field(c, j) && name_syllable(c, j + 1) &&
	    name_syllable(c, j + 2) && name_syllable(c, j + 3) && !place_at(c, j + 1, b, &pl) && !org_at(c, j + 1, b))
		return 1;
	/* "the Farmers' Party Manfred Holtz": a possessive organisation's head word, then a full name */
	g = j + 1;
	if (j == 0 || !(c->p->tokens[j - 1].flags & KG_TOK_POSS) || !(tok_lex(c, j) & KG_LEX_ORGWORD) || b - g < 2 ||
	    b - g > 3)
		return 0;
	for (size_t t = g; t < b; t++)
		if (!namey(c, t) || (tok_lex(c, t) & (KG_LEX_COMMON | KG_LEX_ORGWORD | KG_LEX_TITLE)))
			return 0;
	return 1;
}

/* Nouns for a company or body, in lower case, that a news text puts right before the body's name. */
static const char *const company_nouns[] = { "giant", "firm", "company", "group", "maker", "carmaker", "automaker",
	"conglomerate", "lender", "retailer", "startup", "start-up", "insurer", "airline", "operator", "producer",
	"manufacturer", "chipmaker", "multinational", "supplier", NULL };

/* Length of an organisation's name at j when the chunk [j, b) is "industrial giant Korvex Joe Tanner": after a
 * company noun, the words before a given name that a further name word follows; 0 otherwise. */
static size_t company_before_name(const nctx *c, size_t j, size_t b)
{
	char prev[24];

	if (j == 0 || (c->p->tokens[j - 1].flags & (KG_TOK_CAP | KG_TOK_UPPER)))
		return 0;
	ner_lower(c->p, j - 1, prev, sizeof(prev));
	if (!in_list(company_nouns, prev))
		return 0;
	for (size_t g = j + 1; g + 1 < b && g - j <= 3; g++)
		if ((tok_lex(c, g) & KG_LEX_FIRSTNAME) && !(tok_lex(c, g) & KG_LEX_COMMON) && namey(c, g + 1) &&
		    !(tok_lex(c, g - 1) & KG_LEX_FIRSTNAME))
			return g - j;
	return 0;
}

/* Length of a body's name at j when the chunk [j, b) follows a title's "of" (and "the") and is "Afreximbank
 * Benedict Oramah": one to three capitalised words that are no place and no given name, then a given name
 * and more of the name, the holder; 0 otherwise. */
static size_t body_before_holder(const nctx *c, size_t si, size_t j, size_t b)
{
	const unit *u = c->units[si];
	size_t n = c->n_units[si];
	kg_place pl;

	if (n >= 2 && u[n - 1].kind == U_WORD && strcmp(u[n - 1].low, "the") == 0)
		n--;
	if (n < 2 || u[n - 1].kind != U_WORD || strcmp(u[n - 1].low, "of") != 0 || u[n - 2].kind != U_TITLE ||
	    place_at(c, j, b, &pl))
		return 0;
	for (size_t g = j + 1; g + 1 < b && g - j <= 3; g++) {
		if ((tok_lex(c, g - 1) & (KG_LEX_FIRSTNAME | KG_LEX_PARTICLE | KG_LEX_HONORIFIC)) || !namey(c, g - 1) ||
		    connector(c, g - 1))
			return 0;
		if ((tok_lex(c, g) & KG_LEX_FIRSTNAME) && !(tok_lex(c, g) & KG_LEX_COMMON) && namey(c, g + 1))
			return g - j;
	}
	return 0;
}

/* 1 when token t is a surname with an Arabic article ("El-Badri", "Al-Hakim") or a name word this document
 * already knows: a name, not a hyphenated adjective. */
static int article_name(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);
	char low[48];

	if (n >= 4 && (s[0] == 'A' || s[0] == 'E') && s[1] == 'l' && s[2] == '-' && isupper((unsigned char)s[3]))
		return 1;
	ner_lower(c->p, t, low, sizeof(low));
	return kg_map_get(c->known, low, NULL) != 0;
}

/* The capitalised industry words at t (before lim) that make a place before them a company's name:
 * "Mobile", "Copper", "Oil", "Steel", "Airways", "Mining Corporation". Returns how many (0: none). */
static size_t industry_at(const nctx *c, size_t t, size_t lim)
{
	static const char *const industries[] = {
		"Airways", "Airlines", "Airline", "Air", "Railways", "Railway", "Rail", "Ports", "Telecoms", "Shipping",
		"Telecom", "Telecommunications",
		"Mobile", "Telekom", "Broadcasting", "Television", "Copper", "Gold", "Mining", "Minerals",
		"Metals", "Steel", "Aluminium", "Aluminum", "Oil", "Gas", "Petroleum", "Petrochemical", "LNG",
		"Cement", "Chemicals", "Electric", "Electricity", "Power", "Electronics", "Motors", "Breweries", "Brewery",
		"Foods", "Pharma", "Pharmaceuticals", "Insurance", "Holdings", "Resources", "Corporation", "Corp",
		"Company", "Group", "Limited", "Ltd", "Inc",
		/* the same words in Spanish and Portuguese names: "America Movil" */
		"Movil", "Móvil", "Energia", "Energía", "Petroleos", "Petróleos", "Aerolineas", "Aerolíneas", "Minera",
		"Telecomunicaciones", NULL
	};
	const char *title = NULL;
	size_t n = 0, e, tl;

	while (t + n < lim && n < 3 && (c->p->tokens[t + n].flags & KG_TOK_CAP) &&
	       in_listn(industries, kg_tok_str(c->p, t + n), kg_tok_len(c->p, t + n)))
		n++;
	if (!n || (e = t + n) >= c->p->n_tokens)
		return n;
	/* "Ghana Mining Minister X", "Iraq Oil Ministry", "Pakistan Air Force": a government's office or arm */
	tl = title_at(c, e, c->tc[e].send, &title);
	if (tl > 0 && title && (strstr(title, "inister") || strstr(title, "ecretary") || strstr(title, "ommissioner")))
		return 0;
	if (!tl && (c->p->tokens[e].flags & KG_TOK_CAP) && (tok_lex(c, e) & (KG_LEX_COMMON | KG_LEX_ORGWORD)) &&
	    !in_listn(industries, kg_tok_str(c->p, e), kg_tok_len(c->p, e)))
		return 0;
	return n;
}

/* The country of a demonym of two capitalised words at t (before lim): "South African", "North
 * Korean", "Sri Lankan"; NULL when there is none. */
static const char *demonym2(const nctx *c, size_t t, size_t lim)
{
	if (t + 1 >= lim || !(c->p->tokens[t].flags & KG_TOK_CAP) || !(c->p->tokens[t + 1].flags & KG_TOK_CAP))
		return NULL;
	return kg_lex_demonym(c->lex, kg_tok_str(c->p, t), c->p->tokens[t + 1].end - c->p->tokens[t].start);
}

/* 1 when the document opens with a dateline whose town the gazetteer places in another country than
 * the United States ("MANILA, Philippines —", "ABUJA (Reuters) -"). */
static int foreign_dateline(const nctx *c)
{
	/* the first sentence, or the second after a headline of a line */
	for (size_t si = 0; si < 2 && si < c->p->n_sents; si++) {
		size_t first = c->p->sents[si].first, end = first + c->p->sents[si].count, n = first;
		kg_place pl;

		while (n < end && n - first < 4 && (c->p->tokens[n].flags & KG_TOK_UPPER) && (c->p->tokens[n].flags & KG_TOK_WORD))
			n++;
		if (n > first && n < end &&
		    (kg_tok_is(c->p, n, ",") || kg_tok_is(c->p, n, "(") || kg_tok_is(c->p, n, "-") || kg_tok_is(c->p, n, ":") ||
		     kg_tok_is(c->p, n, "\xe2\x80\x94") || kg_tok_is(c->p, n, "\xe2\x80\x93")) &&
		    place_at(c, first, n, &pl) == n - first && pl.country)
			return strcmp(pl.country, "United States") != 0;
		if (si == 0 && (kg_tok_is(c->p, end - 1, ".") || c->p->sents[0].count > 30))
			break; /* no headline */
	}
	return 0;
}

/* 1 when "Speaker of the" comes before token t and no "of" after it: "Speaker of the House Nancy X", "the
 * Speaker of the House, X" (not "... of the House of Commons"). */
static int speaker_of_the(const nctx *c, size_t t)
{
	return t >= 3 && kg_tok_is(c->p, t - 1, "the") && kg_tok_is(c->p, t - 2, "of") && kg_tok_is(c->p, t - 3, "Speaker") &&
	       !(t + 1 < c->p->n_tokens && kg_tok_is(c->p, t + 1, "of"));
}

/* The canonical name of the chamber "House" at token t when a title follows it before b ("House
 * Speaker", "House Majority Leader") or "Speaker of the" comes before it: the organisation the lexicon gives "House of Representatives"
 * (its list of organisations says which); NULL otherwise, after a country ("Philippine House Speaker")
 * and under another country's dateline. "House of Commons" and "White House" are longer organisation
 * names, matched before. */
static const char *chamber_before_title(const nctx *c, size_t si, size_t t, size_t b)
{
	static const char chamber[] = "House of Representatives";
	const unit *prev = c->n_units[si] ? &c->units[si][c->n_units[si] - 1] : NULL;
	const char *canon;

	/* "MANILA, Philippines — House Speaker X": the chamber of the dateline's country, not Congress's */
	if (foreign_dateline(c))
		return NULL;

	/* "Philippine House Speaker", "Nigeria's House Speaker": another country's chamber, left to the
	 * country the title names */
	if (prev && (prev->kind == U_DEMONYM || prev->kind == U_POSS ||
		     (prev->kind == U_ENT && c->m[prev->mention].type == KG_TYPE_PLACE) ||
		     (t > 0 && kg_tok_is(c->p, t - 1, "'s"))))
		return NULL;
	if (kg_tok_len(c->p, t) != 5 || memcmp(kg_tok_str(c->p, t), "House", 5) != 0)
		return NULL;
	if (!speaker_of_the(c, t) && (t + 2 >= b || title_at(c, t + 1, b, &canon) == 0))
		return NULL;
	return kg_lex_org_alias(c->lex, chamber, sizeof(chamber) - 1);
}

/* The number of the title's tokens after token t when t is a capitalised word for a level of
 * government right before a minister's or secretary's title (before b): "State Minister for Foreign
 * Affairs", "Federal Minister for Planning", "Union Minister", "Provincial Minister", or before a
 * capitalised word of the portfolio and that title ("Union Home Minister", "Federal Education
 * Minister"); 0 when it is none. The word belongs to the title; alone, "State" would be a place,
 * "Union" an organisation and "Federal" a person, and each the office's holder's country. */
static int level_before_title(const nctx *c, size_t t, size_t b)
{
	static const char *const levels[] = { "state", "federal", "union", "provincial", "regional", "junior", NULL };
	const char *canon = NULL;
	char w[16];
	size_t len;
	kg_place pl;

	if (t + 1 >= b || !(c->p->tokens[t].flags & KG_TOK_CAP))
		return 0;
	/* "Kenya's ICT Minister X", "Indian IT Minister X": an acronym no list knows between a country and a
	 * minister's title is the portfolio ("FCO Minister X" with no country names the office) */
	if (c->p->tokens[t].flags & KG_TOK_UPPER) {
		size_t n = kg_tok_len(c->p, t);
		int country = t > 0 && ((c->p->tokens[t - 1].flags & KG_TOK_POSS) ||
					kg_lex_demonym(c->lex, kg_tok_str(c->p, t - 1), kg_tok_len(c->p, t - 1)));
		if (country && n >= 2 && n <= 5 && !memchr(kg_tok_str(c->p, t), '.', n) && !org_alias_at(c, t, t + 1, &canon) &&
		    !place_at(c, t, t + 1, &pl) && !title_at(c, t, t + 1, &canon) && (len = title_at(c, t + 1, b, &canon)) > 0 &&
		    canon && strstr(canon, "Minister") != NULL)
			return (int)len;
		return 0;
	}
	ner_lower(c->p, t, w, sizeof(w));
	if (!in_list(levels, w))
		return 0;
	if ((len = title_at(c, t + 1, b, &canon)) > 0 && canon)
		return strstr(canon, "Minister") != NULL || strstr(canon, "Secretary") != NULL ? (int)len : 0;
	/* "Union Home Minister": one capitalised dictionary word of no name or place, then the title */
	if (t + 2 < b && namey(c, t + 1) && (tok_lex(c, t + 1) & KG_LEX_COMMON) &&
	    !(tok_lex(c, t + 1) & (KG_LEX_FIRSTNAME | KG_LEX_ORGWORD | KG_LEX_DEMONYM)) && !place_at(c, t + 1, b, &pl) &&
	    (len = title_at(c, t + 2, b, &canon)) > 0 && canon &&
	    (strcmp(canon, "Minister") == 0 || strcmp(canon, "Secretary") == 0))
		return (int)(1 + len);
	return 0;
}

/* 1 when the two-word demonym at j opens the chunk [a, b) and an organisation's name: the chunk ends in
 * an organisation's head word and no title follows the demonym. */
static int demonym_opens_org(const nctx *c, size_t j, size_t a, size_t b)
{
	const char *title;

	return j == a && j + 3 < b && (tok_lex(c, b - 1) & KG_LEX_ORGWORD) && !title_at(c, j + 2, b, &title);
}

/* 1 when the name [t0, t1) joins two names with a hyphen inside a word ("Meloni-von der Leyen",
 * "Biden-Xi", the hyphen between a capital's word and a letter) and a lower-case noun of an event or a
 * bond follows it: the names of its two sides. */
static int paired_names(const nctx *c, size_t t0, size_t t1)
{
	static const char *const events[] = { "meeting", "meetings", "summit", "summits", "talks", "call",
		"deal", "dialogue", "pact", "agreement", "accord", "handshake", "encounter", "rivalry",
		"relationship", "alliance", "debate", "tie-up", "bilateral", NULL };
	char w[16];
	int hyphen = 0;

	if (t1 >= c->p->n_tokens || !(c->p->tokens[t1].flags & KG_TOK_WORD) || (c->p->tokens[t1].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t1, w, sizeof(w));
	if (!in_list(events, w))
		return 0;
	for (size_t t = t0; t < t1 && !hyphen; t++) {
		const char *s = kg_tok_str(c->p, t);
		size_t n = kg_tok_len(c->p, t);
		if (!(c->p->tokens[t].flags & KG_TOK_CAP))
			continue;
		for (size_t i = 2; i + 1 < n; i++)
			if (s[i] == '-' && isalpha((unsigned char)s[i - 1]) && isalpha((unsigned char)s[i + 1]) &&
			    islower((unsigned char)s[i - 1])) {
				hyphen = 1;
				break;
			}
	}
	return hyphen;
}

/* 1 when the name [t0, t1) is followed by a comma and a state or country in which geonames has a town
 * of that name: "in Flint, Michigan", "FLINT, Mich.", "Bath, England" (towns whose names are words,
 * which the gazetteer leaves out when nothing says place). */
static int town_before_region(const nctx *c, size_t t0, size_t t1)
{
	size_t a = c->p->tokens[t0].start, b = c->p->tokens[t1 - 1].end;
	kg_place pl;

	if (t1 + 1 >= c->p->n_tokens || !kg_tok_is(c->p, t1, ",") ||
	    !place_at(c, t1 + 1, c->p->n_tokens, &pl) ||
	    (pl.kind != KG_PLACE_REGION && pl.kind != KG_PLACE_COUNTRY) || !pl.canonical)
		return 0;
	return kg_lex_town_in(c->lex, c->doc->norm + a, b - a, pl.canonical, strlen(pl.canonical));
}

/* 1 when the name [t0, t1) is an event's: a word after its first that names a tour, a festival, a
 * championship, a fair, a show or the Games ("Back to School Bus Tour", "Olympic Games Tokyo", "Lagos
 * Jazz Festival", "Paris Air Show", "Hannover Messe"; "Africa Cup of Nations" is not: a cup may be a
 * trophy). */
static int event_name(const nctx *c, size_t t0, size_t t1)
{
	static const char *const heads[] = { "tour", "festival", "championship", "championships", "marathon",
					     "expo", "olympics", "paralympics", "biennale", "jamboree", "show",
					     "airshow", "fair", "messe", "conference", "summit", "forum", "dialogue",
					     "symposium", NULL };
	static const char *const games_before[] = { "olympic", "paralympic", "commonwealth", "asian", "african",
						    "pan", "youth", "winter", "summer", "mediterranean", NULL };
	char low[32];

	for (size_t t = t0 + 1; t < t1; t++) {
		if (!(c->p->tokens[t].flags & KG_TOK_CAP))
			continue;
		ner_lower(c->p, t, low, sizeof(low));
		if (in_list(heads, low))
			return 1;
		if (strcmp(low, "games") == 0) {
			ner_lower(c->p, t - 1, low, sizeof(low));
			if (in_list(games_before, low))
				return 1;
		}
	}
	return 0;
}

/* Lower-case words that describe a political party or movement before its name. */
static const char *const party_words[] = { "far-right", "far-left", "right-wing", "left-wing", "centre-right",
	"center-right", "centre-left", "center-left", "hard-line", "hardline", "nationalist", "populist",
	"separatist", "secessionist", "islamist", "ultranationalist", "ultra-nationalist", "ruling", "opposition",
	"conservative", "liberal", "socialist", "communist", "centrist", "social-democratic", "pro-european",
	"eurosceptic", "anti-immigration", "anti-immigrant", "pro-independence", "governing", NULL };

/* 1 when the name [t0, t1) follows "the" and words of party_words (maybe after one capitalised word, a
 * demonym or a region's adjective): "the far-right
 * Vlaams Belang", "the Flemish nationalist N-VA", "the ruling Zanu-PF", "the opposition Ennahda": a
 * party. Not a person's name ("the populist Geert Wilders": a given name first, or a name the document
 * has already given a person). */
static int party_descriptor_before(const nctx *c, size_t si, size_t t0, size_t t1)
{
	const kg_sentence *s = &c->p->sents[si];
	size_t k = t0, words = 0;
	char low[48];

	while (k > s->first) {
		ner_lower(c->p, k - 1, low, sizeof(low));
		if (in_list(party_words, low)) {
			words++;
			k--;
		} else if (words && (c->p->tokens[k - 1].flags & KG_TOK_CAP) && k - 1 > s->first &&
			   kg_tok_ieq(c->p, k - 2, "the")) {
			k--;
		} else {
			break;
		}
	}
	if (!words || k == s->first || !kg_tok_ieq(c->p, k - 1, "the"))
		return 0;
	if (tok_lex(c, t0) & (KG_LEX_FIRSTNAME | KG_LEX_HONORIFIC | KG_LEX_TITLE))
		return 0;
	for (size_t t = t0; t < t1; t++) {
		ner_lower(c->p, t, low, sizeof(low));
		if (kg_map_get(c->known, low, NULL))
			return 0;
	}
	return 1;
}

/* 1 when the word at t ends in "-ism" ("Olympism", "Marxism", "Thatcherism"): a doctrine, a faith or a
 * movement, which is no person, organisation or place, unless the document named one by it. */
static int doctrine_word(const nctx *c, size_t t)
{
	const char *s = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t);
	char low[48];

	if (n < 6 || memcmp(s + n - 3, "ism", 3) != 0 || !(c->p->tokens[t].flags & KG_TOK_CAP) ||
	    (c->p->tokens[t].flags & KG_TOK_UPPER))
		return 0;
	ner_lower(c->p, t, low, sizeof(low));
	return !kg_map_get(c->known, low, NULL);
}

/* 1 when the acronym at t, alone in its chunk that ends at b, follows "a" or "an" (maybe with lower-case
 * words between) and no noun follows it that it would modify: "a music VCD titled ...", "an MRI.",
 * not "a NATO summit", "an IMF loan". Places and organisations the lexicons know are kept ("a US
 * official"). */
static int acronym_of_thing(const nctx *c, size_t si, size_t t, size_t b)
{
	const kg_sentence *s = &c->p->sents[si];
	const char *canon;
	kg_place pl;
	size_t k = t, between = 0;

	if (b != t + 1 || !(c->p->tokens[t].flags & KG_TOK_UPPER) || kg_tok_len(c->p, t) < 2 ||
	    place_at(c, t, t + 1, &pl) || org_alias_at(c, t, t + 1, &canon))
		return 0;
	while (k > s->first && between <= 2) {
		const kg_token *p = &c->p->tokens[k - 1];
		if (!(p->flags & KG_TOK_WORD) || (p->flags & (KG_TOK_CAP | KG_TOK_UPPER)))
			return 0;
		if (kg_tok_is(c->p, k - 1, "a") || kg_tok_is(c->p, k - 1, "an"))
			break;
		if (tok_lex(c, k - 1) & KG_LEX_STOP)
			return 0;
		between++;
		k--;
	}
	if (k == s->first || between > 2)
		return 0;
	if (b < c->p->n_tokens && (c->p->tokens[b].flags & KG_TOK_WORD) &&
	    kg_lex_wordnet_class(c->lex, kg_tok_str(c->p, b), kg_tok_len(c->p, b)) != KG_WN_NONE)
		return 0;
	return 1;
}

/* 1 when the one capitalised word at t, which ends its chunk at b, is an adjective in WordNet and the
 * lower-case word after it a noun of people or of a body there ("Catholic bishops", "Muslim clerics",
 * "Protestant churches"): the word describes them and names nothing. Not when the document has named
 * someone by that word, nor for places, organisations and demonyms. */
static int adjective_before_group(const nctx *c, size_t t, size_t b)
{
	const kg_token *k;
	char low[48];
	const char *canon;
	kg_place pl;
	kg_wn_class wc;
	size_t known;

	if (b != t + 1 || b >= c->p->n_tokens)
		return 0;
	k = &c->p->tokens[b];
	if (!(k->flags & KG_TOK_WORD) || (k->flags & (KG_TOK_CAP | KG_TOK_UPPER)) ||
	    (tok_lex(c, b) & (KG_LEX_STOP | KG_LEX_SPEECH)) || (tok_lex(c, t) & KG_LEX_DEMONYM))
		return 0;
	ner_lower(c->p, t, low, sizeof(low));
	if ((kg_map_get(c->known, low, &known) && known == KG_TYPE_PERSON) || place_at(c, t, t + 1, &pl) ||
	    org_alias_at(c, t, t + 1, &canon) || !kg_lex_wordnet_modifier(c->lex, kg_tok_str(c->p, t), kg_tok_len(c->p, t)))
		return 0;
	wc = kg_lex_wordnet_class(c->lex, kg_tok_str(c->p, b), kg_tok_len(c->p, b));
	return wc == KG_WN_PERSON || wc == KG_WN_GROUP;
}
static int appointed_as(const nctx *c, size_t si, size_t t0, size_t t1);

/* 1 when the chunk [a, b) of sentence si is a name alone in parentheses after the place that opens the
 * sentence and at most a date: the news agency of a dateline, "HAVANA, Dec 1 (Prensa Latina)",
 * "BRASILIA (Agencia Brasil) -". Its words would else read as a person's or a country's name. */
static int dateline_source(const nctx *c, size_t si, size_t a, size_t b)
{
	const kg_sentence *s = &c->p->sents[si];
	size_t first = s->first, t;
	kg_place pl;

	if (a < first + 2 || b >= first + s->count || b - a > 4 || a - first > 10 || !kg_tok_is(c->p, a - 1, "(") ||
	    !kg_tok_is(c->p, b, ")") || !(c->p->tokens[first].flags & (KG_TOK_CAP | KG_TOK_UPPER)))
		return 0;
	t = first + place_at(c, first, a - 1, &pl);
	if (t == first)
		return 0;
	/* ", Dec. 1", ", 11th March, 2025": a date between the place and the parenthesis */
	for (; t < a - 1; t++)
		if (!(kg_tok_is(c->p, t, ",") || kg_tok_is(c->p, t, ".") || (c->p->tokens[t].flags & KG_TOK_NUM) ||
		      (tok_lex(c, t) & (KG_LEX_MONTH | KG_LEX_WEEKDAY))))
			return 0;
	return 1;
}

/* 1 when token t is a dash that ends a dateline: "-", "--", an en or em dash. */
static int dateline_dash(const nctx *c, size_t t)
{
	return kg_tok_is(c->p, t, "-") || kg_tok_is(c->p, t, "--") || kg_tok_is(c->p, t, "\xe2\x80\x93") ||
	       kg_tok_is(c->p, t, "\xe2\x80\x94");
}

/* 1 when the chunk [a, b) of sentence si is a dateline's place that no gazetteer knows: the town in
 * capitals opening the sentence ("NAYPYITAW (Xinhua) -", "KOTAVELLA, Vessaria (Reuters) -") or the
 * region after its comma, when a dash ends the dateline within a dozen tokens of names, commas, a date
 * and a source in brackets. Datelines name places; the words would else read as an organisation. */
static int dateline_place(const nctx *c, size_t si, size_t a, size_t b)
{
	const kg_sentence *s = &c->p->sents[si];
	size_t first = s->first, end = first + s->count, t, town_end = first;
	int bracket = 0;

	while (town_end < end && town_end - first < 4 && (c->p->tokens[town_end].flags & KG_TOK_UPPER) &&
	       (c->p->tokens[town_end].flags & KG_TOK_WORD))
		town_end++;
	if (town_end == first || kg_tok_len(c->p, first) < 3 || town_end >= end ||
	    !(kg_tok_is(c->p, town_end, ",") || kg_tok_is(c->p, town_end, "(")))
		return 0;
	/* the town itself, or the capitalised run right after its comma */
	if (!(a == first && b == town_end) &&
	    !(a == town_end + 1 && kg_tok_is(c->p, town_end, ",") && !(c->p->tokens[a].flags & KG_TOK_UPPER)))
		return 0;
	for (t = town_end; t < end && t - town_end < 12; t++) {
		const kg_token *k = &c->p->tokens[t];
		if (dateline_dash(c, t))
			return !bracket;
		if (kg_tok_is(c->p, t, "("))
			bracket = 1;
		else if (kg_tok_is(c->p, t, ")"))
			bracket = 0;
		else if (!bracket && !kg_tok_is(c->p, t, ",") && !kg_tok_is(c->p, t, ".") && !(k->flags & KG_TOK_NUM) &&
			 !(k->flags & (KG_TOK_CAP | KG_TOK_UPPER)))
			return 0;
	}
	return 0;
}

/* 1 when token t is an article ("the", "a", "an"), which opens no name of a person. */
static int article_word(const nctx *c, size_t t)
{
	return kg_tok_ieq(c->p, t, "the") || kg_tok_ieq(c->p, t, "a") || kg_tok_ieq(c->p, t, "an");
}

/* 1 when the function word at token j, capitalised where a capital proves something (inside a
 * sentence that is no headline), opens a person's name: the Vietnamese family names "To", "Do" ("Deputy
 * Prime Minister To Van Hung", "General Secretary To Lam"). The name has three words, or two after a
 * title; the titles of works capitalise function words too ("The Case of Let Alone"). */
static int stop_word_name(const nctx *c, size_t si, size_t j, size_t b)
{
	const kg_sentence *s = &c->p->sents[si];
	const unit *prev = c->n_units[si] > 0 ? &c->units[si][c->n_units[si] - 1] : NULL;

	return (tok_lex(c, j) & KG_LEX_STOP) && !article_word(c, j) && (c->p->tokens[j].flags & KG_TOK_CAP) &&
	       !(c->p->tokens[j].flags & KG_TOK_UPPER) && !weak_position(c, s, j, title_case_sentence(c, s)) &&
	       (j + 3 <= b || (prev && prev->kind == U_TITLE && prev->t1 == j));
}

/* Last words of military offices, after which a rank's short form is a rank ("Army chief Gen X"). */
static const char *const military_heads[] = { "chief", "commander", "general", "admiral", "marshal", "colonel",
					      "staff", "officer", "forces", "army", "navy", NULL };

/* 1 when token j is a one-word title written as a rank's short form without its stop ("Gen", "Sen"). */
static int rank_short_form(const nctx *c, size_t j, size_t b)
{
	const char *s = kg_tok_str(c->p, j), *canon = NULL;
	size_t n = kg_tok_len(c->p, j);

	return title_at(c, j, b, &canon) == 1 && canon && !memchr(s, '.', n) && n < strlen(canon) &&
	       strncasecmp(canon, s, n) == 0;
}

/* 1 when the one-word title at token j is a rank's short form written without its stop ("Gen", "Sen")
 * that is a given name here: right after another office that is no military one and before one name
 * word that ends the chunk ("Defence Minister Gen Nakamori", "Economy Minister Sen Takahara"; a general
 * is named whole after his rank, "Army chief Gen Asim Munir"). Named again without the office ("Gen
 * Nakamori said"), the surname alone is found and joins the whole name in coreference. */
static int rank_given_name(const nctx *c, size_t si, size_t j, size_t b)
{
	const char *s = kg_tok_str(c->p, j), *canon = NULL;
	size_t n = kg_tok_len(c->p, j);
	const unit *prev = c->n_units[si] > 0 ? &c->units[si][c->n_units[si] - 1] : NULL;

	if (j + 2 != b || title_at(c, j, b, &canon) != 1 || !canon || memchr(s, '.', n) || n >= strlen(canon) ||
	    strncasecmp(canon, s, n) != 0 || !namey(c, j + 1) ||
	    (tok_lex(c, j + 1) & (KG_LEX_FIRSTNAME | KG_LEX_COMMON | KG_LEX_TITLE | KG_LEX_ORGWORD | KG_LEX_PLACEWORD)))
		return 0;
	return prev && prev->kind == U_TITLE && prev->t1 == j && prev->title &&
	       !ner_title_ends_in(prev->title, military_heads);
}

/* 1 when the units of sentence si made so far end in "counterpart" (and a comma): the name after it
 * is a person's ("her Botswana counterpart Duma Boko", not the State Duma). */
static int after_counterpart(const nctx *c, size_t si)
{
	const unit *u = c->units[si];
	size_t n = c->n_units[si];

	if (n > 0 && u[n - 1].kind == U_PUNCT && strcmp(u[n - 1].low, ",") == 0)
		n--;
	return n > 0 && u[n - 1].kind == U_WORD && strcmp(u[n - 1].low, "counterpart") == 0 &&
	       !(c->p->tokens[u[n - 1].t0].flags & KG_TOK_CAP); /* not a headline's "Counterpart," */
}

/* 1 when the units of sentence si made so far end in a title, or in a title, its "of" part and a
 * comma ("the Prime Minister of Portugal,"): what follows is its holder. */
static int title_just_before(const nctx *c, size_t si)
{
	const unit *u = c->units[si];
	size_t n = c->n_units[si];

	if (n > 0 && u[n - 1].kind == U_TITLE)
		return 1;
	if (n < 2 || u[n - 1].kind != U_PUNCT || strcmp(u[n - 1].low, ",") != 0)
		return 0;
	for (size_t i = n - 1; i-- > 0 && n - 1 - i <= 4;)
		if (u[i].kind == U_TITLE)
			return 1;
		else if (u[i].kind == U_PUNCT ||
			 (u[i].kind == U_ENT && u[i].mention >= 0 && c->m[u[i].mention].type == KG_TYPE_PERSON))
			return 0;
	return 0;
}

/* Segments one capitalised chunk [a, b) of sentence si into units. */
static int segment_chunk(nctx *c, size_t si, size_t a, size_t b, size_t *cap)
{
	size_t j = a;
	int rc;

	/* "SOURCE Acme S.A." closing a press release: the wire's word, then the company */
	if (b > a + 1 && kg_tok_len(c->p, a) == 6 && memcmp(kg_tok_str(c->p, a), "SOURCE", 6) == 0) {
		if ((rc = push_unit(c, si, cap, word_unit(c, a))) < 0)
			return rc;
		j = ++a;
	}
	/* "its Board of Directors", "the Board of Trustees": a company's or a school's board, no name */
	if (b == a + 3 && a > 0 && kg_tok_is(c->p, a, "Board") && tok_is_of(c, a + 1) &&
	    (kg_tok_is(c->p, a + 2, "Directors") || kg_tok_is(c->p, a + 2, "Trustees") || kg_tok_is(c->p, a + 2, "Governors")) &&
	    (kg_tok_ieq(c->p, a - 1, "its") || kg_tok_ieq(c->p, a - 1, "the") || kg_tok_ieq(c->p, a - 1, "their"))) {
		for (; j < b; j++)
			if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
				return rc;
		return KG_OK;
	}
	while (j < b) {
		const char *canon = NULL, *other;
		size_t len;
		kg_place pl;
		int mi, lvl = 0;
		unit u;

		/* "Park City Mayor X": names no list knows before "Mayor" (and a holder after it) are the
		 * town's */
		if (j == a && b > j + 2 && (len = town_before_mayor(c, j, b)) > 0) {
			if ((rc = push_entity(c, si, cap, j, j + len, KG_TYPE_PLACE)) < 0)
				return rc;
			j += len;
			continue;
		}
		/* "Chairman of the Board of Acme": the board of the company after it, as in lower case */
		if (j + 2 < b && kg_tok_is(c->p, j, "Board") && tok_is_of(c, j + 1) && c->n_units[si] >= 3 &&
		    !(tok_lex(c, j + 2) & KG_LEX_COMMON) && /* not "the Board of Management of X" */
		    c->units[si][c->n_units[si] - 1].kind == U_WORD && strcmp(c->units[si][c->n_units[si] - 1].low, "the") == 0 &&
		    c->units[si][c->n_units[si] - 2].kind == U_WORD && strcmp(c->units[si][c->n_units[si] - 2].low, "of") == 0 &&
		    c->units[si][c->n_units[si] - 3].kind == U_TITLE) {
			if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0 ||
			    (rc = push_unit(c, si, cap, word_unit(c, j + 1))) < 0)
				return rc;
			j += 2;
			continue;
		}

		/* "Jackson, Miss.": a state, not a form of address */
		if (place_at(c, j, b, &pl) == 1 && state_abbrev_at(c, j, c->p->n_tokens, &len)) {
			if ((rc = add_mention(c, si, j, j + 1, KG_TYPE_PLACE, pl.canonical, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + 1);
			u.mention = mi;
			if ((rc = push_unit(c, si, cap, u)) < 0)
				return rc;
			j++;
			continue;
		}
		/* "H.H. Sheikh X", "H.R.H. Prince X", "H.E. President X": a form of address before a title is a
		 * word (the title says who follows), not an organisation's acronym */
		if (honorific_at(c, j) && j + 1 < b && title_at(c, j + 1, b, &canon) > 0) {
			if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
				return rc;
			j++;
			continue;
		}
		/* "Saudi Arabian Foreign Minister X": the two words give the country; "the Saudi Arabian Football
		 * Federation": they open an organisation's name, as one word does ("the Nigerian Football
		 * Federation"), when the chunk ends in an organisation's head word with no title before it */
		if ((canon = demonym2(c, j, b)) != NULL && !demonym_opens_org(c, j, a, b)) {
			u = mk_unit(U_DEMONYM, j, j + 2);
			u.country = canon;
			if ((rc = push_unit(c, si, cap, u)) < 0)
				return rc;
			j += 2;
			continue;
		}
		if ((connector(c, j) || !namey(c, j)) && !(j == a && connector(c, j) && !namey(c, j) &&
							    tok_is_particle(c, j))) {
			if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
				return rc;
			j++;
			continue;
		}
		/* "KAMPALA - The Ugandan Minister of Finance, X": a capitalised "The" inside a sentence before a
		 * demonym is the article, the demonym says the country */
		if (j == a && j + 2 < b && (tok_lex(c, j) & KG_LEX_STOP) && !(c->p->tokens[j].flags & KG_TOK_UPPER) &&
		    kg_lex_demonym(c->lex, kg_tok_str(c->p, j + 1), kg_tok_len(c->p, j + 1)) && !demonym_opens_org(c, j + 1, a, b)) {
			if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
				return rc;
			j++;
			continue;
		}
		if (j == a && dateline_source(c, si, a, b)) {
			size_t s0 = c->p->tokens[a].start, s1 = c->p->tokens[b - 1].end;
			/* "(AP)": an agency's short name the lexicon knows is its full name */
			canon = kg_lex_org_alias(c->lex, c->doc->norm + s0, s1 - s0);
			if ((rc = add_mention(c, si, a, b, KG_TYPE_ORG, canon, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, a, b);
			u.mention = mi;
			len = b - a;
		} else if (j == a && dateline_place(c, si, a, b) && !place_at(c, a, b, &pl) &&
			   !org_alias_at(c, a, b, &canon)) {
			if ((rc = add_mention(c, si, a, b, KG_TYPE_PLACE, NULL, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, a, b);
			u.mention = mi;
			len = b - a;
		} else if (speaker_of_the(c, j) && (canon = chamber_before_title(c, si, j, b)) != NULL) {
			len = 1;
			if ((rc = add_mention(c, si, j, j + 1, KG_TYPE_ORG, canon, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + 1);
			u.mention = mi;
		} else if (j == a && (len = venue_at(c, j, b)) > 0) {
			if ((rc = add_mention(c, si, j, j + len, KG_TYPE_PLACE, NULL, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + len);
			u.mention = mi;
		} else if ((j == a && (len = company_before_name(c, j, b)) > 0) || (len = body_before_holder(c, si, j, b)) > 0) {
			if ((rc = add_mention(c, si, j, j + len, KG_TYPE_ORG, NULL, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + len);
			u.mention = mi;
		} else if (!(lvl = level_before_title(c, j, b)) && !(j == a && b > a + 1 && after_counterpart(c, si)) &&
			   !(kg_tok_is(c->p, j, "Group") && title_at(c, j, b, &other) > 0) &&
			   ((len = longest_org_at(c, j, a, b, &canon)) > 0) &&
			   !title_overlaps(c, j, len, b) && !titled_one_word_org(c, si, j, len, b)) {
			if (!canon) {
				size_t s0 = c->p->tokens[j].start, s1 = c->p->tokens[j + len - 1].end;
				canon = kg_lex_org_alias(c->lex, c->doc->norm + s0, s1 - s0);
			}
			/* a name of no list may go on with its "for" part */
			if (!canon)
				len += org_for_part(c, j + len, b);
			if ((rc = add_mention(c, si, j, j + len, KG_TYPE_ORG, canon, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + len);
			u.mention = mi;
		} else if ((canon = chamber_before_title(c, si, j, b)) != NULL) {
			/* "House Speaker X", "House Minority Leader X": the chamber is the office's organisation */
			len = 1;
			if ((rc = add_mention(c, si, j, j + 1, KG_TYPE_ORG, canon, 0, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + 1);
			u.mention = mi;
		} else if (lvl ||
			   ((len = title_at(c, j, b, &canon)) > 0 && !rank_given_name(c, si, j, b) &&
			    (len > 1 || j + len < b || !(c->p->tokens[j].flags & KG_TOK_SENT_START) ||
			     /* "Minister for Commerce X" opening a sentence */
			     (b + 1 < c->p->n_tokens && kg_tok_is(c->p, b, "for") && namey(c, b + 1))) &&
			    !(len == 1 && j + 2 == b && name_forming_at(c, j) && !title_at(c, j + 1, b, &other) &&
			      /* "Sheikh Abdullah" after "Sheikh Abdullah bin Zayed": the word names the one met before */
			      !opens_earlier_person(c, j + 1)))) {
			size_t e;

			if (lvl) {
				len = 1 + (size_t)lvl;
				if ((rc = title_text(c, j, j + len, &canon)) < 0)
					return rc;
			}
			/* "Chief Election Commissioner X", "Chief Economic Adviser X", "Chief Cabinet Secretary X":
			 * "Chief", up to three capitalised common words of a field and a title are one office */
			if (len == 1 && kg_tok_is(c->p, j, "Chief")) {
				size_t q = j + 1, tl = 0;
				const char *c2;

				while (q < b && q - j <= 3 && namey(c, q) && (tok_lex(c, q) & KG_LEX_COMMON) &&
				       !(tok_lex(c, q) & KG_LEX_FIRSTNAME) && !title_at(c, q, b, &c2))
					q++;
				if (q < b && (tl = title_at(c, q, b, &c2)) > 0) {
					if ((rc = title_text(c, j, q + tl, &canon)) < 0)
						return rc;
					len = q + tl - j;
				}
			}
			e = j + len;
			/* "Minister of Energy| Transition and Water Transformation": the field of a title of the
			 * lexicon goes on with field words up to the end of the chunk or its list */
			if (e < b && field_token(c, e) && len >= 3 && (tok_is_of(c, e - 2) || kg_tok_is(c->p, e - 2, "for"))) {
				size_t q = e;
				while (q < b && q - e < 2 && field_token(c, q))
					q++;
				if (q + 1 < b && (kg_tok_is(c->p, q, "and") || kg_tok_is(c->p, q, ","))) {
					size_t f = title_fields_past(c, j, q, b);
					if (f > q)
						q = f;
				}
				if (q == b) {
					if ((rc = title_text(c, j, q, &canon)) < 0)
						return rc;
					len = q - j;
					e = q;
				}
			}
			/* "Minister for Trade and Industry": more fields after a title of the lexicon that has one */
			if (e + 1 < b && (kg_tok_is(c->p, e, "and") || kg_tok_is(c->p, e, ","))) {
				size_t f = title_fields_past(c, j, e, b);
				if (f > e) {
					if ((rc = title_text(c, j, f, &canon)) < 0)
						return rc;
					len = f - j;
					e = f;
				}
			}
			/* "Minister of State", "Secretary of Defense": an "of" part of capitalised common words */
			if (e + 1 < b && (kg_tok_is(c->p, e, "of") ||
					  (kg_tok_is(c->p, e, "for") && title_fields_past(c, j, e, b) > e))) {
				size_t q = e + 1;
				/* "Inspector-General of Police Tan Sri X": a style of address ends the "of" part */
				while (q < b && namey(c, q) && (tok_lex(c, q) & KG_LEX_COMMON) && !(tok_lex(c, q) & KG_LEX_FIRSTNAME) &&
				       !place_at(c, q, b, &pl) && q - e < 3 && !(q + 1 < b && style_second_at(c, q + 1)))
					q++;
				/* "Minister of Industry, Trade and Investment": the fields listed on */
				if (q > e + 1 && q < b && (kg_tok_is(c->p, q, ",") || kg_tok_is(c->p, q, "and"))) {
					size_t f = title_fields_past(c, j, q, b);
					if (f > q)
						q = f;
				}
				/* "General Manager of Life Care Solutions": the words open an organisation's name */
				if (q < b && namey(c, q) && (tok_lex(c, q) & KG_LEX_ORGWORD))
					q = e + 1;
				if (q > e + 1) {
					if ((rc = title_text(c, j, q, &canon)) < 0)
						return rc;
					len = q - j;
				}
			}
			u = mk_unit(U_TITLE, j, j + len);
			u.title = canon;
		} else if (!known_person(c, j, b) && (len = place_at(c, j, b, &pl)) > 0 &&
			   !(len == 1 && first_name_here(c, si, j, b, &pl)) &&
			   !(len == 1 && pl.kind != KG_PLACE_COUNTRY && pl.kind != KG_PLACE_CONTINENT && after_org_noun(c, j)) &&
			   !(pl.kind != KG_PLACE_COUNTRY && pl.kind != KG_PLACE_CONTINENT && board_of_before(c, j)) &&
			   /* "Somali President X": a demonym before any town of that name, not before a country */
			   !(len == 1 && pl.kind != KG_PLACE_COUNTRY &&
			     kg_lex_demonym(c->lex, kg_tok_str(c->p, j), kg_tok_len(c->p, j)))) {
			/* "Norland Mobile", "Andes Copper", "Sarnovia Oil": a place and an industry is a company */
			size_t ind = j + len < b ? industry_at(c, j + len, b) : 0;
			/* "Ashanti Ridge Gold": one capitalised word of a name between the place and its industry,
			 * the industry ending the chunk */
			if (!ind && j + len + 1 < b && namey(c, j + len) && !title_at(c, j + len, b, &canon) &&
			    !(tok_lex(c, j + len) & (KG_LEX_ORGWORD | KG_LEX_FIRSTNAME | KG_LEX_STOP)) &&
			    (ind = industry_at(c, j + len + 1, b)) > 0) {
				if (j + len + 1 + ind == b)
					ind++;
				else
					ind = 0;
			}
			/* "chairman of the board of Kazakhstan Temir Zholy": a place and names no list knows after a
			 * board's "of" are a company's name (not after a title's "of": "President of Taiwan Lai X") */
			if (!ind && j + len < b && b - (j + len) <= 3 && board_of_before(c, j)) {
				size_t q = j + len;
				while (q < b && namey(c, q) && !title_at(c, q, b, &canon) && !place_at(c, q, b, &pl) &&
				       !(tok_lex(c, q) & (KG_LEX_FIRSTNAME | KG_LEX_STOP | KG_LEX_DEMONYM | KG_LEX_PLACEWORD)))
					q++;
				if (q == b)
					ind = b - (j + len);
			}
			/* "Vessa International Airport": a facility named for the place is a place of its own */
			size_t fac = ind || j + len >= b ? 0 : facility_suffix(c, j + len, b);
			kg_etype type = ind ? KG_TYPE_ORG : KG_TYPE_PLACE;

			/* "Lagos State", "Kano State", "Aceh Province": a division named for a town is a place of
			 * its own, not the town and a place called "State" */
			if (!ind && !fac && pl.kind != KG_PLACE_COUNTRY && j + len < b && admin_word(c, j + len))
				fac = 1;
			/* "in Cartagena de Indias", "CARTAGENA DE INDIAS, Colombia -": a town's Spanish or
			 * Portuguese tail after a place's preposition or in the dateline is the town's full name */
			if (!ind && !fac && pl.kind != KG_PLACE_COUNTRY && pl.kind != KG_PLACE_CONTINENT &&
			    (locative_before(c, j) || at_or_in_before(c, j) || j == 0))
				fac = town_particle_tail(c, j + len, b);
			if (ind)
				ind += org_for_part(c, j + len + ind, b);
			/* "the Munich Security Conference", "the Paris Air Show": a place and capitalised words up
			 * to an event's head word name the event, not the place */
			if (!ind && !fac) {
				size_t q = j + len;
				while (q < b && q - (j + len) < 4 && (c->p->tokens[q].flags & KG_TOK_CAP) && namey(c, q) &&
				       !(tok_lex(c, q) & KG_LEX_STOP) && !event_name(c, q - 1, q + 1))
					q++;
				if (q < b && q > j + len - 1 && (c->p->tokens[q].flags & KG_TOK_CAP) && event_name(c, q - 1, q + 1)) {
					fac = q + 1 - (j + len);
					type = KG_TYPE_EVENT;
				}
			}
			if ((rc = add_mention(c, si, j, j + len + ind + fac, type, ind || fac ? NULL : pl.canonical, 0,
					      &mi)) < 0)
				return rc;
			len += ind + fac;
			u = mk_unit(U_ENT, j, j + len);
			u.mention = mi;
		} else if ((canon = kg_lex_demonym(c->lex, kg_tok_str(c->p, j), kg_tok_len(c->p, j))) != NULL) {
			len = 1;
			u = mk_unit(U_DEMONYM, j, j + 1);
			u.country = canon;
		} else if ((j + 1 < b && kg_tok_len(c->p, j) > 1 && (tok_lex(c, j) & KG_LEX_COMMON) &&
			    !(tok_lex(c, j) & KG_LEX_FIRSTNAME) &&
			    (tok_lex(c, j + 1) & KG_LEX_FIRSTNAME) && !(tok_lex(c, j) & KG_LEX_ORGWORD) && !honorific_at(c, j) &&
			    !facility_first(c, j) && !(name_forming_at(c, j) && j + 2 == b) && !syllable_name(c, j, b) &&
			    !stop_word_name(c, si, j, b) &&
			    /* "Admiral Dong Jun", "Minister Wang Jun": two words ending the chunk right after a title
			     * are the holder's name when the first is no word of an office ("Minister of State
			     * Mohammed X" splits) */
			    !(j + 2 == b && title_just_before(c, si) &&
			      !(tok_lex(c, j) & (KG_LEX_TITLE | KG_LEX_ORGWORD | KG_LEX_PLACEWORD)))) ||
			   words_before_full_name(c, j, b)) {
			/* "State Mohammed Al-Khulaifi": a common word before a given name is not part of the name */
			u = word_unit(c, j);
			len = 1;
		} else {
			size_t k = j + 1;
			int cue = 0, pcue = 0, weak = 0, party;
			kg_etype type;

			while (k < b) {
				if (connector(c, k)) {
					size_t q = k;
					if (tok_is_of(c, k))
						break;
					while (q < b && connector(c, q))
						q++;
					if (q >= b || !namey(c, q))
						break;
					k = q + 1;
					continue;
				}
				/* "Hassan Sheikh Mohamud": a name-forming word between name words */
				if (k > j && k + 1 < b && name_forming_at(c, k) && namey(c, k + 1) &&
				    ((tok_lex(c, j) & KG_LEX_FIRSTNAME) || after_nation_epithet(c, j))) {
					k += 2;
					continue;
				}
				/* "Sharm El Sheikh": a name-forming word after an Arabic article ends the name; a
				 * title there would have no holder after it */
				if (k > j + 1 && k + 1 == b && name_forming_at(c, k) && arabic_article(c, k - 1)) {
					k++;
					continue;
				}
				/* "president Stephanie Pope": a one-word title ending the chunk right after one given
				 * name has no holder after it and is the surname */
				if (k == j + 1 && k + 1 == b && (tok_lex(c, j) & KG_LEX_FIRSTNAME) &&
				    !(tok_lex(c, j) & KG_LEX_COMMON) && title_at(c, k, b, &canon) == 1 &&
				    !(c->p->tokens[k].flags & KG_TOK_UPPER) &&
				    !(b < c->p->n_tokens && (tok_is_of(c, b) || (c->p->tokens[b].flags & KG_TOK_CAP)))) {
					k++;
					continue;
				}
				/* "Hun Sen", "Kor Gen": a rank's short form stands before a name, so one ending the
				 * chunk right after a name word is the name's last word */
				if (k + 1 == b && !(c->p->tokens[k].flags & KG_TOK_UPPER) && rank_short_form(c, k, b)) {
					k++;
					continue;
				}
				if (title_at(c, k, b, &canon) > 0 || org_at(c, k, b) > 0)
					break;
				/* "Prime Minister Luis Montenegro", "the Prime Minister of Portugal, Luis Montenegro,":
				 * after a title, a given name and one word that ends the chunk make a name though the
				 * word is a country's */
				if (place_at(c, k, b, &pl) > 0 && pl.kind == KG_PLACE_COUNTRY &&
				    !(k == j + 1 && k + 1 == b && (tok_lex(c, j) & KG_LEX_FIRSTNAME) && title_just_before(c, si) &&
				      !(b < c->p->n_tokens && (c->p->tokens[b].flags & KG_TOK_POSS))))
					break;
				k++;
			}
			len = k - j;
			/* "at Palazzo Chigi Ursula von der Leyen": a facility's name, then a person's from a given name */
			for (k = j + 2; facility_first(c, j) && k + 1 < j + len; k++)
				if ((tok_lex(c, k) & KG_LEX_FIRSTNAME) && !(tok_lex(c, k) & KG_LEX_COMMON)) {
					len = k - j;
					break;
				}
			/* what stands before: a title or honorific makes a person */
			if (c->n_units[si] > 0) {
				unit *prev = &c->units[si][c->n_units[si] - 1];
				if (prev->kind == U_TITLE || (prev->kind == U_WORD && (prev->lex & KG_LEX_HONORIFIC)) ||
				    (len >= 2 && after_counterpart(c, si)))
					cue = 1;
				/* "Spain's defense minister, Margarita Robles" */
				if (c->n_units[si] > 1 && prev->kind == U_PUNCT && strcmp(prev->low, ",") == 0 &&
				    c->units[si][c->n_units[si] - 2].kind == U_TITLE)
					cue = 1;
				/* "Deputy Speaker of the Oliy Majlis Bakhrom Yusupov": a body named in a title's "of"
				 * part, then at once two or more name words: the holder */
				if (len >= 2 && title_of_body_before(c, si, j))
					cue = 1;
			}
			/* "Father of the Nation Bangabandhu Sheikh X": the epithet is said of a person; "Ms Lim Mei
			 * Ling": so is a form of address inside the run */
			if (after_nation_epithet(c, j) || (len >= 2 && honorific_at(c, j)))
				cue = 1;
			/* "appointed Tan Mei Ling as group chief executive": one appointed to an office */
			if (len >= 2 && appointed_as(c, si, j, j + len))
				cue = 1;
			/* "the Meloni-von der Leyen meeting", "the Biden-Xi summit": two names joined by a hyphen
			 * before an event noun name its sides, not one entity */
			if (paired_names(c, j, j + len)) {
				for (size_t t = j; t < j + len; t++)
					if ((rc = push_unit(c, si, cap, word_unit(c, t))) < 0)
						return rc;
				j += len;
				continue;
			}
			/* "Euro-Atlantic integration": a hyphenated compound used as an adjective */
			party = party_descriptor_before(c, si, j, j + len);
			if (len == 1 && memchr(kg_tok_str(c->p, j), '-', kg_tok_len(c->p, j)) && b < c->p->n_tokens &&
			    (c->p->tokens[b].flags & KG_TOK_WORD) && !(c->p->tokens[b].flags & KG_TOK_CAP) &&
			    !(tok_lex(c, b) & KG_LEX_SPEECH) && !party && !article_name(c, j)) {
				if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
					return rc;
				j++;
				continue;
			}
			/* "the Zika virus", "an Ebola outbreak": a disease's name before its common noun */
			if (len == 1 && !cue && b < c->p->n_tokens && (c->p->tokens[b].flags & KG_TOK_WORD) &&
			    !(c->p->tokens[b].flags & KG_TOK_CAP)) {
				static const char *const diseases[] = { "virus", "viruses", "disease", "fever", "outbreak",
					"outbreaks", "vaccine", "vaccines", "pandemic", "epidemic", "syndrome", "flu",
					"variant", "infections", "cases", NULL };
				char w[16];
				ner_lower(c->p, b, w, sizeof(w));
				if (in_list(diseases, w)) {
					if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
						return rc;
					j++;
					continue;
				}
			}
			/* "Olympism", "Marxism": a doctrine; "a music VCD titled ...": a thing's acronym */
			if (len == 1 && !cue && (doctrine_word(c, j) || acronym_of_thing(c, si, j, b))) {
				if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
					return rc;
				j++;
				continue;
			}
			/* "Catholic bishops", "Christian democrats", "Sunni tribes": an adjective of faith or
			 * creed before the people or body it describes */
			if (len == 1 && !cue && adjective_before_group(c, j, b)) {
				if ((rc = push_unit(c, si, cap, word_unit(c, j))) < 0)
					return rc;
				j++;
				continue;
			}
			if (party) {
				type = KG_TYPE_ORG;
				pcue = 0;
			} else if (!cue && town_before_region(c, j, j + len)) {
				type = KG_TYPE_PLACE;
				pcue = 0;
			} else {
				type = name_type(c, si, j, j + len, cue, &pcue, &weak);
				if (weak && (rc = learned_type(&type, c, j, j + len, type)) < 0)
					return rc;
			}
			/* "Epic Games said": a verb of speech after a plural noun makes no person */
			if (type == KG_TYPE_PERSON && !cue && plural_company(c, j, j + len)) {
				type = KG_TYPE_ORG;
				pcue = 0;
			}
			if (type != KG_TYPE_UNKNOWN && event_name(c, j, j + len))
				type = KG_TYPE_EVENT;
			if (type == KG_TYPE_ORG)
				len += org_for_part(c, j + len, b);
			/* "Minister Responsible for Foreign Affairs": a common word of the title, no name */
			if (len == 1 && cue && (tok_lex(c, j) & KG_LEX_COMMON) && !(tok_lex(c, j) & KG_LEX_FIRSTNAME) &&
			    j + 1 < c->p->n_tokens && kg_tok_is(c->p, j + 1, "for"))
				type = KG_TYPE_UNKNOWN;
			if (type == KG_TYPE_UNKNOWN) {
				for (size_t t = j; t < j + len; t++) {
					if ((rc = push_unit(c, si, cap, word_unit(c, t))) < 0)
						return rc;
				}
				j += len;
				continue;
			}
			if ((rc = add_mention(c, si, j, j + len, type, NULL, pcue, &mi)) < 0)
				return rc;
			u = mk_unit(U_ENT, j, j + len);
			u.mention = mi;
		}
		if ((rc = push_unit(c, si, cap, u)) < 0)
			return rc;
		j += len;
	}
	return KG_OK;
}

/* 1 when chunk [t, b) ends in the "of" part of an organisation name ("Office of Management"). */
/* 1 when token t can be a word of a ministry's field: a capitalised dictionary word that is no given
 * name, title, place or name of a body ("Trade", "National", "Education"). */
static int field_token(const nctx *c, size_t t)
{
	kg_place pl;

	const char *canon;

	/* "Trade" opens titles ("Trade Minister") but is no title alone */
	return namey(c, t) && (tok_lex(c, t) & KG_LEX_COMMON) &&
	       !(tok_lex(c, t) & (KG_LEX_FIRSTNAME | KG_LEX_STOP | KG_LEX_DEMONYM)) && !title_at(c, t, t + 1, &canon) &&
	       !(c->p->tokens[t].flags & KG_TOK_UPPER) && !place_at(c, t, t + 1, &pl);
}

/* 1 when the word w[0..n) ends as abstract nouns do, as no given name does: "Planning", "Development",
 * "Cooperation", "Security". */
static int abstract_noun(const char *w, size_t n)
{
	static const char *const ends[] = { "ing", "ment", "tion", "sion", "ity", "ance", "ence", "ture", "ship", "ism",
					    "ics", "age", "ery", "ness", NULL };

	for (size_t i = 0; ends[i]; i++) {
		size_t e = strlen(ends[i]);
		if (n > e + 2 && strncasecmp(w + n - e, ends[i], e) == 0)
			return 1;
	}
	return 0;
}

/* 1 when the word w[0..n) names a minister's portfolio that no suffix of abstract_noun shows: "Transport",
 * "Trade", "Health", "Works". */
static int portfolio_noun(const char *w, size_t n)
{
	static const char *const words[] = { "transport", "trade", "health", "energy", "defence", "defense", "finance",
		"tourism", "works", "affairs", "mines", "fisheries", "industry", "labour", "labor", "justice", "sports",
		"youth", "water", "housing", "lands", "roads", "commerce", "interior", "transportation", "aviation",
		"shipping", "ports", "forests", "forestry", "livestock", "culture", "welfare", "revenue", NULL };

	char low[16];

	if (abstract_noun(w, n))
		return 1;
	if (n >= sizeof(low))
		return 0;
	for (size_t i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)w[i]);
	return in_listn(words, low, n);
}

/* The end of the fields a title's "of" part lists on from b, ", Trade and Investment" after "Minister
 * of Industry" in [t, b): runs of one to three field words after commas, the last after "and"; 0
 * when the words differ or no "and" ends the list. */
/* 1 when token t is an academic's or a professional's style of address: "Professor", "Prof.", "Dr",
 * "Doctor", "Engineer". */
static int academic_style(const nctx *c, size_t t)
{
	static const char *const styles[] = { "Professor", "Prof", "Prof.", "Dr", "Dr.", "Doctor", "Engineer", "Eng.", NULL };

	return in_listn(styles, kg_tok_str(c->p, t), kg_tok_len(c->p, t));
}

static size_t title_fields_past(const nctx *c, size_t t, size_t b, size_t end)
{
	size_t q = b, last = 0, plen;
	int of = 0, trimmed = 0;
	const char *canon;
	kg_place pl;

	/* the chunk is a title, "of" and field words, or a title before "for" ("Minister for| Ports, ...") */
	for (size_t k = t; k < b && !of; k++) {
		size_t tl = title_at(c, k, b, &canon);
		if (tl > 0 && k + tl < b && (tok_is_of(c, k + tl) || kg_tok_is(c->p, k + tl, "for"))) {
			of = 1;
			for (size_t w = k + tl + 1; w < b; w++)
				if (!field_token(c, w))
					return 0;
		} else if (tl > 1 && k + tl == b && b + 1 < end && !kg_tok_is(c->p, b, "for") && field_token(c, b - 1)) {
			/* "Minister for Trade| and Industry": the lexicon's title holds its first field */
			for (size_t w = k + 1; w + 1 < b; w++)
				of |= tok_is_of(c, w) || kg_tok_is(c->p, w, "for");
		} else if (tl > 0 && k + tl == b && b + 2 < end && kg_tok_is(c->p, b, "for") && field_token(c, b + 1)) {
			of = 1;
			q = b + 1;
			while (q < end && q - b <= 3 && field_token(c, q) && !academic_style(c, q))
				q++;
			/* "... and Minister for Finance| Professor X": an academic's style of address before the
			 * holder ends the field */
			if (q + 1 < end && academic_style(c, q) && namey(c, q + 1))
				return q;
		}
	}
	if (!of)
		return 0;
	while (q + 1 < end && (kg_tok_is(c->p, q, ",") || kg_tok_is(c->p, q, "and"))) {
		int and_ = kg_tok_is(c->p, q, "and");
		size_t w = q + 1, n = 0;
		if (!and_ && w < end && kg_tok_is(c->p, w, "and"))
			and_ = 1, w++; /* the Oxford comma */
		size_t w0 = w;
		while (w < end && n < 3 &&
		       (field_token(c, w) ||
			/* "Job Creation": a given name that is a word too, before an abstract noun of a field */
			(n == 0 && (tok_lex(c, w) & KG_LEX_FIRSTNAME) && (tok_lex(c, w) & KG_LEX_COMMON) && w + 1 < end &&
			 field_token(c, w + 1) && portfolio_noun(kg_tok_str(c->p, w + 1), kg_tok_len(c->p, w + 1)))))
			w++, n++;
		/* "... and Culture Sari Multala": before a name with no comma, a field of more words ends in a
		 * plural ("Natural Resources") or is a phrase of WordNet ("Climate Change"); else the word
		 * after the first opens the name */
		while (and_ && n > 1 && w < end && namey(c, w) && !(tok_lex(c, w) & KG_LEX_COMMON)) {
			const char *last_w = kg_tok_str(c->p, w - 1);
			size_t ln = kg_tok_len(c->p, w - 1), a = c->p->tokens[w0].start, z = c->p->tokens[w - 1].end;
			if ((ln > 3 && last_w[ln - 1] == 's') || abstract_noun(last_w, ln) ||
			    kg_lex_wordnet_class(c->lex, c->doc->norm + a, z - a) != KG_WN_NONE ||
			    /* "Heavy Industry Ganzorig Batbold": a name of two words or more follows whole */
			    (w + 1 < end && namey(c, w + 1)))
				break;
			w--, n--;
			trimmed = 1;
		}
		/* "..., and Foreign Minister X": the list goes on with another office, no field */
		if (n == 0 || title_at(c, w0, end, &canon) > 0)
			break;
		q = w;
		if (and_) {
			last = q;
			break;
		}
	}
	/* "Vice President for Western and Central| Africa", "for South and Central| Asian Affairs", "of
	 * Finance and Coordinating| Minister": the last field goes on with a place, a nationality, a word
	 * or another office, not with its holder's name */
	if (last && last < end && namey(c, last) &&
	    (((plen = place_at(c, last, end, &pl)) > 0 &&
	      /* "... and Minerals Development Chanda Mulenga": a town's name opening a person's name */
	      !(plen == 1 && pl.kind != KG_PLACE_COUNTRY && pl.kind != KG_PLACE_CONTINENT && last + 1 < end && namey(c, last + 1) && !(tok_lex(c, last + 1) & KG_LEX_COMMON) &&
		!place_at(c, last + 1, end, &pl))) ||
	     (tok_lex(c, last) & ((trimmed ? 0u : KG_LEX_COMMON) | KG_LEX_DEMONYM | KG_LEX_TITLE | KG_LEX_ORGWORD |
				  KG_LEX_PLACEWORD))))
		return 0;
	return last;
}

static int org_of_part(const nctx *c, size_t t, size_t b)
{
	for (size_t k = t; k + 1 < b; k++)
		if ((tok_lex(c, k) & KG_LEX_ORGWORD) && kg_tok_is(c->p, k + 1, "of"))
			return 1;
	return 0;
}

/* End of an organisation's name that goes on over the "and" at b after the capitalised words [t, b):
 * "Djibouti Ports and Free Zones Authority", "Passports and Nationality Department", "Trade and Industry
 * Ministry". The words before "and" end in a common noun (no place, given name, title or head word of
 * an organisation: "Kenya and Tanzania Ports Authority" are two names), and one to four capitalised
 * words after it end in an organisation's head word, with no place or title among them. b when none. */
static size_t org_and_part(const nctx *c, size_t t, size_t b, size_t end)
{
	const char *canon;
	kg_place pl;
	size_t k;

	if (b + 1 >= end || !kg_tok_is(c->p, b, "and") || !cap_name_word(c, b - 1))
		return b;
	/* "England and Wales Cricket Board", "Bosnia and Herzegovina Football Federation": two places
	 * before one capitalised body in the singular */
	if (place_at(c, t, b, &pl) == b - t && (k = place_at(c, b + 1, end, &pl)) > 0) {
		size_t q = b + 1 + k, last = 0;
		while (q < end && q - (b + 1 + k) < 3 && cap_name_word(c, q) && !(tok_lex(c, q) & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM)) &&
		       !title_at(c, q, end, &canon) && !place_at(c, q, end, &pl)) {
			const char *w = kg_tok_str(c->p, q);
			size_t n = kg_tok_len(c->p, q);
			/* "Kenya and Tanzania Ports Authority": a plural field is each place's body of that kind */
			if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's')
				return b;
			if (tok_lex(c, q) & KG_LEX_ORGWORD)
				last = q + 1;
			q++;
		}
		return last && last == q ? last : b;
	}
	if (!(tok_lex(c, b - 1) & KG_LEX_COMMON) || (tok_lex(c, b - 1) & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM)))
		return b;
	for (k = t; k < b; k++)
		if ((tok_lex(c, k) & (KG_LEX_ORGWORD | KG_LEX_TITLE | KG_LEX_FIRSTNAME)) || title_at(c, k, b, &canon) > 0)
			return b;
	if (place_at(c, b - 1, b, &pl) > 0 || known_person(c, t, b))
		return b;
	for (k = b + 1; k < end && k - b <= 4 && cap_name_word(c, k); k++) {
		if (title_at(c, k, end, &canon) > 0 || place_at(c, k, end, &pl) > 0 ||
		    (tok_lex(c, k) & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM)))
			return b;
		if ((tok_lex(c, k) & KG_LEX_ORGWORD) && !(k + 1 < end && cap_name_word(c, k + 1)))
			return k + 1;
	}
	return b;
}

/* 1 when the names [t0, t1) are the object of an appointment and "as" (or a company's "its") and an
 * office follow: "has appointed Tan Mei Ling as group chief executive officer", "named Wu Jia Hao as its
 * new chairman", "named Paulo Mendes its new chief executive". */
static int appointed_as(const nctx *c, size_t si, size_t t0, size_t t1)
{
	static const char *const verbs[] = { "appointed", "appoints", "appoint", "named", "names", "elected",
					     "elects", "hired", "hires", "promoted", "nominated", NULL };
	const kg_sentence *s = &c->p->sents[si];
	size_t end = s->first + s->count;
	const char *canon;
	char w[16];

	if (t0 == s->first || t1 + 2 > end ||
	    !(kg_tok_is(c->p, t1, "as") || kg_tok_is(c->p, t1, "its") || kg_tok_is(c->p, t1, "their")))
		return 0;
	ner_lower(c->p, t0 - 1, w, sizeof(w));
	if (!in_list(verbs, w))
		return 0;
	for (size_t q = t1 + 1; q < end && q <= t1 + 4; q++) {
		if (title_at(c, q, end, &canon) > 0)
			return 1;
		if (c->p->tokens[q].flags & (KG_TOK_CAP | KG_TOK_PUNCT))
			return 0;
	}
	return 0;
}

/* 1 when unit u can stand right before a title's modifiers: an owner (Portugal's, Egyptian, Senate),
 * a determiner, a comma, a dash (a dateline's: "KAMPALA - Parliament Speaker X") or the sentence start. */
static int title_opener(const nctx *c, const unit *u)
{
	static const char *const dets[] = { "the", "a", "an", "his", "her", "its", "their", ",", "(", "\"", "-",
					    "\xe2\x80\x93", "\xe2\x80\x94", NULL };

	if (u->kind == U_POSS || u->kind == U_DEMONYM || u->kind == U_DESC)
		return 1;
	if (u->kind == U_ENT)
		return c->m[u->mention].type != KG_TYPE_PERSON;
	return (u->kind == U_WORD || u->kind == U_PUNCT) && in_list(dets, u->low);
}

/* Makes units [i, k) of sentence si one title unit (u[i] a title); *n is the sentence's unit count,
 * updated. KG_ENOMEM, with nothing changed. */
static int merge_title(nctx *c, size_t si, size_t i, size_t k, size_t *n)
{
	unit *u = c->units[si];
	size_t a = c->p->tokens[u[i].t0].start, b = c->p->tokens[u[k - 1].t1 - 1].end;
	char *title = kg_strndup(c->doc->norm + a, b - a);

	if (!title || kg_strv_push(&c->titles, title) < 0) {
		free(title);
		return KG_ENOMEM;
	}
	free(title);
	u[i].t1 = u[k - 1].t1;
	u[i].title = c->titles.v[c->titles.n - 1];
	memmove(&u[i + 1], &u[k], (*n - k) * sizeof(*u));
	*n -= k - i - 1;
	return KG_OK;
}

/* 1 when unit w is a capitalised word that can be part of a title's field ("Foreign", "Affairs"). */
static int field_word(const nctx *c, const unit *w)
{
	return w->kind == U_WORD && (c->p->tokens[w->t0].flags & KG_TOK_CAP) &&
	       !(w->lex & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY));
}

/* 1 when title unit w has an "of" part, as written ("Minister of Finance", whose canonical name may be
 * "Finance Minister") or in its canonical name. */
static int title_has_of(const nctx *c, const unit *w)
{
	if (strstr(w->title, " of "))
		return 1;
	for (size_t t = w->t0 + 1; t + 1 < w->t1; t++)
		if (kg_tok_is(c->p, t, "of"))
			return 1;
	return 0;
}

/* Joins the field of a title before a name into the title: "and" and up to three capitalised words
 * after a title with an "of" part ("Minister of Electricity and Renewable Energy X"), and "for" or
 * "of" with capitalised words after a title ("Minister Responsible for Foreign Affairs X", "Minister
 * for Europe and Trade X"); X is the holder. Fails only on memory. */
static int absorb_second_field(nctx *c, size_t si)
{
	unit *u = c->units[si];
	size_t n = c->n_units[si];
	int rc;

	for (size_t i = 0; i + 3 < n; i++) {
		size_t k = i + 1, linked = 0, max = 6, h;

		if (u[i].kind != U_TITLE || !u[i].title)
			continue;
		if (title_has_of(c, &u[i]) && u[i + 1].kind == U_WORD && strcmp(u[i + 1].low, "and") == 0) {
			linked = k++;
			max = 4;
		}
		for (; k < n && k - i <= max; k++) {
			int conn = u[k].kind == U_WORD && !field_word(c, &u[k]);

			if (conn && !linked && (strcmp(u[k].low, "for") == 0 || strcmp(u[k].low, "of") == 0))
				linked = k;
			else if (conn && !(linked && k > linked + 1 && strcmp(u[k].low, "and") == 0))
				break;
			else if (!conn && !field_word(c, &u[k]))
				break;
		}
		/* the holder right after, or set off by a comma: "Japan's Minister for Foreign Affairs, X" */
		h = k + (k + 1 < n && u[k].kind == U_PUNCT && strcmp(u[k].low, ",") == 0);
		if (!linked || k <= linked + 1 || !field_word(c, &u[k - 1]) || h >= n || u[h].kind != U_ENT ||
		    c->m[u[h].mention].type != KG_TYPE_PERSON)
			continue;
		if ((rc = merge_title(c, si, i, k, &n)) < 0)
			return rc;
	}
	c->n_units[si] = n;
	return KG_OK;
}

/* 1 when every token of [t0, t1) is a capitalised dictionary word that is no given name ("Local
 * Government"). */
static int common_caps(const nctx *c, size_t t0, size_t t1)
{
	for (size_t t = t0; t < t1; t++)
		if (!(c->p->tokens[t].flags & KG_TOK_CAP) || !(tok_lex(c, t) & KG_LEX_COMMON) ||
		    (tok_lex(c, t) & KG_LEX_FIRSTNAME))
			return 0;
	return 1;
}

/* Joins a field of two parts joined by "and" before a title into the title when its holder follows:
 * "Mines and Energy Minister X", "Trade and Industry Minister X", "Oil & Gas Minister X". Else the
 * first part stands between a verb and the title ("met Mines and Energy Minister X") and hides the
 * holder from the verb. Fails only on memory. */
static int absorb_joined_field(nctx *c, size_t si)
{
	unit *u = c->units[si];
	size_t n = c->n_units[si];
	int rc;

	for (size_t i = 2; i + 1 < n; i++) {
		size_t k = i, a;

		if (u[i].kind != U_TITLE || !(c->p->tokens[u[i].t0].flags & KG_TOK_CAP) || u[i + 1].kind != U_ENT ||
		    c->m[u[i + 1].mention].type != KG_TYPE_PERSON)
			continue;
		/* "Interior and Local Government Secretary X": the second part read as a body's name */
		if (i >= 3 && u[i - 1].kind == U_ENT && c->m[u[i - 1].mention].type == KG_TYPE_ORG &&
		    u[i - 1].t1 == u[i].t0 && u[i - 1].t1 - u[i - 1].t0 <= 2 && common_caps(c, u[i - 1].t0, u[i - 1].t1) &&
		    u[i - 2].kind == U_WORD && (strcmp(u[i - 2].low, "and") == 0 || strcmp(u[i - 2].low, "&") == 0) &&
		    field_word(c, &u[i - 3]))
			k = i - 1;
		else
			while (k > 0 && i - k < 2 && field_word(c, &u[k - 1]))
				k--;
		if (k < 2 || !(strcmp(u[k - 1].low, "and") == 0 || strcmp(u[k - 1].low, "&") == 0))
			continue;
		a = k - 1;
		while (a > 0 && k - 1 - a < 2 && field_word(c, &u[a - 1]))
			a--;
		/* a longer run of capitals is no field of a title ("Bank and Energy Minister" of a list) */
		if (a == k - 1 || (a > 0 && field_word(c, &u[a - 1])))
			continue;
		if (u[k].kind == U_ENT)
			c->m[u[k].mention].type = KG_TYPE_UNKNOWN; /* no body of its own */
		u[a].kind = U_TITLE;
		if ((rc = merge_title(c, si, a, i + 1, &n)) < 0)
			return rc;
		i = a;
	}
	c->n_units[si] = n;
	return KG_OK;
}

int ner_title_ends_in(const char *title, const char *const *heads)
{
	size_t n = title ? strlen(title) : 0;

	for (size_t i = 0; title && heads[i]; i++) {
		size_t h = strlen(heads[i]);
		if (n >= h && strcasecmp(title + n - h, heads[i]) == 0 && (n == h || title[n - h - 1] == ' '))
			return 1;
	}
	return 0;
}

int ner_company_title(const char *title)
{
	static const char *const heads[] = { "ceo", "chief executive", "chief executive officer", "chairman",
					     "chairwoman", "chairperson", "chair", "founder", "co-founder",
					     "cfo", "coo", "cto", "managing director", "executive director",
					     "general manager", "owner", NULL };

	return ner_title_ends_in(title, heads);
}

/* 1 when title (canonical) may be the head's office of a company's arm in a country, named between the
 * two and the holder: "Selaras Bank Indonesia president director X", "Pacifica Telecom Philippines
 * president X", "Lotus Insurance Vietnam general director X". */
static int arm_title(const char *title)
{
	static const char *const heads[] = { "president", "president director", "general director", "director",
					     "country manager", "head", NULL };

	return ner_title_ends_in(title, heads);
}

/* 1 when place mention m names a country. */
static int country_mention(const nctx *c, const rawm *m)
{
	const char *name = m->canon ? m->canon : m->text;
	kg_place pl;

	return name && kg_lex_place(c->lex, name, strlen(name), &pl) && pl.kind == KG_PLACE_COUNTRY;
}

/* Makes mention m cover tokens t0..t1 (its text anew, no canonical form: a longer name than the
 * lexicon's). KG_ENOMEM with m unchanged. */
static int respan_mention(nctx *c, rawm *m, size_t t0, size_t t1)
{
	char *text = span_text(c, t0, t1);

	if (!text)
		return KG_ENOMEM;
	free(m->text);
	free(m->canon);
	m->text = text;
	m->canon = NULL;
	m->t0 = t0;
	m->t1 = t1;
	return KG_OK;
}

/* "Acme CEO Jane Roe", "Initech Vice Chairman John Doe": the capitalised name before a company's office
 * and its holder is the company. A one-word name that is no title word becomes an organisation mention
 * instead of a modifier of the title; a name the recogniser typed PERSON without a cue or a given name is
 * retyped. Fails only on memory. */
static int company_before_title(nctx *c, size_t si)
{
	unit *u = c->units[si];
	size_t n = c->n_units[si];
	int rc, mi;

	for (size_t i = 1; i + 1 < n; i++) {
		unit *o = &u[i - 1];
		kg_place pl;
		/* an organisation, then a place: a company's arm there ("Telco Uganda"); or an acronym, then a
		 * country ("DBS Indonesia": the acronym, a word at a sentence start, is the company's) */
		int acro = i >= 2 && o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_PLACE && u[i - 2].kind == U_WORD &&
			   u[i - 2].t1 == o->t0 && u[i - 2].t1 == u[i - 2].t0 + 1 &&
			   (c->p->tokens[u[i - 2].t0].flags & KG_TOK_UPPER) && kg_tok_len(c->p, u[i - 2].t0) >= 2 &&
			   country_mention(c, &c->m[o->mention]);
		int arm = acro || (i >= 2 && o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_PLACE &&
				   u[i - 2].kind == U_ENT && c->m[u[i - 2].mention].type == KG_TYPE_ORG && u[i - 2].t1 == o->t0);
		if (u[i].kind != U_TITLE || !(ner_company_title(u[i].title) || (arm && arm_title(u[i].title))) ||
		    u[i + 1].kind != U_ENT || c->m[u[i + 1].mention].type != KG_TYPE_PERSON)
			continue;
		if (acro) {
			if ((rc = add_mention(c, si, u[i - 2].t0, u[i - 2].t1, KG_TYPE_ORG, NULL, 0, &mi)) < 0)
				return rc;
			u[i - 2].kind = U_ENT;
			u[i - 2].mention = mi;
		}
		/* "Toyota Motor chief executive X": a name right before a capitalised word before a company's
		 * office is the company with that word, whatever the name alone was (a town, here) */
		if (i >= 2 && o->kind == U_WORD && o->t1 == o->t0 + 1 && u[i - 2].kind == U_ENT && u[i - 2].t1 == o->t0 &&
		    (c->p->tokens[o->t0].flags & KG_TOK_CAP) && namey(c, o->t0) &&
		    !(o->lex & (KG_LEX_TITLE | KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY |
				KG_LEX_DEMONYM | KG_LEX_FIRSTNAME)) &&
		    c->m[u[i - 2].mention].type != KG_TYPE_PERSON) {
			rawm *m = &c->m[u[i - 2].mention];

			if (respan_mention(c, m, m->t0, o->t1) < 0)
				return KG_ENOMEM;
			m->type = KG_TYPE_ORG;
			u[i - 2].t1 = o->t1;
			memmove(&u[i - 1], &u[i], (n - i) * sizeof(*u));
			n--;
			i--;
			continue;
		}
		/* "Toyota chief executive X": a town's name before a company's office is a company's */
		if (!arm && o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_PLACE &&
		    place_at_raw(c, o->t0, o->t1, &pl) == o->t1 - o->t0 && pl.kind == KG_PLACE_CITY) {
			c->m[o->mention].type = KG_TYPE_ORG;
			continue;
		}
		/* a capital at the sentence start says little: a modifier there ("Veteran CEO X", "Interim
		 * chairman X") stays a word, a noun WordNet knows no other way ("Airbus CEO X", "Apple CEO X") is
		 * the company, unless it heads organisations' names ("Group CEO X", "Board chairman X") */
		if (o->kind == U_WORD && (c->p->tokens[o->t0].flags & KG_TOK_CAP) && namey(c, o->t0) &&
		    !(o->lex & (KG_LEX_TITLE | KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY |
				KG_LEX_DEMONYM | KG_LEX_FIRSTNAME)) &&
		    (!(c->p->tokens[o->t0].flags & KG_TOK_SENT_START) || (o->lex & KG_LEX_PROPER) ||
		     !(o->lex & KG_LEX_COMMON) ||
		     (o->t1 == o->t0 + 1 && !(o->lex & KG_LEX_ORGWORD) &&
		      !kg_lex_wordnet_modifier(c->lex, kg_tok_str(c->p, o->t0), kg_tok_len(c->p, o->t0))))) {
			if ((rc = add_mention(c, si, o->t0, o->t1, KG_TYPE_ORG, NULL, 0, &mi)) < 0)
				return rc;
			o->kind = U_ENT;
			o->mention = mi;
		} else if (o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_PERSON && !c->m[o->mention].person_cue &&
			   !(tok_lex(c, o->t0) & KG_LEX_FIRSTNAME)) {
			c->m[o->mention].type = KG_TYPE_ORG;
		} else if (o->kind == U_POSS && i >= 2 && u[i - 2].kind == U_ENT &&
			   c->m[u[i - 2].mention].type == KG_TYPE_PERSON && !c->m[u[i - 2].mention].person_cue &&
			   !(tok_lex(c, u[i - 2].t0) & KG_LEX_FIRSTNAME)) {
			/* "Sibanye Platinum's chief financial officer X": the owner of a company's office too */
			c->m[u[i - 2].mention].type = KG_TYPE_ORG;
		} else if (i >= 2 && o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_PLACE &&
			   u[i - 2].kind == U_ENT && c->m[u[i - 2].mention].type == KG_TYPE_ORG && u[i - 2].t1 == o->t0) {
			/* "Telco Uganda chief executive X": a company's subsidiary in a country is the company */
			rawm *m = &c->m[u[i - 2].mention];

			if (respan_mention(c, m, m->t0, o->t1) < 0)
				return KG_ENOMEM;
			c->m[o->mention].type = KG_TYPE_UNKNOWN;
			u[i - 2].t1 = o->t1;
			memmove(&u[i - 1], &u[i], (n - i) * sizeof(*u));
			n--;
			i--;
		}
	}
	c->n_units[si] = n;
	return KG_OK;
}

/* 1 when unit w is one capitalised word that can be part of a company's name: not at the sentence start
 * and no title, function word, month, weekday or demonym. */
static int company_name_word(nctx *c, const unit *w)
{
	return w->kind == U_WORD && w->t1 == w->t0 + 1 && (c->p->tokens[w->t0].flags & KG_TOK_CAP) &&
	       !(c->p->tokens[w->t0].flags & KG_TOK_SENT_START) && namey(c, w->t0) &&
	       !(w->lex & (KG_LEX_TITLE | KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY | KG_LEX_DEMONYM));
}

/* Names of companies that the word rules left words: "chief executive of Alphabet" (a capitalised word
 * after a company's office and "of", where a common noun in capitals can only be a name), and "Meta
 * Platforms Inc" at a sentence start (a capitalised word right before a name that ends in a company's
 * legal form, or before a bare head word, belongs to it: "National Assembly"). Fails only on memory. */
static int company_words(nctx *c, size_t si)
{
	static const char *const forms[] = { "inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "plc",
					     "llc", "ag", "sa", "nv", "holdings", "group", NULL };
	unit *u = c->units[si];
	size_t n = c->n_units[si];
	int rc, mi;
	char w[16];

	for (size_t i = 0; i + 2 < n; i++) {
		unit *o = &u[i + 2];
		size_t z = i + 3;

		if (u[i].kind != U_TITLE || !ner_company_title(u[i].title) ||
		    !(u[i + 1].kind == U_WORD && strcmp(u[i + 1].low, "of") == 0))
			continue;
		/* the capitalised words after it are the company's name too: "chief executive of JPMorgan
		 * Chase", "of Standard Chartered" (a name that ends in a participle) */
		while (z < n && z - (i + 2) < 4 && u[z].t0 == u[z - 1].t1 && company_name_word(c, &u[z]))
			z++;
		/* "the chief executive of Morgan Chase": no person has a chief executive; a person's company
		 * would follow with its possessive */
		if (o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_PERSON && !(i + 3 < n && u[i + 3].kind == U_POSS))
			c->m[o->mention].type = KG_TYPE_ORG;
		if (o->kind == U_ENT && c->m[o->mention].type == KG_TYPE_ORG) {
			rawm *m = &c->m[o->mention];

			if (z == i + 3)
				continue;
			if (respan_mention(c, m, m->t0, u[z - 1].t1) < 0)
				return KG_ENOMEM;
			o->t1 = m->t1;
		} else if (company_name_word(c, o)) {
			if ((rc = add_mention(c, si, o->t0, u[z - 1].t1, KG_TYPE_ORG, NULL, 0, &mi)) < 0)
				return rc;
			o->kind = U_ENT;
			o->mention = mi;
			o->t1 = u[z - 1].t1;
		} else {
			continue;
		}
		memmove(&u[i + 3], &u[z], (n - z) * sizeof(*u));
		n -= z - (i + 3);
	}
	c->n_units[si] = n;
	/* "the Senate Foreign Relations Committee", "the House Intelligence Committee": a body and the
	 * name of its part right after it, ending in an organisation's head word, are one organisation */
	for (size_t i = 0; i + 1 < n; i++) {
		rawm *a, *z;
		if (u[i].kind != U_ENT || u[i + 1].kind != U_ENT || u[i].t1 != u[i + 1].t0 || u[i].mention < 0 ||
		    u[i + 1].mention < 0)
			continue;
		a = &c->m[u[i].mention];
		z = &c->m[u[i + 1].mention];
		if (a->type != KG_TYPE_ORG || z->type != KG_TYPE_ORG || z->canon || a->t1 != a->t0 + 1 ||
		    !(tok_lex(c, z->t1 - 1) & KG_LEX_ORGWORD) || z->t1 - z->t0 < 2)
			continue;
		if (respan_mention(c, a, a->t0, z->t1) < 0)
			return KG_ENOMEM;
		z->type = KG_TYPE_UNKNOWN;
		u[i].t1 = u[i + 1].t1;
		memmove(&u[i + 1], &u[i + 2], (n - i - 2) * sizeof(*u));
		n--;
	}
	c->n_units[si] = n;
	if (n >= 2 && u[0].kind == U_WORD && u[0].t1 == u[0].t0 + 1 && (c->p->tokens[u[0].t0].flags & KG_TOK_CAP) &&
	    namey(c, u[0].t0) && !(u[0].lex & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY)) &&
	    u[1].kind == U_ENT && u[1].t0 == u[0].t1 && c->m[u[1].mention].type == KG_TYPE_ORG) {
		rawm *m = &c->m[u[1].mention];
		/* "National Assembly Chairman X met": a bare head word is no name, the word before it opens it
		 * (a word that may open a title too, as "National" does) */
		int bare_head = m->t1 == m->t0 + 1 && (tok_lex(c, m->t0) & KG_LEX_ORGWORD);

		ner_lower(c->p, m->t1 - 1, w, sizeof(w));
		if (!bare_head && (!in_list(forms, w) || (u[0].lex & KG_LEX_TITLE)))
			return KG_OK;
		if (respan_mention(c, m, u[0].t0, m->t1) < 0)
			return KG_ENOMEM;
		u[1].t0 = u[0].t0;
		memmove(&u[0], &u[1], (n - 1) * sizeof(*u));
		c->n_units[si] = n - 1;
	}
	return KG_OK;
}

/* 1 when unit w is a compound that describes a person, not an office: "Spanish-born", "London-based",
 * "Harvard-educated" ("the Spanish-born chief executive of X" holds the office of chief executive). */
static int personal_compound(const unit *w)
{
	static const char *const tails[] = { "-born", "-based", "-raised", "-educated", "-trained", NULL };
	size_t n = strlen(w->low);

	for (size_t i = 0; tails[i]; i++) {
		size_t k = strlen(tails[i]);
		if (n > k && strcmp(w->low + n - k, tails[i]) == 0)
			return 1;
	}
	return 0;
}

/* 1 when unit w, right before a title at unit w + 1 and after a title's opener (no comma: "...,
 * meeting Prime Minister X" is the verb), names the office's field: a gerund WordNet has as a noun
 * ("Chile's mining minister", "the housing secretary"), none that says how the holder stands
 * ("acting", "ruling", "sitting"); or, after a demonym or a possessive, a plural noun ("the Congolese
 * mines minister"). */
static int field_gerund(const nctx *c, const unit *u, size_t w)
{
	static const char *const standing[] = { "acting", "ruling", "sitting", "serving", "leading", "governing",
						"reigning", "visiting", "outgoing", "incoming", "remaining", "founding",
						"presiding", "caretaking", "standing", "long-serving", NULL };
	size_t m = strlen(u[w].low);

	/* "the Congolese mines minister", "the sports minister": a plural noun of a field, after a demonym
	 * or a possessive only */
	if (w > 0 && m > 3 && u[w].low[m - 1] == 's' && u[w].low[m - 2] != 's' && u[w].kind == U_WORD &&
	    u[w].t1 == u[w].t0 + 1 && !(c->p->tokens[u[w].t0].flags & KG_TOK_CAP) &&
	    (u[w - 1].kind == U_DEMONYM || u[w - 1].kind == U_POSS) &&
	    kg_lex_wordnet_class(c->lex, u[w].low, m - 1) != KG_WN_NONE)
		return 1;
	return w > 0 && m > 5 && u[w].kind == U_WORD && u[w].t1 == u[w].t0 + 1 && strcmp(u[w].low + m - 3, "ing") == 0 &&
	       !(c->p->tokens[u[w].t0].flags & KG_TOK_CAP) && title_opener(c, &u[w - 1]) && u[w - 1].kind != U_PUNCT &&
	       (u[w - 1].kind != U_WORD || (u[w - 1].low[0] >= 'a' && u[w - 1].low[0] <= 'z')) && !in_list(standing, u[w].low) &&
	       kg_lex_wordnet_class(c->lex, u[w].low, m) != KG_WN_NONE;
}

/* 1 when the one-word place at token t is a capitalised common noun that names no country or
 * continent ("Interior"; not "Jordan" or "Chad", which the dictionary has in capitals only). */
static int field_place(const nctx *c, size_t t)
{
	kg_place pl;
	char low[24];

	ner_lower(c->p, t, low, sizeof(low));
	return (c->p->tokens[t].flags & KG_TOK_CAP) && !(c->p->tokens[t].flags & KG_TOK_UPPER) &&
	       (tok_lex(c, t) & KG_LEX_COMMON) && !(tok_lex(c, t) & (KG_LEX_PROPER | KG_LEX_DEMONYM)) &&
	       !(place_at(c, t, t + 1, &pl) == 1 && (pl.kind == KG_PLACE_COUNTRY || pl.kind == KG_PLACE_CONTINENT)) &&
	       kg_lex_wordnet_class(c->lex, low, strlen(low)) != KG_WN_NONE;
}

/* 1 when units [k, i) before the capitalised title at unit i are capitalised common nouns of a field
 * ("met Commerce Minister X", "after meeting Trade Secretary X"): words WordNet has as nouns, no
 * month, weekday, function word or name a list knows. */
static int cap_field_run(const nctx *c, const unit *u, size_t k, size_t i)
{
	if (!(c->p->tokens[u[i].t0].flags & KG_TOK_CAP))
		return 0;
	for (size_t q = k; q < i; q++) {
		unsigned f = c->p->tokens[u[q].t0].flags;

		if (u[q].kind != U_WORD || u[q].t1 != u[q].t0 + 1 || !(f & KG_TOK_CAP) || (f & (KG_TOK_UPPER | KG_TOK_NUM)) ||
		    (u[q].lex & (KG_LEX_STOP | KG_LEX_MONTH | KG_LEX_WEEKDAY | KG_LEX_FIRSTNAME | KG_LEX_PRONOUN)) ||
		    kg_lex_wordnet_class(c->lex, u[q].low, strlen(u[q].low)) == KG_WN_NONE)
			return 0;
	}
	return 1;
}

/* Joins up to two modifier words into the title after them: "Portugal's infrastructure minister",
 * "U.S. Trade Representative", "Senate Democratic leader", "the executive secretary of IGAD". */
static int absorb_modifiers(nctx *c, size_t si)
{
	unit *u = c->units[si];
	size_t n = c->n_units[si];

	for (size_t i = 1; i < n; i++) {
		size_t k = i, first;
		char *title;
		size_t a, b;

		if (u[i].kind != U_TITLE)
			continue;
		/* "Interior Cabinet Secretary X": a town the gazetteer has that is a capitalised common noun
		 * before a minister's or secretary's title is the office's field */
		if (k > 0 && u[k - 1].kind == U_ENT && u[k - 1].mention >= 0 && u[k - 1].t1 == u[k - 1].t0 + 1 &&
		    c->m[u[k - 1].mention].type == KG_TYPE_PLACE && (c->p->tokens[u[i].t0].flags & KG_TOK_CAP) &&
		    u[i].title && (strstr(u[i].title, "Minister") || strstr(u[i].title, "Secretary")) &&
		    field_place(c, u[k - 1].t0)) {
			c->m[u[k - 1].mention].type = KG_TYPE_UNKNOWN;
			u[k - 1] = word_unit(c, u[k - 1].t0);
			u[k - 1].lex = tok_lex(c, u[k - 1].t0);
		}
		/* "Power Secretary X" in a story about "Sarvottam Power": a dictionary word read as a word of a
		 * known name before a minister's or secretary's title (with its holder after) is the field */
		else if (k > 0 && u[k - 1].kind == U_ENT && u[k - 1].mention >= 0 && u[k - 1].t1 == u[k - 1].t0 + 1 &&
			 i + 1 < n && u[i + 1].kind == U_ENT && u[i + 1].mention >= 0 &&
			 c->m[u[i + 1].mention].type == KG_TYPE_PERSON &&
			 (tok_lex(c, u[k - 1].t0) & KG_LEX_COMMON) && !(c->p->tokens[u[k - 1].t0].flags & KG_TOK_UPPER) &&
			 !(tok_lex(c, u[k - 1].t0) & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM)) &&
			 (c->p->tokens[u[i].t0].flags & KG_TOK_CAP) && u[i].title &&
			 (strstr(u[i].title, "Minister") || strstr(u[i].title, "Secretary")) &&
			 !c->m[u[k - 1].mention].canon) {
			c->m[u[k - 1].mention].type = KG_TYPE_UNKNOWN;
			u[k - 1] = word_unit(c, u[k - 1].t0);
			u[k - 1].lex = tok_lex(c, u[k - 1].t0);
		}
		while (k > 0 && i - k < 2 && u[k - 1].kind == U_WORD &&
		       (!u[k - 1].lemma[0] || strcmp(u[k - 1].lemma, u[k - 1].low) == 0 ||
			(k == i && field_gerund(c, u, k - 1)) ||
			/* "UK sports minister X": a plural field between a country and the title */
			(k == i && k >= 2 && !(c->p->tokens[u[k - 1].t0].flags & KG_TOK_CAP) &&
			 portfolio_noun(kg_tok_str(c->p, u[k - 1].t0), kg_tok_len(c->p, u[k - 1].t0)) &&
			 (u[k - 2].kind == U_DEMONYM ||
			  (u[k - 2].kind == U_ENT && u[k - 2].mention >= 0 && c->m[u[k - 2].mention].type == KG_TYPE_PLACE)))) &&
		       /* "his Saudi counterpart Prince X": the counterpart rule reads the honorific after it */
		       strcmp(u[k - 1].low, "counterpart") != 0 && strcmp(u[k - 1].low, "counterparts") != 0 &&
		       !(u[k - 1].lex & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_MONTH | KG_LEX_WEEKDAY)) &&
		       !(c->p->tokens[u[k - 1].t0].flags & KG_TOK_NUM))
			k--;
		while (k < i && !(k == 0 || title_opener(c, &u[k - 1]) || cap_field_run(c, u, k, i)))
			k++;
		/* "Minister of Finance and Coordinating Minister of the Economy": a capitalised "-ing" word
		 * after the "and" of two titles opens the second */
		if (k == i && i >= 3 && u[i - 1].kind == U_WORD && u[i - 1].t1 == u[i - 1].t0 + 1 &&
		    (c->p->tokens[u[i - 1].t0].flags & KG_TOK_CAP) && strlen(u[i - 1].low) > 5 &&
		    strcmp(u[i - 1].low + strlen(u[i - 1].low) - 3, "ing") == 0 && u[i - 2].kind == U_WORD &&
		    strcmp(u[i - 2].low, "and") == 0 && u[i - 3].kind == U_TITLE &&
		    (c->p->tokens[u[i].t0].flags & KG_TOK_CAP))
			k = i - 1;
		if (k == i)
			continue;
		first = k;
		a = c->p->tokens[u[first].t0].start;
		b = c->p->tokens[u[i].t1 - 1].end;
		/* "Argentina's new economy minister": "new" says when, not which office; "H.H. Sheikh X" and
		 * "the Spanish-born chief executive": the form of address and the person's origin neither */
		for (size_t q = first; q < i && (strcmp(u[q].low, "new") == 0 || honorific_at(c, u[q].t0) ||
						 personal_compound(&u[q]));
		     q++)
			a = c->p->tokens[u[q + 1].t0].start;
		title = kg_strndup(c->doc->norm + a, b - a);
		if (!title || kg_strv_push(&c->titles, title) < 0) {
			free(title);
			return KG_ENOMEM;
		}
		free(title);
		u[first].kind = U_TITLE;
		u[first].t1 = u[i].t1;
		u[first].title = c->titles.v[c->titles.n - 1];
		memmove(&u[first + 1], &u[i + 1], (n - i - 1) * sizeof(*u));
		n -= i - first;
		i = first;
	}
	c->n_units[si] = n;
	return KG_OK;
}

/* "Tan Sri X", "Puan Sri X": the first word of a Malay style, left a word of its own before the person
 * whose mention the second word opens, joins the person's unit, so that a title before the style
 * reaches the person ("Inspector-General of Police Tan Sri X"); so does a Burmese style ("Foreign
 * Minister U X"). */
static void absorb_styles(nctx *c, size_t si)
{
	unit *u = c->units[si];
	size_t n = c->n_units[si];

	for (size_t i = 0; i + 1 < n; i++) {
		if (u[i].kind != U_WORD || u[i + 1].kind != U_ENT || u[i + 1].mention < 0 ||
		    c->m[u[i + 1].mention].type != KG_TYPE_PERSON || u[i].t1 != u[i + 1].t0 ||
		    !(style_second_at(c, u[i + 1].t0) ||
		      (u[i].t1 == u[i].t0 + 1 && in_listn(burmese_styles, kg_tok_str(c->p, u[i].t0), kg_tok_len(c->p, u[i].t0)))))
			continue;
		u[i + 1].t0 = u[i].t0;
		memmove(&u[i], &u[i + 1], (n - i - 1) * sizeof(*u));
		n--;
	}
	c->n_units[si] = n;
}

/* Verb lemmas are remembered for this many word forms per thread at most. */
#define LEMMA_CACHE_MAX 200000

struct kg_ner_cache {
	kg_map *lemmas;   /* word form -> index in words + 1 when it is a verb form, 0 when it is none */
	kg_strv words;    /* the lemmas */
};

int kg_ner_cache_new(kg_ner_cache **out)
{
	kg_ner_cache *cache = calloc(1, sizeof(*cache));

	*out = NULL;
	if (!cache || kg_map_new(&cache->lemmas) < 0) {
		free(cache);
		return KG_ENOMEM;
	}
	*out = cache;
	return KG_OK;
}

void kg_ner_cache_free(kg_ner_cache *cache)
{
	if (!cache)
		return;
	kg_map_free(cache->lemmas);
	kg_strv_clear(&cache->words);
	free(cache);
}

/* The verb lemma of token t through the thread's cache (WordNet lookups are the costliest part of a
 * token). Returns lem or NULL. Without a cache, or when it cannot grow, it asks the lexicon. */
static const char *cached_lemma(const nctx *c, size_t t, char *lem, size_t cap)
{
	kg_ner_cache *cache = c->cache;
	const char *w = kg_tok_str(c->p, t);
	size_t n = kg_tok_len(c->p, t), v;
	const char *found;

	if (cache && kg_map_getn(cache->lemmas, w, n, &v)) {
		if (!v)
			return NULL;
		copy_str(lem, cap, cache->words.v[v - 1]);
		return lem;
	}
	found = kg_lex_verb_lemma(c->lex, w, n, lem, cap);
	if (!cache || kg_map_count(cache->lemmas) >= LEMMA_CACHE_MAX)
		return found;
	if (!found)
		kg_map_putn(cache->lemmas, w, n, 0);
	else if (kg_strv_push(&cache->words, lem) == KG_OK)
		kg_map_putn(cache->lemmas, w, n, cache->words.n);
	return found;
}

/* 1 when the possessive at b (before lim) is inside a name: after a capitalised common word that
 * names no place, person or people ("People's", not "China's") and before name words that reach an
 * organisation head word or make a place the gazetteer knows ("National People's Congress",
 * "People's Republic of China"). */
static int inner_possessive(const nctx *c, size_t b, size_t lim)
{
	const char *canon;
	kg_place pl;
	unsigned f;

	if (b == 0 || !(c->p->tokens[b].flags & KG_TOK_POSS) || !namey(c, b - 1) || !namey(c, b + 1))
		return 0;
	f = tok_lex(c, b - 1);
	if (!(f & KG_LEX_COMMON) || (f & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM)) || place_at(c, b - 1, b, &pl) ||
	    title_at(c, b - 1, b, &canon))
		return 0;
	for (size_t k = b + 1; k < lim && k - b <= 4; k++) {
		if (title_at(c, k, lim, &canon))
			return 0;
		if (namey(c, k) && (tok_lex(c, k) & KG_LEX_ORGWORD))
			return 1;
		if (!namey(c, k) && !connector(c, k))
			break;
	}
	for (size_t a = b - 1; a + 3 > b; a--) {
		if (place_at(c, a, lim, &pl) > b - a)
			return 1;
		if (a == 0)
			break;
	}
	return 0;
}

/* Tokens from t of a stock-exchange listing in brackets after a company's name, ")" included: an
 * exchange in capitals, a colon and a ticker of capitals or digits, perhaps several ("Okafor
 * Industries Plc (NSE: OKAFOR) said", "(HKEX: 1288)", "(BSE: 500325, NSE: RELIANCE)"); 0 when t opens
 * none. Neither the exchange nor the ticker is an entity there, and the company stays next to its
 * verb. */
static size_t ticker_bracket(const nctx *c, size_t first, size_t t, size_t end)
{
	size_t q = t + 1;

	if (!kg_tok_is(c->p, t, "(") || t == first || !(c->p->tokens[t - 1].flags & (KG_TOK_CAP | KG_TOK_UPPER)))
		return 0;
	for (;;) {
		size_t n = 0;
		/* "(NYSE: X)", "(B3: SRTP3)": an exchange's short name in capitals, maybe with a digit */
		if (q + 2 >= end || !((c->p->tokens[q].flags & KG_TOK_UPPER) ||
				      ((c->p->tokens[q].flags & KG_TOK_CAP) && kg_tok_len(c->p, q) <= 3)) ||
		    !kg_tok_is(c->p, q + 1, ":"))
			return 0;
		for (q += 2; q < end && n < 3 && (c->p->tokens[q].flags & (KG_TOK_UPPER | KG_TOK_NUM)); q++)
			n++;
		if (n == 0 || q >= end)
			return 0;
		if (kg_tok_is(c->p, q, ")"))
			return q + 1 - t;
		if (!kg_tok_is(c->p, q, ",") && !kg_tok_is(c->p, q, ";"))
			return 0;
		q++;
	}
}


/* 1 when token v of sentence si is a verb of appointing whose object, a named person, is appointed
 * "as" a company's office: "appointed Wael X as chief executive". */
static int appoints_as_company(const nctx *c, size_t si, size_t v)
{
	static const char *const verbs[] = { "appointed", "appoints", "named", "names", "hired", "hires", "picked",
					     "promoted", NULL };
	const kg_sentence *s = &c->p->sents[si];
	size_t end = s->first + s->count, q = v + 1;
	const char *canon = NULL;
	char w[16];

	if (v + 3 >= end || !(c->p->tokens[v].flags & KG_TOK_WORD))
		return 0;
	ner_lower(c->p, v, w, sizeof(w));
	if (!in_list(verbs, w))
		return 0;
	while (q < end && q - v <= 5 && namey(c, q))
		q++;
	if (q - v < 3 || q + 1 >= end || !kg_tok_is(c->p, q, "as") || !appointed_as(c, si, v + 1, q))
		return 0;
	for (size_t k = q + 1; k < end && k <= q + 4; k++)
		if (title_at(c, k, end, &canon) > 0)
			return ner_company_title(canon);
	return 0;
}

/* 1 when the common word at token t opens sentence s before "'s" and what only a company has ("Intel's
 * new chief executive, X", "Shell's shares fell"): the word is the company's name. */
static int possessive_company_at(const nctx *c, size_t si, size_t t)
{
	const kg_sentence *s = &c->p->sents[si];
	size_t q = t + 2;
	char w[24];

	if (t != s->first || t + 3 >= s->first + s->count || !(c->p->tokens[t].flags & KG_TOK_CAP) ||
	    (c->p->tokens[t].flags & KG_TOK_UPPER) || !(tok_lex(c, t) & KG_LEX_COMMON) ||
	    (tok_lex(c, t) & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_FIRSTNAME | KG_LEX_TITLE | KG_LEX_DEMONYM |
			      KG_LEX_MONTH | KG_LEX_WEEKDAY)) ||
	    !(c->p->tokens[t + 1].flags & KG_TOK_POSS))
		return 0;
	if (kg_tok_ieq(c->p, q, "new"))
		q++;
	if (!(c->p->tokens[q].flags & KG_TOK_WORD) || (c->p->tokens[q].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, q, w, sizeof(w));
	return in_list(company_has, w);
}

/* 1 when the common word at token t opens sentence s and is the subject of an appointment of a named
 * person "as" a company's office: "Shell appointed Wael X as chief executive", "Sterling named Ada X
 * as its chairman". Only a company appoints one to such an office, so the word is its name. */
static int appointing_company_at(const nctx *c, size_t si, size_t t)
{
	const kg_sentence *s = &c->p->sents[si];

	if (t != s->first || t + 4 >= s->first + s->count || !(c->p->tokens[t].flags & KG_TOK_CAP) ||
	    (c->p->tokens[t].flags & KG_TOK_UPPER) || !(tok_lex(c, t) & KG_LEX_COMMON) ||
	    (tok_lex(c, t) & (KG_LEX_STOP | KG_LEX_PRONOUN | KG_LEX_FIRSTNAME | KG_LEX_TITLE | KG_LEX_DEMONYM)))
		return 0;
	return appoints_as_company(c, si, t + 1);
}

/* Builds the units of sentence si. */
/* Tokens of a town's name at t before "Mayor" and a holder's name, within [t, b): one to three
 * capitalised words, no given name, title, demonym or head word of a body, none a known place's start
 * (place_at reads those); 0 when none. */
static size_t town_before_mayor(const nctx *c, size_t t, size_t b)
{
	const char *canon;
	kg_place pl;
	size_t q = t;

	/* not the tail of a name whose first word was left out ("Park| City Mayor" opening a sentence) */
	if (place_at(c, t, b, &pl) > 0 || (t > 0 && (c->p->tokens[t - 1].flags & KG_TOK_CAP) &&
					    (c->p->tokens[t - 1].flags & KG_TOK_WORD)))
		return 0;
	while (q < b && q - t < 3 && namey(c, q) && !title_at(c, q, b, &canon) &&
	       !(tok_lex(c, q) & (KG_LEX_FIRSTNAME | KG_LEX_DEMONYM | KG_LEX_ORGWORD | KG_LEX_STOP)) &&
	       !(c->p->tokens[q].flags & KG_TOK_UPPER))
		q++;
	if (q == t || q + 1 >= b || !kg_tok_is(c->p, q, "Mayor") || !namey(c, q + 1))
		return 0;
	return q - t;
}

/* Tokens of a Commonwealth style of address at t before a name (before end): "[His Excellency] the
 * [Most|Right|Rt] Hon[.|ourable]"; 0 when none. */
static size_t hon_style(const nctx *c, size_t t, size_t end)
{
	static const char *const words[] = { "Most", "Right", "Rt", "Rt.", "Hon", "Hon.", "Honourable", "Honorable", ".", NULL };
	size_t q = t, hon = 0;

	if (q + 2 < end && (tok_lex(c, q) & KG_LEX_PRONOUN) &&
	    in_listn(address_styles, kg_tok_str(c->p, q + 1), kg_tok_len(c->p, q + 1)))
		q += 2;
	if (q + 2 >= end || !kg_tok_ieq(c->p, q, "the"))
		return 0;
	q++;
	while (q < end && in_listn(words, kg_tok_str(c->p, q), kg_tok_len(c->p, q))) {
		hon |= kg_tok_len(c->p, q) >= 3 && (c->p->tokens[q].flags & KG_TOK_CAP) && kg_tok_str(c->p, q)[0] == 'H';
		q++;
	}
	/* "... the Most Hon. Sir X": a form of address the name keeps */
	if (hon && q + 1 < end && (tok_lex(c, q) & KG_LEX_HONORIFIC) && namey(c, q + 1))
		return q - t;
	return hon && q < end && namey(c, q) ? q - t : 0;
}

/* Tokens of a national or regional sports body named by its sport and its place at t ("Cricket South
 * Africa", "Hockey India", "Football Victoria"): a capitalised sport and a place that no other name word
 * follows (before end); 0 when none. */
static size_t sport_body_at(const nctx *c, size_t t, size_t end)
{
	static const char *const sports[] = { "Athletics", "Badminton", "Baseball", "Basketball", "Boxing", "Cricket",
		"Cycling", "Equestrian", "Fencing", "Football", "Golf", "Gymnastics", "Hockey", "Judo", "Netball",
		"Rowing", "Rugby", "Sailing", "Skiing", "Softball", "Squash", "Swimming", "Taekwondo", "Tennis",
		"Triathlon", "Volleyball", "Weightlifting", "Wrestling", "Archery", "Canoe", "Chess", NULL };
	kg_place pl;
	size_t len;

	if (t + 1 >= end || !in_listn(sports, kg_tok_str(c->p, t), kg_tok_len(c->p, t)) ||
	    (len = place_at(c, t + 1, end, &pl)) == 0 ||
	    (t + 1 + len < end && namey(c, t + 1 + len) && !(tok_lex(c, t + 1 + len) & KG_LEX_TITLE)))
		return 0;
	return 1 + len;
}

/* Tokens of a place's own body named by the place and an acronym another body of the kind has at t
 * ("Africa CDC", "China CDC"; not "US CDC", whose place is in capitals): no name word follows (before
 * end); 0 when none. */
static size_t place_acronym_body_at(const nctx *c, size_t t, size_t end)
{
	kg_place pl;
	const char *canon;
	size_t len;

	if (kg_tok_ieq(c->p, t, "the") || (c->p->tokens[t].flags & KG_TOK_UPPER) ||
	    (len = place_at(c, t, end, &pl)) == 0 || t + len >= end)
		return 0;
	t += len;
	if (!(c->p->tokens[t].flags & KG_TOK_UPPER) || !(c->p->tokens[t].flags & KG_TOK_SPACE_BEFORE) ||
	    kg_tok_len(c->p, t) < 2 || kg_tok_len(c->p, t) > 6 || org_alias_at(c, t, end, &canon) != 1 ||
	    (t + 1 < end && namey(c, t + 1)))
		return 0;
	return len + 1;
}

static int sentence_units(nctx *c, size_t si)
{
	const kg_sentence *s = &c->p->sents[si];
	size_t end = s->first + s->count, t = s->first, cap = 0;
	int headline = title_case_sentence(c, s);
	int rc;

	c->n_units[si] = 0;
	if (s->furniture)
		return KG_OK;
	while (t < end) {
		const kg_token *k = &c->p->tokens[t];
		const char *canon;
		size_t len;
		unit u;

		int particle_start = 0;

		if ((len = ticker_bracket(c, s->first, t, end)) > 0) {
			t += len; /* "Okafor Industries Plc (NSE: OKAFOR) said": a listing, no unit */
			continue;
		}
		/* "van der Berg": a name may open with lower-case particles */
		if (!namey(c, t) && connector(c, t) && !(t > s->first && namey(c, t - 1))) {
			size_t q = t;
			while (q < end && q - t < 3 && connector(c, q))
				q++;
			particle_start = !tok_is_of(c, t) && q < end && q > t && namey(c, q);
		}
		/* bodies the words at t name whatever their words alone would be: "Hockey India", "Africa CDC", a
		 * company that appoints or owns ("Anglo American appointed", "Zenith's chief") */
		len = 0;
		if (!headline && !(len = sport_body_at(c, t, end)) && !(len = place_acronym_body_at(c, t, end)) &&
		    (appointing_company_at(c, si, t) || possessive_company_at(c, si, t)))
			len = 1;
		if (len > 0) {
			if ((rc = push_entity(c, si, &cap, t, t + len, KG_TYPE_ORG)) < 0)
				return rc;
			t += len;
			continue;
		}
		/* a dictionary word opening a sentence the splitter did not see is no name, nor a word opening
		 * one before a lone plural noun, nor that noun */
		if ((after_state(c, s, t) && (tok_lex(c, t) & KG_LEX_COMMON) && !(tok_lex(c, t) & KG_LEX_FIRSTNAME)) ||
		    (!headline && opening_word_before_plural(c, s, t, end) && !owner_before_head_title(c, t, t + 2, end)) ||
		    (!headline && t > s->first && opening_word_before_plural(c, s, t - 1, end) &&
		     !owner_before_head_title(c, t - 1, t + 1, end))) {
			if ((rc = push_unit(c, si, &cap, word_unit(c, t))) < 0)
				return rc;
			t++;
			continue;
		}
		if (particle_start || (namey(c, t) && !(weak_position(c, s, t, headline) && !keep_weak(c, t, end))) ||
		    demonym2(c, t, end)) {
			size_t b = t + 1, q;
			for (;;) {
				if (b < end && namey(c, b) && !(headline && !keep_weak(c, b, end)) && !after_state(c, s, b)) {
					b++;
					continue;
				}
				/* "Quai d'Orsay": an elided article inside a facility's name */
				if (b < end && elided_name(c, b) && facility_first(c, t)) {
					b++;
					continue;
				}
				if (b + 1 < end && inner_possessive(c, b, end)) {
					b++;
					continue;
				}
				/* "Ambassador Extraordinary and Plenipotentiary": a title of the lexicon goes on over its "and" */
				if (b + 1 < end && kg_tok_is(c->p, b, "and") && (q = title_past(c, t, b, end)) > b) {
					b = q;
					continue;
				}
				/* "Minister of Industry, Trade and Investment", "Minister for Ports, Shipping and
				 * Waterways": a title's fields listed after its "of" or "for" */
				if (b + 1 < end && (kg_tok_is(c->p, b, ",") || kg_tok_is(c->p, b, "and") || kg_tok_is(c->p, b, "for")) &&
				    (q = title_fields_past(c, t, b, end)) > b) {
					b = q;
					continue;
				}
				/* "Office of Management and Budget": "and" inside an organisation's "of" part */
				if (b + 1 < end && kg_tok_is(c->p, b, "and") && namey(c, b + 1) && org_of_part(c, t, b)) {
					b++;
					continue;
				}
				if (!headline && (q = org_and_part(c, t, b, end)) > b) {
					b = q;
					continue;
				}
				/* "Kessler Center for Advanced Learning": the "for" part of an organisation's name */
				if (!headline && (tok_lex(c, b - 1) & KG_LEX_ORGWORD) && (q = org_for_part(c, b, end)) > 0) {
					b += q;
					continue;
				}
				if (b + 1 < end && connector(c, b)) {
					q = b;
					while (q < end && (connector(c, q) || (q > b && kg_tok_is(c->p, q, "the"))))
						q++;
					if (q < end && namey(c, q) && q - b <= 3) {
						b = q;
						continue;
					}
				}
				break;
			}
			/* "Trump, White House" in a headline: a known name reaches past words that alone would
			 * not be kept there */
			if (headline) {
				kg_place pl;
				const char *alias;
				size_t m = org_alias_at(c, t, end, &alias), p = place_at(c, t, end, &pl);
				if (m < p)
					m = p;
				if (t + m > b)
					b = t + m;
			}
			if ((rc = segment_chunk(c, si, t, b, &cap)) < 0)
				return rc;
			t = b;
			continue;
		}
		/* "Air Vice Marshal (Retd) X", "Major General (rtd) X": a retired officer's mark after the rank
		 * stands for no unit */
		if (kg_tok_is(c->p, t, "(") && t + 3 < end && kg_tok_is(c->p, t + 2, ")") && c->n_units[si] > 0 &&
		    c->units[si][c->n_units[si] - 1].kind == U_TITLE && namey(c, t + 3) &&
		    (kg_tok_ieq(c->p, t + 1, "retd") || kg_tok_ieq(c->p, t + 1, "rtd") || kg_tok_ieq(c->p, t + 1, "retd.") ||
		     kg_tok_ieq(c->p, t + 1, "retired"))) {
			t += 3;
			continue;
		}
		/* "Senator the Hon. X", "His Excellency the Most Hon. Sir X", "the Rt Hon. X": a Commonwealth
		 * style of address before a name stands for no unit */
		if ((len = hon_style(c, t, end)) > 0) {
			t += len;
			continue;
		}
		if (t + 2 < end && (tok_lex(c, t) & KG_LEX_PRONOUN) &&
		    in_listn(address_styles, kg_tok_str(c->p, t + 1), kg_tok_len(c->p, t + 1)) && namey(c, t + 2)) {
			t += 2; /* "Emir His Highness Sheikh X": the style of address stands for no unit */
			continue;
		}
		/* "His Highness also received X": the style of address alone, before a verb, stands for the
		 * one it was given to as "he" or "she" would (Gulf and royal news name the ruler so) */
		if (t + 2 < end && (kg_tok_is(c->p, t, "His") || kg_tok_is(c->p, t, "Her")) &&
		    in_listn(address_styles, kg_tok_str(c->p, t + 1), kg_tok_len(c->p, t + 1)) && !namey(c, t + 2) &&
		    (c->p->tokens[t + 2].flags & KG_TOK_WORD) && !(c->p->tokens[t + 2].flags & KG_TOK_CAP)) {
			u = mk_unit(U_PRON, t, t + 2);
			copy_str(u.low, sizeof(u.low), kg_tok_is(c->p, t, "His") ? "he" : "she");
			if ((rc = push_unit(c, si, &cap, u)) < 0)
				return rc;
			t += 2;
			continue;
		}
		if (k->flags & KG_TOK_POSS) {
			u = mk_unit(U_POSS, t, t + 1);
		} else if (k->flags & KG_TOK_PUNCT) {
			u = mk_unit(U_PUNCT, t, t + 1);
			ner_lower(c->p, t, u.low, sizeof(u.low));
		} else if ((len = title_at(c, t, end, &canon)) > 0) {
			u = mk_unit(U_TITLE, t, t + len);
			u.title = canon;
			t += len;
			if ((rc = push_unit(c, si, &cap, u)) < 0)
				return rc;
			continue;
		} else {
			char lem[24];
			u = word_unit(c, t);
			u.lex = tok_lex(c, t);
			if ((strcmp(u.low, "he") == 0 || strcmp(u.low, "she") == 0))
				u.kind = U_PRON;
			else if (!(u.lex & KG_LEX_STOP) && cached_lemma(c, t, lem, sizeof(lem)))
				copy_str(u.lemma, sizeof(u.lemma), lem);
			/* "the Chilean delegation", "the Peruvian foreign ministry", "a Hamas delegation": a demonym,
			 * country or organisation, up to two modifiers, and a collective noun */
			/* "a Ukrainian government delegation", "the Chinese business team": a second collective
			 * noun goes on with the description */
			if ((strcmp(u.low, "delegation") == 0 || strcmp(u.low, "team") == 0) && c->n_units[si] > 0 &&
			    c->units[si][c->n_units[si] - 1].kind == U_DESC &&
			    c->units[si][c->n_units[si] - 1].t1 == t) {
				c->units[si][c->n_units[si] - 1].t1 = t + 1;
				t++;
				continue;
			}
			if (in_list(desc_nouns, u.low) && c->n_units[si] > 0) {
				size_t n = c->n_units[si], q = n;
				unit *v = c->units[si];
				while (q > 0 && n - q < 2 && v[q - 1].kind == U_WORD && !v[q - 1].lemma[0] &&
				       !(c->p->tokens[v[q - 1].t0].flags & KG_TOK_CAP) &&
				       !(tok_lex(c, v[q - 1].t0) & (KG_LEX_STOP | KG_LEX_PRONOUN)))
					q--;
				if (q > 0) {
					unit *prev = &v[q - 1];
					int ok = prev->kind == U_DEMONYM ||
						 (prev->kind == U_ENT && c->m[prev->mention].type == KG_TYPE_PLACE &&
						  prev->t1 - prev->t0 == 1) ||
						 (prev->kind == U_ENT && c->m[prev->mention].type == KG_TYPE_ORG && q == n &&
						  (strcmp(u.low, "delegation") == 0 || strcmp(u.low, "team") == 0));
					if (ok) {
						prev->kind = U_DESC;
						prev->t1 = t + 1;
						c->n_units[si] = q;
						t++;
						continue;
					}
				}
			}
		}
		if ((rc = push_unit(c, si, &cap, u)) < 0)
			return rc;
		t++;
	}
	/* honorific flags on capitalised words inside chunks */
	for (size_t i = 0; i < c->n_units[si]; i++) {
		unit *u = &c->units[si][i];
		if (u->kind == U_WORD && !u->lex)
			u->lex = tok_lex(c, u->t0);
	}
	absorb_styles(c, si);
	if ((rc = company_before_title(c, si)) < 0 || (rc = company_words(c, si)) < 0 ||
	    (rc = absorb_joined_field(c, si)) < 0 || (rc = absorb_modifiers(c, si)) < 0)
		return rc;
	return absorb_second_field(c, si);
}

static void clear_mentions(nctx *c)
{
	for (size_t i = 0; i < c->n_m; i++) {
		free(c->m[i].text);
		free(c->m[i].canon);
	}
	c->n_m = 0;
	for (size_t si = 0; c->units && si < c->p->n_sents; si++)
		c->n_units[si] = 0;
}

/* Records the tokens of confident names so that a later capital at a sentence start is believed. */
static int learn_known(nctx *c)
{
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		int confident = (m->type == KG_TYPE_PERSON && (m->t1 - m->t0 >= 2 || m->person_cue)) ||
				m->type == KG_TYPE_PLACE || (m->type == KG_TYPE_ORG && m->canon);

		if (!confident)
			continue;
		for (size_t t = m->t0; t < m->t1; t++) {
			char low[48];
			if (!namey(c, t))
				continue;
			ner_lower(c->p, t, low, sizeof(low));
			if (!kg_map_get(c->known, low, NULL) && kg_map_put(c->known, low, (size_t)m->type) < 0)
				return KG_ENOMEM;
		}
	}
	return KG_OK;
}

int ner_units(nctx *c)
{
	int rc;

	c->units = calloc(c->p->n_sents ? c->p->n_sents : 1, sizeof(unit *));
	c->n_units = calloc(c->p->n_sents ? c->p->n_sents : 1, sizeof(size_t));
	c->tlex = malloc((c->p->n_tokens ? c->p->n_tokens : 1) * sizeof(unsigned));
	if (!c->units || !c->n_units || !c->tlex)
		return KG_ENOMEM;
	c->tc = calloc(c->p->n_tokens ? c->p->n_tokens : 1, sizeof(*c->tc));
	if (!c->tc)
		return KG_ENOMEM;
	for (size_t t = 0; t < c->p->n_tokens; t++) {
		c->tlex[t] = TLEX_UNSET;
		c->tc[t].namey = c->tc[t].title_len = c->tc[t].place_len = c->tc[t].org_len = c->tc[t].conn = -1;
	}
	for (size_t si = 0; si < c->p->n_sents; si++)
		for (size_t t = c->p->sents[si].first; t < c->p->sents[si].first + c->p->sents[si].count; t++)
			c->tc[t].send = c->p->sents[si].first + c->p->sents[si].count;
	/* two passes: the first learns which capitalised words are names in this document */
	for (int pass = 0; pass < 2; pass++) {
		for (size_t si = 0; si < c->p->n_sents; si++)
			if ((rc = sentence_units(c, si)) < 0)
				return rc;
		if (pass == 0) {
			if ((rc = learn_known(c)) < 0)
				return rc;
			clear_mentions(c);
		}
	}
	return KG_OK;
}

int ner_entity(nctx *c, const char *name, kg_etype type, int named)
{
	size_t i;
	dent *e;

	if (kg_map_get(c->ent_by_name, name, &i)) {
		e = &c->e[i];
		if (named)
			e->named = 1;
		if (e->type == KG_TYPE_UNKNOWN)
			e->type = type;
		return (int)i;
	}
	if (c->n_e == c->cap_e) {
		size_t ncap = c->cap_e ? c->cap_e * 2 : 32;
		dent *v = realloc(c->e, ncap * sizeof(*v));
		if (!v)
			return -1;
		c->e = v;
		c->cap_e = ncap;
	}
	e = &c->e[c->n_e];
	memset(e, 0, sizeof(*e));
	e->name = kg_strdup(name);
	e->type = type;
	e->named = named;
	e->title_of = -1;
	e->last_sent = -1;
	if (!e->name || kg_map_put(c->ent_by_name, name, c->n_e) < 0) {
		free(e->name);
		return -1;
	}
	return (int)c->n_e++;
}

/* Name tokens of a person mention without honorifics and initials, lower-cased, in out[]. */
static size_t person_keys(const nctx *c, const rawm *m, char out[][48], size_t cap)
{
	size_t n = 0;

	for (size_t t = m->t0; t < m->t1 && n < cap; t++) {
		if (c->p->tokens[t].flags & KG_TOK_ABBREV)
			continue;
		if (tok_lex(c, t) & KG_LEX_HONORIFIC)
			continue;
		ner_lower(c->p, t, out[n], 48);
		if ((strncmp(out[n], "al-", 3) == 0 || strncmp(out[n], "el-", 3) == 0) && out[n][3])
			memmove(out[n], out[n] + 3, strlen(out[n] + 3) + 1);
		n++;
	}
	return n;
}

/* Joins words [from, to) of keys with single spaces into buf (cap bytes); returns buf. */
static char *join_keys(char keys[][48], size_t from, size_t to, char *buf, size_t cap)
{
	size_t o = 0;

	buf[0] = '\0';
	for (size_t i = from; i < to && o + 1 < cap; i++) {
		size_t n = strlen(keys[i]), sep = i > from, room = cap - o - 1;
		char *d = buf + o;

		/* as snprintf(buf + o, cap - o, "%s%s", sep, key): truncated, o advances by the full length */
		if (sep && room) {
			*d++ = ' ';
			room--;
		}
		memcpy(d, keys[i], n < room ? n : room);
		d[n < room ? n : room] = '\0';
		o += sep + n;
	}
	return buf;
}

/* Records that key names entity e in an index whose values are e + 1, or 0 once two entities share
 * the key (ambiguous: "Mohammed" in a text with two Mohammeds). */
static int index_add(kg_map *m, const char *key, int e)
{
	size_t v;

	if (kg_map_get(m, key, &v))
		return v == (size_t)e + 1 ? KG_OK : kg_map_put(m, key, 0);
	return kg_map_put(m, key, (size_t)e + 1);
}

/* The entity an index gives for key: >= 0, -2 when ambiguous, -1 when absent. */
static int index_get(const kg_map *m, const char *key)
{
	size_t v;

	if (!kg_map_get(m, key, &v))
		return -1;
	return v ? (int)v - 1 : -2;
}

/* Short forms of the document's full person names: "Halvik", "van der Berg", "Li" (family name
 * first), "Priya" (a given name alone), "Lula" (a middle name). Hash indexes keep this linear. */
typedef struct pindex {
	kg_map *by_key;    /* all name words of a full name -> entity + 1 */
	kg_map *by_suffix; /* its last k words (k shorter than the name) -> entity + 1, 0 ambiguous */
	kg_map *by_word;   /* each word but the last -> entity + 1, 0 ambiguous */
} pindex;

static void pindex_free(pindex *ix)
{
	kg_map_free(ix->by_key);
	kg_map_free(ix->by_suffix);
	kg_map_free(ix->by_word);
}

/* Words that open a family name after a given name and a patronymic ("Al", "El"), and the particles
 * of a patronymic ("bin Khalifa"); NULL-terminated. */
static const char *const family_openers[] = { "al", "el", "aal", NULL };
static const char *const patronymics[] = { "bin", "ibn", "bint", "binti", NULL };

static int pindex_add(pindex *ix, char keys[][48], size_t n, int e)
{
	char buf[8 * 48];
	int rc;

	if ((rc = index_add(ix->by_key, join_keys(keys, 0, n, buf, sizeof(buf)), e)) < 0)
		return rc;
	/* the name without its family part: "Ahmed bin Khalifa" of "Ahmed bin Khalifa Al Marwani" */
	for (size_t w = 3; w < n; w++)
		if (in_list(family_openers, keys[w]) || in_list(patronymics, keys[w - 2]))
			if ((rc = index_add(ix->by_key, join_keys(keys, 0, w, buf, sizeof(buf)), e)) < 0)
				return rc;
	for (size_t k = 1; k < n; k++)
		if ((rc = index_add(ix->by_suffix, join_keys(keys, n - k, n, buf, sizeof(buf)), e)) < 0)
			return rc;
	for (size_t w = 0; w + 1 < n; w++)
		if ((rc = index_add(ix->by_word, keys[w], e)) < 0)
			return rc;
	return KG_OK;
}

/* 1 when person mention m has an initial ("S. Jaishankar"): a name of one name word is then a full
 * name, which the word alone ("Jaishankar") names again. */
static int has_initial(const nctx *c, const rawm *m)
{
	for (size_t t = m->t0; t + 1 < m->t1; t++) {
		const char *w = kg_tok_str(c->p, t);
		if (kg_tok_len(c->p, t) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.')
			return 1;
	}
	return 0;
}

/* The person a shorter mention names: >= 0, -2 ambiguous, -1 none. */
static int pindex_short(const nctx *c, const pindex *ix, const rawm *m)
{
	char keys[8][48], buf[8 * 48];
	size_t n = person_keys(c, m, keys, 8);
	int e;

	if (n == 0)
		return -1;
	/* every name word of a full name: "Jaishankar" after "S. Jaishankar" */
	if ((e = index_get(ix->by_key, join_keys(keys, 0, n, buf, sizeof(buf)))) >= 0)
		return e;
	e = index_get(ix->by_suffix, join_keys(keys, 0, n, buf, sizeof(buf)));
	if (e != -1 || n != 1 || (tok_lex(c, m->t0) & KG_LEX_PARTICLE))
		return e;
	return index_get(ix->by_word, keys[0]);
}

/* 1 when mention f is named as someone's relative: "Tolen's wife, Ana Tolen", "his son Rui". */
static int kin_mention(const nctx *c, const rawm *f)
{
	static const char *const kin[] = { "wife", "husband", "son", "daughter", "brother", "sister", "father",
					   "mother", "widow", "widower", "nephew", "niece", "cousin", NULL };
	size_t t = f->t0;
	char w[16];

	if (t > 0 && kg_tok_is(c->p, t - 1, ","))
		t--;
	if (t == 0)
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	return in_list(kin, w);
}

/* The person of the nearest full name before mention i that the short mention fits (its last words, or
 * one word but the last of it): the antecedent of a short form two full names share ("Wen" after
 * "Wen Lidong" and then "Wen Haoran"), passing over a relative named in passing ("Tolen's wife, Ana
 * Tolen": the next "Tolen" is still Ali Tolen). >= 0, or -2 when none comes before it. */
static int nearest_antecedent(const nctx *c, size_t i)
{
	char keys[8][48], full[8][48];
	size_t n = person_keys(c, &c->m[i], keys, 8);
	int kin = -2;

	for (size_t j = i; n && j-- > 0;) {
		const rawm *f = &c->m[j];
		size_t fn;

		if (f->type != KG_TYPE_PERSON || f->ent < 0 || (fn = person_keys(c, f, full, 8)) <= n)
			continue;
		int fits = 1;
		for (size_t k = 0; k < n && fits; k++)
			fits = strcmp(keys[k], full[fn - n + k]) == 0;
		if (kin_mention(c, f)) {
			if (fits && kin == -2)
				kin = f->ent; /* the relative, if no one else fits */
			continue;
		}
		for (size_t w = 0; !fits && n == 1 && w + 1 < fn; w++)
			fits = strcmp(keys[0], full[w]) == 0;
		if (fits)
			return f->ent;
	}
	return kin;
}

static int add_alias(dent *e, const char *alias)
{
	if (strcmp(alias, e->name) == 0)
		return KG_OK;
	return kg_strv_push_unique(&e->aliases, alias);
}

/* A full-name mention and how many name words it has, for sorting longest first. */
typedef struct fullname {
	int m;       /* mention index */
	size_t n;    /* name words */
} fullname;

static int cmp_fullname(const void *a, const void *b)
{
	const fullname *x = a, *y = b;

	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return x->m < y->m ? -1 : x->m > y->m;
}

/* 1 when acronym ("SAF", "U.S.") spells the initials of the capitalised words of name ("Sudanese Armed
 * Forces"; "of", "the" and other lower-case words skipped), so that "(PRC)" after a name whose
 * initials it is not ("Republic of China") does not become that name. */
static int initials_match(const char *name, const char *acronym)
{
	const char *a = acronym;

	for (const char *w = name; *w;) {
		if (isupper((unsigned char)*w)) {
			while (*a == '.')
				a++;
			if (toupper((unsigned char)*a) != *w)
				return 0;
			a++;
		}
		while (*w && *w != ' ' && *w != '-')
			w++;
		while (*w == ' ' || *w == '-')
			w++;
	}
	while (*a == '.')
		a++;
	return *a == '\0';
}

/* 1 when the acronym's letters are the initials of name's words in another order ("National Civil
 * Police (PNC)", "Supreme Electoral Tribunal (TSE)": the acronym of the name in its own language) or
 * with its lower-case words too ("Qatar Fund for Development (QFFD)"). Only for an organisation's name. */
static int initials_loose(const char *name, const char *acronym)
{
	char caps[16], all[16], ac[16];
	size_t nc = 0, na = 0, n = 0;

	for (const char *a = acronym; *a && n < sizeof(ac) - 1; a++)
		if (*a != '.')
			ac[n++] = (char)toupper((unsigned char)*a);
	for (const char *w = name; *w;) {
		if (nc < sizeof(caps) - 1 && isupper((unsigned char)*w))
			caps[nc++] = *w;
		if (na < sizeof(all) - 1 && isalpha((unsigned char)*w))
			all[na++] = (char)toupper((unsigned char)*w);
		while (*w && *w != ' ' && *w != '-')
			w++;
		while (*w == ' ' || *w == '-')
			w++;
	}
	if (n < 3)
		return 0;
	if (na == n && memcmp(all, ac, n) == 0)
		return 1;
	if (nc != n)
		return 0;
	for (size_t i = 0; i < n; i++) {
		size_t j = 0;
		while (j < nc && caps[j] != ac[i])
			j++;
		if (j == nc)
			return 0;
		caps[j] = 0; /* each initial once */
	}
	return 1;
}

/* 1 when name is a country the gazetteer knows and entity e is not that country: a known country's name is
 * never an alias of something else. */
static int other_country(const nctx *c, const char *name, int e)
{
	kg_place pl;

	return kg_lex_place(c->lex, name, strlen(name), &pl) && pl.kind == KG_PLACE_COUNTRY && pl.canonical &&
	       strcmp(pl.canonical, c->e[e].name) != 0;
}

/* The token of mention m where its name word w starts (words counted as person_keys counts them). */
static size_t key_token(const nctx *c, const rawm *m, size_t w)
{
	for (size_t t = m->t0; t < m->t1; t++) {
		if ((c->p->tokens[t].flags & KG_TOK_ABBREV) || (tok_lex(c, t) & KG_LEX_HONORIFIC))
			continue;
		if (w-- == 0)
			return t;
	}
	return m->t1;
}

/* Mention i's unit starts at token t from now on: the tokens cut off before it become words. KG_ENOMEM. */
static int split_unit(nctx *c, size_t i, size_t t)
{
	const rawm *m = &c->m[i];
	size_t si = m->sent, n = c->n_units[si], d = t - m->t0, k = 0;
	unit *v = c->units[si];

	while (k < n && !(v[k].kind == U_ENT && v[k].mention == (int)i && v[k].t0 == m->t0))
		k++;
	if (k == n)
		return KG_OK;
	if (!(v = realloc(v, (n + d) * sizeof(*v))))
		return KG_ENOMEM;
	c->units[si] = v;
	memmove(v + k + d, v + k, (n - k) * sizeof(*v));
	for (size_t j = 0; j < d; j++) {
		v[k + j] = word_unit(c, m->t0 + j);
		v[k + j].lex = tok_lex(c, m->t0 + j);
	}
	v[k + d].t0 = t;
	c->n_units[si] = n + d;
	/* "Minister for Foreign Affairs| John X": the words cut off may be a title's field */
	return absorb_second_field(c, si);
}

/* 1 when the first word of person mention m (its key w - 1 = 0, at token t) is a town of the
 * gazetteer that a title or an apposition puts at the head of the person's name: "Minister for
 * Commerce Jawad Hassan X", "the envoy, Salem Saeed Al X". Many given names are towns somewhere; a
 * town glued before a name is rare right after a title. */
static int given_name_town(const nctx *c, const rawm *m, size_t w, size_t t)
{
	kg_place pl;

	return w == 1 && m->person_cue && t == m->t0 && !(c->p->tokens[t].flags & KG_TOK_UPPER) &&
	       !(tok_lex(c, t) & (KG_LEX_COMMON | KG_LEX_ORGWORD)) && place_at(c, t, t + 1, &pl) == 1 &&
	       pl.kind == KG_PLACE_CITY;
}

/* 1 when the words of person mention m before its key w (its tokens up to t, key w - 1) are words no
 * list knows: no dictionary word, place, title, organisation or outlet word, no acronym. They are then
 * the person's first given names, not a place or a body glued before them: "Gan Kim Yong", "Jawad Hassan
 * X", "Kacou Houadja Leon X" (the given name lists lack many Asian, African and Arabic names). */
static int unknown_first_word(const nctx *c, const rawm *m, size_t w, size_t t)
{
	kg_place pl;

	if (w > 2 || t + 1 != m->t0 + w)
		return 0;
	for (size_t q = m->t0; q <= t; q++)
		if ((c->p->tokens[q].flags & KG_TOK_UPPER) || memchr(kg_tok_str(c->p, q), '-', kg_tok_len(c->p, q)) ||
		    memchr(kg_tok_str(c->p, q), '.', kg_tok_len(c->p, q)) ||
		    (tok_lex(c, q) & (KG_LEX_COMMON | KG_LEX_ORGWORD | KG_LEX_PLACEWORD | KG_LEX_TITLE | KG_LEX_DEMONYM |
				      KG_LEX_MEDIA | KG_LEX_HONORIFIC | KG_LEX_STOP | KG_LEX_PROPER)) ||
		    place_at(c, q, q + 1, &pl) != 0)
			return 0;
	return 1;
}

/* 1 when token t is a region or province of the gazetteer (no country, no town) right after a title:
 * "Chief Secretary Balochistan", "Governor Punjab". */
static int region_after_title(const nctx *c, size_t t)
{
	kg_place pl;
	const char *canon;
	size_t b = t;

	if (place_at(c, t, t + 1, &pl) != 1 || pl.kind != KG_PLACE_REGION)
		return 0;
	/* the title may go on with its "of" part: "Inspector General of Police Balochistan" */
	while (b > 0 && b + 6 > t) {
		size_t len;
		b--;
		if ((len = title_at(c, b, t, &canon)) > 0 && b + len <= t &&
		    (b + len == t || kg_tok_is(c->p, b + len, "of")))
			return 1;
		if (!(kg_tok_is(c->p, b, "of") || (c->p->tokens[b].flags & KG_TOK_CAP)))
			break;
	}
	return 0;
}

/* "met at Villa Montrose Karen Halden": a person's name whose last two or more words are the
 * full name of a person the document names on its own, or open with a given name, after a word that is
 * neither a given name nor a name particle (and are not a family name opening with one: "Al Talib"), is
 * that person; the words before it (a place, an office, a
 * company) are cut off. */
static int cut_glued_prefixes(nctx *c)
{
	kg_map *names = NULL;
	char keys[8][48], buf[8 * 48];
	int rc = KG_OK;

	if (kg_map_new(&names) < 0)
		return KG_ENOMEM;
	for (size_t i = 0; i < c->n_m && rc == KG_OK; i++) {
		size_t kn = c->m[i].type == KG_TYPE_PERSON ? person_keys(c, &c->m[i], keys, 8) : 0;

		if (kn >= 2)
			rc = kg_map_put(names, join_keys(keys, 0, kn, buf, sizeof(buf)), 1);
	}
	for (size_t i = 0; i < c->n_m && rc == KG_OK; i++) {
		rawm *m = &c->m[i];
		size_t kn = m->type == KG_TYPE_PERSON ? person_keys(c, m, keys, 8) : 0;

		for (size_t w = 1; kn >= 3 && w + 2 <= kn; w++) {
			size_t t = key_token(c, m, w), before = key_token(c, m, w - 1);
			char *text;

			int known = kg_map_get(names, join_keys(keys, w, kn, buf, sizeof(buf)), NULL);

			/* "Chief Secretary Balochistan Shakeel Qadir", "Inspector General of Police Balochistan X Y":
			 * a region after a title, glued before a name of two words or more, is the office's field */
			if (!(w == 1 && before == m->t0 && kn >= 3 && region_after_title(c, before)) &&
			    /* "Vítor Correia Mendes" then "Correia Mendes": a given name no list knows before a
			     * family name of two words the document uses alone */
			    (!(known || (tok_lex(c, t) & KG_LEX_FIRSTNAME)) ||
			     ((!known || !(tok_lex(c, t) & KG_LEX_FIRSTNAME)) && unknown_first_word(c, m, w, before)) ||
			    ((tok_lex(c, before) | tok_lex(c, t)) & KG_LEX_PARTICLE) ||
			    (tok_lex(c, before) & KG_LEX_FIRSTNAME) || in_list(patronymics, keys[w - 1]) ||
			    in_list(family_openers, keys[w - 1]) || in_list(patronymics, keys[w]) ||
			    in_list(family_openers, keys[w]) || given_name_town(c, m, w, before) ||
			    (w == 1 && before == m->t0 && syllable_name(c, m->t0, m->t1))))
				continue;
			if (!(text = span_text(c, t, m->t1))) {
				rc = KG_ENOMEM;
				break;
			}
			free(m->text);
			m->text = text;
			if ((rc = split_unit(c, i, t)) < 0)
				break;
			m->t0 = t;
			break;
		}
	}
	kg_map_free(names);
	return rc;
}

/* 1 when the name holds word w (ASCII case ignored) as a whole word. */
static int name_has_word(const char *name, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = name; *p; p++)
		if ((p == name || p[-1] == ' ') && strncasecmp(p, w, n) == 0 && (p[n] == '\0' || p[n] == ' '))
			return 1;
	return 0;
}

/* 1 when a word of the name is a country's name or a demonym ("Communist Party of Cuba"). */
static int other_country_in(const nctx *c, const char *name)
{
	for (const char *p = name; *p;) {
		size_t n = strcspn(p, " ");
		kg_place pl;
		if (n > 0 && (kg_lex_demonym(c->lex, p, n) ||
			      (kg_lex_place(c->lex, p, n, &pl) && pl.kind == KG_PLACE_COUNTRY)))
			return 1;
		p += n;
		while (*p == ' ')
			p++;
	}
	return 0;
}

/* The entity that organisation mention m, a demonym and "Party" ("the Vietnamese Party", "the Lao
 * Party": a country's ruling party, as its news names it), stands for: the one party of the document
 * of more words with the demonym's country, or its demonym, or no country's name at all ("Communist
 * Party of Vietnam", "Lao People's Revolutionary Party"); -1 when none or several. Other bodies a
 * demonym opens are names of their own ("African Union", "Iraqi Army"). */
static int national_body(const nctx *c, const rawm *m)
{
	const char *country, *name = c->e[m->ent].name, *sp = strchr(name, ' ');
	char dem[48];
	int found = -1;

	if (m->t1 - m->t0 != 2 || !kg_tok_is(c->p, m->t0 + 1, "Party") || !sp || strchr(sp + 1, ' ') ||
	    (size_t)(sp - name) >= sizeof(dem) ||
	    !(country = kg_lex_demonym(c->lex, kg_tok_str(c->p, m->t0), kg_tok_len(c->p, m->t0))))
		return -1;
	memcpy(dem, name, (size_t)(sp - name));
	dem[sp - name] = '\0';
	for (size_t e = 0; e < c->n_e; e++) {
		const char *o = c->e[e].name;
		if ((int)e == m->ent || c->e[e].type != KG_TYPE_ORG || !name_has_word(o, sp + 1) ||
		    !strchr(o, ' ') || strlen(o) <= strlen(name) ||
		    (!name_has_word(o, country) && !name_has_word(o, dem) && other_country_in(c, o)))
			continue;
		if (found >= 0)
			return -1;
		found = (int)e;
	}
	return found;
}

/* Verbs after "X" that a company does with a company's figures: "X reported a net loss", "X posted
 * record sales"; a person reports progress too, so the figure must follow within three words. */
static const char *const company_does[] = { "reported", "posted", "reports", "posts", NULL };
static const char *const company_figures[] = { "revenue", "revenues", "profit", "profits", "loss", "losses",
	"earnings", "sales", "income", NULL };

/* 1 when the one-word name at token t is used as a company's in the text around it: a company's word
 * after its possessive, "shares of X", "X shares", a company's verb after it. */
static int company_cue(const nctx *c, size_t t)
{
	char w[24];
	size_t n = c->p->n_tokens;

	if (t + 2 < n && (c->p->tokens[t + 1].flags & KG_TOK_POSS)) {
		ner_lower(c->p, t + 2, w, sizeof(w));
		if (in_list(company_has, w))
			return 1;
	}
	if (t + 1 < n) {
		ner_lower(c->p, t + 1, w, sizeof(w));
		if (strcmp(w, "shares") == 0 || strcmp(w, "stock") == 0)
			return 1;
		if (in_list(company_does, w))
			for (size_t k = t + 2; k < n && k < t + 5; k++) {
				ner_lower(c->p, k, w, sizeof(w));
				if (in_list(company_figures, w))
					return 1;
			}
	}
	if (t >= 2 && kg_tok_is(c->p, t - 1, "of")) {
		ner_lower(c->p, t - 2, w, sizeof(w));
		if (strcmp(w, "shares") == 0 || strcmp(w, "stake") == 0 || strcmp(w, "acquisition") == 0)
			return 1;
	}
	return 0;
}

/* 1 when the word before token t is a common noun for a company: "fintech company| X", "the
 * state-owned lender| X", "dairy cooperative| X". */
static int company_noun_before(const nctx *c, size_t t)
{
	/* not the nouns of trades a person also plies ("the manufacturer Georg X", "the developer X") */
	static const char *const nouns[] = { "company", "firm", "startup", "start-up", "cooperative", "conglomerate",
					     "lender", "insurer", "carrier", "subsidiary", "corporation", "multinational",
					     "airline", NULL };
	char w[24];

	/* "mobile operator X", "port operator X" (not "the crane operator X") */
	static const char *const operated[] = { "mobile", "network", "telecom", "telecoms", "port", "grid", "satellite",
						"airport", "terminal", "pipeline", "railway", NULL };

	if (t == 0 || !(c->p->tokens[t - 1].flags & KG_TOK_WORD) || (c->p->tokens[t - 1].flags & KG_TOK_CAP))
		return 0;
	ner_lower(c->p, t - 1, w, sizeof(w));
	if (strcmp(w, "operator") == 0 && t >= 2) {
		ner_lower(c->p, t - 2, w, sizeof(w));
		return in_list(operated, w);
	}
	return in_list(nouns, w);
}

/* Retypes as organisations the people of one-word names only ("Jumia said ...", typed by the verb of
 * speech) whom the document also uses as companies (company_cue), unless a title, a form of address
 * or a given name stands before a mention of them; and names of more words a company's noun stands
 * before (company_noun_before). One pass over the mentions; KG_ENOMEM when the
 * per-entity marks cannot be had (nothing is retyped then). */
static int retype_companies(nctx *c)
{
	unsigned char *mark = calloc(c->n_e ? c->n_e : 1, 1); /* bit 1: a company's cue, bit 2: a veto */

	if (!mark)
		return KG_ENOMEM;
	for (size_t i = 0; i < c->n_m; i++) {
		const rawm *m = &c->m[i];
		size_t e = (size_t)m->ent;
		if (m->ent < 0 || c->e[e].type != KG_TYPE_PERSON || (mark[e] & 2))
			continue;
		/* "fintech company Tabadul Pay ... Tabadul Pay signed": a name of more words that a company's
		 * noun stands right before, no given name first, nor a title or a form of address before any */
		if (strchr(c->e[e].name, ' ')) {
			if ((tok_lex(c, m->t0) & KG_LEX_FIRSTNAME) ||
			    (m->t0 > 0 && ((tok_lex(c, m->t0 - 1) & KG_LEX_TITLE) || honorific_at(c, m->t0 - 1))))
				mark[e] |= 2;
			else if (company_noun_before(c, m->t0) || company_cue(c, m->t0))
				mark[e] |= 1;
			continue;
		}
		if (m->t1 - m->t0 != 1 || (tok_lex(c, m->t0) & KG_LEX_FIRSTNAME) ||
		    (m->t0 > 0 && ((tok_lex(c, m->t0 - 1) & KG_LEX_TITLE) || honorific_at(c, m->t0 - 1))) ||
		    (m->t0 > 1 && kg_tok_is(c->p, m->t0 - 1, ".") && honorific_at(c, m->t0 - 2)))
			mark[e] |= 2;
		else if (!(mark[e] & 1) && company_cue(c, m->t0))
			mark[e] |= 1;
	}
	for (size_t e = 0; e < c->n_e; e++)
		if (mark[e] == 1)
			c->e[e].type = KG_TYPE_ORG;
	for (size_t i = 0; i < c->n_m; i++)
		if (c->m[i].ent >= 0 && mark[c->m[i].ent] == 1)
			c->m[i].type = KG_TYPE_ORG;
	free(mark);
	return KG_OK;
}

int ner_coref(nctx *c)
{
	fullname *full = malloc((c->n_m ? c->n_m : 1) * sizeof(*full));
	size_t n_full = 0;
	kg_map *acronyms = NULL;  /* acronyms introduced in brackets -> their entity */
	kg_map *best = NULL;      /* name words of a full name -> mention with its best surface form */
	kg_map *org_first = NULL; /* first word of a multiword organisation -> entity + 1, 0 ambiguous */
	kg_map *org_stem = NULL;  /* an organisation's name without its legal form -> entity + 1, 0 ambiguous */
	pindex ix = { NULL, NULL, NULL };
	char keys[8][48], buf[8 * 48];
	int rc = KG_OK;

	if (!full || kg_map_new(&acronyms) < 0 || kg_map_new(&best) < 0 || kg_map_new(&org_first) < 0 ||
	    kg_map_new(&org_stem) < 0 ||
	    kg_map_new(&ix.by_key) < 0 || kg_map_new(&ix.by_suffix) < 0 || kg_map_new(&ix.by_word) < 0) {
		rc = KG_ENOMEM;
		goto done;
	}
	if ((rc = cut_glued_prefixes(c)) < 0)
		goto done;
	/* 0. "Sertão Proteínas S.A. ... Sertão Proteínas said": a name the document gives a company's legal
	 * form is the company's wherever it is named without it (org_stem holds the stems for now) */
	for (size_t i = 0; i < c->n_m; i++) {
		const rawm *m = &c->m[i];
		char stem[128];
		size_t n = strlen(m->text);
		if (m->type != KG_TYPE_ORG || n >= sizeof(stem))
			continue;
		memcpy(stem, m->text, n + 1);
		for (char *sp; (sp = strrchr(stem, ' ')) != NULL && in_list(legal_forms, sp + 1) &&
			       strcmp(sp + 1, "Group") != 0 && strncmp(sp + 1, "Holding", 7) != 0;)
			*sp = '\0';
		if (strlen(stem) < n && strchr(stem, ' ')) {
			if ((rc = kg_map_put(org_stem, stem, 0)) < 0)
				goto done;
			*strchr(stem, ' ') = '\0'; /* "Sertão" alone, the first word */
			if ((rc = kg_map_put(org_stem, stem, 0)) < 0)
				goto done;
		}
	}
	for (size_t i = 0; i < c->n_m; i++)
		if (c->m[i].type == KG_TYPE_PERSON && kg_map_get(org_stem, c->m[i].text, NULL))
			c->m[i].type = KG_TYPE_ORG;
	kg_map_free(org_stem);
	org_stem = NULL;
	if ((rc = kg_map_new(&org_stem)) < 0)
		goto done;
	/* 1. people named with at least two name words: one entity per given name + surname; its name is
	 * the longest surface form without initials */
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		size_t kn, v;

		if (m->type != KG_TYPE_PERSON || (kn = person_keys(c, m, keys, 8)) < 1 || (kn < 2 && !has_initial(c, m)))
			continue;
		full[n_full].m = (int)i;
		full[n_full].n = kn;
		n_full++;
		join_keys(keys, 0, kn, buf, sizeof(buf));
		if (!kg_map_get(best, buf, &v)) {
			if ((rc = kg_map_put(best, buf, i)) < 0)
				goto done;
		} else if (strlen(m->text) > strlen(c->m[v].text) && !strchr(m->text, '.')) {
			if ((rc = kg_map_put(best, buf, i)) < 0)
				goto done;
		}
	}
	/* longest names first, so that "Al Thani" finds "Mohammed bin Abdulrahman Al Thani" */
	qsort(full, n_full, sizeof(*full), cmp_fullname);
	for (size_t a = 0; a < n_full; a++) {
		rawm *m = &c->m[full[a].m];
		size_t kn = person_keys(c, m, keys, 8), v = 0;
		int e;

		join_keys(keys, 0, kn, buf, sizeof(buf));
		if ((e = index_get(ix.by_key, buf)) < 0 && (e = index_get(ix.by_suffix, buf)) < 0) {
			kg_map_get(best, buf, &v);
			if ((e = ner_entity(c, c->m[v].text, KG_TYPE_PERSON, 1)) < 0) {
				rc = KG_ENOMEM;
				goto done;
			}
		}
		m->ent = e;
		if ((rc = pindex_add(&ix, keys, kn, e)) < 0)
			goto done;
	}
	/* 2. everything else: a short form of a full name, or its own entity */
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		const char *name;
		kg_etype type = m->type;
		size_t v;

		if (m->ent >= 0)
			continue;
		/* "the Sudanese Armed Forces (SAF)": an acronym in brackets right after a name is that name */
		if (i > 0 && m->t1 - m->t0 == 1 && (c->p->tokens[m->t0].flags & KG_TOK_UPPER) && m->t0 >= 2 &&
		    kg_tok_is(c->p, m->t0 - 1, "(") && m->t1 < c->p->n_tokens && kg_tok_is(c->p, m->t1, ")") &&
		    c->m[i - 1].t1 == m->t0 - 1 && c->m[i - 1].ent >= 0 && c->m[i - 1].type != KG_TYPE_PERSON &&
		    (initials_match(c->m[i - 1].text, m->text) ||
		     (c->m[i - 1].type == KG_TYPE_ORG && initials_loose(c->m[i - 1].text, m->text))) &&
		    !other_country(c, m->text, c->m[i - 1].ent)) {
			m->ent = c->m[i - 1].ent;
			m->type = c->m[i - 1].type;
			if ((rc = kg_map_put(acronyms, m->text, (size_t)m->ent)) < 0)
				goto done;
			continue;
		}
		if (kg_map_get(acronyms, m->text, &v)) {
			m->ent = (int)v;
			m->type = c->e[v].type;
			continue;
		}
		if (type != KG_TYPE_PLACE) {
			int f = pindex_short(c, &ix, m);
			if (f == -2)
				f = nearest_antecedent(c, i);
			if (f >= 0) {
				m->ent = f;
				m->type = KG_TYPE_PERSON;
				continue;
			}
		}
		name = m->canon ? m->canon : m->text;
		if ((m->ent = ner_entity(c, name, type, 1)) < 0) {
			rc = KG_ENOMEM;
			goto done;
		}
	}
	/* 2b. "Aurelia" for "Aurelia Airways": a one-word organisation that opens exactly one longer one */
	for (size_t e = 0; e < c->n_e; e++) {
		const char *sp = strchr(c->e[e].name, ' ');
		char first[64];
		if (c->e[e].type != KG_TYPE_ORG || !sp || (size_t)(sp - c->e[e].name) >= sizeof(first))
			continue;
		memcpy(first, c->e[e].name, (size_t)(sp - c->e[e].name));
		first[sp - c->e[e].name] = '\0';
		if ((rc = index_add(org_first, first, (int)e)) < 0)
			goto done;
	}
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		int target;

		/* "Sahelia Cement Plc ... Sahelia said": a one-word name the tagger took for a person, no given
		 * name, title or honorific before it, is the company too */
		if (m->type == KG_TYPE_PERSON && m->t1 - m->t0 == 1 && m->ent >= 0 && !strchr(c->e[m->ent].name, ' ') &&
		    !(tok_lex(c, m->t0) & (KG_LEX_FIRSTNAME | KG_LEX_TITLE | KG_LEX_HONORIFIC)) &&
		    !(m->t0 > 0 && (tok_lex(c, m->t0 - 1) & (KG_LEX_TITLE | KG_LEX_HONORIFIC))) &&
		    (target = index_get(org_first, c->e[m->ent].name)) >= 0) {
			m->ent = target;
			m->type = KG_TYPE_ORG;
			continue;
		}
		if (m->type != KG_TYPE_ORG || m->t1 - m->t0 != 1 || strchr(c->e[m->ent].name, ' '))
			continue;
		if ((target = index_get(org_first, c->e[m->ent].name)) >= 0)
			m->ent = target;
	}
	/* 2d. "Sinar Energy" for "Sinar Energy Sdn Bhd", "Gulf Petrochemical" for "Gulf Petrochemical Co.": an
	 * organisation of two words or more that is exactly one longer one without its legal form */
	for (size_t e = 0; e < c->n_e; e++) {
		char stem[128];
		size_t n = strlen(c->e[e].name);
		if (c->e[e].type != KG_TYPE_ORG || n >= sizeof(stem))
			continue;
		memcpy(stem, c->e[e].name, n + 1);
		for (char *sp; (sp = strrchr(stem, ' ')) != NULL && in_list(legal_forms, sp + 1);)
			*sp = '\0';
		if (strlen(stem) < n && strchr(stem, ' ') && (rc = index_add(org_stem, stem, (int)e)) < 0)
			goto done;
	}
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		int target;

		if (m->type == KG_TYPE_ORG && m->ent >= 0 && c->e[m->ent].type == KG_TYPE_ORG &&
		    (target = index_get(org_stem, c->e[m->ent].name)) >= 0)
			m->ent = target;
	}
	/* 2e. "the Vietnamese Party" for "the Communist Party of Vietnam": a demonym and "Party" name the
	 * one longer party of the document with no other country's name */
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		int target;

		if (m->type == KG_TYPE_ORG && m->ent >= 0 && c->e[m->ent].type == KG_TYPE_ORG &&
		    (target = national_body(c, m)) >= 0)
			m->ent = target;
	}
	/* 2c. "Jumia said revenue fell ... shares of Jumia": a one-word "person" a company's words follow */
	if ((rc = retype_companies(c)) < 0)
		goto done;
	/* 3. mention counts and aliases */
	for (size_t i = 0; i < c->n_m; i++) {
		rawm *m = &c->m[i];
		dent *e = &c->e[m->ent];

		e->mentions++;
		if ((rc = add_alias(e, m->text)) < 0)
			goto done;
	}
	/* units point at entities */
	for (size_t si = 0; si < c->p->n_sents; si++)
		for (size_t u = 0; u < c->n_units[si]; u++)
			if (c->units[si][u].kind == U_ENT)
				c->units[si][u].ent = c->m[c->units[si][u].mention].ent;
done:
	free(full);
	kg_map_free(acronyms);
	kg_map_free(best);
	kg_map_free(org_first);
	kg_map_free(org_stem);
	pindex_free(&ix);
	return rc;
}

void ner_ctx_clear(nctx *c)
{
	clear_mentions(c);
	free(c->m);
	for (size_t i = 0; i < c->n_e; i++) {
		free(c->e[i].name);
		kg_strv_clear(&c->e[i].aliases);
	}
	free(c->e);
	if (c->units)
		for (size_t si = 0; si < c->p->n_sents; si++)
			free(c->units[si]);
	free(c->units);
	free(c->n_units);
	kg_map_free(c->known);
	kg_map_free(c->ent_by_name);
	kg_strv_clear(&c->titles);
	free(c->tlex);
	free(c->tc);
	free(c->lents);
	memset(c, 0, sizeof(*c));
}
