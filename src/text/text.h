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
	const char *format;/* the reader that made it: a name of kg_text_formats ("text", "html", ...) */
	char *title;       /* the headline of a web page or feed item, else NULL; text starts with it */
	size_t body;       /* offset in text where the body starts (after the headline and its break) */
	char *author;      /* from the page's metadata, else NULL */
	char *lang;        /* language the page declares, else NULL */
	char *date_source; /* where date came from: "meta", "json-ld", "time", "url", "feed", "warc"... */
	char *note;        /* how it was read, for a warning (a guessed character set), else NULL */
	size_t *src;       /* src[i] = offset in the input bytes (the page) of text byte i, src[len] = the
			    * input's length; NULL when text is the input itself */
} kg_doc;

/* Reading options. */
typedef struct kg_read_opts {
	int replace_invalid; /* 1: invalid UTF-8 bytes become U+FFFD with a warning; 0: the document is an error */
	size_t max_doc_bytes;/* larger documents are refused (0: no limit) */
	/* Hears of each warning (a guessed character set, skipped WARC records); NULL: none. */
	void (*on_warning)(const kg_error *err, void *ctx);
} kg_read_opts;
#define KG_READ_OPTS_INIT { 0, 0, NULL }

/* Makes a document from bytes (copied). Validates UTF-8: on invalid bytes returns KG_EUTF8 with
 * err giving the source and byte offset, unless opts->replace_invalid. Builds norm and map. */
/* Details: err->line is the line of the first bad byte, err->column its byte offset + 1, err->text
 * "invalid UTF-8 at byte N" followed by the likely fix: a binary file is named as such (kg_text_binary_kind),
 * UTF-16 and Latin-1 text get the iconv command that converts them and --replace-invalid. With replace_invalid each invalid byte becomes U+FFFD in text (counted
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
/* The offset in the input bytes (for a web page, its HTML) of byte text_offset of doc->text. */
size_t kg_doc_source(const kg_doc *doc, size_t text_offset);

/* ---- web inputs: HTML pages, RSS/Atom feeds, WARC archives (html.c, feed.c, warc.c, charset.c) ---- */

/* What the transport says of a page (a WARC record, a feed item); every field may be NULL. */
typedef struct kg_web_opts {
	const char *charset;     /* from an HTTP Content-Type header */
	const char *url;         /* the page's URL (WARC-Target-URI, the feed item's link) */
	const char *date;        /* a date to use when the page has none (WARC-Date, pubDate) */
	const char *date_source; /* what that date is: "warc", "feed" */
	const char *title;       /* a headline to use when the page has none (the feed item's title) */
} kg_web_opts;
#define KG_WEB_OPTS_INIT { NULL, NULL, NULL, NULL, NULL }

/* Reads the HTML page html[0..len) as a document: its character set from opts->charset, else
 * <meta charset>, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (with doc->note saying
 * so), converted to UTF-8 with iconv; parsed with libxml2's HTML parser (nesting is bounded by its
 * depth limit, so deep pages cost little); text = the headline, a blank line, then the main article
 * text (no script, style, navigation, header, footer, aside, forms, figures, link lists or blocks
 * whose class or id say furniture), paragraphs separated by blank lines. doc->src maps each byte of
 * text to the page's bytes (exact for text written without character references). Metadata: title,
 * url (canonical link, og:url, JSON-LD, else opts->url), author, date (article:published_time and
 * other meta dates, JSON-LD datePublished, <time datetime>, a date in the URL, else opts->date; as
 * YYYY-MM-DD) with date_source, lang. Returns 0, KG_ENOMEM or KG_ELIMIT/KG_EPARSE with err set. */
int kg_web_html_read(kg_doc **out, const char *id, const char *source, const char *html, size_t len,
		     const kg_web_opts *opts, kg_error *err);
/* Makes a web document: text = title (when not NULL or empty), "\n\n", then body[0..len); src maps
 * every byte to the input (body byte i to body_src[i], the title's bytes to body_src[0]); src_len is
 * the input's length. Same returns as kg_doc_new. */
int kg_web_doc_new(kg_doc **out, const char *id, const char *source, const char *title, const char *body,
		   size_t len, const size_t *body_src, size_t src_len, const kg_read_opts *opts, kg_error *err);
/* Sets doc->note from a format. Returns 0 or KG_ENOMEM. */
int kg_web_note(kg_doc *doc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Writes the ISO date (YYYY-MM-DD, or YYYY-MM) of s into iso: ISO 8601 ("2019-11-19T10:00Z") or RFC 822
 * ("Tue, 19 Nov 2019 10:00:00 GMT", "19 Nov 2019"). Returns 1, or 0 when s is no such date. */
int kg_web_date_iso(char iso[11], const char *s);
/* Finds "charset=NAME" in s[0..n) (a Content-Type value) and copies NAME into out. Returns 1 or 0. */
int kg_web_charset_param(char *out, size_t cap, const char *s, size_t n);
/* Finds the charset of a <meta charset> or <meta http-equiv content> tag in the first 16 KB of html. */
int kg_web_meta_charset(char *out, size_t cap, const char *html, size_t n);
/* Converts in[0..n) to UTF-8 (*out, NUL-terminated, *out_len bytes) with *map[i] the offset in in of
 * output byte i (*map[out_len] = n). The charset is a byte order mark's, else declared (WHATWG labels:
 * Latin-1 and ASCII read as Windows-1252), else UTF-8 when in is valid UTF-8, else Windows-1252
 * (*guessed = 1); an unknown declared one reads as UTF-8 or Windows-1252 (*guessed = 2). Undecodable
 * bytes become U+FFFD. used gets the charset used. Returns 0, KG_ENOMEM or KG_ELIMIT. */
int kg_web_to_utf8(char **out, size_t **map, size_t *out_len, const char *in, size_t n, const char *declared,
		   char *used, size_t used_cap, int *guessed);

struct kg_text_reader;
/* What the first n bytes of a file say it is when it is not text: "an ELF executable", "a PNG image",
 * "a PDF document", "a ZIP archive", ... (static); NULL when they do not match a known binary format. */
const char *kg_text_binary_kind(const char *head, size_t n);

/* Called for each document read; return < 0 to stop the walk. Takes ownership of doc. */
typedef int (*kg_doc_cb)(kg_doc *doc, void *ctx);
/* Called for each input problem (unreadable file, bad UTF-8, malformed JSON line); the walk goes on. */
typedef void (*kg_doc_err_cb)(const kg_error *err, void *ctx);

/* An input format kg reads: one row of kg_text_formats. */
typedef struct kg_text_format {
	const char *name;        /* "text", "jsonl", "triples", "html", "feed", "warc" */
	const char *description; /* one line for the manual and --help */
	/* 1 when the first n bytes of the input (decompressed), named path (may be NULL), are of this
	 * format; rows are tried in order and the last one ("text") takes anything. */
	int (*sniff)(const char *head, size_t n, const char *path);
	/* Reads the whole input bytes[0..len) named path (documents to the reader's callback); NULL for
	 * formats other modules read (triples). */
	int (*read)(struct kg_text_reader *r, const char *path, const char *id, const char *bytes, size_t len);
} kg_text_format;
/* The table of input formats, ending with a zeroed row. */
extern const kg_text_format kg_text_formats[];
/* The row whose sniff takes head[0..n) (named path, may be NULL); never NULL. */
const kg_text_format *kg_text_sniff(const char *head, size_t n, const char *path);

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
/* The one directory walker of kg. file is called for each regular file under dir (and each symbolic
 * link to one) with its path, its path under dir (rel) and its size; a negative return stops the walk
 * with that code. problem is told of each entry that cannot be opened or read and of directories
 * nested deeper than 64 levels, which are skipped; the walk goes on. */
typedef int (*kg_walk_file_cb)(const char *path, const char *rel, long long size, void *ctx);
typedef void (*kg_walk_problem_cb)(const kg_error *err, void *ctx);
/* Walks dir recursively, entries sorted by name; hidden entries and symbolic links to directories are
 * skipped. 0, KG_ENOMEM or file's negative code. */
int kg_text_walk(const char *dir, kg_walk_file_cb file, kg_walk_problem_cb problem, void *ctx);

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

/* 1 unless text[0..n) reads as another language than English: more than twice as many function
 * words of German, Dutch, French, Spanish, Portuguese, Italian or Indonesian as of English (ten at
 * least), or more letters of other scripts than Latin ones. Short or mixed texts count as English. */
int kg_text_looks_english(const char *text, size_t n);
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
