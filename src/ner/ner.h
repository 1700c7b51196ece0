/* ner.h: entity recognition, coreference and relation extraction for English news text. */
#ifndef KG_NER_H
#define KG_NER_H

#include "../core/core.h"
#include "../lex/lex.h"
#include "../text/text.h"

struct kg_lang;
/* Extracts the entities (with their in-document aliases and mention counts) and triples (with
 * evidence) of one document into out. lex and lang are borrowed; lang (the learned language layer,
 * NULL: none) votes on the type of names the rules can only guess from their shape; split gives the
 * sentence limit of the run (NULL: the default). */
int kg_news_extract(kg_facts *out, const kg_doc *doc, const kg_lex *lex, const struct kg_lang *lang,
		    const kg_split_opts *split, kg_error *err);

/* Reads CoNLL column files from in (first column the token, blank line between sentences,
 * -DOCSTART- lines) and writes each line with the predicted IOB2 tag (B-PER, I-ORG, B-LOC, O)
 * appended as a last column. source names in for errors. */
int kg_ner_conll(FILE *in, FILE *out, const char *source, const kg_lex *lex, kg_error *err);

#endif
