/* web.c: what the web readers share: making a document of a headline and a body mapped to the input's
 * bytes, notes on how a document was read, and dates in ISO 8601 or RFC 822 form. */
#include "text_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int kg_web_doc_new(kg_doc **out, const char *id, const char *source, const char *title, const char *body,
		   size_t len, const size_t *body_src, size_t src_len, const kg_read_opts *opts, kg_error *err)
{
	size_t tl = title ? strlen(title) : 0, head = tl ? tl + 2 : 0, n = head + len, first;
	char *text = malloc(n + 1);
	size_t *src = malloc((n + 1) * sizeof(*src));
	kg_doc *doc = NULL;
	int rc;

	*out = NULL;
	if (!text || !src) {
		kg_error_set(err, source, 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	first = len && body_src ? body_src[0] : 0;
	if (tl) {
		memcpy(text, title, tl);
		memcpy(text + tl, "\n\n", 2);
	}
	memcpy(text + head, body, len);
	text[n] = '\0';
	for (size_t i = 0; i < head; i++)
		src[i] = first;
	for (size_t i = 0; i < len; i++)
		src[head + i] = body_src ? body_src[i] : 0;
	src[n] = src_len;
	/* the text is valid UTF-8 already (the readers convert it), so the offsets stay as they are */
	if ((rc = kg_doc_new(&doc, id, source, text, n, opts, err)) < 0)
		goto done;
	if (doc->len != n) {
		/* invalid bytes were replaced: the map no longer fits; keep the start of each */
		free(src);
		src = NULL;
	}
	doc->src = src;
	src = NULL;
	doc->body = head;
	if (tl && !(doc->title = kg_strdup(title))) {
		kg_error_set(err, source, 0, 0, "out of memory");
		rc = KG_ENOMEM;
		goto done;
	}
	*out = doc;
	doc = NULL;
done:
	kg_doc_free(doc);
	free(text);
	free(src);
	return rc;
}

int kg_web_note(kg_doc *doc, const char *fmt, ...)
{
	char buf[400];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	free(doc->note);
	doc->note = kg_strdup(buf);
	return doc->note ? KG_OK : KG_ENOMEM;
}

/* Month names of RFC 822 dates. */
static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
};

/* Writes y-m-d into iso when it is a plausible date. */
static int put_date(char iso[11], int y, int m, int d)
{
	if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 0 || d > 31)
		return 0;
	if (d == 0)
		snprintf(iso, 11, "%04d-%02d", y, m);
	else
		snprintf(iso, 11, "%04d-%02d-%02d", y, m, d);
	return 1;
}

int kg_web_date_iso(char iso[11], const char *s)
{
	int y, m, d = 0;

	if (!s)
		return 0;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	/* ISO 8601: YYYY-MM-DD..., YYYY-MM, YYYYMMDD */
	if (kg_digits(&y, s, 4)) {
		if (s[4] == '-' && kg_digits(&m, s + 5, 2)) {
			if (s[7] == '-' && !kg_digits(&d, s + 8, 2))
				return 0;
			if (s[7] != '-')
				d = 0;
			return put_date(iso, y, m, d);
		}
		if (kg_digits(&m, s + 4, 2) && kg_digits(&d, s + 6, 2))
			return put_date(iso, y, m, d);
		return 0;
	}
	/* RFC 822: [Day, ]DD Mon YYYY ... */
	if (strchr(s, ',') && strchr(s, ',') - s < 12)
		s = strchr(s, ',') + 1;
	while (*s == ' ')
		s++;
	if (!kg_digits(&d, s, 2) && !kg_digits(&d, s, 1))
		return 0;
	s += d >= 10 || s[1] != ' ' ? 2 : 1;
	while (*s == ' ')
		s++;
	for (m = 0; m < 12; m++)
		if (strncasecmp(s, months[m], 3) == 0)
			break;
	if (m == 12)
		return 0;
	while (*s && *s != ' ')
		s++;
	while (*s == ' ')
		s++;
	if (!kg_digits(&y, s, 4))
		return 0;
	return put_date(iso, y, m + 1, d);
}
