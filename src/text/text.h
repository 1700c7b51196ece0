/* text.h: reading news documents (files, directories, stdin, JSON Lines) and splitting them into
 * sentences and tokens whose byte offsets point into the original bytes. */
#ifndef KG_TEXT_H
#define KG_TEXT_H

#include "../core/core.h"

/* One document as read: original bytes plus a normalised copy for matching. */
typedef struct kg_doc {
	char *id;      /* document id: the file's base name, or the JSON Lines "id" */
	char *source;  /* file path or "-"; for JSONL "path:line" */
	char *date;    /* from JSON Lines "date", else NULL */
	char *url;     /* from JSON Lines "url", else NULL */
	char *text;    /* original bytes, NUL-terminated */
	size_t len;    /* bytes in text */
	char *norm;    /* normalised text: curly quotes -> ' or ", dashes -> '-', NBSP -> ' ', CRLF -> "\n" */
	size_t norm_len;
	size_t *map;   /* map[i] = offset in text of byte i of norm; map[norm_len] = len */
	size_t n_replaced; /* invalid UTF-8 bytes replaced by U+FFFD (only with replace_invalid) */
} kg_doc;

/* Reading options. */
typedef struct kg_read_opts {
	int replace_invalid; /* 1: invalid UTF-8 bytes become U+FFFD with a warning; 0: the document is an error */
	size_t max_doc_bytes;/* larger documents are refused (0: no limit) */
} kg_read_opts;

/* Makes a document from bytes (copied). Validates UTF-8: on invalid bytes returns KG_EUTF8 with
 * err giving the source and byte offset, unless opts->replace_invalid. Builds norm and map. */
/* Details: err->line is the line of the first bad byte, err->column its byte offset + 1, err->text
 * "invalid UTF-8 at byte N". With replace_invalid each invalid byte becomes U+FFFD in text (counted
 * in n_replaced; the caller may warn). opts may be NULL. Over opts->max_doc_bytes: KG_ELIMIT.
 * norm: U+2018-U+201B, U+2032, U+2039, U+203A, U+02BC -> '; U+201C-U+201F, U+2033, U+00AB, U+00BB -> ";
 * U+2010-U+2013, U+2212 -> '-'; em dash U+2014 and U+2015 -> " - " (never joins two words); U+00A0 and
 * other Unicode spaces -> ' '; U+2028, U+2029, U+0085 -> '\n'; zero-width characters U+200B-U+200F,
 * U+2060, soft hyphen, BOM dropped; CR LF and lone CR -> '\n' (mapped to the CR, so spans end before
 * it); NUL -> ' '; ellipsis U+2026 -> "..."; bullets U+2022, U+2023, U+2043, U+25CF -> '*'.
 * norm is never longer than text; map is non-decreasing. */
int kg_doc_new(kg_doc **out, const char *id, const char *source, const char *bytes, size_t len,
	       const kg_read_opts *opts, kg_error *err);
void kg_doc_free(kg_doc *doc);

/* Called for each document read; return < 0 to stop the walk. Takes ownership of doc. */
typedef int (*kg_doc_cb)(kg_doc *doc, void *ctx);
/* Called for each input problem (unreadable file, bad UTF-8, malformed JSON line); the walk goes on. */
typedef void (*kg_doc_err_cb)(const kg_error *err, void *ctx);

/* Reads every document under path: a file (plain text; ".jsonl"/".ndjson" as JSON Lines documents
 * {"id","text","date","url"}), a directory (recursive, sorted by name, hidden files skipped), or "-"
 * for stdin (JSON Lines when the first non-blank byte is '{'). Returns 0, or the first negative code of
 * cb; per-document problems go to on_err and count in *n_errors (may be NULL). */
/* Details: a missing or unreadable path (the root too) is such a problem, not a return code; only
 * KG_ENOMEM, KG_EINVAL (NULL path or cb) or cb's code are returned. Ids in a directory walk are base
 * names, or the path relative to the root when an earlier file had the same base name; JSON Lines
 * documents use "id" (string or integer) or "SOURCE:LINE", and their source is "PATH:LINE". Every
 * regular file is read (symbolic links to files too, not to directories), at most 64 levels deep.
 * An empty file is a document with no sentences. With opts->max_doc_bytes, a larger file is refused
 * unread, a plain document from a pipe, a device or stdin is read no further than the limit and
 * refused, and a JSON Lines line over the limit is skipped without being held in memory (each is a
 * problem reported, the reading goes on). */
int kg_text_read_path(const char *path, const kg_read_opts *opts, kg_doc_cb cb, kg_doc_err_cb on_err,
		      void *ctx, size_t *n_errors);
/* Reads one line of fp, without its '\n', into *line (grown as needed, *cap its size; NUL-terminated
 * and possibly holding NUL bytes): at most max bytes of it are kept (0: no limit) and the rest is read
 * and dropped, so that a line without end cannot fill memory. *len gets the length of the whole line,
 * so *len > max says it was cut. Returns 1 for a line ended by '\n', 2 for a last line without one,
 * 0 at the end of fp, KG_ENOMEM or KG_EIO. */
int kg_text_read_line(char **line, size_t *cap, size_t *len, size_t max, FILE *fp);

/* Token flags. */
enum {
	KG_TOK_WORD = 1 << 0,     /* letters (maybe with digits, hyphens, inner apostrophes or dots), URL, e-mail */
	KG_TOK_NUM = 1 << 1,      /* starts with a digit */
	KG_TOK_PUNCT = 1 << 2,    /* punctuation, one token per mark ("'s" is a word, not punct) */
	KG_TOK_CAP = 1 << 3,      /* first letter upper-case */
	KG_TOK_UPPER = 1 << 4,    /* every letter upper-case, at least two letters ("NATO", "U.S.") */
	KG_TOK_SENT_START = 1 << 5,/* first token of its sentence */
	KG_TOK_ABBREV = 1 << 6,   /* ends in '.' that is part of it (U.S., Mr., Gen., J.) */
	KG_TOK_POSS = 1 << 7,     /* the possessive "'s" or "'" split off a word */
	KG_TOK_QUOTE = 1 << 8,    /* a quotation mark */
	KG_TOK_SPACE_BEFORE = 1 << 9, /* white space precedes it */
	KG_TOK_NEWLINE_BEFORE = 1 << 10 /* a line break precedes it */
};

/* A token: a span of the normalised text. */
typedef struct kg_token {
	size_t start;   /* byte offset in doc->norm */
	size_t end;     /* one past */
	unsigned flags; /* KG_TOK_* */
} kg_token;

/* A sentence: a run of tokens. */
typedef struct kg_sentence {
	size_t first;     /* index of its first token */
	size_t count;     /* number of tokens */
	size_t start;     /* byte offset in doc->norm of its first byte */
	size_t end;       /* one past its last byte in doc->norm */
	int furniture;    /* 1: web-page furniture (byline, "Related Articles", footer), not to be mined */
	int headline;     /* 1: a line with no final punctuation (headline, dateline) */
} kg_sentence;

/* A document split into sentences and tokens. */
typedef struct kg_parsed {
	const kg_doc *doc;     /* borrowed: must outlive this */
	kg_token *tokens;      /* all tokens in order */
	size_t n_tokens;
	kg_sentence *sents;    /* sentences in order */
	size_t n_sents;
} kg_parsed;

/* Splitting limits (0: defaults). */
typedef struct kg_split_opts {
	size_t max_sentence_tokens; /* a longer sentence is cut into pieces of this size (default 400) */
} kg_split_opts;

/* Tokenises doc->norm and splits it into sentences. The splitter knows abbreviations and initials
 * (U.S., U.K., Mr., Gen., St., Jan., "Antony J. Blinken"), quotations, and lines with no final stop
 * (headlines, datelines end at the line break). Paragraph breaks (newline) always end a sentence. */
/* Details: runs in time linear in doc->norm_len. "U.S."-style tokens, "Inc.", "a.m." and initials end
 * a sentence only before a usual sentence opener ("The", "He", "But"...); titles and months never do.
 * headline is set on a whole line of at most 40 tokens without a final . ! ? : ; (closing quotes
 * aside). Returns KG_ENOMEM or KG_EINVAL (doc NULL). */
int kg_text_parse(kg_parsed **out, const kg_doc *doc, const kg_split_opts *opts);
/* Sets the sentence length kg_text_parse uses when opts is NULL or its max_sentence_tokens is 0 (n 0:
 * back to the default of 400) and returns the previous setting (0 for the default). Process-wide: the
 * news extractor sets it for the length of a run, since the recogniser parses with NULL opts. */
size_t kg_text_set_max_sentence_tokens(size_t n);
void kg_parsed_free(kg_parsed *p);

/* Token text helpers: pointer into doc->norm and length. */
static inline const char *kg_tok_str(const kg_parsed *p, size_t i) { return p->doc->norm + p->tokens[i].start; }
static inline size_t kg_tok_len(const kg_parsed *p, size_t i) { return p->tokens[i].end - p->tokens[i].start; }
/* 1 when token i equals s exactly (case-sensitive) / ignoring ASCII case. */
int kg_tok_is(const kg_parsed *p, size_t i, const char *s);
int kg_tok_ieq(const kg_parsed *p, size_t i, const char *s);
/* Original byte offsets of a norm span. */
size_t kg_doc_orig(const kg_doc *doc, size_t norm_offset);

#endif
