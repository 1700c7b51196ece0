/* resolve.h: alias merging across documents: one entity per real-world referent, with a log of why. */
#ifndef KG_RESOLVE_H
#define KG_RESOLVE_H

#include "../core/core.h"
#include "../lex/lex.h"

/* Makes *out (new, caller frees) from in (borrowed): entities that name the same referent are merged
 * under one canonical name (transliteration variants Zelensky/Zelenskiy/Zelenskyy, Antony/Anthony,
 * Dmitry/Dmytro, a middle initial, a surname alone when only one person has it; place and organisation
 * variants US/U.S./United States/America, UK/Britain, EU/European Union). Each merged alias gets a line
 * in the entity's why. People who share a surname but differ in first name stay apart. Triples are
 * rewritten to the canonical names; identical triples stay (the graph merges them). Returns 0, or
 * KG_EINVAL (in or out NULL, or a triple without subject, predicate or object) or KG_ENOMEM with err
 * set and *out NULL. */
int kg_resolve(kg_facts **out, const kg_facts *in, const kg_lex *lex, kg_error *err);

/* What a line of a curation file says. */
typedef enum kg_curation_kind {
	KG_CUR_SAME,      /* same<TAB>NAME<TAB>NAME: one entity, named as the first */
	KG_CUR_DIFFERENT, /* different<TAB>NAME<TAB>NAME: never merged, even within a document */
	KG_CUR_TYPE,      /* type<TAB>NAME<TAB>TYPE: the entity's type */
	KG_CUR_IGNORE,    /* ignore<TAB>NAME: left out, with its relations */
	KG_CUR_RENAME     /* rename<TAB>NAME<TAB>NEW NAME: the merged entity's name */
} kg_curation_kind;

/* One line of a curation file. */
typedef struct kg_curation_rule {
	kg_curation_kind kind; /* what it says */
	char *a;               /* its first name, owned */
	char *b;               /* its second or new name, owned; NULL for type and ignore */
	char *norm_a;          /* a folded as kg_resolve_norm_new does, owned */
	char *norm_b;          /* b folded, owned; NULL when b is */
	kg_etype type;         /* the type of a type line */
	long line;             /* its line in the file (1-based), for kg explain */
} kg_curation_rule;

/* A user's corrections to merges: the lines of a curation file. */
typedef struct kg_curation {
	char *source;           /* the file's name, in messages and in the merge log */
	char *text;             /* the file as read, owned (the store keeps it) */
	kg_curation_rule *rules; /* its lines, in file order */
	size_t n;               /* how many */
} kg_curation;

/* Parses a curation file's text (len bytes; blank lines and lines starting with # skipped; fields
 * separated by tabs, spaces around them trimmed; names matched ignoring case, punctuation and
 * diacritics) into *out (caller frees). KG_EPARSE with err = SOURCE:LINE and what is wrong (unknown
 * word, wrong number of fields, unknown type), KG_EUTF8, KG_ENOMEM; *out NULL then. */
int kg_curation_parse(kg_curation **out, const char *text, size_t len, const char *source, kg_error *err);
/* Frees c. Accepts NULL. */
void kg_curation_free(kg_curation *c);
/* kg_resolve with cur applied (cur may be NULL): ignore, same and type lines act on in before the
 * merge, different lines keep their two names apart during it (an alias a document had merged is
 * split off again), rename lines name the merged entity. Each change adds a line to the entity's why
 * that ends "(curation SOURCE:LINE)", which kg explain shows. */
int kg_resolve_curated(kg_facts **out, const kg_facts *in, const kg_lex *lex, const kg_curation *cur, kg_error *err);
/* kg_resolve keeping apart only the names of the different lines of cur (may be NULL); the merging
 * step of kg_resolve_curated. */
int kg_resolve_apart(kg_facts **out, const kg_facts *in, const kg_lex *lex, const kg_curation *cur, kg_error *err);

/* A resolver: the merge of a set of entities, kept to rewrite triples and events read later (kg build
 * reads a store's entities first, then its facts a document at a time). */
typedef struct kg_resolver kg_resolver;
/* Merges the entities of in (borrowed; it must outlive *out) as kg_resolve_apart does: *entities (new,
 * caller frees) gets in's documents and the merged entities, *out (new, kg_resolver_free) what
 * kg_resolver_apply needs. Triples and events of in are not read. 0, KG_EINVAL or KG_ENOMEM with err
 * set and both NULL. */
int kg_resolver_new(kg_resolver **out, kg_facts **entities, const kg_facts *in, const kg_lex *lex,
		    const kg_curation *cur, kg_error *err);
/* Adds the triples of in (borrowed) to out with canonical names, sorted, without self-loops, then its
 * events with canonical participants, as kg_resolve does. 0, KG_EINVAL (a triple lacks a part) or
 * KG_ENOMEM with err set; out may then hold part of them. */
int kg_resolver_apply(const kg_resolver *rs, kg_facts *out, const kg_facts *in, kg_error *err);
/* Frees rs. Accepts NULL. */
void kg_resolver_free(kg_resolver *rs);

/* The helpers below are what kg_resolve compares names with; lex may be NULL in each. */

/* A new string (caller frees, NULL when out of memory): name folded for comparison. Case and Latin
 * diacritics fold, periods and apostrophes (straight or curly) go, a leading "the " and a trailing
 * possessive "'s" go, any other punctuation separates words by one space: "The U.S.'s" -> "us",
 * "Zelenskyy’s" -> "zelenskyy", "Ukraine–NATO Council" -> "ukraine nato council". Letters of other
 * scripts are kept as they are. */
char *kg_resolve_norm_new(const char *name);

/* Largest transliteration key kg_resolve_translit_key writes, with its NUL. */
#define KG_RESOLVE_KEY_MAX 96

/* Writes into buf (KG_RESOLVE_KEY_MAX bytes) the transliteration key of one name word (case and
 * diacritics fold, non-letters go) and returns buf. The strict key (loose 0) rewrites spellings that
 * romanisations of one name differ in: dzh/zh/dz -> j, kh -> h, ph -> f, th -> t, ts/tz -> c, ck -> k,
 * sch -> sh, ou -> u, w -> v, x -> ks, q -> k, an initial ye/ie and ye/ie/je after a vowel -> e, y -> i
 * after the first letter, doubled letters single: Zelensky, Zelenskiy, Zelenskyy -> "zelenski". The
 * loose key (loose 1) also folds the vowels into classes a, e/i, o/u and g/h into g: "sibiga". */
char *kg_resolve_translit_key(char *buf, const char *word, int loose);

/* 1 when two surnames (single words) can be spellings of one name: equal strict keys, or equal loose
 * keys with the same first letter and at most 1 edit apart (2 from 9 letters) as written
 * (Sybiha/Sybiga). Biden/Bidet, Putin/Rutin and Zelensky/Zelenska are not. */
int kg_resolve_surname_variant(const char *a, const char *b);

/* How two given names relate. */
typedef enum kg_given_rel {
	KG_GIVEN_NONE = 0,   /* different names: Joe and Hunter, Mike and Mika */
	KG_GIVEN_SAME,       /* the same word after folding case and diacritics */
	KG_GIVEN_VARIANT,    /* transliteration variants: Antony/Anthony, Dmitry/Dmytro, Andrii/Andriy */
	KG_GIVEN_DIMINUTIVE  /* a short form from the table of English diminutives: Tony/Antony, Mike/Michael */
} kg_given_rel;

/* The relation of given names a and b (single words). Names of 4 letters or fewer must have equal
 * strict keys; from 5 letters a final i/o may differ (Dmitri/Dmytro), from 7 letters at most two
 * inner vowels (Mohammed/Muhammad). */
kg_given_rel kg_resolve_given_rel(const char *a, const char *b);

/* One row of the diminutives of given names behind KG_GIVEN_DIMINUTIVE (name data, not people). */
typedef struct kg_diminutive {
	const char *short_form; /* "tony" */
	const char *full;       /* "anthony" */
	const char *short_key;  /* kg_resolve_translit_key(.., short_form, 0), written out: "toni" */
	const char *full_key;   /* the same of full: "antoni" */
} kg_diminutive;
/* The constant table of diminutives; *n gets its number of rows. */
const kg_diminutive *kg_resolve_diminutives(size_t *n);

/* What a person name consists of. */
typedef enum kg_pname_kind {
	KG_PNAME_NONE = 0, /* nothing usable (empty, or only initials) */
	KG_PNAME_FULL,     /* given name and surname: "Antony J. Blinken" */
	KG_PNAME_SURNAME,  /* a surname, maybe with initials or a title: "Blinken", "J. Biden", "President Biden" */
	KG_PNAME_GIVEN     /* a given name after a royal or religious title: "King Charles", "Pope Francis" */
} kg_pname_kind;

/* A person name split into parts; the words are folded to lower-case ASCII letters. */
typedef struct kg_person_name {
	kg_pname_kind kind; /* which parts there are */
	char *given;        /* the first given name ("antony"), NULL when none */
	char *givens;       /* every given name run together without hyphens ("abdelfattah" for "Abdel Fattah"
	                     * and "Abdel-Fattah"), NULL when none */
	char *initials;     /* first letters of the given names and initials ("aj"), "" when none */
	char *surname;      /* the last word of the surname, without particles ("leyen"), NULL when none */
	int middle_initial; /* 1 when an initial follows the given name ("J.") */
	int title;          /* 1 when a leading title or honorific was dropped ("President", "Mr.") */
} kg_person_name;

/* Splits name into out (which the caller clears with kg_resolve_person_clear): leading titles and
 * honorifics (from lex when given, and a small built-in table), trailing Jr./Sr./III, particles (von
 * der, bin, al-...) and initials are recognised. Returns 0, or KG_ENOMEM with out cleared. */
int kg_resolve_person_parse(kg_person_name *out, const char *name, const kg_lex *lex);
/* Frees the strings of p, not p. Accepts NULL. */
void kg_resolve_person_clear(kg_person_name *p);

#endif
