/* warc.c: reads web archives (WARC 1.0/1.1, plain or multi-member gzip through zlib) record by record:
 * each HTTP response record with an HTML payload is a page for the HTML reader; the other records are
 * counted and skipped, and a damaged record is reported while the rest of the archive is read. */
#include "text_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Longest header line read; a longer one is damage. */
#define WARC_MAX_LINE 65536
/* Largest record block held in memory when no max_doc_bytes is set. */
#define WARC_MAX_BLOCK ((size_t)256 << 20)

/* The bytes of an archive, read ahead into a buffer. */
typedef struct wstream {
	gzFile gz;        /* the file, or NULL when mem holds everything */
	const char *mem;  /* the whole archive when gz is NULL */
	size_t mem_len, mem_pos;
	char *buf;        /* bytes read and not yet consumed are buf[pos..n) */
	size_t n, pos, cap;
	size_t offset;    /* archive offset of buf[pos] */
	int eof;          /* 1: nothing more to read */
	const char *zerr; /* zlib's message when the gzip data is damaged or cut short */
	int oom;          /* 1: an allocation failed */
} wstream;

/* Reads until at least want bytes are unread, or the end. Returns the bytes unread. */
static size_t fill(wstream *s, size_t want)
{
	if (s->pos > 0 && (s->n - s->pos < want) && (s->pos > s->cap / 2 || s->n + 65536 > s->cap)) {
		memmove(s->buf, s->buf + s->pos, s->n - s->pos);
		s->n -= s->pos;
		s->pos = 0;
	}
	while (s->n - s->pos < want && !s->eof && !s->oom) {
		size_t room;
		int got;

		if (s->cap - s->n < 65536) {
			size_t ncap = s->cap ? 2 * s->cap : 262144;
			char *nb = realloc(s->buf, ncap);

			if (!nb) {
				s->oom = 1;
				break;
			}
			s->buf = nb;
			s->cap = ncap;
		}
		room = s->cap - s->n > (1u << 30) ? (1u << 30) : s->cap - s->n;
		if (!s->gz) {
			size_t k = s->mem_len - s->mem_pos < room ? s->mem_len - s->mem_pos : room;

			memcpy(s->buf + s->n, s->mem + s->mem_pos, k);
			s->mem_pos += k;
			s->n += k;
			s->eof = k == 0;
			continue;
		}
		got = gzread(s->gz, s->buf + s->n, (unsigned)room);
		if (got < 0) {
			int errnum;

			s->zerr = gzerror(s->gz, &errnum);
			s->eof = 1;
		} else if (got == 0) {
			/* zlib ends a stream cut short without an error code of gzread: ask */
			int errnum;
			const char *msg = gzerror(s->gz, &errnum);

			if (errnum != Z_OK)
				s->zerr = msg;
			s->eof = 1;
		} else {
			s->n += (size_t)got;
		}
	}
	return s->n - s->pos;
}

/* Consumes k unread bytes. */
static void consume(wstream *s, size_t k)
{
	s->pos += k;
	s->offset += k;
}

/* The next line (without CR LF) into line (NUL-terminated, cut at cap - 1); *len its full length.
 * Returns 1, or 0 at the end. */
static int next_line(wstream *s, char *line, size_t cap, size_t *len)
{
	size_t have = 0, k;
	char *nl = NULL;

	for (;;) {
		have = fill(s, have + 1);
		if (!have)
			return 0;
		if ((nl = memchr(s->buf + s->pos, '\n', have)) || s->eof || have >= WARC_MAX_LINE)
			break;
		have = have + 4096;
	}
	k = nl ? (size_t)(nl - (s->buf + s->pos)) : have;
	*len = k;
	if (k && s->buf[s->pos + k - 1] == '\r')
		(*len)--;
	snprintf(line, cap, "%.*s", (int)(*len < cap ? *len : cap - 1), s->buf + s->pos);
	consume(s, nl ? k + 1 : k);
	return 1;
}

/* The value of header name in the header lines hdr[0..n) ("Name: value\r\n"...), copied into out. */
static int header(const char *hdr, size_t n, const char *name, char *out, size_t cap)
{
	size_t k = strlen(name), i = 0;

	while (i < n) {
		const char *nl = memchr(hdr + i, '\n', n - i);
		size_t end = nl ? (size_t)(nl - hdr) : n, a, b;

		if (end - i > k && strncasecmp(hdr + i, name, k) == 0 && hdr[i + k] == ':') {
			for (a = i + k + 1; a < end && (hdr[a] == ' ' || hdr[a] == '\t'); a++)
				;
			for (b = end; b > a && (hdr[b - 1] == '\r' || hdr[b - 1] == ' '); b--)
				;
			snprintf(out, cap, "%.*s", (int)(b - a), hdr + a);
			return 1;
		}
		i = end + 1;
	}
	if (cap)
		out[0] = '\0';
	return 0;
}

/* One record's header fields. */
typedef struct wrec {
	char type[64];     /* WARC-Type */
	char uri[2048];    /* WARC-Target-URI */
	char date[64];     /* WARC-Date */
	char ctype[256];   /* Content-Type */
	long long length;  /* Content-Length, -1 when missing */
	size_t at;         /* archive offset of its "WARC/" line */
} wrec;

/* Reads a record's header lines after its version line. Returns 1, or 0 at the end of the archive. */
static int read_header(wstream *s, wrec *w)
{
	char line[4096];
	size_t len;

	w->type[0] = w->uri[0] = w->date[0] = w->ctype[0] = '\0';
	w->length = -1;
	while (next_line(s, line, sizeof(line), &len)) {
		char *colon, *v;

		if (len == 0)
			return 1;
		if (!(colon = strchr(line, ':')))
			continue;
		*colon = '\0';
		for (v = colon + 1; *v == ' ' || *v == '\t'; v++)
			;
		if (strcasecmp(line, "WARC-Type") == 0)
			snprintf(w->type, sizeof(w->type), "%s", v);
		else if (strcasecmp(line, "WARC-Target-URI") == 0)
			snprintf(w->uri, sizeof(w->uri), "%s", v[0] == '<' ? v + 1 : v);
		else if (strcasecmp(line, "WARC-Date") == 0)
			snprintf(w->date, sizeof(w->date), "%s", v);
		else if (strcasecmp(line, "Content-Type") == 0)
			snprintf(w->ctype, sizeof(w->ctype), "%s", v);
		else if (strcasecmp(line, "Content-Length") == 0) {
			char *end;
			long long k = strtoll(v, &end, 10);

			w->length = end != v && k >= 0 ? k : -1;
		}
	}
	{
		size_t n = strlen(w->uri);

		if (n && w->uri[n - 1] == '>')
			w->uri[n - 1] = '\0';
	}
	return 0;
}

/* State of reading one archive. */
typedef struct warc_run {
	kg_text_reader *r; /* where documents and problems go */
	const char *path;  /* the archive, for messages */
	const char *id;    /* its id: documents are ID#N */
	size_t records;    /* records met */
	size_t pages;      /* HTML pages read */
	size_t skipped;    /* other records */
	size_t damaged;    /* records reported as damaged */
} warc_run;

/* Reports a problem with record w (number k). */
static void damaged(warc_run *run, const wrec *w, const char *what)
{
	kg_error err;

	kg_error_set(&err, run->path, (long)run->records, 0, "WARC record %zu at byte %zu%s%s: %s", run->records,
		     w->at, w->uri[0] ? " for " : "", w->uri, what);
	kg_text_report(run->r, &err);
	run->damaged++;
}

/* Reads the HTTP response block[0..n) of record w as a page when its payload is HTML. */
static int response(warc_run *run, const wrec *w, const char *block, size_t n)
{
	const char *end = NULL;
	char ctype[256], charset[64] = "", source[600], id[600];
	size_t hl;
	kg_web_opts wo = KG_WEB_OPTS_INIT;
	kg_error err = {0};
	kg_doc *doc = NULL;
	int rc, status = 0;

	for (size_t i = 0; i + 3 < n && !end; i++)
		if (block[i] == '\r' && memcmp(block + i, "\r\n\r\n", 4) == 0)
			end = block + i + 4;
	for (size_t i = 0; !end && i + 1 < n; i++)
		if (block[i] == '\n' && block[i + 1] == '\n')
			end = block + i + 2;
	if (!end || n < 12 || strncmp(block, "HTTP/", 5) != 0) {
		run->skipped++;
		return KG_OK;
	}
	hl = (size_t)(end - block);
	{
		const char *sp = memchr(block, ' ', hl);

		status = sp ? atoi(sp + 1) : 0;
	}
	if (!header(block, hl, "Content-Type", ctype, sizeof(ctype)) || status < 200 || status >= 300 ||
	    !(strncasecmp(ctype, "text/html", 9) == 0 || strncasecmp(ctype, "application/xhtml", 17) == 0)) {
		run->skipped++;
		return KG_OK;
	}
	kg_web_charset_param(charset, sizeof(charset), ctype, strlen(ctype));
	snprintf(source, sizeof(source), "%s:%zu", run->path, run->records);
	snprintf(id, sizeof(id), "%s#%zu", run->id, run->records);
	wo.charset = charset[0] ? charset : NULL;
	wo.url = w->uri[0] ? w->uri : NULL;
	wo.date = w->date[0] ? w->date : NULL;
	wo.date_source = "warc";
	rc = kg_web_html_read(&doc, id, source, end, n - hl, &wo, &err);
	if (rc == KG_OK) {
		doc->format = "warc";
		run->pages++;
	}
	return kg_text_deliver_web(run->r, doc, rc, &err);
}

/* Skips to the next line that starts a record ("WARC/1."); returns 1 when one was found. */
static int resync(wstream *s)
{
	for (;;) {
		size_t have = fill(s, 8);
		char *p;

		if (have < 7)
			return 0;
		if (memcmp(s->buf + s->pos, "WARC/1.", 7) == 0)
			return 1;
		p = memchr(s->buf + s->pos + 1, '\n', have - 1);
		consume(s, p ? (size_t)(p - (s->buf + s->pos)) + 1 : have - 6);
	}
}

/* Reads every record of s. */
static int read_records(warc_run *run, wstream *s)
{
	size_t max = run->r->opts && run->r->opts->max_doc_bytes ? run->r->opts->max_doc_bytes : WARC_MAX_BLOCK;
	char line[256];
	size_t len;
	int rc = KG_OK;

	while (rc == KG_OK) {
		wrec w;
		size_t have, blen;

		/* blank lines between records */
		while (fill(s, 2) && (s->buf[s->pos] == '\r' || s->buf[s->pos] == '\n'))
			consume(s, 1);
		if (!fill(s, 1))
			break;
		w.at = s->offset;
		w.uri[0] = '\0';
		if (fill(s, 7) < 7 || memcmp(s->buf + s->pos, "WARC/1.", 7) != 0) {
			run->records++;
			damaged(run, &w, "not a WARC record header; looking for the next record");
			if (!resync(s))
				break;
			continue;
		}
		next_line(s, line, sizeof(line), &len);
		run->records++;
		if (!read_header(s, &w)) {
			damaged(run, &w, "the archive ends inside the record's header (truncated file)");
			break;
		}
		if (w.length < 0) {
			damaged(run, &w, "no Content-Length; looking for the next record");
			if (!resync(s))
				break;
			continue;
		}
		blen = (size_t)w.length;
		if (blen > max || strcasecmp(w.type, "response") != 0) {
			/* not read: passed over in pieces so that memory does not grow with it */
			size_t left = blen;

			while (left && (have = fill(s, left < 65536 ? left : 65536)) > 0) {
				size_t k = have < left ? have : left;

				consume(s, k);
				left -= k;
			}
			if (left) {
				damaged(run, &w, s->zerr ? "the gzip data ends inside the record (truncated file)" :
				        "the archive ends inside the record (truncated file, or a Content-Length that lies)");
				break;
			}
			if (blen > max) {
				damaged(run, &w, "record larger than the document size limit; skipped");
			} else {
				run->skipped++;
			}
		} else {
			const char *block;
			const char *cut;

			have = fill(s, blen + 4);
			if (s->oom) {
				rc = KG_ENOMEM;
				break;
			}
			block = s->buf + s->pos;
			/* a length that lies long swallows the next records: the block ends at the first
			 * record boundary inside it */
			cut = NULL;
			for (size_t i = 0; i + 11 <= (have < blen ? have : blen); i++) {
				if (block[i] == '\r' && memcmp(block + i, "\r\n\r\nWARC/1.", 11) == 0) {
					cut = block + i;
					break;
				}
			}
			if (cut) {
				damaged(run, &w, "its Content-Length runs past the end of the record (the length "
				        "lies); record skipped, the next one read");
				consume(s, (size_t)(cut - block) + 4);
				continue;
			}
			if (have < blen) {
				damaged(run, &w, s->zerr ? "the gzip data ends inside the record (truncated file); "
				        "what came before it was read" :
				        "the archive ends inside the record (truncated file, or a Content-Length that lies)");
				consume(s, have);
				break;
			}
			if (have >= blen + 4 && memcmp(block + blen, "\r\n\r\n", 4) != 0) {
				damaged(run, &w, "its Content-Length does not end at a record boundary (the length "
				        "lies); record skipped, looking for the next record");
				consume(s, blen);
				if (!resync(s))
					break;
				continue;
			}
			rc = response(run, &w, block, blen);
			consume(s, blen);
		}
	}
	if (rc == KG_OK && s->oom)
		rc = KG_ENOMEM;
	if (rc == KG_OK && s->zerr && !run->damaged) {
		kg_error err;

		kg_error_set(&err, run->path, 0, 0, "damaged or truncated gzip data (%s) after record %zu; the "
			     "records before it were read", s->zerr, run->records);
		kg_text_report(run->r, &err);
	}
	if (rc == KG_OK && run->skipped) {
		kg_error err;

		kg_error_set(&err, run->path, 0, 0, "%zu HTML page%s read; %zu other record%s skipped (requests, "
			     "metadata, non-HTML responses)", run->pages, run->pages == 1 ? "" : "s", run->skipped,
			     run->skipped == 1 ? "" : "s");
		kg_text_warn(run->r, &err);
	}
	free(s->buf);
	return rc;
}

int kg_text_warc_stream(kg_text_reader *r, const char *path, gzFile gz, const char *head, size_t n)
{
	wstream s;
	warc_run run = { r, path, NULL, 0, 0, 0, 0 };
	const char *slash = strrchr(path, '/');

	memset(&s, 0, sizeof(s));
	run.id = slash && slash[1] ? slash + 1 : path;
	s.gz = gz;
	if (n) {
		if (!(s.buf = malloc(n + 262144)))
			return KG_ENOMEM;
		s.cap = n + 262144;
		memcpy(s.buf, head, n);
		s.n = n;
	}
	return read_records(&run, &s);
}

int kg_text_read_warc(kg_text_reader *r, const char *path, const char *id, const char *bytes, size_t len)
{
	wstream s;
	warc_run run = { r, path, id, 0, 0, 0, 0 };

	memset(&s, 0, sizeof(s));
	s.mem = bytes;
	s.mem_len = len;
	return read_records(&run, &s);
}
