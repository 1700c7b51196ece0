/* charset.c: finds the character set of a web document and converts it to UTF-8 with iconv, keeping
 * for every output byte the offset of the input byte it came from. */
#include "text_internal.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Labels that name an encoding kg reads without conversion or under another name (WHATWG labels:
 * Latin-1 and ASCII labels mean Windows-1252, as in browsers). */
typedef struct charset_alias {
	const char *label; /* as written in the page, compared ignoring case */
	const char *name;  /* the iconv name */
} charset_alias;

static const charset_alias charset_aliases[] = {
	{ "utf-8", "UTF-8" }, { "utf8", "UTF-8" }, { "unicode-1-1-utf-8", "UTF-8" },
	{ "us-ascii", "WINDOWS-1252" }, { "ascii", "WINDOWS-1252" }, { "iso-8859-1", "WINDOWS-1252" },
	{ "iso8859-1", "WINDOWS-1252" }, { "latin1", "WINDOWS-1252" }, { "l1", "WINDOWS-1252" },
	{ "cp1252", "WINDOWS-1252" }, { "windows-1252", "WINDOWS-1252" }, { "x-cp1252", "WINDOWS-1252" },
	{ "iso_8859-1", "WINDOWS-1252" }, { "cp819", "WINDOWS-1252" }, { "ibm819", "WINDOWS-1252" },
	{ "utf-16", "UTF-16LE" }, { "utf-16le", "UTF-16LE" }, { "utf-16be", "UTF-16BE" },
	{ "x-sjis", "SHIFT_JIS" }, { "gb2312", "GBK" }, { "x-gbk", "GBK" },
};

/* 1 when c may be part of a charset label. */
static int label_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
	       c == '_' || c == '.' || c == ':';
}

/* Case-insensitive search of needle in s[0..n); returns its offset or n. */
static size_t find_ci(const char *s, size_t n, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k <= n; i++)
		if ((s[i] | 0x20) == (needle[0] | 0x20) && strncasecmp(s + i, needle, k) == 0)
			return i;
	return n;
}

int kg_web_charset_param(char *out, size_t cap, const char *s, size_t n)
{
	size_t i = find_ci(s, n, "charset"), k = 0;

	if (!cap)
		return 0;
	out[0] = '\0';
	if (i == n)
		return 0;
	i += 7;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i >= n || s[i] != '=')
		return 0;
	i++;
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '"' || s[i] == '\''))
		i++;
	while (i < n && label_char((unsigned char)s[i]) && k + 1 < cap)
		out[k++] = s[i++];
	out[k] = '\0';
	return k > 0;
}

int kg_web_meta_charset(char *out, size_t cap, const char *html, size_t n)
{
	size_t lim = n < 16384 ? n : 16384, i = 0;

	while (i < lim) {
		size_t at = find_ci(html + i, lim - i, "<meta");
		size_t end;

		if (at == lim - i)
			break;
		at += i;
		for (end = at; end < lim && html[end] != '>'; end++)
			;
		if (kg_web_charset_param(out, cap, html + at, end - at))
			return 1;
		i = end;
	}
	if (cap)
		out[0] = '\0';
	return 0;
}

/* The iconv name of label, or label itself when it has no alias. */
static const char *iconv_name(const char *label)
{
	for (size_t i = 0; i < sizeof(charset_aliases) / sizeof(charset_aliases[0]); i++)
		if (strcasecmp(label, charset_aliases[i].label) == 0)
			return charset_aliases[i].name;
	return label;
}

/* Appends the UTF-8 replacement character for input byte at. */
static void put_fffd(char *out, size_t *map, size_t *o, size_t at)
{
	memcpy(out + *o, "\xEF\xBF\xBD", 3);
	for (int k = 0; k < 3; k++)
		map[*o + (size_t)k] = at;
	*o += 3;
}

/* Copies UTF-8 in[0..n) to out, replacing each invalid byte by U+FFFD; map as for kg_web_to_utf8. */
static void copy_utf8(char *out, size_t *map, size_t *olen, const char *in, size_t n)
{
	size_t i = 0, o = 0;

	while (i < n) {
		size_t run = kg_utf8_valid_prefix(in + i, n - i);

		memcpy(out + o, in + i, run);
		for (size_t k = 0; k < run; k++)
			map[o + k] = i + k;
		o += run;
		i += run;
		if (i < n)
			put_fffd(out, map, &o, i++);
	}
	*olen = o;
}

/* Converts in[0..n) from charset (an iconv name) one character at a time, so that each output byte
 * knows its input byte. Returns 0, KG_ENOMEM or KG_ENOTFOUND (iconv does not know charset). */
static int convert(char *out, size_t *map, size_t *olen, const char *in, size_t n, const char *charset)
{
	iconv_t cd = iconv_open("UTF-8", charset);
	size_t i = 0, o = 0;

	if (cd == (iconv_t)-1)
		return KG_ENOTFOUND;
	while (i < n) {
		size_t take, done = 0;

		for (take = 1; take <= 6 && i + take <= n; take++) {
			char *ip = (char *)in + i, *op = out + o;
			size_t il = take, ol = 24;

			if (iconv(cd, &ip, &il, &op, &ol) != (size_t)-1) {
				size_t made = (size_t)(op - (out + o));

				for (size_t k = 0; k < made; k++)
					map[o + k] = i;
				o += made;
				i += take;
				done = 1;
				break;
			}
			iconv(cd, NULL, NULL, NULL, NULL);
			if (errno != EINVAL)
				break;
		}
		if (!done)
			put_fffd(out, map, &o, i++);
	}
	iconv_close(cd);
	*olen = o;
	return KG_OK;
}

/* 1 when every byte of s[0..n) is ASCII. */
static int all_ascii(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] >= 0x80)
			return 0;
	return 1;
}

int kg_web_to_utf8(char **out, size_t **map, size_t *out_len, const char *in, size_t n, const char *declared,
		   char *used, size_t used_cap, int *guessed)
{
	const char *name = NULL;
	char *buf = NULL;
	size_t *m = NULL, o = 0;
	int rc = KG_OK;

	*out = NULL;
	*map = NULL;
	*out_len = 0;
	*guessed = 0;
	if (n >= 3 && memcmp(in, "\xEF\xBB\xBF", 3) == 0)
		name = "UTF-8";
	else if (n >= 2 && memcmp(in, "\xFF\xFE", 2) == 0)
		name = "UTF-16LE";
	else if (n >= 2 && memcmp(in, "\xFE\xFF", 2) == 0)
		name = "UTF-16BE";
	else if (declared && *declared)
		name = iconv_name(declared);
	if (!name) {
		if (kg_utf8_valid_prefix(in, n) == n) {
			name = "UTF-8";
		} else {
			name = "WINDOWS-1252";
			*guessed = 1;
		}
	}
	/* UTF-8 can grow 3 bytes per byte (replacements); UTF-16 at most 1.5 per byte; single bytes 3 */
	if (n > ((size_t)-1 / sizeof(size_t) - 8) / 3)
		return KG_ELIMIT;
	buf = malloc(3 * n + 8);
	m = malloc((3 * n + 8) * sizeof(*m));
	if (!buf || !m) {
		rc = KG_ENOMEM;
		goto done;
	}
	if (strcasecmp(name, "UTF-8") == 0 || (strncasecmp(name, "UTF-16", 6) != 0 && all_ascii(in, n))) {
		copy_utf8(buf, m, &o, in, n);
	} else if ((rc = convert(buf, m, &o, in, n, name)) == KG_ENOTFOUND) {
		/* a charset iconv does not know: read as UTF-8 when it is, else as Windows-1252 */
		*guessed = 2;
		if (kg_utf8_valid_prefix(in, n) == n) {
			name = "UTF-8";
			copy_utf8(buf, m, &o, in, n);
		} else {
			name = "WINDOWS-1252";
			rc = convert(buf, m, &o, in, n, name);
		}
	}
	if (rc < 0)
		goto done;
	buf[o] = '\0';
	m[o] = n;
	*out = buf;
	*map = m;
	*out_len = o;
	buf = NULL;
	m = NULL;
done:
	if (used && used_cap)
		snprintf(used, used_cap, "%s", name);
	free(buf);
	free(m);
	return rc;
}
