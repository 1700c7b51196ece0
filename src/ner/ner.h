/* ner.h: entity recognition, coreference and relation extraction for English news text. */
#ifndef KG_NER_H
#define KG_NER_H

#include "../core/core.h"
#include "../lex/lex.h"
#include "../text/text.h"

struct kg_lang;

/* The caches of one extraction thread, kept from one document to the next (the verb lemma of every
 * word form it has looked up). Each thread has its own, so that threads never wait for each other;
 * never share one between threads. */
typedef struct kg_ner_cache kg_ner_cache;
int kg_ner_cache_new(kg_ner_cache **out);
void kg_ner_cache_free(kg_ner_cache *cache);

/* What kg_news_extract works with besides the document: the run's shared, read-only parts (borrowed)
 * and the calling thread's caches. */
typedef struct kg_news_env {
	const kg_lex *lex;          /* the run's lexicons (required) */
	const struct kg_lang *lang; /* the learned language layer, which votes on the type of names the
				     * rules can only guess from their shape; NULL: none */
	const kg_split_opts *split; /* the run's sentence limit; NULL: the default */
	kg_ner_cache *cache;        /* the calling thread's caches; NULL: none (the same facts, slower) */
} kg_news_env;

/* Extracts the entities (with their in-document aliases and mention counts) and triples (with
 * evidence) of one document into out. */
int kg_news_extract(kg_facts *out, const kg_doc *doc, const kg_news_env *env, kg_error *err);

/* Reads CoNLL column files from in (first column the token, blank line between sentences,
 * -DOCSTART- lines) and writes each line with the predicted IOB2 tag (B-PER, I-ORG, B-LOC, O)
 * appended as a last column. source names in for errors. */
int kg_ner_conll(FILE *in, FILE *out, const char *source, const kg_lex *lex, kg_error *err);

#endif
