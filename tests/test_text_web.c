/* test_text_web.c: the web readers: HTML pages, RSS/Atom feeds, WARC archives, the format table, and
 * hostile web input (truncated gzip, lying WARC lengths, deep nesting, entity bombs, unlabelled
 * Windows-1252). */
#define _POSIX_C_SOURCE 200809L
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "text/text.h"

#define WEB_DIR KG_SOURCE_DIR "/tests/data/web"

/* What a read collected; the documents are kept. */
typedef struct got {
	kg_doc *docs[16];  /* documents in order */
	size_t n;          /* how many */
	kg_strv errors;    /* "source: text" of each problem */
	kg_strv warnings;  /* the same for warnings */
} got;

static int on_doc(kg_doc *doc, void *ctx)
{
	got *g = ctx;

	assert_true(g->n < 16);
	g->docs[g->n++] = doc;
	return 0;
}

static void on_err(const kg_error *err, void *ctx)
{
	got *g = ctx;
	char line[1200];

	snprintf(line, sizeof(line), "%s: %s", err->source, err->text);
	assert_int_equal(kg_strv_push(&g->errors, line), 0);
}

static void on_warn(const kg_error *err, void *ctx)
{
	got *g = ctx;
	char line[1200];

	snprintf(line, sizeof(line), "%s: %s", err->source, err->text);
	assert_int_equal(kg_strv_push(&g->warnings, line), 0);
}

static void got_clear(got *g)
{
	for (size_t i = 0; i < g->n; i++)
		kg_doc_free(g->docs[i]);
	kg_strv_clear(&g->errors);
	kg_strv_clear(&g->warnings);
	memset(g, 0, sizeof(*g));
}

/* Reads path into g with the warnings collected. */
static void read_into(got *g, const char *path)
{
	kg_read_opts ro = KG_READ_OPTS_INIT;

	ro.max_doc_bytes = KG_MAX_DOC_BYTES_DEFAULT;
	ro.on_warning = on_warn;
	assert_int_equal(kg_text_read_path(path, &ro, on_doc, on_err, g, NULL), 0);
}

/* 1 when some string of sv contains needle. */
static int any_has(const kg_strv *sv, const char *needle)
{
	for (size_t i = 0; i < sv->n; i++)
		if (strstr(sv->v[i], needle))
			return 1;
	return 0;
}

/* How many times needle occurs in s. */
static size_t count(const char *s, const char *needle)
{
	size_t k = 0;

	for (const char *p = s; (p = strstr(p, needle)); p++)
		k++;
	return k;
}

/* A fresh temporary directory. */
static void make_tmpdir(char *buf, size_t n)
{
	snprintf(buf, n, "/tmp/kg_web_test_XXXXXX");
	assert_non_null(mkdtemp(buf));
}

static void remove_tree(const char *dir)
{
	char cmd[1200];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

/* Writes bytes to dir/name, as one gzip member per part when gz (parts split at each "\x01"). */
static void write_file(char *path, size_t cap, const char *dir, const char *name, const char *bytes, size_t len,
		       int gz)
{
	snprintf(path, cap, "%s/%s", dir, name);
	if (!gz) {
		FILE *fp = fopen(path, "wb");

		assert_non_null(fp);
		assert_int_equal(fwrite(bytes, 1, len, fp), len);
		assert_int_equal(fclose(fp), 0);
		return;
	}
	{
		size_t start = 0;
		FILE *fp = fopen(path, "wb");

		assert_non_null(fp);
		assert_int_equal(fclose(fp), 0);
		while (start < len) {
			const char *sep = memchr(bytes + start, '\x01', len - start);
			size_t end = sep ? (size_t)(sep - bytes) : len;
			gzFile g = gzopen(path, "ab");

			assert_non_null(g);
			if (end > start)
				assert_int_equal(gzwrite(g, bytes + start, (unsigned)(end - start)), (int)(end - start));
			assert_int_equal(gzclose(g), Z_OK);
			start = end + 1;
		}
	}
}

static void test_web__reads_the_article_of_a_page_without_its_furniture(void **state)
{
	got g = { 0 };
	const kg_doc *d;

	(void)state;
	read_into(&g, WEB_DIR "/article.html");
	assert_int_equal(g.n, 1);
	assert_int_equal(g.errors.n, 0);
	d = g.docs[0];
	assert_string_equal(d->format, "html");
	assert_string_equal(d->title, "Harbour talks end in accord");
	assert_string_equal(d->url, "https://courier.example/world/2031/04/17/harbour-talks");
	assert_string_equal(d->date, "2031-04-17");
	assert_string_equal(d->date_source, "meta");
	assert_string_equal(d->author, "Ines Calloway");
	assert_string_equal(d->lang, "en-GB");
	assert_non_null(strstr(d->text, "Governor Aldo Ferrant met the harbour commissioner"));
	assert_non_null(strstr(d->text, "once the unions had seen them."));
	assert_non_null(strstr(d->text, "\xE2\x80\x9CWe have found a way forward"));
	/* script, style, cookie banner, navigation, caption, share links, related list, footer */
	assert_null(strstr(d->text, "Orlan Pesk"));
	assert_null(strstr(d->text, "Georgia"));
	assert_null(strstr(d->text, "cookies"));
	assert_null(strstr(d->text, "Business"));
	assert_null(strstr(d->text, "Cranes"));
	assert_null(strstr(d->text, "Share on"));
	assert_null(strstr(d->text, "Quay workers strike"));
	assert_null(strstr(d->text, "newsletter"));
	assert_null(strstr(d->text, "Copyright"));
	assert_int_equal(count(d->text, "Harbour talks end in accord"), 1);
	assert_int_equal(strncmp(d->text, "Harbour talks end in accord\n\nGovernor", 37), 0);
	got_clear(&g);
}

static void test_web__maps_each_kept_byte_back_to_the_page(void **state)
{
	got g = { 0 };
	char *page = NULL;
	size_t len = 0;
	kg_error err = { 0 };
	const kg_doc *d;
	const char *words[] = { "Governor Aldo", "Solberg said", "forty vessels" };

	(void)state;
	assert_int_equal(kg_read_file(&page, &len, WEB_DIR "/article.html", &err), 0);
	read_into(&g, WEB_DIR "/article.html");
	assert_int_equal(g.n, 1);
	d = g.docs[0];
	assert_non_null(d->src);
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		const char *at = strstr(d->text, words[i]);
		size_t off;

		assert_non_null(at);
		off = kg_doc_source(d, (size_t)(at - d->text));
		assert_true(off < len);
		assert_memory_equal(page + off, words[i], strlen(words[i]));
	}
	assert_int_equal(kg_doc_source(d, d->len), len);
	free(page);
	got_clear(&g);
}

static void test_web__reads_each_feed_item_and_atom_entry_as_a_document(void **state)
{
	got g = { 0 };

	(void)state;
	read_into(&g, WEB_DIR "/feed.rss");
	assert_int_equal(g.n, 2);
	assert_string_equal(g.docs[0]->format, "feed");
	assert_string_equal(g.docs[0]->title, "Harbour talks end in accord");
	assert_string_equal(g.docs[0]->url, "https://courier.example/world/harbour-talks");
	assert_string_equal(g.docs[0]->date, "2031-04-17");
	/* the full content wins over the summary */
	assert_non_null(strstr(g.docs[0]->text, "reopen the eastern quay"));
	assert_null(strstr(g.docs[0]->text, "Short summary"));
	assert_string_equal(g.docs[1]->date, "2031-04-18");
	assert_non_null(strstr(g.docs[1]->text, "Engineers led by Petra Lunde"));
	assert_null(strstr(g.docs[1]->text, "<p>"));
	got_clear(&g);
	read_into(&g, WEB_DIR "/feed.atom");
	assert_int_equal(g.n, 1);
	assert_string_equal(g.docs[0]->url, "https://notes.example/2031/mayor-quay");
	assert_string_equal(g.docs[0]->date, "2031-04-19");
	assert_non_null(strstr(g.docs[0]->text, "Mayor Lio Brandt visited"));
	got_clear(&g);
}

static void test_web__refuses_an_entity_bomb_feed_and_reads_the_next_input(void **state)
{
	got g = { 0 };
	char dir[64], path[1024], cmd[1400];

	(void)state;
	make_tmpdir(dir, sizeof(dir));
	snprintf(cmd, sizeof(cmd), "cp '%s/laughs.rss' '%s/a.rss' && cp '%s/feed.atom' '%s/b.xml'", WEB_DIR, dir,
		 WEB_DIR, dir);
	assert_int_equal(system(cmd), 0);
	read_into(&g, dir);
	assert_int_equal(g.errors.n, 1);
	assert_true(any_has(&g.errors, "a.rss: feed declares XML entities"));
	assert_int_equal(g.n, 1);
	assert_non_null(strstr(g.docs[0]->text, "Mayor Lio Brandt"));
	(void)path;
	remove_tree(dir);
	got_clear(&g);
}

static void test_web__reads_unlabelled_windows_1252_with_a_warning(void **state)
{
	got g = { 0 };

	(void)state;
	read_into(&g, WEB_DIR "/cp1252.html");
	assert_int_equal(g.n, 1);
	assert_int_equal(g.errors.n, 0);
	assert_true(any_has(&g.warnings, "read as Windows-1252"));
	assert_non_null(strstr(g.docs[0]->text, "The caf\xC3\xA9 on the quay"));
	assert_non_null(strstr(g.docs[0]->text, "Ren\xC3\xA9 Aubel"));
	got_clear(&g);
}

static void test_web__converts_a_declared_charset_and_keeps_the_offsets(void **state)
{
	const char page[] = "<html><head><meta charset=\"iso-8859-15\"><title>T</title></head><body>"
			    "<p>Price \xA4" "5 at the caf\xE9 today, said the owner of the place.</p></body></html>";
	kg_doc *d = NULL;
	kg_error err = { 0 };
	const char *at;

	(void)state;
	assert_int_equal(kg_web_html_read(&d, "p", "p.html", page, sizeof(page) - 1, NULL, &err), 0);
	assert_non_null(strstr(d->text, "Price \xE2\x82\xAC" "5 at the caf\xC3\xA9 today"));
	assert_null(d->note);
	at = strstr(d->text, "today");
	assert_memory_equal(page + kg_doc_source(d, (size_t)(at - d->text)), "today", 5);
	kg_doc_free(d);
}

static void test_web__reads_a_page_nested_100000_deep(void **state)
{
	size_t depth = 100000, n = 0;
	char *page = malloc(depth * 11 + 200);
	kg_doc *d = NULL;
	kg_error err = { 0 };

	(void)state;
	assert_non_null(page);
	n += (size_t)sprintf(page, "<html><body><p>The top paragraph of a page whose blocks nest very deep.</p>");
	for (size_t i = 0; i < depth; i++) {
		memcpy(page + n, "<div>", 5);
		n += 5;
	}
	n += (size_t)sprintf(page + n, "deep");
	for (size_t i = 0; i < depth; i++) {
		memcpy(page + n, "</div>", 6);
		n += 6;
	}
	assert_int_equal(kg_web_html_read(&d, "deep", "deep.html", page, n, NULL, &err), 0);
	assert_non_null(strstr(d->text, "The top paragraph"));
	kg_doc_free(d);
	free(page);
}

/* A WARC record of type with the given payload; *n grows. length < 0: the true length. */
static void warc_record(char *buf, size_t *n, const char *type, const char *uri, const char *payload, long length)
{
	size_t len = strlen(payload);

	*n += (size_t)sprintf(buf + *n,
			      "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2031-04-17T10:00:00Z\r\n"
			      "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012zu>\r\n"
			      "Content-Type: application/http; msgtype=response\r\nContent-Length: %ld\r\n\r\n%s\r\n\r\n",
			      type, uri, *n, length < 0 ? (long)len : length, payload);
}

/* An HTTP response with an HTML page saying what. */
static void http_page(char *out, size_t cap, const char *what)
{
	snprintf(out, cap, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
		 "<html><head><title>%s</title></head><body><article><p>%s said the spokesperson of the "
		 "port authority on the quay this morning.</p></article></body></html>", what, what);
}

static void test_web__reads_the_html_responses_of_a_warc_archive(void **state)
{
	char *buf = malloc(65536), page[1024], dir[64], path[1024];
	size_t n = 0;
	got g = { 0 };

	(void)state;
	assert_non_null(buf);
	warc_record(buf, &n, "warcinfo", "", "software: test\r\n", -1);
	buf[n++] = '\x01';
	warc_record(buf, &n, "request", "https://a.example/one", "GET /one HTTP/1.1\r\n\r\n", -1);
	buf[n++] = '\x01';
	http_page(page, sizeof(page), "First page");
	warc_record(buf, &n, "response", "https://a.example/one", page, -1);
	buf[n++] = '\x01';
	warc_record(buf, &n, "response", "https://a.example/logo.png",
		    "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNG", -1);
	buf[n++] = '\x01';
	http_page(page, sizeof(page), "Second page");
	warc_record(buf, &n, "response", "https://a.example/two", page, -1);
	make_tmpdir(dir, sizeof(dir));
	write_file(path, sizeof(path), dir, "crawl.warc.gz", buf, n, 1);
	read_into(&g, path);
	assert_int_equal(g.errors.n, 0);
	assert_int_equal(g.n, 2);
	assert_string_equal(g.docs[0]->format, "warc");
	assert_string_equal(g.docs[0]->url, "https://a.example/one");
	assert_string_equal(g.docs[0]->date, "2031-04-17");
	assert_string_equal(g.docs[0]->date_source, "warc");
	assert_non_null(strstr(g.docs[0]->text, "First page said"));
	assert_string_equal(g.docs[1]->url, "https://a.example/two");
	assert_true(any_has(&g.warnings, "2 HTML pages read; 3 other records skipped"));
	remove_tree(dir);
	got_clear(&g);
	free(buf);
}

static void test_web__reports_a_warc_record_whose_length_lies_and_reads_on(void **state)
{
	char *buf = malloc(65536), page[1024], dir[64], path[1024];
	size_t n = 0;
	got g = { 0 };

	(void)state;
	assert_non_null(buf);
	http_page(page, sizeof(page), "Too long");
	warc_record(buf, &n, "response", "https://a.example/long", page, (long)strlen(page) + 500);
	http_page(page, sizeof(page), "After the long one");
	warc_record(buf, &n, "response", "https://a.example/after", page, -1);
	http_page(page, sizeof(page), "Too short");
	warc_record(buf, &n, "response", "https://a.example/short", page, 40);
	http_page(page, sizeof(page), "Last one");
	warc_record(buf, &n, "response", "https://a.example/last", page, -1);
	make_tmpdir(dir, sizeof(dir));
	write_file(path, sizeof(path), dir, "lies.warc", buf, n, 0);
	read_into(&g, path);
	assert_int_equal(g.errors.n, 2);
	assert_true(any_has(&g.errors, "https://a.example/long: its Content-Length runs past"));
	assert_true(any_has(&g.errors, "https://a.example/short: its Content-Length does not end"));
	assert_int_equal(g.n, 2);
	assert_string_equal(g.docs[0]->url, "https://a.example/after");
	assert_string_equal(g.docs[1]->url, "https://a.example/last");
	remove_tree(dir);
	got_clear(&g);
	free(buf);
}

static void test_web__reports_truncated_gzip_and_reads_the_rest(void **state)
{
	char *buf = malloc(65536), page[1024], dir[64], path[1024], cmd[1200];
	size_t n = 0;
	struct stat st;
	got g = { 0 };

	(void)state;
	assert_non_null(buf);
	http_page(page, sizeof(page), "Kept page");
	warc_record(buf, &n, "response", "https://a.example/kept", page, -1);
	buf[n++] = '\x01';
	http_page(page, sizeof(page), "Cut page");
	warc_record(buf, &n, "response", "https://a.example/cut", page, -1);
	make_tmpdir(dir, sizeof(dir));
	write_file(path, sizeof(path), dir, "a.warc.gz", buf, n, 1);
	assert_int_equal(stat(path, &st), 0);
	assert_int_equal(truncate(path, st.st_size - 60), 0);
	snprintf(cmd, sizeof(cmd), "cp '%s/article.html' '%s/b.html' && gzip -c '%s/article.html' | head -c 300 > '%s/c.html.gz'",
		 WEB_DIR, dir, WEB_DIR, dir);
	assert_int_equal(system(cmd), 0);
	read_into(&g, dir);
	assert_int_equal(g.n, 2);
	assert_string_equal(g.docs[0]->url, "https://a.example/kept");
	assert_string_equal(g.docs[1]->title, "Harbour talks end in accord");
	assert_int_equal(g.errors.n, 2);
	assert_true(any_has(&g.errors, "https://a.example/cut: the gzip data ends inside the record"));
	assert_true(any_has(&g.errors, "c.html.gz: damaged or truncated gzip data"));
	remove_tree(dir);
	got_clear(&g);
	free(buf);
}

static void test_web__chooses_the_reader_by_content_not_by_name(void **state)
{
	static const struct {
		const char *head; /* first bytes */
		const char *name; /* file name */
		const char *format; /* the row chosen */
	} cases[] = {
		{ "<!DOCTYPE html><html><body>x", "story.txt", "html" },
		{ "  <html lang=en><p>x", NULL, "html" },
		{ "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>", "news.xml", "feed" },
		{ "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x", "feed" },
		{ "WARC/1.0\r\nWARC-Type: warcinfo\r\n", "crawl.bin", "warc" },
		{ "{\"id\": \"a\", \"text\": \"b\"}\n", NULL, "jsonl" },
		{ "subject\tpredicate\tobject\n", "t.txt", "triples" },
		{ "Talks in Velmora <b>ended</b> on Tuesday.", "a.html.txt", "text" },
		{ "The harbour reopened.", "page.xml", "text" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const kg_text_format *f = kg_text_sniff(cases[i].head, strlen(cases[i].head), cases[i].name);

		assert_string_equal(f->name, cases[i].format);
	}
}

static void test_web__reads_dates_in_iso_and_rfc_822_forms(void **state)
{
	char iso[11];

	(void)state;
	assert_int_equal(kg_web_date_iso(iso, "2031-04-17T09:30:00+02:00"), 1);
	assert_string_equal(iso, "2031-04-17");
	assert_int_equal(kg_web_date_iso(iso, "Thu, 17 Apr 2031 09:30:00 GMT"), 1);
	assert_string_equal(iso, "2031-04-17");
	assert_int_equal(kg_web_date_iso(iso, "5 May 2031"), 1);
	assert_string_equal(iso, "2031-05-05");
	assert_int_equal(kg_web_date_iso(iso, "2031-04"), 1);
	assert_string_equal(iso, "2031-04");
	assert_int_equal(kg_web_date_iso(iso, "yesterday"), 0);
	assert_int_equal(kg_web_date_iso(iso, "2031-13-01"), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_web__reads_the_article_of_a_page_without_its_furniture),
		cmocka_unit_test(test_web__maps_each_kept_byte_back_to_the_page),
		cmocka_unit_test(test_web__reads_each_feed_item_and_atom_entry_as_a_document),
		cmocka_unit_test(test_web__refuses_an_entity_bomb_feed_and_reads_the_next_input),
		cmocka_unit_test(test_web__reads_unlabelled_windows_1252_with_a_warning),
		cmocka_unit_test(test_web__converts_a_declared_charset_and_keeps_the_offsets),
		cmocka_unit_test(test_web__reads_a_page_nested_100000_deep),
		cmocka_unit_test(test_web__reads_the_html_responses_of_a_warc_archive),
		cmocka_unit_test(test_web__reports_a_warc_record_whose_length_lies_and_reads_on),
		cmocka_unit_test(test_web__reports_truncated_gzip_and_reads_the_rest),
		cmocka_unit_test(test_web__chooses_the_reader_by_content_not_by_name),
		cmocka_unit_test(test_web__reads_dates_in_iso_and_rfc_822_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
