/* text_internal.h: helpers shared by the tokenizer, the sentence splitter and the furniture detector. */
#ifndef KG_TEXT_INTERNAL_H
#define KG_TEXT_INTERNAL_H

#include "text.h"

/* How an abbreviation ending in '.' behaves at a possible sentence end. */
enum {
	KG_ABBR_NONE = 0,  /* not an abbreviation */
	KG_ABBR_NEVER,     /* never ends a sentence: titles (Mr., Gen., St.), months (Jan.), e.g., vs. */
	KG_ABBR_NUMBER,    /* an abbreviation only before a number (No. 10, Art. 5); never ends a sentence */
	KG_ABBR_INITIAL,   /* a single capital and '.' (J.): ends one only before a sentence starter word */
	KG_ABBR_ENDABLE    /* may end one when a sentence starter word follows (U.S., Inc., a.m., etc.) */
};

/* The class of the abbreviation token s[0..n) (with or without its final '.'). */
int kg_text_abbrev_class(const char *s, size_t n);

/* Tokenises s[0..n) into *tokens (a new array, caller frees) and *n_tokens. */
int kg_text_tokenize(kg_token **tokens, size_t *n_tokens, const char *s, size_t n);

/* 1 when the capitalised word s[0..n) usually starts a sentence ("The", "He", "But", "In"...). */
int kg_text_is_starter(const char *s, size_t n);

/* Flags web-page furniture sentences of p (bylines, share buttons, footers, author bios). */
void kg_text_mark_furniture(kg_parsed *p);

/* Decodes the UTF-8 sequence at s (avail bytes); *len gets its length (1 for a stray byte). */
unsigned kg_text_decode(const unsigned char *s, size_t avail, size_t *len);

#endif
