/* doc.c: a document's original bytes, UTF-8 checking and repair, and the normalised copy used for matching. */
#include "text_internal.h"

#include <stdlib.h>
#include <string.h>

/* One normalisation rule: code points lo..hi become to ("" drops them). */
typedef struct norm_rule {
	unsigned lo;    /* first code point */
	unsigned hi;    /* last code point */
	const char *to; /* replacement, never longer than the shortest UTF-8 form of lo..hi */
} norm_rule;

/* Sorted by lo, no overlaps (looked up by binary search). */
static const norm_rule norm_rules[] = {
	{0x0085, 0x0085, "\n"},   /* next line */
	{0x00A0, 0x00A0, " "},    /* no-break space */
	{0x00AB, 0x00AB, "\""},   /* « */
	{0x00AD, 0x00AD, ""},     /* soft hyphen */
	{0x00BB, 0x00BB, "\""},   /* » */
	{0x02BC, 0x02BC, "'"},    /* modifier letter apostrophe */
	{0x1680, 0x1680, " "},    /* ogham space */
	{0x2000, 0x200A, " "},    /* en quad .. hair space */
	{0x200B, 0x200F, ""},     /* zero-width space, non-joiner, joiner, LRM, RLM */
	{0x2010, 0x2013, "-"},    /* hyphen, non-breaking hyphen, figure dash, en dash */
	{0x2014, 0x2015, " - "},  /* em dash, horizontal bar: parenthetical, never joins words */
	{0x2018, 0x201B, "'"},    /* ‘ ’ ‚ ‛ */
	{0x201C, 0x201F, "\""},   /* “ ” „ ‟ */
	{0x2022, 0x2023, "*"},    /* bullets */
	{0x2026, 0x2026, "..."},  /* ellipsis */
	{0x2028, 0x2029, "\n"},   /* line and paragraph separators */
	{0x202F, 0x202F, " "},    /* narrow no-break space */
	{0x2032, 0x2032, "'"},    /* prime */
	{0x2033, 0x2033, "\""},   /* double prime */
	{0x2039, 0x203A, "'"},    /* ‹ › */
	{0x2043, 0x2043, "*"},    /* hyphen bullet */
	{0x205F, 0x205F, " "},    /* medium mathematical space */
	{0x2060, 0x2060, ""},     /* word joiner */
	{0x2212, 0x2212, "-"},    /* minus sign */
	{0x25CF, 0x25CF, "*"},    /* black circle used as a bullet */
	{0x3000, 0x3000, " "},    /* ideographic space */
	{0xFEFF, 0xFEFF, ""},     /* byte order mark, zero-width no-break space */
};

/* The rule covering cp, or NULL. */
static const norm_rule *norm_lookup(unsigned cp)
{
	size_t lo = 0, hi = sizeof(norm_rules) / sizeof(norm_rules[0]);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (cp < norm_rules[mid].lo)
			hi = mid;
		else if (cp > norm_rules[mid].hi)
			lo = mid + 1;
		else
			return &norm_rules[mid];
	}
	return NULL;
}

/* A binary format recognised by its first bytes. */
typedef struct binary_magic {
	const char *magic; /* the first bytes */
	size_t len;        /* how many */
	const char *kind;  /* what it is, for messages */
} binary_magic;

static const binary_magic binary_magics[] = {
	{ "\x7f" "ELF", 4, "an ELF executable" }, { "\x89PNG", 4, "a PNG image" }, { "GIF8", 4, "a GIF image" },
	{ "\xff\xd8\xff", 3, "a JPEG image" }, { "%PDF", 4, "a PDF document" }, { "PK\x03\x04", 4, "a ZIP archive (or office document)" },
	{ "\x1f\x8b", 2, "a gzip archive" }, { "BZh", 3, "a bzip2 archive" }, { "\xfd" "7zXZ", 5, "an xz archive" },
	{ "\x28\xb5\x2f\xfd", 4, "a zstd archive" }, { "SQLite format 3", 15, "an SQLite database" },
	{ "RIFF", 4, "a RIFF media file" }, { "\xd0\xcf\x11\xe0", 4, "an old Microsoft Office document" },
	{ "MZ", 2, "a Windows executable" }, { "\xca\xfe\xba\xbe", 4, "a Java class or Mach-O file" },
};

const char *kg_text_binary_kind(const char *head, size_t n)
{
	for (size_t i = 0; head && i < sizeof(binary_magics) / sizeof(binary_magics[0]); i++)
		if (n >= binary_magics[i].len && memcmp(head, binary_magics[i].magic, binary_magics[i].len) == 0)
			return binary_magics[i].kind;
	return NULL;
}

/* 1 when bytes[0..len) looks like UTF-16: a byte order mark, or NUL in every other byte of its start. */
static int looks_utf16(const unsigned char *b, size_t len)
{
	size_t n = len < 64 ? len : 64, zeros[2] = { 0, 0 };

	if (len >= 2 && ((b[0] == 0xff && b[1] == 0xfe) || (b[0] == 0xfe && b[1] == 0xff)))
		return 1;
	for (size_t i = 0; i < n; i++)
		zeros[i % 2] += b[i] == 0;
	return n >= 8 && (zeros[0] * 4 >= n * 3 / 2 || zeros[1] * 4 >= n * 3 / 2);
}

/* Sets err for bytes whose first invalid UTF-8 byte is at valid, with the likely fix. */
static void unreadable(kg_error *err, const char *source, const char *bytes, size_t len, size_t valid)
{
	const char *kind = kg_text_binary_kind(bytes, len);
	long line = 1;

	for (size_t i = 0; i < valid; i++)
		line += bytes[i] == '\n';
	if (kind)
		kg_error_set(err, source, 0, 0, "%s, not text: kg reads UTF-8 news text and triples; leave it out", kind);
	else if (looks_utf16((const unsigned char *)bytes, len))
		kg_error_set(err, source, line, (long)valid + 1, "invalid UTF-8 at byte %zu: UTF-16 text; convert it "
			     "with iconv -f UTF-16 -t UTF-8 (or read it with --replace-invalid)", valid);
	else
		kg_error_set(err, source, line, (long)valid + 1, "invalid UTF-8 at byte %zu: Latin-1 or Windows-1252 "
			     "text? convert it with iconv -f WINDOWS-1252 -t UTF-8, or read it with --replace-invalid "
			     "(bad bytes become U+FFFD)", valid);
}

/* Copies bytes into doc->text, replacing each invalid byte by U+FFFD when replace, else failing with
 * KG_EUTF8 and err at the first invalid byte, or at the start of a known binary format. */
static int copy_text(kg_doc *doc, const char *bytes, size_t len, int replace, kg_error *err)
{
	size_t valid = kg_utf8_valid_prefix(bytes, len);
	size_t bad = 0, i, o;

	if (!replace && (valid < len || kg_text_binary_kind(bytes, len))) {
		unreadable(err, doc->source, bytes, len, valid);
		return KG_EUTF8;
	}
	for (i = valid; i < len;) {
		bad++;
		i++;
		i += kg_utf8_valid_prefix(bytes + i, len - i);
	}
	if (bad > (((size_t)-1) - len - 1) / 2) {
		kg_error_set(err, doc->source, 0, 0, "document too large");
		return KG_ELIMIT;
	}
	doc->text = malloc(len + 2 * bad + 1);
	if (!doc->text) {
		kg_error_set(err, doc->source, 0, 0, "out of memory for a document of %zu bytes", len);
		return KG_ENOMEM;
	}
	memcpy(doc->text, bytes, valid);
	for (i = valid, o = valid; i < len;) {
		size_t run;

		memcpy(doc->text + o, "\xEF\xBF\xBD", 3);
		o += 3;
		i++;
		run = kg_utf8_valid_prefix(bytes + i, len - i);
		memcpy(doc->text + o, bytes + i, run);
		o += run;
		i += run;
	}
	doc->text[o] = '\0';
	doc->len = o;
	doc->n_replaced = bad;
	return KG_OK;
}

/* Builds doc->norm and doc->map from doc->text (valid UTF-8). Every rule shrinks or keeps length, so
 * norm never outgrows text. */
static int normalise(kg_doc *doc, kg_error *err)
{
	const unsigned char *s = (const unsigned char *)doc->text;
	size_t n = doc->len, i = 0, o = 0;
	char *out;
	size_t *map;

	doc->norm = out = malloc(n + 1);
	doc->map = map = malloc((n + 1) * sizeof(*map));
	if (!out || !map) {
		kg_error_set(err, doc->source, 0, 0, "out of memory for a document of %zu bytes", n);
		return KG_ENOMEM;
	}
	while (i < n) {
		unsigned c = s[i];
		const norm_rule *r;
		size_t len;
		unsigned cp;

		if (c >= 0x20 && c < 0x80) {
			out[o] = (char)c;
			map[o++] = i++;
			continue;
		}
		if (c < 0x80) {
			if (c == '\r') {
				/* CR LF and lone CR become one LF, mapped to the CR so spans end before it */
				out[o] = '\n';
				map[o++] = i++;
				if (i < n && s[i] == '\n')
					i++;
			} else {
				out[o] = c == 0 ? ' ' : (char)c;
				map[o++] = i++;
			}
			continue;
		}
		cp = kg_text_decode(s + i, n - i, &len);
		r = norm_lookup(cp);
		if (r) {
			/* a trailing space of the replacement maps past the character, so that
			 * the mark before it keeps a non-empty span */
			for (const char *t = r->to; *t; t++) {
				out[o] = *t;
				map[o++] = (*t == ' ' && t != r->to && !t[1]) ? i + len : i;
			}
		} else {
			for (size_t k = 0; k < len; k++) {
				out[o] = (char)s[i + k];
				map[o++] = i + k;
			}
		}
		i += len;
	}
	out[o] = '\0';
	map[o] = n;
	doc->norm_len = o;
	return KG_OK;
}

int kg_doc_new(kg_doc **out, const char *id, const char *source, const char *bytes, size_t len,
	       const kg_read_opts *opts, kg_error *err)
{
	kg_doc *doc = NULL;
	int rc = KG_OK;

	*out = NULL;
	if (!bytes && len) {
		kg_error_set(err, source, 0, 0, "no bytes given");
		return KG_EINVAL;
	}
	doc = calloc(1, sizeof(*doc));
	if (!doc) {
		kg_error_set(err, source, 0, 0, "out of memory");
		return KG_ENOMEM;
	}
	doc->format = "text";
	doc->id = kg_strdup(id ? id : (source ? source : ""));
	doc->source = kg_strdup(source ? source : (id ? id : ""));
	if (!doc->id || !doc->source) {
		kg_error_set(err, source, 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	if (opts && opts->max_doc_bytes && len > opts->max_doc_bytes) {
		kg_error_set(err, doc->source, 0, 0, "document of %zu bytes is over the limit of %zu bytes", len,
			     opts->max_doc_bytes);
		rc = KG_ELIMIT;
		goto done;
	}
	rc = copy_text(doc, bytes ? bytes : "", len, opts && opts->replace_invalid, err);
	if (rc < 0)
		goto done;
	rc = normalise(doc, err);
	if (rc < 0)
		goto done;
	*out = doc;
	doc = NULL;
done:
	kg_doc_free(doc);
	return rc;
}

void kg_doc_free(kg_doc *doc)
{
	if (!doc)
		return;
	free(doc->id);
	free(doc->source);
	free(doc->date);
	free(doc->url);
	free(doc->text);
	free(doc->norm);
	free(doc->map);
	free(doc->title);
	free(doc->author);
	free(doc->lang);
	free(doc->date_source);
	free(doc->note);
	free(doc->src);
	free(doc);
}

size_t kg_doc_orig(const kg_doc *doc, size_t norm_offset)
{
	if (norm_offset >= doc->norm_len)
		return doc->len;
	return doc->map[norm_offset];
}

size_t kg_doc_source(const kg_doc *doc, size_t text_offset)
{
	if (text_offset > doc->len)
		text_offset = doc->len;
	return doc->src ? doc->src[text_offset] : text_offset;
}
