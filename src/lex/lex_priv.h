/* lex_priv.h: the lexicon's internals shared by the files of src/lex (not part of the public API). */
#ifndef KG_LEX_PRIV_H
#define KG_LEX_PRIV_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

#include "lex.h"

/* Map values that are interned strings: the pointer itself, so that readers never index the
 * pool (which the lazy geonames load grows). */
#define KG_LEX_STR(v) ((const char *)(uintptr_t)(v))
#define KG_LEX_VAL(p) ((size_t)(uintptr_t)(p))

/* Longest word or phrase, in bytes, that lookups fold; longer inputs never match. */
#define KG_LEX_MAXKEY 256

/* ---- curated tables (lex_tables.c) ---- */

/* A list of words sharing word classes. */
typedef struct kg_lex_wordlist {
	unsigned flags;           /* the KG_LEX_* classes of every word */
	const char *const *words; /* lower-case words, NULL-terminated */
} kg_lex_wordlist;
extern const kg_lex_wordlist kg_lex_wordlists[];
extern const size_t kg_lex_n_wordlists;

/* Given names that propernames lacks, NULL-terminated. */
extern const char *const kg_lex_firstnames[];
/* Function words that propernames lists as names ("the"), NULL-terminated. */
extern const char *const kg_lex_not_firstnames[];

/* A name and what it stands for (country aliases, demonyms, organisation aliases). */
typedef struct kg_lex_alias {
	const char *name;      /* as written: "U.S.", "Ukrainian", "EU" */
	const char *canonical; /* "United States", "Ukraine", "European Union" */
} kg_lex_alias;
extern const kg_lex_alias kg_lex_country_aliases[];  /* terminated by a NULL name */
extern const kg_lex_alias kg_lex_demonyms[];
extern const kg_lex_alias kg_lex_org_aliases[];

/* A curated place: a city spelling, region or continent. */
typedef struct kg_lex_place_def {
	const char *name;      /* as written: "Kiev" */
	kg_place_kind kind;    /* CITY, REGION, CONTINENT, COUNTRY, OTHER */
	const char *canonical; /* "Kyiv" */
	const char *country;   /* canonical country, NULL for none */
	const char *geo;       /* the geonames name whose population it takes, NULL: canonical */
} kg_lex_place_def;
extern const kg_lex_place_def kg_lex_places[]; /* terminated by a NULL name */

/* Countries missing from miscfiles' countries (newer states) with their capitals. */
extern const kg_lex_alias kg_lex_extra_countries[]; /* name = country, canonical = capital */

/* A title: a pattern of lower-case words separated by spaces ("secretary of state"; a word
 * ending in '.' is an abbreviation whose dot is optional) and its canonical form. */
typedef struct kg_lex_title_def {
	const char *pattern;
	const char *canonical;
} kg_lex_title_def;
extern const kg_lex_title_def kg_lex_titles[]; /* terminated by a NULL pattern */
/* Words that qualify any title ("deputy" -> "Deputy"); pattern is one lower-case word. */
extern const kg_lex_title_def kg_lex_title_prefixes[];

/* ---- the lexicon ---- */

/* A read-only memory-mapped file. */
typedef struct kg_lex_mmap {
	const char *data; /* the bytes, NULL when the file is missing */
	size_t size;      /* how many */
	size_t *lines;    /* sorted index files: the offset of every line, for binary search; else NULL */
	size_t n_lines;   /* how many */
} kg_lex_mmap;

/* A place entry; priority decides which entry a name keeps. */
typedef struct kg_lex_place_rec {
	kg_place place;  /* kind, canonical, country (interned), population */
	const char *geo; /* geonames name to take the population from (interned), NULL: canonical */
	int prio;        /* curated 5, country 4, capital 3, geonames city 2, geonames state 1 */
} kg_lex_place_rec;

/* A compiled title pattern. */
typedef struct kg_lex_title_pat {
	char **words;          /* folded words, abbreviation dots removed */
	unsigned char *abbrev; /* 1 where the word is an abbreviation (a dot may follow) */
	size_t n;              /* how many words */
	const char *canonical; /* borrowed from the table */
} kg_lex_title_pat;

/* The caches below are shared by every thread without a lock: each slot is a seqlock. Its seq is odd
 * while a writer (the one whose compare-and-swap made it odd) fills the slot; a reader copies the slot
 * with relaxed atomic loads and keeps the copy only when seq was even and unchanged around it. A slot
 * being written is a miss, and a writer that finds the slot taken leaves it: the cache only remembers
 * answers, so either way the answer is the same. */

/* One slot of the WordNet word-class cache. */
typedef struct kg_lex_cache_slot {
	unsigned seq;         /* the seqlock: odd while being written */
	char key[30];         /* the folded word, NUL-terminated */
	unsigned short flags; /* KG_LEX_COMMON / KG_LEX_PROPER found in WordNet */
} kg_lex_cache_slot;
#define KG_LEX_CACHE_SLOTS 65536

/* One slot of the WordNet place-fallback cache. */
typedef struct kg_lex_place_slot {
	unsigned seq;          /* the seqlock: odd while being written */
	char key[30];          /* the folded name, NUL-terminated, "" when empty */
	unsigned char kind;    /* the kg_place_kind found, KG_PLACE_NONE when none */
	const char *canonical; /* the WordNet form (in late_pool), NULL when none */
} kg_lex_place_slot;

/* Seqlock steps on a slot of the caches (lex.c). kg_lex_slot_begin_read returns the seq to check, or
 * 1 (odd) when the slot is being written; kg_lex_slot_key_is compares its key with key[0..n) by relaxed
 * atomic loads; kg_lex_slot_end_read says whether what was read since begin is consistent (seq
 * unchanged). kg_lex_slot_begin_write takes the slot (0 when another writer has it: leave it);
 * kg_lex_slot_set_key stores the key; kg_lex_slot_end_write publishes the slot. */
unsigned kg_lex_slot_begin_read(unsigned *seq);
int kg_lex_slot_key_is(const char *slot_key, const char *key, size_t n);
int kg_lex_slot_end_read(unsigned *seq, unsigned begun);
int kg_lex_slot_begin_write(unsigned *seq, unsigned *begun);
void kg_lex_slot_set_key(char *slot_key, const char *key, size_t n);
void kg_lex_slot_end_write(unsigned *seq, unsigned begun);

struct kg_lex {
	kg_map *words;            /* folded word -> KG_LEX_* flags */
	kg_map *places;           /* folded place name -> index in recs */
	kg_map *places_exact;     /* case-sensitive short capital forms ("US", "U.S.") -> index in recs */
	kg_lex_place_rec *recs;   /* place entries */
	size_t n_recs;            /* used */
	size_t cap_recs;          /* allocated */
	kg_map *towns_in;         /* "folded town\tfolded state or country" of geonames towns kept out of
				   * places because their name is a word ("Flint", "Bath") -> 1 */
	kg_map *demonyms;         /* folded demonym -> its country (a KG_LEX_STR in pool) */
	kg_map *orgs;             /* folded organisation alias -> canonical (KG_LEX_STR) */
	kg_map *orgs_exact;       /* case-sensitive acronyms -> canonical (KG_LEX_STR) */
	kg_map *org_prefix;       /* leading parts of orgs_exact keys (bit 1) and orgs keys (bit 2) */
	kg_strv pool;             /* interned strings: canonical names, countries, verb lemmas */
	kg_map *pool_index;       /* string -> itself in pool (KG_LEX_STR) */
	kg_lex_title_pat *titles; /* compiled titles, sorted by first word */
	size_t n_titles;          /* how many */
	kg_map *title_first;      /* first word -> (start << 16) | count in titles */
	kg_map *title_prefix;     /* prefix word -> index in kg_lex_title_prefixes */
	kg_lex_mmap wn_index[4];  /* WordNet index.noun, index.verb, index.adj, index.adv */
	kg_lex_mmap wn_data_noun; /* WordNet data.noun */
	kg_map *verb_exc;         /* irregular verb form -> "lemma[ lemma...]" (KG_LEX_STR) */
	kg_map *noun_exc;         /* irregular plural -> its lemmas (KG_LEX_STR) */
	int no_geonames;          /* 1: never load libgeonames */
	atomic_int geo_loaded;    /* 1 once geonames' cities are in places */
	pthread_mutex_t geo_mu;   /* serialises the lazy geonames load */
	pthread_mutex_t cache_mu; /* guards late_pool and late_index */
	kg_lex_cache_slot *cache; /* WordNet word-class cache (seqlocked slots) */
	kg_lex_place_slot *place_cache; /* WordNet place cache (seqlocked slots) */
	kg_strv late_pool;        /* strings made during lookups (WordNet names, composed titles) */
	kg_map *late_index;       /* string -> itself in late_pool (KG_LEX_STR) */
};

/* Folds s[0..n) for lookups into dst (cap bytes, NUL-terminated): ASCII lower case, Latin
 * letters with diacritics to ASCII, curly apostrophes to '. Returns the length, or
 * (size_t)-1 when it does not fit. */
size_t kg_lex_fold(char *dst, size_t cap, const char *s, size_t n);
/* Notes a missing data file: counts it in *missing and, for the first, writes a warning to err. */
void kg_lex_warn_missing(kg_error *err, int *missing, const char *path, const char *what);
/* Word classes of an already folded word (the words map, then plural and WordNet fallbacks). */
unsigned kg_lex_word_folded(const kg_lex *lex, const char *key, size_t n);
/* Interns s in lex->pool; returns the stable copy, NULL on KG_ENOMEM. */
const char *kg_lex_intern(kg_lex *lex, const char *s);
/* Same under cache_mu, in late_pool, for lookups on a const lexicon. */
const char *kg_lex_intern_late(const kg_lex *lex, const char *s);

/* ---- WordNet (wordnet.c) ---- */

/* Maps WordNet's files from dir; missing files leave their maps empty and count in *missing. */
int kg_lex_wordnet_open(kg_lex *lex, const char *dir, int *missing, kg_error *err);
void kg_lex_wordnet_close(kg_lex *lex);
/* COMMON and/or PROPER for a folded single word as WordNet knows it (cached). */
unsigned kg_lex_wordnet_flags(const kg_lex *lex, const char *key, size_t n);
/* 1 when a noun sense of the folded key (its first only, when first_only) is a noun.location
 * synset holding a capitalised word equal to key; that word (spaces for '_') goes to form (cap
 * bytes) and a rough kind read from the gloss to *kind. Both outputs may be NULL. */
int kg_lex_wordnet_location(const kg_lex *lex, const char *key, size_t n, int first_only,
			    char *form, size_t cap, kg_place_kind *kind);

/* ---- places (places.c) ---- */

/* Loads countries, the curated place tables, and registers the aliases. */
int kg_lex_places_open(kg_lex *lex, const char *countries, int *missing, kg_error *err);
/* Adds a place under name (as written); keeps the entry of higher priority (or population). */
int kg_lex_place_add(kg_lex *lex, const char *name, kg_place_kind kind, const char *canonical,
		     const char *country, const char *geo, unsigned long population, int prio);
/* The canonical country for a country name or alias, NULL when unknown (folded lookup). */
const char *kg_lex_country_canonical(const kg_lex *lex, const char *name);

/* ---- titles (titles.c) ---- */

int kg_lex_titles_open(kg_lex *lex);
void kg_lex_titles_free(kg_lex *lex);

#endif
