/* internal.h: the ner module's private structures: units (typed token spans), document entities and
 * the extraction context shared by recognition (mention.c), coreference and relations (relate.c). */
#ifndef KG_NER_INTERNAL_H
#define KG_NER_INTERNAL_H

#include "ner.h"
#include "../lang/lang.h"

/* What a unit of a sentence is. */
typedef enum unit_kind {
	U_WORD,    /* an ordinary word */
	U_PUNCT,   /* a punctuation mark */
	U_POSS,    /* the possessive 's or ' */
	U_ENT,     /* a named entity mention (ent >= 0) */
	U_TITLE,   /* an office or role: "Foreign Minister", "chief of staff" */
	U_DEMONYM, /* a demonym or national adjective: "Ukrainian" (ent = its country, made on use) */
	U_PRON,    /* a personal pronoun (he, she) */
	U_DESC     /* a descriptive organisation: "the Chilean delegation" (ent made on use) */
} unit_kind;

/* A span of tokens with a meaning. */
typedef struct unit {
	unit_kind kind;       /* what it is */
	size_t t0;            /* first token */
	size_t t1;            /* one past the last token */
	int ent;              /* document entity (U_ENT; U_DEMONYM/U_DESC once made), -1 none */
	int mention;          /* raw mention index (U_ENT), -1 none */
	const char *title;    /* canonical title (U_TITLE) */
	const char *country;  /* country of a demonym (U_DEMONYM), borrowed from the lexicon */
	unsigned lex;         /* lexicon flags of a one-token word */
	char lemma[24];       /* verb lemma of a word, "" when none */
	char low[24];         /* the word in lower case (truncated), for keyword tests */
} unit;

/* A candidate entity mention found by the recogniser. */
typedef struct rawm {
	size_t sent;        /* sentence index */
	size_t t0, t1;      /* tokens */
	kg_etype type;      /* guessed type, KG_TYPE_UNKNOWN when undecided */
	char *text;         /* surface form, tokens joined by single spaces, honorifics dropped */
	char *canon;        /* canonical form from the lexicon (places, organisations), or NULL */
	int person_cue;     /* 1: a title, honorific, first name or speech verb marks it as a person */
	int ent;            /* document entity after coreference */
} rawm;

/* An entity of one document. */
typedef struct dent {
	char *name;           /* canonical in-document name */
	kg_etype type;        /* its type */
	kg_strv aliases;      /* other surface forms in this document */
	unsigned long mentions; /* mentions in this document */
	int named;            /* 1: named in the text (else made for a relation from a demonym or description) */
	int used;             /* 1: takes part in a relation */
	const char *title;    /* last title seen with it (borrowed canonical), for descriptors */
	int title_of;         /* entity the title belongs to (country, organisation), -1 none */
	long last_sent;       /* last sentence that mentions it */
	char gender;          /* 'm' or 'f' once a "he" or "she" of the document has referred to it, else 0 */
} dent;

/* Per-document extraction state. */
typedef struct nctx {
	const kg_doc *doc;      /* borrowed */
	const kg_parsed *p;     /* borrowed */
	const kg_lex *lex;      /* borrowed */
	kg_ner_cache *cache;    /* borrowed: the calling thread's caches, NULL: none */
	kg_map *known;          /* lower-cased tokens of confident names in this document -> kg_etype */
	rawm *m;                /* raw mentions */
	size_t n_m, cap_m;
	dent *e;                /* document entities */
	size_t n_e, cap_e;
	kg_map *ent_by_name;    /* entity name -> index */
	kg_strv titles;         /* titles made from the text ("infrastructure minister"), owned */
	unsigned *tlex;         /* lexicon flags of each token, computed on first use (TLEX_UNSET before) */
	struct tokcache *tc;    /* per-token memo of name, title and place tests (mention.c) */
	unit **units;           /* units of each sentence */
	size_t *n_units;        /* count per sentence */
	kg_facts *out;          /* borrowed: where the facts go */
	const kg_lang *lang;    /* borrowed: the learned language layer, NULL when off */
	kg_lang_ent *lents;     /* entities of the learned tagger in text order (owned), for typing votes */
	size_t n_lents;         /* how many */
	int lents_done;         /* 1 once lents is computed (on the first vote the document needs) */
} nctx;

#define TLEX_UNSET 0x80000000u

/* 1 when title ends with one of the NULL-terminated heads as whole words, case ignored ("Vice Chairman"
 * ends in "chairman"); 0 for a NULL title. */
int ner_title_ends_in(const char *title, const char *const *heads);
/* 1 when title (canonical) is an office of a company or other organisation, never a country's or a
 * person's: "CEO", "Vice Chairman", "chief executive", "founder"; 0 for a NULL title. */
int ner_company_title(const char *title);

/* mention.c */
int ner_units(nctx *c);                     /* recognises mentions and builds every sentence's units */
int ner_coref(nctx *c);                     /* groups raw mentions into document entities */
int ner_entity(nctx *c, const char *name, kg_etype type, int named); /* find or add; -1 on ENOMEM */
void ner_ctx_clear(nctx *c);
/* relate.c */
int ner_relations(nctx *c);                 /* finds relations and adds triples to c->out */

/* Lower-cases the token into buf (ASCII only, truncated to cap-1). */
void ner_lower(const kg_parsed *p, size_t t, char *buf, size_t cap);

#endif
