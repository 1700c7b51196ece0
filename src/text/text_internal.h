/* text_internal.h: helpers shared by the tokenizer, the sentence splitter and the furniture detector. */
#ifndef KG_TEXT_INTERNAL_H
#define KG_TEXT_INTERNAL_H

#include "text.h"

#include <zlib.h>

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

/* State of one kg_text_read_path call (read.c), which the readers of the format table share. */
struct kg_text_reader {
	const kg_read_opts *opts; /* reading options, may be NULL */
	kg_doc_cb cb;             /* takes each document */
	kg_doc_err_cb on_err;     /* hears of each problem, may be NULL */
	void *ctx;                /* passed to both */
	size_t n_errors;          /* problems reported so far */
	kg_map *ids;              /* base names already used as ids in a directory walk */
};
typedef struct kg_text_reader kg_text_reader;

/* Counts and passes on one problem of the input (read.c). */
void kg_text_report(kg_text_reader *r, const kg_error *err);
/* Passes on one warning (not counted as a problem). */
void kg_text_warn(kg_text_reader *r, const kg_error *err);
/* Hands over a document a web reader made (doc->note passed on as a warning), or reports why it could
 * not be made (rc < 0, err). Returns 0, or KG_ENOMEM or the callback's code, which stop the reading. */
int kg_text_deliver_web(kg_text_reader *r, kg_doc *doc, int rc, const kg_error *err);
/* The readers of feeds (feed.c) and web archives (warc.c): rows of kg_text_formats. */
int kg_text_read_feed(kg_text_reader *r, const char *path, const char *id, const char *bytes, size_t len);
int kg_text_read_warc(kg_text_reader *r, const char *path, const char *id, const char *bytes, size_t len);
/* Reads a WARC archive from gz record by record, after the n bytes of head already read from it. */
int kg_text_warc_stream(kg_text_reader *r, const char *path, gzFile gz, const char *head, size_t n);

#endif
