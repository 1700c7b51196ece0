/* lex.h: lexicons for entity recognition, from maintained Debian data (WordNet, geonames, miscfiles'
 * first names and countries, the system word list) plus kg's curated category tables. */
#ifndef KG_LEX_H
#define KG_LEX_H

#include "../core/core.h"

typedef struct kg_lex kg_lex;

/* Where the data lives; NULL fields take the environment (KG_WORDNET_DIR, KG_DICT_WORDS,
 * KG_PROPERNAMES, KG_COUNTRIES; KG_NO_GEONAMES=1), else the Debian defaults. */
typedef struct kg_lex_opts {
	const char *wordnet_dir;  /* /usr/share/wordnet (wordnet-base) */
	const char *dict_words;   /* /usr/share/dict/words (wamerican) */
	const char *propernames;  /* /usr/share/dict/propernames.gz (miscfiles): first names */
	const char *countries;    /* /usr/share/misc/countries.gz (miscfiles) */
	int no_geonames;          /* 1: do not load libgeonames' cities */
} kg_lex_opts;

/* Loads every lexicon. A missing data file is not fatal: the lexicon is empty and a warning is
 * written to err (the return is still 0); only KG_ENOMEM fails. */
int kg_lex_open(kg_lex **out, const kg_lex_opts *opts, kg_error *err);
void kg_lex_free(kg_lex *lex);
/* 1 when kg was built with libgeonames, whose cities kg_lex_place loads on its first call. */
int kg_lex_has_geonames(void);

/* Word classes; a word can have several. Lookups fold ASCII case and curly apostrophes. */
enum {
	KG_LEX_FIRSTNAME = 1u << 0,  /* a given name (propernames, plus curated transliterated ones) */
	KG_LEX_COMMON = 1u << 1,     /* appears in lower case in the word list or WordNet: "officials", "trump" */
	KG_LEX_PROPER = 1u << 2,     /* appears only capitalised in the word list: "Brussels", "Aaron" */
	KG_LEX_STOP = 1u << 3,       /* function word: the, a, of, and, he, she, it, this, however... */
	KG_LEX_HONORIFIC = 1u << 4,  /* mr, mrs, ms, dr, sir, dame, lord, lady, mx, prof, rev */
	KG_LEX_MONTH = 1u << 5,      /* january..december, jan, feb, sept */
	KG_LEX_WEEKDAY = 1u << 6,    /* monday..sunday */
	KG_LEX_TITLE = 1u << 7,      /* can start or be a title: president, minister, secretary, chancellor */
	KG_LEX_ORGWORD = 1u << 8,    /* head noun of an organisation: ministry, council, agency, party, bank */
	KG_LEX_PLACEWORD = 1u << 9,  /* head noun of a place: province, region, river, city, island, oblast */
	KG_LEX_PARTICLE = 1u << 10,  /* name particle: von, van, der, de, bin, al, el, da, di, le, la, ibn, abu */
	KG_LEX_DEMONYM = 1u << 11,   /* Ukrainian, British, American (see kg_lex_demonym) */
	KG_LEX_SPEECH = 1u << 12,    /* verb of speech: said, says, told, added, stated, noted, warned */
	KG_LEX_PRONOUN = 1u << 13,   /* he, she, him, her, his, they, it, we, i, you */
	KG_LEX_FURNITURE = 1u << 14, /* web-page words: share, subscribe, advertisement, cookie, newsletter */
	KG_LEX_MEDIA = 1u << 15      /* media-outlet head words: news, times, post, agency, press, tv, radio */
};

/* Word classes of w[0..n). */
unsigned kg_lex_word(const kg_lex *lex, const char *w, size_t n);

/* Kinds of place. */
typedef enum kg_place_kind {
	KG_PLACE_NONE = 0,
	KG_PLACE_COUNTRY,
	KG_PLACE_CITY,
	KG_PLACE_REGION,    /* province, state, oblast, named region (Donbas, Crimea, Western Balkans) */
	KG_PLACE_CONTINENT, /* continent or world region (Europe, Middle East, North America) */
	KG_PLACE_OTHER      /* WordNet location not otherwise classified */
} kg_place_kind;

/* What a place lookup found. Strings are borrowed from the lexicon. */
typedef struct kg_place {
	kg_place_kind kind;    /* what it is */
	const char *canonical; /* its canonical name: "United States" for "U.S.", "Kyiv" for "Kiev" */
	const char *country;   /* the country it lies in (itself for a country), or NULL */
	unsigned long population; /* from geonames, 0 when unknown */
} kg_place;

/* Looks up a place name of n bytes (one or more words separated by single spaces, as written:
 * "Abu Dhabi", "U.S.", "Saudi Arabia"). Case matters for short all-capital forms (US, UK) and is
 * folded otherwise. 1 and *out when found, else 0. */
int kg_lex_place(const kg_lex *lex, const char *name, size_t n, kg_place *out);

/* 1 when geonames has a town of the name town[0..tn) (a place kg_lex_place leaves out because the name
 * is also an English word: "Flint", "Bath") in the state or country region[0..rn) ("Michigan",
 * "United States"), as news writes "Flint, Michigan". */
int kg_lex_town_in(const kg_lex *lex, const char *town, size_t tn, const char *region, size_t rn);

/* The country of a demonym or adjective ("Ukrainian" -> "Ukraine", "British" -> "United Kingdom",
 * "U.S." is a place, not a demonym). NULL when w is none. Borrowed. */
const char *kg_lex_demonym(const kg_lex *lex, const char *w, size_t n);

/* Canonical name of a well-known organisation abbreviation or variant ("EU" -> "European Union",
 * "UN" -> "United Nations"), NULL when none. Borrowed. */
const char *kg_lex_org_alias(const kg_lex *lex, const char *name, size_t n);
/* 0 when no name that starts with the whole word w[0..n) (followed by nothing or by more of the text)
 * can be an organisation alias for kg_lex_org_alias, so a caller may skip those lookups; 1 when one
 * may be. */
int kg_lex_org_alias_may_start(const kg_lex *lex, const char *w, size_t n);

/* WordNet lexicographer class of a phrase's first noun sense (words separated by spaces). */
typedef enum kg_wn_class {
	KG_WN_NONE = 0,  /* not a WordNet noun */
	KG_WN_PERSON,    /* noun.person */
	KG_WN_LOCATION,  /* noun.location */
	KG_WN_GROUP,     /* noun.group (organisations) */
	KG_WN_OTHER      /* any other noun class */
} kg_wn_class;
kg_wn_class kg_lex_wordnet_class(const kg_lex *lex, const char *phrase, size_t n);
/* 1 when the phrase is a proper noun in WordNet (some sense's word is capitalised there). */
int kg_lex_wordnet_proper(const kg_lex *lex, const char *phrase, size_t n);
/* 1 when the word w[0..n) (any case) can be an adjective, an adverb or a verb form in WordNet
 * ("veteran", "interim", "acting", "outgoing"), 0 when it is a noun only or unknown ("airbus"). */
int kg_lex_wordnet_modifier(const kg_lex *lex, const char *w, size_t n);

/* A span of text (borrowed). */
typedef struct kg_span {
	const char *s;
	size_t n;
} kg_span;

/* Longest title that starts at words[0] ("Secretary of State", "Foreign Minister", "chief of staff",
 * "National Security Adviser", "Crown Prince", "spokesman"), matching case-insensitively. Returns how
 * many words it spans (0: none) and its canonical form in *canonical ("Secretary of State"). */
size_t kg_lex_title(const kg_lex *lex, const kg_span *words, size_t n, const char **canonical);

/* 1 when a verb form (any inflection, via WordNet's verb.exc and suffix rules) has the lemma given:
 * kg_lex_lemma_is(lex, "met", 3, "meet"). */
int kg_lex_lemma_is(const kg_lex *lex, const char *w, size_t n, const char *lemma);
/* The base form of a verb ("met" -> "meet", "spoke" -> "speak", "leading" -> "lead") written into
 * buf (size cap); returns buf, or NULL when w is not a known verb form. */
const char *kg_lex_verb_lemma(const kg_lex *lex, const char *w, size_t n, char *buf, size_t cap);

#endif
